// Symmetric eigenproblems (np.linalg.eigh / eigvalsh), LAPACK dsyevd's pipeline for the sizes
// where it runs QL / QR (n <= 25, dstedc's SMLSIZ), so that eigenvectors come out with NumPy's
// signs: dsyevd's range scaling, dsytd2 (Householder tridiagonalisation of the UPLO triangle:
// dlarfg, dsymv, dsyr2), dsteqr (implicit QL or QR, whichever end of each block is smaller, with
// dlaev2 for 2x2 blocks, dlartg rotations saved and applied by dlasr; selection sort at the end),
// and dormtr (dorm2r for 'L', dorm2l for 'U') applying the reflectors to the vectors. Above 25
// LAPACK switches to divide and conquer (dlaed0 ...): the values agree to rounding, but each
// eigenvector's sign may differ from NumPy's there. Matrices are column-major, 1-based, as the
// Fortran (lapack_aux.ts); the packed input is symmetric (both triangles filled from UPLO's), so
// its row-major storage reads as the same column-major matrix.
import { Code } from "./dtypes";
import { el, rot } from "./linalg_util";
import { ix, get, put, vx, vget, vput, fsign, safmin, prec, epsE, lapy2, lascl, larfg } from "./lapack_aux";

const MAXIT = 30;

/** dsytd2: A (n x n, ld n) to symmetric tridiagonal form Q' A Q = T through the upper or lower
 *  triangle; d (n), e (n - 1), tau (n - 1, also dsymv's scratch, as LAPACK uses it). */
function sytd2<T>(upper: bool, n: i32, a: usize, d: usize, e: usize, tau: usize): void {
  if (upper) {
    for (let i = n - 1; i >= 1; i--) {
      // H(i) annihilates A(1:i-1, i+1); v(i) = 1 is the reflector's last element
      const taui = larfg<T>(i, ix<T>(a, n, i, i + 1), ix<T>(a, n, 1, i + 1), 1);
      vput<T>(e, i, get<T>(a, n, i, i + 1));
      if (taui != <T>0) {
        put<T>(a, n, i, i + 1, <T>1);
        symvUpdate<T>(true, i, taui, a, n, ix<T>(a, n, 1, i + 1), tau);
        put<T>(a, n, i, i + 1, vget<T>(e, i));
      }
      vput<T>(d, i + 1, get<T>(a, n, i + 1, i + 1));
      vput<T>(tau, i, taui);
    }
    vput<T>(d, 1, get<T>(a, n, 1, 1));
  } else {
    for (let i = 1; i <= n - 1; i++) {
      // H(i) annihilates A(i+2:n, i); v(1) = 1 sits at A(i+1, i)
      const taui = larfg<T>(n - i, ix<T>(a, n, i + 1, i), ix<T>(a, n, min(i + 2, n), i), 1);
      vput<T>(e, i, get<T>(a, n, i + 1, i));
      if (taui != <T>0) {
        put<T>(a, n, i + 1, i, <T>1);
        symvUpdate<T>(false, n - i, taui, ix<T>(a, n, i + 1, i + 1), n, ix<T>(a, n, i + 1, i), ix<T>(tau, n, i, 1));
        put<T>(a, n, i + 1, i, vget<T>(e, i));
      }
      vput<T>(d, i, get<T>(a, n, i, i));
      vput<T>(tau, i, taui);
    }
    vput<T>(d, n, get<T>(a, n, n, n));
  }
}

/** One dsytd2 step's update of the m x m triangle S (at s, ld) by H = I - tau v v':
 *  y = tau S v (dsymv), y += alpha v with alpha = -tau/2 y'v, then S -= v y' + y v' (dsyr2).
 *  Column-major, so each column's part of the triangle is contiguous: the elementwise updates
 *  run as vectors (the same operations per element), the dot products in order. */
function symvUpdate<T>(upper: bool, m: i32, tau: T, s: usize, ld: i32, v: usize, y: usize): void {
  for (let i = 1; i <= m; i++) vput<T>(y, i, <T>0);
  // dsymv (reference loop order) over the stored triangle
  for (let j = 1; j <= m; j++) {
    const t1 = tau * vget<T>(v, j);
    const col = ix<T>(s, ld, 1, j);
    // the off-diagonal part of column j: rows 1..j-1 (upper) or j+1..m (lower)
    const lo = upper ? 1 : j + 1, len = upper ? j - 1 : m - j;
    const c = el<T>(col, lo - 1), vv = vx<T>(v, lo);
    let t2: T = <T>0;
    for (let k = 0; k < len; k++) t2 += load<T>(el<T>(c, k)) * load<T>(el<T>(vv, k));
    if (upper) {
      axpy2<T>(vx<T>(y, 1), c, t1, 0, <T>0, len);
      vput<T>(y, j, vget<T>(y, j) + t1 * get<T>(s, ld, j, j) + tau * t2);
    } else {
      vput<T>(y, j, vget<T>(y, j) + t1 * get<T>(s, ld, j, j));
      axpy2<T>(vx<T>(y, lo), c, t1, 0, <T>0, len);
      vput<T>(y, j, vget<T>(y, j) + tau * t2);
    }
  }
  let dotyv: T = <T>0;
  for (let i = 1; i <= m; i++) dotyv += vget<T>(y, i) * vget<T>(v, i);
  const alpha = <T>-0.5 * tau * dotyv;
  axpy2<T>(y, v, alpha, 0, <T>0, m);
  // dsyr2 with alpha = -1: column j of the triangle += v * (-y(j)) + y * (-v(j))
  for (let j = 1; j <= m; j++) {
    const vj = vget<T>(v, j), yj = vget<T>(y, j);
    if (vj == <T>0 && yj == <T>0) continue;
    const lo = upper ? 1 : j, len = upper ? j : m - j + 1;
    axpy2<T>(ix<T>(s, ld, lo, j), vx<T>(v, lo), -yj, vx<T>(y, lo), -vj, len);
  }
}

/** dst[k] = dst[k] + x[k] * a (+ y[k] * b when y != 0), k < len: vectors, then a scalar tail;
 *  each element rounds as the scalar expression. */
function axpy2<T>(dst: usize, x: usize, a: T, y: usize, b: T, len: i32): void {
  const W = <i32>(16 / sizeof<T>());
  const va = v128.splat<T>(a), vb = v128.splat<T>(b);
  let k = 0;
  if (y) {
    for (; k + W <= len; k += W) {
      const p = el<T>(dst, k);
      v128.store(p, v128.add<T>(v128.add<T>(v128.load(p), v128.mul<T>(v128.load(el<T>(x, k)), va)), v128.mul<T>(v128.load(el<T>(y, k)), vb)));
    }
    for (; k < len; k++) { const p = el<T>(dst, k); store<T>(p, load<T>(p) + load<T>(el<T>(x, k)) * a + load<T>(el<T>(y, k)) * b); }
  } else {
    for (; k + W <= len; k += W) {
      const p = el<T>(dst, k);
      v128.store(p, v128.add<T>(v128.load(p), v128.mul<T>(va, v128.load(el<T>(x, k)))));
    }
    for (; k < len; k++) { const p = el<T>(dst, k); store<T>(p, load<T>(p) + a * load<T>(el<T>(x, k))); }
  }
}

/** dlartg (LAPACK 3.10+, Anderson's safe scaling): c, s, r with [c s; -s c] [f; g] = [r; 0]. */
let rC: f64 = 0, rS: f64 = 0, rR: f64 = 0;
function lartg<T>(f: T, g: T): void {
  const smin = safmin<T>(), smax = <T>1 / smin;
  const rtmin = sqrt<T>(smin), rtmax = sqrt<T>(smax / <T>2);
  const f1 = abs<T>(f), g1 = abs<T>(g);
  if (g == <T>0) { rC = 1; rS = 0; rR = <f64>f; return; }
  if (f == <T>0) { rC = 0; rS = <f64>fsign<T>(<T>1, g); rR = <f64>g1; return; }
  if (f1 > rtmin && f1 < rtmax && g1 > rtmin && g1 < rtmax) {
    const dd = sqrt<T>(f * f + g * g);
    const r = fsign<T>(dd, f);
    rC = <f64>(f1 / dd); rR = <f64>r; rS = <f64>(g / r);
    return;
  }
  const u = min<T>(smax, max<T>(smin, max<T>(f1, g1)));
  const fs = f / u, gs = g / u;
  const dd = sqrt<T>(fs * fs + gs * gs);
  const r = fsign<T>(dd, f);
  rC = <f64>(abs<T>(fs) / dd); rS = <f64>(gs / r); rR = <f64>(r * u);
}

/** dlaev2: eigenvalues rt1 (larger |.|), rt2 and the unit right eigenvector (cs1, sn1) of rt1 of
 *  [a b; b c]. */
let eRt1: f64 = 0, eRt2: f64 = 0, eCs: f64 = 0, eSn: f64 = 0;
function laev2<T>(a: T, b: T, c: T): void {
  const sm = a + c, df = a - c, adf = abs<T>(df), tb = b + b, ab = abs<T>(tb);
  const acmx = abs<T>(a) > abs<T>(c) ? a : c, acmn = abs<T>(a) > abs<T>(c) ? c : a;
  let rt: T;
  if (adf > ab) { const q = ab / adf; rt = adf * sqrt<T>(<T>1 + q * q); }
  else if (adf < ab) { const q = adf / ab; rt = ab * sqrt<T>(<T>1 + q * q); }
  else rt = ab * sqrt<T>(<T>2);
  let rt1: T, rt2: T, sgn1: i32;
  if (sm < <T>0) { rt1 = <T>0.5 * (sm - rt); sgn1 = -1; rt2 = (acmx / rt1) * acmn - (b / rt1) * b; }
  else if (sm > <T>0) { rt1 = <T>0.5 * (sm + rt); sgn1 = 1; rt2 = (acmx / rt1) * acmn - (b / rt1) * b; }
  else { rt1 = <T>0.5 * rt; rt2 = <T>-0.5 * rt; sgn1 = 1; }
  let cs: T, sgn2: i32;
  if (df >= <T>0) { cs = df + rt; sgn2 = 1; } else { cs = df - rt; sgn2 = -1; }
  let cs1: T, sn1: T;
  if (abs<T>(cs) > ab) { const ct = -tb / cs; sn1 = <T>1 / sqrt<T>(<T>1 + ct * ct); cs1 = ct * sn1; }
  else if (ab == <T>0) { cs1 = <T>1; sn1 = <T>0; }
  else { const tn = -cs / tb; cs1 = <T>1 / sqrt<T>(<T>1 + tn * tn); sn1 = tn * cs1; }
  if (sgn1 == sgn2) { const tn = cs1; cs1 = -sn1; sn1 = tn; }
  eRt1 = <f64>rt1; eRt2 = <f64>rt2; eCs = <f64>cs1; eSn = <f64>sn1;
}

/** dlasr('R', 'V', forward or backward): the plane rotations (c(k), s(k)), k = 1..nr-1, applied
 *  to columns j0.. j0+nr-1 of Z (n rows, ld n) from the right. */
function lasr<T>(forward: bool, n: i32, nr: i32, c: usize, s: usize, z: usize, j0: i32): void {
  for (let t = 1; t <= nr - 1; t++) {
    const j = forward ? t : nr - t;
    const ct = vget<T>(c, j), st = vget<T>(s, j);
    if (ct == <T>1 && st == <T>0) continue;
    // columns are contiguous: A(:, j+1) = c A(:, j+1) - s A(:, j), A(:, j) = s A(:, j+1) + c A(:, j)
    rot<T>(ix<T>(z, n, 1, j0 + j), ix<T>(z, n, 1, j0 + j - 1), ct, st, n);
  }
}

/** dsteqr: eigenvalues of the symmetric tridiagonal (d, e) into d, ascending; with wantZ, Z
 *  (n x n, ld n) starts as the identity and ends as the eigenvectors. work: 2(n - 1). Returns
 *  the number of off-diagonal elements that did not converge (LAPACK's info). */
function steqr<T>(n: i32, d: usize, e: usize, z: usize, wantZ: bool, work: usize): i32 {
  if (n <= 1) { if (wantZ && n == 1) put<T>(z, n, 1, 1, <T>1); return 0; }
  const eps = epsE<T>(), eps2 = eps * eps, smin = safmin<T>(), smax = <T>1 / smin;
  const ssfmax = sqrt<T>(smax) / <T>3, ssfmin = sqrt<T>(smin) / eps2;
  if (wantZ) for (let j = 1; j <= n; j++) for (let i = 1; i <= n; i++) put<T>(z, n, i, j, <T>(i == j ? 1 : 0));
  const wc = work, ws = el<T>(work, n - 1);   // WORK(1..n-1) cosines, WORK(n..) sines
  const nmaxit = n * MAXIT;
  let jtot = 0;
  let l1 = 1;
  for (;;) {
    if (l1 > n) break;
    if (l1 > 1) vput<T>(e, l1 - 1, <T>0);
    let m = n;
    for (let mm = l1; mm <= n - 1; mm++) {
      const tst = abs<T>(vget<T>(e, mm));
      if (tst == <T>0) { m = mm; break; }
      if (tst <= (sqrt<T>(abs<T>(vget<T>(d, mm))) * sqrt<T>(abs<T>(vget<T>(d, mm + 1)))) * eps) {
        vput<T>(e, mm, <T>0);
        m = mm;
        break;
      }
    }
    let l = l1;
    const lsv = l;
    let lend = m;
    const lendsv = lend;
    l1 = m + 1;
    if (lend == l) continue;
    // scale the block l..lend (dlanst 'M', dlascl)
    let anorm: T = <T>0;
    for (let i = l; i <= lend; i++) anorm = max<T>(anorm, abs<T>(vget<T>(d, i)));
    for (let i = l; i < lend; i++) anorm = max<T>(anorm, abs<T>(vget<T>(e, i)));
    let iscale = 0;
    if (anorm == <T>0) continue;
    if (anorm > ssfmax) {
      iscale = 1;
      lascl<T>(anorm, ssfmax, lend - l + 1, 1, ix<T>(d, n, l, 1), n);
      lascl<T>(anorm, ssfmax, lend - l, 1, ix<T>(e, n, l, 1), n);
    } else if (anorm < ssfmin) {
      iscale = 2;
      lascl<T>(anorm, ssfmin, lend - l + 1, 1, ix<T>(d, n, l, 1), n);
      lascl<T>(anorm, ssfmin, lend - l, 1, ix<T>(e, n, l, 1), n);
    }
    if (abs<T>(vget<T>(d, lend)) < abs<T>(vget<T>(d, l))) { lend = lsv; l = lendsv; }
    if (lend > l) {
      // QL iteration: look for a small subdiagonal element
      for (;;) {
        m = lend;
        for (let mm = l; mm <= lend - 1; mm++) {
          const tst = abs<T>(vget<T>(e, mm)) * abs<T>(vget<T>(e, mm));
          if (tst <= (eps2 * abs<T>(vget<T>(d, mm))) * abs<T>(vget<T>(d, mm + 1)) + smin) { m = mm; break; }
        }
        if (m < lend) vput<T>(e, m, <T>0);
        let p = vget<T>(d, l);
        if (m == l) {
          vput<T>(d, l, p);
          l++;
          if (l <= lend) continue;
          break;
        }
        if (m == l + 1) {
          laev2<T>(vget<T>(d, l), vget<T>(e, l), vget<T>(d, l + 1));
          if (wantZ) {
            vput<T>(wc, l, <T>eCs); vput<T>(ws, l, <T>eSn);
            lasr<T>(false, n, 2, el<T>(wc, l - 1), el<T>(ws, l - 1), z, l);
          }
          vput<T>(d, l, <T>eRt1); vput<T>(d, l + 1, <T>eRt2); vput<T>(e, l, <T>0);
          l += 2;
          if (l <= lend) continue;
          break;
        }
        if (jtot == nmaxit) break;
        jtot++;
        // form the shift
        let g = (vget<T>(d, l + 1) - p) / (<T>2 * vget<T>(e, l));
        let r = lapy2<T>(g, <T>1);
        g = vget<T>(d, m) - p + (vget<T>(e, l) / (g + fsign<T>(r, g)));
        let s: T = <T>1, c: T = <T>1;
        p = <T>0;
        for (let i = m - 1; i >= l; i--) {
          const f = s * vget<T>(e, i), b = c * vget<T>(e, i);
          lartg<T>(g, f);
          c = <T>rC; s = <T>rS; r = <T>rR;
          if (i != m - 1) vput<T>(e, i + 1, r);
          g = vget<T>(d, i + 1) - p;
          r = (vget<T>(d, i) - g) * s + <T>2 * c * b;
          p = s * r;
          vput<T>(d, i + 1, g + p);
          g = c * r - b;
          if (wantZ) { vput<T>(wc, i, c); vput<T>(ws, i, -s); }
        }
        if (wantZ) lasr<T>(false, n, m - l + 1, el<T>(wc, l - 1), el<T>(ws, l - 1), z, l);
        vput<T>(d, l, vget<T>(d, l) - p);
        vput<T>(e, l, g);
      }
    } else {
      // QR iteration: look for a small superdiagonal element
      for (;;) {
        m = lend;
        for (let mm = l; mm >= lend + 1; mm--) {
          const tst = abs<T>(vget<T>(e, mm - 1)) * abs<T>(vget<T>(e, mm - 1));
          if (tst <= (eps2 * abs<T>(vget<T>(d, mm))) * abs<T>(vget<T>(d, mm - 1)) + smin) { m = mm; break; }
        }
        if (m > lend) vput<T>(e, m - 1, <T>0);
        let p = vget<T>(d, l);
        if (m == l) {
          vput<T>(d, l, p);
          l--;
          if (l >= lend) continue;
          break;
        }
        if (m == l - 1) {
          laev2<T>(vget<T>(d, l - 1), vget<T>(e, l - 1), vget<T>(d, l));
          if (wantZ) {
            vput<T>(wc, m, <T>eCs); vput<T>(ws, m, <T>eSn);
            lasr<T>(true, n, 2, el<T>(wc, m - 1), el<T>(ws, m - 1), z, l - 1);
          }
          vput<T>(d, l - 1, <T>eRt1); vput<T>(d, l, <T>eRt2); vput<T>(e, l - 1, <T>0);
          l -= 2;
          if (l >= lend) continue;
          break;
        }
        if (jtot == nmaxit) break;
        jtot++;
        let g = (vget<T>(d, l - 1) - p) / (<T>2 * vget<T>(e, l - 1));
        let r = lapy2<T>(g, <T>1);
        g = vget<T>(d, m) - p + (vget<T>(e, l - 1) / (g + fsign<T>(r, g)));
        let s: T = <T>1, c: T = <T>1;
        p = <T>0;
        for (let i = m; i <= l - 1; i++) {
          const f = s * vget<T>(e, i), b = c * vget<T>(e, i);
          lartg<T>(g, f);
          c = <T>rC; s = <T>rS; r = <T>rR;
          if (i != m) vput<T>(e, i - 1, r);
          g = vget<T>(d, i) - p;
          r = (vget<T>(d, i + 1) - g) * s + <T>2 * c * b;
          p = s * r;
          vput<T>(d, i, g + p);
          g = c * r - b;
          if (wantZ) { vput<T>(wc, i, c); vput<T>(ws, i, s); }
        }
        if (wantZ) lasr<T>(true, n, l - m + 1, el<T>(wc, m - 1), el<T>(ws, m - 1), z, m);
        vput<T>(d, l, vget<T>(d, l) - p);
        vput<T>(e, l - 1, g);
      }
    }
    // undo the scaling
    if (iscale == 1) {
      lascl<T>(ssfmax, anorm, lendsv - lsv + 1, 1, ix<T>(d, n, lsv, 1), n);
      lascl<T>(ssfmax, anorm, lendsv - lsv, 1, ix<T>(e, n, lsv, 1), n);
    } else if (iscale == 2) {
      lascl<T>(ssfmin, anorm, lendsv - lsv + 1, 1, ix<T>(d, n, lsv, 1), n);
      lascl<T>(ssfmin, anorm, lendsv - lsv, 1, ix<T>(e, n, lsv, 1), n);
    }
    if (jtot >= nmaxit) {
      let info = 0;
      for (let i = 1; i <= n - 1; i++) if (vget<T>(e, i) != <T>0) info++;
      return info;
    }
  }
  // selection sort, ascending (dlasrt gives the same values when there are no vectors)
  for (let ii = 2; ii <= n; ii++) {
    const i = ii - 1;
    let k = i;
    let p = vget<T>(d, i);
    for (let j = ii; j <= n; j++) if (vget<T>(d, j) < p) { k = j; p = vget<T>(d, j); }
    if (k != i) {
      vput<T>(d, k, vget<T>(d, i));
      vput<T>(d, i, p);
      if (wantZ) {
        const x = ix<T>(z, n, 1, i), y = ix<T>(z, n, 1, k);
        for (let r = 0; r < n; r++) { const t = load<T>(el<T>(x, r)); store<T>(el<T>(x, r), load<T>(el<T>(y, r))); store<T>(el<T>(y, r), t); }
      }
    }
  }
  return 0;
}

/** dormtr('L', uplo, 'N'): Z = Q Z with Q the product of sytd2's reflectors held in a. */
function ormtr<T>(upper: bool, n: i32, a: usize, tau: usize, z: usize): void {
  if (upper) {
    // dorm2l on rows 1..n-1: H(1) first; H(i) acts on rows 1..i with v = (A(1:i-1, i+1), 1)
    for (let i = 1; i <= n - 1; i++) reflect<T>(false, i, ix<T>(a, n, 1, i + 1), vget<T>(tau, i), z, n);
  } else {
    // dorm2r on rows 2..n: H(n-1) first; H(i) acts on rows i+1..n with v = (1, A(i+2:n, i))
    for (let i = n - 1; i >= 1; i--) reflect<T>(true, n - i, ix<T>(a, n, i + 2, i), vget<T>(tau, i), ix<T>(z, n, i + 1, 1), n);
  }
}

/** dlarf('L'): rows 1..m of C (n columns, ld n, at c) = (I - tau v v') them, v's unit element
 *  first (unitFirst: v(2:m) at x) or last (v(1:m-1) at x). Each column's dot product runs in
 *  order; its update as vectors (the same operations per element). */
function reflect<T>(unitFirst: bool, m: i32, x: usize, tau: T, c: usize, n: i32): void {
  if (tau == <T>0) return;
  const W = <i32>(16 / sizeof<T>());
  const len = m - 1;
  for (let j = 1; j <= n; j++) {
    const col = ix<T>(c, n, 1, j);
    const unit = unitFirst ? col : el<T>(col, m - 1), rest = unitFirst ? el<T>(col, 1) : col;
    let s: T = <T>0;
    for (let k = 0; k < len; k++) s += load<T>(el<T>(rest, k)) * load<T>(el<T>(x, k));
    const t = tau * (s + load<T>(unit));
    store<T>(unit, load<T>(unit) - t);
    const vt = v128.splat<T>(t);
    let k = 0;
    for (; k + W <= len; k += W) {
      const p = el<T>(rest, k);
      v128.store(p, v128.sub<T>(v128.load(p), v128.mul<T>(vt, v128.load(el<T>(x, k)))));
    }
    for (; k < len; k++) { const p = el<T>(rest, k); store<T>(p, load<T>(p) - t * load<T>(el<T>(x, k))); }
  }
}

/** dsyevd on one symmetric matrix a (n x n, both triangles filled; destroyed): eigenvalues into
 *  w ascending, and with v != 0 the eigenvectors as v's columns in column-major order (row j of
 *  the row-major buffer is eigenvector j). work: 4n. Returns 0, or 1 when dsteqr did not converge
 *  (NaN or inf in the triangle read usually gets there, as in LAPACK; NaN results otherwise). */
function syevOne<T>(upper: bool, a: usize, n: i32, w: usize, v: usize, work: usize): i32 {
  if (n == 0) return 0;
  if (n == 1) {
    vput<T>(w, 1, get<T>(a, n, 1, 1));
    if (v) put<T>(v, n, 1, 1, <T>1);
    return 0;
  }
  // dsyevd's scaling of a matrix norm outside [rmin, rmax]
  const smlnum = safmin<T>() / prec<T>(), rmin = sqrt<T>(smlnum), rmax = sqrt<T>(<T>1 / smlnum);
  let anrm: T = <T>0;
  for (let i = 0; i < n * n; i++) anrm = max<T>(anrm, abs<T>(load<T>(el<T>(a, i))));
  let sigma: T = <T>1;
  if (anrm > <T>0 && anrm < rmin) sigma = rmin / anrm;
  else if (anrm > rmax) sigma = rmax / anrm;
  if (sigma != <T>1) lascl<T>(<T>1, sigma, n, n, a, n);
  const e = work, tau = el<T>(work, n), scratch = el<T>(work, 2 * n);
  sytd2<T>(upper, n, a, w, e, tau);
  const info = steqr<T>(n, w, e, v, v != 0, scratch);
  if (info != 0) return 1;
  if (v) ormtr<T>(upper, n, a, tau, v);
  if (sigma != <T>1) for (let i = 1; i <= n; i++) vput<T>(w, i, vget<T>(w, i) * (<T>1 / sigma));
  return 0;
}

function syev<T>(a: usize, n: i32, count: i32, uplo: i32, w: usize, v: usize, work: usize, info: usize): void {
  const mat = <usize>n * <usize>n << alignof<T>();
  for (let m = 0; m < count; m++) {
    const am = a + <usize>m * mat;
    // symmetric from the chosen triangle (row-major lower = column-major upper, and vice versa)
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const up = el<T>(am, i * n + j), lo = el<T>(am, j * n + i);
        if (uplo == 0) store<T>(up, load<T>(lo)); else store<T>(lo, load<T>(up));
      }
    }
    store<i32>(info + (<usize>m << 2), syevOne<T>(uplo != 0, am, n, el<T>(w, m * n), v ? v + <usize>m * mat : 0, work));
  }
}

export function syevDispatch(code: i32, a: usize, n: i32, count: i32, uplo: i32, w: usize, v: usize, work: usize, info: usize): void {
  if (code == Code.float32) syev<f32>(a, n, count, uplo, w, v, work, info);
  else syev<f64>(a, n, count, uplo, w, v, work, info);
}
