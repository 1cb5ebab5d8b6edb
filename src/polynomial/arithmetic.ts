// np.polyadd, np.polysub, np.polymul, np.polydiv on coefficient arrays (highest power first),
// with NumPy's padding, trimming and division loop, so dtypes and values are NumPy's.
import { ndarray } from "../ndarray/ndarray.js";
import { ValueError } from "../core/errors.js";
import { float64 } from "../dtype/dtype.js";
import { zeros } from "../creation/basic.js";
import { concatenate } from "../manipulation/join.js";
import { trim_zeros } from "../manipulation/insdel.js";
import { allclose } from "../manipulation/compare.js";
import { convolve } from "../statistics/correlation.js";
import { ufuncs } from "../ufunc/ufunc.js";
import { scoped, uf, sliceAxis } from "../statistics/common.js";
import { atleast1d, first } from "./common.js";

/** a1 op a2 after the shorter one gets leading zeros of its own dtype (NumPy's polyadd / polysub). */
function aligned(op: "add" | "subtract", a1: unknown, a2: unknown): ndarray {
  return scoped(() => {
    const a = atleast1d(a1), b = atleast1d(a2);
    const pad = (x: ndarray, k: number) => (k > 0 ? concatenate([zeros(k, { dtype: x.dtype }), x]) as ndarray : x);
    const diff = b.shape[0] - a.shape[0];
    return uf(op, pad(a, diff), pad(b, -diff));
  });
}

/** np.polyadd(a1, a2) */
export const polyadd = (a1: unknown, a2: unknown): ndarray => aligned("add", a1, a2);
/** np.polysub(a1, a2) */
export const polysub = (a1: unknown, a2: unknown): ndarray => aligned("subtract", a1, a2);

/** np.poly1d(c).coeffs: 1-d with the leading zeros trimmed ([0] for the zero polynomial). */
function coeffs(c: unknown): ndarray {
  const a = atleast1d(c);
  if (a.ndim > 1) throw new ValueError("Polynomial must be 1d only.");
  const t = trim_zeros(a, "f") as ndarray;
  return t.shape[0] > 0 ? t : zeros(1, { dtype: a.dtype });
}

/** np.polymul(a1, a2): the convolution of the trimmed coefficients. */
export function polymul(a1: unknown, a2: unknown): ndarray {
  return scoped(() => convolve(coeffs(a1), coeffs(a2)));
}

/** atleast_1d(x) + 0.0: a float copy (integers and bools as float64; -0.0 becomes 0.0). */
function floatCopy(x: unknown): ndarray {
  const a = atleast1d(x);
  return uf("add", a.dtype.isFloat ? a : a.astype(float64), 0);
}

/** np.polydiv(u, v) -> [q, r]: NumPy's long division, one step per quotient coefficient (each
 *  step depends on the previous remainder), then the remainder's leading near-zeros dropped. */
export function polydiv(u: unknown, v: unknown): [ndarray, ndarray] {
  return scoped(() => {
    const U = floatCopy(u), V = floatCopy(v);
    const w = uf("add", first(U), first(V)); // the common type
    const m = U.shape[0] - 1, n = V.shape[0] - 1;
    const scale = uf("divide", 1, first(V));
    const q = zeros(Math.max(m - n + 1, 1), { dtype: w.dtype });
    let r = U.astype(w.dtype);
    for (let k = 0; k <= m - n; k++) {
      const d = uf("multiply", scale, r.get(k, "..."));
      q.set(k, d);
      const part = sliceAxis(r, 0, k, k + n + 1);
      ufuncs.subtract(part, uf("multiply", d, V), { out: part });
    }
    // NumPy tests r[0] (a row when r is 2-d); r[:1] has the same elements
    while (allclose(sliceAxis(r, 0, 0, 1), 0, { rtol: 1e-14 }) && r.shape[r.ndim - 1] > 1) r = sliceAxis(r, 0, 1, null);
    return [q, r] as [ndarray, ndarray];
  });
}
