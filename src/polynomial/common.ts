// Python semantics the polynomial functions lean on (internal): int(), len(), a[0] and
// atleast_1d on arbitrary arguments.
import { ndarray } from "../ndarray/ndarray.js";
import { ValueError, TypeError as NpTypeError, OverflowError } from "../core/errors.js";
import { pyType } from "../creation/pyargs.js";
import { asArray } from "../statistics/common.js";

/** Python's int(m) of a number or bool (an order of derivative / integral): truncates floats. */
export function pyInt(m: unknown): number {
  if (typeof m === "boolean") return +m;
  if (typeof m === "bigint") return Number(m);
  if (typeof m !== "number") {
    throw new NpTypeError(`int() argument must be a string, a bytes-like object or a real number, not '${pyType(m)}'`);
  }
  if (Number.isNaN(m)) throw new ValueError("cannot convert float NaN to integer");
  if (!Number.isFinite(m)) throw new OverflowError("cannot convert float infinity to integer");
  return Math.trunc(m) + 0; // -0 -> 0
}

/** Python's len(a) of an array. */
export function len(a: ndarray): number {
  if (a.ndim === 0) throw new NpTypeError("len() of unsized object");
  return a.shape[0];
}

/** a[0] as a 0-d view (a NumPy scalar keeps its dtype in promotion; a JS number would be weak),
 *  or a row of a 2-d a. IndexError when a is empty, as NumPy's. */
export const first = (a: ndarray): ndarray => a.get(0, "...") as ndarray;

/** np.atleast_1d of one argument. */
export function atleast1d(x: unknown): ndarray {
  const a = asArray(x);
  return a.ndim === 0 ? a.reshape([1]) : a;
}
