// arctan2, arctan, arcsin, arccos (f64 lanes; f32 through two f64x2 halves).
// arctan2(y, x): a = min(|x|, |y|), b = max(|x|, |y|) (t = a/b in [0, 1]); the reduction
// t' = (t - c)/(1 + c t) for c = 0, 1/4, 1/2, 1 (fdlibm's with one more step, for a degree-13 odd
// polynomial instead of degree 22), formed as (a - c b)/(b + c a) (the numerator exact), then the
// angle off + sg (atan(c) + atan(t')) with off in {0, pi/2 (|y| > |x|), pi (x < 0)} and sg = -1 for
// the pi/2 - and pi - cases. off + sg atan(c) is one rounded sum H plus its exact error
// (Fast2Sum); c and atan(c) are sums of masked steps, the offsets selects (no table: per-lane
// lookups cost more in V8). arctan(x): the same with a = min(|x|, 1), b = max(|x|, 1).
// arcsin / arccos: fdlibm (rational R(z), sqrt reduction for |x| >= 1/2).
import { F, I, L, sel, add, sub, mul, div, copysign, lo32, hi32, join32, estrinL, cSIGN } from "./common";

// atan t = t + t z P(z), z = t^2, |t| <= 0.165: degree-6 P (Chebyshev fit, relative error 2^-58.8)
const ATAN_P = memory.data<f64>([
  -0.06134009954040988, 0.07672701477170238, -0.0909054807990103, 0.11111107686443333,
  -0.1428571427021418, 0.19999999999973658, -0.33333333333333326,
]);
const PIO2_HI: f64 = 1.57079632679489655800e+00;
const PIO2_LO: f64 = 6.12323399573676603587e-17;
const PS0: f64 = 1.66666666666666657415e-01;
const PS1: f64 = -3.25565818622400915405e-01;
const PS2: f64 = 2.01212532134862925881e-01;
const PS3: f64 = -4.00555345006794114027e-02;
const PS4: f64 = 7.91534994289814532176e-04;
const PS5: f64 = 3.47933107596021167570e-05;
const QS1: f64 = -2.40339491173441421878e+00;
const QS2: f64 = 2.02094576023350569471e+00;
const QS3: f64 = -6.88283971605453293030e-01;
const QS4: f64 = 7.70381505559019352791e-02;

// splatted constants as static data (one load each; see common.ts L)
const cATAN_B = memory.data<f64>([0.165, 0.43, 0.72, 0.25, 0.5, 1.0]); // breakpoints; 1/4, 1/2, 1
// atan(c) for c = 1/4, 1/2, 1 as sums of the masked steps D1, D1 + D2, D1 + D2 + D3 (hi: exact
// sums of doubles; lo: the tails' steps)
const cATAN_D = memory.data<f64>([0.24497866312686414, 0.21866894587394195, 0.3217505543966422]);
const cATAN_E = memory.data<f64>([1.0698755618734451e-17, 1.2000021834227236e-17, 7.917392525722143e-18]);
const cPIO2 = memory.data<f64>([PIO2_HI, PIO2_LO]);
const cPI = memory.data<f64>([3.14159265358979311600e+00, 1.22464679914735317720e-16]);

/** The angle for 0 <= a <= b (not both zero, b + a finite): off + sg atan(a/b), where swap
 *  selects off = pi/2 and, if two, xneg off = pi (both: pi/2, sg = +1); sg = - if swap xor xneg.
 *  atan(a/b) = atan(c) + atan(t'), t' = (a - c b)/(b + c a) for c = 0, 1/4, 1/2, 1 on
 *  t < 0.165, < 0.43, < 0.72, <= 1 (|t'| <= 0.165; a - c b exact by Sterbenz; for c > 0 the
 *  angle stays in the binade of atan(c) or above, so the sum does not cancel). */
@inline function atanAB(a: v128, b: v128, swap: v128, xneg: v128, two: bool): v128 {
  const g1 = f64x2.ge(a, mul(b, L(cATAN_B)));
  const g2 = f64x2.ge(a, mul(b, L(cATAN_B + 8)));
  const g3 = f64x2.ge(a, mul(b, L(cATAN_B + 16)));
  // c = [g1] 1/4 + [g2] 1/4 + [g3] 1/2 (c b and c a exact; c b masked: c = 0 where b = inf)
  const q = L(cATAN_B + 24);
  const c = add(add(v128.and(g1, q), v128.and(g2, q)), v128.and(g3, L(cATAN_B + 32)));
  const t = div(sub(a, v128.and(g1, mul(c, b))), add(b, mul(c, a)));
  const neg = two ? v128.xor(swap, xneg) : swap;
  const sg = v128.and(neg, L(cSIGN));
  const st = v128.xor(t, sg);
  const z = mul(t, t);
  const p = mul(mul(st, z), estrinL(z, ATAN_P, 7)); // sg atan t' = st + p
  const ch = add(add(v128.and(g1, L(cATAN_D)), v128.and(g2, L(cATAN_D + 8))), v128.and(g3, L(cATAN_D + 16)));
  const cl = add(add(v128.and(g1, L(cATAN_E)), v128.and(g2, L(cATAN_E + 8))), v128.and(g3, L(cATAN_E + 16)));
  const oh = two ? sel(swap, L(cPIO2), v128.and(xneg, L(cPI))) : v128.and(swap, L(cPIO2));
  const ol = two ? sel(swap, L(cPIO2 + 8), v128.and(xneg, L(cPI + 8))) : v128.and(swap, L(cPIO2 + 8));
  // H + e = oh + sg ch exactly (|oh| >= |ch| or oh = 0)
  const sch = v128.xor(ch, sg);
  const H = add(oh, sch);
  const e = add(sub(oh, H), sch);
  // H + ((e + ol + sg cl + sg t) + sg p): the small terms summed off the polynomial's chain
  const lo = add(add(add(e, ol), v128.xor(cl, sg)), st);
  return add(H, add(lo, p));
}

/** arctan2(y, x), f64 lanes (C99 special cases: signed zeros, infinities, NaN). */
@inline export function arctan2_f64x2(y: v128, x: v128): v128 {
  const ax = f64x2.abs(x);
  const ay = f64x2.abs(y);
  const swap = f64x2.gt(ay, ax);
  const a = f64x2.pmin(ay, ax); // (NaN y: a is NaN; NaN x: b is NaN)
  const b = f64x2.pmax(ax, ay);
  const xneg = i64x2.gt_s(I(0), x); // sign bit of x (-0 counts as negative) as a lane mask
  // b outside [1e-300, 1e300] (c b, c a, b + c a must stay exact and finite) or NaN: atan2Special
  const ok = v128.and(v128.and(f64x2.ge(b, F(1e-300)), f64x2.le(b, F(1e300))), f64x2.le(a, b));
  if (i64x2.bitmask(ok) != 3) return atan2Special(y, x, a, b, swap, xneg);
  // (the angle is >= +0)
  return v128.or(atanAB(a, b, swap, xneg, true), v128.and(y, L(cSIGN)));
}
/** arctan2 with tiny or huge pairs scaled by a power of two, both infinite (a = b = 1: the pi/4
 *  cases) or both zero (a = 0, b = 1: angle 0 or pi), NaN as x + y. */
function atan2Special(y: v128, x: v128, a: v128, b: v128, swap: v128, xneg: v128): v128 {
  const sc = sel(f64x2.gt(b, F(1e300)), F(2.409919865102884e-181), sel(f64x2.lt(b, F(1e-300)), F(4.149515568880993e+180), F(1.0)));
  a = mul(a, sc);
  b = mul(b, sc);
  const inf = f64x2.eq(a, F(Infinity));
  const zero = f64x2.eq(b, F(0.0));
  a = sel(inf, F(1.0), a);
  b = sel(v128.or(inf, zero), F(1.0), b);
  const r = copysign(atanAB(a, b, swap, xneg, true), y);
  return sel(v128.or(f64x2.ne(x, x), f64x2.ne(y, y)), add(x, y), r);
}
@inline export function arctan2_f64(y: f64, x: f64): f64 {
  return f64x2.extract_lane(arctan2_f64x2(f64x2.splat(y), f64x2.splat(x)), 0);
}

/** arctan(x), f64 lanes (NaN propagates: pmin / pmax keep a NaN first operand; +-inf: t = 0). */
@inline export function arctan_f64x2(x: v128): v128 {
  const ax = f64x2.abs(x);
  const one = L(cATAN_B + 40);
  const swap = f64x2.gt(ax, one);
  const r = atanAB(f64x2.pmin(ax, one), f64x2.pmax(ax, one), swap, swap, false);
  return v128.or(r, v128.and(x, L(cSIGN)));
}
@inline export function arctan_f64(x: f64): f64 { return f64x2.extract_lane(arctan_f64x2(f64x2.splat(x)), 0); }

/** fdlibm's R(z) ~ (asin(sqrt z) / sqrt z - 1) / z... as p(z)/q(z). */
@inline function asinR(z: v128): v128 {
  let p = add(F(PS4), mul(z, F(PS5)));
  p = add(F(PS3), mul(z, p));
  p = add(F(PS2), mul(z, p));
  p = add(F(PS1), mul(z, p));
  p = mul(z, add(F(PS0), mul(z, p)));
  let q = add(F(QS3), mul(z, F(QS4)));
  q = add(F(QS2), mul(z, q));
  q = add(F(QS1), mul(z, q));
  q = add(F(1.0), mul(z, q));
  return div(p, q);
}

/** arcsin(x), f64 lanes. */
@inline export function arcsin_f64x2(x: v128): v128 {
  const ax = f64x2.abs(x);
  const small = f64x2.lt(ax, F(0.5));
  const zb = mul(sub(F(1.0), ax), F(0.5));
  const z = sel(small, mul(x, x), zb);
  const r = asinR(z);
  const s = f64x2.sqrt(zb);
  // |x| >= 0.975: pio2_hi - (2 (s + s r) - pio2_lo)
  const big1 = sub(F(PIO2_HI), sub(mul(F(2.0), add(s, mul(s, r))), F(PIO2_LO)));
  // 0.5 <= |x| < 0.975: f + c = sqrt(z), f with its low word cleared
  const f = v128.and(s, I(0xffffffff00000000));
  const c = div(sub(zb, mul(f, f)), add(s, f));
  const big2 = sub(F(0.5 * PIO2_HI), sub(sub(mul(mul(F(2.0), s), r), sub(F(PIO2_LO), mul(F(2.0), c))),
    sub(F(0.5 * PIO2_HI), mul(F(2.0), f))));
  const big = copysign(sel(f64x2.ge(ax, F(0.975)), big1, big2), x);
  return sel(small, add(x, mul(x, r)), big);
}
@inline export function arcsin_f64(x: f64): f64 { return f64x2.extract_lane(arcsin_f64x2(f64x2.splat(x)), 0); }

/** arccos(x), f64 lanes. */
@inline export function arccos_f64x2(x: v128): v128 {
  const ax = f64x2.abs(x);
  const small = f64x2.lt(ax, F(0.5));
  const zb = mul(sub(F(1.0), ax), F(0.5));
  const z = sel(small, mul(x, x), zb);
  const r = asinR(z);
  const s = f64x2.sqrt(zb);
  // |x| < 0.5: pio2_hi - (x - (pio2_lo - x R))
  const rs = sub(F(PIO2_HI), sub(x, sub(F(PIO2_LO), mul(x, r))));
  // x <= -0.5: 2 (pio2_hi - (s + (R s - pio2_lo)))
  const rn = mul(F(2.0), sub(F(PIO2_HI), add(s, sub(mul(r, s), F(PIO2_LO)))));
  // x >= 0.5: 2 (df + (R s + c)), df = s with its low word cleared, c = (z - df^2)/(s + df)
  const df = v128.and(s, I(0xffffffff00000000));
  const c = sel(f64x2.eq(s, F(0.0)), F(0.0), div(sub(zb, mul(df, df)), add(s, df)));
  const rp = mul(F(2.0), add(df, add(mul(r, s), c)));
  return sel(small, rs, sel(f64x2.lt(x, F(0.0)), rn, rp));
}
@inline export function arccos_f64(x: f64): f64 { return f64x2.extract_lane(arccos_f64x2(f64x2.splat(x)), 0); }

// arctan2 / arctan f32, in f64 lanes: a = min(|x|, |y|), b = max; t = a/b, or (a - b)/(a + b)
// (= tan(atan(a/b) - pi/4), exact numerator and denominator for floats) when a >= b tan(pi/8), so
// |t| <= tan(pi/8) and atan t = t P(t^2) (degree-5 minimax P, relative error 2^-30.6); the
// angle then by the same cases as above, in plain f64 (float accuracy needs no tails).
const ATANF_P = memory.data<f64>([
  -0.060349472913611674, 0.1057355372079206, -0.14240095658771937, 0.19998217893679007,
  -0.33333307654648736, 0.9999999993991113,
]);
const cTANPIO8 = memory.data<f64>([0.41421356237309503]);
const cPIO4 = memory.data<f64>([0.7853981633974483]);

@inline function atan2f32half(y: v128, x: v128): v128 {
  const ax = f64x2.abs(x);
  const ay = f64x2.abs(y);
  const swap = f64x2.gt(ay, ax);
  const a = sel(swap, ax, ay);
  const b = sel(swap, ay, ax);
  const big = v128.and(f64x2.ge(a, mul(b, L(cTANPIO8))), f64x2.ne(a, F(0.0))); // (both infinite: big)
  let t = div(sel(big, sub(a, b), a), sel(big, add(a, b), b));
  t = v128.and(t, f64x2.eq(t, t)); // 0/0 (both zero), inf/inf (both infinite): 0
  const z = mul(t, t);
  let r = add(mul(t, estrinL(z, ATANF_P, 6)), v128.and(big, L(cPIO4)));
  r = sel(swap, sub(L(cPIO2), r), r);
  r = sel(i64x2.gt_s(I(0), x), sub(L(cPI), r), r); // sign bit of x (-0 too)
  return sel(v128.or(f64x2.ne(x, x), f64x2.ne(y, y)), add(x, y), copysign(r, y));
}

@inline export function arctan2_f32x4(y: v128, x: v128): v128 {
  return join32(atan2f32half(lo32(y), lo32(x)), atan2f32half(hi32(y), hi32(x)));
}
@inline export function arctan_f32x4(x: v128): v128 {
  return join32(atan2f32half(lo32(x), F(1.0)), atan2f32half(hi32(x), F(1.0)));
}
// arcsin / arccos f32, in f64 lanes: asin v = v P(v^2) (degree-5 minimax P on |v| <= 1/2,
// relative error 2^-27.8) with v = |x| (|x| < 1/2) or v = sqrt((1 - |x|)/2) (exact argument for
// floats; asin|x| = pi/2 - 2 asin v, acos x = 2 asin v or pi - 2 asin v); no division.
const ASINF_P = memory.data<f64>([
  0.04263382782807972, 0.023859413874785983, 0.04554987522696008, 0.07494438134747138,
  0.1666678996019446, 0.9999999956027731,
]);

/** cos: 0 arcsin, 1 arccos. Out of domain: sqrt of a negative number, NaN. */
@inline function asin32half(x: v128, cos: i32): v128 {
  const ax = f64x2.abs(x);
  const small = f64x2.lt(ax, F(0.5));
  const zb = mul(sub(F(1.0), ax), F(0.5));
  const v = sel(small, ax, f64x2.sqrt(zb));
  const p = mul(v, estrinL(sel(small, mul(x, x), zb), ASINF_P, 6)); // asin v
  if (!cos) return copysign(sel(small, p, sub(L(cPIO2), add(p, p))), x);
  const big = sel(f64x2.lt(x, F(0.0)), sub(L(cPI), add(p, p)), add(p, p));
  return sel(small, sub(L(cPIO2), copysign(p, x)), big);
}
@inline export function arcsin_f32x4(x: v128): v128 { return join32(asin32half(lo32(x), 0), asin32half(hi32(x), 0)); }
@inline export function arccos_f32x4(x: v128): v128 { return join32(asin32half(lo32(x), 1), asin32half(hi32(x), 1)); }
@inline export function arctan2_f32(y: f32, x: f32): f32 {
  return f32x4.extract_lane(arctan2_f32x4(f32x4.splat(y), f32x4.splat(x)), 0);
}
@inline export function arctan_f32(x: f32): f32 { return f32x4.extract_lane(arctan_f32x4(f32x4.splat(x)), 0); }
@inline export function arcsin_f32(x: f32): f32 { return f32x4.extract_lane(arcsin_f32x4(f32x4.splat(x)), 0); }
@inline export function arccos_f32(x: f32): f32 { return f32x4.extract_lane(arccos_f32x4(f32x4.splat(x)), 0); }
