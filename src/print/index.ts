// The printing names of the np namespace; array_like arguments become arrays first.
import * as ap from "./arrayprint.js";
import { asarray } from "../creation/basic.js";
import type { ArrayLike } from "../ndarray/fromjs.js";
export { set_printoptions, get_printoptions, printoptions } from "./options.js";
export { format_float_positional, format_float_scientific } from "./floatformat.js";

export const array2string = (a: ArrayLike, ...rest: unknown[]): string => ap.array2string(asarray(a), ...rest);
export const array_repr = (a: ArrayLike, ...rest: unknown[]): string => ap.array_repr(asarray(a), ...rest);
export const array_str = (a: ArrayLike, ...rest: unknown[]): string => ap.array_str(asarray(a), ...rest);
export { base_repr, binary_repr } from "./baserepr.js";
