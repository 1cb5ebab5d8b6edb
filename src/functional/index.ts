// np's functional-programming names (NumPy's shape_base / ufunc helpers that take JS callbacks),
// gathered for src/np.ts.
export { apply_along_axis, apply_over_axes } from "./apply.js";
export { frompyfunc, type PyFuncUfunc } from "./frompyfunc.js";
