// expm1, sinh, cosh, tanh (f64 lanes; f32: expm1 / sinh / cosh natively on f32x4 with the overflow
// range in f64 lanes, tanh a rational in f64 lanes).
// expm1: x = k ln2 + r (Cody-Waite, r carried as r + c), expm1(r) = r + r^2/2 + r^3 P(r)
// (degree-9 minimax P on |r| <= ln2/2), then expm1(x) = 2^k ((u + r) + rest) with u = 1 - 2^-k
// exact and u + r summed without error (two-sum): one rounding at the end.
// sinh / cosh / tanh: musl's formulas on expm1 / exp, with e^|x|/2 for the overflow range.
import { F, L, sel, add, sub, mul, div, copysign, lo32, hi32, join32, polyL, cSIGN } from "./common";
import { expScaled, exp_f64x2, expFast32, expm1Fast32 } from "./exp";

const SHIFT: f64 = 6755399441055744.0; // 1.5 * 2^52
const INVLN2: f64 = 1.44269504088896338700e+00;
const LN2HI: f64 = 6.93147180369123816490e-01; // 3fe62e42 fee00000: k * LN2HI exact
const LN2LO: f64 = 1.90821492927058770002e-10;
const TWO52: f64 = 4503599627370496.0;
// (expm1(r) - r - r^2/2) / r^3, |r| <= 0.3483, relative error 2^-57
const E0: f64 = 0.16666666666666682;
const E1: f64 = 0.04166666666666709;
const E2: f64 = 0.008333333333318121;
const E3: f64 = 0.0013888888888655266;
const E4: f64 = 0.00019841269891938566;
const E5: f64 = 2.480158776919466e-05;
const E6: f64 = 2.7557240728071307e-06;
const E7: f64 = 2.7556906363415225e-07;
const E8: f64 = 2.5109601115163443e-08;
const E9: f64 = 2.102499415675638e-09;

/** 2^k for integer-valued f64 lanes k in [-1022, 1023]. */
@inline function pow2f(k: v128): v128 {
  return i64x2.shl(add(k, F(1023.0 + TWO52)), 52);
}

/** expm1(x), f64 lanes. */
@inline export function expm1_f64x2(x: v128): v128 {
  // beyond these: -1 (correctly rounded) / overflow; NaN passes (pmin / pmax keep operand 1)
  const xc = f64x2.pmax(f64x2.pmin(x, F(710.0)), F(-40.0));
  const kf = sub(add(mul(xc, F(INVLN2)), F(SHIFT)), F(SHIFT));
  const hi = sub(xc, mul(kf, F(LN2HI)));
  const lo = mul(kf, F(LN2LO));
  const r = sub(hi, lo);
  const c = sub(sub(hi, r), lo); // r + c = hi - lo
  const r2 = mul(r, r);
  const r4 = mul(r2, r2);
  // P(r), Estrin-ish
  const p01 = add(F(E0), mul(r, F(E1)));
  const p23 = add(F(E2), mul(r, F(E3)));
  const p45 = add(F(E4), mul(r, F(E5)));
  const p67 = add(F(E6), mul(r, F(E7)));
  const p89 = add(F(E8), mul(r, F(E9)));
  const p = add(add(p01, mul(r2, p23)), mul(r4, add(add(p45, mul(r2, p67)), mul(r4, p89))));
  // rest = r^2/2 + r^3 P + c (1 + r)
  const rest = add(add(mul(mul(F(0.5), r), r), mul(mul(r2, r), p)), add(c, mul(c, r)));
  // u = 1 - 2^-k (exact for k <= 53; 1 beyond), hi2 + e1 = u + r exactly
  const u = sub(F(1.0), pow2f(f64x2.pmax(f64x2.neg(kf), F(-60.0))));
  const s = add(u, r);
  const bb = sub(s, u);
  const e1 = add(sub(u, sub(s, bb)), sub(r, bb));
  const m = add(s, add(e1, rest));
  // * 2^k in two exact-or-final steps (k up to 1024)
  const k1 = f64x2.floor(mul(kf, F(0.5)));
  let res = mul(mul(m, pow2f(k1)), pow2f(sub(kf, k1)));
  res = sel(f64x2.lt(f64x2.abs(x), F(5.551115123125783e-17)), x, res); // |x| < 2^-54: x
  return res;
}
@inline export function expm1_f64(x: f64): f64 { return f64x2.extract_lane(expm1_f64x2(f64x2.splat(x)), 0); }

/** sinh(x), f64 lanes. */
@inline export function sinh_f64x2(x: v128): v128 {
  const ax = f64x2.abs(x);
  const t = expm1_f64x2(f64x2.pmin(ax, F(709.0)));
  // |x| >= 1: (t + t/(t+1)) / 2; |x| < 1: Taylor x + x^3 (1/3! + x^2/5! + ... + x^14/17!)
  let r = mul(F(0.5), add(t, div(t, add(t, F(1.0)))));
  const z = mul(ax, ax);
  const z2 = mul(z, z);
  const z4 = mul(z2, z2);
  const p = add(add(add(F(1.0 / 6.0), mul(z, F(1.0 / 120.0))), mul(z2, add(F(1.0 / 5040.0), mul(z, F(1.0 / 362880.0))))),
    mul(z4, add(add(F(1.0 / 39916800.0), mul(z, F(1.0 / 6227020800.0))),
      mul(z2, add(F(1.0 / 1307674368000.0), mul(z, F(1.0 / 355687428096000.0)))))));
  r = sel(f64x2.lt(ax, F(1.0)), add(ax, mul(mul(ax, z), p)), r);
  if (v128.any_true(f64x2.gt(ax, F(709.0)))) {
    r = sel(f64x2.gt(ax, F(709.0)), expScaled(ax, 1), r);
  }
  r = sel(f64x2.lt(ax, F(3.725290298461914e-09)), ax, r); // 2^-28: sinh(x) = x
  return copysign(r, x); // NaN: sign of NumPy's NaN is not checked
}
@inline export function sinh_f64(x: f64): f64 { return f64x2.extract_lane(sinh_f64x2(f64x2.splat(x)), 0); }

/** cosh(x), f64 lanes. */
@inline export function cosh_f64x2(x: v128): v128 {
  const ax = f64x2.abs(x);
  const t = expScaled(ax, 1); // e^|x| / 2
  let r = add(t, div(F(0.25), t));
  if (v128.any_true(f64x2.lt(ax, F(0.6931471805599453)))) {
    // |x| < ln2: 1 + u^2 / (2 (1 + u)), u = expm1(|x|)
    const u = expm1_f64x2(ax);
    r = sel(f64x2.lt(ax, F(0.6931471805599453)), add(F(1.0), div(mul(u, u), add(add(F(1.0), u), add(F(1.0), u)))), r);
  }
  return r;
}
@inline export function cosh_f64(x: f64): f64 { return f64x2.extract_lane(cosh_f64x2(f64x2.splat(x)), 0); }

// tanh: |x| < 0.55: x + x z P(z)/Q(z), z = x^2 (the [4/3] Pade approximant of tanh(x)/x in z,
// relative error 2^-59.4 there); above, 1 - 2/(e^(2|x|) + 1) (>= 1/2, so the quotient's error counts
// at most once: <= ~1.3 ulp). Both forms are a - n/d: one division for every lane.
const TANH_NP = memory.data<f64>([ // -P, highest degree first
  1.76190652381128571605e-8, 0.000244200244200244200244, 0.0214285714285714285714, 0.333333333333333333333,
]);
const TANH_Q = memory.data<f64>([0.000255300255300255300255, 0.0245421245421245421245, 0.464285714285714285714, 1.0]);
const cTANH_SMALL = memory.data<f64>([0.55]);
const c44p0 = memory.data<f64>([44.0]); // tanh(22) rounds to 1
const c1p0 = memory.data<f64>([1.0]);
const c2p0 = memory.data<f64>([2.0]);

/** tanh(x), f64 lanes. */
@inline export function tanh_f64x2(x: v128): v128 {
  const ax = f64x2.abs(x);
  const big = f64x2.ge(ax, L(cTANH_SMALL));
  const e = exp_f64x2(f64x2.pmin(add(ax, ax), L(c44p0))); // NaN passes
  const z = mul(ax, ax);
  const n = sel(big, L(c2p0), mul(mul(ax, z), polyL(z, TANH_NP, 4)));
  const d = sel(big, add(e, L(c1p0)), polyL(z, TANH_Q, 4));
  return v128.xor(sub(sel(big, L(c1p0), ax), div(n, d)), v128.and(x, L(cSIGN)));
}
@inline export function tanh_f64(x: f64): f64 { return f64x2.extract_lane(tanh_f64x2(f64x2.splat(x)), 0); }

// tanh f32 (in f64 lanes): x P(z)/Q(z) on |x| <= 9.5 (clamped: tanh(9.5) rounds to 1), the
// [5/4] minimax rational in z = x^2, relative error 2^-28.7.
const TANHF_P = memory.data<f64>([
  -1.1216365894130847246e-11, 2.9223764181955390825e-8, 0.000027433174336941040375,
  0.0038396712976677730635, 0.13657003356034448778, 0.99999999771314253247,
]);
const TANHF_Q = memory.data<f64>([
  1.2474883991822577495e-6, 0.00038882372085028221214, 0.027140820288006326949, 0.46990334528908130527, 1.0,
]);
const c9p5 = memory.data<f64>([9.5]);
const cm9p5 = memory.data<f64>([-9.5]);

@inline function tanh32half(x: v128): v128 {
  const xc = f64x2.pmax(f64x2.pmin(x, L(c9p5)), L(cm9p5)); // NaN passes
  const z = mul(xc, xc);
  return div(mul(xc, polyL(z, TANHF_P, 6)), polyL(z, TANHF_Q, 5));
}
@inline export function tanh_f32x4(x: v128): v128 { return join32(tanh32half(lo32(x)), tanh32half(hi32(x))); }
@inline export function tanh_f32(x: f32): f32 { return f32x4.extract_lane(tanh_f32x4(f32x4.splat(x)), 0); }

// ---------------------------------------------------------------- f32 expm1, sinh, cosh
// expm1: expm1Fast32 (exp.ts); sinh: |x| < 1: x + x^3 P(x^2) (degree-3 minimax P, relative
// error 2^-34), beyond h - 1/(4h), sign put back; cosh: h + 1/(4h); h = e^|x| / 2. Lanes with
// |x| > 124 ln2 (e^|x| near or past overflow, sinh / cosh finite up to 89.4) or NaN: the f64
// functions, merged lane by lane (the other lanes must not depend on their neighbours).

const SH0: f32 = 0.1666666716337204;
const SH1: f32 = 0.008333349600434303;
const SH2: f32 = 0.0001983615948120132;
const SH3: f32 = 2.8169511097075883e-06;

/** which: 0 expm1, 1 sinh, 2 cosh; the f64 functions on two halves. */
function hyp32Slow(x: v128, which: i32): v128 {
  const lo = lo32(x), hi = hi32(x);
  if (which == 0) return join32(expm1_f64x2(lo), expm1_f64x2(hi));
  if (which == 1) return join32(sinh_f64x2(lo), sinh_f64x2(hi));
  return join32(cosh_f64x2(lo), cosh_f64x2(hi));
}

@inline function hyp32(x: v128, which: i32): v128 {
  const ax = v128.and(x, i32x4.splat(0x7fffffff));
  let r: v128;
  if (which == 0) r = expm1Fast32(x);
  else if (which == 1) {
    const h = f32x4.mul(expFast32(ax), f32x4.splat(0.5));
    const big = f32x4.sub(h, f32x4.div(f32x4.splat(0.25), h));
    const z = f32x4.mul(ax, ax);
    const z2 = f32x4.mul(z, z);
    const p = f32x4.add(f32x4.add(f32x4.splat(SH0), f32x4.mul(z, f32x4.splat(SH1))), f32x4.mul(z2, f32x4.add(f32x4.splat(SH2), f32x4.mul(z, f32x4.splat(SH3)))));
    const small = f32x4.add(ax, f32x4.mul(f32x4.mul(ax, z), p));
    r = v128.or(v128.bitselect(big, small, f32x4.ge(ax, f32x4.splat(1.0))), v128.andnot(x, i32x4.splat(0x7fffffff)));
  } else {
    const h = f32x4.mul(expFast32(ax), f32x4.splat(0.5));
    r = f32x4.add(h, f32x4.div(f32x4.splat(0.25), h));
  }
  // expm1: only x > 124 ln2 overflows (large negative x are clamped inside)
  const big = v128.not(f32x4.le(which == 0 ? x : ax, f32x4.splat(85.95)));
  if (v128.any_true(big)) return v128.bitselect(hyp32Slow(x, which), r, big);
  return r;
}

/** expm1(x), f32 lanes. */
@inline export function expm1_f32x4(x: v128): v128 { return hyp32(x, 0); }
/** sinh(x), f32 lanes. */
@inline export function sinh_f32x4(x: v128): v128 { return hyp32(x, 1); }
/** cosh(x), f32 lanes. */
@inline export function cosh_f32x4(x: v128): v128 { return hyp32(x, 2); }
@inline export function expm1_f32(x: f32): f32 { return f32x4.extract_lane(expm1_f32x4(f32x4.splat(x)), 0); }
@inline export function sinh_f32(x: f32): f32 { return f32x4.extract_lane(sinh_f32x4(f32x4.splat(x)), 0); }
@inline export function cosh_f32(x: f32): f32 { return f32x4.extract_lane(cosh_f32x4(f32x4.splat(x)), 0); }
