// take, put, take_along_axis, put_along_axis, choose, compress, extract, place, putmask: NumPy's
// index functions, each one pass of the fancy / mask kernels after NumPy's argument checks.
import { ValueError, IndexError, normalizeAxis } from "../core/errors.js";
import { params } from "../core/args.js";
import { ndarray } from "../ndarray/ndarray.js";
import { bool as boolT, int64 } from "../dtype/dtype.js";
import { result_type, type ResultTypeArg } from "../dtype/promotion.js";
import { assign } from "../ndarray/assign.js";
import { stridesFor } from "../ndarray/broadcast.js";
import { broadcast_shapes } from "../manipulation/broadcasting.js";
import { cStrides, shapeSize } from "../ndarray/shape.js";
import { kernels } from "../runtime/wasm.js";
import { writeNd, ndShapePtr, ndStridesPtr } from "../ndarray/nd.js";
import { fancy, masked, countNonzero, firstOutside, fixIndices, bestOrder, nonzeroCoords } from "./kernels.js";
import { valueStrides } from "./fancy.js";
import { fastGet } from "./fast.js";
import {
  asArray, Temps, clipMode, intIndices, modeIndices, valuesOf, cycled, throughFlat, target, castError,
} from "./common.js";

type Out = ndarray | null | undefined;
const tuple = (s: readonly number[]) => (s.length === 1 ? `(${s[0]},)` : `(${s.join(",")})`);

/** out[pre, j, post] = x[pre, ind[j], post] along axis `ax` (ind int64, in range). The pre axes
 *  run in the kernel's outer loop, so a take along the last axis is a tight gather per row. */
function takeAxis(x: ndarray, ax: number, ind: ndarray, order: number[] | null = null): ndarray {
  const shape = [...x.shape.slice(0, ax), ...ind.shape, ...x.shape.slice(ax + 1)];
  const out = ndarray._alloc(shape, x.dtype);
  if (out.size === 0) return out;
  const k = ind.ndim, pre = ax;
  const perm = order ?? [...Array(pre + k).keys()];
  const B = shape.slice(0, pre + k);
  const aB = [...x.strides.slice(0, pre), ...ind.shape.map(() => 0)];
  const iB = [...x.shape.slice(0, pre).map(() => 0), ...ind.strides];
  const oB = out.strides.slice(0, pre + k);
  const p = (xs: number[]) => perm.map((i) => xs[i]);
  fancy(0, x.itemsize, x._addr(), out._addr(), p(B), p(aB), p(oB),
    [{ arr: ind, n: x.shape[ax], st: x.strides[ax], strides: p(iB) }],
    { shape: x.shape.slice(ax + 1), a: x.strides.slice(ax + 1), o: out.strides.slice(pre + k) });
  return out;
}

/** `res` into `out` (cast as NumPy's out= does) when given; a 0-d result without out is a scalar. */
function finish(res: ndarray, out: Out): ndarray | number | boolean {
  if (out) {
    if (out.ndim !== res.ndim || out.shape.some((d, i) => d !== res.shape[i])) {
      throw new ValueError("output array does not match result of ndarray.take");
    }
    out._checkWriteable();
    assign(out, res);
    res.dispose();
    return out;
  }
  if (res.ndim === 0) { const v = res.item(); res.dispose(); return v; }
  return res;
}

// ---------------------------------------------------------------- take / put

/** np.take(a, indices, axis=None, out=None, mode='raise') */
export function take(a: unknown, indices: unknown, ...rest: unknown[]): ndarray | number | boolean {
  const p = params<{ axis?: number | null; out?: Out; mode?: string }>(rest, ["axis", "out", "mode"]);
  const mode = clipMode(p.mode);
  const t = new Temps([a, indices]);
  try {
    const x0 = t.add(asArray(a));
    const flat = p.axis === undefined || p.axis === null;
    const x = flat ? t.add(x0.ravel()) : x0;
    const ax = flat ? 0 : normalizeAxis(p.axis as number, x.ndim);
    const n = x.shape[ax];
    const ind0 = t.add(intIndices(indices));
    // NumPy (PyArray_TakeFrom) refuses an empty axis only when the result has elements, and
    // checks the indices once per outer element: with none (an empty axis before `ax`) never
    const outer = shapeSize(x.shape.slice(0, ax));
    if (n === 0 && ind0.size > 0 && outer * shapeSize(x.shape.slice(ax + 1)) > 0) {
      throw new IndexError("cannot do a non-empty take from an empty axes.");
    }
    if (outer === 0) return finish(ndarray._alloc([...x.shape.slice(0, ax), ...ind0.shape, ...x.shape.slice(ax + 1)], x.dtype), p.out);
    if (ax === 0 && mode === "raise" && !p.out) {
      const r = fastGet(x, ind0); // the same result a[ind] gives (1-d int64 index, contiguous x)
      if (r) return r;
    }
    const ind = t.add(modeIndices(ind0, mode, n, ax));
    return finish(takeAxis(x, ax, ind), p.out);
  } finally {
    t.free();
  }
}

/** np.put(a, ind, v, mode='raise'): a.flat[ind] = v, v repeated as needed. */
export function put(a: unknown, ind: unknown, v: unknown, ...rest: unknown[]): void {
  const p = params<{ mode?: string }>(rest, ["mode"]);
  const x = target(a, `argument 1 must be numpy.ndarray, not <class '${Array.isArray(a) ? "list" : typeof a}'>`, "put: output array is read-only");
  const mode = clipMode(p.mode);
  const t = new Temps([a, ind, v]);
  try {
    const ind0 = t.add(intIndices(ind, "unsafe"));
    // NumPy's PyArray_PutTo: the empty-target check comes before the values are converted
    if (ind0.size > 0 && x.size === 0) throw new IndexError("cannot replace elements of an empty array");
    const vals = t.add(valuesOf(v, x.dtype));
    if (ind0.size === 0 || vals.size === 0) return;
    const fi = t.add(t.add(modeIndices(ind0, mode, x.size, 0)).ravel());
    const val = t.add(cycled(vals, fi.size));
    throughFlat(x, (flat) => fancy(1, x.itemsize, flat._addr(), val._addr(), [fi.size], [0], [x.itemsize],
      [{ arr: fi, n: x.size, st: x.itemsize, strides: [8] }], { shape: [], a: [], o: [] }));
  } finally {
    t.free();
  }
}

// ---------------------------------------------------------------- along an axis

/** The index space of take/put_along_axis (NumPy's fancy index of aranges and `indices`). */
function alongGeometry(arr: ndarray, ind: ndarray, axis: number): number[] {
  const nd = arr.ndim;
  const shapes = arr.shape.map((d, k) => (k === axis ? ind.shape : arr.shape.map((_, j) => (j === k ? d : 1))));
  const B: number[] = [];
  for (let k = 0; k < nd; k++) {
    const a = k === axis ? ind.shape[k] : arr.shape[k], b = ind.shape[k];
    if (a !== b && a !== 1 && b !== 1) {
      throw new IndexError(`shape mismatch: indexing arrays could not be broadcast together with shapes ${shapes.map(tuple).join(" ")} `);
    }
    B.push(k === axis ? ind.shape[k] : a === 1 ? b : a);
  }
  return B;
}

function alongArgs(t: Temps, arr0: unknown, indices: unknown, axis: unknown, name: string): { arr: ndarray; ind: ndarray; ax: number; flat: boolean } {
  const arr = t.add(asArray(arr0));
  const ind = t.add(asArray(indices));
  if (!ind.dtype.isInteger) throw new IndexError("`indices` must be an integer array");
  if (axis === null) {
    if (ind.ndim !== 1) throw new ValueError("when axis=None, `indices` must have a single dimension.");
    return { arr, ind, ax: 0, flat: true };
  }
  if (axis === undefined) throw new globalThis.TypeError(`${name}() missing 1 required positional argument: 'axis'`);
  const ax = normalizeAxis(axis as number, arr.ndim);
  if (ind.ndim !== arr.ndim) throw new ValueError("`indices` and `arr` must have the same number of dimensions");
  return { arr, ind, ax, flat: false };
}

/** One along-axis pass: mode 0 out[j] = arr[..., ind[j], ...]; mode 1 the reverse. */
function along(mode: 0 | 1, arr: ndarray, ind64: ndarray, ax: number, B: number[], other: ndarray, oStr: readonly number[]): void {
  const iS = stridesFor(ind64.shape, ind64.strides, B)!;
  const aB = B.map((_, k) => (k === ax || arr.shape[k] === 1 ? 0 : arr.strides[k]));
  // NumPy iterates the aranges and indices in memory order (the aranges never decide it)
  const perm = bestOrder(B.length, mode === 0 ? [iS] : [iS, oStr]);
  const p = (xs: readonly number[]) => perm.map((i) => xs[i]);
  fancy(mode, arr.itemsize, arr._addr(), other._addr(), p(B), p(aB), p(oStr),
    [{ arr: ind64, n: arr.shape[ax], st: arr.strides[ax], strides: p(iS) }], { shape: [], a: [], o: [] });
}

/** np.take_along_axis(arr, indices, axis=-1) */
export function take_along_axis(arr: unknown, indices: unknown, ...rest: unknown[]): ndarray {
  const p = params<{ axis?: number | null }>(rest, ["axis"]);
  const t = new Temps([arr, indices]);
  try {
    const g = alongArgs(t, arr, indices, p.axis === undefined ? -1 : p.axis, "take_along_axis");
    const x = g.flat ? t.add(g.arr.ravel()) : g.arr;
    const B = g.flat ? g.ind.shape.slice() : alongGeometry(x, g.ind, g.ax);
    const ind64 = t.add(intIndices(g.ind, "unsafe"));
    if (shapeSize(B) > 0) modeIndices(ind64, "raise", x.shape[g.ax], g.ax); // NumPy checks no empty index space
    // the result is laid out in the index space's iteration order
    const iS = stridesFor(ind64.shape, ind64.strides, B)!;
    const perm = bestOrder(B.length, [iS]);
    const hint = B.map((_, k) => B.length - perm.indexOf(k));
    const out = ndarray._alloc(B, x.dtype, false, B.length ? hint : "C");
    if (out.size > 0) along(0, x, ind64, g.ax, B, out, out.strides);
    return out;
  } finally {
    t.free();
  }
}

/** np.put_along_axis(arr, indices, values, axis) */
export function put_along_axis(arr: unknown, indices: unknown, values: unknown, ...rest: unknown[]): void {
  const p = params<{ axis?: number | null }>(rest, ["axis"]);
  const a = target(arr, "put_along_axis needs an ndarray to write into");
  const t = new Temps([arr, indices, values]);
  try {
    const g = alongArgs(t, a, indices, p.axis, "put_along_axis");
    // axis=None writes into np.array(arr.flat), which is arr itself only when arr is C-contiguous
    // and otherwise a read-only copy: NumPy 2.4 then refuses the assignment
    if (g.flat && !a._isC()) throw new ValueError("assignment destination is read-only");
    const ind64 = t.add(intIndices(g.ind, "unsafe"));
    const v = t.add(valuesOf(values, a.dtype));
    const run = (x: ndarray) => {
      const B = g.flat ? g.ind.shape.slice() : alongGeometry(x, g.ind, g.ax);
      const vs = valueStrides(v, B);
      if (B.some((d) => d === 0)) return; // NumPy checks no index of an empty index space
      modeIndices(ind64, "raise", x.shape[g.ax], g.ax);
      along(1, x, ind64, g.ax, B, v, vs);
    };
    if (g.flat) throughFlat(a, run); else run(a);
  } finally {
    t.free();
  }
}

// ---------------------------------------------------------------- choose

/** np.choose(a, choices, out=None, mode='raise') */
export function choose(a: unknown, choices: unknown, ...rest: unknown[]): ndarray | number | boolean {
  const p = params<{ out?: Out; mode?: string }>(rest, ["out", "mode"]);
  const mode = clipMode(p.mode);
  const t = new Temps(Array.isArray(choices) ? [a, choices, ...choices] : [a, choices]);
  try {
    const x = t.add(asArray(a));
    if (!x.dtype.isInteger && x.dtype !== boolT) throw castError(x.dtype, int64, "safe");
    // the choices: a sequence (JS array) of array_likes, or an array's slices along axis 0
    let list: (ndarray | number | boolean | bigint)[];
    if (choices instanceof ndarray) {
      if (choices.ndim === 0) throw new ValueError("0-length sequence.");
      list = [...Array(choices.shape[0]).keys()].map((i) => choices.get(i) as ndarray);
    } else if (Array.isArray(choices)) {
      list = choices.map((c) => (typeof c === "number" || typeof c === "boolean" || typeof c === "bigint" ? c : t.add(asArray(c))));
    } else throw new ValueError("0-length sequence.");
    if (list.length === 0) throw new ValueError("0-length sequence.");
    // NumPy converts the choices to a common type (Python scalars weak), values unsafely
    const dt = result_type(...list.map((c) => (c instanceof ndarray ? c.dtype : c) as ResultTypeArg));
    const arrs = list.map((c) => (c instanceof ndarray ? c : t.add(valuesOf(c, dt, "unsafe", true))));
    const shape = broadcast_shapes(...arrs.map((c) => c.shape), x.shape);
    const n = arrs.length;
    // stack the broadcast choices, then gather C[a[j], j]
    const stacked = t.add(ndarray._alloc([n, ...shape], dt));
    if (stacked.size > 0) arrs.forEach((c, k) => assign(stacked._view(shape, stacked.strides.slice(1), k * stacked.strides[0]), c));
    let ind = t.add(intIndices(x, "unsafe"));
    if (mode === "raise") {
      if (firstOutside(ind, 0, n) !== null) throw new ValueError("invalid entry in choice array");
    } else ind = t.add(fixIndices(ind, mode, n));
    const out = ndarray._alloc(shape, dt);
    if (out.size > 0) {
      fancy(0, dt.itemsize, stacked._addr(), out._addr(), shape.slice(), stacked.strides.slice(1), out.strides,
        [{ arr: ind, n, st: stacked.strides[0], strides: stridesFor(ind.shape, ind.strides, shape)! }], { shape: [], a: [], o: [] });
    }
    return finish(out, p.out);
  } finally {
    t.free();
  }
}

// ---------------------------------------------------------------- masks

/** Indices of the nonzero elements of a 1-d array (int64, a view of a new owner). */
function nonzero1d(t: Temps, c: ndarray): ndarray {
  const coords = t.add(nonzeroCoords(c, "arrays"));
  return coords._view([coords.shape[1]], [8], 0);
}

/** np.compress(condition, a, axis=None, out=None) */
export function compress(condition: unknown, a: unknown, ...rest: unknown[]): ndarray | number | boolean {
  const p = params<{ axis?: number | null; out?: Out }>(rest, ["axis", "out"]);
  const t = new Temps([condition, a]);
  try {
    const c = t.add(asArray(condition));
    if (c.ndim !== 1) throw new ValueError("condition must be a 1-d array");
    return take(a, nonzero1d(t, c), { axis: p.axis ?? null, out: p.out });
  } finally {
    t.free();
  }
}

/** np.extract(condition, arr): the elements of arr (flat) where condition (flat) is nonzero. */
export function extract(condition: unknown, arr: unknown): ndarray {
  const t = new Temps([condition, arr]);
  try {
    const c = t.add(t.add(asArray(condition)).ravel());
    return take(t.add(t.add(asArray(arr)).ravel()), nonzero1d(t, c)) as ndarray;
  } finally {
    t.free();
  }
}

/** The mask of place / putmask as bool, in a's shape (same size required). */
function maskLike(t: Temps, a: ndarray, mask: unknown, name: string): ndarray {
  const m0 = t.add(asArray(mask));
  if (m0.size !== a.size) throw new ValueError(`${name}: mask and data must be the same size`);
  const m = m0.dtype === boolT ? m0 : t.add(m0.astype(boolT));
  if (m.ndim === a.ndim && m.shape.every((d, i) => d === a.shape[i])) return m;
  const r = m.reshape(a.shape);
  t.add(r._owner);
  return r;
}

/** np.place(arr, mask, vals): arr's elements where mask is true (flat order) become vals, cycled. */
export function place(arr: unknown, mask: unknown, vals: unknown): void {
  const a = target(arr, `place() argument 1 must be numpy.ndarray, not ${Array.isArray(arr) ? "list" : typeof arr}`, "WRITEBACKIFCOPY base is read-only");
  const t = new Temps([arr, mask, vals]);
  try {
    const m = maskLike(t, a, mask, "place");
    const v = t.add(valuesOf(vals, a.dtype, "safe"));
    const count = countNonzero(m);
    if (count === 0) return;
    if (v.size === 0) throw new ValueError("Cannot insert from an empty array!");
    const vv = t.add(cycled(v, count));
    masked(1, a.itemsize, a._addr(), vv._addr(), m._addr(), a.shape.slice(), m.strides.slice(), a.strides.slice(), a.itemsize, { shape: [], a: [], o: [] });
  } finally {
    t.free();
  }
}

/** np.putmask(a, mask, values): a.flat[n] = values[n % len(values)] where mask.flat[n]. */
export function putmask(a: unknown, mask: unknown, values: unknown): void {
  const x = target(a, "putmask: first argument must be an array", "putmask: output array is read-only");
  const t = new Temps([a, mask, values]);
  try {
    const m = maskLike(t, x, mask, "putmask");
    const v = t.add(valuesOf(values, x.dtype, "safe"));
    if (v.size === 0 || x.size === 0) return;
    const vv = t.add(cycled(v, x.size));
    const src = vv._view(x.shape.slice(), cStrides(x.shape, x.itemsize), vv.offset);
    const nd = writeNd(x.shape, src.strides, x.strides, m.strides);
    kernels.k.copy_masked(x.itemsize, src._addr(), x._addr(), m._addr(), nd, ndShapePtr(), ndStridesPtr(0), ndStridesPtr(1), ndStridesPtr(2));
  } finally {
    t.free();
  }
}


