// Dragon4's digits for float64 from the engine's own exact conversions, without BigInt: most
// printed float64 values take this path (an array's str formats every element twice), and fall
// back to floatformat.ts's Dragon4 where this cannot be sure of the result. (float32 stays with
// Dragon4: its small mantissas make the BigInt code cheaper than a search for the shortest
// digits through toPrecision: 1000 float32 printed in 3.5 ms, against 7.2 that way.)
//
// Dragon4 in unique mode with cut-offs (array printing, np.format_float_positional/scientific)
// stops at the digit of power p = max(min(Ls, Lmin), Lmax), where Ls is the power of the last
// digit of the shortest representation that reads back as x, and Lmin / Lmax those of the
// cut-offs (min_digits, precision: digits after the point, or significant digits), and rounds
// the exact value there, half to even. toPrecision(k) gives the exact value rounded to k
// significant digits, toExponential() the shortest representation (the closest one when several
// have the shortest length, as Dragon4's). test/print.test.mjs compares the results with the
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

/** ax's significant digits from toPrecision(k), the power of the first, and whether they are
 *  the exact value (not rounded by toPrecision). */
interface Exact { all: string; exp0: number; exact: boolean }

function exactDigits(ax: number, k: number): Exact {
  const s = ax.toPrecision(k);
  // "d.ddd", "0.000ddd" or "d.ddde-7"
  const ei = s.indexOf("e");
  const mant = ei < 0 ? s : s.slice(0, ei);
  const dot = mant.indexOf(".");
  const all = dot < 0 ? mant : mant.slice(0, dot) + mant.slice(dot + 1);
  let first = 0;
  while (all.charCodeAt(first) === 48) first++;
  const exp0 = (ei < 0 ? 0 : Number(s.slice(ei + 1))) + (dot < 0 ? mant.length : dot) - 1 - first;
  return { all: all.slice(first), exp0, exact: exp0 - (all.length - first) + 1 <= -fractionalBits(ax) };
}

/**
 * The exact value rounded half to even at the digit of power `last`, as Dragon4 leaves it (the
 * digits kept, zeros included; a carry drops the nines it passes), or null when the digits
 * cannot tell (below the cut-off, or a tail toPrecision may have rounded).
 */
function roundDigits({ all, exp0, exact }: Exact, last: number): Digits | null {
  if (exp0 < last) return null; // Dragon4 clamps its exponent there
  const n = exp0 - last + 1, digits = all.slice(0, n), rest = all.slice(n);
  if (rest.length === 0 || (!exact && (ALL_ZERO.test(rest) || HALF.test(rest)))) return null;
  const r = rest.charCodeAt(0);
  const up = r > 53 || (r === 53 && (!HALF.test(rest) || (digits.charCodeAt(n - 1) & 1) === 1));
  if (!up) return { digits, exponent: exp0 };
  let end = n;
  while (end > 0 && digits.charCodeAt(end - 1) === 57) end--;
  if (end === 0) return { digits: "1", exponent: exp0 + 1 };
  return { digits: digits.slice(0, end - 1) + String.fromCharCode(digits.charCodeAt(end - 1) + 1), exponent: exp0 };
}

/** roundDigits with `kept` digits to keep (an estimate when `last` is given; last null: `kept`
 *  significant digits). */
function roundAt(ax: number, kept: number, last: number | null): Digits | null {
  const k = Math.min(MAX_DIGITS, kept + GUARD);
  if (kept < 1 || k < kept + 1) return null;
  const e = exactDigits(ax, k);
  return roundDigits(e, last ?? e.exp0 + 1 - kept);
}

/** Does the decimal d read back as ax? */
const readsBack = (d: Digits, ax: number): boolean => Number(d.digits + "e" + (d.exponent - d.digits.length + 1)) === ax;

/** Is ax a power of two? There the gap to the double below is half the gap above, and Dragon4
 *  may round towards the wider side where the exact value is closer to the narrower one: such
 *  values go to Dragon4 except for their shortest digits. */
function powerOfTwo(ax: number): boolean {
  f64[0] = ax;
  return u32[0] === 0 && (u32[1]! & 0xfffff) === 0;
}

function shortest(ax: number): Digits {
  const t = ax.toExponential();
  const e = t.indexOf("e");
  return { digits: t[1] === "." ? t[0] + t.slice(2, e) : t.slice(0, e), exponent: Number(t.slice(e + 1)) };
}

/**
 * Dragon4's digits and first-digit exponent for a float64 x in unique mode (cutoffMax, cutoffMin: Dragon4's cut-offs, -1 when absent, counting digits after
 * the point when `fractional`, else significant digits), or null when only Dragon4 can tell
 * (zero, float64 subnormals, powers of two but for their shortest digits, values that round
 * away below the cut-off, more than 11 digits to round to).
 */
export function fastDigits(x: number, fractional: boolean, cutoffMax: number, cutoffMin: number): Digits | null {
  const ax = Math.abs(x);
  if (!(ax >= 2.2250738585072014e-308 && ax < Infinity)) return null;
  const pow2 = powerOfTwo(ax);
  if (cutoffMax >= 0 && !pow2) {
    // the usual case first, without the shortest digits: they are longer than the cut-off exactly
    // when the value rounded at the cut-off does not read back as x
    const r = fractional ? roundAt(ax, Math.floor(Math.log10(ax)) + cutoffMax + 1, -cutoffMax) : roundAt(ax, cutoffMax, null);
    if (r !== null && !readsBack(r, ax)) return r;
  }
  const s = shortest(ax);
  const E = s.exponent, Ls = E - s.digits.length + 1;
  // significant cut-offs count from the exponent of x, which a shortest "1" may exceed by one
  const cut = (c: number, none: number): number => (c < 0 ? none : fractional ? -c : E + 1 - c);
  const p = Math.max(Math.min(Ls, cut(cutoffMin, Infinity)), cut(cutoffMax, -Infinity));
  if (p === Ls) return s;
  if (pow2 || (!fractional && s.digits === "1")) return null;
  return roundAt(ax, E - p + 1, fractional ? p : null);
}
