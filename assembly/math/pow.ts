// pow (f64 lanes; f32 through two f64x2 halves, exact for every f32 special case).
// The method of ARM's optimized-routines pow (as in musl), without FMA: log|x| in double-double
// (logTab in log.ts), y * log|x| as ehi + elo, then exp(ehi + elo) by exp.ts's expScaled. Signs
// (negative x with integer y) and the C99 special cases are lane masks.
import { F, I, sel, add, sub, mul, div, lo32, hi32, join32 } from "./common";
import { logTab } from "./log";
import { expScaled } from "./exp";

const TWO52: f64 = 4503599627370496.0;

/** |x|^y for finite nonzero lanes (garbage elsewhere); ix = bits of |x| (subnormals
 *  normalized: ix may carry a negative exponent). */
@inline function powCore(ix: v128, y: v128): v128 {
  return logTab<PowFin>(ix, ix, false, y, true);
}

/** y * log|x| from log|x| = hi + lo (logTab), then exp. */
@final class PowFin {
  @inline fin(hi: v128, lo: v128, y: v128): v128 {
    const lg = add(hi, lo);
    const lgt = add(sub(hi, lg), lo);
    // ---- y * (lg + lgt) = ehi + elo
    const yhi = v128.and(y, I(0xfffffffff8000000));
    const ylo = sub(y, yhi);
    const lhi = v128.and(lg, I(0xfffffffff8000000));
    const llo = add(sub(lg, lhi), lgt);
    const ehi = mul(yhi, lhi);
    const elo = add(mul(ylo, lhi), mul(y, llo));
    return expScaled(ehi, 0, elo, true); // (|y log x| >= 512, inf, NaN: its expSpecial)
  }
}

/** Lanes that are +-0, +-inf or NaN. */
@inline function zeroInfNan(v: v128): v128 {
  // 2 * bits - 1 >= 2 * bits(inf) - 1 (unsigned): |v| == 0 or |v| >= inf
  const a = v128.and(v, I(0x7fffffffffffffff));
  return v128.or(i64x2.eq(a, I(0)), i64x2.gt_s(a, I(0x7fefffffffffffff)));
}

/** x^y, f64 lanes, C99 Annex F special cases. */
@inline export function pow_f64x2(x: v128, y: v128): v128 {
  const ax = f64x2.abs(x);
  // subnormal |x|: normalize (exponent goes negative, powCore copes)
  const subn = f64x2.lt(ax, F(2.2250738585072014e-308));
  const ix = sel(subn, i64x2.sub(mul(ax, F(TWO52)), I(<i64>52 << 52)), ax);
  let res = powCore(ix, y);
  // negative x: y must be an integer; odd y flips the sign
  const yint = f64x2.eq(f64x2.nearest(y), y);
  const hy = mul(y, F(0.5));
  const yodd = v128.and(yint, f64x2.ne(f64x2.nearest(hy), hy));
  const xneg = i64x2.gt_s(I(0), x); // sign bit set (-0 included)
  res = v128.xor(res, v128.and(v128.and(xneg, yodd), I(0x8000000000000000)));
  res = sel(v128.andnot(xneg, yint), F(NaN), res);
  const zx = zeroInfNan(x);
  const zy = zeroInfNan(y);
  if (v128.any_true(v128.or(zx, zy))) {
    // x = +-0 or +-inf (y finite nonzero): x^2 or 1/x^2, negated for odd y and negative x
    let x2 = mul(x, x);
    x2 = v128.xor(x2, v128.and(v128.and(xneg, yodd), I(0x8000000000000000)));
    res = sel(zx, sel(f64x2.lt(y, F(0.0)), div(F(1.0), x2), x2), res);
    // y = +-inf
    const ax1 = f64x2.eq(ax, F(1.0));
    const big = v128.xor(f64x2.lt(ax, F(1.0)), f64x2.gt(y, F(0.0))); // 0 when (|x| < 1) == (y > 0)
    res = sel(f64x2.eq(f64x2.abs(y), F(Infinity)), sel(ax1, F(1.0), sel(big, F(Infinity), F(0.0))), res);
    res = sel(v128.or(f64x2.ne(x, x), f64x2.ne(y, y)), add(x, y), res);
    res = sel(v128.or(f64x2.eq(x, F(1.0)), f64x2.eq(y, F(0.0))), F(1.0), res);
  }
  return res;
}
@inline export function pow_f64(x: f64, y: f64): f64 {
  return f64x2.extract_lane(pow_f64x2(f64x2.splat(x), f64x2.splat(y)), 0);
}
@inline export function pow_f32x4(x: v128, y: v128): v128 {
  return join32(pow_f64x2(lo32(x), lo32(y)), pow_f64x2(hi32(x), hi32(y)));
}
@inline export function pow_f32(x: f32, y: f32): f32 {
  return f32x4.extract_lane(pow_f32x4(f32x4.splat(x), f32x4.splat(y)), 0);
}
