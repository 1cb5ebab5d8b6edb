// np.average: NumPy's formula step for step (mean, or the weighted sum over the sum of weights
// in NumPy's result dtype), so values and dtypes are NumPy's.
import { ndarray } from "../ndarray/ndarray.js";
import { params } from "../core/args.js";
import { ZeroDivisionError } from "../core/errors.js";
import { float64 } from "../dtype/dtype.js";
import { result_type } from "../dtype/promotion.js";
import { ufuncs } from "../ufunc/ufunc.js";
import { asArray, scoped, normalizeAxisTuple, mean, nd, any, uf } from "./common.js";
import { weightsFor } from "./quantile.js";

type Opts = { axis?: number | number[] | null; weights?: unknown; returned?: boolean; keepdims?: boolean };

/** np.average(a, axis=None, weights=None, returned=False, *, keepdims) */
export function average(a: unknown, ...rest: unknown[]): unknown {
  const p = params<Opts>(rest, ["axis", "weights", "returned"]);
  return scoped(() => {
    const arr = asArray(a);
    const axes = p.axis === undefined || p.axis === null ? null : normalizeAxisTuple(p.axis, arr.ndim, "axis");
    const keepdims = p.keepdims ?? false;
    let avg: ndarray, scl: ndarray;
    if (p.weights === undefined || p.weights === null) {
      avg = mean(arr, axes, keepdims);
      if (avg.size === 0) throw new ZeroDivisionError("division by zero");
      // NumPy: avg.dtype.type(a.size / avg.size), a scalar
      scl = uf("positive", arr.size / avg.size, { dtype: avg.dtype });
    } else {
      const w = weightsFor(p.weights, arr, axes);
      const dt = arr.dtype.isFloat ? result_type(arr.dtype, w.dtype) : result_type(arr.dtype, w.dtype, float64);
      const ax = axes ?? [...arr.shape.keys()];
      // (0-d data: the sums come back as JS numbers, of dtype dt)
      scl = nd(ufuncs.add.reduce(w, { axis: ax, dtype: dt, keepdims: true }), dt);
      if (any(uf("equal", scl, 0.0))) throw new ZeroDivisionError("Weights sum to zero, can't be normalized");
      const prod = uf("multiply", arr, w, { dtype: dt });
      const s = nd(ufuncs.add.reduce(prod, { axis: ax, keepdims: true }), dt);
      const drop = (x: ndarray) => (keepdims ? x : x.reshape(x.shape.filter((_, i) => !ax.includes(i))));
      scl = drop(scl);
      avg = uf("divide", drop(s), scl);
    }
    const out = (x: ndarray) => (x.ndim === 0 ? x.item() : x);
    if (!p.returned) return out(avg);
    if (scl.ndim !== avg.ndim || scl.shape.some((d, i) => d !== avg.shape[i])) {
      const b = ndarray._alloc(avg.shape.slice(), scl.dtype);
      b.set("...", scl);
      scl = b;
    }
    return [out(avg), out(scl)];
  });
}
