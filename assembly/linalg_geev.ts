// General real eigenproblems (np.linalg.eig / eigvals): reduction to upper Hessenberg form by
// stabilised elementary similarities, then the Francis double-shift QR iteration (EISPACK's
// elmhes / hqr) for the eigenvalues; when they are all real, each eigenvector by inverse
// iteration on A - lambda I (LAPACK dlaein's way: tiny pivots raised to eps3, close eigenvalues
// pulled apart by eps3), normalised to unit length.
import { Code } from "./dtypes";
import { el, swap, scal, dot, nrm2, sign, epsOf } from "./linalg_util";
import { getrf, getrs } from "./linalg_lu";

/** Address of a[i][j] (0-based) in a row-major n x n matrix. */
@inline function at<T>(a: usize, n: i32, i: i32, j: i32): usize { return el<T>(a, i * n + j); }

/** In place: a becomes upper Hessenberg (entries below the subdiagonal zeroed). */
function elmhes<T>(a: usize, n: i32): void {
  for (let m = 1; m < n - 1; m++) {
    let x: T = <T>0;
    let i = m;
    for (let j = m; j < n; j++) {
      const v = load<T>(at<T>(a, n, j, m - 1));
      if (abs<T>(v) > abs<T>(x)) { x = v; i = j; }
    }
    if (i != m) {
      swap<T>(at<T>(a, n, i, m - 1), at<T>(a, n, m, m - 1), n - m + 1);
      for (let j = 0; j < n; j++) swap<T>(at<T>(a, n, j, i), at<T>(a, n, j, m), 1);
    }
    if (x != <T>0) {
      for (i = m + 1; i < n; i++) {
        let y = load<T>(at<T>(a, n, i, m - 1));
        if (y == <T>0) continue;
        y /= x;
        store<T>(at<T>(a, n, i, m - 1), <T>0);
        for (let j = m; j < n; j++) store<T>(at<T>(a, n, i, j), load<T>(at<T>(a, n, i, j)) - y * load<T>(at<T>(a, n, m, j)));
        for (let j = 0; j < n; j++) store<T>(at<T>(a, n, j, m), load<T>(at<T>(a, n, j, m)) + y * load<T>(at<T>(a, n, j, i)));
      }
    }
  }
}

/** Eigenvalues of an upper Hessenberg matrix (destroyed) into wr / wi. 0, or 1 when an
 *  eigenvalue took too many iterations. */
function hqr<T>(a: usize, n: i32, wr: usize, wi: usize): i32 {
  let anorm: T = <T>0;
  for (let i = 0; i < n; i++) for (let j = max(i - 1, 0); j < n; j++) anorm += abs<T>(load<T>(at<T>(a, n, i, j)));
  let nn = n - 1;
  let t: T = <T>0;
  let p: T = <T>0, q: T = <T>0, r: T = <T>0, s: T = <T>0, w: T = <T>0, x: T = <T>0, y: T = <T>0, z: T = <T>0;
  while (nn >= 0) {
    let its = 0;
    let l = 0;
    do {
      for (l = nn; l >= 1; l--) {
        s = abs<T>(load<T>(at<T>(a, n, l - 1, l - 1))) + abs<T>(load<T>(at<T>(a, n, l, l)));
        if (s == <T>0) s = anorm;
        if (abs<T>(load<T>(at<T>(a, n, l, l - 1))) + s == s) { store<T>(at<T>(a, n, l, l - 1), <T>0); break; }
      }
      x = load<T>(at<T>(a, n, nn, nn));
      if (l == nn) {
        store<T>(el<T>(wr, nn), x + t);
        store<T>(el<T>(wi, nn), <T>0);
        nn--;
      } else {
        y = load<T>(at<T>(a, n, nn - 1, nn - 1));
        w = load<T>(at<T>(a, n, nn, nn - 1)) * load<T>(at<T>(a, n, nn - 1, nn));
        if (l == nn - 1) {
          p = <T>0.5 * (y - x);
          q = p * p + w;
          z = sqrt<T>(abs<T>(q));
          x += t;
          if (q >= <T>0) {
            z = p + sign<T>(z, p);
            store<T>(el<T>(wr, nn - 1), x + z);
            store<T>(el<T>(wr, nn), z != <T>0 ? x - w / z : x + z);
            store<T>(el<T>(wi, nn - 1), <T>0);
            store<T>(el<T>(wi, nn), <T>0);
          } else {
            store<T>(el<T>(wr, nn - 1), x + p);
            store<T>(el<T>(wr, nn), x + p);
            store<T>(el<T>(wi, nn - 1), -z);
            store<T>(el<T>(wi, nn), z);
          }
          nn -= 2;
        } else {
          if (its == 60) return 1;
          if (its > 0 && its % 10 == 0) {
            // exceptional shift
            t += x;
            for (let i = 0; i <= nn; i++) store<T>(at<T>(a, n, i, i), load<T>(at<T>(a, n, i, i)) - x);
            s = abs<T>(load<T>(at<T>(a, n, nn, nn - 1))) + abs<T>(load<T>(at<T>(a, n, nn - 1, nn - 2)));
            x = <T>0.75 * s;
            y = x;
            w = <T>-0.4375 * s * s;
          }
          its++;
          let m = nn - 2;
          for (; m >= l; m--) {
            z = load<T>(at<T>(a, n, m, m));
            r = x - z;
            s = y - z;
            p = (r * s - w) / load<T>(at<T>(a, n, m + 1, m)) + load<T>(at<T>(a, n, m, m + 1));
            q = load<T>(at<T>(a, n, m + 1, m + 1)) - z - r - s;
            r = load<T>(at<T>(a, n, m + 2, m + 1));
            s = abs<T>(p) + abs<T>(q) + abs<T>(r);
            p /= s; q /= s; r /= s;
            if (m == l) break;
            const u = abs<T>(load<T>(at<T>(a, n, m, m - 1))) * (abs<T>(q) + abs<T>(r));
            const v = abs<T>(p) * (abs<T>(load<T>(at<T>(a, n, m - 1, m - 1))) + abs<T>(z) + abs<T>(load<T>(at<T>(a, n, m + 1, m + 1))));
            if (u + v == v) break;
          }
          for (let i = m + 2; i <= nn; i++) {
            store<T>(at<T>(a, n, i, i - 2), <T>0);
            if (i != m + 2) store<T>(at<T>(a, n, i, i - 3), <T>0);
          }
          for (let k = m; k <= nn - 1; k++) {
            if (k != m) {
              p = load<T>(at<T>(a, n, k, k - 1));
              q = load<T>(at<T>(a, n, k + 1, k - 1));
              r = k != nn - 1 ? load<T>(at<T>(a, n, k + 2, k - 1)) : <T>0;
              x = abs<T>(p) + abs<T>(q) + abs<T>(r);
              if (x != <T>0) { p /= x; q /= x; r /= x; }
            }
            s = sign<T>(sqrt<T>(p * p + q * q + r * r), p);
            if (s == <T>0) continue;
            if (k == m) {
              if (l != m) store<T>(at<T>(a, n, k, k - 1), -load<T>(at<T>(a, n, k, k - 1)));
            } else store<T>(at<T>(a, n, k, k - 1), -s * x);
            p += s;
            x = p / s; y = q / s; z = r / s;
            q /= p; r /= p;
            for (let j = k; j <= nn; j++) {
              p = load<T>(at<T>(a, n, k, j)) + q * load<T>(at<T>(a, n, k + 1, j));
              if (k != nn - 1) {
                p += r * load<T>(at<T>(a, n, k + 2, j));
                store<T>(at<T>(a, n, k + 2, j), load<T>(at<T>(a, n, k + 2, j)) - p * z);
              }
              store<T>(at<T>(a, n, k + 1, j), load<T>(at<T>(a, n, k + 1, j)) - p * y);
              store<T>(at<T>(a, n, k, j), load<T>(at<T>(a, n, k, j)) - p * x);
            }
            const mmin = nn < k + 3 ? nn : k + 3;
            for (let i = l; i <= mmin; i++) {
              p = x * load<T>(at<T>(a, n, i, k)) + y * load<T>(at<T>(a, n, i, k + 1));
              if (k != nn - 1) {
                p += z * load<T>(at<T>(a, n, i, k + 2));
                store<T>(at<T>(a, n, i, k + 2), load<T>(at<T>(a, n, i, k + 2)) - p * r);
              }
              store<T>(at<T>(a, n, i, k + 1), load<T>(at<T>(a, n, i, k + 1)) - p * q);
              store<T>(at<T>(a, n, i, k), load<T>(at<T>(a, n, i, k)) - p);
            }
          }
        }
      }
    } while (l < nn - 1);
  }
  return 0;
}

/** Row j of v: the unit eigenvector of a for the real eigenvalue wr[j], by inverse iteration.
 *  work: n * n + n elements; piv: n i32. */
function eigvecs<T>(a: usize, n: i32, wr: usize, work: usize, piv: usize, v: usize): void {
  let norm: T = <T>0;
  for (let i = 0; i < n * n; i++) norm = max<T>(norm, abs<T>(load<T>(el<T>(a, i))));
  const eps3 = max<T>(norm, <T>1e-300) * epsOf<T>() * <T>2;
  const x = el<T>(work, n * n);
  const row = <usize>n << alignof<T>();
  for (let j = 0; j < n; j++) {
    // pull lambda away from the previous ones it equals (their vectors stay independent)
    let lambda = load<T>(el<T>(wr, j));
    for (let tries = 0; tries < n; tries++) {
      let clash = false;
      for (let i = 0; i < j; i++) if (abs<T>(load<T>(el<T>(wr, i)) - lambda) < eps3) { clash = true; break; }
      if (!clash) break;
      lambda += eps3;
    }
    memory.copy(work, a, <usize>n * row);
    for (let i = 0; i < n; i++) store<T>(at<T>(work, n, i, i), load<T>(at<T>(work, n, i, i)) - lambda);
    getrf<T>(work, n, piv, eps3);
    // start vector: varied entries, orthogonal to the vectors of equal eigenvalues found so far
    for (let i = 0; i < n; i++) store<T>(el<T>(x, i), <T>1 + <T>((i * 7 + j * 3) % 11) / <T>11);
    for (let i = 0; i < j; i++) {
      if (abs<T>(load<T>(el<T>(wr, i)) - load<T>(el<T>(wr, j))) > <T>1000 * eps3) continue;
      const vi = v + <usize>i * row;
      const d = dot<T>(vi, x, n);
      for (let k = 0; k < n; k++) store<T>(el<T>(x, k), load<T>(el<T>(x, k)) - d * load<T>(el<T>(vi, k)));
    }
    for (let it = 0; it < 3; it++) {
      getrs<T>(work, x, n, 1, piv);
      const s = nrm2<T>(x, n);
      scal<T>(x, <T>1 / s, n);
    }
    memory.copy(v + <usize>j * row, x, row);
  }
}

/** For each matrix: eigenvalues (wr, wi), and the eigenvectors (row j of v for wr[j]) when
 *  v != 0 and every eigenvalue is real. info: 0; 1 no convergence; 2 complex eigenvalues. */
function geev<T>(a: usize, n: i32, count: i32, work: usize, piv: usize, wr: usize, wi: usize, v: usize, info: usize): void {
  const mat = <usize>n * <usize>n << alignof<T>();
  for (let m = 0; m < count; m++) {
    const am = a + <usize>m * mat, wrm = el<T>(wr, m * n), wim = el<T>(wi, m * n);
    memory.copy(work, am, mat);
    elmhes<T>(work, n);
    let f = hqr<T>(work, n, wrm, wim);
    if (f == 0) for (let i = 0; i < n; i++) if (load<T>(el<T>(wim, i)) != <T>0) f = 2;
    store<i32>(info + (<usize>m << 2), f);
    if (f == 0 && v) eigvecs<T>(am, n, wrm, work, piv, v + <usize>m * mat);
  }
}

export function geevDispatch(code: i32, a: usize, n: i32, count: i32, work: usize, piv: usize, wr: usize, wi: usize, v: usize, info: usize): void {
  if (code == Code.float32) geev<f32>(a, n, count, work, piv, wr, wi, v, info);
  else geev<f64>(a, n, count, work, piv, wr, wi, v, info);
}
