// sin, cos, tan. f64: reduction x = n pi/2 + (y0 + y1) by a 3-part Cody-Waite (fdlibm's
// __rem_pio2 medium path, always its first two rounds, the third when a lane cancels deeply),
// valid for |x| < 2^20 pi/2; larger lanes (and inf / NaN) go one by one through a Payne-Hanek
// reduction with 192 bits of 2/pi (remPio2Large, exact integer arithmetic). Kernels: fdlibm's
// __sin / __cos / __tan polynomials on [-pi/4, pi/4], both sin and cos computed and selected by
// the quadrant. f32: the f64 algorithm on two f64x2 halves.
import { F, I, L, sel, add, sub, mul, div, lo32, hi32, join32 } from "./common";
import { TWO_OVER_PI } from "./tables";

const TOINT: f64 = 6755399441055744.0; // 1.5 * 2^52
const INVPIO2: f64 = 6.36619772367581382433e-01;
const PIO2_1: f64 = 1.57079632673412561417e+00; // first 33 bits of pi/2
const PIO2_1T: f64 = 6.07710050650619224932e-11; // pi/2 - PIO2_1
const PIO2_2: f64 = 6.07710050630396597660e-11; // second 33 bits
const PIO2_2T: f64 = 2.02226624879595063154e-21;
const PIO2_3: f64 = 2.02226624871116645580e-21; // third 33 bits
const PIO2_3T: f64 = 8.47842766036889956997e-32;
const MEDIUM: f64 = 1647099.0; // |x| below this: Cody-Waite (n < 2^20)

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
const T0: f64 = 3.33333333333334091986e-01;
const T1: f64 = 1.33333333333201242699e-01;
const T2: f64 = 5.39682539762260521377e-02;
const T3: f64 = 2.18694882948595424599e-02;
const T4: f64 = 8.86323982359930005737e-03;
const T5: f64 = 3.59207910759131235356e-03;
const T6: f64 = 1.45620945432529025516e-03;
const T7: f64 = 5.88041240820264096874e-04;
const T8: f64 = 2.46463134818469906812e-04;
const T9: f64 = 7.81794442939557092300e-05;
const T10: f64 = 7.14072491382608190305e-05;
const T11: f64 = -1.85586374855275456654e-05;
const T12: f64 = 2.59073051863633712884e-05;
const PIO4: f64 = 7.85398163397448278999e-01;
const PIO4LO: f64 = 3.06161699786838301793e-17;

// splatted constants as static data: one 8 / 4-byte load-splat each (see common.ts L / L32)
const cS2 = memory.data<f64>([S2]);
const cS3 = memory.data<f64>([S3]);
const cS4 = memory.data<f64>([S4]);
const cS5 = memory.data<f64>([S5]);
const cS6 = memory.data<f64>([S6]);
const c0p5 = memory.data<f64>([0.5]);
const cS1 = memory.data<f64>([S1]);
const cC1 = memory.data<f64>([C1]);
const cC2 = memory.data<f64>([C2]);
const cC3 = memory.data<f64>([C3]);
const cC4 = memory.data<f64>([C4]);
const cC5 = memory.data<f64>([C5]);
const cC6 = memory.data<f64>([C6]);
const c1p0 = memory.data<f64>([1.0]);
const c0p6744 = memory.data<f64>([0.6744]);
const c0x8000000000000000 = memory.data<u64>([<u64>(0x8000000000000000)]);
const cPIO4 = memory.data<f64>([PIO4]);
const cPIO4LO = memory.data<f64>([PIO4LO]);
const cT1 = memory.data<f64>([T1]);
const cT3 = memory.data<f64>([T3]);
const cT5 = memory.data<f64>([T5]);
const cT7 = memory.data<f64>([T7]);
const cT9 = memory.data<f64>([T9]);
const cT11 = memory.data<f64>([T11]);
const cT2 = memory.data<f64>([T2]);
const cT4 = memory.data<f64>([T4]);
const cT6 = memory.data<f64>([T6]);
const cT8 = memory.data<f64>([T8]);
const cT10 = memory.data<f64>([T10]);
const cT12 = memory.data<f64>([T12]);
const cT0 = memory.data<f64>([T0]);
const cm1p0 = memory.data<f64>([-1.0]);
const c2p0 = memory.data<f64>([2.0]);
const c0xffffffff00000000 = memory.data<u64>([<u64>(0xffffffff00000000)]);
const cINVPIO2 = memory.data<f64>([INVPIO2]);
const cTOINT = memory.data<f64>([TOINT]);
const cPIO2_1 = memory.data<f64>([PIO2_1]);
const cPIO2_1T = memory.data<f64>([PIO2_1T]);
const cPIO2_2 = memory.data<f64>([PIO2_2]);
const cPIO2_2T = memory.data<f64>([PIO2_2T]);
const c1p7763568394002505em15 = memory.data<f64>([1.7763568394002505e-15]);
const cPIO2_3 = memory.data<f64>([PIO2_3]);
const cPIO2_3T = memory.data<f64>([PIO2_3T]);
const cMEDIUM = memory.data<f64>([MEDIUM]);
const c7p450580596923828em9 = memory.data<f64>([7.450580596923828e-9]);
const ci1 = memory.data<u64>([<u64>(1)]);
const ci2 = memory.data<u64>([<u64>(2)]);

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

/** x = n pi/2 + y0 + y1 for |x| >= 2^20 (and inf / NaN -> NaN). Returns f64x2 [y0, y1] with
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

// ---------------------------------------------------------------- kernels on [-pi/4, pi/4]
@inline function kSin(x: v128, y: v128): v128 {
  const z = mul(x, x);
  const w = mul(z, z);
  const r = add(add(L(cS2), mul(z, add(L(cS3), mul(z, L(cS4))))), mul(mul(z, w), add(L(cS5), mul(z, L(cS6)))));
  const v = mul(z, x);
  // x - ((z*(0.5*y - v*r) - y) - v*S1)
  return sub(x, sub(sub(mul(z, sub(mul(L(c0p5), y), mul(v, r))), y), mul(v, L(cS1))));
}

@inline function kCos(x: v128, y: v128): v128 {
  const z = mul(x, x);
  const w = mul(z, z);
  const r = add(mul(z, add(L(cC1), mul(z, add(L(cC2), mul(z, L(cC3)))))),
    mul(mul(w, w), add(L(cC4), mul(z, add(L(cC5), mul(z, L(cC6)))))));
  const hz = mul(L(c0p5), z);
  const w1 = sub(L(c1p0), hz);
  return add(w1, add(sub(sub(L(c1p0), w1), hz), sub(mul(z, r), mul(x, y))));
}

/** tan(x + y) (odd = 0 lanes) or -1/tan(x + y) (odd lanes all ones), |x + y| <= pi/4. */
@inline function kTan(x0: v128, y0: v128, odd: v128): v128 {
  const big = f64x2.ge(f64x2.abs(x0), L(c0p6744));
  const sgn = v128.and(x0, L(c0x8000000000000000));
  // big: x = (pi/4 - |x|) + (pio4lo - |y|), y = 0
  const xb = add(sub(L(cPIO4), f64x2.abs(x0)), sub(L(cPIO4LO), v128.xor(y0, sgn)));
  const x = sel(big, xb, x0);
  const y = sel(big, F(0.0), y0);
  const z = mul(x, x);
  const w = mul(z, z);
  const r0 = add(L(cT1), mul(w, add(L(cT3), mul(w, add(L(cT5), mul(w, add(L(cT7), mul(w, add(L(cT9), mul(w, L(cT11)))))))))));
  const v0 = mul(z, add(L(cT2), mul(w, add(L(cT4), mul(w, add(L(cT6), mul(w, add(L(cT8), mul(w, add(L(cT10), mul(w, L(cT12))))))))))));
  const s = mul(z, x);
  const r = add(add(y, mul(z, add(mul(s, add(r0, v0)), y))), mul(s, L(cT0)));
  const wv = add(x, r);
  // big lanes: s = 1 - 2*odd; v = s - 2*(x + (r - w*w/(w + s))); sign of the input
  const so = sel(odd, L(cm1p0), L(c1p0));
  const vb = sub(so, mul(L(c2p0), add(x, sub(r, div(mul(wv, wv), add(wv, so))))));
  const resBig = v128.xor(vb, sgn);
  // small odd lanes: -1/(x + r) accurately
  const w0 = v128.and(wv, L(c0xffffffff00000000));
  const v = sub(r, sub(w0, x));
  const a = div(L(cm1p0), wv);
  const a0 = v128.and(a, L(c0xffffffff00000000));
  const resOdd = add(a0, mul(a, add(add(L(c1p0), mul(a0, w0)), mul(a0, v))));
  return sel(big, resBig, sel(odd, resOdd, wv));
}

/** Cody-Waite reduction for |x| < 2^20 pi/2: x = n pi/2 + y0 + y1, then the kernel.
 *  which: 0 sin, 1 cos, 2 tan. Lanes with |x| >= MEDIUM / inf / NaN give garbage here. */
@inline function trigMedium(x: v128, which: i32): v128 {
  const kdn = add(mul(x, L(cINVPIO2)), L(cTOINT));
  const fn = sub(kdn, L(cTOINT));
  let r = sub(x, mul(fn, L(cPIO2_1)));
  // second round, good to 118 bits
  let t = r;
  let w = mul(fn, L(cPIO2_2));
  r = sub(t, w);
  w = sub(mul(fn, L(cPIO2_2T)), sub(sub(t, r), w));
  let y0 = sub(r, w);
  // third round where the result lost more than ~49 bits (rare), only in those lanes
  // (elsewhere round 2's r is inexact and its error sits in w)
  const deep = f64x2.lt(f64x2.abs(y0), mul(f64x2.abs(x), L(c1p7763568394002505em15)));
  if (v128.any_true(deep)) {
    t = r;
    const w3 = mul(fn, L(cPIO2_3));
    const r3 = sub(t, w3);
    w = sel(deep, sub(mul(fn, L(cPIO2_3T)), sub(sub(t, r3), w3)), w);
    r = sel(deep, r3, r);
    y0 = sub(r, w);
  }
  const y1 = sub(sub(r, y0), w);
  return trigKernel(x, y0, y1, kdn, which);
}

/** The kernels for x = n pi/2 + y0 + y1 (n in the low bits of the i64 lanes nb). */
@inline function trigKernel(x: v128, y0: v128, y1: v128, nb: v128, which: i32): v128 {
  const tiny = f64x2.lt(f64x2.abs(x), L(c7p450580596923828em9)); // 2^-27: sin, tan = x
  const odd = i64x2.eq(v128.and(nb, L(ci1)), L(ci1));
  if (which == 2) {
    return sel(tiny, x, kTan(y0, y1, odd));
  }
  const s = kSin(y0, y1);
  const c = kCos(y0, y1);
  if (which == 0) {
    const res = v128.xor(sel(odd, c, s), i64x2.shl(v128.and(nb, L(ci2)), 62));
    return sel(tiny, x, res);
  }
  return v128.xor(sel(odd, s, c), i64x2.shl(v128.and(i64x2.add(nb, L(ci1)), L(ci2)), 62));
}

/** Any lanes: medium ones as trigMedium, huge ones (and inf / NaN) by Payne-Hanek, lane by lane. */
function trigLarge(x: v128, which: i32): v128 {
  let y0 = F(0.0), y1 = F(0.0), nb = F(0.0);
  for (let lane = 0; lane < 2; lane++) {
    const xi = lane ? f64x2.extract_lane(x, 1) : f64x2.extract_lane(x, 0);
    let q: v128;
    if (Math.abs(xi) < MEDIUM) {
      // scalar copy of the medium reduction (same operations as trigMedium)
      const kdn = xi * INVPIO2 + TOINT;
      const fn = kdn - TOINT;
      let r = xi - fn * PIO2_1;
      let t = r;
      let w = fn * PIO2_2;
      r = t - w;
      w = fn * PIO2_2T - ((t - r) - w);
      let a = r - w;
      if (Math.abs(a) < Math.abs(xi) * 1.7763568394002505e-15) {
        t = r;
        const w3 = fn * PIO2_3;
        r = t - w3;
        w = fn * PIO2_3T - ((t - r) - w3);
        a = r - w;
      }
      const b = (r - a) - w;
      const nbits = (reinterpret<u64>(b) & ~(<u64>3)) | (reinterpret<u64>(kdn) & 3);
      q = f64x2.replace_lane(f64x2.splat(a), 1, reinterpret<f64>(nbits));
    } else {
      q = remPio2Large(xi);
    }
    if (lane) {
      y0 = f64x2.replace_lane(y0, 1, f64x2.extract_lane(q, 0));
      y1 = f64x2.replace_lane(y1, 1, f64x2.extract_lane(q, 1));
    } else {
      y0 = f64x2.replace_lane(y0, 0, f64x2.extract_lane(q, 0));
      y1 = f64x2.replace_lane(y1, 0, f64x2.extract_lane(q, 1));
    }
  }
  nb = y1; // n mod 4 sits in the two low bits of y1
  if (which == 0) return trigKernel(x, y0, y1, nb, 0);
  if (which == 1) return trigKernel(x, y0, y1, nb, 1);
  return trigKernel(x, y0, y1, nb, 2);
}

/** which: 0 sin, 1 cos, 2 tan. */
@inline function trig(x: v128, which: i32): v128 {
  if (v128.any_true(v128.not(f64x2.lt(f64x2.abs(x), L(cMEDIUM))))) return trigLarge(x, which);
  return trigMedium(x, which);
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
// sin, cos: the reduction in f64 lanes (2-part Cody-Waite: x - n PIO2_1 exact, - n PIO2_1T;
// absolute error ~2^-66 for |x| < MEDIUM, far below what any f32 input needs), r rounded once to
// f32, then f32 minimax polynomials on 4 lanes (sin: r + r^3 S(r^2), relative error 2^-28; cos:
// 1 - r^2/2 + r^4 C(r^2), 2^-33) and the quadrant select. sin works on |x| and puts the sign
// back last (sin(-0) = -0). tan: in f64 lanes with musl's __sindf / __cosdf (relative error
// 2^-37.5 / 2^-34.1), tan = sin / cos. Huge / inf / NaN lanes take the f64 functions.
const SF1: f64 = -0.166666666416265235595;
const SF2: f64 = 0.0083333293858894631756;
const SF3: f64 = -0.000198393348360966317347;
const SF4: f64 = 0.0000027183114939898219064;
const CF0: f64 = -0.499999997251031003120;
const CF1: f64 = 0.0416666233237390631894;
const CF2: f64 = -0.00138867637746099294692;
const CF3: f64 = 0.0000243904487962774090654;
const SS1: f32 = -0.16666654609547574;
const SS2: f32 = 0.008332160761808476;
const SS3: f32 = -0.00019515283186222855;
const CC1: f32 = 0.04166664568297828;
const CC2: f32 = -0.0013887316254480116;
const CC3: f32 = 2.4433157070351115e-05;

/** x - n pi/2 for f64 lanes x, kdn = x (2/pi) + TOINT (n in its low bits). */
@inline function rem32(x: v128, kdn: v128): v128 {
  const fn = sub(kdn, L(cTOINT));
  return sub(sub(x, mul(fn, L(cPIO2_1))), mul(fn, L(cPIO2_1T)));
}

/** which: 0 sin, 1 cos. */
@inline function sincos32(x: v128, which: i32): v128 {
  const ax = which == 0 ? v128.and(x, i32x4.splat(0x7fffffff)) : x;
  const lo = lo32(ax), hi = hi32(ax);
  const klo = add(mul(lo, L(cINVPIO2)), L(cTOINT));
  const khi = add(mul(hi, L(cINVPIO2)), L(cTOINT));
  const r = join32(rem32(lo, klo), rem32(hi, khi));
  const q = i32x4.shuffle(klo, khi, 0, 2, 4, 6); // n mod 2^32 per lane
  const z = f32x4.mul(r, r);
  const w = f32x4.mul(z, z);
  const ps = f32x4.add(f32x4.add(f32x4.splat(SS1), f32x4.mul(z, f32x4.splat(SS2))), f32x4.mul(w, f32x4.splat(SS3)));
  const s = f32x4.add(r, f32x4.mul(f32x4.mul(r, z), ps));
  const pc = f32x4.add(f32x4.add(f32x4.splat(CC1), f32x4.mul(z, f32x4.splat(CC2))), f32x4.mul(w, f32x4.splat(CC3)));
  const c = f32x4.sub(f32x4.splat(1.0), f32x4.sub(f32x4.mul(z, f32x4.splat(0.5)), f32x4.mul(w, pc)));
  const odd = i32x4.shr_s(i32x4.shl(q, 31), 31);
  // sin: quadrants s, c, -s, -c (and the sign of x); cos: c, -s, -c, s
  let res: v128;
  if (which == 0) res = v128.xor(v128.bitselect(c, s, odd), v128.andnot(v128.xor(i32x4.shl(q, 30), x), i32x4.splat(0x7fffffff)));
  else res = v128.xor(v128.bitselect(s, c, odd), i32x4.shl(i32x4.shr_u(i32x4.add(q, i32x4.splat(1)), 1), 31));
  // only the huge / inf / NaN lanes from the f64 functions: the others must not depend on
  // their neighbours (the scalar tail runs the same code on one lane)
  const huge = v128.not(f32x4.lt(f32x4.abs(x), f32x4.splat(<f32>MEDIUM)));
  if (v128.any_true(huge)) return v128.bitselect(trig32Slow(x, which), res, huge);
  return res;
}

/** Lanes with |x| >= MEDIUM, inf or NaN: the f64 functions. */
function trig32Slow(x: v128, which: i32): v128 {
  const lo = lo32(x), hi = hi32(x);
  if (which == 0) return join32(sin_f64x2(lo), sin_f64x2(hi));
  if (which == 1) return join32(cos_f64x2(lo), cos_f64x2(hi));
  return join32(tan_f64x2(lo), tan_f64x2(hi));
}

@inline function tan32half(x: v128): v128 {
  const kdn = add(mul(x, L(cINVPIO2)), L(cTOINT));
  const r = rem32(x, kdn);
  const z = mul(r, r);
  const w = mul(z, z);
  const zr = mul(z, r);
  const s = add(add(r, mul(zr, add(F(SF1), mul(z, F(SF2))))), mul(mul(zr, w), add(F(SF3), mul(z, F(SF4)))));
  const c = add(add(add(F(1.0), mul(z, F(CF0))), mul(w, F(CF1))), mul(mul(w, z), add(F(CF2), mul(z, F(CF3)))));
  const odd = i64x2.eq(v128.and(kdn, L(ci1)), L(ci1));
  const zero = f64x2.eq(x, F(0.0)); // keep the sign of zero
  return sel(zero, x, div(sel(odd, f64x2.neg(c), s), sel(odd, s, c)));
}

@inline export function sin_f32x4(x: v128): v128 { return sincos32(x, 0); }
@inline export function cos_f32x4(x: v128): v128 { return sincos32(x, 1); }
@inline export function tan_f32x4(x: v128): v128 {
  if (v128.any_true(v128.not(f32x4.lt(f32x4.abs(x), f32x4.splat(<f32>MEDIUM))))) return trig32Slow(x, 2);
  return join32(tan32half(lo32(x)), tan32half(hi32(x)));
}
@inline export function sin_f32(x: f32): f32 { return f32x4.extract_lane(sin_f32x4(f32x4.splat(x)), 0); }
@inline export function cos_f32(x: f32): f32 { return f32x4.extract_lane(cos_f32x4(f32x4.splat(x)), 0); }
@inline export function tan_f32(x: f32): f32 { return f32x4.extract_lane(tan_f32x4(f32x4.splat(x)), 0); }
