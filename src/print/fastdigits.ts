// Dragon4's digits for float64 from the engine's own exact conversions, without BigInt: most
// printed values take this path (an array's str formats every element twice), and fall back to
// floatformat.ts's Dragon4 where this cannot be sure of the result.
//
// Dragon4 in unique mode with fractional cut-offs (np.format_float_positional, array printing)
// stops at the digit of power p = max(min(Ls, -minDigits), -precision), where Ls is the power of
// the last digit of the shortest round-trip representation, and rounds the exact value there,
// half to even. Number.prototype.toExponential() gives that shortest representation (the closest
// one when several have the shortest length, as Dragon4's), and toFixed(F) the exact value
// rounded at F fractional digits. The two agree with Dragon4 on random and edge-case values in
// test/print.test.mjs, which compares them with the BigInt code.

export interface Digits { digits: string; exponent: number }

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** Count of fractional binary digits of a finite normal double (its decimal expansion has as many). */
function fractionalBits(ax: number): number {
  f64[0] = ax;
  const lo = u32[0]!, hi = u32[1]!;
  const e2 = ((hi >>> 20) & 0x7ff) - 1075;
  const m = lo !== 0 ? lo : (hi & 0xfffff) | 0x100000;
  const tz = 31 - Math.clz32(m & -m) + (lo !== 0 ? 0 : 32);
  return Math.max(0, -(e2 + tz));
}

/** Digits past the rounding position read from toFixed (when a tail of zeros or a half might
 *  come from toFixed's own rounding, Dragon4 decides: with 12 such digits, about once in 10^12),
 *  up to 20 fractional digits in all, V8's fast exact case (toFixed(21) took 1.3 us, (20) 0.35). */
const GUARD = 12, MAX_FIXED = 20;
const ALL_ZERO = /^0*$/, HALF = /^50*$/;

/**
 * Dragon4's digits and first-digit exponent for a float64 x in unique mode with fractional
 * cut-offs (precision, minDigits: -1 when absent), or null when only Dragon4 can tell (zero,
 * |x| >= 1e21, values that round away below the cut-off, cut-offs past 19 fractional digits).
 */
export function fastFractionalDigits(x: number, precision: number, minDigits: number): Digits | null {
  const ax = Math.abs(x);
  if (!(ax > 0 && ax < 1e21)) return null;
  if (precision >= 0) {
    // the usual case first, without the shortest digits: they are longer than the cut-off exactly
    // when the value rounded at the cut-off does not read back as x
    const r = roundAt(ax, -precision);
    if (r === null || Number(r.digits + "e" + (r.exponent - r.digits.length + 1)) !== ax) return r;
  }
  const t = ax.toExponential();
  const e = t.indexOf("e");
  const short = t[1] === "." ? t[0] + t.slice(2, e) : t.slice(0, e);
  const E = Number(t.slice(e + 1));
  const Ls = E - short.length + 1;
  const p = Math.max(Math.min(Ls, minDigits >= 0 ? -minDigits : Infinity), precision >= 0 ? -precision : -Infinity);
  return p === Ls ? { digits: short, exponent: E } : roundAt(ax, p);
}

/** The exact value of ax > 0 rounded half to even at the digit of power p, as Dragon4 leaves it
 *  (the digits kept, zeros included; a carry drops the nines it passes), or null. */
function roundAt(ax: number, p: number): Digits | null {
  if (1 - p > MAX_FIXED) return null;
  const F = Math.min(MAX_FIXED, Math.max(0, GUARD - p));
  const s = ax.toFixed(F);
  const dot = s.indexOf(".") < 0 ? s.length : s.indexOf(".");
  const all = dot < s.length ? s.slice(0, dot) + s.slice(dot + 1) : s;
  let first = 0;
  while (all.charCodeAt(first) === 48) first++;
  const exp0 = dot - 1 - first;
  if (exp0 < p) return null; // Dragon4 clamps its exponent there
  const kept = all.slice(first, dot - p), rest = all.slice(dot - p);
  // toFixed's own rounding may have changed an all-zero or exactly-half tail: Dragon4 decides
  if (fractionalBits(ax) > F && (ALL_ZERO.test(rest) || HALF.test(rest))) return null;
  const r = rest.charCodeAt(0);
  const up = r > 53 || (r === 53 && (!HALF.test(rest) || (kept.charCodeAt(kept.length - 1) & 1) === 1));
  if (!up) return { digits: kept, exponent: exp0 };
  // round up: trailing nines carry (and are dropped, as Dragon4 drops them)
  let end = kept.length;
  while (end > 0 && kept.charCodeAt(end - 1) === 57) end--;
  if (end === 0) return { digits: "1", exponent: exp0 + 1 };
  return { digits: kept.slice(0, end - 1) + String.fromCharCode(kept.charCodeAt(end - 1) + 1), exponent: exp0 };
}
