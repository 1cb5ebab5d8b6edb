// Lane-width plumbing shared by the conversion kernels (cast, affine):
// generic "sources" that produce one v128 from memory and "sinks" that consume one v128,
// joined by two generic pipelines:
//   widen<F, T, Sink>(v, dst):  one vector of F-sized lanes -> (sizeof T / sizeof F) vectors of
//                               T-sized lanes (sign- or zero-extended per F), each handed to Sink;
//   narrow<F, T, Src>(src):     (sizeof F / sizeof T) vectors of F-sized lanes from Src ->
//                               one vector of T-sized lanes (two's complement truncation).
// Everything is @inline and resolved at compile time (sizeof/isSigned are constants), so each
// instantiation compiles to a straight sequence of extend / shuffle / convert instructions.
import { kernel } from "./nditer";

// ---------------------------------------------------------------- sources: get(p): v128
/** Plain 16-byte load. */
@final export class RawSrc {
  @inline get(p: usize): v128 { return v128.load(p); }
  @inline inBytes(): usize { return 16; }
}
/** bool bytes normalised to 0/1 (any nonzero byte counts as true). */
@final export class BoolSrc {
  @inline get(p: usize): v128 { return i8x16.min_u(v128.load(p), i8x16.splat(1)); }
  @inline inBytes(): usize { return 16; }
}
/** Lane mask (all ones / zero) of `x != 0` in S-sized lanes; NaN != 0 is true, -0.0 is false. */
@final export class NonZeroSrc<S> {
  @inline get(p: usize): v128 {
    if (isBoolean<S>()) return i8x16.ne(v128.load(p), i64x2.splat(0));
    if (isFloat<S>()) return v128.ne<S>(v128.load(p), v128.splat<S>(<S>0));
    return v128.ne<S>(v128.load(p), i64x2.splat(0));
  }
  @inline inBytes(): usize { return 16; }
}
/** float (S = f32 | f64) -> i32 lanes with x86 cvttps2dq/cvttpd2dq semantics:
 *  truncate toward zero, NaN and out-of-range give INT32_MIN (0x80000000). */
@final export class FloatToI32Src<S> {
  @inline get(p: usize): v128 { return floatToI32x4<S>(p, false); }
  @inline inBytes(): usize { return 16 * sizeof<S>() / 4; }
}
/** float -> u32 lanes, the way NumPy's (compiler-vectorised) contiguous cast computes it on x86:
 *  x >= 2^31 ? cvtt32(x - 2^31) ^ 0x80000000 : cvtt32(x). */
@final export class FloatToU32Src<S> {
  @inline get(p: usize): v128 { return floatToI32x4<S>(p, true); }
  @inline inBytes(): usize { return 16 * sizeof<S>() / 4; }
}

const TWO31: f64 = 2147483648.0;

@inline function floatToI32x4<S>(p: usize, uns: bool): v128 {
  const MIN = i32x4.splat(i32.MIN_VALUE);
  if (sizeof<S>() == 4) {
    let x = v128.load(p);
    const lim = f32x4.splat(<f32>TWO31);
    let ge = i32x4.splat(0);
    if (uns) {
      ge = f32x4.ge(x, lim);
      x = v128.bitselect(f32x4.sub(x, lim), x, ge);
    }
    let r = v128.bitselect(i32x4.trunc_sat_f32x4_s(x), MIN, f32x4.lt(x, lim));
    if (uns) r = v128.xor(r, v128.and(ge, MIN));
    return r;
  } else {
    let a = v128.load(p);
    let b = v128.load(p, 16);
    const lim = f64x2.splat(TWO31);
    let gea = i32x4.splat(0);
    let geb = i32x4.splat(0);
    if (uns) {
      gea = f64x2.ge(a, lim);
      geb = f64x2.ge(b, lim);
      a = v128.bitselect(f64x2.sub(a, lim), a, gea);
      b = v128.bitselect(f64x2.sub(b, lim), b, geb);
    }
    const t = i32x4.shuffle(i32x4.trunc_sat_f64x2_s_zero(a), i32x4.trunc_sat_f64x2_s_zero(b), 0, 1, 4, 5);
    const ok = i32x4.shuffle(f64x2.lt(a, lim), f64x2.lt(b, lim), 0, 2, 4, 6);
    let r = v128.bitselect(t, MIN, ok);
    if (uns) r = v128.xor(r, v128.and(i32x4.shuffle(gea, geb, 0, 2, 4, 6), MIN));
    return r;
  }
}

// ---------------------------------------------------------------- sinks: put(v, p)
/** Plain 16-byte store. */
@final export class RawSink {
  @inline put(v: v128, p: usize): void { v128.store(p, v); }
  @inline outBytes(): usize { return 16; }
}
/** Byte masks (0xFF / 0) -> bool bytes 0/1. */
@final export class BoolSink {
  @inline put(v: v128, p: usize): void { v128.store(p, v128.and(v, i8x16.splat(1))); }
  @inline outBytes(): usize { return 16; }
}
/** i32/u32 lanes (F says which) -> f32 lanes (round to nearest even). */
@final export class ToF32Sink<F> {
  @inline put(v: v128, p: usize): void {
    v128.store(p, isSigned<F>() ? f32x4.convert_i32x4_s(v) : f32x4.convert_i32x4_u(v));
  }
  @inline outBytes(): usize { return 16; }
}
/** i32/u32 lanes (F says which) -> f64 lanes (exact), two stores. */
@final export class ToF64Sink<F> {
  @inline put(v: v128, p: usize): void {
    const hi = i32x4.shuffle(v, v, 2, 3, 2, 3);
    if (isSigned<F>()) {
      v128.store(p, f64x2.convert_low_i32x4_s(v));
      v128.store(p, f64x2.convert_low_i32x4_s(hi), 16);
    } else {
      v128.store(p, f64x2.convert_low_i32x4_u(v));
      v128.store(p, f64x2.convert_low_i32x4_u(hi), 16);
    }
  }
  @inline outBytes(): usize { return 32; }
}

// ---------------------------------------------------------------- pipelines
/** Widen one vector of F lanes to T-sized lanes (extension per signedness of F), feeding Sink. */
@inline export function widen<F, T, Sk>(v: v128, dst: usize): void {
  if (sizeof<F>() >= sizeof<T>()) {
    kernel<Sk>().put(v, dst);
  } else {
    // each half of v becomes (sizeof<T>/sizeof<F>)/2 sink vectors
    const half: usize = (sizeof<T>() / sizeof<F>() / 2) * kernel<Sk>().outBytes();
    if (sizeof<F>() == 1) {
      if (isSigned<F>()) {
        widen<i16, T, Sk>(i16x8.extend_low_i8x16_s(v), dst);
        widen<i16, T, Sk>(i16x8.extend_high_i8x16_s(v), dst + half);
      } else {
        widen<u16, T, Sk>(i16x8.extend_low_i8x16_u(v), dst);
        widen<u16, T, Sk>(i16x8.extend_high_i8x16_u(v), dst + half);
      }
    } else if (sizeof<F>() == 2) {
      if (isSigned<F>()) {
        widen<i32, T, Sk>(i32x4.extend_low_i16x8_s(v), dst);
        widen<i32, T, Sk>(i32x4.extend_high_i16x8_s(v), dst + half);
      } else {
        widen<u32, T, Sk>(i32x4.extend_low_i16x8_u(v), dst);
        widen<u32, T, Sk>(i32x4.extend_high_i16x8_u(v), dst + half);
      }
    } else {
      if (isSigned<F>()) {
        widen<i64, T, Sk>(i64x2.extend_low_i32x4_s(v), dst);
        widen<i64, T, Sk>(i64x2.extend_high_i32x4_s(v), dst + half);
      } else {
        widen<u64, T, Sk>(i64x2.extend_low_i32x4_u(v), dst);
        widen<u64, T, Sk>(i64x2.extend_high_i32x4_u(v), dst + half);
      }
    }
  }
}

/** Truncate F-sized lanes (from Src, which may itself convert) to one vector of T-sized lanes. */
@inline export function narrow<F, T, Sr>(src: usize): v128 {
  if (sizeof<T>() >= sizeof<F>()) return kernel<Sr>().get(src);
  // two vectors of lanes twice as wide as T, each built from (sizeof<F> / (2 sizeof<T>)) source vectors
  const step: usize = (sizeof<F>() / (2 * sizeof<T>())) * kernel<Sr>().inBytes();
  if (sizeof<T>() == 1) {
    return i8x16.shuffle(narrow<F, u16, Sr>(src), narrow<F, u16, Sr>(src + step),
      0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
  } else if (sizeof<T>() == 2) {
    return i8x16.shuffle(narrow<F, u32, Sr>(src), narrow<F, u32, Sr>(src + step),
      0, 1, 4, 5, 8, 9, 12, 13, 16, 17, 20, 21, 24, 25, 28, 29);
  } else {
    return i8x16.shuffle(narrow<F, u64, Sr>(src), narrow<F, u64, Sr>(src + step),
      0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27);
  }
}

/** (sizeof F) vectors of F-sized lane masks (all ones / zero) from Src -> one vector of byte
 *  masks. Masks survive signed saturating narrows whole (64-bit ones as pairs of 32-bit lanes),
 *  so only packs are needed: V8 lowers narrow's two-input shuffles to several instructions. */
@inline export function narrowMasks<F, Sr>(src: usize): v128 {
  const b = kernel<Sr>().inBytes();
  if (sizeof<F>() == 1) return kernel<Sr>().get(src);
  if (sizeof<F>() == 2) return i8x16.narrow_i16x8_s(kernel<Sr>().get(src), kernel<Sr>().get(src + b));
  if (sizeof<F>() == 4) {
    return i8x16.narrow_i16x8_s(i16x8.narrow_i32x4_s(kernel<Sr>().get(src), kernel<Sr>().get(src + b)),
      i16x8.narrow_i32x4_s(kernel<Sr>().get(src + 2 * b), kernel<Sr>().get(src + 3 * b)));
  }
  return i8x16.narrow_i16x8_s(narrowMasks<i32, Sr>(src), narrowMasks<i32, Sr>(src + 4 * b));
}

/** Splat a scalar of any element type (bool included) into a v128. */
@inline export function splatOf<T>(x: T): v128 {
  if (isBoolean<T>()) return i8x16.splat(<i8>x);
  return v128.splat<T>(x);
}
