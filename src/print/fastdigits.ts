// Dragon4's digits for float64 from the engine's own exact conversions, without BigInt: most
// printed values take this path (an array's str formats every element twice), and fall back to
// floatformat.ts's Dragon4 where this cannot be sure of the result.
//
// Dragon4 in unique mode with cut-offs (array printing, np.format_float_positional/scientific)
// stops at the digit of power p = max(min(Ls, Lmin), Lmax), where Ls is the power of the last
// digit of the shortest round-trip representation and Lmin / Lmax those of the cut-offs
// (min_digits, precision: digits after the point, or significant digits), and rounds the exact
// value there, half to even. Number.prototype.toExponential() gives that shortest representation
// (the closest one when several have the shortest length, as Dragon4's), and toPrecision(k) the
// exact value rounded to k significant digits. test/print.test.mjs compares the result with the
// BigInt code on random and edge-case values.

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

/** Digits past the rounding position asked of toPrecision (when a tail of zeros or a half might
 *  come from toPrecision's own rounding, Dragon4 decides: with 6 such digits, about once in a
 *  million), at most 17 digits in all: V8's fast case (toPrecision(17) took 150 ns, (18) 270). */
const GUARD = 6, MAX_DIGITS = 17;
const ALL_ZERO = /^0*$/, HALF = /^50*$/;

/**
 * Dragon4's digits and first-digit exponent for a float64 x in unique mode (cutoffMax, cutoffMin:
 * Dragon4's cut-offs, -1 when absent, counting digits after the point when `fractional`, else
 * significant digits), or null when only Dragon4 can tell (zero, subnormals, values that round
 * away below the cut-off, more than 17 digits to produce).
 */
export function fastDigits(x: number, fractional: boolean, cutoffMax: number, cutoffMin: number): Digits | null {
  const ax = Math.abs(x);
  if (!(ax >= 2.2250738585072014e-308 && ax < Infinity)) return null;
  if (cutoffMax >= 0) {
    // the usual case first, without the shortest digits: they are longer than the cut-off exactly
    // when the value rounded at the cut-off does not read back as x
    const r = fractional ? roundAt(ax, Math.floor(Math.log10(ax)) + cutoffMax + 1, -cutoffMax) : roundAt(ax, cutoffMax, null);
    if (r !== null && Number(r.digits + "e" + (r.exponent - r.digits.length + 1)) !== ax) return r;
  }
  const t = ax.toExponential();
  const e = t.indexOf("e");
  const short = t[1] === "." ? t[0] + t.slice(2, e) : t.slice(0, e);
  const E = Number(t.slice(e + 1));
  const Ls = E - short.length + 1;
  // significant cut-offs count from the exponent of x, which a shortest "1" may exceed by one
  const cut = (c: number, none: number): number => (c < 0 ? none : fractional ? -c : E + 1 - c);
  const p = Math.max(Math.min(Ls, cut(cutoffMin, Infinity)), cut(cutoffMax, -Infinity));
  if (p === Ls) return { digits: short, exponent: E };
  if (!fractional && short === "1") return null;
  return roundAt(ax, E - p + 1, fractional ? p : null);
}

/**
 * The exact value of ax rounded half to even at the digit of power p, as Dragon4 leaves it (the
 * digits kept, zeros included; a carry drops the nines it passes), or null. `kept`: how many
 * digits that keeps (an estimate when p is given); p null: `kept` significant digits.
 */
function roundAt(ax: number, kept: number, p: number | null): Digits | null {
  const k = Math.min(MAX_DIGITS, kept + GUARD);
  if (kept < 1 || k < kept + 1) return null;
  const s = ax.toPrecision(k);
  // digits and the power of the first one, from "d.ddd", "0.000ddd" or "d.ddde-7"
  const ei = s.indexOf("e");
  const mant = ei < 0 ? s : s.slice(0, ei);
  const dot = mant.indexOf(".");
  let all = dot < 0 ? mant : mant.slice(0, dot) + mant.slice(dot + 1);
  let first = 0;
  while (all.charCodeAt(first) === 48) first++;
  const exp0 = (ei < 0 ? 0 : Number(s.slice(ei + 1))) + (dot < 0 ? mant.length : dot) - 1 - first;
  all = all.slice(first);
  const last = p ?? exp0 + 1 - kept;
  if (exp0 < last) return null; // Dragon4 clamps its exponent there
  const n = exp0 - last + 1, digits = all.slice(0, n), rest = all.slice(n);
  // toPrecision's own rounding may have made an all-zero or exactly-half tail: Dragon4 decides
  const exact = exp0 - all.length + 1 <= -fractionalBits(ax);
  if (!exact && (ALL_ZERO.test(rest) || HALF.test(rest))) return null;
  const r = rest.charCodeAt(0);
  const up = r > 53 || (r === 53 && (!HALF.test(rest) || (digits.charCodeAt(n - 1) & 1) === 1));
  if (!up) return { digits, exponent: exp0 };
  // round up: trailing nines carry (and are dropped, as Dragon4 drops them)
  let end = n;
  while (end > 0 && digits.charCodeAt(end - 1) === 57) end--;
  if (end === 0) return { digits: "1", exponent: exp0 + 1 };
  return { digits: digits.slice(0, end - 1) + String.fromCharCode(digits.charCodeAt(end - 1) + 1), exponent: exp0 };
}
