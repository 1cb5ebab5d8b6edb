// np.polyder and np.polyint: NumPy's recursions as loops, one ufunc call per order over all the
// coefficients (so the dtypes are NumPy's: polyint divides, so it is float64 from any input).
import { ndarray } from "../ndarray/ndarray.js";
import { params } from "../core/args.js";
import { ValueError } from "../core/errors.js";
import { zeros, ones, asarray } from "../creation/basic.js";
import { arange } from "../creation/ranges.js";
import { concatenate } from "../manipulation/join.js";
import { ufuncs } from "../ufunc/ufunc.js";
import type { ArrayLike } from "../ndarray/fromjs.js";
import { scoped, sliceAxis } from "../statistics/common.js";
import { pyInt, len, first, atleast1d } from "./common.js";

/** np.polyder(p, m=1): the m-th derivative; m = 0 returns p itself. */
export function polyder(p: unknown, ...rest: unknown[]): ndarray {
  const o = params<{ m?: unknown }>(rest, ["m"]);
  let m = pyInt(o.m === undefined ? 1 : o.m);
  if (m < 0) throw new ValueError("Order of derivative must be positive (see polyint)");
  return scoped(() => {
    let a = asarray(p as ArrayLike);
    for (;;) {
      // NumPy forms p[:-1] * [n, ..., 1] before it looks at m (so its errors come first)
      const n = len(a) - 1;
      const y = ufuncs.multiply(sliceAxis(a, 0, null, -1), arange(n, 0, -1)) as ndarray;
      if (m-- === 0) return a;
      a = y;
    }
  });
}

/** np.polyint(p, m=1, k=None): the m-th antiderivative with integration constants k (a scalar
 *  for all orders, or m values, highest order first); m = 0 returns p itself. */
export function polyint(p: unknown, ...rest: unknown[]): ndarray {
  const o = params<{ m?: unknown; k?: unknown }>(rest, ["m", "k"]);
  const m = pyInt(o.m === undefined ? 1 : o.m);
  if (m < 0) throw new ValueError("Order of integral must be positive (see polyder)");
  return scoped(() => {
    let k = atleast1d(o.k ?? zeros(m));
    if (len(k) === 1 && m > 1) k = ufuncs.multiply(first(k), ones(m)) as ndarray;
    if (len(k) < m) throw new ValueError("k must be a scalar or a rank-1 array of length 1 or >m.");
    let y = asarray(p as ArrayLike);
    for (let i = 0; i < m; i++) {
      const c = first(sliceAxis(k, 0, i, null));
      const integrated = ufuncs.true_divide(y, arange(len(y), 0, -1));
      y = concatenate([integrated, c.reshape([1, ...c.shape])]) as ndarray;
    }
    return y;
  });
}
