// np.linalg's product helpers: matrix_power, multi_dot (NumPy's optimal chain order),
// tensorinv, tensorsolve, and the array-API aliases whose argument rules differ from np.*
// (cross, diagonal, matmul, matrix_transpose, outer, tensordot, trace, vecdot).
import { ndarray } from "../ndarray/ndarray.js";
import { shapeSize } from "../ndarray/shape.js";
import { LinAlgError, ValueError, TypeError as NpTypeError, IndexError } from "../core/errors.js";
import { params } from "../core/args.js";
import { matmul as coreMatmul, vecdot as coreVecdot } from "../products/gufuncs.js";
import { dot, outer as coreOuter, tensordot as coreTensordot } from "../products/dot.js";
import { diagonal as coreDiagonal, trace as coreTrace } from "../manipulation/diagonal.js";
import { matrix_transpose as coreMatrixTranspose } from "../manipulation/axes.js";
import { cross as coreCross } from "../statistics/differences.js";
import { eye } from "../creation/matrices.js";
import { asArray, scoped, assertStackedSquare, assert2d } from "./common.js";
import { inv, solve } from "./lu.js";

/** np.linalg.matrix_power(a, n) */
export function matrix_power(a: unknown, n: unknown): ndarray {
  return scoped(() => {
    let x = asArray(a);
    assertStackedSquare(x);
    if (typeof n === "bigint") n = Number(n);
    if (typeof n !== "number" || !Number.isInteger(n)) throw new NpTypeError("exponent must be an integer");
    const mm = (p: ndarray, q: ndarray) => coreMatmul(p, q) as ndarray;
    if (n === 0) {
      const r = ndarray._alloc(x.shape, x.dtype);
      r.set("...", eye(x.shape[x.ndim - 2], { dtype: x.dtype }));
      return r;
    }
    if (n < 0) { x = inv(x); n = -n; }
    let k = n as number;
    if (k === 1) return x;
    if (k === 2) return mm(x, x);
    if (k === 3) return mm(mm(x, x), x);
    let z: ndarray | null = null, result: ndarray | null = null;
    while (k > 0) {
      z = z === null ? x : mm(z, z);
      const bit = k % 2;
      k = Math.floor(k / 2);
      if (bit) result = result === null ? z : mm(result, z);
    }
    return result!;
  });
}

/** NumPy's _multi_dot_matrix_chain_order: s[i][j], the split of A_i..A_j of least cost. */
function chainOrder(dims: number[]): number[][] {
  const n = dims.length - 1;
  const m = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const s = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let l = 1; l < n; l++) {
    for (let i = 0; i < n - l; i++) {
      const j = i + l;
      m[i][j] = Infinity;
      for (let k = i; k < j; k++) {
        const q = m[i][k] + m[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1];
        if (q < m[i][j]) { m[i][j] = q; s[i][j] = k; }
      }
    }
  }
  return s;
}

/** np.linalg.multi_dot(arrays, *, out=None) */
export function multi_dot(arrays: unknown[], ...rest: unknown[]): unknown {
  const p = params<{ out?: ndarray | null }>(rest, []);
  const out = p.out ?? null;
  const n = arrays.length;
  if (n < 2) throw new ValueError("Expecting at least two arrays.");
  const dotOut = (x: unknown, y: unknown, o: ndarray | null) => (o ? dot(x, y, { out: o }) : dot(x, y));
  if (n === 2) return dotOut(arrays[0], arrays[1], out);
  return scoped(() => {
    const xs = arrays.map((a) => asArray(a));
    const nd0 = xs[0].ndim, ndl = xs[n - 1].ndim;
    if (nd0 === 1) xs[0] = xs[0].reshape([1, -1]);
    if (ndl === 1) xs[n - 1] = xs[n - 1].reshape([-1, 1]);
    assert2d(...xs);
    let result: ndarray;
    if (n === 3) {
      const [[a0, a1b0], [b1c0, c1]] = [xs[0].shape, xs[2].shape];
      const cost1 = a0 * b1c0 * (a1b0 + c1), cost2 = a1b0 * c1 * (a0 + b1c0);
      result = (cost1 < cost2 ? dotOut(dot(xs[0], xs[1]), xs[2], out) : dotOut(xs[0], dot(xs[1], xs[2]), out)) as ndarray;
    } else {
      const s = chainOrder([...xs.map((x) => x.shape[0]), xs[n - 1].shape[1]]);
      const go = (i: number, j: number, o: ndarray | null): ndarray =>
        (i === j ? xs[i] : dotOut(go(i, s[i][j], null), go(s[i][j] + 1, j, null), o)) as ndarray;
      result = go(0, n - 1, out);
    }
    if (nd0 === 1 && ndl === 1) return result.get(0, 0);
    if (nd0 === 1 || ndl === 1) return result.ravel();
    return result;
  });
}

/** np.linalg.tensorinv(a, ind=2) */
export function tensorinv(a: unknown, ...rest: unknown[]): ndarray {
  const p = params<{ ind?: number }>(rest, ["ind"]);
  const ind = p.ind ?? 2;
  return scoped(() => {
    const x = asArray(a);
    if (!(ind > 0)) throw new ValueError("Invalid ind argument.");
    const inner = x.shape.slice(ind), outerShape = x.shape.slice(0, ind);
    const prod = shapeSize(inner);
    return inv(x.reshape([prod, -1]))._reshapeOwned([...inner, ...outerShape]);
  });
}

/** np.linalg.tensorsolve(a, b, axes=None) */
export function tensorsolve(a: unknown, b: unknown, ...rest: unknown[]): ndarray {
  const p = params<{ axes?: number[] | null }>(rest, ["axes"]);
  return scoped(() => {
    let x = asArray(a);
    const y = asArray(b);
    const an = x.ndim;
    if (p.axes != null) {
      const all = [...Array(an).keys()];
      for (const k of p.axes) {
        const i = all.indexOf(k);
        if (i < 0) throw new ValueError("list.remove(x): x not in list");
        all.splice(i, 1);
        all.push(k);
      }
      x = x.transpose(all);
    }
    const oldshape = x.shape.slice(-(an - y.ndim) || x.shape.length);
    const prod = shapeSize(oldshape);
    if (x.size !== prod * prod) {
      throw new LinAlgError("Input arrays must satisfy the requirement             prod(a.shape[b.ndim:]) == prod(a.shape[:b.ndim])");
    }
    return solve(x.reshape([prod, prod]), y.ravel()).reshape(oldshape);
  });
}

// ---- array-API aliases

/** np.linalg.cross(x1, x2, /, *, axis=-1): 3-vectors only. */
export function cross(x1: unknown, x2: unknown, ...rest: unknown[]): unknown {
  const p = params<{ axis?: number }>(rest, []);
  const axis = p.axis ?? -1;
  const a = asArray(x1), b = asArray(x2);
  const len = (v: ndarray) => {
    const i = axis < 0 ? axis + v.ndim : axis;
    if (i < 0 || i >= v.ndim) throw new IndexError("tuple index out of range");
    return v.shape[i];
  };
  const [na, nb] = [len(a), len(b)];
  if (na !== 3 || nb !== 3) {
    throw new ValueError(`Both input arrays must be (arrays of) 3-dimensional vectors, but they are ${na} and ${nb} dimensional instead.`);
  }
  return coreCross(a, b, { axis });
}

/** np.linalg.diagonal(x, /, *, offset=0): along the last two axes. */
export function diagonal(x: unknown, ...rest: unknown[]): ndarray {
  const p = params<{ offset?: number }>(rest, []);
  return coreDiagonal(x, { offset: p.offset ?? 0, axis1: -2, axis2: -1 });
}

/** np.linalg.trace(x, /, *, offset=0, dtype=None): along the last two axes. */
export function trace(x: unknown, ...rest: unknown[]): ndarray | number {
  const p = params<{ offset?: number; dtype?: unknown }>(rest, []);
  return coreTrace(x, { offset: p.offset ?? 0, axis1: -2, axis2: -1, dtype: p.dtype ?? null });
}

/** np.linalg.matmul(x1, x2, /): no options. */
export function matmul(x1: unknown, x2: unknown): unknown { return coreMatmul(x1, x2); }

/** np.linalg.matrix_transpose(x, /) */
export const matrix_transpose = (x: unknown): ndarray => coreMatrixTranspose(x);

/** np.linalg.outer(x1, x2, /): 1-d inputs only. */
export function outer(x1: unknown, x2: unknown): ndarray {
  const a = asArray(x1), b = asArray(x2);
  if (a.ndim !== 1 || b.ndim !== 1) {
    throw new ValueError(`Input arrays must be one-dimensional, but they are x1.ndim=${a.ndim} and x2.ndim=${b.ndim}.`);
  }
  return coreOuter(a, b);
}

/** np.linalg.tensordot(x1, x2, /, *, axes=2) */
export function tensordot(x1: unknown, x2: unknown, ...rest: unknown[]): ndarray {
  const p = params<{ axes?: unknown }>(rest, []);
  return coreTensordot(x1, x2, { axes: p.axes ?? 2 });
}

/** np.linalg.vecdot(x1, x2, /, *, axis=-1) */
export function vecdot(x1: unknown, x2: unknown, ...rest: unknown[]): unknown {
  const p = params<{ axis?: number }>(rest, []);
  return coreVecdot(x1, x2, { axis: p.axis ?? -1 });
}

