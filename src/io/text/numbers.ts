// Numbers from text without building substrings: scanners over s[a, b) for NumPy's parsers.
// loadtxt's (textreading/conversions.c, str_to_int.h): a whole field, Python's whitespace around
// it, PyOS_string_to_double's syntax (no hex, no '_'), ints with range checks. fromstring's
// (NumPyOS_ascii_strtod, PyOS_strtol / strtoul): the longest prefix, C's wrap-around casts.
// Floats are exact: Clinger's fast path (at most 15 significant digits, a small power of ten)
// covers most text; anything longer goes to the JS engine's correctly rounded Number() on the
// validated digits.
import { ValueError, OverflowError } from "../../core/errors.js";
import { strRepr } from "../pyliteral.js";

/** Py_UNICODE_ISSPACE. */
export function isPySpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000;
}
/** C's isspace (NumPyOS_ascii_isspace, Py_ISSPACE). */
export const isCSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

const POW10 = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/** The value of the last float scan: scanners return positions, and a double returned from a
 *  function V8 does not inline would be boxed (one allocation per number). */
export const scanned = new Float64Array(1);
/** Where strtol's scan ended. */
export let scanEnd = 0;

/** Case-insensitive match of the lower-case ASCII word `w` at s[p]. */
function word(s: string, p: number, b: number, w: string): boolean {
  if (b - p < w.length) return false;
  for (let i = 0; i < w.length; i++) if ((s.charCodeAt(p + i) | 32) !== w.charCodeAt(i)) return false;
  return true;
}

/**
 * The decimal number starting at s[p] (PyOS_string_to_double's syntax without inf/nan: sign,
 * digits with an optional point, an optional exponent), read as far as it goes before b.
 * Returns the position after it (p when there is none) and leaves its value in scanned[0].
 */
export function scanDouble(s: string, p: number, b: number): number {
  const start = p;
  let c = s.charCodeAt(p), neg = false;
  if (c === 45 || c === 43) { neg = c === 45; c = s.charCodeAt(++p); }
  // m holds the first 15 significant digits (exact); later ones only move the exponent, and a
  // nonzero one among them sends the number to the slow path
  let m = 0, sig = 0, digits = 0, e10 = 0, slow = false;
  for (; p < b && c >= 48 && c <= 57; c = s.charCodeAt(++p)) {
    digits++;
    if (sig < 15) { if (sig || c !== 48) { m = m * 10 + (c - 48); sig++; } } else { e10++; if (c !== 48) slow = true; }
  }
  if (p < b && c === 46) {
    for (c = s.charCodeAt(++p); p < b && c >= 48 && c <= 57; c = s.charCodeAt(++p)) {
      digits++;
      if (sig < 15) { if (sig || c !== 48) { m = m * 10 + (c - 48); sig++; } e10--; } else if (c !== 48) slow = true;
    }
  }
  if (digits === 0) return start;
  let e = 0;
  if (p < b && (c | 32) === 101) {
    let q = p + 1, ec = s.charCodeAt(q), eneg = false;
    if (q < b && (ec === 45 || ec === 43)) { eneg = ec === 45; ec = s.charCodeAt(++q); }
    if (q < b && ec >= 48 && ec <= 57) {
      for (; q < b && ec >= 48 && ec <= 57; ec = s.charCodeAt(++q)) if (e < 1e6) e = e * 10 + (ec - 48);
      p = q;
      if (eneg) e = -e;
    }
  }
  if (m === 0 && !slow) { scanned[0] = neg ? -0 : 0; return p; }
  e10 += e;
  if (!slow) {
    let v = -1;
    if (e10 >= 0 && e10 <= 22) v = m * POW10[e10];
    else if (e10 < 0 && e10 >= -22) v = m / POW10[-e10];
    else if (e10 > 22 && e10 <= 37) { const t = m * POW10[e10 - 22]; if (t <= 9007199254740992) v = t * 1e22; }
    if (v >= 0) { scanned[0] = neg ? -v : v; return p; }
  }
  scanned[0] = Number(s.slice(start, p));
  return p;
}

/** inf / infinity / nan (case-insensitive, after a sign at s[p]) filling s[p, b) exactly, into
 *  scanned[0]; false if not. */
function infNan(s: string, p: number, b: number): boolean {
  const c = s.charCodeAt(p);
  const neg = c === 45;
  if (c === 45 || c === 43) p++;
  const n = b - p;
  if (n === 3 && word(s, p, b, "nan")) scanned[0] = NaN;
  else if ((n === 3 && word(s, p, b, "inf")) || (n === 8 && word(s, p, b, "infinity"))) scanned[0] = neg ? -Infinity : Infinity;
  else return false;
  return true;
}

/** loadtxt's float field: s[a, b) as a double (whitespace around allowed) into scanned[0];
 *  false if it is not one. */
export function fieldDouble(s: string, a: number, b: number): boolean {
  while (a < b && isPySpace(s.charCodeAt(a))) a++;
  while (b > a && isPySpace(s.charCodeAt(b - 1))) b--;
  if (a === b) return false;
  const end = scanDouble(s, a, b);
  return end === b || (end === a && infNan(s, a, b));
}

/** An integer dtype's range: as numbers (exact in the 2^53 range that compares with them) and
 *  as bigints. */
export interface IntRange { lo: number; hi: number; bigLo: bigint; bigHi: bigint }

/** loadtxt's integer field (str_to_int64 / str_to_uint64): s[a, b) within `range` (none: any
 *  integer, Python's int()), or undefined. Values beyond 2^53 come back as bigints (exact). */
export function fieldInt(s: string, a: number, b: number, range?: IntRange): number | bigint | undefined {
  while (a < b && isPySpace(s.charCodeAt(a))) a++;
  let c = s.charCodeAt(a), neg = false;
  if (a < b && (c === 45 || c === 43)) {
    neg = c === 45;
    if (neg && range && range.lo === 0) return undefined; // (str_to_uint64 takes no '-', not even "-0")
    c = s.charCodeAt(++a);
  }
  const d0 = a;
  let v = 0;
  for (; a < b && c >= 48 && c <= 57; c = s.charCodeAt(++a)) v = v * 10 + (c - 48);
  if (a === d0) return undefined;
  const d1 = a;
  while (a < b && isPySpace(s.charCodeAt(a))) a++;
  if (a !== b) return undefined;
  if (v <= 9007199254740991) {
    const r = neg ? -v : v;
    return range && (r < range.lo || r > range.hi) ? undefined : r;
  }
  const big = BigInt(s.slice(d0, d1)) * (neg ? -1n : 1n);
  return range && (big < range.bigLo || big > range.bigHi) ? undefined : big;
}

// ---- fromstring's C parsers: the longest prefix from s[p] ----

/** NumPyOS_ascii_strtod from s[p]: the position after the number, its value in scanned[0].
 *  Nothing parsable: -1, after the skipped whitespace (PyOS_string_to_double's error path, which
 *  NumPy counts as read when it skipped any whitespace). */
export function strtod(s: string, p: number, b: number): number {
  while (p < b && isCSpace(s.charCodeAt(p))) p++;
  let q = p, sign = 1;
  const c = s.charCodeAt(q);
  if (c === 45) { sign = -1; q++; } else if (c === 43) q++;
  if (word(s, q, b, "nan")) {
    q += 3;
    if (s.charCodeAt(q) === 40 && q < b) {
      q++;
      for (let d = s.charCodeAt(q); q < b && ((d >= 48 && d <= 57) || ((d | 32) >= 97 && (d | 32) <= 122) || d === 95); d = s.charCodeAt(++q));
      if (q < b && s.charCodeAt(q) === 41) q++;
    }
    scanned[0] = NaN;
    return q;
  }
  if (word(s, q, b, "inf")) {
    q += 3;
    if (word(s, q, b, "inity")) q += 5;
    scanned[0] = sign * Infinity;
    return q;
  }
  const end = scanDouble(s, p, b);
  if (end === p) scanned[0] = -1;
  return end;
}

/** PyOS_strtoul (base 10) from s[p] when `signed` is false, PyOS_strtol when true: the value as a
 *  bigint (ULONG_MAX / LONG_MAX on overflow, as CPython), and scanEnd (after the whitespace
 *  and sign when no digit follows: CPython's pointer does not go back). */
export function strtol(s: string, p: number, b: number, signed: boolean): bigint {
  while (p < b && isCSpace(s.charCodeAt(p))) p++;
  let neg = false;
  if (signed) {
    const c = s.charCodeAt(p);
    if (p < b && (c === 45 || c === 43)) { neg = c === 45; p++; }
    while (p < b && isCSpace(s.charCodeAt(p))) p++; // (PyOS_strtol hands the rest to PyOS_strtoul, which skips whitespace too)
  }
  const d0 = p;
  let c = s.charCodeAt(p);
  for (; p < b && c >= 48 && c <= 57; c = s.charCodeAt(++p));
  scanEnd = p;
  if (p === d0) return 0n;
  const u = BigInt(s.slice(d0, p));
  if (!signed) return u > 18446744073709551615n ? 18446744073709551615n : u;
  if (u <= 9223372036854775807n) return neg ? -u : u;
  if (neg && u === 9223372036854775808n) return -u;
  return 9223372036854775807n;
}

// ---- Python's float(str), int(str) and int(float) ----

/** Python's numeric literals allow one '_' between digits. */
export const noUnderscores = (s: string): string => (s.includes("_") ? s.replace(/(?<=\d)_(?=\d)/g, "") : s);

/** Python's float(s). */
export function pyFloat(s: string): number {
  const t = noUnderscores(s);
  if (!fieldDouble(t, 0, t.length)) throw new ValueError(`could not convert string to float: ${strRepr(s)}`);
  return scanned[0];
}

/** Python's int(s) (base 10): a number, or a bigint beyond 2^53. */
export function pyInt(s: string): number | bigint {
  const t = noUnderscores(s), v = fieldInt(t, 0, t.length);
  if (v === undefined) throw new ValueError(`invalid literal for int() with base 10: ${strRepr(s)}`);
  return v;
}

/** Python's int(x) of a float (truncation), with its errors. */
export function floatToInt(x: number): number {
  if (Number.isNaN(x)) throw new ValueError("cannot convert float NaN to integer");
  if (!Number.isFinite(x)) throw new OverflowError("cannot convert float infinity to integer");
  return Math.trunc(x);
}
