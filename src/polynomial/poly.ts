// np.poly from a sequence of roots (or a square matrix's eigenvalues): NumPy's loop of convolutions with (1, -root), one per root,
// in float32 for float32 roots and float64 for everything else (NumPy's mintypecode cast).
import { ndarray } from "../ndarray/ndarray.js";
import { ValueError, TypeError as NpTypeError } from "../core/errors.js";
import { eigvals } from "../linalg/eig.js";
import { isPyScalar } from "../creation/pyargs.js";
import { ones } from "../creation/basic.js";
import { stack } from "../manipulation/join.js";
import { convolve } from "../statistics/correlation.js";
import { mintypecode } from "../typecheck/types.js";
import { scoped, uf } from "../statistics/common.js";
import { atleast1d } from "./common.js";

/** np.poly(seq_of_zeros): the coefficients (highest power first, leading 1) of the polynomial
 *  with these roots, or of a square matrix's characteristic polynomial (when its eigenvalues are
 *  real); 1 (a JS number, NumPy's 1.0) for no roots. */
export function poly(seq_of_zeros: unknown): ndarray | number {
  // NumPy's dispatcher iterates the argument itself
  if (isPyScalar(seq_of_zeros) || (seq_of_zeros instanceof ndarray && seq_of_zeros.ndim === 0)) {
    throw new NpTypeError("dispatcher for __array_function__ did not return an iterable");
  }
  return scoped(() => {
    let roots = atleast1d(seq_of_zeros);
    const sh = roots.shape;
    // a square matrix: its characteristic polynomial (real eigenvalues only: no complex dtype)
    if (sh.length === 2 && sh[0] === sh[1] && sh[0] !== 0) roots = eigvals(roots);
    else if (sh.length !== 1) throw new ValueError("input must be 1d or non-empty square 2d array.");
    roots = roots.astype(mintypecode(roots.dtype.char));
    const n = roots.shape[0];
    if (n === 0) return 1;
    // row i is the factor (1, -roots[i])
    const factors = stack([ones(n, { dtype: roots.dtype }), uf("negative", roots)], 1) as ndarray;
    let a = ones(1, { dtype: roots.dtype });
    for (let i = 0; i < n; i++) a = convolve(a, factors.get(i));
    return a;
  });
}
