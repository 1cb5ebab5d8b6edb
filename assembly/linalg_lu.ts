// LU with partial pivoting (LAPACK getrf's pivot: the first largest |a| of the column) and what
// is built on it: det / slogdet, solve / inv (getrs's triangular solves), and Cholesky (potrf,
// lower). Every kernel loops over a stack of `count` packed row-major n x n matrices (TS copies
// views into such a buffer in one strided copy), factoring each in place.
import { Code } from "./dtypes";
import { el, dot, axpyNeg, swap, gemmSub } from "./linalg_util";

/** Column block of the blocked LU and triangular solves (updates of the rest go through gemmSub). */
const NB = 32;

/** In-place LU of one row-major n x n matrix: L (unit, below the diagonal) and U; piv[k] is the
 *  row swapped with row k. Returns LAPACK's info: 0, or k + 1 for the first exactly zero pivot
 *  (the factorisation still completes, as getrf's). A pivot smaller than `floor` (> 0) becomes
 *  `floor`, as LAPACK's inverse iteration (dlaein) perturbs a singular shifted matrix.
 *  Right-looking and blocked as getrf: a panel of NB columns is factored with whole-row swaps,
 *  then U12 = L11^-1 A12 (getrfPanel) and A22 -= L21 U12 (gemmSub; src/linalg/lu.ts runs the
 *  same steps for one large matrix with that update split over the thread pool). */
export function getrf<T>(a: usize, n: i32, piv: usize, floor: T = <T>0): i32 {
  let info = 0;
  for (let k0 = 0; k0 < n; k0 += NB) {
    info = getrfPanel<T>(a, n, k0, piv, info, floor);
    const k1 = min(k0 + NB, n);
    if (k1 < n) gemmSub<T>(el<T>(a, k1 * n + k1), n, el<T>(a, k1 * n + k0), n, el<T>(a, k0 * n + k1), n, n - k1, n - k1, k1 - k0);
  }
  return info;
}

/** getrf's step for the panel of columns [k0, k0 + NB): factor it, swapping whole rows, then
 *  U12 = L11^-1 A12 in the rows of the panel. Returns info, given the info of the panels before. */
function getrfPanel<T>(a: usize, n: i32, k0: i32, piv: usize, info: i32, floor: T): i32 {
  const row = <usize>n << alignof<T>();
  const k1 = min(k0 + NB, n);
  for (let k = k0; k < k1; k++) {
    const rk = a + <usize>k * row;
    let p = k;
    let best = abs<T>(load<T>(el<T>(rk, k)));
    for (let i = k + 1; i < n; i++) {
      const v = abs<T>(load<T>(el<T>(a + <usize>i * row, k)));
      if (v > best) { best = v; p = i; }
    }
    store<i32>(piv + (<usize>k << 2), p);
    let pivot = load<T>(el<T>(a + <usize>p * row, k));
    if (abs<T>(pivot) < floor) { pivot = floor; store<T>(el<T>(a + <usize>p * row, k), floor); }
    if (pivot != <T>0) {
      if (p != k) swap<T>(rk, a + <usize>p * row, n);
      const r = <T>1 / pivot;
      for (let i = k + 1; i < n; i++) { const q = el<T>(a + <usize>i * row, k); store<T>(q, load<T>(q) * r); }
    } else if (info == 0) info = k + 1;
    // rank-1 update of the panel's remaining columns
    for (let i = k + 1; i < n; i++) {
      const ri = a + <usize>i * row;
      axpyNeg<T>(el<T>(ri, k + 1), el<T>(rk, k + 1), load<T>(el<T>(ri, k)), k1 - k - 1);
    }
  }
  if (k1 < n) {
    for (let k = k0; k < k1; k++) {
      const rk = a + <usize>k * row;
      for (let i = k + 1; i < k1; i++) {
        const ri = a + <usize>i * row;
        axpyNeg<T>(el<T>(ri, k1), el<T>(rk, k1), load<T>(el<T>(ri, k)), n - k1);
      }
    }
  }
  return info;
}

/** For each matrix: sign and log|det| from its LU factors (umath_linalg's slogdet: sign 0 and
 *  -inf when getrf reports a zero pivot). `factored` (one matrix): 0, or 1 + getrf's info when
 *  the matrix and piv already hold its factors. mode 0 writes sign to out0 and logabsdet to out1;
 *  mode 1 writes det = sign * exp(logabsdet) to out0, as NumPy computes det. */
function slogdet<T>(a: usize, n: i32, count: i32, piv: usize, out0: usize, out1: usize, mode: i32, factored: i32): void {
  const mat = <usize>n * <usize>n << alignof<T>();
  for (let m = 0; m < count; m++) {
    const am = a + <usize>m * mat;
    let sgn: T = <T>1, logdet: T = <T>0;
    if ((factored ? factored - 1 : getrf<T>(am, n, piv)) == 0) {
      for (let i = 0; i < n; i++) {
        if (load<i32>(piv + (<usize>i << 2)) != i) sgn = -sgn;
        let d = load<T>(el<T>(am, i * n + i));
        if (d < <T>0) { sgn = -sgn; d = -d; }
        logdet += <T>Math.log(<f64>d);
      }
    } else {
      sgn = <T>0;
      logdet = <T>-Infinity;
    }
    if (mode == 0) {
      store<T>(el<T>(out0, m), sgn);
      store<T>(el<T>(out1, m), logdet);
    } else {
      store<T>(el<T>(out0, m), sgn * <T>Math.exp(<f64>logdet));
    }
  }
}

/** For each matrix: solve A X = B in place of B (n x k row-major), A factored in place. info[m]
 *  is getrf's info (the solve is skipped when nonzero). `factored` as slogdet's. */
function gesv<T>(a: usize, b: usize, n: i32, k: i32, count: i32, piv: usize, info: usize, factored: i32): void {
  const mat = <usize>n * <usize>n << alignof<T>();
  const row = <usize>k << alignof<T>(), rhs = <usize>n * row;
  for (let m = 0; m < count; m++) {
    const am = a + <usize>m * mat, bm = b + <usize>m * rhs;
    const f = factored ? factored - 1 : getrf<T>(am, n, piv);
    store<i32>(info + (<usize>m << 2), f);
    if (f == 0) getrs<T>(am, bm, n, k, piv);
  }
}

/** B = A^-1 B from getrf's factors of A and its pivots (B: n x k row-major), by blocks of NB
 *  rows: each block solved in place, then its contribution removed from the rows still to do. */
export function getrs<T>(am: usize, bm: usize, n: i32, k: i32, piv: usize): void {
  const row = <usize>k << alignof<T>();
  for (let i = 0; i < n; i++) {
    const p = load<i32>(piv + (<usize>i << 2));
    if (p != i) swap<T>(bm + <usize>i * row, bm + <usize>p * row, k);
  }
  // L y = P b (unit lower), then U x = y
  for (let j0 = 0; j0 < n; j0 += NB) {
    const j1 = min(j0 + NB, n);
    for (let j = j0; j < j1; j++) {
      const bj = bm + <usize>j * row;
      for (let i = j + 1; i < j1; i++) {
        const l = load<T>(el<T>(am, i * n + j));
        if (l != <T>0) axpyNeg<T>(bm + <usize>i * row, bj, l, k);
      }
    }
    if (j1 < n) gemmSub<T>(bm + <usize>j1 * row, k, el<T>(am, j1 * n + j0), n, bm + <usize>j0 * row, k, n - j1, k, j1 - j0);
  }
  for (let j1 = n; j1 > 0; j1 -= NB) {
    const j0 = max(j1 - NB, 0);
    for (let j = j1 - 1; j >= j0; j--) {
      const bj = bm + <usize>j * row;
      const d = load<T>(el<T>(am, j * n + j));
      for (let c = 0; c < k; c++) { const q = el<T>(bj, c); store<T>(q, load<T>(q) / d); }
      for (let i = j0; i < j; i++) {
        const u = load<T>(el<T>(am, i * n + j));
        if (u != <T>0) axpyNeg<T>(bm + <usize>i * row, bj, u, k);
      }
    }
    if (j0 > 0) gemmSub<T>(bm, k, el<T>(am, j0), n, bm + <usize>j0 * row, k, j0, k, j1 - j0);
  }
}

/** For each matrix: the lower Cholesky factor in place (the strict upper triangle zeroed), from
 *  the lower triangle only, as potrf('L'). info[m] = j + 1 when the j-th leading minor is not
 *  positive definite (d <= 0), else 0. */
function potrf<T>(a: usize, n: i32, count: i32, info: usize): void {
  const mat = <usize>n * <usize>n << alignof<T>();
  for (let m = 0; m < count; m++) {
    const am = a + <usize>m * mat;
    let f = 0;
    for (let j = 0; j < n && f == 0; j++) {
      const rj = el<T>(am, j * n);
      const d = load<T>(el<T>(rj, j)) - dot<T>(rj, rj, j);
      if (d <= <T>0) { f = j + 1; break; } // NaN goes on (LAPACK does not test for it)
      const ljj = sqrt<T>(d);
      store<T>(el<T>(rj, j), ljj);
      for (let i = j + 1; i < n; i++) {
        const ri = el<T>(am, i * n);
        const q = el<T>(ri, j);
        store<T>(q, (load<T>(q) - dot<T>(ri, rj, j)) / ljj);
      }
    }
    store<i32>(info + (<usize>m << 2), f);
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) store<T>(el<T>(am, i * n + j), <T>0);
  }
}

export function slogdetDispatch(code: i32, a: usize, n: i32, count: i32, piv: usize, out0: usize, out1: usize, mode: i32, factored: i32): void {
  if (code == Code.float32) slogdet<f32>(a, n, count, piv, out0, out1, mode, factored);
  else slogdet<f64>(a, n, count, piv, out0, out1, mode, factored);
}

export function gesvDispatch(code: i32, a: usize, b: usize, n: i32, k: i32, count: i32, piv: usize, info: usize, factored: i32): void {
  if (code == Code.float32) gesv<f32>(a, b, n, k, count, piv, info, factored);
  else gesv<f64>(a, b, n, k, count, piv, info, factored);
}

/** Columns per getrf panel (src/linalg/lu.ts drives the blocked LU of a large matrix). */
export function luBlock(): i32 { return NB; }

/** getrfPanel for src/linalg/lu.ts: returns the info so far. */
export function getrfPanelDispatch(code: i32, a: usize, n: i32, k0: i32, piv: usize, info: i32): i32 {
  return code == Code.float32 ? getrfPanel<f32>(a, n, k0, piv, info, 0) : getrfPanel<f64>(a, n, k0, piv, info, 0);
}

/** C -= A·B (row-major with leading dimensions; linalg_util.ts gemmSub): one piece of a trailing
 *  update on the thread pool. */
export function gemmSubDispatch(code: i32, c: usize, ldc: i32, a: usize, lda: i32, b: usize, ldb: i32, m: i32, n: i32, k: i32): void {
  if (code == Code.float32) gemmSub<f32>(c, ldc, a, lda, b, ldb, m, n, k);
  else gemmSub<f64>(c, ldc, a, lda, b, ldb, m, n, k);
}

export function potrfDispatch(code: i32, a: usize, n: i32, count: i32, info: usize): void {
  if (code == Code.float32) potrf<f32>(a, n, count, info);
  else potrf<f64>(a, n, count, info);
}
