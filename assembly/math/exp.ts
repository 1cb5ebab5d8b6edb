// exp, exp2 (f64: table-driven, 2^(j/128) table + degree-5 polynomial, the method of ARM's
// optimized-routines / musl exp; f32: native f32x4, Cody-Waite reduction by ln2 and a degree-6
// minimax polynomial, exponent added as an integer).
import { F, S, I, J, L, L32, sel, add, sub, mul, look0, look1 } from "./common";
import { EXP_TAB } from "./tables";

// ---------------------------------------------------------------- f64 constants
const SHIFT: f64 = 6755399441055744.0; // 0x1.8p52: x + SHIFT rounds x to an integer in the low bits
const INVLN2N: f64 = 184.6649652337873; // 128 / ln2 (0x1.71547652b82fep0 * 128)
const NEGLN2HIN: f64 = -0.005415212348111709; // -0x1.62e42fefa0000p-8
const NEGLN2LON: f64 = -1.2864023111638346e-14; // -0x1.cf79abc9e3b3ap-47
// exp(r) - 1 - r ~ r^2 (C2 + r C3 + r^2 C4 + r^3 C5), |r| <= ln2/256
const EC2: f64 = 0.49999999999996786; // 0x1.ffffffffffdbdp-2
const EC3: f64 = 0.16666666666665886; // 0x1.555555555543cp-3
const EC4: f64 = 0.0416666808410674; // 0x1.55555cf172b91p-5
const EC5: f64 = 0.008333335853059549; // 0x1.1111167a4d017p-7
// 2^r - 1 ~ r (B1 + r B2 + ...), |r| <= 1/256
const B1: f64 = 0.6931471805599453; // 0x1.62e42fefa39efp-1
const B2: f64 = 0.24022650695909065; // 0x1.ebfbdff82c424p-3
const B3: f64 = 0.0555041086686087; // 0x1.c6b08d70cf4b5p-5
const B4: f64 = 0.009618131975721055; // 0x1.3b2abd24650ccp-7
const B5: f64 = 0.0013332074570119598; // 0x1.5d7e09b4e3a84p-10

/** Result scale * (1 + tmp) for lanes that may overflow / underflow (|x| large or NaN).
 *  sbits = bits of the 2^(k/128) scale with a possibly out-of-range exponent; ki = k in the low
 *  32 bits (sign in bit 31). Lanes x >= 1024 give inf, x <= lowLimit give 0, NaN gives NaN. */
@inline function expSpecial(x: v128, tmp: v128, sbits: v128, ki: v128, lowLimit: f64): v128 {
  const kneg = i64x2.ne(v128.and(ki, L(c0x80000000)), I(0));
  // k > 0: the exponent of scale may have overflowed; take 2^1009 out
  const s1 = i64x2.sub(sbits, L(ci1009s52));
  const y1 = mul(L(c5p486124068793689e303), add(s1, mul(s1, tmp))); // 2^1009
  // k < 0: keep 2^-1022 out and round once in the subnormal range
  const s2 = i64x2.add(sbits, L(ci1022s52));
  const st = mul(s2, tmp);
  const y = add(s2, st);
  let lo = add(sub(s2, y), st);
  const hi = add(L(c1p0), y);
  lo = add(add(sub(L(c1p0), hi), y), lo);
  const yb = sub(add(hi, lo), L(c1p0));
  const y2 = mul(sel(f64x2.lt(y, L(c1p0)), yb, y), L(c2p2250738585072014em308)); // 2^-1022
  let r = sel(kneg, y2, y1);
  // lanes that were not special after all
  const yn = add(sbits, mul(sbits, tmp));
  r = sel(f64x2.lt(f64x2.abs(x), L(c512p0)), yn, r);
  r = sel(f64x2.ge(x, L(c1024p0)), L(cInfinity), r);
  r = sel(f64x2.le(x, F(lowLimit)), F(0.0), r);
  return sel(f64x2.ne(x, x), add(x, x), r);
}

/** exp(x + xlo) * 2^-adj (adj = 0 or 1; xlo a low part only with hasLo, pow's y log|x| as
 *  hi + lo), f64 lanes. Max error about 0.51 ulp. */
@inline export function expScaled(x: v128, adj: i64, xlo: v128 = f64x2.splat(0), hasLo: bool = false): v128 {
  let kd = add(mul(x, L(cINVLN2N)), L(cSHIFT));
  const ki = kd;
  kd = sub(kd, L(cSHIFT));
  let r = add(add(x, mul(kd, L(cNEGLN2HIN))), mul(kd, L(cNEGLN2LON)));
  if (hasLo) r = add(r, xlo);
  const off = i64x2.shl(v128.and(ki, L(ci127)), 4);
  const e0 = look0(EXP_TAB, off);
  const e1 = look1(EXP_TAB, off);
  const tail = i64x2.shuffle(e0, e1, 0, 2);
  let sbits = i64x2.add(i64x2.shuffle(e0, e1, 1, 3), i64x2.shl(ki, 45));
  if (adj != 0) sbits = i64x2.sub(sbits, I(adj << 52));
  const r2 = mul(r, r);
  const tmp = add(add(add(tail, r), mul(r2, add(L(cEC2), mul(r, L(cEC3))))),
    mul(mul(r2, r2), add(L(cEC4), mul(r, L(cEC5)))));
  if (i64x2.bitmask(i64x2.gt_s(v128.and(x, L(c0x7fffffffffffffff)), L(c0x407fffffffffffff))) != 0) {
    return expSpecial(x, tmp, sbits, ki, -1024.0); // |x| >= 512, inf, NaN
  }
  return add(sbits, mul(sbits, tmp));
}

/** exp(x), f64 lanes. Max error about 0.51 ulp. */
@inline export function exp_f64x2(x: v128): v128 { return expScaled(x, 0); }

/** 2^x, f64 lanes. Max error about 0.51 ulp. */
@inline export function exp2_f64x2(x: v128): v128 {
  let kd = add(x, L(cSHIFT_128p0));
  const ki = kd;
  kd = sub(kd, L(cSHIFT_128p0));
  const r = sub(x, kd);
  const off = i64x2.shl(v128.and(ki, L(ci127)), 4);
  const e0 = look0(EXP_TAB, off);
  const e1 = look1(EXP_TAB, off);
  const tail = i64x2.shuffle(e0, e1, 0, 2);
  const sbits = i64x2.add(i64x2.shuffle(e0, e1, 1, 3), i64x2.shl(ki, 45));
  const r2 = mul(r, r);
  const tmp = add(add(add(tail, mul(r, L(cB1))), mul(r2, add(L(cB2), mul(r, L(cB3))))),
    mul(mul(r2, r2), add(L(cB4), mul(r, L(cB5)))));
  if (i64x2.bitmask(i64x2.gt_s(v128.and(x, L(c0x7fffffffffffffff)), L(c0x407fffffffffffff))) != 0) {
    return expSpecial(x, tmp, sbits, ki, -1080.0);
  }
  return add(sbits, mul(sbits, tmp));
}

@inline export function exp_f64(x: f64): f64 { return f64x2.extract_lane(exp_f64x2(f64x2.splat(x)), 0); }
@inline export function exp2_f64(x: f64): f64 { return f64x2.extract_lane(exp2_f64x2(f64x2.splat(x)), 0); }

// ---------------------------------------------------------------- f32
const SHIFT32: f32 = 12582912.0; // 0x1.8p23
const INVLN2_32: f32 = 1.4426950408889634;
const LN2HI32: f32 = 0.693145751953125; // 0x1.62e4p-1: k * LN2HI32 exact for |k| < 256
const LN2LO32: f32 = 1.4286068203094173e-06; // ln2 - LN2HI32
// exp(r) ~ 1 + r + r^2 (P2 + r P3 + ... + r^4 P6), |r| <= ln2/2, rel. error 2^-28
const P2: f32 = 0.4999999403953552;
const P3: f32 = 0.16666515171527863;
const P4: f32 = 0.04166845604777336;
const P5: f32 = 0.00836941972374916;
const P6: f32 = 0.001381314592435956;
// 2^r ~ 1 + r (Q1 + r Q2 + ... + r^5 Q6), |r| <= 1/2
const Q1: f32 = 0.6931471824645996;
const Q2: f32 = 0.24022647738456726;
const Q3: f32 = 0.055503323674201965;
const Q4: f32 = 0.00961843691766262;
const Q5: f32 = 0.0013398875016719103;
const Q6: f32 = 0.0001535336341476068;

// splatted constants as static data: one 8 / 4-byte load-splat each (see common.ts L / L32)
const c0x80000000 = memory.data<u64>([<u64>(0x80000000)]);
const ci1009s52 = memory.data<u64>([<u64>(<i64>1009 << 52)]);
const c5p486124068793689e303 = memory.data<f64>([5.486124068793689e+303]);
const ci1022s52 = memory.data<u64>([<u64>(<i64>1022 << 52)]);
const c1p0 = memory.data<f64>([1.0]);
const c2p2250738585072014em308 = memory.data<f64>([2.2250738585072014e-308]);
const c512p0 = memory.data<f64>([512.0]);
const c1024p0 = memory.data<f64>([1024.0]);
const cInfinity = memory.data<f64>([Infinity]);
const cINVLN2N = memory.data<f64>([INVLN2N]);
const cSHIFT = memory.data<f64>([SHIFT]);
const cNEGLN2HIN = memory.data<f64>([NEGLN2HIN]);
const cNEGLN2LON = memory.data<f64>([NEGLN2LON]);
const ci127 = memory.data<u64>([<u64>(127)]);
const cEC2 = memory.data<f64>([EC2]);
const cEC3 = memory.data<f64>([EC3]);
const cEC4 = memory.data<f64>([EC4]);
const cEC5 = memory.data<f64>([EC5]);
const c0x7fffffffffffffff = memory.data<u64>([<u64>(0x7fffffffffffffff)]);
const c0x407fffffffffffff = memory.data<u64>([<u64>(0x407fffffffffffff)]);
const cSHIFT_128p0 = memory.data<f64>([SHIFT / 128.0]);
const cB1 = memory.data<f64>([B1]);
const cB2 = memory.data<f64>([B2]);
const cB3 = memory.data<f64>([B3]);
const cB4 = memory.data<f64>([B4]);
const cB5 = memory.data<f64>([B5]);

// f32: V8's loop for these runs at the limit of both the FP pipes and the out-of-order window,
// so vector ops and dependency-chain length both count (measured): n = nearest(x / ln2) is one
// rounding step, with the shifted sum that carries n's bits for the exponent beside it; the
// rare-lane path reads its constants from static data (L32), since splats would be hoisted into
// registers for the whole loop and push the fast path's constants out to the stack.
const cK200 = memory.data<i32>([0x4B400000 + 200]);
const cKm200 = memory.data<i32>([0x4B400000 - 200]);
const cKSHIFT = memory.data<i32>([0x4B400000]);
const cI127 = memory.data<i32>([127]);
const cSIGN32 = memory.data<u32>([0x80000000]);
const cInf32 = memory.data<f32>([Infinity]);
const cE104 = memory.data<f32>([104.0]); // exp: inf / 0 beyond
const cE150 = memory.data<f32>([150.0]); // exp2: inf / 0 beyond

/** 2^e for i32 lanes e in [-126, 127]. */
@inline function pow2i32(e: v128): v128 { return i32x4.shl(i32x4.add(e, L32(cI127)), 23); }

/** e^r for x = n ln2 + r, n = nearest(t), t = x / ln2 (|r| <= ln2/2). */
@inline function expPoly32(x: v128, t: v128): v128 {
  const n = f32x4.nearest(t);
  const r = f32x4.sub(f32x4.sub(x, f32x4.mul(n, S(LN2HI32))), f32x4.mul(n, S(LN2LO32)));
  // (1 + r) + r^2 ((P2 + P3 r) + r^2 (P4 + P5 r + P6 r^2)): short chains, one multiply fewer
  // than the r^4 form (measured faster although one step longer)
  const r2 = f32x4.mul(r, r);
  const a = f32x4.add(S(P2), f32x4.mul(r, S(P3)));
  const b = f32x4.add(f32x4.add(S(P4), f32x4.mul(r, S(P5))), f32x4.mul(r2, S(P6)));
  return f32x4.add(f32x4.add(S(1.0), r), f32x4.mul(r2, f32x4.add(a, f32x4.mul(r2, b))));
}

/** e^x, f32 lanes with |x| <= 124 ln2 (no range handling; for sibling modules). */
@inline export function expFast32(x: v128): v128 {
  const t = f32x4.mul(x, S(INVLN2_32));
  // the shifted sum carries n in its low bits (same rounding as nearest): exponent as an integer
  return i32x4.add(expPoly32(x, t), i32x4.shl(f32x4.add(t, S(SHIFT32)), 23));
}

// expm1(r) ~ r + r^2 (1/2 + r (EM0 + EM1 r + ... + EM5 r^5)), |r| <= ln2, rel. error 2^-29.4
const EM0: f32 = 0.16666671633720398;
const EM1: f32 = 0.04166664183139801;
const EM2: f32 = 0.00833266694098711;
const EM3: f32 = 0.0013889860128983855;
const EM4: f32 = 0.00020090435282327235;
const EM5: f32 = 2.482515265000984e-05;

/** expm1(x), f32 lanes with x <= 124 ln2 (no overflow handling; for sibling modules; NaN passes).
 *  x = n ln2 + r with n = 0 for |x| < ln2, so that 2^n (1 + q) - 1 never cancels (n = +-1 with q
 *  of the other sign would); q = expm1(r) by a polynomial, then 2^n q + (2^n - 1), rounded once.
 *  Max error about 1 ulp. */
@inline export function expm1Fast32(x: v128): v128 {
  const xc = f32x4.pmax(x, S(-25.0)); // expm1 rounds to -1 below -17.4
  const t = f32x4.mul(xc, S(INVLN2_32));
  const n = v128.and(f32x4.nearest(t), f32x4.ge(f32x4.mul(t, t), S(1.0)));
  const r = f32x4.sub(f32x4.sub(xc, f32x4.mul(n, S(LN2HI32))), f32x4.mul(n, S(LN2LO32)));
  const r2 = f32x4.mul(r, r);
  const p = f32x4.add(f32x4.add(S(EM0), f32x4.mul(r, S(EM1))),
    f32x4.mul(r2, f32x4.add(f32x4.add(S(EM2), f32x4.mul(r, S(EM3))), f32x4.mul(r2, f32x4.add(S(EM4), f32x4.mul(r, S(EM5)))))));
  const q = f32x4.add(r, f32x4.mul(r2, f32x4.add(S(0.5), f32x4.mul(r, p))));
  const s = i32x4.add(i32x4.shl(f32x4.add(n, S(SHIFT32)), 23), S(1.0)); // 2^n
  // expm1 has the sign of x: or-ing it in gives expm1(-0) = -0 (q is +0 there)
  return v128.or(f32x4.add(f32x4.mul(s, q), f32x4.sub(s, S(1.0))), v128.and(x, J(0x80000000)));
}

/** exp(x), f32 lanes. Max error about 1.3 ulp. */
@inline export function exp_f32x4(x: v128): v128 {
  const y = expFast32(x);
  // |x| > 124 ln2 (or NaN / inf): scale in two steps (subnormal results, overflow). The test on
  // t^2 needs one constant where |x| as an integer needs two (fewer spills in the loop)
  const t = f32x4.mul(x, S(INVLN2_32));
  if (i32x4.bitmask(f32x4.le(f32x4.mul(t, t), S(15376.0))) != 15) {
    return expSpecial32(x, expPoly32(x, t), f32x4.add(t, S(SHIFT32)), L32(cE104));
  }
  return y;
}

/** p * 2^n (n from the shift-rounded bits ki) for lanes with |x| large, inf or NaN: beyond
 *  |x| > lim the result is inf or 0 (NaN stays NaN: p is NaN there). */
@inline function expSpecial32(x: v128, p: v128, ki: v128, lim: v128): v128 {
  const y = scale32(p, i32x4.max_s(i32x4.min_s(ki, L32(cK200)), L32(cKm200)));
  const big = f32x4.gt(v128.andnot(x, L32(cSIGN32)), lim);
  return sel(big, v128.and(L32(cInf32), f32x4.gt(x, v128.xor(x, x))), y);
}

/** p * 2^k, k from the shift-rounded bits ki (k in [-150, 128]): two exact-or-final products,
 *  so subnormal results round once and large k overflow to inf. */
@inline function scale32(p: v128, ki: v128): v128 {
  const k = i32x4.sub(ki, L32(cKSHIFT));
  const k1 = i32x4.shr_s(k, 1);
  const k2 = i32x4.sub(k, k1);
  return f32x4.mul(f32x4.mul(p, pow2i32(k1)), pow2i32(k2));
}

/** 2^x, f32 lanes. Max error about 1.5 ulp. */
@inline export function exp2_f32x4(x: v128): v128 {
  const n = f32x4.nearest(x);
  const ki = f32x4.add(x, S(SHIFT32)); // n in the low bits
  const r = f32x4.sub(x, n);
  // 1 + r ((Q1 + Q2 r) + r^2 ((Q3 + Q4 r) + r^2 (Q5 + Q6 r))): Estrin inside, short chains
  const r2 = f32x4.mul(r, r);
  const a = f32x4.add(S(Q1), f32x4.mul(r, S(Q2)));
  const b = f32x4.add(S(Q3), f32x4.mul(r, S(Q4)));
  const c = f32x4.add(S(Q5), f32x4.mul(r, S(Q6)));
  const p = f32x4.add(S(1.0), f32x4.mul(r, f32x4.add(a, f32x4.mul(r2, f32x4.add(b, f32x4.mul(r2, c))))));
  // |x| > 124 (or NaN / inf), as in exp
  if (i32x4.bitmask(f32x4.le(f32x4.mul(x, x), S(15376.0))) != 15) return expSpecial32(x, p, ki, L32(cE150));
  return i32x4.add(p, i32x4.shl(ki, 23));
}

@inline export function exp_f32(x: f32): f32 { return f32x4.extract_lane(exp_f32x4(f32x4.splat(x)), 0); }
@inline export function exp2_f32(x: f32): f32 { return f32x4.extract_lane(exp2_f32x4(f32x4.splat(x)), 0); }
