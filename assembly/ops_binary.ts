// Binary op functors for the ufunc kernels (binary.ts runs them; codes in ops.ts).
//
// Each op is a @final class, never instantiated (kernel<Op>() is a typed null), whose @inline
// methods are resolved at compile time per element type T:
//   ok<T>(): bool       the kernel implements this input type (else the dispatch compiles nothing)
//   mask(): bool        output is bool: s() returns bool, v() returns lane masks (all ones = true)
//                       that the loop narrows to bytes and turns into 0/1
//   hasV<T>(): bool     v() exists for T (contiguous / broadcast-scalar SIMD loops)
//   hasVS<T>(): bool    vs() exists for T: vector a with a broadcast scalar b (shifts, int power)
//   s<T>(a: T, b: T)    one element
//   v<T>(a, b: v128)    one vector of T lanes
//   vs<T>(a: v128, b: T)
//   heavy<T>(): bool    optional: true for long vector forms (transcendental functions), which
//                       then run the single-copy loop of ops_loops.ts (R must equal T)
// Methods only referenced behind a false hasV/hasVS need not exist.
// bool inputs are bytes; any nonzero byte counts as true (vectors normalise with min_u(x, 1)).
import { kernel } from "./nditer";
import { splatOf } from "./simd";
import {
  intFloorDiv, intRemainder, intFmod, intPower, floatFloorDiv, floatRemainder,
  intGcd, intLcm, intLeftShift, intRightShift, shiftInRange, nextAfter, nextAfterV, ldexpOf, heavisideOf,
} from "./ops_scalar";
import * as M from "./mathops";

// ---------------------------------------------------------------- vector helpers (T lanes)
/** bool bytes -> 0/1. */
@inline export function vNorm<T>(a: v128): v128 {
  if (isBoolean<T>()) return i8x16.min_u(a, i8x16.splat(1));
  return a;
}
@inline function isU64<T>(): bool { return isInteger<T>() && !isSigned<T>() && !isBoolean<T>() && sizeof<T>() == 8; }
@inline export function vEq<T>(a: v128, b: v128): v128 {
  if (isBoolean<T>()) return i8x16.eq(vNorm<T>(a), vNorm<T>(b));
  return v128.eq<T>(a, b);
}
@inline export function vNe<T>(a: v128, b: v128): v128 {
  if (isBoolean<T>()) return i8x16.ne(vNorm<T>(a), vNorm<T>(b));
  return v128.ne<T>(a, b);
}
@inline export function vLt<T>(a: v128, b: v128): v128 {
  if (isBoolean<T>()) return i8x16.lt_u(vNorm<T>(a), vNorm<T>(b));
  if (isU64<T>()) {
    const s = i64x2.splat(i64.MIN_VALUE);
    return i64x2.lt_s(v128.xor(a, s), v128.xor(b, s));
  }
  return v128.lt<T>(a, b);
}
@inline export function vLe<T>(a: v128, b: v128): v128 {
  if (isFloat<T>()) return v128.le<T>(a, b);
  return v128.not(vLt<T>(b, a));
}
/** Lane mask of x != 0 (NaN is nonzero, -0.0 is zero). */
@inline export function vNz<T>(a: v128): v128 {
  if (isBoolean<T>()) return i8x16.ne(a, i64x2.splat(0));
  if (isFloat<T>()) return v128.ne<T>(a, v128.splat<T>(<T>0));
  return v128.ne<T>(a, i64x2.splat(0));
}
/** Integer / bool max and min (bool: or / and). */
@inline function vMaxI<T>(a: v128, b: v128): v128 {
  if (isBoolean<T>()) return i8x16.max_u(vNorm<T>(a), vNorm<T>(b));
  if (sizeof<T>() == 8) return v128.bitselect(a, b, vLt<T>(b, a));
  return v128.max<T>(a, b);
}
@inline function vMinI<T>(a: v128, b: v128): v128 {
  if (isBoolean<T>()) return i8x16.min_u(vNorm<T>(a), vNorm<T>(b));
  if (sizeof<T>() == 8) return v128.bitselect(a, b, vLt<T>(a, b));
  return v128.min<T>(a, b);
}
/** Lane-wise product, 8-bit lanes included (low bytes of 16-bit products). */
@inline export function vMul<T>(a: v128, b: v128): v128 {
  if (sizeof<T>() == 1) {
    return i8x16.shuffle(i16x8.extmul_low_i8x16_u(a, b), i16x8.extmul_high_i8x16_u(a, b),
      0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
  }
  return v128.mul<T>(a, b);
}
/** Sign-bit mask for float lanes. */
@inline export function vSignMask<T>(): v128 {
  return sizeof<T>() == 8 ? i64x2.splat(i64.MIN_VALUE) : i32x4.splat(i32.MIN_VALUE);
}
/** Scalar truth of one element (NaN true, -0.0 false). */
@inline export function nz<T>(a: T): bool {
  if (isBoolean<T>()) return <i32>a != 0;
  return a != <T>0;
}

// ---------------------------------------------------------------- integer division by float lanes
// For 8/16-bit lanes (via f32, 24-bit mantissa) and 32-bit lanes (via f64) the float quotient is
// close enough to the true one that floor / trunc of it is exact: a non-integral a / b lies at
// least 1/|b| from an integer, a relative distance >= 1/|a|, far above the float's rounding step.
/** Per-lane a / b as float lanes F (f32 or f64): floor (floorMode) or trunc, still as floats. */
@inline function fquot<F>(a: v128, b: v128, floorMode: bool): v128 {
  const q = v128.div<F>(a, b);
  return floorMode ? v128.floor<F>(q) : v128.trunc<F>(q);
}
/** i32 lanes (signed or not per S) a / b through f32 (|values| < 2^24), back to i32 lanes. */
@inline function quot32viaF32<S>(a: v128, b: v128, floorMode: bool): v128 {
  return i32x4.trunc_sat_f32x4_s(fquot<f32>(f32x4.convert_i32x4_s(a), f32x4.convert_i32x4_s(b), floorMode));
}
/** Quotient lanes of T (integer, sizeof <= 4), rounded down (floorMode) or toward zero; lanes with
 *  b == 0 give 0, signed lanes with b == -1 give 0 - a (so MIN / -1 wraps to MIN, as NumPy). */
@inline export function vIntQuot<T>(a: v128, b: v128, floorMode: bool): v128 {
  let q: v128;
  if (sizeof<T>() == 4) {
    const a2 = i32x4.shuffle(a, a, 2, 3, 2, 3), b2 = i32x4.shuffle(b, b, 2, 3, 2, 3);
    let lo: v128, hi: v128;
    if (isSigned<T>()) {
      lo = i32x4.trunc_sat_f64x2_s_zero(fquot<f64>(f64x2.convert_low_i32x4_s(a), f64x2.convert_low_i32x4_s(b), floorMode));
      hi = i32x4.trunc_sat_f64x2_s_zero(fquot<f64>(f64x2.convert_low_i32x4_s(a2), f64x2.convert_low_i32x4_s(b2), floorMode));
    } else {
      lo = i32x4.trunc_sat_f64x2_u_zero(fquot<f64>(f64x2.convert_low_i32x4_u(a), f64x2.convert_low_i32x4_u(b), floorMode));
      hi = i32x4.trunc_sat_f64x2_u_zero(fquot<f64>(f64x2.convert_low_i32x4_u(a2), f64x2.convert_low_i32x4_u(b2), floorMode));
    }
    q = i32x4.shuffle(lo, hi, 0, 1, 4, 5);
  } else if (sizeof<T>() == 2) {
    let lo: v128, hi: v128;
    if (isSigned<T>()) {
      lo = quot32viaF32<i32>(i32x4.extend_low_i16x8_s(a), i32x4.extend_low_i16x8_s(b), floorMode);
      hi = quot32viaF32<i32>(i32x4.extend_high_i16x8_s(a), i32x4.extend_high_i16x8_s(b), floorMode);
      q = i16x8.narrow_i32x4_s(lo, hi); // only the masked MIN / -1 lanes saturate
    } else {
      lo = quot32viaF32<i32>(i32x4.extend_low_i16x8_u(a), i32x4.extend_low_i16x8_u(b), floorMode);
      hi = quot32viaF32<i32>(i32x4.extend_high_i16x8_u(a), i32x4.extend_high_i16x8_u(b), floorMode);
      q = i16x8.narrow_i32x4_u(lo, hi);
    }
  } else {
    let a0: v128, a1: v128, b0: v128, b1: v128;
    if (isSigned<T>()) {
      a0 = i16x8.extend_low_i8x16_s(a); a1 = i16x8.extend_high_i8x16_s(a);
      b0 = i16x8.extend_low_i8x16_s(b); b1 = i16x8.extend_high_i8x16_s(b);
      const q0 = i16x8.narrow_i32x4_s(
        quot32viaF32<i32>(i32x4.extend_low_i16x8_s(a0), i32x4.extend_low_i16x8_s(b0), floorMode),
        quot32viaF32<i32>(i32x4.extend_high_i16x8_s(a0), i32x4.extend_high_i16x8_s(b0), floorMode));
      const q1 = i16x8.narrow_i32x4_s(
        quot32viaF32<i32>(i32x4.extend_low_i16x8_s(a1), i32x4.extend_low_i16x8_s(b1), floorMode),
        quot32viaF32<i32>(i32x4.extend_high_i16x8_s(a1), i32x4.extend_high_i16x8_s(b1), floorMode));
      q = i8x16.narrow_i16x8_s(q0, q1);
    } else {
      a0 = i16x8.extend_low_i8x16_u(a); a1 = i16x8.extend_high_i8x16_u(a);
      b0 = i16x8.extend_low_i8x16_u(b); b1 = i16x8.extend_high_i8x16_u(b);
      const q0 = i16x8.narrow_i32x4_s(
        quot32viaF32<i32>(i32x4.extend_low_i16x8_u(a0), i32x4.extend_low_i16x8_u(b0), floorMode),
        quot32viaF32<i32>(i32x4.extend_high_i16x8_u(a0), i32x4.extend_high_i16x8_u(b0), floorMode));
      const q1 = i16x8.narrow_i32x4_s(
        quot32viaF32<i32>(i32x4.extend_low_i16x8_u(a1), i32x4.extend_low_i16x8_u(b1), floorMode),
        quot32viaF32<i32>(i32x4.extend_high_i16x8_u(a1), i32x4.extend_high_i16x8_u(b1), floorMode));
      q = i8x16.narrow_i16x8_u(q0, q1);
    }
  }
  const zero = i64x2.splat(0);
  q = v128.andnot(q, v128.eq<T>(b, zero));
  if (isSigned<T>()) q = v128.bitselect(v128.sub<T>(zero, a), q, v128.eq<T>(b, v128.splat<T>(<T>-1)));
  return q;
}
/** a - q * b (wrapping), with 0 where b == 0. */
@inline function vIntRem<T>(a: v128, b: v128, q: v128): v128 {
  return v128.andnot(v128.sub<T>(a, vMul<T>(q, b)), v128.eq<T>(b, i64x2.splat(0)));
}
@inline function smallInt<T>(): bool { return isInteger<T>() && !isBoolean<T>() && sizeof<T>() <= 4; }

// ---------------------------------------------------------------- arithmetic
@final export class Add {
  @inline ok<T>(): bool { return true; }
  @inline mask(): bool { return false; }
  @inline hasV<T>(): bool { return true; }
  @inline hasVS<T>(): bool { return false; }
  @inline s<T>(a: T, b: T): T {
    if (isBoolean<T>()) return <T>((<i32>a | <i32>b) != 0);
    return <T>(a + b);
  }
  @inline v<T>(a: v128, b: v128): v128 {
    if (isBoolean<T>()) return i8x16.min_u(v128.or(a, b), i8x16.splat(1));
    return v128.add<T>(a, b);
  }
}

@final export class Subtract {
  @inline ok<T>(): bool { return true; }
  @inline mask(): bool { return false; }
  @inline hasV<T>(): bool { return true; }
  @inline hasVS<T>(): bool { return false; }
  @inline s<T>(a: T, b: T): T {
    if (isBoolean<T>()) return <T>((<i32>a != 0) != (<i32>b != 0));
    return <T>(a - b);
  }
  @inline v<T>(a: v128, b: v128): v128 {
    if (isBoolean<T>()) return v128.xor(vNorm<T>(a), vNorm<T>(b));
    return v128.sub<T>(a, b);
  }
}

@final export class Multiply {
  @inline ok<T>(): bool { return true; }
  @inline mask(): bool { return false; }
  @inline hasV<T>(): bool { return true; }
  @inline hasVS<T>(): bool { return false; }
  @inline s<T>(a: T, b: T): T {
    if (isBoolean<T>()) return <T>((<i32>a != 0) & (<i32>b != 0));
    return <T>(a * b);
  }
  @inline v<T>(a: v128, b: v128): v128 {
    if (isBoolean<T>()) return i8x16.min_u(i8x16.min_u(a, b), i8x16.splat(1));
    return vMul<T>(a, b);
  }
}

/** true_divide, floats only. */
@final export class Divide {
  @inline ok<T>(): bool { return isFloat<T>(); }
  @inline mask(): bool { return false; }
  @inline hasV<T>(): bool { return true; }
  @inline hasVS<T>(): bool { return false; }
  @inline s<T>(a: T, b: T): T { return a / b; }
  @inline v<T>(a: v128, b: v128): v128 { return v128.div<T>(a, b); }
}

/** floor_divide: ints floor the quotient (x // 0 = 0, MIN // -1 = MIN); floats npy_floor_divide. */
@final export class FloorDivide {
  @inline ok<T>(): bool { return !isBoolean<T>(); }
  @inline mask(): bool { return false; }
  @inline hasV<T>(): bool { return smallInt<T>(); } // ints up to 32 bits: float-lane division
  @inline hasVS<T>(): bool { return false; }
  @inline s<T>(a: T, b: T): T {
    if (isFloat<T>()) return floatFloorDiv<T>(a, b);
    return intFloorDiv<T>(a, b);
  }
  @inline v<T>(a: v128, b: v128): v128 { return vIntQuot<T>(a, b, true); }
}

/** remainder (Python sign rule): ints x % 0 = 0; floats npy_remainder. */
@final export class Remainder {
  @inline ok<T>(): bool { return !isBoolean<T>(); }
  @inline mask(): bool { return false; }
  @inline hasV<T>(): bool { return smallInt<T>(); } // ints up to 32 bits: float-lane division
  @inline hasVS<T>(): bool { return false; }
  @inline s<T>(a: T, b: T): T {
    if (isFloat<T>()) return floatRemainder<T>(a, b);
    return intRemainder<T>(a, b);
  }
  @inline v<T>(a: v128, b: v128): v128 { return vIntRem<T>(a, b, vIntQuot<T>(a, b, true)); }
}

/** fmod (C semantics, sign of a): ints x fmod 0 = 0; floats C fmod (exact). */
@final export class Fmod {
  @inline ok<T>(): bool { return !isBoolean<T>(); }
  @inline mask(): bool { return false; }
  @inline hasV<T>(): bool { return smallInt<T>(); } // ints up to 32 bits: float-lane division
  @inline hasVS<T>(): bool { return false; }
  @inline s<T>(a: T, b: T): T {
    if (isFloat<T>()) return <T>(a % b);
    return intFmod<T>(a, b);
  }
  @inline v<T>(a: v128, b: v128): v128 { return vIntRem<T>(a, b, vIntQuot<T>(a, b, false)); }
}

/** power: ints square-and-multiply with wrap (vectorised for a broadcast exponent); floats pow. */
@final export class Power {
  @inline ok<T>(): bool { return !isBoolean<T>(); }
  @inline mask(): bool { return false; }
  @inline hasV<T>(): bool { return isFloat<T>(); }
  @inline hasVS<T>(): bool { return !isFloat<T>(); }
  @inline heavy<T>(): bool { return isFloat<T>(); }
  @inline s<T>(a: T, b: T): T {
    if (isFloat<T>()) {
      if (sizeof<T>() == 8) return <T>M.pow_f64(<f64>a, <f64>b);
      return <T>M.pow_f32(<f32>a, <f32>b);
    }
    return intPower<T>(a, b);
  }
  @inline v<T>(a: v128, b: v128): v128 {
    if (sizeof<T>() == 8) return M.pow_f64x2(a, b);
    return M.pow_f32x4(a, b);
  }
  @inline vs<T>(a: v128, e: T): v128 {
    // the scalar loop lane-wise: a == 1 needs no special case (1 * 1 = 1)
    if (e == <T>0) return splatOf<T>(<T>1);
    let out = (e & <T>1) ? a : splatOf<T>(<T>1);
    e = <T>(e >> <T>1);
    while (e > <T>0) {
      a = vMul<T>(a, a);
      if (e & <T>1) out = vMul<T>(out, a);
      e = <T>(e >> <T>1);
    }
    return out;
  }
}

/** float_power: float64 pow. */
@final export class FloatPower {
  @inline ok<T>(): bool { return isFloat<T>() && sizeof<T>() == 8; }
  @inline mask(): bool { return false; }
  @inline hasV<T>(): bool { return true; }
  @inline hasVS<T>(): bool { return false; }
  @inline heavy<T>(): bool { return isFloat<T>(); }
  @inline s<T>(a: T, b: T): T { return <T>M.pow_f64(<f64>a, <f64>b); }
  @inline v<T>(a: v128, b: v128): v128 { return M.pow_f64x2(a, b); }
}

// ---------------------------------------------------------------- extrema
// Floats, as NumPy on x86 (maxpd/minpd + NaN fix-up): equal operands (+0 vs -0) give b;
// maximum/minimum: a NaN a gives a, else a NaN b gives b; fmax/fmin: a NaN b gives a, else a
// NaN a gives b. pmax(b, a) = b < a ? a : b and pmin(b, a) = a < b ? a : b are single
// instructions on x86; one bitselect adds the NaN rule.
// One functor for the four: H picks the larger or the smaller operand, N which operand's NaN wins.
@final export class Larger { @inline on(): bool { return true; } }
@final export class Smaller { @inline on(): bool { return false; } }
/** maximum / minimum: a NaN in either operand propagates (a's first). */
@final export class NanPropagates { @inline on(): bool { return true; } }
/** fmax / fmin: a NaN operand is ignored (the other one is the result). */
@final export class NanIgnored { @inline on(): bool { return false; } }

@final export class Extremum<H, N> {
  @inline ok<T>(): bool { return true; }
  @inline mask(): bool { return false; }
  @inline hasV<T>(): bool { return true; }
  @inline hasVS<T>(): bool { return false; }
  @inline s<T>(a: T, b: T): T {
    const hi = kernel<H>().on();
    if (isBoolean<T>()) return hi ? <T>((<i32>a | <i32>b) != 0) : <T>((<i32>a != 0) & (<i32>b != 0));
    if (isFloat<T>()) {
      if (kernel<N>().on() ? a != a : b != b) return a;
      return hi ? (b < a ? a : b) : (a < b ? a : b);
    }
    return hi ? (a > b ? a : b) : (a < b ? a : b);
  }
  @inline v<T>(a: v128, b: v128): v128 {
    const hi = kernel<H>().on();
    if (isFloat<T>()) {
      const pick = hi ? v128.pmax<T>(b, a) : v128.pmin<T>(b, a);
      return v128.bitselect(a, pick, kernel<N>().on() ? v128.ne<T>(a, a) : v128.ne<T>(b, b));
    }
    return hi ? vMaxI<T>(a, b) : vMinI<T>(a, b);
  }
}
export type Maximum = Extremum<Larger, NanPropagates>;
export type Minimum = Extremum<Smaller, NanPropagates>;
export type Fmax = Extremum<Larger, NanIgnored>;
export type Fmin = Extremum<Smaller, NanIgnored>;

// ---------------------------------------------------------------- float functions
/** heaviside(x, h0): NaN -> NaN, 0 -> h0, < 0 -> 0, > 0 -> 1. */
@final export class Heaviside {
  @inline ok<T>(): bool { return isFloat<T>(); }
  @inline mask(): bool { return false; }
  @inline hasV<T>(): bool { return true; }
  @inline hasVS<T>(): bool { return false; }
  @inline heavy<T>(): bool { return true; } // long vector form: single-copy loop
  @inline s<T>(a: T, b: T): T { return heavisideOf<T>(a, b); }
  @inline v<T>(a: v128, b: v128): v128 {
    const zero = v128.splat<T>(<T>0);
    const r = v128.bitselect(b, v128.and(v128.gt<T>(a, zero), v128.splat<T>(<T>1)), v128.eq<T>(a, zero));
    return v128.bitselect(v128.splat<T>(<T>NaN), r, v128.ne<T>(a, a));
  }
}

/** Binary ops from the math library (float only, one heavy vector form): the shared traits;
 *  subclasses give s() and v(). */
export class MathBinary {
  @inline ok<T>(): bool { return isFloat<T>(); }
  @inline mask(): bool { return false; }
  @inline hasV<T>(): bool { return true; }
  @inline hasVS<T>(): bool { return false; }
  @inline heavy<T>(): bool { return isFloat<T>(); }
}

@final export class Arctan2 extends MathBinary {
  @inline s<T>(a: T, b: T): T {
    if (sizeof<T>() == 8) return <T>M.arctan2_f64(<f64>a, <f64>b);
    return <T>M.arctan2_f32(<f32>a, <f32>b);
  }
  @inline v<T>(a: v128, b: v128): v128 {
    if (sizeof<T>() == 8) return M.arctan2_f64x2(a, b);
    return M.arctan2_f32x4(a, b);
  }
}

@final export class Hypot extends MathBinary {
  @inline s<T>(a: T, b: T): T {
    if (sizeof<T>() == 8) return <T>M.hypot_f64(<f64>a, <f64>b);
    return <T>M.hypot_f32(<f32>a, <f32>b);
  }
  @inline v<T>(a: v128, b: v128): v128 {
    if (sizeof<T>() == 8) return M.hypot_f64x2(a, b);
    return M.hypot_f32x4(a, b);
  }
}

@final export class Logaddexp extends MathBinary {
  @inline s<T>(a: T, b: T): T {
    if (sizeof<T>() == 8) return <T>M.logaddexp_f64(<f64>a, <f64>b);
    return <T>M.logaddexp_f32(<f32>a, <f32>b);
  }
  @inline v<T>(a: v128, b: v128): v128 {
    if (sizeof<T>() == 8) return M.logaddexp_f64x2(a, b);
    return M.logaddexp_f32x4(a, b);
  }
}

@final export class Logaddexp2 extends MathBinary {
  @inline s<T>(a: T, b: T): T {
    if (sizeof<T>() == 8) return <T>M.logaddexp2_f64(<f64>a, <f64>b);
    return <T>M.logaddexp2_f32(<f32>a, <f32>b);
  }
  @inline v<T>(a: v128, b: v128): v128 {
    if (sizeof<T>() == 8) return M.logaddexp2_f64x2(a, b);
    return M.logaddexp2_f32x4(a, b);
  }
}

@final export class Copysign {
  @inline ok<T>(): bool { return isFloat<T>(); }
  @inline mask(): bool { return false; }
  @inline hasV<T>(): bool { return true; }
  @inline hasVS<T>(): bool { return false; }
  @inline s<T>(a: T, b: T): T { return copysign<T>(a, b); }
  @inline v<T>(a: v128, b: v128): v128 { return v128.bitselect(b, a, vSignMask<T>()); }
}

@final export class Nextafter {
  @inline ok<T>(): bool { return isFloat<T>(); }
  @inline mask(): bool { return false; }
  @inline hasV<T>(): bool { return true; }
  @inline hasVS<T>(): bool { return false; }
  @inline heavy<T>(): bool { return true; } // long vector form: single-copy loop
  @inline s<T>(a: T, b: T): T { return nextAfter<T>(a, b); }
  @inline v<T>(a: v128, b: v128): v128 { return nextAfterV<T>(a, b); }
}

/** ldexp(x, e), e already a float of the same dtype. */
@final export class Ldexp {
  @inline ok<T>(): bool { return isFloat<T>(); }
  @inline mask(): bool { return false; }
  @inline hasV<T>(): bool { return false; }
  @inline hasVS<T>(): bool { return false; }
  @inline s<T>(a: T, b: T): T { return ldexpOf<T>(a, b); }
}

// ---------------------------------------------------------------- integer functions
@final export class Gcd {
  @inline ok<T>(): bool { return isInteger<T>() && !isBoolean<T>(); }
  @inline mask(): bool { return false; }
  @inline hasV<T>(): bool { return false; }
  @inline hasVS<T>(): bool { return false; }
  @inline s<T>(a: T, b: T): T { return intGcd<T>(a, b); }
}

@final export class Lcm {
  @inline ok<T>(): bool { return isInteger<T>() && !isBoolean<T>(); }
  @inline mask(): bool { return false; }
  @inline hasV<T>(): bool { return false; }
  @inline hasVS<T>(): bool { return false; }
  @inline s<T>(a: T, b: T): T { return intLcm<T>(a, b); }
}

@final export class BitwiseAnd {
  @inline ok<T>(): bool { return !isFloat<T>(); }
  @inline mask(): bool { return false; }
  @inline hasV<T>(): bool { return true; }
  @inline hasVS<T>(): bool { return false; }
  @inline s<T>(a: T, b: T): T {
    if (isBoolean<T>()) return <T>((<i32>a != 0) & (<i32>b != 0));
    return <T>(a & b);
  }
  @inline v<T>(a: v128, b: v128): v128 { return v128.and(vNorm<T>(a), vNorm<T>(b)); }
}

@final export class BitwiseOr {
  @inline ok<T>(): bool { return !isFloat<T>(); }
  @inline mask(): bool { return false; }
  @inline hasV<T>(): bool { return true; }
  @inline hasVS<T>(): bool { return false; }
  @inline s<T>(a: T, b: T): T {
    if (isBoolean<T>()) return <T>((<i32>a | <i32>b) != 0);
    return <T>(a | b);
  }
  @inline v<T>(a: v128, b: v128): v128 { return v128.or(vNorm<T>(a), vNorm<T>(b)); }
}

@final export class BitwiseXor {
  @inline ok<T>(): bool { return !isFloat<T>(); }
  @inline mask(): bool { return false; }
  @inline hasV<T>(): bool { return true; }
  @inline hasVS<T>(): bool { return false; }
  @inline s<T>(a: T, b: T): T {
    if (isBoolean<T>()) return <T>((<i32>a != 0) != (<i32>b != 0));
    return <T>(a ^ b);
  }
  @inline v<T>(a: v128, b: v128): v128 { return v128.xor(vNorm<T>(a), vNorm<T>(b)); }
}

/** left_shift: counts outside [0, bits) give 0. SIMD only for a broadcast count (wasm shifts
 *  take one count per vector). */
@final export class LeftShift {
  @inline ok<T>(): bool { return isInteger<T>() && !isBoolean<T>(); }
  @inline mask(): bool { return false; }
  @inline hasV<T>(): bool { return false; }
  @inline hasVS<T>(): bool { return true; }
  @inline s<T>(a: T, b: T): T { return intLeftShift<T>(a, b); }
  @inline vs<T>(a: v128, b: T): v128 {
    if (!shiftInRange<T>(b)) return i64x2.splat(0);
    return v128.shl<T>(a, <i32>b);
  }
}

/** right_shift: arithmetic for signed; counts outside [0, bits) give -1 (negative a) or 0. */
@final export class RightShift {
  @inline ok<T>(): bool { return isInteger<T>() && !isBoolean<T>(); }
  @inline mask(): bool { return false; }
  @inline hasV<T>(): bool { return false; }
  @inline hasVS<T>(): bool { return true; }
  @inline s<T>(a: T, b: T): T { return intRightShift<T>(a, b); }
  @inline vs<T>(a: v128, b: T): v128 {
    if (!shiftInRange<T>(b)) {
      if (isSigned<T>()) return v128.shr<T>(a, <i32>(sizeof<T>() * 8 - 1));
      return i64x2.splat(0);
    }
    return v128.shr<T>(a, <i32>b);
  }
}

// ---------------------------------------------------------------- comparisons (-> bool)
@final export class Equal {
  @inline ok<T>(): bool { return true; }
  @inline mask(): bool { return true; }
  @inline hasV<T>(): bool { return true; }
  @inline hasVS<T>(): bool { return false; }
  @inline s<T>(a: T, b: T): bool {
    if (isBoolean<T>()) return (<i32>a != 0) == (<i32>b != 0);
    return a == b;
  }
  @inline v<T>(a: v128, b: v128): v128 { return vEq<T>(a, b); }
}

@final export class NotEqual {
  @inline ok<T>(): bool { return true; }
  @inline mask(): bool { return true; }
  @inline hasV<T>(): bool { return true; }
  @inline hasVS<T>(): bool { return false; }
  @inline s<T>(a: T, b: T): bool {
    if (isBoolean<T>()) return (<i32>a != 0) != (<i32>b != 0);
    return a != b;
  }
  @inline v<T>(a: v128, b: v128): v128 { return vNe<T>(a, b); }
}

@final export class Less {
  @inline ok<T>(): bool { return true; }
  @inline mask(): bool { return true; }
  @inline hasV<T>(): bool { return true; }
  @inline hasVS<T>(): bool { return false; }
  @inline s<T>(a: T, b: T): bool {
    if (isBoolean<T>()) return (<i32>a != 0) < (<i32>b != 0);
    return a < b;
  }
  @inline v<T>(a: v128, b: v128): v128 { return vLt<T>(a, b); }
}

@final export class LessEqual {
  @inline ok<T>(): bool { return true; }
  @inline mask(): bool { return true; }
  @inline hasV<T>(): bool { return true; }
  @inline hasVS<T>(): bool { return false; }
  @inline s<T>(a: T, b: T): bool {
    if (isBoolean<T>()) return (<i32>a != 0) <= (<i32>b != 0);
    return a <= b;
  }
  @inline v<T>(a: v128, b: v128): v128 { return vLe<T>(a, b); }
}

@final export class Greater {
  @inline ok<T>(): bool { return true; }
  @inline mask(): bool { return true; }
  @inline hasV<T>(): bool { return true; }
  @inline hasVS<T>(): bool { return false; }
  @inline s<T>(a: T, b: T): bool {
    if (isBoolean<T>()) return (<i32>a != 0) > (<i32>b != 0);
    return a > b;
  }
  @inline v<T>(a: v128, b: v128): v128 { return vLt<T>(b, a); }
}

@final export class GreaterEqual {
  @inline ok<T>(): bool { return true; }
  @inline mask(): bool { return true; }
  @inline hasV<T>(): bool { return true; }
  @inline hasVS<T>(): bool { return false; }
  @inline s<T>(a: T, b: T): bool {
    if (isBoolean<T>()) return (<i32>a != 0) >= (<i32>b != 0);
    return a >= b;
  }
  @inline v<T>(a: v128, b: v128): v128 { return vLe<T>(b, a); }
}

@final export class LogicalAnd {
  @inline ok<T>(): bool { return true; }
  @inline mask(): bool { return true; }
  @inline hasV<T>(): bool { return true; }
  @inline hasVS<T>(): bool { return false; }
  @inline s<T>(a: T, b: T): bool { return nz<T>(a) & nz<T>(b); }
  @inline v<T>(a: v128, b: v128): v128 { return v128.and(vNz<T>(a), vNz<T>(b)); }
}

@final export class LogicalOr {
  @inline ok<T>(): bool { return true; }
  @inline mask(): bool { return true; }
  @inline hasV<T>(): bool { return true; }
  @inline hasVS<T>(): bool { return false; }
  @inline s<T>(a: T, b: T): bool { return nz<T>(a) | nz<T>(b); }
  @inline v<T>(a: v128, b: v128): v128 { return v128.or(vNz<T>(a), vNz<T>(b)); }
}

@final export class LogicalXor {
  @inline ok<T>(): bool { return true; }
  @inline mask(): bool { return true; }
  @inline hasV<T>(): bool { return true; }
  @inline hasVS<T>(): bool { return false; }
  @inline s<T>(a: T, b: T): bool { return nz<T>(a) != nz<T>(b); }
  @inline v<T>(a: v128, b: v128): v128 { return v128.xor(vNz<T>(a), vNz<T>(b)); }
}
