// sin, cos, tan.
// f64: |x| = n pi/2 + (y0 + y1), |y0| <= pi/4, by fdlibm's Cody-Waite (__rem_pio2's medium path).
// Vectors whose lanes are all below 2^15 (FAST, the common case) take its first two rounds and
// nothing else: pi/2 is held to 2^-122.9 there, so the error is n 2^-122 against |y0| >= 2^-60.5
// (the closest any double below 2^15 comes to a multiple of pi/2: continued fraction of 2/pi),
// 2^-55 relative at worst. Any other vector goes once through reduceSlow: lanes up to 2^20 pi/2
// (MEDIUM) add the third round, larger ones (and inf / NaN) a Payne-Hanek reduction with 192 bits
// of 2/pi (remPio2Large, exact integer arithmetic), one lane at a time.
// sin / cos: sin(n pi/2 + y) is +-sin y (n even) or +-cos y (n odd), so each lane needs one of
// fdlibm's __sin / __cos polynomials, not both: their coefficients sit side by side in SC_TAB, one
// block per pair of lane kinds, picked by the 2-bit mask of odd lanes. cos x = sin(|x| + pi/2)
// (n + 1); sin(-x) = -sin x: both work on |x|, sin puts the sign of x back last (-0 too).
// tan: a rational with one division for tan and -cot lanes alike (tanKernel), same reduction.
// f32, in f64 lanes (two f64x2 halves), where float accuracy needs no tails: x = m pi/2 + r with
// m even (sin) or odd (cos), |r| <= pi/2, and one odd polynomial r (1 + r^2 P(r^2)) (relative
// error 2^-28) for both; tan = sin / cos on the pi/2 reduction (musl's __sindf / __cosdf).
import { F, L, sel, add, sub, mul, div, lo32, hi32, join32, polyL, cHIGH32, cSIGN } from "./common";
import { TWO_OVER_PI } from "./tables";

const TOINT: f64 = 6755399441055744.0; // 1.5 * 2^52
const MEDIUM: f64 = 1647099.0; // |x| below this: n < 2^20, Cody-Waite
const S1: f64 = -1.66666666666666324348e-01;
const S2: f64 = 8.33333333332248946124e-03;
const S3: f64 = -1.98412698298579493134e-04;
const S4: f64 = 2.75573137070700676789e-06;
const S5: f64 = -2.50507602534068634195e-08;
const S6: f64 = 1.58969099521155010221e-10;
const C1: f64 = 4.16666666666666019037e-02;
const C2: f64 = -1.38888888888741095749e-03;
const C3: f64 = 2.48015872894767294178e-05;
const C4: f64 = -2.75573143513906633035e-07;
const C5: f64 = 2.08757232129817482790e-09;
const C6: f64 = -1.13596475577881948265e-11;

// splatted constants as static data: one 8-byte load-splat each (see common.ts L)
const cINVPIO2 = memory.data<f64>([6.36619772367581382433e-01]);
const cINVPI = memory.data<f64>([3.18309886183790671538e-01]);
const cTOINT = memory.data<f64>([TOINT]);
const cPIO2_1 = memory.data<f64>([1.57079632673412561417e+00]); // first 33 bits of pi/2
const cPIO2_1T = memory.data<f64>([6.07710050650619224932e-11]); // pi/2 - PIO2_1
const cPIO2_2 = memory.data<f64>([6.07710050630396597660e-11]); // second 33 bits
const cPIO2_2T = memory.data<f64>([2.02226624879595063154e-21]);
const cPIO2_3 = memory.data<f64>([2.02226624871116645580e-21]); // third 33 bits
const cPIO2_3T = memory.data<f64>([8.47842766036889956997e-32]);
const cFAST = memory.data<f64>([32768.0]);
const cDEEP = memory.data<f64>([1.7763568394002505e-15]); // 2^-49
const c0p5 = memory.data<f64>([0.5]);
const c1p0 = memory.data<f64>([1.0]);
const ci1 = memory.data<u64>([1]);
const cm1p0 = memory.data<f64>([-1.0]);
// tan y = y + y z P(z) / Q(z): Cephes' tan rational scaled to Q(0) = 1, highest degree first
const TAN_P = memory.data<f64>([0.00024306287499048116, -0.021413137855441616, 0.3333333333333333]);
const TAN_Q = memory.data<f64>([-1.8563353971011345e-08, -0.00025397074687295184, 0.024520192146735387, -0.46423941356632453]);

// SC_TAB: for each mask of odd lanes (bit 0: lane 0, bit 1: lane 1) a 256-byte block of f64x2
// rows, each lane holding __sin's value (even lane) or __cos's (odd lane): rows 0-6 the polynomial
// Q (highest degree first), row 7 b, rows 8-10 m, k, j. With z = y0^2, a = m y0 + k (y0 | 1) and
// tail factor g = j y0 + m (1 | -y0), a + (a z Q(z) + (b z + g y1)) is
//   sin y = y0 + y0 z P_s(z) + y1          (Q = P_s, b = 0)
//   cos y = 1 + z^2 P_c(z) - z/2 - y0 y1   (Q = z P_c, b = -1/2).
const SC_TAB = memory.data<f64>([
  0, 0, S6, S6, S5, S5, S4, S4, S3, S3, S2, S2, S1, S1, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  C6, 0, C5, S6, C4, S5, C3, S4, C2, S3, C1, S2, 0, S1, -0.5, 0, 0, 1, 1, 0, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, C6, S6, C5, S5, C4, S4, C3, S3, C2, S2, C1, S1, 0, 0, -0.5, 1, 0, 0, 1, 0, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  C6, C6, C5, C5, C4, C4, C3, C3, C2, C2, C1, C1, 0, 0, -0.5, -0.5, 0, 0, 1, 1, -1, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
], 16);

// reduceSlow's results: r, w, n (in the low bits of i64 lanes)
const SCRATCH = memory.data(64, 16);

// ---------------------------------------------------------------- Payne-Hanek (scalar)
/** High 64 bits of the 128-bit product a * m (m < 2^53); the low 64 bits are a * m (wrapping). */
@inline function mulhi(a: u64, m: u64): u64 {
  const al = a & 0xffffffff, ah = a >> 32;
  const ml = m & 0xffffffff, mh = m >> 32;
  const ll = al * ml, lh = al * mh, hl = ah * ml, hh = ah * mh;
  const mid = (ll >> 32) + (lh & 0xffffffff) + (hl & 0xffffffff);
  return hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
}

/** Dekker product: returns the rounding error of a * b (p = a * b rounded). */
@inline function twoProdErr(a: f64, b: f64, p: f64): f64 {
  const ca = 134217729.0 * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = 134217729.0 * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/** x = n pi/2 + y0 + y1 for x >= MEDIUM (and inf / NaN -> NaN). Returns f64x2 [y0, y1] with
 *  n mod 4 in the two lowest bits of y1 (y1 is a tail below ulp(y0): those bits are noise). */
function remPio2Large(x: f64): v128 {
  const ix = reinterpret<u64>(x);
  const e = <i32>((ix >> 52) & 0x7ff);
  if (e == 0x7ff) return f64x2.splat(x - x);
  const m: u64 = (ix & 0x000fffffffffffff) | 0x0010000000000000;
  // |x| = m 2^E; bits of 2/pi from position t0 = E + 63 of the zero-padded stream on
  const t0 = e - 1075 + 63;
  const w = <usize>((t0 - 1) >> 6);
  const o = <u64>((t0 - 1) & 63);
  const p = TWO_OVER_PI + (w << 3);
  const a0 = load<u64>(p), a1 = load<u64>(p, 8), a2 = load<u64>(p, 16), a3 = load<u64>(p, 24);
  let W2 = a0, W1 = a1, W0 = a2;
  if (o != 0) {
    W2 = (a0 << o) | (a1 >> (64 - o));
    W1 = (a1 << o) | (a2 >> (64 - o));
    W0 = (a2 << o) | (a3 >> (64 - o));
  }
  // m * W mod 2^192 = P2:P1:P0; value (x 2/pi mod 4) = P * 2^-190
  const P0 = W0 * m;
  const h0 = mulhi(W0, m);
  const l1 = W1 * m;
  const P1 = h0 + l1;
  const c1: u64 = P1 < h0 ? 1 : 0;
  const P2 = mulhi(W1, m) + W2 * m + c1;
  // integer part n = P2 >> 62; fraction as signed 128-bit fixed point (fh:fl) / 2^128
  let n = <i32>(P2 >> 62);
  let fh = (P2 << 2) | (P1 >> 62);
  let fl = (P1 << 2) | (P0 >> 62);
  let neg = false;
  if (<i64>fh < 0) { // fraction >= 1/2: round n up, fraction - 1
    n += 1;
    neg = true;
    fl = ~fl + 1;
    fh = ~fh + (fl == 0 ? 1 : 0);
  }
  // normalize the 128-bit magnitude fh:fl
  let lz: i32, A: u64, B: u64;
  if (fh != 0) {
    lz = <i32>clz(fh);
    A = lz ? (fh << <u64>lz) | (fl >> <u64>(64 - lz)) : fh;
    B = fl << <u64>lz;
  } else {
    if (fl == 0) return f64x2.splat(0.0);
    lz = 64 + <i32>clz(fl);
    A = fl << <u64>(lz - 64);
    B = 0;
  }
  // fraction = (A 2^-64 + B 2^-128) 2^-lz
  const sc = reinterpret<f64>(<u64>(1023 - 64 - lz) << 52);
  const hiD = <f64>(A & 0xfffffffffffff800) * sc;
  const loD = (<f64>(A & 0x7ff) + <f64>B * 5.421010862427522e-20) * sc;
  const ah = hiD + loD;
  const al = loD - (ah - hiD);
  // (ah + al) * pi/2 in double-double
  const P1D = 1.5707963267948966; // pi/2 rounded
  const P2D = 6.123233995736766e-17; // pi/2 - P1D
  const pr = ah * P1D;
  const er = twoProdErr(ah, P1D, pr) + (ah * P2D + al * P1D);
  let y0 = pr + er;
  let y1 = er - (y0 - pr);
  if (neg) { y0 = -y0; y1 = -y1; }
  if (<i64>ix < 0) { y0 = -y0; y1 = -y1; n = -n; }
  const y1n = (reinterpret<u64>(y1) & ~(<u64>3)) | <u64>(n & 3);
  return f64x2.replace_lane(f64x2.splat(y0), 1, reinterpret<f64>(y1n));
}

// ---------------------------------------------------------------- f64 reduction
/** One compensated Cody-Waite round (fdlibm): t - fn (p + pt) = r + w with r = t - fnp,
 *  fnp = fn p exact; returns w. */
@inline function cwTail(t: v128, r: v128, fnp: v128, fn: v128, pt: usize): v128 {
  return sub(mul(fn, L(pt)), sub(sub(t, r), fnp));
}

/** Lanes ax >= FAST (and inf / NaN) of the reduction, given the two-round one of all lanes
 *  (fn; r + e - c): below MEDIUM fdlibm's y0 + y1 (its third round where the result lost over 49
 *  bits: only there is r exact, and only there does it matter), Payne-Hanek above; as r = y0,
 *  c = -y1, e = 0. Stores r, c, e, nb to SCRATCH; lanes below FAST keep theirs. */
function reduceSlow(ax: v128, fn: v128, r: v128, c: v128, e: v128): void {
  const far = v128.not(f64x2.lt(ax, L(cFAST)));
  let w = sub(c, e);
  const deep = v128.and(far, f64x2.lt(f64x2.abs(sub(r, w)), mul(ax, L(cDEEP))));
  const fnp = mul(fn, L(cPIO2_3));
  const r3 = sub(r, fnp);
  w = sel(deep, cwTail(r, r3, fnp, fn, cPIO2_3T), w);
  r = sel(deep, r3, r);
  let y0 = sub(r, w);
  let y1 = sub(sub(r, y0), w);
  let nb = add(fn, L(cTOINT));
  for (let lane = 0; lane < 2; lane++) {
    const xi = lane ? f64x2.extract_lane(ax, 1) : f64x2.extract_lane(ax, 0);
    if (xi < MEDIUM) continue;
    const q = remPio2Large(xi); // [y0, y1], n mod 4 in the low bits of y1
    if (lane) {
      y0 = f64x2.replace_lane(y0, 1, f64x2.extract_lane(q, 0));
      y1 = f64x2.replace_lane(y1, 1, f64x2.extract_lane(q, 1));
      nb = i64x2.replace_lane(nb, 1, i64x2.extract_lane(q, 1));
    } else {
      y0 = f64x2.replace_lane(y0, 0, f64x2.extract_lane(q, 0));
      y1 = f64x2.replace_lane(y1, 0, f64x2.extract_lane(q, 1));
      nb = i64x2.replace_lane(nb, 0, i64x2.extract_lane(q, 1));
    }
  }
  v128.store(SCRATCH, sel(far, y0, r));
  v128.store(SCRATCH, sel(far, f64x2.neg(y1), c), 16);
  v128.store(SCRATCH, v128.andnot(e, far), 32);
  v128.store(SCRATCH, nb, 48);
}

// ---------------------------------------------------------------- f64 kernels
/** sin or cos of y0 + y1 (|y0| <= pi/4, |y1| <= ulp(y0)) by quadrant q (low bits of i64 lanes):
 *  cos where q is odd; the sign of (q & 2) still to apply. Max error ~1.2 ulp (cos lanes: the sums
 *  of -z/2 and the tail round before 1 + ..). */
@inline function sinCosKernel(y0: v128, y1: v128, q: v128): v128 {
  const tab = SC_TAB + (<usize>i64x2.bitmask(i64x2.shl(q, 63)) << 8);
  const z = mul(y0, y0);
  // Estrin: Q = (c0 z^2 + c1 z + c2) z^4 + (c3 z + c4) z^2 + (c5 z + c6)
  const z2 = mul(z, z);
  const q0 = add(mul(v128.load(tab), z2), add(mul(v128.load(tab, 16), z), v128.load(tab, 32)));
  const q1 = add(mul(v128.load(tab, 48), z), v128.load(tab, 64));
  const q2 = add(mul(v128.load(tab, 80), z), v128.load(tab, 96));
  const p = add(mul(q0, mul(z2, z2)), add(mul(q1, z2), q2));
  const m = v128.load(tab, 128);
  const a = add(mul(y0, m), v128.load(tab, 144));
  const g = add(mul(y0, v128.load(tab, 160)), m);
  return add(a, add(mul(mul(a, z), p), add(mul(z, v128.load(tab, 112)), mul(y1, g))));
}

/** tan(y0 + y1) (q even) or -cot(y0 + y1) (q odd), |y0| <= pi/4, |y1| <= ulp(y0) / 2.
 *  tan y = y + y zP(z)/Q(z) (z = y^2; Cephes' [2/4] rational, relative error 2^-55.7), hence
 *  -cot y = -1/y + y P/(Q + zP): one quotient d (zP/Q or P/(Q + zP), lane by lane) and, for -cot,
 *  -1/y0 = ah + a (1 + ah y0) with a = -1/y0 rounded, ah its top 21 bits (ah yh exact, yh the top
 *  21 bits of y0). Everything but the leading y0 or ah is summed first (one rounding at the end);
 *  the tail is first-order: f(y0 + y1) = f(y0) + y1 (1 + f^2) for f = tan and for f = -cot. */
@inline function tanKernel(y0: v128, y1: v128, q: v128): v128 {
  const odd = i64x2.eq(v128.and(q, L(ci1)), L(ci1));
  const z = mul(y0, y0);
  const z2 = mul(z, z);
  const p = polyL(z, TAN_P, 3);
  const zp = mul(z, p);
  // Q = (q0 z^2 + q1 z + q2) z^2 + (q3 z + 1), Estrin
  const qq = add(mul(add(add(mul(L(TAN_Q), z2), mul(L(TAN_Q + 8), z)), L(TAN_Q + 16)), z2), add(mul(L(TAN_Q + 24), z), L(c1p0)));
  const d = div(sel(odd, p, zp), add(qq, v128.and(odd, zp)));
  const a = div(L(cm1p0), y0);
  const ah = v128.and(a, L(cHIGH32));
  const yh = v128.and(y0, L(cHIGH32));
  const rho = add(add(L(c1p0), mul(ah, yh)), mul(ah, sub(y0, yh))); // 1 + ah y0, the first product exact
  const m = mul(y0, d);
  const rough = sel(odd, a, add(y0, m));
  const low = add(add(v128.and(odd, mul(a, rho)), m), mul(y1, add(L(c1p0), mul(rough, rough))));
  return add(sel(odd, ah, y0), low);
}

/** which: 0 sin, 1 cos, 2 tan. */
@inline function trig(x: v128, which: i32): v128 {
  const ax = f64x2.abs(x);
  // two Cody-Waite rounds (enough below FAST)
  const fn = f64x2.nearest(mul(ax, L(cINVPIO2)));
  const kdn = add(fn, L(cTOINT)); // n in the low bits
  const t = sub(ax, mul(fn, L(cPIO2_1)));
  const fnp = mul(fn, L(cPIO2_2));
  let r = sub(t, fnp);
  let c = mul(fn, L(cPIO2_2T));
  let e = sub(sub(t, r), fnp); // r + e = t - fnp exactly
  let nb = kdn;
  if (i64x2.bitmask(f64x2.lt(ax, L(cFAST))) != 3) {
    reduceSlow(ax, fn, r, c, e);
    r = v128.load(SCRATCH);
    c = v128.load(SCRATCH, 16);
    e = v128.load(SCRATCH, 32);
    nb = v128.load(SCRATCH, 48);
  }
  // y = r + (e - c): r + e is t - fnp exactly, |e - c| < ulp(r) below FAST
  const y0 = r;
  const y1 = sub(e, c);
  if (which == 2) { // tan(-x) = -tan(x); tiny x (even zero): the kernel's y0 + y0 d is y0 exactly
    // renormalize (|y1| can reach 2^-16 |y0| next to multiples of pi/2): the tail term is first-order
    const t0 = add(y0, y1);
    return v128.xor(tanKernel(t0, add(sub(y0, t0), y1), nb), v128.and(x, L(cSIGN)));
  }
  if (which == 1) nb = i64x2.add(nb, L(ci1)); // cos x = sin(|x| + pi/2)
  // the sign: bit 1 of the quadrant (and for sin the sign of x)
  let sgn = i64x2.shl(nb, 62);
  if (which == 0) sgn = v128.xor(sgn, x);
  return v128.xor(sinCosKernel(y0, y1, nb), v128.and(sgn, L(cSIGN)));
}

/** sin(x), f64 lanes. */
@inline export function sin_f64x2(x: v128): v128 { return trig(x, 0); }
/** cos(x), f64 lanes. */
@inline export function cos_f64x2(x: v128): v128 { return trig(x, 1); }
/** tan(x), f64 lanes. */
@inline export function tan_f64x2(x: v128): v128 { return trig(x, 2); }
@inline export function sin_f64(x: f64): f64 { return f64x2.extract_lane(sin_f64x2(f64x2.splat(x)), 0); }
@inline export function cos_f64(x: f64): f64 { return f64x2.extract_lane(cos_f64x2(f64x2.splat(x)), 0); }
@inline export function tan_f64(x: f64): f64 { return f64x2.extract_lane(tan_f64x2(f64x2.splat(x)), 0); }

// ---------------------------------------------------------------- f32
// Reduction in f64: 2-part Cody-Waite (m PIO2_1 exact for |m| <= 2^20, absolute error ~2^-66
// below MEDIUM, far below what any f32 input needs). Huge / inf / NaN lanes take the f64 functions.
// sin r = r (1 + z P(z)), z = r^2, |r| <= pi/2: relative error 2^-28.
const SINF_P = memory.data<f64>([
  2.6052943296427425e-06, -0.00019809352237715576, 0.008333062203729008, -0.16666659352132843,
]);
// tan: musl's __sindf / __cosdf on |r| <= pi/4 (relative error 2^-37.5 / 2^-34.1)
const SINDF_P = memory.data<f64>([
  0.0000027183114939898219064, -0.000198393348360966317347, 0.0083333293858894631756, -0.166666666416265235595,
]);
const COSDF_P = memory.data<f64>([
  0.0000243904487962774090654, -0.00138867637746099294692, 0.0416666233237390631894, -0.499999997251031003120,
]);

/** sin (cos = 1) of f64 lanes x holding f32 values, |x| < MEDIUM. */
@inline function sinCos32half(x: v128, cos: i32): v128 {
  // x = m pi/2 + r, m = 2k (sin) or 2k - 1 (cos, k = round(x/pi + 1/2)): the result is (-1)^k sin r
  let kdn = mul(x, L(cINVPI));
  if (cos) kdn = add(kdn, L(c0p5));
  kdn = add(kdn, L(cTOINT));
  const fk = sub(kdn, L(cTOINT));
  let fm = add(fk, fk);
  if (cos) fm = sub(fm, L(c1p0));
  const r = sub(sub(x, mul(fm, L(cPIO2_1))), mul(fm, L(cPIO2_1T)));
  const z = mul(r, r);
  return v128.xor(mul(r, add(L(c1p0), mul(z, polyL(z, SINF_P, 4)))), i64x2.shl(kdn, 63));
}

/** tan of f64 lanes x holding f32 values, |x| < MEDIUM. */
@inline function tan32half(x: v128): v128 {
  const kdn = add(mul(x, L(cINVPIO2)), L(cTOINT));
  const fn = sub(kdn, L(cTOINT));
  const r = sub(sub(x, mul(fn, L(cPIO2_1))), mul(fn, L(cPIO2_1T)));
  const z = mul(r, r);
  const s = add(r, mul(mul(z, r), polyL(z, SINDF_P, 4)));
  const c = add(L(c1p0), mul(z, polyL(z, COSDF_P, 4)));
  const odd = i64x2.eq(v128.and(kdn, L(ci1)), L(ci1));
  const res = div(sel(odd, f64x2.neg(c), s), sel(odd, s, c));
  return sel(f64x2.eq(x, F(0.0)), x, res); // tan(-0) = -0
}

@inline function trig32half(x: v128, which: i32): v128 {
  if (which == 2) return tan32half(x);
  return sinCos32half(x, which);
}

@inline function trig32(x: v128, which: i32): v128 {
  const lo = lo32(x), hi = hi32(x);
  const res = join32(trig32half(lo, which), trig32half(hi, which));
  const far = v128.not(f32x4.lt(f32x4.abs(x), f32x4.splat(<f32>MEDIUM)));
  if (!v128.any_true(far)) return res;
  let big: v128;
  if (which == 0) big = join32(sin_f64x2(lo), sin_f64x2(hi));
  else if (which == 1) big = join32(cos_f64x2(lo), cos_f64x2(hi));
  else big = join32(tan_f64x2(lo), tan_f64x2(hi));
  return sel(far, big, res);
}

@inline export function sin_f32x4(x: v128): v128 { return trig32(x, 0); }
@inline export function cos_f32x4(x: v128): v128 { return trig32(x, 1); }
@inline export function tan_f32x4(x: v128): v128 { return trig32(x, 2); }
@inline export function sin_f32(x: f32): f32 { return f32x4.extract_lane(sin_f32x4(f32x4.splat(x)), 0); }
@inline export function cos_f32(x: f32): f32 { return f32x4.extract_lane(cos_f32x4(f32x4.splat(x)), 0); }
@inline export function tan_f32(x: f32): f32 { return f32x4.extract_lane(tan_f32x4(f32x4.splat(x)), 0); }
