// np.apply_along_axis and np.apply_over_axes: NumPy's shape_base loops around JS callbacks (one
// call per 1-D slice / per axis, as NumPy makes one Python call each), with NumPy's result
// assembly. Results the callbacks return are theirs: they are read, never freed here.
import { ndarray } from "../ndarray/ndarray.js";
import { fromJS, type ArrayLike } from "../ndarray/fromjs.js";
import { ValueError } from "../core/errors.js";
import { isOptions } from "../core/args.js";
import { callable } from "../creation/pyargs.js";
import { zeros_like } from "../creation/basic.js";
import { expand_dims } from "../manipulation/axes.js";
import { ndim } from "../typecheck/inspect.js";
import { asArray, axisIndex, moveAxis } from "../statistics/common.js";


/** Every index of `shape` in C order (one empty index for a 0-d shape, none when empty). */
function* ndindex(shape: readonly number[]): Generator<number[]> {
  if (shape.some((d) => d === 0)) return;
  const idx = new Array<number>(shape.length).fill(0);
  for (;;) {
    yield idx.slice();
    let k = shape.length - 1;
    while (k >= 0 && ++idx[k] === shape[k]) idx[k--] = 0;
    if (k < 0) return;
  }
}

/** np.asanyarray of a callback's result, and a dispose for the array when made here. */
function asResult(r: unknown): [ndarray, () => void] {
  if (r instanceof ndarray) return [r, () => {}];
  const a = fromJS(r as ArrayLike);
  return [a, () => a.dispose()];
}

/**
 * np.apply_along_axis(func1d, axis, arr, ...args, {kwargs}): func1d(v, ...args[, kwargs]) for
 * every 1-D view v of arr along `axis` (the trailing options object is passed on as the
 * callback's last argument, NumPy's **kwargs). The results take the place of that axis: a
 * scalar removes it, an N-d result inserts N axes; all go into an array of the first result's
 * dtype and shape (later ones broadcast and cast there, as NumPy assigns them).
 */
export function apply_along_axis(func1d: unknown, axis: unknown, arr: unknown, ...args: unknown[]): ndarray {
  const kw = args.length && isOptions(args[args.length - 1]) ? args.pop() : undefined;
  const a = asArray(arr);
  const nd = a.ndim;
  const ax = axisIndex(axis, nd);
  const inner = moveAxis(a, ax, nd - 1); // the iteration axes first, `axis` last
  const inds = ndindex(inner.shape.slice(0, -1));
  const first = inds.next();
  if (first.done) throw new ValueError("Cannot apply_along_axis when any iteration dimensions are 0");
  const f = callable(func1d);
  const extra = kw === undefined ? args : [...args, kw];
  const call = (ind: number[]) => f(inner.get(...ind, "..."), ...extra);
  const [res, done] = asResult(call(first.value));
  const outer = inner.shape.slice(0, -1);
  const buff = zeros_like(res, { shape: [...outer, ...res.shape] });
  try {
    buff.set(...first.value, "...", res);
    done();
    for (const ind of inds) {
      const [r, free] = asResult(call(ind));
      try { buff.set(...ind, "...", r); } finally { free(); }
    }
  } catch (e) {
    buff.dispose();
    throw e;
  }
  // the result's axes go where `axis` was
  const dims = [...buff.shape.keys()];
  const k = buff.ndim - res.ndim;
  return buff.transpose([...dims.slice(0, ax), ...dims.slice(k), ...dims.slice(ax, k)]);
}

/**
 * np.apply_over_axes(func, a, axes): val = func(val, axis) for each axis in turn; a result with
 * one dimension fewer than val gets it back (expand_dims at `axis`), any other change of
 * dimension count is NumPy's ValueError. Returns the last result as the callback gave it.
 */
export function apply_over_axes(func: unknown, a: unknown, axes: unknown): unknown {
  let val: unknown = a instanceof ndarray ? a : fromJS(a as ArrayLike);
  const N = (val as ndarray).ndim;
  const list = axes instanceof ndarray ? (axes.ndim === 0 ? [axes.item()] : axes.tolist() as unknown[])
    : Array.isArray(axes) ? axes : [axes];
  for (let axis of list) {
    if ((axis as number) < 0) axis = N + (axis as number);
    const res = callable(func)(val, axis);
    if (ndim(res) === ndim(val)) val = res;
    else {
      const e = expand_dims(res, axis as number);
      if (e.ndim !== ndim(val)) throw new ValueError("function is not returning an array of the correct shape");
      val = e;
    }
  }
  return val;
}
