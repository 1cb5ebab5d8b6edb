// The indexing names of `np` (a.get / a.set themselves live in src/ndarray/indexing.ts).
import "./methods.js";
export { take, put, take_along_axis, put_along_axis, choose, compress, extract, place, putmask } from "./take.js";
export { where, nonzero, flatnonzero, argwhere } from "./where.js";
export { select, piecewise } from "./select.js";
export { fill_diagonal } from "./fill.js";
export {
  ix_, unravel_index, ravel_multi_index, diag_indices, diag_indices_from,
  tril_indices, triu_indices, tril_indices_from, triu_indices_from, mask_indices,
} from "./indices.js";
