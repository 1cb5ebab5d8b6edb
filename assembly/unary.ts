// unary family: out = op(a) elementwise; a has dtype `code`, out the op's output dtype (same,
// bool, int32 for frexp_exponent, uint8 for bitwise_count; see ops.ts). Plus round_decimals
// (np.round / np.around). Loops: ops_loops.ts; op semantics: ops_unary.ts.
import { Code } from "./dtypes";
import { kernel } from "./nditer";
import { UnOp } from "./ops";
import { ndrun, unaryRowFn, RowFn, ROW_FN } from "./ops_loops";
import { convert } from "./cast";
import {
  Negative, Positive, Absolute, Fabs, Sign, Reciprocal, Square, Sqrt, Cbrt, Exp, Exp2, Expm1,
  Log, Log2, Log10, Log1p, Sin, Cos, Tan, Arcsin, Arccos, Arctan, Sinh, Cosh, Tanh, Arcsinh,
  Arccosh, Arctanh, Deg2rad, Rad2deg, Floor, Ceil, Trunc, Rint, Invert, LogicalNot, Isnan, Isinf,
  Isfinite, Signbit, Spacing, BitwiseCount, FrexpMantissa, FrexpExponent, ModfFrac, ModfInt,
} from "./ops_unary";

@inline function run<T, R, O>(a: usize, out: usize, ndim: i32, shape: usize, as: usize, os: usize): void {
  if (!kernel<O>().ok<T>()) return; // (op, dtype) not implemented: nothing is written
  if (ndim == ROW_FN) { store<u32>(a, unaryRowFn<T, R, O>().index); return; }
  ndrun(unaryRowFn<T, R, O>(), ndim, shape, a, as, out, os, 0, 0);
}

function unaryOf<T>(op: i32, a: usize, o: usize, ndim: i32, shape: usize, as: usize, os: usize): void {
  switch (op) {
    case UnOp.negative: run<T, T, Negative>(a, o, ndim, shape, as, os); break;
    case UnOp.positive: run<T, T, Positive>(a, o, ndim, shape, as, os); break;
    case UnOp.absolute: run<T, T, Absolute>(a, o, ndim, shape, as, os); break;
    case UnOp.fabs: run<T, T, Fabs>(a, o, ndim, shape, as, os); break;
    case UnOp.sign: run<T, T, Sign>(a, o, ndim, shape, as, os); break;
    case UnOp.reciprocal: run<T, T, Reciprocal>(a, o, ndim, shape, as, os); break;
    case UnOp.square: run<T, T, Square>(a, o, ndim, shape, as, os); break;
    case UnOp.sqrt: run<T, T, Sqrt>(a, o, ndim, shape, as, os); break;
    case UnOp.cbrt: run<T, T, Cbrt>(a, o, ndim, shape, as, os); break;
    case UnOp.exp: run<T, T, Exp>(a, o, ndim, shape, as, os); break;
    case UnOp.exp2: run<T, T, Exp2>(a, o, ndim, shape, as, os); break;
    case UnOp.expm1: run<T, T, Expm1>(a, o, ndim, shape, as, os); break;
    case UnOp.log: run<T, T, Log>(a, o, ndim, shape, as, os); break;
    case UnOp.log2: run<T, T, Log2>(a, o, ndim, shape, as, os); break;
    case UnOp.log10: run<T, T, Log10>(a, o, ndim, shape, as, os); break;
    case UnOp.log1p: run<T, T, Log1p>(a, o, ndim, shape, as, os); break;
    case UnOp.sin: run<T, T, Sin>(a, o, ndim, shape, as, os); break;
    case UnOp.cos: run<T, T, Cos>(a, o, ndim, shape, as, os); break;
    case UnOp.tan: run<T, T, Tan>(a, o, ndim, shape, as, os); break;
    case UnOp.arcsin: run<T, T, Arcsin>(a, o, ndim, shape, as, os); break;
    case UnOp.arccos: run<T, T, Arccos>(a, o, ndim, shape, as, os); break;
    case UnOp.arctan: run<T, T, Arctan>(a, o, ndim, shape, as, os); break;
    case UnOp.sinh: run<T, T, Sinh>(a, o, ndim, shape, as, os); break;
    case UnOp.cosh: run<T, T, Cosh>(a, o, ndim, shape, as, os); break;
    case UnOp.tanh: run<T, T, Tanh>(a, o, ndim, shape, as, os); break;
    case UnOp.arcsinh: run<T, T, Arcsinh>(a, o, ndim, shape, as, os); break;
    case UnOp.arccosh: run<T, T, Arccosh>(a, o, ndim, shape, as, os); break;
    case UnOp.arctanh: run<T, T, Arctanh>(a, o, ndim, shape, as, os); break;
    case UnOp.deg2rad: run<T, T, Deg2rad>(a, o, ndim, shape, as, os); break;
    case UnOp.rad2deg: run<T, T, Rad2deg>(a, o, ndim, shape, as, os); break;
    case UnOp.floor: run<T, T, Floor>(a, o, ndim, shape, as, os); break;
    case UnOp.ceil: run<T, T, Ceil>(a, o, ndim, shape, as, os); break;
    case UnOp.trunc: run<T, T, Trunc>(a, o, ndim, shape, as, os); break;
    case UnOp.rint: run<T, T, Rint>(a, o, ndim, shape, as, os); break;
    case UnOp.invert: run<T, T, Invert>(a, o, ndim, shape, as, os); break;
    case UnOp.logical_not: run<T, bool, LogicalNot>(a, o, ndim, shape, as, os); break;
    case UnOp.isnan: run<T, bool, Isnan>(a, o, ndim, shape, as, os); break;
    case UnOp.isinf: run<T, bool, Isinf>(a, o, ndim, shape, as, os); break;
    case UnOp.isfinite: run<T, bool, Isfinite>(a, o, ndim, shape, as, os); break;
    case UnOp.signbit: run<T, bool, Signbit>(a, o, ndim, shape, as, os); break;
    case UnOp.spacing: run<T, T, Spacing>(a, o, ndim, shape, as, os); break;
    case UnOp.bitwise_count: run<T, u8, BitwiseCount>(a, o, ndim, shape, as, os); break;
    case UnOp.frexp_mantissa: run<T, T, FrexpMantissa>(a, o, ndim, shape, as, os); break;
    case UnOp.frexp_exponent: run<T, i32, FrexpExponent>(a, o, ndim, shape, as, os); break;
    case UnOp.modf_frac: run<T, T, ModfFrac>(a, o, ndim, shape, as, os); break;
    case UnOp.modf_int: run<T, T, ModfInt>(a, o, ndim, shape, as, os); break;
  }
}

export function unaryDispatch(
  op: i32, code: i32, a: usize, out: usize, ndim: i32, shape: usize, as: usize, os: usize,
): void {
  switch (code) {
    case Code.bool: unaryOf<bool>(op, a, out, ndim, shape, as, os); break;
    case Code.int8: unaryOf<i8>(op, a, out, ndim, shape, as, os); break;
    case Code.uint8: unaryOf<u8>(op, a, out, ndim, shape, as, os); break;
    case Code.int16: unaryOf<i16>(op, a, out, ndim, shape, as, os); break;
    case Code.uint16: unaryOf<u16>(op, a, out, ndim, shape, as, os); break;
    case Code.int32: unaryOf<i32>(op, a, out, ndim, shape, as, os); break;
    case Code.uint32: unaryOf<u32>(op, a, out, ndim, shape, as, os); break;
    case Code.int64: unaryOf<i64>(op, a, out, ndim, shape, as, os); break;
    case Code.uint64: unaryOf<u64>(op, a, out, ndim, shape, as, os); break;
    case Code.float32: unaryOf<f32>(op, a, out, ndim, shape, as, os); break;
    case Code.float64: unaryOf<f64>(op, a, out, ndim, shape, as, os); break;
  }
}

// ---------------------------------------------------------------- round_decimals
// np.round(a, decimals) exactly as NumPy's PyArray_Round computes it:
//   floats, d > 0:  rint(x * f) / f        d == 0: rint(x)        d < 0: rint(x / f) * f
//     with f = power_of_ten(|d|) (1e0..1e8 from a table, then repeated * 10.0 in float64),
//     converted to the array's float type (float32: all three steps in float32);
//   ints, d >= 0: a copy; d < 0: the float64 formula on (double)x, cast back (astype semantics).
// d = INT_MIN is taken as INT_MAX, as NumPy does.
// (NumPy's cast of the float64 temporary back to uint32 is layout dependent for results
// >= 2^32, i.e. rounding values within 5 * 10^(-d-1) of 2^32 - 1 upwards; this kernel uses
// the per-element cast, NumPy's n % 4 tail behaviour.)

/** power_of_ten(n) of calculation.c, n >= 0 (the loop stops early once the value is inf). */
function powerOfTen(n: i32): f64 {
  if (n < 9) {
    let r = 1.0;
    for (let i = 0; i < n; i++) r *= 10.0; // 1e0..1e8 are exact: same as the table
    return r;
  }
  let r = 1e9;
  while (n-- > 9) {
    r *= 10.0;
    if (r == Infinity) break;
  }
  return r;
}

@final class RoundRow<T> {
  // p2 carries the decimals value (its stride is 0, so nditer hands it back unchanged)
  row(a: usize, o: usize, dec: usize, n: i32, sa: isize, so: isize, _s: isize): void {
    let d = <i32>dec;
    const sz = <isize>sizeof<T>();
    if (!isFloat<T>()) {
      if (d >= 0) {
        for (let i = 0; i < n; i++) { store<T>(o, load<T>(a)); a += <usize>sa; o += <usize>so; }
        return;
      }
      const f = powerOfTen(d == i32.MIN_VALUE ? i32.MAX_VALUE : -d);
      for (let i = 0; i < n; i++) {
        store<T>(o, convert<f64, T>(nearest<f64>(<f64>load<T>(a) / f) * f));
        a += <usize>sa; o += <usize>so;
      }
      return;
    }
    const neg = d < 0;
    const f = <T>powerOfTen(neg ? (d == i32.MIN_VALUE ? i32.MAX_VALUE : -d) : d);
    let i = 0;
    if (sa == sz && so == sz) {
      const vf = v128.splat<T>(f);
      const W = <i32>(16 / sizeof<T>());
      for (; i <= n - W; i += W, a += 16, o += 16) {
        const x = v128.load(a);
        let y: v128;
        if (d == 0) y = v128.nearest<T>(x);
        else if (neg) y = v128.mul<T>(v128.nearest<T>(v128.div<T>(x, vf)), vf);
        else y = v128.div<T>(v128.nearest<T>(v128.mul<T>(x, vf)), vf);
        v128.store(o, y);
      }
    }
    for (; i < n; i++) {
      const x = load<T>(a);
      let y: T;
      if (d == 0) y = nearest<T>(x);
      else if (neg) y = nearest<T>(x / f) * f;
      else y = nearest<T>(x * f) / f;
      store<T>(o, y);
      a += <usize>sa; o += <usize>so;
    }
  }
}

function roundRowFn<T>(): RowFn {
  return (a: usize, o: usize, d: usize, n: i32, sa: isize, so: isize, s: isize): void => {
    kernel<RoundRow<T>>().row(a, o, d, n, sa, so, s);
  };
}
@inline function roundOf<T>(a: usize, o: usize, ndim: i32, shape: usize, as: usize, os: usize, d: i32): void {
  ndrun(roundRowFn<T>(), ndim, shape, a, as, o, os, <usize>d, 0);
}

export function roundDispatch(
  code: i32, a: usize, out: usize, ndim: i32, shape: usize, as: usize, os: usize, decimals: i32,
): void {
  switch (code) {
    case Code.int8: roundOf<i8>(a, out, ndim, shape, as, os, decimals); break;
    case Code.uint8: roundOf<u8>(a, out, ndim, shape, as, os, decimals); break;
    case Code.int16: roundOf<i16>(a, out, ndim, shape, as, os, decimals); break;
    case Code.uint16: roundOf<u16>(a, out, ndim, shape, as, os, decimals); break;
    case Code.int32: roundOf<i32>(a, out, ndim, shape, as, os, decimals); break;
    case Code.uint32: roundOf<u32>(a, out, ndim, shape, as, os, decimals); break;
    case Code.int64: roundOf<i64>(a, out, ndim, shape, as, os, decimals); break;
    case Code.uint64: roundOf<u64>(a, out, ndim, shape, as, os, decimals); break;
    case Code.float32: roundOf<f32>(a, out, ndim, shape, as, os, decimals); break;
    case Code.float64: roundOf<f64>(a, out, ndim, shape, as, os, decimals); break;
  }
}
