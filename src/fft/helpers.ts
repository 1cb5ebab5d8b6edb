// np.fft's real-valued helpers: the sample frequencies of a transform (fftfreq, rfftfreq) and
// the reordering of a spectrum around its zero frequency (fftshift, ifftshift), as
// numpy/fft/_helper.py computes them. The transforms themselves need the complex dtype.
import { ndarray } from "../ndarray/ndarray.js";
import { asArray } from "../manipulation/common.js";
import { IndexError, TypeError as NpTypeError, ValueError, ZeroDivisionError } from "../core/errors.js";
import { params } from "../core/args.js";
import { isPyInt, pyTypeName } from "../dtype/promotion.js";
import { newShape } from "../ndarray/shape.js";
import { checkDevice } from "../typecheck/types.js";
import { int64, float64 } from "../dtype/dtype.js";
import { fromJS } from "../ndarray/fromjs.js";
import { arange } from "../creation/ranges.js";
import { concatenate } from "../manipulation/join.js";
import { roll } from "../manipulation/rearrange.js";
import { scoped, uf } from "../statistics/common.js";

type FreqOptions = { d?: unknown; device?: unknown };

/** n as NumPy's `isinstance(n, integer_types)` accepts it (a bool is an int). */
function intN(n: unknown): number {
  if (typeof n === "boolean") return Number(n);
  if (!isPyInt(n)) throw new ValueError("n should be an integer");
  return Number(n);
}

/** `1.0 / (n * d)`: for a scalar d a Python float (ZeroDivisionError at 0), held as a 0-d
 *  float64 array so that an integral value still multiplies as a float; else NumPy's array
 *  arithmetic. */
function inverse(n: number, d: unknown): ndarray {
  if (typeof d === "number" || typeof d === "boolean") {
    const nd = n * Number(d);
    if (nd === 0) throw new ZeroDivisionError("float division by zero");
    return fromJS(1.0 / nd, float64);
  }
  if (!(d instanceof ndarray)) {
    // (a JS array is a Python list here: n * list repeats it, then the division fails)
    const type = Array.isArray(d) ? "list" : pyTypeName(d).slice(8, -2);
    throw new NpTypeError(`unsupported operand type(s) for /: 'float' and '${type}'`);
  }
  return uf("divide", 1.0, uf("multiply", n, d));
}

/** `ints(len) * (1.0 / (n * d))` with fftfreq's argument handling, in NumPy's order. */
function frequencies(n: unknown, rest: unknown[], ints: (len: number) => ndarray): ndarray {
  const p = params<FreqOptions>(rest, ["d", "device"]);
  const len = intN(n);
  return scoped(() => {
    const val = inverse(len, p.d === undefined ? 1.0 : p.d);
    checkDevice(p.device);
    return uf("multiply", ints(len), val);
  });
}

/** np.fft.fftfreq(n, d=1.0, device=None): [0, 1, ..., (n-1)//2, -(n//2), ..., -1] / (d n). */
export function fftfreq(n: unknown, ...rest: unknown[]): ndarray {
  return frequencies(n, rest, (len) => {
    newShape(n as number); // NumPy's empty(n)'s checks of n (negative; a bool is no shape), without allocating
    const N = Math.floor((len - 1) / 2) + 1;
    return concatenate([arange(0, N, { dtype: int64 }), arange(-Math.floor(len / 2), 0, { dtype: int64 })]);
  });
}

/** np.fft.rfftfreq(n, d=1.0, device=None): [0, 1, ..., n//2] / (d n). */
export function rfftfreq(n: unknown, ...rest: unknown[]): ndarray {
  return frequencies(n, rest, (len) => arange(0, Math.floor(len / 2) + 1, { dtype: int64 }));
}

/** roll(x, sign * (length // 2) of each axis in `axes` (all axes when None)). */
function shifted(x: unknown, rest: unknown[], sign: 1 | -1): ndarray {
  const p = params<{ axes?: number | number[] | null }>(rest, ["axes"]);
  const a = asArray(x);
  const half = (ax: number): number => {
    // x.shape[ax]: Python's tuple indexing
    if (!Number.isInteger(ax) || ax >= a.ndim || ax < -a.ndim) throw new IndexError("tuple index out of range");
    return sign * Math.floor(a.shape[ax < 0 ? ax + a.ndim : ax] / 2);
  };
  if (p.axes === undefined || p.axes === null) {
    const axes = [...a.shape.keys()];
    return roll(a, axes.map(half), { axis: axes });
  }
  if (Array.isArray(p.axes)) return roll(a, p.axes.map(half), { axis: p.axes });
  return roll(a, half(p.axes), { axis: p.axes });
}

/** np.fft.fftshift(x, axes=None): the zero-frequency term moved to the centre. */
export function fftshift(x: unknown, ...rest: unknown[]): ndarray {
  return shifted(x, rest, 1);
}

/** np.fft.ifftshift(x, axes=None): the inverse of fftshift. */
export function ifftshift(x: unknown, ...rest: unknown[]): ndarray {
  return shifted(x, rest, -1);
}
