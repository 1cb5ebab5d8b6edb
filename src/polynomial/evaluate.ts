// np.polyval (Horner's scheme, one ufunc pass per coefficient, as NumPy) and np.vander (powers
// by multiply.accumulate along each row, as NumPy).
import { ndarray } from "../ndarray/ndarray.js";
import { params } from "../core/args.js";
import { ValueError, TypeError as NpTypeError } from "../core/errors.js";
import { int64 } from "../dtype/dtype.js";
import { promote_types } from "../dtype/promotion.js";
import { empty, zeros_like, asarray } from "../creation/basic.js";
import { ufuncs } from "../ufunc/ufunc.js";
import type { ArrayLike } from "../ndarray/fromjs.js";
import { asArray, scoped, uf, takeAxis } from "../statistics/common.js";

/** np.polyval(p, x): p[0] x^(N-1) + ... + p[N-1]; a JS number (boolean) for a 0-d x and 1-d p,
 *  as NumPy returns a scalar there (with no coefficients, NumPy's zeros_like(x) as is). */
export function polyval(p: unknown, x: unknown): ndarray | number | boolean {
  return scoped(() => {
    const c = asarray(p as ArrayLike), X = asArray(x);
    if (c.ndim === 0) throw new NpTypeError("iteration over a 0-d array");
    let y = zeros_like(X);
    // each coefficient is a NumPy scalar (or row): it takes part in promotion by its dtype
    for (let i = 0; i < c.shape[0]; i++) y = uf("add", uf("multiply", y, X), takeAxis(c, 0, i));
    return c.shape[0] > 0 && y.ndim === 0 ? (y.item() as number | boolean) : y;
  });
}

/** np.vander(x, N=None, increasing=False): columns x^(N-1) ... x^0 (x^0 ... x^(N-1) when
 *  increasing), in promote_types(x.dtype, int64). */
export function vander(x: unknown, ...rest: unknown[]): ndarray {
  const o = params<{ N?: number | null; increasing?: unknown }>(rest, ["N", "increasing"]);
  const a = asarray(x as ArrayLike);
  if (a.ndim !== 1) throw new ValueError("x must be a one-dimensional array or sequence.");
  const N = o.N ?? a.shape[0];
  const v = empty([a.shape[0], N], { dtype: promote_types(a.dtype, int64) });
  const cols = o.increasing ? v : (v.get(":, ::-1") as ndarray);
  if (N > 0) cols.set(":, 0", 1);
  if (N > 1) {
    const powers = cols.get(":, 1:") as ndarray;
    powers.set("...", a.get(":, None"));
    ufuncs.multiply.accumulate(powers, { axis: 1, out: powers });
  }
  return v;
}
