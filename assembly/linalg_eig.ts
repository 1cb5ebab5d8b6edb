// Symmetric eigenproblems (np.linalg.eigh / eigvalsh) by cyclic Jacobi rotations, and the SVD by
// one-sided (Hestenes) Jacobi: both accurate to the rounding unit relative to the matrix norm,
// and simple enough to stay correct on every input. Each kernel loops over a stack of packed
// row-major matrices and writes an info word per matrix (nonzero: did not converge, or the
// input holds NaN / inf, which LAPACK's drivers report as non-convergence too).
import { Code } from "./dtypes";
import { el, dot, rot, scal, swap, nrm2, lapy2, sign, allFinite, epsOf } from "./linalg_util";

const MAX_SWEEPS = 80;

/** tan of the Jacobi angle zeroing x·y (or a_pq): the smaller root of t^2 + 2 zeta t - 1. */
@inline function jacobiT<T>(zeta: T): T { return sign<T>(<T>1 / (abs<T>(zeta) + lapy2<T>(<T>1, zeta)), zeta); }

/** Eigenvalues (ascending, into w) and, when v != 0, eigenvectors (row j of v is the vector of
 *  w[j]) of one symmetric n x n matrix a, read from its lower (uplo 0) or upper (1) triangle. */
function syevOne<T>(a: usize, n: i32, w: usize, v: usize): i32 {
  const row = <usize>n << alignof<T>();
  if (!allFinite<T>(a, n * n)) return 1;
  if (v) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) store<T>(el<T>(v + <usize>i * row, j), i == j ? <T>1 : <T>0);
  let sweep = 0;
  for (; sweep < MAX_SWEEPS; sweep++) {
    let off: T = <T>0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) { const x = load<T>(el<T>(a + <usize>p * row, q)); off += x * x; }
    if (off == <T>0) break;
    const thresh: T = sweep < 3 ? <T>0.2 * sqrt<T>(off) / <T>(n * n) : <T>0;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = load<T>(el<T>(a + <usize>p * row, q));
        const app = load<T>(el<T>(a + <usize>p * row, p)), aqq = load<T>(el<T>(a + <usize>q * row, q));
        const g = <T>100 * abs<T>(apq);
        if (sweep > 3 && abs<T>(app) + g == abs<T>(app) && abs<T>(aqq) + g == abs<T>(aqq)) {
          store<T>(el<T>(a + <usize>p * row, q), <T>0); store<T>(el<T>(a + <usize>q * row, p), <T>0);
          continue;
        }
        if (abs<T>(apq) <= thresh || apq == <T>0) continue;
        const t = jacobiT<T>((aqq - app) / (<T>2 * apq));
        const c = <T>1 / lapy2<T>(<T>1, t), s = t * c;
        // J^T A J: rows p and q rotate (contiguous), the columns follow by symmetry
        rot<T>(a + <usize>p * row, a + <usize>q * row, c, s, n);
        store<T>(el<T>(a + <usize>p * row, p), app - t * apq); store<T>(el<T>(a + <usize>q * row, q), aqq + t * apq);
        store<T>(el<T>(a + <usize>p * row, q), <T>0); store<T>(el<T>(a + <usize>q * row, p), <T>0);
        for (let r = 0; r < n; r++) {
          if (r == p || r == q) continue;
          store<T>(el<T>(a + <usize>r * row, p), load<T>(el<T>(a + <usize>p * row, r)));
          store<T>(el<T>(a + <usize>r * row, q), load<T>(el<T>(a + <usize>q * row, r)));
        }
        if (v) rot<T>(v + <usize>p * row, v + <usize>q * row, c, s, n);
      }
    }
  }
  if (sweep == MAX_SWEEPS) return 1;
  for (let i = 0; i < n; i++) store<T>(el<T>(w, i), load<T>(el<T>(a + <usize>i * row, i)));
  // selection sort, ascending, eigenvectors alongside
  for (let i = 0; i < n - 1; i++) {
    let k = i;
    for (let j = i + 1; j < n; j++) if (load<T>(el<T>(w, j)) < load<T>(el<T>(w, k))) k = j;
    if (k == i) continue;
    swap<T>(el<T>(w, i), el<T>(w, k), 1);
    if (v) swap<T>(v + <usize>i * row, v + <usize>k * row, n);
  }
  return 0;
}

function syev<T>(a: usize, n: i32, count: i32, uplo: i32, w: usize, v: usize, info: usize): void {
  const mat = <usize>n * <usize>n << alignof<T>();
  for (let m = 0; m < count; m++) {
    const am = a + <usize>m * mat;
    // symmetric from the chosen triangle
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const up = el<T>(am, i * n + j), lo = el<T>(am, j * n + i);
        if (uplo == 0) store<T>(up, load<T>(lo)); else store<T>(lo, load<T>(up));
      }
    }
    store<i32>(info + (<usize>m << 2), syevOne<T>(am, n, el<T>(w, m * n), v ? v + <usize>m * mat : 0));
  }
}

/**
 * One-sided Jacobi SVD of the p rows (length q >= p) at w, `rows` rows allocated per matrix:
 * the rows are rotated until pairwise orthogonal, then s[i] = |row i| (descending). With
 * wantU the rows become the left singular vectors (unit), zero ones and the rows p..rows-1
 * completed to an orthonormal set; when v != 0 its p x p rows are the right singular vectors.
 */
function svdOne<T>(w: usize, p: i32, q: i32, rows: i32, s: usize, v: usize, wantU: bool): i32 {
  const row = <usize>q << alignof<T>(), vrow = <usize>p << alignof<T>();
  if (!allFinite<T>(w, p * q)) return 1;
  if (v) for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) store<T>(el<T>((v + <usize>i * vrow), j), i == j ? <T>1 : <T>0);
  const tol = <T>q * epsOf<T>();
  let sweep = 0;
  for (; sweep < MAX_SWEEPS; sweep++) {
    let rotated = false;
    for (let i = 0; i < p; i++) store<T>(el<T>(s, i), dot<T>((w + <usize>i * row), (w + <usize>i * row), q));
    for (let i = 0; i < p - 1; i++) {
      // de Rijk's pivoting: the longest remaining row goes first (fewer sweeps)
      let k = i;
      for (let j = i + 1; j < p; j++) if (load<T>(el<T>(s, j)) > load<T>(el<T>(s, k))) k = j;
      if (k != i) {
        swap<T>(el<T>(s, i), el<T>(s, k), 1);
        swap<T>((w + <usize>i * row), (w + <usize>k * row), q);
        if (v) swap<T>((v + <usize>i * vrow), (v + <usize>k * vrow), p);
      }
      for (let j = i + 1; j < p; j++) {
        const a = load<T>(el<T>(s, i)), b = load<T>(el<T>(s, j));
        const g = dot<T>((w + <usize>i * row), (w + <usize>j * row), q);
        if (g == <T>0 || abs<T>(g) <= tol * sqrt<T>(a) * sqrt<T>(b)) continue;
        rotated = true;
        const t = jacobiT<T>((b - a) / (<T>2 * g));
        const c = <T>1 / lapy2<T>(<T>1, t), sn = t * c;
        rot<T>((w + <usize>i * row), (w + <usize>j * row), c, sn, q);
        if (v) rot<T>((v + <usize>i * vrow), (v + <usize>j * vrow), c, sn, p);
        store<T>(el<T>(s, i), a - t * g);
        store<T>(el<T>(s, j), b + t * g);
      }
    }
    if (!rotated) break;
  }
  if (sweep == MAX_SWEEPS) return 1;
  for (let i = 0; i < p; i++) store<T>(el<T>(s, i), nrm2<T>((w + <usize>i * row), q));
  for (let i = 0; i < p - 1; i++) {
    let k = i;
    for (let j = i + 1; j < p; j++) if (load<T>(el<T>(s, j)) > load<T>(el<T>(s, k))) k = j;
    if (k == i) continue;
    swap<T>(el<T>(s, i), el<T>(s, k), 1);
    swap<T>((w + <usize>i * row), (w + <usize>k * row), q);
    if (v) swap<T>((v + <usize>i * vrow), (v + <usize>k * vrow), p);
  }
  if (!wantU) return 0;
  for (let i = 0; i < rows; i++) {
    const si = i < p ? load<T>(el<T>(s, i)) : <T>0;
    if (si != <T>0) { scal<T>((w + <usize>i * row), <T>1 / si, q); continue; }
    // complete: the unit vector least covered by rows 0..i-1, orthogonalised against them twice
    let best = 0, most: T = <T>-1;
    for (let r = 0; r < q; r++) {
      let cover: T = <T>0;
      for (let l = 0; l < i; l++) { const x = load<T>(el<T>((w + <usize>l * row), r)); cover += x * x; }
      if (<T>1 - cover > most) { most = <T>1 - cover; best = r; }
    }
    for (let r = 0; r < q; r++) store<T>(el<T>((w + <usize>i * row), r), r == best ? <T>1 : <T>0);
    for (let pass = 0; pass < 2; pass++) {
      for (let l = 0; l < i; l++) {
        const d = dot<T>((w + <usize>l * row), (w + <usize>i * row), q);
        for (let r = 0; r < q; r++) { const x = el<T>((w + <usize>i * row), r); store<T>(x, load<T>(x) - d * load<T>(el<T>((w + <usize>l * row), r))); }
      }
    }
    scal<T>((w + <usize>i * row), <T>1 / nrm2<T>((w + <usize>i * row), q), q);
  }
  return 0;
}

function gesvd<T>(w: usize, p: i32, q: i32, rows: i32, count: i32, s: usize, v: usize, wantU: i32, info: usize): void {
  const wm = <usize>rows * <usize>q << alignof<T>(), vm = <usize>p * <usize>p << alignof<T>();
  for (let m = 0; m < count; m++) {
    const r = svdOne<T>(w + <usize>m * wm, p, q, rows, el<T>(s, m * p), v ? v + <usize>m * vm : 0, wantU != 0);
    store<i32>(info + (<usize>m << 2), r);
  }
}

export function syevDispatch(code: i32, a: usize, n: i32, count: i32, uplo: i32, w: usize, v: usize, info: usize): void {
  if (code == Code.float32) syev<f32>(a, n, count, uplo, w, v, info);
  else syev<f64>(a, n, count, uplo, w, v, info);
}

export function gesvdDispatch(code: i32, w: usize, p: i32, q: i32, rows: i32, count: i32, s: usize, v: usize, wantU: i32, info: usize): void {
  if (code == Code.float32) gesvd<f32>(w, p, q, rows, count, s, v, wantU, info);
  else gesvd<f64>(w, p, q, rows, count, s, v, wantU, info);
}
