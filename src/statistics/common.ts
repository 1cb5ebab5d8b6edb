// Helpers shared by the statistics modules (internal): argument conversion, axis handling,
// views that move axes, scratch arrays, masked copies, and NumPy's mean (the reductions module
// will provide np.mean; until then the ufunc layer's add.reduce + divide, as NumPy computes it).
import { ndarray } from "../ndarray/ndarray.js";
import { fromJS, type ArrayLike } from "../ndarray/fromjs.js";
import { ValueError, TypeError as NpTypeError, normalizeAxis } from "../core/errors.js";
import { scope } from "../runtime/lifetime.js";
import { kernels } from "../runtime/wasm.js";
import { writeNd, ndShapePtr, ndStridesPtr } from "../ndarray/nd.js";
import { stridesFor } from "../ndarray/broadcast.js";
import { sameShape } from "../ndarray/shape.js";
import { sliceIndices } from "../ndarray/indexing.js";
import { type DType, bool as boolT, int64, float64 } from "../dtype/dtype.js";
import { ufuncs } from "../ufunc/ufunc.js";
import { mean as npMean, std as npStd } from "../reduction/stats.js";

/** np.asanyarray: an ndarray as is, anything else converted (a JS number becomes a 0-d array:
 *  int64 when integral, float64 otherwise, as NumPy converts Python scalars). */
export const asArray = (x: unknown, dtype?: DType): ndarray => {
  if (x instanceof ndarray) return dtype && x.dtype !== dtype ? x.astype(dtype) : x;
  return fromJS(x as ArrayLike, dtype);
};

/** Run fn, freeing every array it creates except those reachable from its result. */
export function scoped<T>(fn: () => T): T {
  return scope(fn, (x) => (x instanceof ndarray ? x._owner : null));
}

/** Python's operator.index for an axis-like argument. */
function pyIndex(x: unknown): number {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "boolean") return +x;
  const t = typeof x === "number" ? "float" : x === null ? "NoneType" : Array.isArray(x) ? "list" : typeof x;
  throw new NpTypeError(`'${t}' object cannot be interpreted as an integer`);
}

/** NumPy's normalize_axis_tuple (argname prefixes messages as NumPy's does). */
export function normalizeAxisTuple(axis: unknown, ndim: number, argname?: string): number[] {
  const list = Array.isArray(axis) ? axis : [axis];
  const out = list.map((ax) => normalizeAxis(pyIndex(ax), ndim, argname));
  if (new Set(out).size !== out.length) throw new ValueError(argname ? `repeated axis in \`${argname}\` argument` : "repeated axis");
  return out;
}

/** NumPy's normalize_axis_index for a single axis argument (a C function: a float is its
 *  "integer argument expected", not operator.index's message). */
export function axisIndex(axis: unknown, ndim: number, prefix?: string): number {
  if (typeof axis === "number" && !Number.isInteger(axis)) throw new NpTypeError("integer argument expected, got float");
  return normalizeAxis(pyIndex(axis), ndim, prefix);
}

/** View of a with the listed axes moved to the end, in the listed order. */
export function axesLast(a: ndarray, axes: readonly number[]): ndarray {
  const rest = [...a.shape.keys()].filter((i) => !axes.includes(i));
  return a.transpose([...rest, ...axes]);
}

/** np.moveaxis(a, src, dst) for one axis: a view. */
export function moveAxis(a: ndarray, src: number, dst: number): ndarray {
  const order = [...a.shape.keys()].filter((i) => i !== src);
  order.splice(dst, 0, src);
  return a.transpose(order);
}

/** a[..., start:stop:step, ...] along one axis (Python slice semantics; null = omitted): a view. */
export function sliceAxis(a: ndarray, axis: number, start: number | null, stop: number | null, step: number | null = null): ndarray {
  const [s, , st, count] = sliceIndices({ start, stop, step }, a.shape[axis]);
  const shape = a.shape.slice(), strides = a.strides.slice();
  shape[axis] = count;
  if (count > 0) strides[axis] *= st;
  return a._view(shape, strides, a.offset + (count > 0 ? s * a.strides[axis] : 0));
}

/** a[..., i, ...] along one axis (i may be negative): a view with that axis removed. */
export function takeAxis(a: ndarray, axis: number, i: number): ndarray {
  const n = a.shape[axis];
  const k = i < 0 ? i + n : i;
  const shape = a.shape.filter((_, j) => j !== axis), strides = a.strides.filter((_, j) => j !== axis);
  return a._view(shape, strides, a.offset + k * a.strides[axis]);
}

/** A fresh C-contiguous copy (of the given dtype): the kernels work on it in place. */
export function freshCopy(a: ndarray, dtype: DType = a.dtype): ndarray {
  const out = ndarray._alloc(a.shape.slice(), dtype);
  out.set("...", a);
  return out;
}

/** x, an array the caller made, in `shape` as an array of its own (x itself when the shape is
 *  already that), for results NumPy returns as arrays of their own; a reshape view when x is a
 *  view itself. Never for an array the caller was given: x's memory moves to the result. */
export function ownShaped(x: ndarray, shape: readonly number[]): ndarray {
  return sameShape(x.shape, shape) ? x : x._reshapeOwned(shape);
}

/** a itself when C-contiguous with that dtype, else a C-contiguous copy. */
export function contiguous(a: ndarray, dtype: DType = a.dtype): ndarray {
  return a.dtype === dtype && a._isC() ? a : freshCopy(a, dtype);
}

/** np.copyto(dst, src, where=mask, casting='unsafe'): src and mask broadcast to dst. */
export function copyto(dst: ndarray, src: ndarray | number, mask: ndarray): void {
  if (dst.size === 0) return;
  let s = src instanceof ndarray ? src : fromJS(src as number).reshape([]);
  if (s.dtype !== dst.dtype) s = s.astype(dst.dtype);
  const m = mask.dtype === boolT ? mask : mask.astype(boolT);
  const ss = stridesFor(s.shape, s.strides, dst.shape), ms = stridesFor(m.shape, m.strides, dst.shape);
  if (!ss || !ms) throw new ValueError("copyto: shapes do not broadcast");
  const nd = writeNd(dst.shape, ss, dst.strides, ms);
  kernels.k.copy_masked(dst.itemsize, s._addr(), dst._addr(), m._addr(), nd, ndShapePtr(), ndStridesPtr(0), ndStridesPtr(1), ndStridesPtr(2));
}

/** An int64 array of JS integers (small index lists, never bulk data). */
export const int64Array = (xs: readonly number[]): ndarray => fromJS(xs.length ? xs : [], int64);

/** The ufunc result as an ndarray (a 0-d result comes back from ufuncs as a JS scalar). */
export function nd(x: unknown, dtype?: DType): ndarray {
  if (x instanceof ndarray) return x;
  return fromJS(x as number, dtype).reshape([]);
}

/** A ufunc call whose 0-d results stay 0-d arrays of the ufunc's dtype (the ufunc layer returns
 *  JS scalars for them, which would then count as weak Python scalars). Calls on JS numbers only
 *  give NumPy scalars too, as np.<ufunc>(2, 3) does. A trailing options object passes through. */
export function uf(name: string, ...args: unknown[]): ndarray {
  let opts: unknown[] = [];
  const last = args[args.length - 1];
  if (last !== null && typeof last === "object" && !Array.isArray(last) && !(last instanceof ndarray)) {
    opts = [last];
    args = args.slice(0, -1);
  }
  const arrays = args.filter((a) => a instanceof ndarray) as ndarray[];
  const scalarOnly = arrays.every((a) => a.ndim === 0) && args.every((a) => a instanceof ndarray || typeof a === "number" || typeof a === "boolean");
  if (!scalarOnly) return nd(ufuncs[name](...args, ...opts));
  const ins = args.map((a) => (a instanceof ndarray ? a.reshape([1]) : arrays.length ? a : fromJS([a as number])));
  const r = ufuncs[name](...ins, ...opts);
  return r instanceof ndarray ? (r.ndim === 1 && r.size === 1 && !(opts[0] as { out?: unknown } | undefined)?.out ? r.reshape([]) : r) : nd(r);
}

/** Any element true (a bool/numeric ndarray) through logical_or.reduce. */
export function any(x: ndarray): boolean {
  if (x.size === 0) return false;
  return Boolean(ufuncs.logical_or.reduce(x.reshape([-1])));
}

/** np.mean(x, axis, out=out, keepdims=keepdims) (the reductions module), always as an ndarray:
 *  a 0-d result stays a 0-d array of the mean's dtype. */
export function mean(x: ndarray, axes: number[] | null, keepdims: boolean, out?: ndarray | null): ndarray {
  const ax = axes ?? null;
  if (out) return npMean(x, { axis: ax, out, keepdims }) as ndarray;
  // a 0-d x as one element: its mean would come back as a JS number
  const r = npMean(x.ndim === 0 ? x.reshape([1]) : x, { axis: ax, keepdims: true }) as ndarray;
  return keepdims && x.ndim > 0 ? r : r._reshapeOwned(x.shape.filter((_, i) => ax !== null && !ax.includes(i)));
}

/** np.std(x) over all axes as a 0-d array (the reductions module). */
export const std = (x: ndarray): ndarray => (npStd(x, { keepdims: true }) as ndarray).reshape([]);

/** A JS number for a 0-d result without `out` (NumPy returns a scalar there), else the array. */
export function finish(r: ndarray, out?: ndarray | null): ndarray | number | boolean {
  if (out) return out;
  return r.ndim === 0 ? r.item() : r;
}

/** Python repr of a string (for messages quoting an argument). */
export const pyStrRepr = (s: unknown): string => (typeof s === "string" ? `'${s}'` : String(s));

export { float64, int64, boolT };
