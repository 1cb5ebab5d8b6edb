// Whole-array comparisons: isclose (NumPy's formula and dtype handling), allclose, array_equal,
// array_equiv — compositions of ufuncs, reduced with logical_and.
import { ndarray } from "../ndarray/ndarray.js";
import { FloatingPointError } from "../core/errors.js";
import { params } from "../core/args.js";
import { float64 } from "../dtype/dtype.js";
import { broadcastShapes } from "../ndarray/broadcast.js";
import { ufuncs } from "../ufunc/ufunc.js";
import { errstate, geterr } from "../ufunc/errstate.js";
import { asArray, scoped, pyStr } from "./common.js";

type Scalar = number | boolean | bigint;
const isScalar = (x: unknown): x is Scalar => typeof x === "number" || typeof x === "boolean" || typeof x === "bigint";
type Operand = ndarray | Scalar;

/** NumPy's all() of a ufunc result (a JS boolean for 0-d results). */
const all = (x: unknown): boolean =>
  typeof x === "boolean" ? x : (ufuncs.logical_and.reduce(x, { axis: null }) as boolean);

type CloseOpts = { rtol?: unknown; atol?: unknown; equal_nan?: boolean };

/** np.isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
 *  |a - b| <= atol + rtol * |b| where b is finite, or a == b; b is made inexact first. */
export function isclose(a: unknown, b: unknown, ...rest: unknown[]): ndarray | boolean {
  const p = params<CloseOpts>(rest, ["rtol", "atol", "equal_nan"]);
  return scoped(() => {
    const x: Operand = isScalar(a) ? a : asArray(a);
    const atol: Operand = isScalar(p.atol ?? 1e-8) ? (p.atol ?? 1e-8) as Scalar : asArray(p.atol);
    const rtol: Operand = isScalar(p.rtol ?? 1e-5) ? (p.rtol ?? 1e-5) as Scalar : asArray(p.rtol);
    // y is made inexact: an array to its float type, a Python scalar to a Python float
    let y: Operand;
    if (isScalar(b)) {
      const f = Number(b);
      // an integral JS number would be a weak int: use the 0-d array of the type a weak float
      // takes against x instead (the same arithmetic)
      if (Number.isInteger(f)) {
        y = ndarray._alloc([], x instanceof ndarray && x.dtype.kind === "f" ? x.dtype : float64);
        y.fill(f);
      } else y = f;
    } else {
      y = asArray(b);
      if (y.dtype.kind !== "f") y = y.astype(float64);
    }
    if (!(all(ufuncs.isfinite(atol)) && all(ufuncs.isfinite(rtol))) && geterr().invalid === "raise") {
      throw new FloatingPointError(`One of rtol or atol is not valid, atol: ${pyStr(atol)}, rtol: ${pyStr(rtol)}`);
    }
    // 0-d operands run as 1-element arrays: a ufunc's 0-d result is a JS number, and an integral
    // one (|a - b| = 1e40) would then count as a Python int (OverflowError beyond int64)
    const zeroD = [x, y, atol, rtol].every((v) => !(v instanceof ndarray) || v.ndim === 0);
    const lift = <T extends Operand>(v: T): T => (zeroD && v instanceof ndarray ? v.reshape([1]) as T : v);
    const xv = lift(x), yv = lift(y);
    const res = errstate({ invalid: "ignore" }, () => {
      // all-scalar tolerances are Python float arithmetic (double), then compared weakly
      const tol = isScalar(b) && isScalar(atol) && isScalar(rtol)
        ? Number(atol) + Number(rtol) * Math.abs(Number(b))
        : ufuncs.add(lift(atol), ufuncs.multiply(lift(rtol), ufuncs.absolute(yv)));
      let r = ufuncs.bitwise_or(
        ufuncs.bitwise_and(ufuncs.less_equal(ufuncs.absolute(ufuncs.subtract(xv, yv)), tol), ufuncs.isfinite(yv)),
        ufuncs.equal(xv, yv),
      );
      if (p.equal_nan) r = ufuncs.bitwise_or(r, ufuncs.bitwise_and(ufuncs.isnan(xv), ufuncs.isnan(yv)));
      return r;
    });
    return zeroD && res instanceof ndarray ? res.item() as boolean : res as ndarray | boolean;
  });
}

/** np.allclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False): isclose everywhere. */
export function allclose(a: unknown, b: unknown, ...rest: unknown[]): boolean {
  return scoped(() => all(isclose(a, b, ...rest)));
}

/** The array_like conversions of array_equal/array_equiv: NumPy answers False when one fails. */
function both(a1: unknown, a2: unknown): [ndarray, ndarray] | null {
  try {
    return [asArray(a1), asArray(a2)];
  } catch {
    return null;
  }
}

/** np.array_equal(a1, a2, equal_nan=False): same shape and elements (NaN == NaN if equal_nan). */
export function array_equal(a1: unknown, a2: unknown, ...rest: unknown[]): boolean {
  const p = params<{ equal_nan?: boolean }>(rest, ["equal_nan"]);
  return scoped(() => {
    const ab = both(a1, a2);
    if (!ab) return false;
    const [x, y] = ab;
    if (x.ndim !== y.ndim || x.shape.some((d, i) => d !== y.shape[i])) return false;
    if (!p.equal_nan) return all(ufuncs.equal(x, y));
    if (x === y) return true;
    if (x.dtype.kind !== "f" && y.dtype.kind !== "f") return all(ufuncs.equal(x, y));
    const xn = ufuncs.isnan(x), yn = ufuncs.isnan(y);
    if (!all(ufuncs.equal(xn, yn))) return false;
    return all(ufuncs.logical_or(ufuncs.equal(x, y), xn));
  });
}

/** np.array_equiv(a1, a2): broadcastable and equal elementwise. */
export function array_equiv(a1: unknown, a2: unknown): boolean {
  return scoped(() => {
    const ab = both(a1, a2);
    if (!ab) return false;
    try {
      broadcastShapes(ab[0].shape, ab[1].shape);
    } catch {
      return false;
    }
    return all(ufuncs.equal(ab[0], ab[1]));
  });
}
