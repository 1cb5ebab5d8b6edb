// Python's printf-style `format % values` for NumPy scalars (np.savetxt's fmt): %d %i %u %o %x
// %X %e %E %f %F %g %G %s %r %c with the flags "-+ #0", width and precision, output character
// for character Python's. Float digits come from Dragon4 with a precision (src/print), which
// rounds exact ties to even as Python's dtoa does.
import { ValueError, OverflowError, TypeError as NpTypeError } from "../../core/errors.js";
import { dragon4Positional, dragon4Scientific, floatScalarStr } from "../../print/floatformat.js";
import type { DType } from "../../dtype/dtype.js";
import { floatToInt } from "./numbers.js";

export interface Spec { flags: string; width: number; prec: number; conv: string }
/** A parsed format: literal text and conversions, alternating (text[i] precedes spec[i]). */
export interface Format { text: string[]; specs: Spec[] }

const SPEC = /%(?:\(([^)]*)\))?([-+ #0]*)(\d*)(?:\.(\d*))?[hlL]?([diouxXeEfFgGcrsa%])?/y;

/** Parse a Python %-format; a bad conversion throws Python's ValueError, a mapping key (which
 *  needs a dict, not a row) its TypeError. */
export function parseFormat(fmt: string): Format {
  const text: string[] = [], specs: Spec[] = [];
  let lit = "", p = 0;
  while (p < fmt.length) {
    const i = fmt.indexOf("%", p);
    if (i < 0) { lit += fmt.slice(p); break; }
    lit += fmt.slice(p, i);
    SPEC.lastIndex = i;
    const m = SPEC.exec(fmt)!;
    const conv = m[5];
    if (m[1] !== undefined) throw new NpTypeError("format requires a mapping");
    if (conv === undefined) {
      if (m.index + m[0].length >= fmt.length) throw new ValueError("incomplete format");
      const bad = fmt.charCodeAt(m.index + m[0].length);
      throw new ValueError(`unsupported format character '${fmt[m.index + m[0].length]}' (0x${bad.toString(16)}) at index ${m.index + m[0].length}`);
    }
    p = i + m[0].length;
    if (conv === "%") { lit += "%"; continue; }
    text.push(lit); lit = "";
    specs.push({ flags: m[2], width: m[3] ? +m[3] : 0, prec: m[4] === undefined ? -1 : +(m[4] || 0), conv });
  }
  text.push(lit);
  return { text, specs };
}

/** One value of an array: its JS value (a bigint for 64-bit ints) and its dtype. */
export type Scalar = number | bigint | boolean;

/** Python's TypeError text for a value of `dt` where `conv` needs an integer (savetxt replaces it). */
const needInt = (conv: string, dt: DType) => new NpTypeError(`%${conv} format: an integer is required, not numpy.${dt.name}`);

/** Sign, prefix and body padded as Python pads (flags '-', '0'; width). */
function pad(sign: string, body: string, s: Spec, zeroOk = true): string {
  const n = sign.length + body.length;
  if (n >= s.width) return sign + body;
  if (s.flags.includes("-")) return sign + body + " ".repeat(s.width - n);
  if (zeroOk && s.flags.includes("0")) return sign + "0".repeat(s.width - n) + body;
  return " ".repeat(s.width - n) + sign + body;
}

const signOf = (neg: boolean, s: Spec) => (neg ? "-" : s.flags.includes("+") ? "+" : s.flags.includes(" ") ? " " : "");

/** %e / %f / %g body of |x| (finite). */
function floatBody(ax: number, conv: string, prec: number, alt: boolean): string {
  const c = conv.toLowerCase();
  let p = prec < 0 ? 6 : prec;
  let out: string;
  if (c === "e") out = sci(ax, p, alt);
  else if (c === "f") out = fixed(ax, p, alt);
  else {
    if (p === 0) p = 1;
    out = sci(ax, p - 1, alt);
    const x = sciExp;
    if (x >= -4 && x < p) out = fixed(ax, p - 1 - x, alt);
    if (!alt) out = trimZeros(out);
  }
  return conv === c ? out : out.toUpperCase();
}

// JS's toExponential / toFixed round the exact binary value correctly but break exact ties
// upwards; Python breaks them to even. A tie needs the value's exact decimal expansion to end
// with a 5 just after the last digit kept, so where that is possible (judged from the exponent
// of the value's lowest set bit) Dragon4 gives the digits instead.
const bits = new Float64Array(1), words = new Uint32Array(bits.buffer);
/** k such that x = m * 2^k with m odd (x finite, nonzero). */
function lowBit(x: number): number {
  bits[0] = x;
  const lo = words[0], hi = words[1] & 0xfffff, be = (words[1] >>> 20) & 0x7ff;
  let e = be === 0 ? -1074 : be - 1075;
  if (lo !== 0) return e + 31 - Math.clz32(lo & -lo);
  const h = be === 0 ? hi : hi | 0x100000;
  return e + 32 + 31 - Math.clz32(h & -h);
}

/** The exponent of sci's last result. */
let sciExp = 0;
const PAD_EXP = ["00", "01", "02", "03", "04", "05", "06", "07", "08", "09"];

function sci(ax: number, p: number, alt: boolean): string {
  if (p <= 100 && ax !== 0) {
    // JS writes the exponent as e+D, e-DD...: read it back without substrings
    const f = ax.toExponential(p), n = f.length;
    let j = n - 1, E = 0;
    for (let m = 1, c = f.charCodeAt(j); c >= 48; c = f.charCodeAt(--j), m *= 10) E += (c - 48) * m;
    if (f.charCodeAt(j) === 45) E = -E;
    sciExp = E;
    const k = lowBit(ax);
    if (k < 0 ? Math.abs(k - (E - p - 1)) > 2 : E < p - 1) {
      const one = j === n - 2; // one exponent digit: Python writes at least two
      if (alt && p === 0) return f.slice(0, j - 1) + "." + f.slice(j - 1, one ? n - 1 : n) + (one ? PAD_EXP[f.charCodeAt(n - 1) - 48] : "");
      return one ? f.slice(0, n - 1) + PAD_EXP[f.charCodeAt(n - 1) - 48] : f;
    }
  }
  const s = dragon4Scientific(ax, { unique: false, precision: p, trim: "k", expDigits: 2 });
  sciExp = +s.slice(s.indexOf("e") + 1);
  return p === 0 && !alt ? s.replace(".", "") : s;
}
function fixed(ax: number, p: number, alt: boolean): string {
  if (p <= 100 && ax < 1e21 && (ax === 0 || Math.abs(lowBit(ax) + p + 1) > 2)) {
    const f = ax.toFixed(p);
    return alt && p === 0 ? f + "." : f;
  }
  const s = dragon4Positional(ax, { unique: false, precision: p, fractional: true, trim: "k" });
  return p === 0 && !alt ? s.slice(0, -1) : s;
}
/** %g without '#': trailing zeros of the fraction go, and a point left alone. */
function trimZeros(s: string): string {
  let e = s.indexOf("e");
  if (e < 0) e = s.indexOf("E");
  const end = e < 0 ? s.length : e;
  if (s.lastIndexOf(".", end) < 0) return s;
  let k = end;
  while (s.charCodeAt(k - 1) === 48) k--;
  if (s.charCodeAt(k - 1) === 46) k--;
  return k === end ? s : s.slice(0, k) + s.slice(end);
}

/** NumPy's str() of a scalar of dtype dt. */
export function scalarStr(v: Scalar, dt: DType): string {
  if (typeof v === "boolean" || dt.kind === "b") return v ? "True" : "False";
  if (dt.kind === "f") return floatScalarStr(v as number, dt.itemsize === 4 ? "float32" : "float64");
  return String(v);
}

/** One conversion of one value, as Python's `spec % value` with value a NumPy scalar of dt. */
export function formatValue(s: Spec, v: Scalar, dt: DType): string {
  const conv = s.conv, alt = s.flags.includes("#");
  switch (conv) {
    case "d": case "i": case "u": case "o": case "x": case "X": {
      let n: bigint;
      if (dt.kind === "f") {
        if (conv === "o" || conv === "x" || conv === "X") throw needInt(conv, dt);
        n = BigInt(floatToInt(v as number));
      } else n = typeof v === "bigint" ? v : BigInt(typeof v === "boolean" ? +v : v);
      if (dt.kind === "b" && (conv === "o" || conv === "x" || conv === "X")) throw needInt(conv, dt);
      const neg = n < 0n, a = neg ? -n : n;
      let digits = a.toString(conv === "o" ? 8 : conv === "d" || conv === "i" || conv === "u" ? 10 : 16);
      if (conv === "X") digits = digits.toUpperCase();
      if (s.prec > digits.length) digits = "0".repeat(s.prec - digits.length) + digits;
      const prefix = alt && (conv === "o" || conv === "x" || conv === "X") ? "0" + conv : "";
      return pad(signOf(neg, s) + prefix, digits, s);
    }
    case "e": case "E": case "f": case "F": case "g": case "G": {
      const x = typeof v === "number" ? v : Number(v);
      const neg = x < 0 || Object.is(x, -0);
      const body = Number.isNaN(x) ? "nan" : !Number.isFinite(x) ? "inf" : floatBody(Math.abs(x), conv, s.prec, alt);
      return pad(signOf(neg && !Number.isNaN(x), s), conv === conv.toUpperCase() ? body.toUpperCase() : body, s);
    }
    case "s": case "r": case "a": {
      let t = scalarStr(v, dt);
      if (conv !== "s") t = dt.kind === "b" ? `np.${t}_` : `np.${dt.name}(${t})`;
      if (s.prec >= 0) t = t.slice(0, s.prec);
      return pad("", t, s, false);
    }
    case "c": {
      if (dt.kind === "f" || dt.kind === "b") throw new NpTypeError("%c requires int or char");
      const n = Number(v);
      if (n < 0 || n >= 0x110000) throw new OverflowError("%c arg not in range(0x110000)");
      return pad("", String.fromCodePoint(n), s, false);
    }
  }
  throw new ValueError(`unsupported format character '${conv}'`);
}

/** `fmt % tuple(values)` for one row (the values all of dtype dt); Python's TypeErrors for
 *  too few or too many values. */
export function formatRow(f: Format, values: ArrayLike<Scalar>, dt: DType): string {
  if (values.length < f.specs.length) throw new NpTypeError("not enough arguments for format string");
  if (values.length > f.specs.length) throw new NpTypeError("not all arguments converted during string formatting");
  let out = f.text[0];
  for (let i = 0; i < f.specs.length; i++) out += formatValue(f.specs[i], values[i], dt) + f.text[i + 1];
  return out;
}
