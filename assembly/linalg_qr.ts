// Householder QR as LAPACK's geqr2 / org2r with dlarfg's conventions (beta = -sign(alpha) *
// norm, tau = 0 when the column below the diagonal is zero), so Q and R carry NumPy's signs.
// Matrices are packed column-major (a row-major buffer of A's columns: NumPy's raw-mode `h` is
// exactly that), so every Householder vector and every column it touches is contiguous.
import { Code } from "./dtypes";
import { el, dot, axpyNeg, scal, nrm2, lapy2, sign } from "./linalg_util";

/** For each m x n matrix (n columns of m elements): R on and above the diagonal, the
 *  Householder vectors below it, tau (min(m, n) per matrix) alongside. */
function geqrf<T>(h: usize, m: i32, n: i32, count: i32, tau: usize): void {
  const k = min(m, n);
  const col = <usize>m << alignof<T>();
  for (let c = 0; c < count; c++) {
    const hc = h + <usize>c * <usize>n * col, tc = el<T>(tau, c * k);
    for (let i = 0; i < k; i++) {
      const x = hc + <usize>i * col;
      const alpha = load<T>(el<T>(x, i));
      const xnorm = nrm2<T>(el<T>(x, i + 1), m - i - 1);
      let t: T = <T>0;
      if (xnorm != <T>0) {
        const beta = -sign<T>(lapy2<T>(alpha, xnorm), alpha);
        t = (beta - alpha) / beta;
        scal<T>(el<T>(x, i + 1), <T>1 / (alpha - beta), m - i - 1);
        store<T>(el<T>(x, i), beta);
      }
      store<T>(el<T>(tc, i), t);
      if (t == <T>0) continue;
      // H = I - t v v^T (v = [1; x[i+1:]]) on the columns to the right
      for (let j = i + 1; j < n; j++) {
        const y = hc + <usize>j * col;
        const w = t * (load<T>(el<T>(y, i)) + dot<T>(el<T>(x, i + 1), el<T>(y, i + 1), m - i - 1));
        store<T>(el<T>(y, i), load<T>(el<T>(y, i)) - w);
        axpyNeg<T>(el<T>(y, i + 1), el<T>(x, i + 1), w, m - i - 1);
      }
    }
  }
}

/** For each matrix: the first mc columns of Q = H(0) ... H(k-1) (org2r) from geqrf's h and tau,
 *  into q (mc columns of m elements). */
function orgqr<T>(h: usize, tau: usize, m: i32, n: i32, mc: i32, count: i32, q: usize): void {
  const k = min(m, n);
  const col = <usize>m << alignof<T>();
  for (let c = 0; c < count; c++) {
    const hc = h + <usize>c * <usize>n * col, tc = el<T>(tau, c * k), qc = q + <usize>c * <usize>mc * col;
    for (let j = k; j < mc; j++) {
      const y = qc + <usize>j * col;
      for (let r = 0; r < m; r++) store<T>(el<T>(y, r), r == j ? <T>1 : <T>0);
    }
    for (let i = k - 1; i >= 0; i--) {
      const v = hc + <usize>i * col, t = load<T>(el<T>(tc, i));
      for (let j = i + 1; j < mc; j++) {
        const y = qc + <usize>j * col;
        const w = t * (load<T>(el<T>(y, i)) + dot<T>(el<T>(v, i + 1), el<T>(y, i + 1), m - i - 1));
        store<T>(el<T>(y, i), load<T>(el<T>(y, i)) - w);
        axpyNeg<T>(el<T>(y, i + 1), el<T>(v, i + 1), w, m - i - 1);
      }
      const y = qc + <usize>i * col;
      for (let r = 0; r < i; r++) store<T>(el<T>(y, r), <T>0);
      store<T>(el<T>(y, i), <T>1 - t);
      for (let r = i + 1; r < m; r++) store<T>(el<T>(y, r), -t * load<T>(el<T>(v, r)));
    }
  }
}

export function geqrfDispatch(code: i32, h: usize, m: i32, n: i32, count: i32, tau: usize): void {
  if (code == Code.float32) geqrf<f32>(h, m, n, count, tau);
  else geqrf<f64>(h, m, n, count, tau);
}

export function orgqrDispatch(code: i32, h: usize, tau: usize, m: i32, n: i32, mc: i32, count: i32, q: usize): void {
  if (code == Code.float32) orgqr<f32>(h, tau, m, n, mc, count, q);
  else orgqr<f64>(h, tau, m, n, mc, count, q);
}
