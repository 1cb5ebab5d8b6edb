// log, log2, log10, log1p. f64 log / log2 / log10: the fdlibm method (x = 2^k (1+f), 1+f in
// [sqrt2/2, sqrt2), log(1+f) = f - f^2/2 + s (f^2/2 + R(s^2)), s = f/(2+f), one division, no table;
// log2 / log10 split f - f^2/2 into hi + lo for extra precision). f64 log1p: logTab below (shared
// with pow), which takes 1 + x as a double plus its rounding error, no division.
// f32: log, log2, log10, log1p natively on f32x4 (below); log1pShort (f64 lanes, float accuracy)
// is the core of arcsinh / arccosh / arctanh f32.
import { F, I, L, sel, add, sub, mul, div, estrinL, look0, look1, cHIGH32, cSIGN } from "./common";
import { POWLOG_TAB } from "./tables";

const LN2_HI: f64 = 6.93147180369123816490e-01; // 3fe62e42 fee00000
const LN2_LO: f64 = 1.90821492927058770002e-10; // 3dea39ef 35793c76
const IVLN2HI: f64 = 1.44269504072144627571e+00; // 3ff71547 65200000
const IVLN2LO: f64 = 1.67517131648865118353e-10; // 3de705fc 2eefa200
const IVLN10HI: f64 = 4.34294481878168880939e-01; // 3fdbcb7b 15200000
const IVLN10LO: f64 = 2.50829467116452752298e-11; // 3dbb9438 ca9aadd5
const LOG10_2HI: f64 = 3.01029995663611771306e-01; // 3FD34413 509F6000
const LOG10_2LO: f64 = 3.69423907715893078616e-13; // 3D59FEF3 11F12B36
// R(s^2) = LG1 z + LG2 z^2 + .. + LG7 z^7, z = s^2
const cLG1 = memory.data<f64>([6.666666666666735130e-01]);
const cLG2 = memory.data<f64>([3.999999999940941908e-01]);
const cLG3 = memory.data<f64>([2.857142874366239149e-01]);
const cLG4 = memory.data<f64>([2.222219843214978396e-01]);
const cLG5 = memory.data<f64>([1.818357216161805012e-01]);
const cLG6 = memory.data<f64>([1.531383769920937332e-01]);
const cLG7 = memory.data<f64>([1.479819860511658591e-01]);

// splatted constants as static data: one 8-byte load-splat each (see common.ts L)
const cLN2_HI = memory.data<f64>([LN2_HI]);
const cIVLN2HI = memory.data<f64>([IVLN2HI]);
const cIVLN2LO = memory.data<f64>([IVLN2LO]);
const cIVLN10HI = memory.data<f64>([IVLN10HI]);
const cIVLN10LO = memory.data<f64>([IVLN10LO]);
const cLOG10_2HI = memory.data<f64>([LOG10_2HI]);
const cLOG10_2LO = memory.data<f64>([LOG10_2LO]);
const cLN2_LO = memory.data<f64>([LN2_LO]);
const c0p5 = memory.data<f64>([0.5]);
const c1p0 = memory.data<f64>([1.0]);
const c2p0 = memory.data<f64>([2.0]);
const cTWO52_1023 = memory.data<f64>([4503599627370496.0 + 1023.0]);
const cSQRT2M1 = memory.data<f64>([0.41421353816986084]); // 1 + x in [sqrt2/2, sqrt2) (log1pShort)
const cSQRTH_M1 = memory.data<f64>([-0.2928932188134524]);
const cBIAS52 = memory.data<u64>([0x4330000000000000]);
const cMOFF = memory.data<u64>([0x00095f6200000000]); // 0x3ff00000 - 0x3fe6a09e in the high word
const cMANT = memory.data<u64>([0x000fffffffffffff]);
const cMBASE = memory.data<u64>([0x3fe6a09e00000000]);
const cMINNORM = memory.data<u64>([0x0010000000000000]);
const cMAXFIN = memory.data<u64>([0x7fefffffffffffff]);

const TWO54: f64 = 18014398509481984.0;

/** R(s^2) and the reduction for f = m - 1 (m in [sqrt2/2, sqrt2)): returns s*(hfsq + R). */
@inline function logPoly(f: v128, hfsq: v128): v128 {
  const s = div(f, add(L(c2p0), f));
  const z = mul(s, s);
  const z2 = mul(z, z);
  const z4 = mul(z2, z2);
  // Estrin (short dependency chains after the division)
  const r = add(add(mul(z, add(L(cLG1), mul(z, L(cLG2)))), mul(mul(z2, z), add(L(cLG3), mul(z, L(cLG4))))),
    mul(mul(z4, z), add(add(L(cLG5), mul(z, L(cLG6))), mul(z2, L(cLG7)))));
  return mul(s, add(hfsq, r));
}

/** Reduce positive normal x: returns m (in [sqrt2/2, sqrt2)) bits; k (as f64) via kd. */
@inline function logReduceM(x: v128): v128 {
  const t = i64x2.add(x, L(cMOFF)); // hx += 0x3ff00000 - 0x3fe6a09e
  return i64x2.add(v128.and(t, L(cMANT)), L(cMBASE));
}
@inline function logReduceK(x: v128): v128 {
  const t = i64x2.add(x, L(cMOFF));
  return sub(v128.or(i64x2.shr_u(t, 52), L(cBIAS52)), L(cTWO52_1023)); // exponent field - 1023
}

/** kind 0: ln, 1: log2, 2: log10 of positive normal lanes x; kadj (if adj) is subtracted from k. */
@inline function logCore(x: v128, kind: i32, adj: bool, kadj: v128): v128 {
  let dk = logReduceK(x);
  if (adj) dk = sub(dk, kadj);
  const f = sub(logReduceM(x), L(c1p0));
  const hfsq = mul(mul(L(c0p5), f), f);
  const sp = logPoly(f, hfsq);
  if (kind == 0) {
    // s*(hfsq+R) + dk*ln2_lo - hfsq + f + dk*ln2_hi
    return add(add(sub(add(sp, mul(dk, L(cLN2_LO))), hfsq), f), mul(dk, L(cLN2_HI)));
  }
  // hi + lo = f - hfsq + s*(hfsq+R), hi with its low 32 bits cleared
  const hi = v128.and(sub(f, hfsq), L(cHIGH32));
  const lo = add(sub(sub(f, hi), hfsq), sp);
  let valHi: v128, valLo: v128, y: v128;
  if (kind == 1) {
    valHi = mul(hi, L(cIVLN2HI));
    valLo = add(mul(add(lo, hi), L(cIVLN2LO)), mul(lo, L(cIVLN2HI)));
    y = dk;
  } else {
    valHi = mul(hi, L(cIVLN10HI));
    y = mul(dk, L(cLOG10_2HI));
    valLo = add(add(mul(dk, L(cLOG10_2LO)), mul(add(lo, hi), L(cIVLN10LO))), mul(lo, L(cIVLN10HI)));
  }
  const w = add(y, valHi);
  valLo = add(valLo, add(sub(y, w), valHi));
  return add(valLo, w);
}

/** Lanes that are not positive normal finite numbers (<= 0, -0, subnormal, inf, NaN). */
@inline function logOdd(x: v128): v128 {
  return v128.or(i64x2.gt_s(L(cMINNORM), x), i64x2.gt_s(x, L(cMAXFIN)));
}

/** Any lane: subnormals scaled by 2^54; zeros, negatives, inf, NaN per C99. */
function logSpecial(x: v128, kind: i32): v128 {
  const sub_ = v128.and(f64x2.gt(x, F(0.0)), f64x2.lt(x, F(2.2250738585072014e-308)));
  const xs = sel(sub_, mul(x, F(TWO54)), x);
  let r: v128;
  const kadj = v128.and(sub_, F(54.0));
  if (kind == 0) r = logCore(xs, 0, true, kadj);
  else if (kind == 1) r = logCore(xs, 1, true, kadj);
  else r = logCore(xs, 2, true, kadj);
  r = sel(f64x2.eq(x, F(Infinity)), x, r);
  r = sel(f64x2.lt(x, F(0.0)), F(NaN), r);
  r = sel(f64x2.eq(x, F(0.0)), F(-Infinity), r);
  return sel(f64x2.ne(x, x), x, r);
}

/** ln(x), f64 lanes. */
@inline export function log_f64x2(x: v128): v128 {
  if (i64x2.bitmask(logOdd(x)) != 0) return logSpecial(x, 0);
  return logCore(x, 0, false, x);
}
/** log2(x), f64 lanes. */
@inline export function log2_f64x2(x: v128): v128 {
  if (i64x2.bitmask(logOdd(x)) != 0) return logSpecial(x, 1);
  return logCore(x, 1, false, x);
}
/** log10(x), f64 lanes. */
@inline export function log10_f64x2(x: v128): v128 {
  if (i64x2.bitmask(logOdd(x)) != 0) return logSpecial(x, 2);
  return logCore(x, 2, false, x);
}

// ---------------------------------------------------------------- logTab (log1p, pow)
// ARM optimized-routines' pow log without FMA: x = 2^k z, z in [OFF, 2 OFF), c the center of z's
// subinterval (1/c of <= 9 bits, 128 entries of POWLOG_TAB), r = z/c - 1 formed exactly as
// rhi + rlo (z split so zhi/c is exact), |r| < 1/128; log x = k ln2 + log c + log1p(r) as hi + lo.
// splatted constants as static data (one load each; see common.ts L)
const cOFF = memory.data<u64>([0x3fe6955500000000]);
const c127 = memory.data<u64>([127]);
const cTWO52D = memory.data<f64>([4503599627370496.0]);
const c4096 = memory.data<f64>([4096.0]);
const cEXPM = memory.data<u64>([0xfff0000000000000]);
const cHALFW = memory.data<u64>([0x80000000]);
const cLN2HI = memory.data<f64>([0.6931471805598903]); // 0x1.62e42fefa3800p-1 (k ln2hi + log c exact)
const cLN2LO = memory.data<f64>([5.497923018708371e-14]); // 0x1.ef35793c76730p-45
// dd (pow): log1p(r) = r + A0 r^2 + r^3 (A1 .. A6), the A_i scaled as in ARM's pow (A0 = -1/2)
const cA = memory.data<f64>([-0.5, -0.6666666666666679, 0.5000000000000007, 0.7999999995323976,
  -0.6666666663487739, -1.142909628459501, 1.0000415263675542]);
// otherwise log1p(r) = r + r^2 P(r), degree-5 P (Chebyshev fit on |r| <= 0.0079, relative error 2^-57)
const LOG_P = memory.data<f64>([0.14286754512137131, -0.1666783691989841, 0.19999999975654403,
  -0.2499999997261125, 0.3333333333333342, -0.500000000000001]);

/** log of x = ix (+ alo, if hasLo; |alo| <= 2^-52 x) for positive ix (bits of a normal number,
 *  or of a normalized subnormal with a negative exponent) as hi + lo, handed to C's fin(hi, lo, y);
 *  dd: hi + lo to ~2^-68 (pow), else to ~2^-60 (enough for one rounding). */
@inline export function logTab<C>(ix: v128, alo: v128, hasLo: bool, y: v128, dd: bool): v128 {
  const tmp = i64x2.sub(ix, L(cOFF));
  const off = i64x2.shl(v128.and(i64x2.shr_u(tmp, 45), L(c127)), 5);
  // k = tmp >> 52 (arithmetic), as f64
  const kraw = f64x2.sub(v128.or(i64x2.shr_u(tmp, 52), L(cBIAS52)), L(cTWO52D));
  const kd = sub(kraw, v128.and(i64x2.gt_s(I(0), tmp), L(c4096)));
  const kbits = v128.and(tmp, L(cEXPM));
  const iz = i64x2.sub(ix, kbits);
  const t0 = look0(POWLOG_TAB, off);
  const t1x = look1(POWLOG_TAB, off);
  const invc = i64x2.shuffle(t0, t1x, 0, 2);
  const u0 = v128.load(POWLOG_TAB + <usize>i32x4.extract_lane(off, 0), 16);
  const u1 = v128.load(POWLOG_TAB + <usize>i32x4.extract_lane(off, 2), 16);
  const logc = i64x2.shuffle(u0, u1, 0, 2);
  const logctail = i64x2.shuffle(u0, u1, 1, 3);
  // r = z/c - 1 exactly as rhi + rlo (z split so zhi * invc is exact)
  const zhi = v128.and(i64x2.add(iz, L(cHALFW)), L(cHIGH32));
  const zlo = sub(iz, zhi);
  const rhi = sub(mul(zhi, invc), L(c1p0));
  let rlo = mul(zlo, invc);
  // the argument's low part, alo 2^-k / c (2^-k from the bits of k; k = 1024 wraps to -inf: 0 then,
  // alo / x being negligible there)
  if (hasLo) rlo = add(rlo, mul(mul(alo, f64x2.pmax(i64x2.sub(L(c1p0), kbits), I(0))), invc));
  const r = add(rhi, rlo);
  const t1 = add(mul(kd, L(cLN2HI)), logc);
  const lo1 = add(mul(kd, L(cLN2LO)), logctail);
  if (!dd) {
    // hi + lo = t1 + rhi + (rlo + lo1) + r^2 P(r), the first sum exact (|t1| > |rhi| or t1 = 0)
    const hi = add(t1, rhi);
    const lo = add(add(add(sub(t1, hi), rhi), add(rlo, lo1)), mul(mul(r, r), estrinL(r, LOG_P, 6)));
    return changetype<C>(0).fin(hi, lo, y);
  }
  const t2 = add(t1, r);
  const lo2 = add(sub(t1, t2), r);
  const a0 = L(cA);
  const ar = mul(a0, r);
  const ar2 = mul(r, ar);
  const ar3 = mul(r, ar2);
  // A0 rhi^2 exact (rhi has <= 22 significant bits)
  const arhi = mul(a0, rhi);
  const arhi2 = mul(rhi, arhi);
  const hi = add(t2, arhi2);
  const lo3 = mul(rlo, add(ar, arhi));
  const lo4 = add(sub(t2, hi), arhi2);
  const q = add(add(L(cA + 24), mul(r, L(cA + 32))), mul(ar2, add(L(cA + 40), mul(r, L(cA + 48)))));
  const p = mul(ar3, add(add(L(cA + 8), mul(r, L(cA + 16))), mul(ar2, q)));
  const lo = add(add(add(add(lo1, lo2), lo3), lo4), p);
  return changetype<C>(0).fin(hi, lo, y);
}

/** log: hi + lo rounded. */
@final class LnFin {
  @inline fin(hi: v128, lo: v128, y: v128): v128 { return add(hi, lo); }
}

/** log(1 + w + wlo) for w > -1 finite, |wlo| <= 2^-50 |w|: log(u + e), u = 1 + w rounded, e its
 *  rounding error (Fast2Sum) + wlo. Not for w = -0 (+0 out). */
@inline export function log1pLo(w: v128, wlo: v128, hasLo: bool): v128 {
  const one = L(c1p0);
  const u = add(one, w);
  let e = sub(f64x2.pmin(one, w), sub(u, f64x2.pmax(one, w)));
  if (hasLo) e = add(e, wlo);
  return logTab<LnFin>(u, e, true, u, false);
}

/** log(1 + x), f64 lanes. */
@inline export function log1p_f64x2(x: v128): v128 {
  // (the sign of x: log1p(-0) = -0; every other lane already has it)
  const r = v128.or(log1pLo(x, x, false), v128.and(x, L(cSIGN)));
  // x <= -1, x = inf, NaN
  if (i64x2.bitmask(v128.and(f64x2.gt(x, F(-1.0)), f64x2.lt(x, F(Infinity)))) != 3) return log1pSpecial(x, r);
  return r;
}
function log1pSpecial(x: v128, r: v128): v128 {
  r = sel(f64x2.eq(x, F(Infinity)), x, r);
  r = sel(f64x2.lt(x, F(-1.0)), F(NaN), r);
  r = sel(f64x2.eq(x, F(-1.0)), F(-Infinity), r);
  return sel(f64x2.ne(x, x), x, r);
}

@inline export function log_f64(x: f64): f64 { return f64x2.extract_lane(log_f64x2(f64x2.splat(x)), 0); }
@inline export function log2_f64(x: f64): f64 { return f64x2.extract_lane(log2_f64x2(f64x2.splat(x)), 0); }
@inline export function log10_f64(x: f64): f64 { return f64x2.extract_lane(log10_f64x2(f64x2.splat(x)), 0); }
@inline export function log1p_f64(x: f64): f64 { return f64x2.extract_lane(log1p_f64x2(f64x2.splat(x)), 0); }

// ---------------------------------------------------------------- f32
// log, log2, log10: native f32x4, no division, no table. x = 2^k (1+f) with 1+f in
// [sqrt2/2, sqrt2); log_b(1+f) = f / ln b + f^2 Q(f), Q of degree 7 (minimax for ln, relative
// error 2^-24.9, times 1/ln b for log2 / log10, whose linear term is split into exact hi and
// small lo products). log1p: the same core on u = 1 + x, plus u's rounding error over u.
const LN2F: f32 = 0.6931471805599453;
const IVLN2HI_32: f32 = 1.4428710938; // 0x3fb8b000, 12 bits (fdlibm's log2f)
const IVLN2LO_32: f32 = -1.7605285393e-04; // 0xb9389ad4
const IVLN10HI_32: f32 = 4.3432617188e-01; // 0x3ede6000 (fdlibm's log10f)
const IVLN10LO_32: f32 = -3.1689971365e-05; // 0xb804ead9
const LOG10_2HI_32: f32 = 3.0102920532e-01; // 0x3e9a2080: k * LOG10_2HI_32 exact
const LOG10_2LO_32: f32 = 7.9034151668e-07; // 0x355427db
const Q1F: f64 = 0.3333391073656857;
const Q2F: f64 = -0.2500133703516043;
const Q3F: f64 = 0.19963063832649827;
const Q4F: f64 = -0.16577584733236805;
const Q5F: f64 = 0.14914767597174086;
const Q6F: f64 = -0.14267486594720002;
const Q7F: f64 = 0.0870043643166235;

/** log_b of positive normal lanes x (kind 0: ln, 1: log2, 2: log10); with adj, kadj is
 *  subtracted from k (subnormal inputs scaled up). */
@inline function logf32Core(x: v128, kind: i32, adj: bool = false, kadj: v128 = f32x4.splat(0.0), corr: v128 = f32x4.splat(0.0), hasCorr: bool = false): v128 {
  // 1+f in [sqrt2/2, sqrt2): k from the bits of x / sqrt(2)/2
  const k = i32x4.shr_s(i32x4.sub(x, i32x4.splat(0x3f3504f3)), 23);
  const dk = adj ? f32x4.sub(f32x4.convert_i32x4_s(k), kadj) : f32x4.convert_i32x4_s(k);
  const f = f32x4.sub(i32x4.sub(x, i32x4.shl(k, 23)), f32x4.splat(1.0));
  const f2 = f32x4.mul(f, f);
  // Q = (-1/2 + Q1 f) + f^2 (Q2 + Q3 f) + f^4 ((Q4 + Q5 f) + f^2 (Q6 + Q7 f)), Estrin; for
  // log2 / log10 the coefficients times 1/ln b
  const q01 = f32x4.add(f32x4.add(QK(-0.5, kind), f32x4.mul(f, QK(Q1F, kind))), f32x4.mul(f2, f32x4.add(QK(Q2F, kind), f32x4.mul(f, QK(Q3F, kind)))));
  const q23 = f32x4.add(f32x4.add(QK(Q4F, kind), f32x4.mul(f, QK(Q5F, kind))), f32x4.mul(f2, f32x4.add(QK(Q6F, kind), f32x4.mul(f, QK(Q7F, kind)))));
  let t = f32x4.mul(f2, f32x4.add(q01, f32x4.mul(f32x4.mul(f2, f2), q23)));
  if (hasCorr) t = f32x4.add(t, corr); // a small term of the result (log1p's c / u)
  if (kind == 0) return f32x4.add(f32x4.add(f, t), f32x4.mul(dk, f32x4.splat(LN2F)));
  // f / ln b without rounding a product larger than the result: f = fh + fl with fh of 12 bits,
  // 1/ln b = A_HI + A_LO with A_HI of 12 bits, so fh * A_HI is exact (and off the chain of t)
  const fh = v128.and(f, i32x4.splat(<i32>0xfffff000));
  const ah = f32x4.splat(kind == 1 ? IVLN2HI_32 : IVLN10HI_32);
  const small = f32x4.add(f32x4.mul(f32x4.sub(f, fh), ah), f32x4.mul(f, f32x4.splat(kind == 1 ? IVLN2LO_32 : IVLN10LO_32)));
  const w = f32x4.add(f32x4.mul(fh, ah), f32x4.add(small, t));
  if (kind == 1) return f32x4.add(w, dk);
  // k log10(2) = k LOG10_2HI (exact) + k LOG10_2LO
  return f32x4.add(f32x4.mul(dk, f32x4.splat(LOG10_2HI_32)), f32x4.add(w, f32x4.mul(dk, f32x4.splat(LOG10_2LO_32))));
}

/** Splat of the f32 rounding of c (kind 0: ln) or c / ln b (1: log2, 2: log10). */
@inline function QK(c: f64, kind: i32): v128 {
  return f32x4.splat(<f32>(kind == 0 ? c : kind == 1 ? c * 1.4426950408889634 : c * 0.43429448190325176));
}

/** Any lanes: subnormals scaled by 2^23; zeros, negatives, inf, NaN per C99. */
function logf32Special(x: v128, kind: i32): v128 {
  const subn = v128.and(f32x4.gt(x, f32x4.splat(0.0)), f32x4.lt(x, f32x4.splat(1.1754943508222875e-38)));
  const xs = v128.bitselect(f32x4.mul(x, f32x4.splat(8388608.0)), x, subn); // * 2^23
  const kadj = v128.and(subn, f32x4.splat(23.0));
  let r = kind == 0 ? logf32Core(xs, 0, true, kadj) : kind == 1 ? logf32Core(xs, 1, true, kadj) : logf32Core(xs, 2, true, kadj);
  r = v128.bitselect(x, r, f32x4.eq(x, f32x4.splat(Infinity)));
  r = v128.bitselect(f32x4.splat(NaN), r, f32x4.lt(x, f32x4.splat(0.0)));
  r = v128.bitselect(f32x4.splat(-Infinity), r, f32x4.eq(x, f32x4.splat(0.0)));
  return v128.bitselect(x, r, f32x4.ne(x, x));
}

@inline function logf32(x: v128, kind: i32): v128 {
  const y = logf32Core(x, kind);
  // not a positive normal finite number: bits + 0x7f800000 > 0xfeffffff as signed integers
  if (i32x4.bitmask(i32x4.gt_s(i32x4.add(x, i32x4.splat(0x7f800000)), i32x4.splat(<i32>0xfeffffff))) != 0) {
    return logf32Special(x, kind);
  }
  return y;
}

/** ln(x), f32 lanes. */
@inline export function log_f32x4(x: v128): v128 { return logf32(x, 0); }
/** log2(x), f32 lanes. */
@inline export function log2_f32x4(x: v128): v128 { return logf32(x, 1); }
/** log10(x), f32 lanes. */
@inline export function log10_f32x4(x: v128): v128 { return logf32(x, 2); }

// log1p for float results, in f64 lanes (also the core of arcsinh / arccosh / arctanh f32):
// w = 2^k (1+f) as above (f = w itself when 1 + w is in [sqrt2/2, sqrt2): exact, no cancellation),
// log(1+f) = f P(f), degree-9 minimax P (relative error 2^-27.9 over the whole interval), no
// division; k ln2 added when k != 0 (|result| >= 0.34 there, so P's error is never magnified).
const LOG1PF_P = memory.data<f64>([
  -0.07621018616016469, 0.12904608148531588, -0.1324347623335498, 0.14181844737194818, -0.16609012135437218,
  0.20001967938830234, -0.2500158656420566, 0.3333332600422737, -0.49999988289698283, 0.9999999999587366,
]);
const cLN2 = memory.data<f64>([0.6931471805599453]);

/** log1p(w), f64 lanes, w > -1 finite (any f64, not only floats), to float accuracy. */
@inline export function log1pShort(w: v128): v128 {
  const u = add(L(c1p0), w);
  const small = v128.and(f64x2.lt(w, L(cSQRT2M1)), f64x2.gt(w, L(cSQRTH_M1)));
  const f = sel(small, w, sub(logReduceM(u), L(c1p0)));
  const fp = mul(f, estrinL(f, LOG1PF_P, 10));
  return sel(small, fp, add(fp, mul(logReduceK(u), L(cLN2)))); // (sel: log1p(-0) = -0)
}

/** log1p(x), f32 lanes, natively (musl's log1pf): u = 1 + x rounded, whose error c is exact in
 *  f32, and log1p(x) = log(u) + c / u (to second order in c / u, far below an ulp); |x| < 2^-24
 *  gives x itself (±0 and subnormals included). */
@inline export function log1p_f32x4(x: v128): v128 {
  const one = f32x4.splat(1.0);
  const u = f32x4.add(x, one);
  // c = 1 + x - u: x - (u - 1) below 2 (u - 1 exact, Sterbenz or fewer bits), 1 - (u - x) above
  const c = v128.bitselect(f32x4.sub(one, f32x4.sub(u, x)), f32x4.sub(x, f32x4.sub(u, one)), f32x4.ge(u, f32x4.splat(2.0)));
  let r = logf32Core(u, 0, false, f32x4.splat(0.0), f32x4.div(c, u), true);
  r = v128.bitselect(x, r, f32x4.lt(f32x4.abs(x), f32x4.splat(5.960464477539063e-8))); // 2^-24
  if (i32x4.all_true(v128.and(f32x4.gt(x, f32x4.splat(-1.0)), f32x4.lt(x, f32x4.splat(Infinity))))) return r;
  return log1p32Special(x, r);
}
/** Lanes x <= -1, inf, NaN of log1p f32. */
function log1p32Special(x: v128, r: v128): v128 {
  r = v128.bitselect(x, r, f32x4.eq(x, f32x4.splat(Infinity)));
  r = v128.bitselect(f32x4.splat(NaN), r, f32x4.lt(x, f32x4.splat(-1.0)));
  r = v128.bitselect(f32x4.splat(-Infinity), r, f32x4.eq(x, f32x4.splat(-1.0)));
  return v128.bitselect(x, r, f32x4.ne(x, x));
}
@inline export function log_f32(x: f32): f32 { return f32x4.extract_lane(log_f32x4(f32x4.splat(x)), 0); }
@inline export function log2_f32(x: f32): f32 { return f32x4.extract_lane(log2_f32x4(f32x4.splat(x)), 0); }
@inline export function log10_f32(x: f32): f32 { return f32x4.extract_lane(log10_f32x4(f32x4.splat(x)), 0); }
@inline export function log1p_f32(x: f32): f32 { return f32x4.extract_lane(log1p_f32x4(f32x4.splat(x)), 0); }
