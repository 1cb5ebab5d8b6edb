// np.linalg: real (float32 / float64; bool and integer inputs as float64) linear algebra with
// NumPy 2.4's names, stacking, dtypes and errors. Kernels: assembly/linalg_*.ts.
import { LinAlgError } from "../core/errors.js";
import { det, slogdet, inv, solve, cholesky } from "./lu.js";
import { qr } from "./qr.js";
import { eigh, eigvalsh } from "./eigh.js";
import { eig, eigvals } from "./eig.js";
import { svd, svdvals, pinv, matrix_rank, lstsq } from "./svd.js";
import { norm, matrix_norm, vector_norm, cond } from "./norms.js";
import {
  matrix_power, multi_dot, tensorinv, tensorsolve, cross, diagonal, trace, matmul, matrix_transpose, outer, tensordot, vecdot,
} from "./products.js";

export const linalg = {
  LinAlgError,
  det, slogdet, inv, solve, cholesky, qr, eigh, eigvalsh, eig, eigvals, svd, svdvals, pinv, matrix_rank, lstsq,
  norm, matrix_norm, vector_norm, cond, matrix_power, multi_dot, tensorinv, tensorsolve,
  cross, diagonal, trace, matmul, matrix_transpose, outer, tensordot, vecdot,
};
