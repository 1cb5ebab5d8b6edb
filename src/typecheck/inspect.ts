// Questions about an object rather than computations on it: np.shape, np.ndim, np.size,
// np.isscalar, np.iterable (NumPy's fromnumeric / numeric / function_base versions).
import { ndarray } from "../ndarray/ndarray.js";
import { fromJS, type ArrayLike } from "../ndarray/fromjs.js";
import { TypeError as NpTypeError } from "../core/errors.js";
import { params } from "../core/args.js";
import { pyType } from "../creation/pyargs.js";
import { normalizeAxisTuple } from "../manipulation/common.js";

/** f(a) for an ndarray; anything else is converted first (np.asarray), and freed after. */
export function withArray<T>(a: unknown, f: (x: ndarray) => T): T {
  if (a instanceof ndarray) return f(a);
  const x = fromJS(a as ArrayLike);
  try { return f(x); } finally { x.dispose(); }
}

/** np.shape(a): the shape as a JS array (NumPy's tuple); `[]` for a scalar. */
export function shape(a: unknown): number[] {
  return withArray(a, (x) => x.shape.slice());
}

/** np.ndim(a): the number of dimensions (0 for a scalar). */
export function ndim(a: unknown): number {
  return withArray(a, (x) => x.ndim);
}

/** np.size(a, axis=None): the number of elements, or along one axis or a tuple of axes
 *  (repeated axes are an error, as in NumPy's normalize_axis_tuple). */
export function size(a: unknown, ...rest: unknown[]): number {
  const p = params<{ axis?: unknown }>(rest, ["axis"]);
  const axis = p.axis;
  if (axis === undefined || axis === null) return withArray(a, (x) => x.size);
  const sh = shape(a);
  // NumPy tries operator.index, then iterates: a float is neither
  if (typeof axis === "number" && !Number.isInteger(axis)) throw new NpTypeError("'float' object is not iterable");
  if (Array.isArray(axis)) {
    for (const ax of axis) if (typeof ax === "number" && !Number.isInteger(ax)) throw new NpTypeError("integer argument expected, got float");
  }
  return normalizeAxisTuple(axis, sh.length).reduce((n, ax) => n * sh[ax], 1);
}

/** np.isscalar(element): true for what stands for a Python or NumPy scalar — a JS number,
 *  boolean, bigint — and for a string (Python's str is a scalar type to NumPy); false for
 *  ndarrays (0-d too), arrays, null and everything else. */
export function isscalar(element: unknown): boolean {
  const t = typeof element;
  return t === "number" || t === "boolean" || t === "bigint" || t === "string";
}

/** np.iterable(y): whether iterating over y works — an ndarray of at least one dimension (a 0-d
 *  array is not iterable, as in NumPy), a string, or any JS iterable (Array, TypedArray, Map,
 *  Set, generator). Numbers, booleans, null and plain objects are not (JS cannot iterate an
 *  object literal, although the Python dict it may stand for is iterable). */
export function iterable(y: unknown): boolean {
  if (y instanceof ndarray) return y.ndim > 0;
  if (typeof y === "string") return true;
  if (y === null || y === undefined) return false;
  return typeof (y as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function";
}

/** Python's "'<type>' object is not iterable" for a value that iteration rejects. */
export function notIterable(x: unknown): NpTypeError {
  return new NpTypeError(`'${pyType(x)}' object is not iterable`);
}
