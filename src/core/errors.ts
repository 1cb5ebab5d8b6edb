// NumPy's exception classes. `err instanceof np.ValueError` and `err.name` work as NumPy's names.

export class NumpyError extends Error {
  constructor(message?: string) {
    super(message);
    this.name = new.target.name;
  }
}
export class ValueError extends NumpyError {}
export class TypeError extends NumpyError {}
export class IndexError extends NumpyError {}
export class OverflowError extends NumpyError {}
export class ZeroDivisionError extends NumpyError {}
export class MemoryError extends NumpyError {}
export class LinAlgError extends ValueError {}
export class FloatingPointError extends NumpyError {}
/** Python's RuntimeError, which some NumPy functions raise (np.isin(kind='table') over too wide a range). */
export class RuntimeError extends NumpyError {}
/** NumPy's TooHardError (numpy.exceptions): np.shares_memory gave up within its max_work. A RuntimeError, as in NumPy. */
export class TooHardError extends RuntimeError {}
/** Python's KeyError, which a NumPy lookup raises for a missing key (np.typename); the message is the key's repr. */
export class KeyError extends NumpyError {}
/** Python's NotImplementedError (a RuntimeError): a case of a NumPy function numwasm does not
 *  implement yet (np.poly of a matrix, which needs eigenvalues), or a ZIP feature that Python's
 *  zipfile lacks. */
export class NotImplementedError extends RuntimeError {}

/** NumPy's AxisError is both a ValueError and an IndexError; JS has single inheritance, so
 *  IndexError's instanceof also accepts it. */
export class AxisError extends ValueError {
  axis: number | undefined;
  ndim: number | undefined;
  constructor(axis: number | string, ndim?: number, msgPrefix?: string) {
    const msg = typeof axis === "string"
      ? axis
      : `axis ${axis} is out of bounds for array of dimension ${ndim}`;
    super(msgPrefix ? `${msgPrefix}: ${msg}` : msg);
    this.axis = typeof axis === "number" ? axis : undefined;
    this.ndim = ndim;
  }
}
const indexHasInstance = Function.prototype[Symbol.hasInstance];
Object.defineProperty(IndexError, Symbol.hasInstance, {
  value(this: unknown, x: unknown) {
    return indexHasInstance.call(this, x) || (this === IndexError && x instanceof AxisError);
  },
});

/** Normalize one axis against ndim, NumPy's normalize_axis_index. */
export function normalizeAxis(axis: number, ndim: number, msgPrefix?: string): number {
  if (!Number.isInteger(axis)) throw new TypeError("'" + typeof axis + "' object cannot be interpreted as an integer");
  if (axis < -ndim || axis >= ndim) throw new AxisError(axis, ndim, msgPrefix);
  return axis < 0 ? axis + ndim : axis;
}

/** Python's OSError (np.save / np.load / np.fromfile / a.tofile on files): `[Errno n] text: 'path'`. */
export class OSError extends NumpyError {
  constructor(message?: string, readonly errno?: number, readonly filename?: string) { super(message); }
}
/** Python's FileNotFoundError (an OSError). */
export class FileNotFoundError extends OSError {}
/** Python's EOFError (np.load of an empty file). */
export class EOFError extends NumpyError {}
/** Python's zipfile.BadZipFile: np.load of a damaged .npz archive. */
export class BadZipFile extends NumpyError {}
