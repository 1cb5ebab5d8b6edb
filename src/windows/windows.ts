// Window functions: np.bartlett, np.blackman, np.hamming, np.hanning, np.kaiser. NumPy's formulas
// as whole-array ufunc calls in NumPy's order, so values are NumPy's up to the last bits of cos
// (and of exp inside i0); the result is float64 always.
import { ndarray } from "../ndarray/ndarray.js";
import { fromJS, type ArrayLike } from "../ndarray/fromjs.js";
import { float64 } from "../dtype/dtype.js";
import { zeros, ones } from "../creation/basic.js";
import { arange } from "../creation/ranges.js";
import { where } from "../indexing/where.js";
import { scoped, uf } from "../statistics/common.js";
import { i0 } from "./i0.js";

/** The scalar arguments as NumPy reads them, through np.array([0.0, *args]): float64 numbers
 *  (bools count as 0 / 1; anything but a scalar raises NumPy's error). */
function floats(...args: unknown[]): number[] {
  return scoped(() => {
    const v = fromJS([0, ...args] as ArrayLike, float64);
    return args.map((_, i) => v.get(i + 1) as number);
  });
}

/** NumPy's symmetric-window frame: nothing for M < 1, [1.0] for M == 1, else
 *  body(n, M - 1) with n = arange(1 - M, M, 2) (float64, as M is). */
function symmetric(M: unknown, body: (n: ndarray, d: number) => ndarray): ndarray {
  const [m] = floats(M);
  if (m < 1) return zeros(0);
  if (m === 1) return ones(1);
  return scoped(() => body(arange(1 - m, m, 2, { dtype: float64 }), m - 1));
}

/** a0 + a1 cos(pi n / d) [+ a2 cos(2 pi n / d)]: hanning's, hamming's and blackman's sums. */
function cosineSum(n: ndarray, d: number, [a0, a1, a2]: readonly number[]): ndarray {
  const term = (a: number, w: number) => uf("multiply", a, uf("cos", uf("divide", uf("multiply", w, n), d)));
  const s = uf("add", a0, term(a1, Math.PI));
  return a2 === undefined ? s : uf("add", s, term(a2, 2 * Math.PI));
}

/** np.bartlett(M): the triangular window. */
export function bartlett(M: number): ndarray {
  return symmetric(M, (n, d) => {
    const t = uf("divide", n, d);
    return where(uf("less_equal", n, 0), uf("add", 1, t), uf("subtract", 1, t)) as ndarray;
  });
}

/** np.hanning(M) */
export const hanning = (M: number): ndarray => symmetric(M, (n, d) => cosineSum(n, d, [0.5, 0.5]));
/** np.hamming(M) */
export const hamming = (M: number): ndarray => symmetric(M, (n, d) => cosineSum(n, d, [0.54, 0.46]));
/** np.blackman(M) */
export const blackman = (M: number): ndarray => symmetric(M, (n, d) => cosineSum(n, d, [0.42, 0.5, 0.08]));

/** np.kaiser(M, beta): i0(beta sqrt(1 - ((n - alpha) / alpha)^2)) / i0(beta), n = arange(0, M),
 *  alpha = (M - 1) / 2 (NumPy makes no M < 1 case here: arange is simply empty). */
export function kaiser(M: number, beta: number): ndarray {
  const [m, b] = floats(M, beta);
  if (m === 1) return ones(1);
  return scoped(() => {
    const alpha = (m - 1) / 2;
    const r = uf("divide", uf("subtract", arange(0, m, { dtype: float64 }), alpha), alpha);
    return uf("divide", i0(uf("multiply", b, uf("sqrt", uf("subtract", 1, uf("square", r))))), i0(b));
  });
}
