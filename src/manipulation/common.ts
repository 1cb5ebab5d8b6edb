// Helpers shared by the array-manipulation modules (internal; not part of `np`).
import { ndarray } from "../ndarray/ndarray.js";
import { fromJS, type ArrayLike } from "../ndarray/fromjs.js";
import { assign, overlaps } from "../ndarray/assign.js";
import { ValueError, normalizeAxis } from "../core/errors.js";
import { scope } from "../runtime/lifetime.js";
import { index } from "../creation/pyargs.js";
import { pyRepr } from "../dtype/promotion.js";
import { sliceIndices } from "../indexing/slice.js";

/** np.asanyarray: an ndarray as is, anything else converted. */
export const asArray = (x: unknown): ndarray => (x instanceof ndarray ? x : fromJS(x as ArrayLike));

/** Run fn, freeing every array it creates except those reachable from its result. */
export function scoped<T>(fn: () => T): T {
  return scope(fn, (x) => (x instanceof ndarray ? x._owner : null));
}

/** NumPy's normalize_axis_tuple (argname prefixes the AxisError as NumPy's does). */
export function normalizeAxisTuple(axis: unknown, ndim: number, argname?: string, allowDuplicate = false): number[] {
  const list = Array.isArray(axis) ? axis : [axis];
  const out = list.map((ax) => normalizeAxis(index(ax), ndim, argname));
  if (!allowDuplicate && new Set(out).size !== out.length) {
    throw new ValueError(argname ? `repeated axis in \`${argname}\` argument` : "repeated axis");
  }
  return out;
}

export type Slice = { start: number | null; stop: number | null; step: number | null };

export { sliceIndices };

/** One axis argument (Python's operator.index, then normalize_axis_index). */
export const axisArg = (axis: unknown, ndim: number, argname?: string): number => normalizeAxis(index(axis), ndim, argname);

/** a[..., start:stop:step, ...] on one axis (Python slice semantics, null = omitted): a view. */
export function sliceAxis(a: ndarray, axis: number, start: number | null, stop: number | null, step: number | null = null): ndarray {
  const [s, , st, count] = sliceIndices({ start, stop, step }, a.shape[axis]);
  const shape = a.shape.slice(), strides = a.strides.slice();
  shape[axis] = count;
  if (count > 0) strides[axis] *= st; // NumPy keeps the old stride on an empty slice
  return a._view(shape, strides, a.offset + (count > 0 ? s * a.strides[axis] : 0));
}

/** dst[...] = src (broadcast, cast). A source overlapping dst is copied here first: assign's
 *  own overlap copy would keep the source's original strides. */
export function copyInto(dst: ndarray, src: ndarray): void {
  if (!overlaps(dst, src)) return assign(dst, src);
  const t = src.copy();
  assign(dst, t);
  t.dispose();
}

/** A C-contiguous version of a: itself, or a copy. */
export const contiguous = (a: ndarray): ndarray => (a._isC() ? a : a.copy("C"));

/** Python's str() of a JS value standing for a Python object, for messages. */
export function pyStr(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(pyStr).join(", ")}]`;
  if (x instanceof ndarray) return String(x);
  return typeof x === "string" ? x : pyRepr(x);
}

/** An integer argument (Python's operator.index), NumPy's TypeError otherwise. */
export const intArg = index;
