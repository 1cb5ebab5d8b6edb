// arctan2, arctan, arcsin, arccos (f64 lanes; f32 through two f64x2 halves).
// arctan2(y, x): a = min(|x|, |y|), b = max(|x|, |y|) (t = a/b in [0, 1]); fdlibm's atan
// reduction t' = (t - c)/(1 + c t) for c = 0, 1/2, 1, formed as (a - c b)/(b + c a) (the numerator
// exact), its degree-22 odd polynomial, and the constant (H + L) of the lane's case from a table:
// atan(c), pi/2 - atan(c) (|y| > |x|), pi - atan(c) (x < 0), pi/2 + atan(c); sign of y last.
// arctan(x) = arctan2(x, 1); f32 below. arcsin / arccos: fdlibm (rational R(z), sqrt reduction for |x| >= 1/2).
import { F, I, L, sel, add, sub, mul, div, copysign, look0, look1, lo32, hi32, join32, estrinL } from "./common";
import { ATAN_TAB } from "./tables";

const AT0: f64 = 3.33333333333329318027e-01;
const AT1: f64 = -1.99999999998764832476e-01;
const AT2: f64 = 1.42857142725034663711e-01;
const AT3: f64 = -1.11111104054623557880e-01;
const AT4: f64 = 9.09088713343650656196e-02;
const AT5: f64 = -7.69187620504482999495e-02;
const AT6: f64 = 6.66107313738753120669e-02;
const AT7: f64 = -5.83357013379057348645e-02;
const AT8: f64 = 4.97687799461593236017e-02;
const AT9: f64 = -3.65315727442169155270e-02;
const AT10: f64 = 1.62858201153657823623e-02;

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

/** arctan2(y, x), f64 lanes (C99 special cases: signed zeros, infinities, NaN). */
@inline export function arctan2_f64x2(y: v128, x: v128): v128 {
  const ax = f64x2.abs(x);
  const ay = f64x2.abs(y);
  const swap = f64x2.gt(ay, ax);
  let a = sel(swap, ax, ay);
  let b = sel(swap, ay, ax);
  // keep c b, c a and b + c a exact / finite: scale tiny or huge pairs by a power of two
  const sc = sel(f64x2.gt(b, F(1e300)), F(2.409919865102884e-181), sel(f64x2.lt(b, F(1e-300)), F(4.149515568880993e+180), F(1.0)));
  a = mul(a, sc);
  b = mul(b, sc);
  // id: 0 (c = 0), 1 (c = 1/2, t >= 7/16), 2 (c = 1, t >= 11/16); both zero -> id 0
  const ge1 = f64x2.ge(a, mul(b, F(0.4375)));
  const ge2 = f64x2.ge(a, mul(b, F(0.6875)));
  const bnz = f64x2.ne(b, F(0.0));
  const id = v128.and(i64x2.sub(i64x2.sub(I(0), ge1), ge2), bnz); // 0, 1, 2 (mask lanes are -1)
  const c = sel(ge2, F(1.0), sel(ge1, F(0.5), F(0.0)));
  // (c = 0 lanes must not form 0 * inf)
  let t = div(sub(a, v128.and(ge1, mul(c, b))), add(b, v128.and(ge1, mul(c, a))));
  // both infinite: t' = 0 at c = 1 (pi/4 cases); both zero: t' = 0 at c = 0
  t = sel(v128.or(f64x2.eq(a, F(Infinity)), f64x2.eq(b, F(0.0))), F(0.0), t);
  const z = mul(t, t);
  const w = mul(z, z);
  let s1 = add(F(AT8), mul(w, F(AT10)));
  s1 = add(F(AT6), mul(w, s1));
  s1 = add(F(AT4), mul(w, s1));
  s1 = add(F(AT2), mul(w, s1));
  s1 = mul(z, add(F(AT0), mul(w, s1)));
  let s2 = add(F(AT7), mul(w, F(AT9)));
  s2 = add(F(AT5), mul(w, s2));
  s2 = add(F(AT3), mul(w, s2));
  s2 = mul(w, add(F(AT1), mul(w, s2)));
  const p = mul(t, add(s1, s2));
  // variant: 0 atan, 1 pi/2 - atan (swap), 2 pi - atan (x < 0), 3 pi/2 + atan (both)
  const xneg = i64x2.gt_s(I(0), x); // sign bit of x (-0 counts as negative) as a lane mask
  const variant = i64x2.sub(i64x2.sub(I(0), swap), i64x2.shl(xneg, 1));
  const off = i64x2.shl(i64x2.add(i64x2.shl(variant, 2), id), 4);
  const e0 = look0(ATAN_TAB, off);
  const e1 = look1(ATAN_TAB, off);
  const H = i64x2.shuffle(e0, e1, 0, 2);
  const Lo = i64x2.shuffle(e0, e1, 1, 3);
  // sign of the atan(t') part: - for variants 1 and 2
  const neg = v128.xor(swap, xneg);
  const sg = v128.and(neg, I(0x8000000000000000));
  // H - ((sg p - L) - sg t)
  let r = sub(H, sub(sub(v128.xor(p, sg), Lo), v128.xor(t, sg)));
  r = sel(v128.or(f64x2.ne(x, x), f64x2.ne(y, y)), add(x, y), copysign(r, y));
  return r;
}
@inline export function arctan2_f64(y: f64, x: f64): f64 {
  return f64x2.extract_lane(arctan2_f64x2(f64x2.splat(y), f64x2.splat(x)), 0);
}

/** arctan(x), f64 lanes. */
@inline export function arctan_f64x2(x: v128): v128 { return arctan2_f64x2(x, F(1.0)); }
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
const cPIO4 = memory.data<f64>([0.7853981633974483]);
const cPIO2 = memory.data<f64>([1.5707963267948966]);
const cPI = memory.data<f64>([3.141592653589793]);
const cTANPIO8 = memory.data<f64>([0.41421356237309503]);

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
