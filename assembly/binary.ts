// binary family: out = op(a, b) elementwise; a and b have dtype `code` (the TS side casts first),
// out has the op's output dtype (same as code, or bool for comparisons / logical ops; see ops.ts).
// The same op switch also drives the generic reduce / accumulate (reduce_generic.ts), so an op
// added here is reducible at once. Loops: ops_loops.ts; op semantics: ops_binary.ts.
import { Code } from "./dtypes";
import { kernel } from "./nditer";
import { BinOp } from "./ops";
import { ndrun, binaryRowFn, pairTransposed, isHeavy, ROW_FN } from "./ops_loops";
import { reduceOf, accumulateOf } from "./reduce_generic";
import {
  Add, Subtract, Multiply, Divide, FloorDivide, Remainder, Fmod, Power, FloatPower,
  Maximum, Minimum, Fmax, Fmin, Heaviside, Arctan2, Hypot, Logaddexp, Logaddexp2, Copysign,
  Nextafter, Ldexp, Gcd, Lcm, BitwiseAnd, BitwiseOr, BitwiseXor, LeftShift, RightShift,
  Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual, LogicalAnd, LogicalOr, LogicalXor,
} from "./ops_binary";

/** What to run for an (op, T, R) triple. */
export const enum Mode {
  elementwise = 0, // p0 = a, p1 = b, p2 = out
  reduce = 1,      // p0 = src, p1 = acc
  accumulate = 2,  // p0 = src, p1 = out
}

@inline function run<T, R, O>(
  mode: i32, p0: usize, p1: usize, p2: usize,
  ndim: i32, shape: usize, s0: usize, s1: usize, s2: usize,
): void {
  if (!kernel<O>().ok<T>()) return; // (op, dtype) not implemented: nothing is written
  if (mode == Mode.elementwise) {
    if (ndim == ROW_FN) { store<u32>(p0, binaryRowFn<T, R, O>().index); return; }
    if (isFloat<T>() && sizeof<T>() == 8 && sizeof<R>() == 8 && kernel<O>().hasV<T>() && !isHeavy<O, T>() && ndim == 2 && s0 && s1 &&
      pairTransposed<T, O>(load<i32>(shape), load<i32>(shape, 4), p0, p1, p2, load<i32>(s0, 4), load<i32>(s1, 4), load<i32>(s2, 4),
        load<i32>(s0), load<i32>(s1), load<i32>(s2))) return;
    ndrun(binaryRowFn<T, R, O>(), ndim, shape, p0, s0, p1, s1, p2, s2);
  } else if (isBoolean<R>() == isBoolean<T>() && sizeof<R>() == sizeof<T>()) {
    if (mode == Mode.reduce) reduceOf<T, O>(ndim, shape, p0, p1, s0, s1);
    else if (mode == Mode.accumulate) accumulateOf<T, O>(ndim, shape, p0, p1, s0, s1);
  }
}

function binaryOf<T>(
  op: i32, mode: i32, p0: usize, p1: usize, p2: usize,
  ndim: i32, shape: usize, s0: usize, s1: usize, s2: usize,
): void {
  switch (op) {
    case BinOp.add: run<T, T, Add>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.subtract: run<T, T, Subtract>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.multiply: run<T, T, Multiply>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.divide: run<T, T, Divide>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.floor_divide: run<T, T, FloorDivide>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.remainder: run<T, T, Remainder>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.fmod: run<T, T, Fmod>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.power: run<T, T, Power>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.float_power: run<T, T, FloatPower>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.maximum: run<T, T, Maximum>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.minimum: run<T, T, Minimum>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.fmax: run<T, T, Fmax>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.fmin: run<T, T, Fmin>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.heaviside: run<T, T, Heaviside>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.arctan2: run<T, T, Arctan2>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.hypot: run<T, T, Hypot>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.logaddexp: run<T, T, Logaddexp>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.logaddexp2: run<T, T, Logaddexp2>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.copysign: run<T, T, Copysign>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.nextafter: run<T, T, Nextafter>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.ldexp: run<T, T, Ldexp>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.gcd: run<T, T, Gcd>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.lcm: run<T, T, Lcm>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.bitwise_and: run<T, T, BitwiseAnd>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.bitwise_or: run<T, T, BitwiseOr>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.bitwise_xor: run<T, T, BitwiseXor>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.left_shift: run<T, T, LeftShift>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.right_shift: run<T, T, RightShift>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.equal: run<T, bool, Equal>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.not_equal: run<T, bool, NotEqual>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.less: run<T, bool, Less>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.less_equal: run<T, bool, LessEqual>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.greater: run<T, bool, Greater>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.greater_equal: run<T, bool, GreaterEqual>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.logical_and: run<T, bool, LogicalAnd>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.logical_or: run<T, bool, LogicalOr>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case BinOp.logical_xor: run<T, bool, LogicalXor>(mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
  }
}

export function binaryDispatch(
  op: i32, code: i32, mode: i32, p0: usize, p1: usize, p2: usize,
  ndim: i32, shape: usize, s0: usize, s1: usize, s2: usize,
): void {
  switch (code) {
    case Code.bool: binaryOf<bool>(op, mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case Code.int8: binaryOf<i8>(op, mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case Code.uint8: binaryOf<u8>(op, mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case Code.int16: binaryOf<i16>(op, mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case Code.uint16: binaryOf<u16>(op, mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case Code.int32: binaryOf<i32>(op, mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case Code.uint32: binaryOf<u32>(op, mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case Code.int64: binaryOf<i64>(op, mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case Code.uint64: binaryOf<u64>(op, mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case Code.float32: binaryOf<f32>(op, mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
    case Code.float64: binaryOf<f64>(op, mode, p0, p1, p2, ndim, shape, s0, s1, s2); break;
  }
}
