// np.sinc and np.angle: NumPy's function_base formulas as whole-array ufunc calls, so dtypes are
// NumPy's and values NumPy's up to the last bits of sin / arctan2. Real dtypes only: the angle of
// a real number is arctan2(0, x) (0 or pi, with -0.0 and NaN as arctan2 has them).
import { ndarray } from "../ndarray/ndarray.js";
import { params } from "../core/args.js";
import { finfo } from "../dtype/info.js";
import { pyBool } from "../creation/pyargs.js";
import { where } from "../indexing/where.js";
import { asArray, scoped, uf, nd } from "../statistics/common.js";

/** A 0-d result as the JS scalar NumPy's scalar stands for, anything else as is. */
const scalarOr = (r: ndarray): ndarray | number | boolean => (r.ndim === 0 ? r.item() : r);

/** np.sinc(x): sin(pi x) / (pi x), 1 at 0 — NumPy puts the dtype's eps (a strong scalar of
 *  that dtype, so float32 stays float32) where pi x is 0 and divides sin(eps) by eps. */
export function sinc(x: unknown): ndarray | number | boolean {
  return scoped(() => {
    const px = uf("multiply", Math.PI, asArray(x));
    const eps = px.dtype.isFloat ? nd(finfo(px.dtype).eps, px.dtype) : 1e-20;
    const y = where(px, px, eps) as ndarray;
    return scalarOr(uf("divide", uf("sin", y), y));
  });
}

/** np.angle(z, deg=False): arctan2(0, z) for real z, times 180/pi with deg (in the result's
 *  dtype, as NumPy's in-place `a *= 180/pi`); a JS number for a scalar or 0-d input. */
export function angle(z: unknown, ...rest: unknown[]): ndarray | number | boolean {
  const p = params<{ deg?: unknown }>(rest, ["deg"]);
  return scoped(() => {
    const a = uf("arctan2", 0, asArray(z));
    return scalarOr(pyBool(p.deg) ? uf("multiply", a, 180 / Math.PI) : a);
  });
}
