// cbrt, hypot, arcsinh, arccosh, arctanh, logaddexp, logaddexp2 (f64 lanes; f32 through f64).
// cbrt: fdlibm / musl (bit estimate, degree-4 polynomial to 23 bits, one Newton step).
// hypot: musl (exact squares by Dekker splitting, scaling by 2^+-700, C99: hypot(inf, NaN) = inf);
//   f32: in f64, sqrt(x^2 + y^2) rounds once before the final f32 rounding.
// arcsinh / arccosh / arctanh: musl's formulas, each folded into a single log1p (f32: in f64
//   lanes on log1pShort).
// logaddexp(2): NumPy's formulas (npy_logaddexp / npy_logaddexp2).
import { F, I, sel, add, sub, mul, div, copysign, lo32, hi32, join32, estrinL } from "./common";
import { log1p_f64x2, log1pLo, log1pShort } from "./log";
import { exp_f64x2, exp2_f64x2 } from "./exp";

const B1: i64 = 715094163; // (1023 - 1023/3 - 0.03306235651) * 2^20
const B2: i64 = 696219795; // (1023 - 1023/3 - 54/3 - 0.03306235651) * 2^20
const P0: f64 = 1.87595182427177009643;
const P1: f64 = -1.88497979543377169875;
const P2: f64 = 1.621429720105354466140;
const P3: f64 = -0.758397934778766047437;
const P4: f64 = 0.145996192886612446982;

/** cbrt(x), f64 lanes. */
@inline export function cbrt_f64x2(x: v128): v128 {
  const ax = f64x2.abs(x);
  const subn = f64x2.lt(ax, F(2.2250738585072014e-308));
  const as = sel(subn, mul(ax, F(18014398509481984.0)), ax); // * 2^54
  // high word / 3 (u32 lanes: * 0xaaaaaaab >> 33), + bias, as the high word of t
  const hw = i32x4.shuffle(as, as, 1, 3, 1, 3);
  const q = i64x2.shr_u(i64x2.extmul_low_i32x4_u(hw, i32x4.splat(0xaaaaaaab)), 33);
  const hx = i64x2.add(q, sel(subn, I(B2), I(B1)));
  let t = v128.or(i64x2.shl(hx, 32), v128.and(x, I(0x8000000000000000)));
  // t = t * P(t^3 / x) to 23 bits
  let r = mul(mul(t, t), div(t, x));
  t = mul(t, add(add(F(P0), mul(r, add(F(P1), mul(r, F(P2))))), mul(mul(mul(r, r), r), add(F(P3), mul(r, F(P4))))));
  // round t away from zero to 23 bits
  t = v128.and(i64x2.add(t, I(0x80000000)), I(0xffffffffc0000000));
  // one Newton step
  const s = mul(t, t);
  r = div(x, s);
  const w = add(t, t);
  r = div(sub(r, t), add(w, r));
  t = add(t, mul(t, r));
  // 0, inf, NaN: x itself (x + x)
  return sel(v128.or(f64x2.eq(x, F(0.0)), f64x2.ge(ax, F(Infinity))), add(x, x), sel(f64x2.ne(x, x), add(x, x), t));
}
@inline export function cbrt_f64(x: f64): f64 { return f64x2.extract_lane(cbrt_f64x2(f64x2.splat(x)), 0); }
@inline export function cbrt_f32x4(x: v128): v128 { return join32(cbrt_f64x2(lo32(x)), cbrt_f64x2(hi32(x))); }
@inline export function cbrt_f32(x: f32): f32 { return f32x4.extract_lane(cbrt_f32x4(f32x4.splat(x)), 0); }

/** hi + lo = x * x exactly (x scaled so that neither overflows nor underflows). */
@inline function sqHi(x: v128): v128 { return mul(x, x); }
@inline function sqLo(x: v128, hi: v128): v128 {
  const xc = mul(x, F(134217729.0)); // 2^27 + 1
  const xh = add(sub(x, xc), xc);
  const xl = sub(x, xh);
  return add(add(sub(mul(xh, xh), hi), mul(add(xh, xh), xl)), mul(xl, xl));
}

/** hypot(x, y), f64 lanes. */
@inline export function hypot_f64x2(x0: v128, y0: v128): v128 {
  let ux = v128.and(x0, I(0x7fffffffffffffff));
  let uy = v128.and(y0, I(0x7fffffffffffffff));
  const sw = i64x2.gt_s(uy, ux);
  const x = sel(sw, uy, ux); // larger bits (NaN above inf)
  const y = sel(sw, ux, uy);
  const ex = i64x2.shr_u(x, 52);
  const ey = i64x2.shr_u(y, 52);
  // scale: 2^-700 when x is huge, 2^700 when y is tiny
  const hugeX = i64x2.gt_s(ex, I(0x3ff + 510));
  const tinyY = i64x2.gt_s(I(0x3ff - 450), ey);
  const sc = sel(hugeX, F(1.90109156629516e-211), sel(tinyY, F(5.260135901548374e+210), F(1.0)));
  const z = sel(hugeX, F(5.260135901548374e+210), sel(tinyY, F(1.90109156629516e-211), F(1.0)));
  const xs = mul(x, sc);
  const ys = mul(y, sc);
  const hx = sqHi(xs);
  const hy = sqHi(ys);
  let res = mul(z, f64x2.sqrt(add(add(add(sqLo(ys, hy), sqLo(xs, hx)), hy), hx)));
  res = sel(i64x2.gt_s(i64x2.sub(ex, ey), I(64)), add(x, y), res);
  res = sel(v128.or(i64x2.eq(ex, I(0x7ff)), i64x2.eq(y, I(0))), x, res);
  return sel(i64x2.eq(ey, I(0x7ff)), y, res);
}
@inline export function hypot_f64(x: f64, y: f64): f64 {
  return f64x2.extract_lane(hypot_f64x2(f64x2.splat(x), f64x2.splat(y)), 0);
}
/** hypot for f32 lanes: in f64 (squares exact), one sqrt, one final rounding. */
@inline function hypot32half(x: v128, y: v128): v128 {
  const r = f64x2.sqrt(add(mul(x, x), mul(y, y)));
  // inf beats NaN
  return sel(v128.or(f64x2.eq(f64x2.abs(x), F(Infinity)), f64x2.eq(f64x2.abs(y), F(Infinity))), F(Infinity), r);
}
@inline export function hypot_f32x4(x: v128, y: v128): v128 {
  return join32(hypot32half(lo32(x), lo32(y)), hypot32half(hi32(x), hi32(y)));
}
@inline export function hypot_f32(x: f32, y: f32): f32 {
  return f32x4.extract_lane(hypot_f32x4(f32x4.splat(x), f32x4.splat(y)), 0);
}

// ---------------------------------------------------------------- inverse hyperbolic
const LN2: f64 = 0.693147180559945309417232121458176568;

/** Lanes of arcsinh (which 0: +-inf, NaN), arccosh (1: x <= 1, inf, NaN) or arctanh (2: |x| >= 1,
 *  NaN) whose log1p argument was out of its range; r: the other lanes (arccosh: x = 1 done). */
function ahypSpecial(x: v128, r: v128, which: i32): v128 {
  const a = f64x2.abs(x);
  if (which == 0) r = sel(f64x2.eq(a, F(Infinity)), a, r);
  if (which == 1) r = sel(f64x2.eq(x, F(Infinity)), x, sel(f64x2.lt(x, F(1.0)), F(NaN), r));
  if (which == 2) r = sel(f64x2.eq(a, F(1.0)), F(Infinity), sel(f64x2.gt(a, F(1.0)), F(NaN), r));
  r = sel(f64x2.ne(x, x), x, r);
  return which == 1 ? r : copysign(r, x);
}

// arcsinh(a) = a + a^3 P(a^2) on a < 0.9: degree-17 P (least squares on Chebyshev nodes, z <= 0.81,
// relative error 2^-56.6), no log, no square root, no division.
const ASINH_P = memory.data<f64>([1.4300506273514919e-05, -0.00012492509486239673, 0.0005200117478112159,
  -0.0013882438277643227, 0.0027157246338583058, -0.004249963769386586, 0.005715342478441298,
  -0.007028116060388038, 0.008304119735730775, -0.009741546267786626, 0.011548289173013796,
  -0.013964393973002627, 0.017352723858699785, -0.022372156654535316, 0.030381944354985438,
  -0.04464285714111824, 0.07499999999998656, -0.16666666666666666]);

/** arcsinh(a), 0 <= a < 0.9 (subnormal a: a). */
@inline function asinhSmall(a: v128): v128 {
  const z = mul(a, a);
  const z4 = mul(mul(z, z), mul(z, z));
  const p = add(mul(estrinL(z, ASINH_P, 10), mul(z4, z4)), estrinL(z, ASINH_P + 80, 8));
  return add(a, mul(mul(a, z), p));
}

/** arcsinh(x), f64 lanes: |x| < 0.9: the polynomial above (alone if both lanes are); else
 *  log1p(w) with w = |x| + x^2/(sqrt(x^2+1)+1) (|x| < 2), 2|x| - 1 + 1/(sqrt(x^2+1)+|x|) (|x| >= 2), |x| + ln2
 *  after (|x| >= 2^500); one division for both. */
@inline export function arcsinh_f64x2(x: v128): v128 {
  const a = f64x2.abs(x);
  const small = f64x2.lt(a, F(0.9)); // (NaN: not small)
  const ms = i64x2.bitmask(small);
  const bad = i64x2.bitmask(f64x2.lt(a, F(Infinity))) != 3;
  let r = a;
  if (ms != 3) r = asinhLog(a);
  // (one polynomial site for both cases: fewer constants live in the loop)
  if (ms != 0) r = sel(small, asinhSmall(a), r); // (a lane's result must not depend on the other's)
  if (bad) return ahypSpecial(x, r, 0);
  return copysign(r, x);
}
/** arcsinh(a) for finite a >= 0 by log1p. */
@inline function asinhLog(a: v128): v128 {
  const huge = f64x2.gt(a, F(3.273390607896142e+150));
  const mid = f64x2.lt(a, F(2.0));
  const a2 = mul(a, a);
  const s = f64x2.sqrt(add(a2, F(1.0)));
  const d = div(sel(mid, a2, F(1.0)), add(s, sel(mid, F(1.0), a)));
  const w = sel(huge, a, add(sel(mid, a, sub(add(a, a), F(1.0))), d));
  return add(log1pLo(w, w, false), v128.and(huge, F(LN2)));
}
@inline export function arcsinh_f64(x: f64): f64 { return f64x2.extract_lane(arcsinh_f64x2(f64x2.splat(x)), 0); }

// arccosh(1 + t) = s + s t P(t), s = sqrt(2t), on 0 <= t < 1 (t = x - 1 exact): degree-14 P (least
// squares on Chebyshev nodes, error 2^-57.3 relative to s), no log, no division; the square root
// off the polynomial's chain (sqrt(2t + 2t t P') instead: <= 1 ulp, but 100 us slower per 1e5).
const ACOSH_P = memory.data<f64>([
  -7.721727569263759e-09, 7.513997682293233e-08, -3.63976533232899e-07, 1.2135993831213153e-06,
  -3.2810254516440005e-06, 8.020307082030832e-06, -1.8988863029744557e-05, 4.509940363173301e-05,
  -0.00010909460981292637, 0.0002711360292137687, -0.0006991298757326054, 0.001898871521703293,
  -0.005580357142654882, 0.018749999999997335, -0.08333333333333333]);

/** arccosh(x), 1 <= x < 2. */
@inline function acoshNear1(x: v128): v128 {
  const t = sub(x, F(1.0));
  const s = f64x2.sqrt(add(t, t));
  const t4 = mul(mul(t, t), mul(t, t));
  const p = add(mul(estrinL(t, ACOSH_P, 7), mul(t4, t4)), estrinL(t, ACOSH_P + 56, 8));
  return add(s, mul(s, mul(t, p)));
}

/** arccosh(x), f64 lanes: x in [1, 2): the function above (alone if both lanes are); else log1p(w),
 *  w = (x-1) + sqrt((x-1)^2 + 2(x-1)) (= x - 1 + sqrt(x^2 - 1) for every x: no division), with
 *  the rounding errors of the square root and of the sum as the argument's low part; x + ln2 after
 *  (x >= 2^500); NaN for x < 1. */
@inline export function arccosh_f64x2(x: v128): v128 {
  const near = v128.and(f64x2.ge(x, F(1.0)), f64x2.lt(x, F(2.0)));
  const mn = i64x2.bitmask(near);
  const bad = i64x2.bitmask(v128.and(f64x2.gt(x, F(1.0)), f64x2.lt(x, F(Infinity)))) != 3;
  let r = x;
  if (mn != 3) r = acoshLog(x);
  // (one polynomial site for both cases: fewer constants live in the loop)
  if (mn != 0) r = sel(near, acoshNear1(x), r); // (a lane's result must not depend on the other's)
  if (bad) return ahypSpecial(x, r, 1);
  return r;
}
/** arccosh(x) for x > 1 by log1p (other lanes: garbage, replaced after). */
@inline function acoshLog(x: v128): v128 {
  const huge = f64x2.gt(x, F(3.273390607896142e+150));
  const xm = sub(x, F(1.0));
  const sq = f64x2.sqrt(mul(xm, add(xm, F(2.0))));
  const w0 = add(xm, sq);
  const bb = sub(w0, xm);
  const e1 = add(sub(xm, sub(w0, bb)), sub(sq, bb)); // xm + sq - w0, exact
  // dd = 2xm + xm^2 - sq^2 exactly enough: the two big terms first (xm^2 - sq^2; the lanes kept
  // have x >= 2, arccosh_f64x2 takes 1 <= x < 2 from acoshNear1)
  const p1 = mul(xm, xm);
  const p2 = mul(sq, sq);
  const dd = add(add(sub(p1, p2), add(xm, xm)), sub(sqLo(xm, p1), sqLo(sq, p2)));
  // sqrt(sq^2 + dd) = sq + dd / (2 sq), dd ~ 2^-53 sq^2: 1/(2 sq) to ~1.5% is plenty (from the bits,
  // one Newton step)
  const s2 = add(sq, sq);
  const r0 = i64x2.sub(I(0x7fde623822fc16e6), s2);
  const r1 = mul(r0, sub(F(2.0), mul(s2, r0)));
  const lo = v128.andnot(add(e1, mul(dd, r1)), huge);
  const w = sel(huge, x, w0);
  return add(log1pLo(w, lo, true), v128.and(huge, F(LN2)));
}
@inline export function arccosh_f64(x: f64): f64 { return f64x2.extract_lane(arccosh_f64x2(f64x2.splat(x)), 0); }

/** arctanh(x), f64 lanes: log1p(w) / 2, w = 2y + 2y^2/(1-y) (y = |x| < 0.5), 2y/(1-y) above. */
@inline export function arctanh_f64x2(x: v128): v128 {
  const y = f64x2.abs(x);
  const bad = i64x2.bitmask(f64x2.lt(y, F(1.0))) != 3; // |x| >= 1, NaN
  const d = div(add(y, y), sub(F(1.0), y)); // 2y / (1 - y)
  const w = sel(f64x2.lt(y, F(0.5)), add(add(y, y), mul(d, y)), d);
  let r = mul(F(0.5), log1pLo(w, w, false));
  r = sel(f64x2.lt(y, F(3.725290298461914e-09)), y, r);
  if (bad) return ahypSpecial(x, r, 2);
  return copysign(r, x);
}
@inline export function arctanh_f64(x: f64): f64 { return f64x2.extract_lane(arctanh_f64x2(f64x2.splat(x)), 0); }

// f32: the same formulas in f64 lanes, where a float input leaves them no cancellation to fear
// ((x-1)(x+1) and x^2 are exact, |x| <= 3.4e38 cannot overflow x^2), then log1pShort (float
// accuracy). which: 0 arcsinh, 1 arccosh, 2 arctanh; inf / NaN / out-of-domain lanes fixed after.
@inline function ahyp32half(x: v128, which: i32): v128 {
  if (which == 0) {
    // w = a + (sqrt(a^2 + 1) - 1): the subtraction's absolute error 2^-53 is within 2^-41 of w
    // for a >= 2^-12; below, arcsinh(x) rounds to x
    const a = f64x2.abs(x);
    const r = log1pShort(add(a, sub(f64x2.sqrt(add(mul(a, a), F(1.0))), F(1.0))));
    return sel(f64x2.lt(a, F(0.000244140625)), x, copysign(r, x));
  }
  if (which == 1) {
    const xm = sub(x, F(1.0));
    return log1pShort(add(xm, f64x2.sqrt(mul(xm, add(x, F(1.0))))));
  }
  const y = f64x2.abs(x);
  return copysign(mul(F(0.5), log1pShort(div(add(y, y), sub(F(1.0), y)))), x);
}
@inline function ahyp32(x: v128, which: i32): v128 {
  const r = join32(ahyp32half(lo32(x), which), ahyp32half(hi32(x), which));
  const ax = f32x4.abs(x);
  const ok = which == 0 ? f32x4.lt(ax, f32x4.splat(Infinity))
    : which == 1 ? v128.and(f32x4.ge(x, f32x4.splat(1.0)), f32x4.lt(x, f32x4.splat(Infinity)))
    : f32x4.lt(ax, f32x4.splat(1.0));
  if (i32x4.all_true(ok)) return r;
  return ahyp32Special(x, r, ok, which);
}
/** The lanes outside ok: inf -> inf (arcsinh, arccosh), |x| = 1 -> +-inf (arctanh), else NaN. */
function ahyp32Special(x: v128, r: v128, ok: v128, which: i32): v128 {
  const ax = f32x4.abs(x);
  let s = v128.bitselect(x, f32x4.splat(NaN), f32x4.eq(ax, f32x4.splat(Infinity)));
  if (which == 2) s = v128.bitselect(v128.or(f32x4.splat(Infinity), v128.and(x, i32x4.splat(0x80000000))), f32x4.splat(NaN), f32x4.eq(ax, f32x4.splat(1.0)));
  if (which == 1) s = v128.bitselect(f32x4.splat(NaN), s, f32x4.lt(x, f32x4.splat(1.0)));
  s = v128.bitselect(x, s, f32x4.ne(x, x));
  return v128.bitselect(r, s, ok);
}
@inline export function arcsinh_f32x4(x: v128): v128 { return ahyp32(x, 0); }
@inline export function arccosh_f32x4(x: v128): v128 { return ahyp32(x, 1); }
@inline export function arctanh_f32x4(x: v128): v128 { return ahyp32(x, 2); }
@inline export function arcsinh_f32(x: f32): f32 { return f32x4.extract_lane(arcsinh_f32x4(f32x4.splat(x)), 0); }
@inline export function arccosh_f32(x: f32): f32 { return f32x4.extract_lane(arccosh_f32x4(f32x4.splat(x)), 0); }
@inline export function arctanh_f32(x: f32): f32 { return f32x4.extract_lane(arctanh_f32x4(f32x4.splat(x)), 0); }

// ---------------------------------------------------------------- logaddexp
const LN2_HI: f64 = 6.93147180369123816490e-01;
const LN2_LO: f64 = 1.90821492927058770002e-10;
const LOG2E: f64 = 1.4426950408889634;

/** logaddexp(x, y) = log(e^x + e^y), f64 lanes (NumPy's formula; x == y: x + ln2 in two parts). */
@inline export function logaddexp_f64x2(x: v128, y: v128): v128 {
  const d = sub(x, y);
  const m = sel(f64x2.gt(d, F(0.0)), x, y);
  let r = add(m, log1p_f64x2(exp_f64x2(f64x2.neg(f64x2.abs(d)))));
  r = sel(f64x2.eq(x, y), add(add(x, F(LN2_HI)), F(LN2_LO)), r);
  return sel(f64x2.ne(d, d), sel(f64x2.eq(x, y), r, d), r);
}
/** logaddexp2(x, y) = log2(2^x + 2^y), f64 lanes (NumPy's formula). */
@inline export function logaddexp2_f64x2(x: v128, y: v128): v128 {
  const d = sub(x, y);
  const m = sel(f64x2.gt(d, F(0.0)), x, y);
  let r = add(m, mul(F(LOG2E), log1p_f64x2(exp2_f64x2(f64x2.neg(f64x2.abs(d))))));
  r = sel(f64x2.eq(x, y), add(x, F(1.0)), r);
  return sel(f64x2.ne(d, d), sel(f64x2.eq(x, y), r, d), r);
}
@inline export function logaddexp_f64(x: f64, y: f64): f64 {
  return f64x2.extract_lane(logaddexp_f64x2(f64x2.splat(x), f64x2.splat(y)), 0);
}
@inline export function logaddexp2_f64(x: f64, y: f64): f64 {
  return f64x2.extract_lane(logaddexp2_f64x2(f64x2.splat(x), f64x2.splat(y)), 0);
}
@inline export function logaddexp_f32x4(x: v128, y: v128): v128 {
  return join32(logaddexp_f64x2(lo32(x), lo32(y)), logaddexp_f64x2(hi32(x), hi32(y)));
}
@inline export function logaddexp2_f32x4(x: v128, y: v128): v128 {
  return join32(logaddexp2_f64x2(lo32(x), lo32(y)), logaddexp2_f64x2(hi32(x), hi32(y)));
}
@inline export function logaddexp_f32(x: f32, y: f32): f32 {
  return f32x4.extract_lane(logaddexp_f32x4(f32x4.splat(x), f32x4.splat(y)), 0);
}
@inline export function logaddexp2_f32(x: f32, y: f32): f32 {
  return f32x4.extract_lane(logaddexp2_f32x4(f32x4.splat(x), f32x4.splat(y)), 0);
}
