// Small vector helpers shared by the np.linalg kernels (linalg_lu.ts, linalg_qr.ts,
// linalg_eig.ts, linalg_svd.ts): contiguous runs of f32 / f64, SIMD over whole vectors.

/** Address of element i of a contiguous run of T. */
@inline export function el<T>(p: usize, i: i32): usize { return p + (<usize>i << alignof<T>()); }

/** Sum of x[i] * y[i], i < n (contiguous). */
export function dot<T>(x: usize, y: usize, n: i32): T {
  const W = <i32>(16 / sizeof<T>());
  let v0 = v128.splat<T>(<T>0), v1 = v128.splat<T>(<T>0);
  let i = 0;
  for (; i + 2 * W <= n; i += 2 * W) {
    const a = el<T>(x, i), b = el<T>(y, i);
    v0 = v128.add<T>(v0, v128.mul<T>(v128.load(a), v128.load(b)));
    v1 = v128.add<T>(v1, v128.mul<T>(v128.load(a, 16), v128.load(b, 16)));
  }
  const v = v128.add<T>(v0, v1);
  let acc: T = v128.extract_lane<T>(v, 0) + v128.extract_lane<T>(v, 1);
  if (sizeof<T>() == 4) acc += v128.extract_lane<T>(v, 2) + v128.extract_lane<T>(v, 3);
  for (; i < n; i++) acc += load<T>(el<T>(x, i)) * load<T>(el<T>(y, i));
  return acc;
}

/** y[i] -= alpha * x[i], i < n (contiguous). */
export function axpyNeg<T>(y: usize, x: usize, alpha: T, n: i32): void {
  const W = <i32>(16 / sizeof<T>());
  const va = v128.splat<T>(alpha);
  let i = 0;
  for (; i + W <= n; i += W) {
    const q = el<T>(y, i);
    v128.store(q, v128.sub<T>(v128.load(q), v128.mul<T>(va, v128.load(el<T>(x, i)))));
  }
  for (; i < n; i++) {
    const q = el<T>(y, i);
    store<T>(q, load<T>(q) - alpha * load<T>(el<T>(x, i)));
  }
}

/** x[i] *= alpha, i < n. */
export function scal<T>(x: usize, alpha: T, n: i32): void {
  const W = <i32>(16 / sizeof<T>());
  const va = v128.splat<T>(alpha);
  let i = 0;
  for (; i + W <= n; i += W) { const q = el<T>(x, i); v128.store(q, v128.mul<T>(va, v128.load(q))); }
  for (; i < n; i++) { const q = el<T>(x, i); store<T>(q, alpha * load<T>(q)); }
}

/** The plane rotation x, y = c x - s y, s x + c y over n contiguous elements. */
export function rot<T>(x: usize, y: usize, c: T, s: T, n: i32): void {
  const W = <i32>(16 / sizeof<T>());
  const vc = v128.splat<T>(c), vs = v128.splat<T>(s);
  let i = 0;
  for (; i + W <= n; i += W) {
    const px = el<T>(x, i), py = el<T>(y, i);
    const a = v128.load(px), b = v128.load(py);
    v128.store(px, v128.sub<T>(v128.mul<T>(vc, a), v128.mul<T>(vs, b)));
    v128.store(py, v128.add<T>(v128.mul<T>(vs, a), v128.mul<T>(vc, b)));
  }
  for (; i < n; i++) {
    const px = el<T>(x, i), py = el<T>(y, i);
    const a = load<T>(px), b = load<T>(py);
    store<T>(px, c * a - s * b);
    store<T>(py, s * a + c * b);
  }
}

/** Swap n contiguous elements of x and y. */
export function swap<T>(x: usize, y: usize, n: i32): void {
  for (let i = 0; i < n; i++) {
    const px = el<T>(x, i), py = el<T>(y, i);
    const a = load<T>(px);
    store<T>(px, load<T>(py));
    store<T>(py, a);
  }
}

/** 1 when every one of n contiguous elements is finite. */
export function allFinite<T>(x: usize, n: i32): bool {
  for (let i = 0; i < n; i++) { const v = load<T>(el<T>(x, i)); if (v - v != <T>0) return false; }
  return true;
}

/** Euclidean norm of n contiguous elements, scaled as LAPACK's dnrm2 so it neither overflows
 *  nor underflows. */
export function nrm2<T>(x: usize, n: i32): T {
  let scale: T = <T>0, ssq: T = <T>1;
  for (let i = 0; i < n; i++) {
    const v = load<T>(el<T>(x, i));
    if (v != <T>0) {
      const a = abs<T>(v);
      if (scale < a) { const r = scale / a; ssq = <T>1 + ssq * r * r; scale = a; } else { const r = a / scale; ssq += r * r; }
    }
  }
  return scale * sqrt<T>(ssq);
}

/** LAPACK's dlapy2: sqrt(x^2 + y^2) without overflow. */
export function lapy2<T>(x: T, y: T): T {
  const a = abs<T>(x), b = abs<T>(y);
  const w = max<T>(a, b), z = min<T>(a, b);
  if (z == <T>0 || w != w) return w + z;
  const r = z / w;
  return w * sqrt<T>(<T>1 + r * r);
}

/** Fortran's SIGN(a, b): |a| with the sign of b. */
@inline export function sign<T>(a: T, b: T): T { return b >= <T>0 ? abs<T>(a) : -abs<T>(a); }

/** Machine epsilon of T (LAPACK's dlamch('E'), the relative rounding unit). */
@inline export function epsOf<T>(): T { return sizeof<T>() == 4 ? <T>5.9604645e-8 : <T>1.1102230246251565e-16; }

/** C[m x n] -= A[m x k] · B[k x n], row-major with row strides lda, ldb, ldc (in elements): the
 *  trailing updates of the blocked LU and triangular solves. Two rows of C by four vectors stay
 *  in registers over the k terms; the column strip is the outer loop, so B's k x 4-vector block
 *  stays in L1 while every row pair of C passes over it. */
export function gemmSub<T>(c: usize, ldc: i32, a: usize, lda: i32, b: usize, ldb: i32, m: i32, n: i32, k: i32): void {
  const W = <i32>(16 / sizeof<T>());
  let j = 0;
  for (; j + 4 * W <= n; j += 4 * W) {
    for (let i = 0; i < m; i += 2) {
      const two = i + 1 < m;
      const a0 = el<T>(a, i * lda), a1 = two ? el<T>(a, (i + 1) * lda) : a0;
      const p0 = el<T>(c, i * ldc + j), p1 = two ? el<T>(c, (i + 1) * ldc + j) : p0;
      let x0 = v128.load(p0), x1 = v128.load(p0, 16), x2 = v128.load(p0, 32), x3 = v128.load(p0, 48);
      let y0 = v128.load(p1), y1 = v128.load(p1, 16), y2 = v128.load(p1, 32), y3 = v128.load(p1, 48);
      for (let p = 0; p < k; p++) {
        const bp = el<T>(b, p * ldb + j);
        const u0 = v128.load(bp), u1 = v128.load(bp, 16), u2 = v128.load(bp, 32), u3 = v128.load(bp, 48);
        const s = v128.splat<T>(load<T>(el<T>(a0, p))), t = v128.splat<T>(load<T>(el<T>(a1, p)));
        x0 = v128.sub<T>(x0, v128.mul<T>(s, u0)); x1 = v128.sub<T>(x1, v128.mul<T>(s, u1));
        x2 = v128.sub<T>(x2, v128.mul<T>(s, u2)); x3 = v128.sub<T>(x3, v128.mul<T>(s, u3));
        y0 = v128.sub<T>(y0, v128.mul<T>(t, u0)); y1 = v128.sub<T>(y1, v128.mul<T>(t, u1));
        y2 = v128.sub<T>(y2, v128.mul<T>(t, u2)); y3 = v128.sub<T>(y3, v128.mul<T>(t, u3));
      }
      // with one row left, y repeats row i's update into the same place: store it first
      v128.store(p1, y0); v128.store(p1, y1, 16); v128.store(p1, y2, 32); v128.store(p1, y3, 48);
      v128.store(p0, x0); v128.store(p0, x1, 16); v128.store(p0, x2, 32); v128.store(p0, x3, 48);
    }
  }
  for (; j < n; j++) {
    for (let i = 0; i < m; i++) {
      const a0 = el<T>(a, i * lda), q = el<T>(c, i * ldc + j);
      let x: T = load<T>(q);
      for (let p = 0; p < k; p++) x -= load<T>(el<T>(a0, p)) * load<T>(el<T>(b, p * ldb + j));
      store<T>(q, x);
    }
  }
}
