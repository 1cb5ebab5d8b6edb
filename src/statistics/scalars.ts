// Scalar arithmetic with NumPy 2's promotion (NEP 50), for the bin-width formulas of np.histogram:
// a JS number stands for a Python scalar (weak), a 0-d ndarray for a NumPy scalar (strong). Mixed
// operations go through the ufuncs on 1-element arrays, so the result keeps NumPy's dtype.
import { ndarray } from "../ndarray/ndarray.js";
import { type DType, int8, int16, int32, int64, uint8, uint16, uint32, uint64 } from "../dtype/dtype.js";
import { result_type } from "../dtype/promotion.js";
import { floatScalarStr } from "../print/floatformat.js";
import { pyRepr } from "../dtype/promotion.js";
import { ufuncs } from "../ufunc/ufunc.js";
import { fromJS } from "../ndarray/fromjs.js";

export type Sc = number | ndarray;

export const valueOf = (s: Sc): number => (typeof s === "number" ? s : Number(s.item()));
export const dtypeArg = (s: Sc): DType | number => (typeof s === "number" ? s : s.dtype);

/** A NumPy scalar of dtype holding v. */
export function scalar(v: number, dtype: DType): ndarray {
  return fromJS([v]).astype(dtype).reshape([]);
}

const JS: Record<string, (a: number, b: number) => number> = {
  add: (a, b) => a + b, subtract: (a, b) => a - b, multiply: (a, b) => a * b, divide: (a, b) => a / b,
};

/** A binary ufunc on scalars: Python arithmetic for two Python numbers, NumPy's otherwise. */
export function op(name: string, a: Sc, b: Sc, opts: Record<string, unknown> = {}): Sc {
  if (typeof a === "number" && typeof b === "number" && JS[name] && !opts.dtype) return JS[name](a, b);
  const A = typeof a === "number" ? a : a.reshape([1]);
  const B = typeof b === "number" ? b : b.reshape([1]);
  const r = ufuncs[name](A, B, opts);
  if (r instanceof ndarray) return r.reshape([]);
  // two Python numbers with a dtype: a NumPy scalar of that dtype
  return scalar(r as number, (opts.dtype as DType | undefined) ?? result_type(dtypeArg(a), dtypeArg(b)));
}

/** A unary ufunc on a scalar: always a NumPy scalar (np.sqrt(5) is np.float64). */
export function op1(name: string, a: Sc): ndarray {
  const r = ufuncs[name](typeof a === "number" ? fromJS([a]) : a.reshape([1]));
  return (r as ndarray).reshape([]);
}

const UNSIGNED = new Map<DType, DType>([[int8, uint8], [int16, uint16], [int32, uint32], [int64, uint64]]);

/** NumPy's histogram _unsigned_subtract: a - b, signed integers computed as their unsigned type
 *  (no overflow for a >= b). */
export function unsignedSubtract(a: Sc, b: Sc): ndarray {
  const dt = result_type(dtypeArg(a), dtypeArg(b));
  const u = UNSIGNED.get(dt);
  if (!u) return op("subtract", a, b, { dtype: dt }) as ndarray;
  // NumPy scalars cast as arrays: their value through a JS number would round int64 / uint64
  const cast = (s: Sc) => (typeof s === "number" ? scalar(s, dt) : s.astype(dt));
  const A = cast(a), B = cast(b);
  return op("subtract", A, B, { casting: "unsafe", dtype: u }) as ndarray;
}

/** str() of a scalar as Python prints it (NumPy floats by their shortest repr). */
export function scalarStr(s: Sc): string {
  if (typeof s === "number") return pyRepr(s);
  if (s.dtype.isFloat) return floatScalarStr(valueOf(s), s.dtype.itemsize === 4 ? "float32" : "float64");
  return String(s.item());
}
