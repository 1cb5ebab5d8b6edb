// np's matrix and vector products (np.matmul, dot, vdot, inner, outer, vecdot, matvec, vecmat,
// tensordot, kron), gathered for src/np.ts; on the stacked kernel of assembly/linalg_matmul.ts.
import "./methods.js";
export { matmul, vecdot, matvec, vecmat } from "./gufuncs.js";
export { dot, vdot, inner, outer, tensordot, kron } from "./dot.js";
export { einsum, einsum_path } from "./einsum.js";
