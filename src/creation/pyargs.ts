// Python-argument helpers shared by the creation modules (internal; not part of `np`).
import { TypeError as NpTypeError, ValueError } from "../core/errors.js";
import { ndarray } from "../ndarray/ndarray.js";

/** A JS value standing for a Python scalar (int, float or bool). */
export type PyScalar = number | bigint | boolean;

export const isPyScalar = (x: unknown): x is PyScalar =>
  typeof x === "number" || typeof x === "bigint" || typeof x === "boolean";

/** Python's name for the type of the object a JS value stands for (in NumPy's messages). */
export function pyType(x: unknown): string {
  if (typeof x === "bigint") return "int";
  if (typeof x === "number") return Number.isInteger(x) && !Object.is(x, -0) ? "int" : "float";
  if (typeof x === "boolean") return "bool";
  if (typeof x === "string") return "str";
  if (x === null || x === undefined) return "NoneType";
  if (Array.isArray(x)) return "list";
  if (x instanceof ndarray) return "numpy.ndarray";
  if (typeof x === "function") return "function";
  const p = Object.getPrototypeOf(x);
  return p === Object.prototype || p === null ? "dict" : (x as object).constructor?.name ?? "object";
}

/** Python's operator.index: an integer (bool and bigint included), else NumPy's TypeError. */
export function index(x: unknown): number {
  if (typeof x === "boolean") return +x;
  if (typeof x === "bigint") return Number(x);
  if (typeof x === "number" && Number.isInteger(x)) return x + 0; // -0 -> 0
  throw new NpTypeError(`'${pyType(x)}' object cannot be interpreted as an integer`);
}

/** Python's truth value of the object a JS value stands for (`if x:`): NaN is true, empty
 *  strings and lists false, an ndarray its one element's (NumPy's errors for any other size). */
export function pyBool(x: unknown): boolean {
  if (typeof x === "number") return x !== 0;
  if (typeof x === "string" || Array.isArray(x)) return x.length > 0;
  if (x instanceof ndarray) {
    if (x.size === 0) throw new ValueError("The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.");
    if (x.size > 1) throw new ValueError("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()");
    return Boolean(x.item());
  }
  return Boolean(x);
}

/** func itself, or Python's TypeError for calling an object that is not a function. */
export function callable(func: unknown): (...args: unknown[]) => unknown {
  if (typeof func !== "function") throw new NpTypeError(`'${pyType(func)}' object is not callable`);
  return func as (...args: unknown[]) => unknown;
}
