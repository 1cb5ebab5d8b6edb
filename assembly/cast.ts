// cast family: convert every element from dtype S to dtype D (NumPy astype, casting='unsafe').
//
// Semantics (checked against NumPy 2.4 on x86-64):
//   int -> int      two's complement wrap (truncate / sign- or zero-extend per source)
//   x -> bool       x != 0 (NaN -> true, -0.0 -> false);  bool -> x: 0 / 1 (any nonzero byte is true)
//   int -> float    round to nearest even;  f64 -> f32 round to nearest (inf on overflow)
//   float -> int    truncate toward zero; NaN / inf / out of range follow x86 cvtt* semantics:
//     -> int8/uint8/int16/uint16/int32: cvttsd2si to 32 bits (invalid -> 0x80000000), keep low bits
//     -> int64:  cvttsd2si to 64 bits (invalid -> INT64_MIN)
//     -> uint64: x >= 2^63 ? cvtt64(x - 2^63) ^ 2^63 : cvtt64(x)
//     -> uint32: NumPy itself is layout dependent here. Its contiguous loop is compiler-vectorised
//        in blocks of 4 elements computing  x >= 2^31 ? cvtt32(x - 2^31) ^ 2^31 : cvtt32(x),
//        while the remainder (n % 4 trailing elements) and all strided loops compute the scalar
//        low 32 bits of cvtt64(x). We reproduce exactly that split: SIMD blocks of 4 use the first
//        rule, the scalar tail and strided rows the second (they only differ for NaN, inf and
//        values outside [-2^31, 2^32)).
import { Code, itemsizeOf } from "./dtypes";
import { nditer, kernel } from "./nditer";
import {
  RawSrc, BoolSrc, NonZeroSrc, FloatToI32Src, FloatToU32Src, narrowMasks,
  RawSink, BoolSink, ToF32Sink, ToF64Sink, widen, narrow,
} from "./simd";
import { copyDispatch } from "./copy";

// ---------------------------------------------------------------- scalar semantics
/** x86 cvttsd2si (32-bit): truncation, NaN / out of range -> INT32_MIN. */
@inline export function cvtt32(x: f64): i32 {
  const r = <i32>x; // i32.trunc_sat_f64_s: already INT32_MIN for x <= -2^31 - 1
  return x < 2147483648.0 ? r : i32.MIN_VALUE;
}
/** x86 cvttsd2si (64-bit): truncation, NaN / out of range -> INT64_MIN. */
@inline export function cvtt64(x: f64): i64 {
  const r = <i64>x;
  return x < 9223372036854775808.0 ? r : i64.MIN_VALUE;
}

/** Float -> integer, scalar (per element) semantics. */
@inline function floatToInt<S, D>(x0: S): D {
  const x = <f64>x0; // exact for f32
  if (sizeof<D>() == 8) {
    if (isSigned<D>()) return <D>cvtt64(x);
    return x >= 9223372036854775808.0
      ? <D>(cvtt64(x - 9223372036854775808.0) ^ i64.MIN_VALUE)
      : <D>cvtt64(x);
  }
  if (sizeof<D>() == 4 && !isSigned<D>()) return <D>cvtt64(x);
  return <D>cvtt32(x);
}

/** Convert one (non-bool-source) value. D may be bool. */
@inline export function convert<S, D>(x: S): D {
  if (isBoolean<D>()) return <D>(x != <S>0);
  if (isFloat<S>() && !isFloat<D>()) return floatToInt<S, D>(x);
  return <D>x;
}

/** Convert one element in memory (scalar semantics). */
@inline function castOne<S, D>(s: usize, d: usize): void {
  if (isBoolean<S>()) {
    const v = <i32>(load<u8>(s) != 0);
    if (isBoolean<D>()) store<u8>(d, v);
    else store<D>(d, <D>v);
  } else if (isBoolean<D>()) {
    store<u8>(d, <u8>(load<S>(s) != <S>0));
  } else {
    store<D>(d, convert<S, D>(load<S>(s)));
  }
}

// ---------------------------------------------------------------- SIMD blocks
/** Elements converted per SIMD block for S -> D; 0 = no SIMD path (64-bit int -> f32: no wasm
 *  SIMD instruction and no cheap exact emulation). */
@inline function blockLen<S, D>(): i32 {
  if (isBoolean<S>() || isBoolean<D>()) return 16;
  if (isFloat<S>() && isFloat<D>()) return 4;
  if (isFloat<S>()) return sizeof<D>() <= 4 ? <i32>(16 / sizeof<D>()) : <i32>(16 / sizeof<S>());
  if (isFloat<D>()) return sizeof<S>() <= 4 ? <i32>(16 / sizeof<S>()) : sizeof<D>() == 8 ? 2 : 0;
  return sizeof<S>() < sizeof<D>() ? <i32>(16 / sizeof<S>()) : <i32>(16 / sizeof<D>());
}

/** Exact (single rounding) i64x2 / u64x2 -> f64x2: split into 32-bit halves placed in the
 *  mantissas of 2^84 and 2^52; (hi - (2^84 + 2^52 [+ 2^63 signed])) is exact, + lo rounds once. */
@inline function int64x2ToF64x2<S>(x: v128): v128 {
  const lo = v128.or(v128.and(x, i64x2.splat(0xFFFFFFFF)), i64x2.splat(0x4330000000000000));
  if (isSigned<S>()) {
    const hi = v128.or(v128.xor(i64x2.shr_u(x, 32), i64x2.splat(0x80000000)), i64x2.splat(0x4530000000000000));
    return f64x2.add(f64x2.sub(hi, f64x2.splat(reinterpret<f64>(0x4530000080100000))), lo); // 2^84 + 2^63 + 2^52
  }
  const hi = v128.or(i64x2.shr_u(x, 32), i64x2.splat(0x4530000000000000));
  return f64x2.add(f64x2.sub(hi, f64x2.splat(reinterpret<f64>(0x4530000000100000))), lo); // 2^84 + 2^52
}

/** f64x2 -> two (u)int64 (cvtt64 semantics). When both |trunc(x)| < 2^51 the magic-number trick
 *  is exact: bits(t + 1.5*2^52) - bits(1.5*2^52) == t (for uint64 the same bits are the wrapped
 *  value); otherwise (large, inf, NaN) the lanes go through the scalar conversion. */
@inline function f64x2ToInt64<D>(x: v128, d: usize): void {
  const t = f64x2.trunc(x);
  if (i64x2.all_true(f64x2.lt(f64x2.abs(t), f64x2.splat(2251799813685248.0)))) { // 2^51; NaN fails
    const M = f64x2.splat(6755399441055744.0); // 1.5 * 2^52
    v128.store(d, i64x2.sub(f64x2.add(t, M), M));
  } else {
    store<D>(d, floatToInt<f64, D>(f64x2.extract_lane(x, 0)));
    store<D>(d, floatToInt<f64, D>(f64x2.extract_lane(x, 1)), 8);
  }
}

/** Convert blockLen<S, D>() elements from s to d. */
@inline function castBlock<S, D>(s: usize, d: usize): void {
  if (isBoolean<D>()) {
    // lane masks of x != 0, truncated down to bytes, then & 1
    kernel<BoolSink>().put(narrowMasks<S, NonZeroSrc<S>>(s), d);
  } else if (isBoolean<S>()) {
    const v = kernel<BoolSrc>().get(s); // 16 bytes of 0/1
    if (isFloat<D>()) {
      if (sizeof<D>() == 4) widen<u8, u32, ToF32Sink<u32>>(v, d);
      else widen<u8, u32, ToF64Sink<u32>>(v, d);
    } else {
      widen<u8, D, RawSink>(v, d);
    }
  } else if (isFloat<S>() && isFloat<D>()) {
    if (sizeof<S>() == 8) { // f64 -> f32
      const a = f32x4.demote_f64x2_zero(v128.load(s));
      const b = f32x4.demote_f64x2_zero(v128.load(s, 16));
      v128.store(d, i32x4.shuffle(a, b, 0, 1, 4, 5));
    } else { // f32 -> f64
      const v = v128.load(s);
      v128.store(d, f64x2.promote_low_f32x4(v));
      v128.store(d, f64x2.promote_low_f32x4(i32x4.shuffle(v, v, 2, 3, 2, 3)), 16);
    }
  } else if (isFloat<S>() && sizeof<D>() == 8) { // -> (u)int64, two lanes at a time
    if (sizeof<S>() == 8) {
      f64x2ToInt64<D>(v128.load(s), d);
    } else {
      const v = v128.load(s);
      f64x2ToInt64<D>(f64x2.promote_low_f32x4(v), d);
      f64x2ToInt64<D>(f64x2.promote_low_f32x4(i32x4.shuffle(v, v, 2, 3, 2, 3)), d + 16);
    }
  } else if (isFloat<S>()) { // -> int of 1, 2 or 4 bytes, through i32 lanes
    if (sizeof<D>() == 4 && !isSigned<D>()) v128.store(d, narrow<i32, D, FloatToU32Src<S>>(s));
    else v128.store(d, narrow<i32, D, FloatToI32Src<S>>(s));
  } else if (isFloat<D>()) { // int of 1, 2 or 4 bytes -> float, through i32 lanes
    const v = v128.load(s);
    if (sizeof<S>() == 8) { // (u)int64 -> f64 only (blockLen is 0 for -> f32)
      v128.store(d, int64x2ToF64x2<S>(v));
    } else if (isSigned<S>()) {
      if (sizeof<D>() == 4) widen<S, i32, ToF32Sink<i32>>(v, d);
      else widen<S, i32, ToF64Sink<i32>>(v, d);
    } else {
      if (sizeof<D>() == 4) widen<S, u32, ToF32Sink<u32>>(v, d);
      else widen<S, u32, ToF64Sink<u32>>(v, d);
    }
  } else if (sizeof<S>() < sizeof<D>()) { // int widening
    widen<S, D, RawSink>(v128.load(s), d);
  } else { // int narrowing (equal sizes never get here)
    v128.store(d, narrow<S, D, RawSrc>(s));
  }
}

/** Contiguous row: SIMD blocks unrolled x2 -> single blocks -> scalar tail. */
@inline function castContig<S, D>(src: usize, dst: usize, n: i32): void {
  if (isInteger<S>() && isInteger<D>() && !isBoolean<S>() && !isBoolean<D>() && sizeof<S>() == sizeof<D>()) {
    memory.copy(dst, src, <usize>n * sizeof<S>()); // same-size int <-> int: bit copy
    return;
  }
  let i = 0;
  const B = blockLen<S, D>();
  if (B > 0) {
    const bs = <usize>B * sizeof<S>();
    const bd = <usize>B * sizeof<D>();
    for (; i <= n - 2 * B; i += 2 * B) {
      castBlock<S, D>(src, dst);
      castBlock<S, D>(src + bs, dst + bd);
      src += 2 * bs; dst += 2 * bd;
    }
    for (; i <= n - B; i += B) {
      castBlock<S, D>(src, dst);
      src += bs; dst += bd;
    }
  }
  for (; i < n; i++) {
    castOne<S, D>(src, dst);
    src += sizeof<S>(); dst += sizeof<D>();
  }
}

@final class CastRow<S, D> {
  row(src: usize, dst: usize, _p: usize, n: i32, ss: isize, ds: isize, _s: isize): void {
    if (ss == <isize>sizeof<S>() && ds == <isize>sizeof<D>()) {
      castContig<S, D>(src, dst, n);
    } else {
      for (let i = 0; i < n; i++) {
        castOne<S, D>(src, dst);
        src += <usize>ss; dst += <usize>ds;
      }
    }
  }
}

// ---------------------------------------------------------------- dispatch
function castTo<S>(dstCode: i32, src: usize, dst: usize, ndim: i32, shape: usize, ss: usize, ds: usize): void {
  switch (dstCode) {
    case Code.bool: nditer<CastRow<S, bool>>(ndim, shape, src, ss, dst, ds, 0, 0); break;
    case Code.int8: nditer<CastRow<S, i8>>(ndim, shape, src, ss, dst, ds, 0, 0); break;
    case Code.uint8: nditer<CastRow<S, u8>>(ndim, shape, src, ss, dst, ds, 0, 0); break;
    case Code.int16: nditer<CastRow<S, i16>>(ndim, shape, src, ss, dst, ds, 0, 0); break;
    case Code.uint16: nditer<CastRow<S, u16>>(ndim, shape, src, ss, dst, ds, 0, 0); break;
    case Code.int32: nditer<CastRow<S, i32>>(ndim, shape, src, ss, dst, ds, 0, 0); break;
    case Code.uint32: nditer<CastRow<S, u32>>(ndim, shape, src, ss, dst, ds, 0, 0); break;
    case Code.int64: nditer<CastRow<S, i64>>(ndim, shape, src, ss, dst, ds, 0, 0); break;
    case Code.uint64: nditer<CastRow<S, u64>>(ndim, shape, src, ss, dst, ds, 0, 0); break;
    case Code.float32: nditer<CastRow<S, f32>>(ndim, shape, src, ss, dst, ds, 0, 0); break;
    case Code.float64: nditer<CastRow<S, f64>>(ndim, shape, src, ss, dst, ds, 0, 0); break;
  }
}

export function castDispatch(
  srcCode: i32, dstCode: i32, src: usize, dst: usize,
  ndim: i32, shape: usize, sstrides: usize, dstrides: usize,
): void {
  if (srcCode == dstCode) {
    // same dtype: a bit copy (keeps NaN payloads)
    copyDispatch(itemsizeOf(srcCode), src, dst, ndim, shape, sstrides, dstrides);
    return;
  }
  switch (srcCode) {
    case Code.bool: castTo<bool>(dstCode, src, dst, ndim, shape, sstrides, dstrides); break;
    case Code.int8: castTo<i8>(dstCode, src, dst, ndim, shape, sstrides, dstrides); break;
    case Code.uint8: castTo<u8>(dstCode, src, dst, ndim, shape, sstrides, dstrides); break;
    case Code.int16: castTo<i16>(dstCode, src, dst, ndim, shape, sstrides, dstrides); break;
    case Code.uint16: castTo<u16>(dstCode, src, dst, ndim, shape, sstrides, dstrides); break;
    case Code.int32: castTo<i32>(dstCode, src, dst, ndim, shape, sstrides, dstrides); break;
    case Code.uint32: castTo<u32>(dstCode, src, dst, ndim, shape, sstrides, dstrides); break;
    case Code.int64: castTo<i64>(dstCode, src, dst, ndim, shape, sstrides, dstrides); break;
    case Code.uint64: castTo<u64>(dstCode, src, dst, ndim, shape, sstrides, dstrides); break;
    case Code.float32: castTo<f32>(dstCode, src, dst, ndim, shape, sstrides, dstrides); break;
    case Code.float64: castTo<f64>(dstCode, src, dst, ndim, shape, sstrides, dstrides); break;
  }
}
