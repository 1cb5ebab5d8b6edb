// The LU family: det, slogdet, inv, solve (NumPy 2's rule for b), and Cholesky. One kernel call
// per stack (assembly/linalg_lu.ts), on a float64 work copy; results in NumPy's result dtype.
// One large matrix is factored here panel by panel instead, its trailing updates split over the
// thread pool (the same arithmetic per element, so the same factors for any thread count).
import { ndarray } from "../ndarray/ndarray.js";
import { shapeSize } from "../ndarray/shape.js";
import { LinAlgError, ValueError } from "../core/errors.js";
import { params } from "../core/args.js";
import { kernels } from "../runtime/wasm.js";
import { runTask, threadCount } from "../threads/pool.js";
import { poolReady } from "../threads/config.js";
import { broadcast_shapes } from "../manipulation/broadcasting.js";
import { eye } from "../creation/matrices.js";
import {
  WORK, asArray, scoped, resultType, assertStackedSquare, packed, geometry, infoWords, pivots, as, scalarOr, named, transposed,
} from "./common.js";

/** Order from which one matrix's LU splits its trailing updates over the pool, and the rows of
 *  an update below which it stays on this thread. */
export const PARALLEL_LU_MIN = 256;
const UPDATE_ROWS_MIN = 64;

/**
 * getrf of the one row-major n x n matrix at a (pivots at piv), panel by panel, each trailing
 * update A22 -= L21 U12 split into blocks of rows over the pool. Returns 1 + getrf's info (the
 * `factored` argument of the LU kernels), or 0 when the kernel is left to factor it itself.
 */
function factorOnPool(a: number, n: number, count: number, piv: number): number {
  if (count !== 1 || n < PARALLEL_LU_MIN || !poolReady() || threadCount() < 2) return 0;
  const k = kernels.k, code = WORK.code, sz = WORK.itemsize, nb = k.linalg_lu_block();
  const at = (r: number, col: number) => a + (r * n + col) * sz;
  let info = 0;
  for (let k0 = 0; k0 < n; k0 += nb) {
    info = k.linalg_getrf_panel(code, a, n, k0, piv, info);
    const k1 = Math.min(k0 + nb, n), m = n - k1;
    if (m === 0) break;
    // blocks of whole row pairs (gemmSub's step), two per thread
    const per = Math.ceil(m / (2 * threadCount()) / 2) * 2;
    const done = m >= UPDATE_ROWS_MIN && runTask({
      fn: "linalg_gemm_sub", chunks: Math.ceil(m / per), nargs: 10,
      args(i, w, o) {
        const r = k1 + i * per;
        w[o] = code; w[o + 1] = at(r, k1); w[o + 2] = n; w[o + 3] = at(r, k0); w[o + 4] = n;
        w[o + 5] = at(k0, k1); w[o + 6] = n; w[o + 7] = Math.min(per, n - r); w[o + 8] = m; w[o + 9] = k1 - k0;
      },
    });
    if (!done) k.linalg_gemm_sub(code, at(k1, k1), n, at(k1, k0), n, at(k0, k1), n, m, m, k1 - k0);
  }
  return info + 1;
}

/** sign and log|det| (mode 0) or det (mode 1) of every matrix, float64, shaped as the batch. */
function slogdetCore(a: ndarray, mode: 0 | 1): ndarray[] {
  assertStackedSquare(a);
  const { batch, count, n } = geometry(a);
  const w = packed(a);
  const out = [ndarray._alloc(batch, WORK), ndarray._alloc(batch, WORK)];
  const piv = pivots(n);
  const factored = factorOnPool(w._addr(), n, count, piv);
  kernels.k.linalg_slogdet(WORK.code, w._addr(), n, count, piv, out[0]._addr(), out[1]._addr(), mode, factored);
  return out;
}

/** np.linalg.det(a): a JS number for one matrix. */
export function det(a: unknown): ndarray | number {
  return scoped(() => {
    const x = asArray(a);
    return scalarOr(as(slogdetCore(x, 1)[0], resultType(x)));
  });
}

/** np.linalg.slogdet(a): SlogdetResult (sign, logabsdet). */
export function slogdet(a: unknown): [ndarray | number, ndarray | number] {
  return scoped(() => {
    const x = asArray(a);
    const rt = resultType(x);
    const [s, l] = slogdetCore(x, 0);
    return named([scalarOr(as(s, rt)), scalarOr(as(l, rt))], ["sign", "logabsdet"]);
  });
}

/**
 * X with A X = B for stacks a (..., n, n) and b (..., n, k), batch axes broadcast, in float64.
 * Returns X and the indices of the singular matrices (their X left as garbage).
 */
export function solveCore(a: ndarray, b: ndarray): { x: ndarray; singular: number[] } {
  const n = a.shape[a.ndim - 1], k = b.shape[b.ndim - 1];
  const batch = broadcast_shapes(a.shape.slice(0, -2), b.shape.slice(0, -2));
  const count = shapeSize(batch);
  const A = packed(a, [...batch, n, n]), X = packed(b, [...batch, n, k]);
  const info = infoWords(count);
  const piv = pivots(n);
  const factored = factorOnPool(A._addr(), n, count, piv);
  kernels.k.linalg_gesv(WORK.code, A._addr(), X._addr(), n, k, count, piv, info.ptr, factored);
  return { x: X, singular: info.failed() };
}

/** The inverse of every matrix in float64; NaN for the singular ones unless `raise`. */
export function invCore(a: ndarray, raise: boolean): ndarray {
  assertStackedSquare(a);
  const n = a.shape[a.ndim - 1];
  const { x, singular } = solveCore(a, eye(n));
  if (singular.length && raise) throw new LinAlgError("Singular matrix");
  if (singular.length) {
    const flat = x.reshape([-1, n, n]);
    for (const i of singular) (flat.get(i) as ndarray).fill(NaN);
  }
  return x;
}

/** np.linalg.inv(a) */
export function inv(a: unknown): ndarray {
  return scoped(() => {
    const x = asArray(a);
    return as(invCore(x, true), resultType(x));
  });
}

/** np.linalg.solve(a, b): b is a stack of vectors only when it is 1-d (NumPy 2). */
export function solve(a: unknown, b: unknown): ndarray {
  return scoped(() => {
    const A = asArray(a), B = asArray(b);
    assertStackedSquare(A);
    const rt = resultType(A, B);
    const n = A.shape[A.ndim - 1];
    const vec = B.ndim === 1;
    const sig = vec ? "(m,m),(m)->(m)" : "(m,m),(m,n)->(m,n)";
    const name = vec ? "solve1" : "solve";
    if (B.ndim < (vec ? 1 : 2)) {
      throw new ValueError(`${name}: Input operand 1 does not have enough dimensions (has ${B.ndim}, gufunc core with signature ${sig} requires ${vec ? 1 : 2})`);
    }
    const m = B.shape[vec ? 0 : B.ndim - 2];
    if (m !== n) throw new ValueError(`${name}: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature ${sig} (size ${m} is different from ${n})`);
    if (!vec) batchOf(A, B);
    const { x, singular } = solveCore(A, vec ? B.reshape([n, 1]) : B);
    if (singular.length) throw new LinAlgError("Singular matrix");
    // a 1-d b's solution as an array of its own (a view's dispose() would free nothing)
    return as(vec ? x._reshapeOwned(x.shape.slice(0, -1)) : x, rt);
  });
}

const parens = (s: readonly (number | string)[]) => `(${s.join(",")})`;

/** The broadcast batch shape of a (..., n, n) and b (..., n, k), or NumPy's gufunc error. */
function batchOf(a: ndarray, b: ndarray): number[] {
  const [sa, sb] = [a.shape.slice(0, -2), b.shape.slice(0, -2)];
  try {
    return broadcast_shapes(sa, sb);
  } catch {
    const remap = (v: ndarray, s: number[]) => `${parens(v.shape)}->${parens([...s, "newaxis", "newaxis"])}`;
    throw new ValueError(`operands could not be broadcast together with remapped shapes [original->remapped]: ${remap(a, sa)} ${remap(b, sb)}  and requested shape ${parens(b.shape.slice(-2))}`);
  }
}

/** np.linalg.cholesky(a, /, *, upper=False) */
export function cholesky(a: unknown, ...rest: unknown[]): ndarray {
  const p = params<{ upper?: boolean }>(rest, []);
  return scoped(() => {
    const x = asArray(a);
    assertStackedSquare(x);
    const { count, n } = geometry(x);
    const w = packed(x);
    const info = infoWords(count);
    kernels.k.linalg_potrf(WORK.code, w._addr(), n, count, info.ptr);
    if (info.failed().length) throw new LinAlgError("Matrix is not positive definite");
    return as(p.upper ? transposed(w) : w, resultType(x));
  });
}
