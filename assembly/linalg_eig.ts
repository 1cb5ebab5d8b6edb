// The SVD by one-sided (Hestenes) Jacobi, accurate to the rounding unit relative to the matrix
// norm. The kernel loops over a stack of packed row-major matrices and writes an info word per
// matrix (nonzero: did not converge, or the input holds NaN / inf, which LAPACK's drivers report
// as non-convergence too).
import { Code } from "./dtypes";
import { el, dot, rot, scal, swap, nrm2, lapy2, sign, allFinite, epsOf } from "./linalg_util";

const MAX_SWEEPS = 80;

/** tan of the Jacobi angle zeroing x·y: the smaller root of t^2 + 2 zeta t - 1. */
@inline function jacobiT<T>(zeta: T): T { return sign<T>(<T>1 / (abs<T>(zeta) + lapy2<T>(<T>1, zeta)), zeta); }

/** The squared length of the row r (q elements) kept at sp, recomputed when below `small`, the
 *  row zeroed when below `tiny` (see svdOne). */
@inline function exactLength<T>(r: usize, sp: usize, q: i32, small: T, tiny: T): T {
  let n2 = load<T>(sp);
  if (n2 >= small) return n2;
  n2 = dot<T>(r, r, q);
  if (n2 <= tiny) { scal<T>(r, <T>0, q); n2 = <T>0; }
  store<T>(sp, n2);
  return n2;
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
  // scaled by a power of two so that the squared norms neither overflow nor underflow
  let big: T = <T>0;
  for (let i = 0; i < p * q; i++) big = max<T>(big, abs<T>(load<T>(el<T>(w, i))));
  const unscale = big > <T>0 ? <T>Math.pow(2, Math.round(Math.log2(<f64>big))) : <T>1;
  if (unscale != <T>1) scal<T>(w, <T>1 / unscale, p * q);
  const tol = <T>q * epsOf<T>();
  let sweep = 0;
  for (; sweep < MAX_SWEEPS; sweep++) {
    let rotated = false;
    let smax: T = <T>0;
    for (let i = 0; i < p; i++) {
      const n2 = dot<T>((w + <usize>i * row), (w + <usize>i * row), q);
      store<T>(el<T>(s, i), n2);
      smax = max<T>(smax, n2);
    }
    // The squared lengths are updated through each rotation, which loses their accuracy once
    // they are small next to the longest (and can go negative): below `small` they are
    // recomputed. A row still shorter than eps^2 times the longest is rounding noise of a rank
    // deficiency: it is zeroed (a change below eps^2 |A|), else the rotations chase it down
    // into subnormal numbers, where the orthogonality test never passes
    // ([[-1, 2, 0], [-2, 4, 0], [-3, 3, -4]] did not converge).
    const small = smax * epsOf<T>(), tiny = small * epsOf<T>() * epsOf<T>() * epsOf<T>();
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
        const a = exactLength<T>(w + <usize>i * row, el<T>(s, i), q, small, tiny);
        const b = exactLength<T>(w + <usize>j * row, el<T>(s, j), q, small, tiny);
        if (a == <T>0 || b == <T>0) continue;
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
  for (let i = 0; i < p; i++) store<T>(el<T>(s, i), nrm2<T>((w + <usize>i * row), q) * unscale);
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
    if (si != <T>0) { scal<T>((w + <usize>i * row), <T>1 / (si / unscale), q); continue; }
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

export function gesvdDispatch(code: i32, w: usize, p: i32, q: i32, rows: i32, count: i32, s: usize, v: usize, wantU: i32, info: usize): void {
  if (code == Code.float32) gesvd<f32>(w, p, q, rows, count, s, v, wantU, info);
  else gesvd<f64>(w, p, q, rows, count, s, v, wantU, info);
}
