// NumPy's array-manipulation functions, gathered for the `np` namespace (importing this module
// also installs the matching ndarray methods).
import "./methods.js";
export { reshape, ravel, squeeze, expand_dims, transpose, permute_dims, matrix_transpose, swapaxes, moveaxis, rollaxis, atleast_1d, atleast_2d, atleast_3d } from "./axes.js";
export { concatenate, concat, stack, vstack, row_stack, hstack, dstack, column_stack, append, block } from "./join.js";
export { split, array_split, hsplit, vsplit, dsplit, unstack } from "./split.js";
export { flip, fliplr, flipud, roll, rot90 } from "./rearrange.js";
export { repeat, tile, resize } from "./repeat.js";
export { insert, delete, trim_zeros } from "./insdel.js";
export { pad } from "./pad.js";
export { diagonal, trace, triu, tril } from "./diagonal.js";
export { meshgrid } from "./meshgrid.js";
export { copyto } from "./copyto.js";
export { isclose, allclose, array_equal, array_equiv } from "./compare.js";
