// Shared plumbing of the sorting module: running the row kernels (assembly/sort.ts) along an
// axis, NumPy's argument checks for kind / order / kth, and small array helpers built on the
// set kernels (gather by int64 indices, 1-d concatenation).
import { ndarray } from "../ndarray/ndarray.js";
import { int64, type DType } from "../dtype/dtype.js";
import { ValueError, TypeError } from "../core/errors.js";
import { kernels, type Kernels } from "../runtime/wasm.js";
import { alloc, free, heap } from "../runtime/memory.js";
import { writeNd, ndShapePtr, ndStridesPtr } from "../ndarray/nd.js";
import { assign } from "../ndarray/assign.js";
import { cStrides } from "../ndarray/shape.js";
import { asarray } from "../creation/basic.js";
import { pyTypeName } from "../dtype/promotion.js";
import type { ArrayLike } from "../ndarray/fromjs.js";

export const enum Op { sort = 0, argsort = 1, partition = 2, argpartition = 3 }
export const STABLE = 1, INDIRECT = 2;

export const k = (): Kernels => kernels.k;
export const arr = (x: unknown): ndarray => (x instanceof ndarray ? x : asarray(x as ArrayLike));

/** Run a row op along `axis` of `a`: in place (sort, partition) or into the int64 array `out`
 *  of a's shape (argsort, argpartition). `y` is the flags, or the kth count with `kth`. */
export function alongAxis(op: Op, a: ndarray, axis: number, out: ndarray | null, y: number, kth: number[] | null = null): void {
  if (a.size === 0) return;
  const n = a.shape[axis];
  const others = (s: readonly number[]) => s.filter((_, i) => i !== axis);
  const work = alloc(k().sort_work(a.dtype.code, n, op));
  let kp = 0;
  try {
    if (kth) {
      kp = alloc(kth.length * 4);
      heap.i32.set(kth, kp >>> 2);
    }
    const q = out ?? a;
    const nd = writeNd(others(a.shape), others(a.strides), others(q.strides));
    k().sort_rows(op, a.dtype.code, a._addr(), a.strides[axis], out ? out._addr() : 0, out ? out.strides[axis] : 0, n,
      nd, ndShapePtr(), ndStridesPtr(0), ndStridesPtr(1), work, kp, y);
  } finally {
    free(work);
    if (kp) free(kp);
  }
}

/** int64 argsort of a contiguous 1-d array (always stable). */
export function argsort1d(a: ndarray): ndarray {
  const out = ndarray._alloc([a.size], int64);
  alongAxis(Op.argsort, a, 0, out, STABLE);
  return out;
}

/** A new 1-d owner holding a's elements in C order, cast to dtype. */
export function flat(a: ndarray, dtype: DType = a.dtype): ndarray {
  const out = ndarray._alloc([a.size], dtype);
  if (a.size) assign(out.reshape(a.shape), a);
  return out;
}

/** `a` itself when C-contiguous of dtype, else a C-order copy cast to dtype (1-d or a's shape). */
export function contiguous(a: ndarray, dtype: DType = a.dtype): ndarray {
  return a.dtype === dtype && a._isC() ? a : flat(a, dtype);
}

/** 1-d concatenation of the arrays (flattened) as dtype. */
export function concat1d(parts: ndarray[], dtype: DType): ndarray {
  const total = parts.reduce((s, p) => s + p.size, 0);
  const out = ndarray._alloc([total], dtype);
  let off = 0;
  for (const p of parts) {
    if (p.size) assign(out._view(p.shape, cStrides(p.shape, dtype.itemsize), off * dtype.itemsize), p);
    off += p.size;
  }
  return out;
}

/** out[i] = the element (or row of `width` bytes) at src + idx[i] * stride, as a new 1-d array;
 *  idx is an int64 array (or a prefix of `count` of it). */
export function gather(src: ndarray, idx: ndarray, count = idx.size, stride = src.itemsize, shape: number[] = [count]): ndarray {
  const out = ndarray._alloc(shape, src.dtype);
  const width = count ? out.nbytes / count : 0;
  if (count) k().sort_gather(width, src._addr(), stride, idx._addr(), count, out._addr());
  return out;
}

/** The first n elements of a 1-d array, as a view. */
export const head = (a: ndarray, n: number): ndarray => a._view([n], [a.itemsize]);

// ---------------------------------------------------------------- NumPy's argument checks

/** np.sort / argsort `kind` and `stable`: true for a stable sort. */
export function isStable(kind: unknown, stable: unknown): boolean {
  if (kind !== undefined && kind !== null && typeof kind !== "string") throw new TypeError(`sort kind must be str, not ${typeName(kind)}`);
  if (stable !== undefined && stable !== null) {
    if (kind !== undefined && kind !== null) {
      throw new ValueError("`kind` and keyword parameters can't be provided at the same time. Use only one of them.");
    }
    return Boolean(stable);
  }
  if (kind === undefined || kind === null) return false;
  const c = kind.charAt(0).toLowerCase();
  if (c === "q" || c === "h") return false; // NumPy 2.4 runs heapsort requests as its quicksort
  if (c === "m" || c === "s") return true;
  throw new ValueError(`sort kind must be one of 'quick', 'heap', or 'stable' (got '${String(kind)}')`);
}

export function checkSelectKind(kind: unknown): void {
  if (kind === undefined) return;
  if (typeof kind !== "string") throw new TypeError(`select kind must be str, not ${typeName(kind)}`);
  if (kind !== "introselect") throw new ValueError(`select kind must be 'introselect' (got '${kind}')`);
}

/** Python's type name of the object a JS value stands for ("int", "NoneType", "list", ...). */
export const typeName = (x: unknown): string => (Array.isArray(x) ? "list" : pyTypeName(x).slice(8, -2));

export function checkNoOrder(order: unknown): void {
  if (order !== undefined && order !== null) throw new ValueError("Cannot specify order when the array has no fields.");
}

/** An axis read as NumPy's argument parsing reads it, before `kind` is checked (its bounds
 *  after): np.argsort / np.argpartition convert it as an axis (`asAxis`: a bool refused), the
 *  others as a C int (a bool is an int). undefined is the default -1, null stays null. */
export function axisArg(axis: unknown, asAxis = false): number | null {
  if (axis === undefined) return -1;
  if (axis === null) return null;
  if (typeof axis === "boolean") {
    if (asAxis) throw new TypeError("an integer is required for the axis");
    return +axis;
  }
  if (typeof axis === "number" && Number.isInteger(axis)) return axis;
  if (typeof axis === "number" && !asAxis) throw new TypeError("integer argument expected, got float");
  throw new TypeError(`'${typeName(axis)}' object cannot be interpreted as an integer`);
}

/** A method's (or lexsort's) axis: an integer (None is not accepted by a.sort / a.partition). */
export function intAxis(axis: unknown): number {
  if (axis === null) throw new TypeError("'NoneType' object cannot be interpreted as an integer");
  return axisArg(axis)!;
}

/** kth as the ascending list of nonnegative positions along an axis of length n. */
export function kthList(kth: unknown, n: number, size: number): number[] {
  const ka = arr(kth);
  if (ka.ndim > 1) {
    throw new ValueError("setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.");
  }
  if (ka.dtype.kind === "b") throw new ValueError("Booleans unacceptable as partition index");
  if (!ka.dtype.isInteger) throw new TypeError("Partition index must be integer");
  const list = ([ka.tolist()].flat() as number[]);
  if (size === 0) return [];
  const out = list.map((v) => {
    const t = v < 0 ? v + n : v;
    if (t < 0 || t >= n) throw new ValueError(`kth(=${t}) out of bounds (${n})`);
    return t;
  });
  return out.sort((x, y) => x - y);
}
