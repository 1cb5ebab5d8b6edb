// General real eigenproblems (np.linalg.eig / eigvals), LAPACK dgeev's pipeline step by step so
// that the eigenvalues come out in LAPACK's order and the eigenvectors with its signs: dgeev's
// range scaling (dlascl), dgebal (job 'B': permutations isolating eigenvalues, then scaling by
// powers of 2), dgehd2 (Householder reduction to upper Hessenberg; dlarfg / dlarf1f), dorghr /
// dorg2r (the Schur vectors' start Q), dhseqr -> dlahqr (Francis double-shift QR with the Ahues &
// Tisseur deflation test, exceptional shifts every KEXSH iterations, dlanv2's 2x2
// standardisation), dtrevc3 (right eigenvectors of T by back substitution, back-transformed by
// the Schur vectors), dgebak, and dgeev's unit 2-norm normalisation. LAPACK's dhseqr switches to
// dlaqr0 (aggressive early deflation) above n = 75; this file runs dlahqr at every size, so above
// 75 the values are the same but their order may differ from NumPy's.
//
// Matrices are column-major with leading dimension n and 1-based indices (as the Fortran), so
// the code reads line by line against the reference. The input stack is row-major (each matrix
// is transposed into the scratch on entry); the eigenvector output v holds VR column-major,
// i.e. row j of the row-major buffer is eigenvector j (the TS side transposes it).
import { Code } from "./dtypes";
import { el } from "./linalg_util";

/** Address of A(i, j) (1-based) in a column-major matrix with leading dimension ld. */
@inline function ix<T>(p: usize, ld: i32, i: i32, j: i32): usize {
  return p + ((<usize>(i - 1) + <usize>(j - 1) * <usize>ld) << alignof<T>());
}
@inline function get<T>(p: usize, ld: i32, i: i32, j: i32): T { return load<T>(ix<T>(p, ld, i, j)); }
@inline function put<T>(p: usize, ld: i32, i: i32, j: i32, v: T): void { store<T>(ix<T>(p, ld, i, j), v); }
/** Element i (1-based) of a vector. */
@inline function vx<T>(p: usize, i: i32): usize { return p + (<usize>(i - 1) << alignof<T>()); }
@inline function vget<T>(p: usize, i: i32): T { return load<T>(vx<T>(p, i)); }
@inline function vput<T>(p: usize, i: i32, v: T): void { store<T>(vx<T>(p, i), v); }

// Fortran's SIGN(a, b) as gfortran (NumPy's LAPACK) has it: b's sign bit, so SIGN(a, -0.0) = -|a|
@inline function fsign<T>(a: T, b: T): T { return copysign<T>(abs<T>(a), b); }
// dlamch: 'S' safe minimum, 'P' precision (eps * base), 'E' eps
@inline function safmin<T>(): T { return sizeof<T>() == 4 ? <T>1.1754943508222875e-38 : <T>2.2250738585072014e-308; }
@inline function prec<T>(): T { return sizeof<T>() == 4 ? <T>1.1920928955078125e-7 : <T>2.220446049250313e-16; }
@inline function epsE<T>(): T { return sizeof<T>() == 4 ? <T>5.960464477539063e-8 : <T>1.1102230246251565e-16; }

let gIlo = 0, gIhi = 0;   // dgebal's ilo / ihi
let gCs: f64 = 0, gSn: f64 = 0;   // dlanv2's rotation

/** dnrm2 of n elements stride inc (elements). OpenBLAS's x86-64 dnrm2 (the one NumPy's LAPACK
 *  calls) sums the squares in x87 extended precision, so its result is almost always the
 *  correctly rounded norm; this sums them in double-double (Dekker's exact products) and rounds
 *  the square root once, after a power-of-2 prescaling that keeps the squares in range. */
function nrm2s<T>(x: usize, inc: i32, n: i32): T {
  const step = <usize>inc << alignof<T>();
  let amax: f64 = 0;
  let p = x;
  for (let i = 0; i < n; i++, p += step) amax = max<f64>(amax, abs<f64>(<f64>load<T>(p)));
  if (amax == 0 || n == 1) return <T>amax;
  // 2^-e with amax * 2^-e in [1, 2) (below 1 for subnormals, where e = -1023): exact scaling,
  // by two powers of 2 where 2^-e alone is out of the normal range (subnormal or huge amax)
  const e = <i32>((reinterpret<u64>(amax) >> 52) & 0x7ff) - 1023;
  const h = e < -1000 ? 600 : e > 1000 ? -600 : 0;
  const s1 = reinterpret<f64>(<u64>(1023 + h) << 52), s2 = reinterpret<f64>(<u64>(1023 - e - h) << 52);
  let hi: f64 = 0, lo: f64 = 0;
  p = x;
  for (let i = 0; i < n; i++, p += step) {
    const a = <f64>load<T>(p) * s1 * s2;
    const q = a * a;
    const c = 134217729.0 * a;
    const ah = c - (c - a), al = a - ah;
    const qe = ((ah * ah - q) + 2 * ah * al) + al * al;
    const s = hi + q;
    const bv = s - hi;
    const se = (hi - (s - bv)) + (q - bv);
    hi = s;
    lo += se + qe;
  }
  let r = sqrt<f64>(hi + lo);
  const rr = r * r;
  const c2 = 134217729.0 * r;
  const rh = c2 - (c2 - r), rl = r - rh;
  const rre = ((rh * rh - rr) + 2 * rh * rl) + rl * rl;
  r += (((hi - rr) - rre) + lo) / (2 * r);
  return <T>(r / s2 / s1);
}

function lapy2<T>(x: T, y: T): T {
  const xa = abs<T>(x), ya = abs<T>(y);
  const w = max<T>(xa, ya), z = min<T>(xa, ya);
  if (z == <T>0) return w;
  const q = z / w;
  return w * sqrt<T>(<T>1 + q * q);
}

/** dlascl('G'): the m x n column-major block a (ld) multiplied by cto / cfrom without over/underflow. */
function lascl<T>(cfrom: T, cto: T, m: i32, n: i32, a: usize, ld: i32): void {
  const smlnum = safmin<T>(), bignum = <T>1 / smlnum;
  let cfromc = cfrom, ctoc = cto;
  let done = false;
  while (!done) {
    const cfrom1 = cfromc * smlnum;
    let mul: T;
    if (cfrom1 == cfromc) { mul = ctoc / cfromc; done = true; }
    else {
      const cto1 = ctoc / bignum;
      if (cto1 == ctoc) { mul = ctoc; done = true; cfromc = <T>1; }
      else if (abs<T>(cfrom1) > abs<T>(ctoc) && ctoc != <T>0) { mul = smlnum; cfromc = cfrom1; }
      else if (abs<T>(cto1) > abs<T>(cfromc)) { mul = bignum; ctoc = cto1; }
      else { mul = ctoc / cfromc; done = true; if (mul == <T>1) return; }
    }
    for (let j = 1; j <= n; j++) for (let i = 1; i <= m; i++) put<T>(a, ld, i, j, get<T>(a, ld, i, j) * mul);
  }
}

/** dlarfg: H (I - tau v v') with v(1) = 1 maps (alpha, x) to (beta, 0); alpha at pa, x (n - 1
 *  elements, stride inc) overwritten by v(2:n); returns tau. */
function larfg<T>(n: i32, pa: usize, x: usize, inc: i32): T {
  if (n <= 1) return <T>0;
  let xnorm = nrm2s<T>(x, inc, n - 1);
  if (xnorm == <T>0) return <T>0;
  let alpha = load<T>(pa);
  let beta = -fsign<T>(lapy2<T>(alpha, xnorm), alpha);
  const sfmin = safmin<T>() / epsE<T>();
  let knt = 0;
  const step = <usize>inc << alignof<T>();
  if (abs<T>(beta) < sfmin) {
    const rsafmn = <T>1 / sfmin;
    do {
      knt++;
      for (let i = 0, p = x; i < n - 1; i++, p += step) store<T>(p, load<T>(p) * rsafmn);
      beta *= rsafmn;
      alpha *= rsafmn;
    } while (abs<T>(beta) < sfmin && knt < 20);
    xnorm = nrm2s<T>(x, inc, n - 1);
    beta = -fsign<T>(lapy2<T>(alpha, xnorm), alpha);
  }
  const tau = (beta - alpha) / beta;
  const s = <T>1 / (alpha - beta);
  for (let i = 0, p = x; i < n - 1; i++, p += step) store<T>(p, load<T>(p) * s);
  for (let j = 0; j < knt; j++) beta *= sfmin;
  store<T>(pa, beta);
  return tau;
}

/** a * b + c rounded once (an FMA, in software: Dekker's exact product, then Knuth's two-sum).
 *  OpenBLAS's daxpy / dger kernels (the updates inside LAPACK's dlarf1f) fuse their multiply-adds;
 *  doing the same keeps the Hessenberg matrix's rounding (and, where exact arithmetic would leave
 *  zeros, its rounding noise) close to NumPy's, which decides the eigenvalues' order in such
 *  degenerate cases. */
@inline function fmaS<T>(a: T, b: T, c: T): T {
  if (sizeof<T>() != 8) return a * b + c;
  const x = <f64>a, y = <f64>b, z = <f64>c;
  const p = x * y;
  const cx = 134217729.0 * x, xh = cx - (cx - x), xl = x - xh;
  const cy = 134217729.0 * y, yh = cy - (cy - y), yl = y - yh;
  const pe = ((xh * yh - p) + xh * yl + xl * yh) + xl * yl;
  const s = p + z;
  const bv = s - p;
  const se = (p - (s - bv)) + (z - bv);
  return <T>(s + (se + pe));
}

/** dlarf1f('Left'): C (m x nc, at c, ld) = (I - tau v v') C, v(1) = 1 implied, v(2:m) at v + 1;
 *  fused: the updates as FMAs (OpenBLAS's rounding; slower, so only where the order is matched). */
function larfLeft<T>(m: i32, nc: i32, v: usize, tau: T, c: usize, ld: i32, w: usize, fused: bool): void {
  if (tau == <T>0 || nc <= 0) return;
  for (let j = 1; j <= nc; j++) {
    let s: T = <T>0;
    for (let i = 2; i <= m; i++) s += get<T>(c, ld, i, j) * vget<T>(v, i);
    vput<T>(w, j, s + get<T>(c, ld, 1, j));
  }
  if (fused) {
    for (let j = 1; j <= nc; j++) {
      put<T>(c, ld, 1, j, fmaS<T>(-tau, vget<T>(w, j), get<T>(c, ld, 1, j)));
      const t = -tau * vget<T>(w, j);
      for (let i = 2; i <= m; i++) put<T>(c, ld, i, j, fmaS<T>(t, vget<T>(v, i), get<T>(c, ld, i, j)));
    }
    return;
  }
  for (let j = 1; j <= nc; j++) {
    const t = tau * vget<T>(w, j);
    put<T>(c, ld, 1, j, get<T>(c, ld, 1, j) - t);
    for (let i = 2; i <= m; i++) put<T>(c, ld, i, j, get<T>(c, ld, i, j) - t * vget<T>(v, i));
  }
}

/** dlarf1f('Right'): C (mr x n, at c, ld) = C (I - tau v v'), v(1) = 1 implied, v(2:n); fused as larfLeft. */
function larfRight<T>(mr: i32, n: i32, v: usize, tau: T, c: usize, ld: i32, w: usize, fused: bool): void {
  if (tau == <T>0 || mr <= 0) return;
  for (let i = 1; i <= mr; i++) vput<T>(w, i, <T>0);
  for (let j = 2; j <= n; j++) {
    const vj = vget<T>(v, j);
    for (let i = 1; i <= mr; i++) vput<T>(w, i, vget<T>(w, i) + get<T>(c, ld, i, j) * vj);
  }
  for (let i = 1; i <= mr; i++) {
    const wi = vget<T>(w, i) + get<T>(c, ld, i, 1);
    vput<T>(w, i, wi);
    put<T>(c, ld, i, 1, fused ? fmaS<T>(-tau, wi, get<T>(c, ld, i, 1)) : get<T>(c, ld, i, 1) - tau * wi);
  }
  if (fused) {
    for (let j = 2; j <= n; j++) {
      const t = -tau * vget<T>(v, j);
      for (let i = 1; i <= mr; i++) put<T>(c, ld, i, j, fmaS<T>(t, vget<T>(w, i), get<T>(c, ld, i, j)));
    }
    return;
  }
  for (let j = 2; j <= n; j++) {
    const t = tau * vget<T>(v, j);
    for (let i = 1; i <= mr; i++) put<T>(c, ld, i, j, get<T>(c, ld, i, j) - vget<T>(w, i) * t);
  }
}

@inline function swapS<T>(x: usize, y: usize, inc: i32, n: i32): void {
  const step = <usize>inc << alignof<T>();
  for (let i = 0; i < n; i++, x += step, y += step) { const t = load<T>(x); store<T>(x, load<T>(y)); store<T>(y, t); }
}

/** dgebal('B'): permutations and power-of-2 scaling; scale(1:n) as LAPACK's; gIlo / gIhi. */
function gebal<T>(n: i32, a: usize, scale: usize): void {
  let k = 1, l = n;
  let noconv = true;
  while (noconv) {
    noconv = false;
    for (let i = l; i >= 1; i--) {
      let canswap = true;
      for (let j = 1; j <= l; j++) {
        if (i != j && get<T>(a, n, i, j) != <T>0) { canswap = false; break; }
      }
      if (canswap) {
        vput<T>(scale, l, <T>i);
        if (i != l) {
          swapS<T>(ix<T>(a, n, 1, i), ix<T>(a, n, 1, l), 1, l);
          swapS<T>(ix<T>(a, n, i, k), ix<T>(a, n, l, k), n, n - k + 1);
        }
        noconv = true;
        if (l == 1) { gIlo = 1; gIhi = 1; return; }
        l--;
      }
    }
  }
  noconv = true;
  while (noconv) {
    noconv = false;
    for (let j = k; j <= l; j++) {
      let canswap = true;
      for (let i = k; i <= l; i++) {
        if (i != j && get<T>(a, n, i, j) != <T>0) { canswap = false; break; }
      }
      if (canswap) {
        vput<T>(scale, k, <T>j);
        if (j != k) {
          swapS<T>(ix<T>(a, n, 1, j), ix<T>(a, n, 1, k), 1, l);
          swapS<T>(ix<T>(a, n, j, k), ix<T>(a, n, k, k), n, n - k + 1);
        }
        noconv = true;
        k++;
      }
    }
  }
  for (let i = k; i <= l; i++) vput<T>(scale, i, <T>1);
  const sclfac: T = <T>2, factor: T = <T>0.95;
  const sfmin1 = safmin<T>() / prec<T>(), sfmax1 = <T>1 / sfmin1;
  const sfmin2 = sfmin1 * sclfac, sfmax2 = <T>1 / sfmin2;
  noconv = true;
  while (noconv) {
    noconv = false;
    for (let i = k; i <= l; i++) {
      let c = nrm2s<T>(ix<T>(a, n, k, i), 1, l - k + 1);
      let r = nrm2s<T>(ix<T>(a, n, i, k), n, l - k + 1);
      let ca: T = <T>0, ra: T = <T>0;
      for (let t = 1; t <= l; t++) ca = max<T>(ca, abs<T>(get<T>(a, n, t, i)));
      for (let t = k; t <= n; t++) ra = max<T>(ra, abs<T>(get<T>(a, n, i, t)));
      if (c == <T>0 || r == <T>0) continue;
      let g = r / sclfac;
      let f: T = <T>1;
      const s = c + r;
      while (c < g && max<T>(f, max<T>(c, ca)) < sfmax2 && min<T>(r, min<T>(g, ra)) > sfmin2) {
        f *= sclfac; c *= sclfac; ca *= sclfac; r /= sclfac; g /= sclfac; ra /= sclfac;
      }
      g = c / sclfac;
      while (g >= r && max<T>(r, ra) < sfmax2 && min<T>(min<T>(f, c), min<T>(g, ca)) > sfmin2) {
        f /= sclfac; c /= sclfac; g /= sclfac; ca /= sclfac; r *= sclfac; ra *= sclfac;
      }
      if (c + r >= factor * s) continue;
      const si = vget<T>(scale, i);
      if (f < <T>1 && si < <T>1) { if (f * si <= sfmin1) continue; }
      if (f > <T>1 && si > <T>1) { if (si >= sfmax1 / f) continue; }
      g = <T>1 / f;
      vput<T>(scale, i, si * f);
      noconv = true;
      for (let t = k; t <= n; t++) put<T>(a, n, i, t, get<T>(a, n, i, t) * g);
      for (let t = 1; t <= l; t++) put<T>(a, n, t, i, get<T>(a, n, t, i) * f);
    }
  }
  gIlo = k; gIhi = l;
}

/** dgehd2: a (n x n) to upper Hessenberg between ilo and ihi; reflectors below the subdiagonal,
 *  their tau(ilo:ihi-1). w: n elements. */
function gehd2<T>(n: i32, ilo: i32, ihi: i32, a: usize, tau: usize, w: usize): void {
  for (let i = ilo; i <= ihi - 1; i++) {
    const t = larfg<T>(ihi - i, ix<T>(a, n, i + 1, i), ix<T>(a, n, min(i + 2, n), i), 1);
    vput<T>(tau, i, t);
    const v = ix<T>(a, n, i + 1, i);   // v(1) is implied 1 (the stored beta is never read)
    larfRight<T>(ihi, ihi - i, v, t, ix<T>(a, n, 1, i + 1), n, w, n <= 75);
    larfLeft<T>(ihi - i, n - i, v, t, ix<T>(a, n, i + 1, i + 1), n, w, n <= 75);
  }
}

/** dorghr (+ dorg2r): q (n x n) = the orthogonal matrix of gehd2's reflectors held in a. */
function orghr<T>(n: i32, ilo: i32, ihi: i32, a: usize, tau: usize, q: usize, w: usize): void {
  for (let j = 1; j <= n; j++) for (let i = 1; i <= n; i++) put<T>(q, n, i, j, <T>(i == j ? 1 : 0));
  const nh = ihi - ilo;
  if (nh <= 0) return;
  // shift the reflector vectors one column right: column j holds reflector j-1's v(2:)
  for (let j = ilo + 1; j <= ihi; j++) for (let i = j + 1; i <= ihi; i++) put<T>(q, n, i, j, get<T>(a, n, i, j - 1));
  // dorg2r(nh, nh, nh) on the block q(ilo+1:ihi, ilo+1:ihi) with tau(ilo:ihi-1)
  const b = ix<T>(q, n, ilo + 1, ilo + 1);
  const m = nh;
  for (let i = nh; i >= 1; i--) {
    const t = vget<T>(tau, ilo + i - 1);
    if (i < nh) larfLeft<T>(m - i + 1, nh - i, ix<T>(b, n, i, i), t, ix<T>(b, n, i, i + 1), n, w, n <= 75);
    for (let l = i + 1; l <= m; l++) put<T>(b, n, l, i, get<T>(b, n, l, i) * -t);
    put<T>(b, n, i, i, <T>1 - t);
    for (let l = 1; l <= i - 1; l++) put<T>(b, n, l, i, <T>0);
  }
}

/** drot on n element pairs (strides incx, incy): x = c x + s y, y = c y - s x, each fused as
 *  OpenBLAS's Haswell kernel rounds them (fma(c, x, s y), fma(c, y, -(s x))). */
function rot<T>(n: i32, x: usize, incx: i32, y: usize, incy: i32, c: T, s: T): void {
  const sx = <usize>incx << alignof<T>(), sy = <usize>incy << alignof<T>();
  for (let i = 0; i < n; i++, x += sx, y += sy) {
    const a = load<T>(x), b = load<T>(y);
    store<T>(x, fmaS<T>(c, a, s * b));
    store<T>(y, fmaS<T>(c, b, -(s * a)));
  }
}

/** dlanv2: the 2x2 block at pa pb / pc pd (a b; c d) in standard Schur form, in place; its
 *  eigenvalues into (rt1r, rt1i) at p1r / p1i and (rt2r, rt2i) at p2r / p2i; rotation in gCs / gSn. */
function lanv2<T>(pa: usize, pb: usize, pc: usize, pd: usize, p1r: usize, p1i: usize, p2r: usize, p2i: usize): void {
  let a = load<T>(pa), b = load<T>(pb), c = load<T>(pc), d = load<T>(pd);
  const multpl: T = <T>4;
  const eps = prec<T>();
  const safmn2: T = sizeof<T>() == 4 ? <T>4.440892098500626e-16 : <T>1.0020841800044864e-146;   // 2^-51, 2^-485
  const safmx2 = <T>1 / safmn2;
  let cs: T = <T>1, sn: T = <T>0;
  if (c == <T>0) {
    cs = <T>1; sn = <T>0;
  } else if (b == <T>0) {
    cs = <T>0; sn = <T>1;
    const temp = d; d = a; a = temp; b = -c; c = <T>0;
  } else if (a - d == <T>0 && fsign<T>(<T>1, b) != fsign<T>(<T>1, c)) {
    cs = <T>1; sn = <T>0;
  } else {
    let temp = a - d;
    let p = <T>0.5 * temp;
    const bcmax = max<T>(abs<T>(b), abs<T>(c));
    const bcmis = min<T>(abs<T>(b), abs<T>(c)) * fsign<T>(<T>1, b) * fsign<T>(<T>1, c);
    let scale = max<T>(abs<T>(p), bcmax);
    let z = (p / scale) * p + (bcmax / scale) * bcmis;
    if (z >= multpl * eps) {
      // real eigenvalues
      z = p + fsign<T>(sqrt<T>(scale) * sqrt<T>(z), p);
      a = d + z;
      d = d - (bcmax / z) * bcmis;
      const tau = lapy2<T>(c, z);
      cs = z / tau;
      sn = c / tau;
      b = b - c;
      c = <T>0;
    } else {
      // complex or nearly equal real eigenvalues: make the diagonal equal
      let count = 0;
      let sigma = b + c;
      while (true) {
        count++;
        scale = max<T>(abs<T>(temp), abs<T>(sigma));
        if (scale >= safmx2) {
          sigma *= safmn2; temp *= safmn2;
          if (count <= 20) continue;
        }
        if (scale <= safmn2) {
          sigma *= safmx2; temp *= safmx2;
          if (count <= 20) continue;
        }
        break;
      }
      p = <T>0.5 * temp;
      let tau = lapy2<T>(sigma, temp);
      cs = sqrt<T>(<T>0.5 * (<T>1 + abs<T>(sigma) / tau));
      sn = -(p / (tau * cs)) * fsign<T>(<T>1, sigma);
      const aa = a * cs + b * sn;
      const bb = -a * sn + b * cs;
      const cc = c * cs + d * sn;
      const dd = -c * sn + d * cs;
      a = aa * cs + cc * sn;
      b = bb * cs + dd * sn;
      c = -(aa * sn) + cc * cs;
      d = -bb * sn + dd * cs;
      temp = <T>0.5 * (a + d);
      a = temp;
      d = temp;
      if (c != <T>0) {
        if (b != <T>0) {
          if (fsign<T>(<T>1, b) == fsign<T>(<T>1, c)) {
            // real eigenvalues: reduce to upper triangular form
            const sab = sqrt<T>(abs<T>(b));
            const sac = sqrt<T>(abs<T>(c));
            p = fsign<T>(sab * sac, c);
            tau = <T>1 / sqrt<T>(abs<T>(b + c));
            a = temp + p;
            d = temp - p;
            b = b - c;
            c = <T>0;
            const cs1 = sab * tau;
            const sn1 = sac * tau;
            const t2 = cs * cs1 - sn * sn1;
            sn = cs * sn1 + sn * cs1;
            cs = t2;
          }
        } else {
          b = -c;
          c = <T>0;
          const t2 = cs;
          cs = -sn;
          sn = t2;
        }
      }
    }
  }
  store<T>(pa, a); store<T>(pb, b); store<T>(pc, c); store<T>(pd, d);
  store<T>(p1r, a); store<T>(p2r, d);
  if (c == <T>0) { store<T>(p1i, <T>0); store<T>(p2i, <T>0); }
  else {
    const rti = sqrt<T>(abs<T>(b)) * sqrt<T>(abs<T>(c));
    store<T>(p1i, rti); store<T>(p2i, -rti);
  }
  gCs = <f64>cs; gSn = <f64>sn;
}

/** dlahqr: eigenvalues of the Hessenberg h (n x n) rows / columns ilo..ihi into wr / wi; with
 *  wantt the Schur form T in h, with wantz the rotations also applied to rows iloz..ihiz of z.
 *  v3: 3 elements of scratch. Returns 0, or the row (> 0) whose eigenvalue did not converge. */
function lahqr<T>(wantt: bool, wantz: bool, n: i32, ilo: i32, ihi: i32, h: usize, wr: usize, wi: usize,
                  iloz: i32, ihiz: i32, z: usize, v3: usize): i32 {
  if (n == 0) return 0;
  if (ilo == ihi) {
    vput<T>(wr, ilo, get<T>(h, n, ilo, ilo));
    vput<T>(wi, ilo, <T>0);
    return 0;
  }
  for (let j = ilo; j <= ihi - 3; j++) { put<T>(h, n, j + 2, j, <T>0); put<T>(h, n, j + 3, j, <T>0); }
  if (ilo <= ihi - 2) put<T>(h, n, ihi, ihi - 2, <T>0);
  const nh = ihi - ilo + 1;
  const nz = ihiz - iloz + 1;
  const sfmin = safmin<T>();
  const ulp = prec<T>();
  const smlnum = sfmin * (<T>nh / ulp);
  let i1 = 1, i2 = n;
  if (wantt) { i1 = 1; i2 = n; }
  const itmax = 30 * max(10, nh);
  const dat1: T = <T>0.75, dat2: T = <T>-0.4375;
  const kexsh = 10;
  let kdefl = 0;
  let i = ihi;
  const v1p = vx<T>(v3, 1), v2p = vx<T>(v3, 2);
  while (i >= ilo) {
    let l = ilo;
    let converged = false;
    for (let its = 0; its <= itmax; its++) {
      // look for a single small subdiagonal element
      let k = i;
      for (; k >= l + 1; k--) {
        const hkk1 = abs<T>(get<T>(h, n, k, k - 1));
        if (hkk1 <= smlnum) break;
        let tst = abs<T>(get<T>(h, n, k - 1, k - 1)) + abs<T>(get<T>(h, n, k, k));
        if (tst == <T>0) {
          if (k - 2 >= ilo) tst += abs<T>(get<T>(h, n, k - 1, k - 2));
          if (k + 1 <= ihi) tst += abs<T>(get<T>(h, n, k + 1, k));
        }
        if (hkk1 <= ulp * tst) {
          const hk1k = abs<T>(get<T>(h, n, k - 1, k));
          const ab = max<T>(hkk1, hk1k);
          const ba = min<T>(hkk1, hk1k);
          const hkk = get<T>(h, n, k, k);
          const dd = abs<T>(get<T>(h, n, k - 1, k - 1) - hkk);
          const aa = max<T>(abs<T>(hkk), dd);
          const bb = min<T>(abs<T>(hkk), dd);
          const s = aa + ab;
          if (ba * (ab / s) <= max<T>(smlnum, ulp * (bb * (aa / s)))) break;
        }
      }
      l = k;
      if (l > ilo) put<T>(h, n, l, l - 1, <T>0);
      if (l >= i - 1) { converged = true; break; }
      kdefl++;
      if (!wantt) { i1 = l; i2 = i; }
      let h11: T, h12: T, h21: T, h22: T, s: T;
      if (kdefl % (2 * kexsh) == 0) {
        // exceptional shift
        s = abs<T>(get<T>(h, n, i, i - 1)) + abs<T>(get<T>(h, n, i - 1, i - 2));
        h11 = dat1 * s + get<T>(h, n, i, i);
        h12 = dat2 * s;
        h21 = s;
        h22 = h11;
      } else if (kdefl % kexsh == 0) {
        s = abs<T>(get<T>(h, n, l + 1, l)) + abs<T>(get<T>(h, n, l + 2, l + 1));
        h11 = dat1 * s + get<T>(h, n, l, l);
        h12 = dat2 * s;
        h21 = s;
        h22 = h11;
      } else {
        h11 = get<T>(h, n, i - 1, i - 1);
        h21 = get<T>(h, n, i, i - 1);
        h12 = get<T>(h, n, i - 1, i);
        h22 = get<T>(h, n, i, i);
      }
      s = abs<T>(h11) + abs<T>(h12) + abs<T>(h21) + abs<T>(h22);
      let rt1r: T, rt1i: T, rt2r: T, rt2i: T;
      if (s == <T>0) {
        rt1r = <T>0; rt1i = <T>0; rt2r = <T>0; rt2i = <T>0;
      } else {
        h11 /= s; h21 /= s; h12 /= s; h22 /= s;
        const tr = (h11 + h22) / <T>2;
        const det = (h11 - tr) * (h22 - tr) - h12 * h21;
        const rtdisc = sqrt<T>(abs<T>(det));
        if (det >= <T>0) {
          rt1r = tr * s; rt2r = rt1r; rt1i = rtdisc * s; rt2i = -rt1i;
        } else {
          rt1r = tr + rtdisc;
          rt2r = tr - rtdisc;
          if (abs<T>(rt1r - h22) <= abs<T>(rt2r - h22)) { rt1r = rt1r * s; rt2r = rt1r; }
          else { rt2r = rt2r * s; rt1r = rt2r; }
          rt1i = <T>0; rt2i = <T>0;
        }
      }
      // look for two consecutive small subdiagonal elements
      let m = i - 2;
      for (; m >= l; m--) {
        let h21s = get<T>(h, n, m + 1, m);
        const hmm = get<T>(h, n, m, m);
        s = abs<T>(hmm - rt2r) + abs<T>(rt2i) + abs<T>(h21s);
        h21s = get<T>(h, n, m + 1, m) / s;
        let a1 = h21s * get<T>(h, n, m, m + 1) + (hmm - rt1r) * ((hmm - rt2r) / s) - rt1i * (rt2i / s);
        let a2 = h21s * (hmm + get<T>(h, n, m + 1, m + 1) - rt1r - rt2r);
        let a3 = h21s * get<T>(h, n, m + 2, m + 1);
        s = abs<T>(a1) + abs<T>(a2) + abs<T>(a3);
        a1 /= s; a2 /= s; a3 /= s;
        vput<T>(v3, 1, a1); vput<T>(v3, 2, a2); vput<T>(v3, 3, a3);
        if (m == l) break;
        const hmm1 = abs<T>(get<T>(h, n, m, m - 1)) * (abs<T>(a2) + abs<T>(a3));
        const t = ulp * abs<T>(a1) * (abs<T>(get<T>(h, n, m - 1, m - 1)) + abs<T>(hmm) + abs<T>(get<T>(h, n, m + 1, m + 1)));
        if (hmm1 <= t) break;
      }
      // double-shift QR step
      for (let k2 = m; k2 <= i - 1; k2++) {
        const nr = min(3, i - k2 + 1);
        if (k2 > m) for (let t = 0; t < nr; t++) vput<T>(v3, t + 1, get<T>(h, n, k2 + t, k2 - 1));
        const t1 = larfg<T>(nr, v1p, v2p, 1);
        if (k2 > m) {
          put<T>(h, n, k2, k2 - 1, vget<T>(v3, 1));
          put<T>(h, n, k2 + 1, k2 - 1, <T>0);
          if (k2 < i - 1) put<T>(h, n, k2 + 2, k2 - 1, <T>0);
        } else if (m > l) {
          put<T>(h, n, k2, k2 - 1, get<T>(h, n, k2, k2 - 1) * (<T>1 - t1));
        }
        const v2 = vget<T>(v3, 2);
        const t2 = t1 * v2;
        if (nr == 3) {
          const v3v = vget<T>(v3, 3);
          const t3 = t1 * v3v;
          for (let j = k2; j <= i2; j++) {
            const sum = get<T>(h, n, k2, j) + v2 * get<T>(h, n, k2 + 1, j) + v3v * get<T>(h, n, k2 + 2, j);
            put<T>(h, n, k2, j, get<T>(h, n, k2, j) - sum * t1);
            put<T>(h, n, k2 + 1, j, get<T>(h, n, k2 + 1, j) - sum * t2);
            put<T>(h, n, k2 + 2, j, get<T>(h, n, k2 + 2, j) - sum * t3);
          }
          const jm = min(k2 + 3, i);
          for (let j = i1; j <= jm; j++) {
            const sum = get<T>(h, n, j, k2) + v2 * get<T>(h, n, j, k2 + 1) + v3v * get<T>(h, n, j, k2 + 2);
            put<T>(h, n, j, k2, get<T>(h, n, j, k2) - sum * t1);
            put<T>(h, n, j, k2 + 1, get<T>(h, n, j, k2 + 1) - sum * t2);
            put<T>(h, n, j, k2 + 2, get<T>(h, n, j, k2 + 2) - sum * t3);
          }
          if (wantz) {
            for (let j = iloz; j <= ihiz; j++) {
              const sum = get<T>(z, n, j, k2) + v2 * get<T>(z, n, j, k2 + 1) + v3v * get<T>(z, n, j, k2 + 2);
              put<T>(z, n, j, k2, get<T>(z, n, j, k2) - sum * t1);
              put<T>(z, n, j, k2 + 1, get<T>(z, n, j, k2 + 1) - sum * t2);
              put<T>(z, n, j, k2 + 2, get<T>(z, n, j, k2 + 2) - sum * t3);
            }
          }
        } else if (nr == 2) {
          for (let j = k2; j <= i2; j++) {
            const sum = get<T>(h, n, k2, j) + v2 * get<T>(h, n, k2 + 1, j);
            put<T>(h, n, k2, j, get<T>(h, n, k2, j) - sum * t1);
            put<T>(h, n, k2 + 1, j, get<T>(h, n, k2 + 1, j) - sum * t2);
          }
          for (let j = i1; j <= i; j++) {
            const sum = get<T>(h, n, j, k2) + v2 * get<T>(h, n, j, k2 + 1);
            put<T>(h, n, j, k2, get<T>(h, n, j, k2) - sum * t1);
            put<T>(h, n, j, k2 + 1, get<T>(h, n, j, k2 + 1) - sum * t2);
          }
          if (wantz) {
            for (let j = iloz; j <= ihiz; j++) {
              const sum = get<T>(z, n, j, k2) + v2 * get<T>(z, n, j, k2 + 1);
              put<T>(z, n, j, k2, get<T>(z, n, j, k2) - sum * t1);
              put<T>(z, n, j, k2 + 1, get<T>(z, n, j, k2 + 1) - sum * t2);
            }
          }
        }
      }
    }
    if (!converged) return i;
    if (l == i) {
      vput<T>(wr, i, get<T>(h, n, i, i));
      vput<T>(wi, i, <T>0);
    } else if (l == i - 1) {
      lanv2<T>(ix<T>(h, n, i - 1, i - 1), ix<T>(h, n, i - 1, i), ix<T>(h, n, i, i - 1), ix<T>(h, n, i, i),
        vx<T>(wr, i - 1), vx<T>(wi, i - 1), vx<T>(wr, i), vx<T>(wi, i));
      const cs = <T>gCs, sn = <T>gSn;
      if (wantt) {
        if (i2 > i) rot<T>(i2 - i, ix<T>(h, n, i - 1, i + 1), n, ix<T>(h, n, i, i + 1), n, cs, sn);
        rot<T>(i - i1 - 1, ix<T>(h, n, i1, i - 1), 1, ix<T>(h, n, i1, i), 1, cs, sn);
      }
      if (wantz) rot<T>(nz, ix<T>(z, n, iloz, i - 1), 1, ix<T>(z, n, iloz, i), 1, cs, sn);
    }
    kdefl = 0;
    i = l - 1;
  }
  return 0;
}

/** dtrevc3('R', 'B') for an upper triangular T (every eigenvalue real): vr (holding the Schur
 *  vectors Q on entry) becomes Q x for each T x = T(ki, ki) x, each scaled to max |.| = 1.
 *  w: 2n elements (column norms, then x). */
function trevcRight<T>(n: i32, t: usize, vr: usize, w: usize): void {
  const unfl = safmin<T>();
  const ulp = prec<T>();
  const smlnum = unfl * (<T>n / ulp);
  const bignum = (<T>1 - ulp) / smlnum;
  const smlnum2 = <T>2 * unfl, bignum2 = <T>1 / smlnum2;   // dlaln2's
  const x = vx<T>(w, n + 1);
  vput<T>(w, 1, <T>0);
  for (let j = 2; j <= n; j++) {
    let s: T = <T>0;
    for (let i = 1; i <= j - 1; i++) s += abs<T>(get<T>(t, n, i, j));
    vput<T>(w, j, s);
  }
  for (let ki = n; ki >= 1; ki--) {
    const wr = get<T>(t, n, ki, ki);
    const smin = max<T>(ulp * abs<T>(wr), smlnum);
    const smini = max<T>(smin, smlnum2);
    vput<T>(x, ki, <T>1);
    for (let k = 1; k <= ki - 1; k++) vput<T>(x, k, -get<T>(t, n, k, ki));
    for (let j = ki - 1; j >= 1; j--) {
      // dlaln2 (1 x 1, real): (T(j,j) - wr) X = scale * x(j)
      let csr = get<T>(t, n, j, j) - wr;
      let cnorm = abs<T>(csr);
      if (cnorm < smini) { csr = smini; cnorm = smini; }
      const b = vget<T>(x, j);
      const bnorm = abs<T>(b);
      let scale: T = <T>1;
      if (cnorm < <T>1 && bnorm > <T>1) { if (bnorm > bignum2 * cnorm) scale = <T>1 / bnorm; }
      let xv = (b * scale) / csr;
      const xnorm = abs<T>(xv);
      if (xnorm > <T>1) {
        if (vget<T>(w, j) > bignum / xnorm) { xv /= xnorm; scale /= xnorm; }
      }
      if (scale != <T>1) for (let k = 1; k <= ki; k++) vput<T>(x, k, vget<T>(x, k) * scale);
      vput<T>(x, j, xv);
      for (let k = 1; k <= j - 1; k++) vput<T>(x, k, vget<T>(x, k) - xv * get<T>(t, n, k, j));
    }
    // back-transform: vr(:, ki) = vr(:, 1:ki-1) x(1:ki-1) + x(ki) vr(:, ki)
    if (ki > 1) {
      const beta = vget<T>(x, ki);
      for (let r = 1; r <= n; r++) put<T>(vr, n, r, ki, get<T>(vr, n, r, ki) * beta);
      for (let j = 1; j <= ki - 1; j++) {
        const xj = vget<T>(x, j);
        if (xj == <T>0) continue;
        for (let r = 1; r <= n; r++) put<T>(vr, n, r, ki, get<T>(vr, n, r, ki) + xj * get<T>(vr, n, r, j));
      }
    }
    let emax: T = <T>0;
    for (let r = 1; r <= n; r++) emax = max<T>(emax, abs<T>(get<T>(vr, n, r, ki)));
    const remax = <T>1 / emax;
    for (let r = 1; r <= n; r++) put<T>(vr, n, r, ki, get<T>(vr, n, r, ki) * remax);
  }
}

/** dgebak('B', 'R'): undo gebal's scaling and permutations on the rows of v (n x n). */
function gebak<T>(n: i32, ilo: i32, ihi: i32, scale: usize, v: usize): void {
  if (ilo != ihi) {
    for (let i = ilo; i <= ihi; i++) {
      const s = vget<T>(scale, i);
      for (let j = 1; j <= n; j++) put<T>(v, n, i, j, get<T>(v, n, i, j) * s);
    }
  }
  for (let ii = 1; ii <= n; ii++) {
    let i = ii;
    if (i >= ilo && i <= ihi) continue;
    if (i < ilo) i = ilo - ii;
    const k = <i32>vget<T>(scale, i);
    if (k == i) continue;
    swapS<T>(ix<T>(v, n, i, 1), ix<T>(v, n, k, 1), n, n);
  }
}

/** dgeev('N', v ? 'V' : 'N') on one column-major matrix h (destroyed). wr / wi: n elements; v:
 *  n x n column-major eigenvectors or 0; scale, tau: n elements; w: 2n + 3 elements. Returns 0;
 *  1 when the QR iteration did not converge; 2 when some eigenvalue is complex. */
function geev1<T>(n: i32, h: usize, wr: usize, wi: usize, v: usize, scale: usize, tau: usize, w: usize): i32 {
  if (n == 0) return 0;
  const wantv = v != 0;
  // dgeev's range scaling
  const smlnum = sqrt<T>(safmin<T>()) / prec<T>();
  const bignum = <T>1 / smlnum;
  let anrm: T = <T>0;
  for (let i = 0; i < n * n; i++) anrm = max<T>(anrm, abs<T>(load<T>(el<T>(h, i))));
  let scalea = false;
  let cscale: T = <T>1;
  if (anrm > <T>0 && anrm < smlnum) { scalea = true; cscale = smlnum; }
  else if (anrm > bignum) { scalea = true; cscale = bignum; }
  if (scalea) lascl<T>(anrm, cscale, n, n, h, n);
  gebal<T>(n, h, scale);
  const ilo = gIlo, ihi = gIhi;
  gehd2<T>(n, ilo, ihi, h, tau, w);
  if (wantv) orghr<T>(n, ilo, ihi, h, tau, v, w);
  // dhseqr
  for (let i = 1; i <= ilo - 1; i++) { vput<T>(wr, i, get<T>(h, n, i, i)); vput<T>(wi, i, <T>0); }
  for (let i = ihi + 1; i <= n; i++) { vput<T>(wr, i, get<T>(h, n, i, i)); vput<T>(wi, i, <T>0); }
  let info = 0;
  if (ilo == ihi) { vput<T>(wr, ilo, get<T>(h, n, ilo, ilo)); vput<T>(wi, ilo, <T>0); }
  else info = lahqr<T>(wantv, wantv, n, ilo, ihi, h, wr, wi, ilo, ihi, v, vx<T>(w, 2 * n + 1));
  if (info != 0) return 1;
  // dgeev undoes the range scaling of both parts (np.poly takes complex pairs from here)
  if (scalea) { lascl<T>(cscale, anrm, n, 1, wr, n); lascl<T>(cscale, anrm, n, 1, wi, n); }
  for (let i = 1; i <= n; i++) if (vget<T>(wi, i) != <T>0) return 2;
  if (wantv) {
    trevcRight<T>(n, h, v, w);
    gebak<T>(n, ilo, ihi, scale, v);
    for (let j = 1; j <= n; j++) {
      const s = <T>1 / nrm2s<T>(ix<T>(v, n, 1, j), 1, n);
      for (let i = 1; i <= n; i++) put<T>(v, n, i, j, get<T>(v, n, i, j) * s);
    }
  }
  return 0;
}

/** For each row-major n x n matrix of a: eigenvalues (wr, wi: n per matrix), and when v != 0
 *  and every eigenvalue is real the eigenvectors (n x n per matrix, row j = the vector of
 *  wr[j]). work: n * n + 4 n + 3 elements. info (i32 per matrix): 0; 1 no convergence; 2 complex
 *  eigenvalues. */
function geev<T>(a: usize, n: i32, count: i32, work: usize, wr: usize, wi: usize, v: usize, info: usize): void {
  const mat = <usize>n * <usize>n << alignof<T>();
  const h = work;
  const scale = el<T>(work, n * n), tau = el<T>(scale, n), w = el<T>(tau, n);
  for (let m = 0; m < count; m++) {
    const am = a + <usize>m * mat;
    // transpose the row-major input into the column-major h
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) store<T>(el<T>(h, i + j * n), load<T>(el<T>(am, i * n + j)));
    const f = geev1<T>(n, h, el<T>(wr, m * n), el<T>(wi, m * n), v ? v + <usize>m * mat : 0, scale, tau, w);
    store<i32>(info + (<usize>m << 2), f);
  }
}

export function geevDispatch(code: i32, a: usize, n: i32, count: i32, work: usize, wr: usize, wi: usize, v: usize, info: usize): void {
  if (code == Code.float32) geev<f32>(a, n, count, work, wr, wi, v, info);
  else geev<f64>(a, n, count, work, wr, wi, v, info);
}
