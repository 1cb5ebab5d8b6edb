// LAPACK's building blocks shared by the ports of its drivers (linalg_geev.ts, linalg_syev.ts):
// 1-based column-major accessors (so the code reads line by line against the Fortran), dlamch's
// constants, dnrm2, dlapy2, dlascl, dlarfg and dlarf.
/** Address of A(i, j) (1-based) in a column-major matrix with leading dimension ld. */
@inline export function ix<T>(p: usize, ld: i32, i: i32, j: i32): usize {
  return p + ((<usize>(i - 1) + <usize>(j - 1) * <usize>ld) << alignof<T>());
}
@inline export function get<T>(p: usize, ld: i32, i: i32, j: i32): T { return load<T>(ix<T>(p, ld, i, j)); }
@inline export function put<T>(p: usize, ld: i32, i: i32, j: i32, v: T): void { store<T>(ix<T>(p, ld, i, j), v); }
/** Element i (1-based) of a vector. */
@inline export function vx<T>(p: usize, i: i32): usize { return p + (<usize>(i - 1) << alignof<T>()); }
@inline export function vget<T>(p: usize, i: i32): T { return load<T>(vx<T>(p, i)); }
@inline export function vput<T>(p: usize, i: i32, v: T): void { store<T>(vx<T>(p, i), v); }

// Fortran's SIGN(a, b) as gfortran (NumPy's LAPACK) has it: b's sign bit, so SIGN(a, -0.0) = -|a|
@inline export function fsign<T>(a: T, b: T): T { return copysign<T>(abs<T>(a), b); }
// dlamch: 'S' safe minimum, 'P' precision (eps * base), 'E' eps
@inline export function safmin<T>(): T { return sizeof<T>() == 4 ? <T>1.1754943508222875e-38 : <T>2.2250738585072014e-308; }
@inline export function prec<T>(): T { return sizeof<T>() == 4 ? <T>1.1920928955078125e-7 : <T>2.220446049250313e-16; }
@inline export function epsE<T>(): T { return sizeof<T>() == 4 ? <T>5.960464477539063e-8 : <T>1.1102230246251565e-16; }

/** dnrm2 of n elements stride inc (elements). OpenBLAS's x86-64 dnrm2 (the one NumPy's LAPACK
 *  calls) sums the squares in x87 extended precision, so its result is almost always the
 *  correctly rounded norm; this sums them in double-double (Dekker's exact products) and rounds
 *  the square root once, after a power-of-2 prescaling that keeps the squares in range. */
export function nrm2s<T>(x: usize, inc: i32, n: i32): T {
  const step = <usize>inc << alignof<T>();
  let amax: f64 = 0;
  let p = x;
  for (let i = 0; i < n; i++, p += step) amax = max<f64>(amax, abs<f64>(<f64>load<T>(p)));
  if (amax == 0 || n == 1 || amax == Infinity) return <T>amax; // (an inf anywhere: inf, as dnrm2)
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

export function lapy2<T>(x: T, y: T): T {
  const xa = abs<T>(x), ya = abs<T>(y);
  const w = max<T>(xa, ya), z = min<T>(xa, ya);
  if (z == <T>0) return w;
  const q = z / w;
  return w * sqrt<T>(<T>1 + q * q);
}

/** dlascl('G'): the m x n column-major block a (ld) multiplied by cto / cfrom without over/underflow. */
export function lascl<T>(cfrom: T, cto: T, m: i32, n: i32, a: usize, ld: i32): void {
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
export function larfg<T>(n: i32, pa: usize, x: usize, inc: i32): T {
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
@inline export function fmaS<T>(a: T, b: T, c: T): T {
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
export function larfLeft<T>(m: i32, nc: i32, v: usize, tau: T, c: usize, ld: i32, w: usize, fused: bool): void {
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
export function larfRight<T>(mr: i32, n: i32, v: usize, tau: T, c: usize, ld: i32, w: usize, fused: bool): void {
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

