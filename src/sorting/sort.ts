// np.sort, np.argsort, np.lexsort, np.partition, np.argpartition (kernels: assembly/sort.ts).
//
// Every kind sorts with the same stable algorithm (radix / merge / insertion by length), so
// argsort's ties always come out in NumPy's stable order; kind only decides what a value sort
// does with equal-comparing bit patterns: the stable kinds keep -0.0 / 0.0 and NaN payloads in
// input order, quicksort / heapsort (one algorithm in NumPy 2.4 too) put -0.0 before 0.0 and
// write NaNs back as the canonical NaN, as NumPy's SIMD sort does.
import { ndarray } from "../ndarray/ndarray.js";
import { int64 } from "../dtype/dtype.js";
import { normalizeAxis, TypeError, ValueError } from "../core/errors.js";
import { params } from "../core/args.js";
import {
  Op, STABLE, INDIRECT, arr, alongAxis, isStable, checkSelectKind, checkNoOrder, kthList, axisArg, intAxis,
} from "./common.js";

type SortOpts = { axis?: number | null; kind?: string | null; order?: unknown; stable?: boolean | null };
type PartOpts = { axis?: number | null; kind?: string; order?: unknown };

/** Sort `a` in place along axis (already normalized). */
export function sortInPlace(a: ndarray, axis: number, stable: boolean): void {
  alongAxis(Op.sort, a, axis, null, stable ? STABLE : 0);
}

/** np.sort(a, axis=-1, kind=None, order=None, *, stable=None) */
export function sort(a: unknown, ...rest: unknown[]): ndarray {
  const p = params<SortOpts>(rest, ["axis", "kind", "order"]);
  const x = arr(a);
  const ax = axisArg(p.axis);
  const stable = isStable(p.kind, p.stable);
  checkNoOrder(p.order);
  if (ax === null) {
    const out = x.flatten();
    sortInPlace(out, 0, stable);
    return out;
  }
  const axis = normalizeAxis(ax, x.ndim);
  const out = x.copy("K");
  sortInPlace(out, axis, stable);
  return out;
}

/** np.argsort(a, axis=-1, kind=None, order=None, *, stable=None): int64 indices. */
export function argsort(a: unknown, ...rest: unknown[]): ndarray {
  const p = params<SortOpts>(rest, ["axis", "kind", "order"]);
  let x = arr(a);
  const ax = axisArg(p.axis, true);
  isStable(p.kind, p.stable); // validated; every kind gives the stable order (see above)
  checkNoOrder(p.order);
  if (x.ndim === 0) x = x.reshape([1]); // NumPy argsorts a 0-d array as a 1-element one
  let axis: number;
  if (ax === null) { x = x.ravel(); axis = 0; } else axis = normalizeAxis(ax, x.ndim);
  const out = ndarray._alloc(x.shape.slice(), int64);
  alongAxis(Op.argsort, x, axis, out, STABLE);
  return out;
}

/** Partition `a` in place along axis around the (validated, ascending) kth positions. */
export function partitionInPlace(a: ndarray, axis: number, kth: number[]): void {
  if (kth.length) alongAxis(Op.partition, a, axis, null, kth.length, kth);
}

/** np.partition(a, kth, axis=-1, kind='introselect', order=None) */
export function partition(a: unknown, kth: unknown, ...rest: unknown[]): ndarray {
  const p = params<PartOpts>(rest, ["axis", "kind", "order"]);
  const x = arr(a);
  const ax = axisArg(p.axis);
  checkSelectKind(p.kind);
  checkNoOrder(p.order);
  let out: ndarray, axis: number;
  if (ax === null) { out = x.flatten(); axis = 0; } else {
    axis = normalizeAxis(ax, x.ndim);
    out = x.copy("K");
  }
  partitionInPlace(out, axis, kthList(kth, out.shape[axis], out.size));
  return out;
}

/** np.argpartition(a, kth, axis=-1, kind='introselect', order=None): int64 indices. */
export function argpartition(a: unknown, kth: unknown, ...rest: unknown[]): ndarray {
  const p = params<PartOpts>(rest, ["axis", "kind", "order"]);
  let x = arr(a);
  const ax = axisArg(p.axis, true);
  checkSelectKind(p.kind);
  checkNoOrder(p.order);
  if (x.ndim === 0) x = x.reshape([1]);
  let axis: number;
  if (ax === null) { x = x.ravel(); axis = 0; } else axis = normalizeAxis(ax, x.ndim);
  const ks = kthList(kth, x.shape[axis], x.size);
  const out = ndarray._alloc(x.shape.slice(), int64);
  alongAxis(Op.argpartition, x, axis, out, ks.length, ks); // no kth: 0..n-1 along the axis, as NumPy
  return out;
}

/** np.lexsort(keys, axis=-1): indices sorting by the last key, then the one before, ... */
export function lexsort(keys: unknown, ...rest: unknown[]): ndarray | number {
  const p = params<{ axis?: number | null }>(rest, ["axis"]);
  const ax = intAxis(p.axis); // parsed before the keys are looked at
  let list: ndarray[];
  if (keys instanceof ndarray) {
    if (keys.ndim === 0) throw new TypeError("need sequence of keys with len > 0 in lexsort");
    list = Array.from({ length: keys.shape[0] }, (_, i) => keys.get(i) as ndarray | number).map(arr);
  } else if (Array.isArray(keys)) list = keys.map(arr);
  else throw new TypeError("need sequence of keys with len > 0 in lexsort");
  if (list.length === 0) throw new TypeError("need sequence of keys with len > 0 in lexsort");
  const shape = list[0].shape;
  for (const key of list) {
    if (key.ndim !== shape.length || key.shape.some((d, i) => d !== shape[i])) throw new ValueError("all keys need to be the same shape");
  }
  if (shape.length === 0) { // 0-d keys: NumPy returns the scalar 0, for axis 0 or -1 only
    if (ax !== 0 && ax !== -1) normalizeAxis(ax, 0);
    return 0;
  }
  const axis = normalizeAxis(ax, shape.length);
  const out = ndarray._alloc(shape.slice(), int64);
  // stable passes from the least significant key (the first) to the primary one (the last)
  list.forEach((key, i) => alongAxis(Op.argsort, key, axis, out, i === 0 ? STABLE : STABLE | INDIRECT));
  return out;
}
