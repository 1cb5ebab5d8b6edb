// Lane helpers shared by the reduction kernels: horizontal folds of one vector, lane 0, and the
// order-free run folds (any / all / count / integer sums and products / max / min) that keep
// partial results in vector lanes.
import { kernel } from "./nditer";
import { splatA, vNaN } from "./reduce_ops";

/** Lane 0 of v as A. */
@inline export function lane0<A>(v: v128): A {
  if (isBoolean<A>()) return <A>(i8x16.extract_lane_u(v, 0) != 0);
  if (sizeof<A>() == 1) return isSigned<A>() ? <A>i8x16.extract_lane_s(v, 0) : <A>i8x16.extract_lane_u(v, 0);
  if (sizeof<A>() == 2) return isSigned<A>() ? <A>i16x8.extract_lane_s(v, 0) : <A>i16x8.extract_lane_u(v, 0);
  return v128.extract_lane<A>(v, 0);
}

@inline function sameType<T, A>(): bool {
  return isBoolean<T>() == isBoolean<A>() && isFloat<T>() == isFloat<A>() && isSigned<T>() == isSigned<A>() && sizeof<T>() == sizeof<A>();
}

/** loadA<T, A> exists: one vector of A lanes from T memory — the same type, integers (bool as
 *  0/1 bytes) widened to 64-bit integers, or 1-4 byte integers / float32 converted to float64
 *  (all exact, as NumPy's casts). */
@inline export function hasLoadA<T, A>(): bool {
  if (sameType<T, A>()) return !isBoolean<T>();
  if (sizeof<A>() != 8 || isBoolean<A>()) return false;
  if (isInteger<A>()) return isInteger<T>() && sizeof<T>() < 8;
  return (isInteger<T>() && sizeof<T>() <= 4) || (isFloat<T>() && sizeof<T>() == 4);
}

/** 16 / sizeof<A> elements of T at p as A lanes (see hasLoadA). */
@inline export function loadA<T, A>(p: usize): v128 {
  if (sameType<T, A>()) return v128.load(p);
  if (isFloat<T>()) return f64x2.promote_low_f32x4(v128.load64_zero(p));
  // two T integers -> i32 lanes 0, 1 (sign- or zero-extended per T)
  let w: v128;
  if (sizeof<T>() == 4) w = v128.load64_zero(p);
  else if (sizeof<T>() == 2) {
    w = v128.load32_zero(p);
    w = isSigned<T>() ? i32x4.extend_low_i16x8_s(w) : i32x4.extend_low_i16x8_u(w);
  } else {
    w = i16x8.splat(load<u16>(p));
    w = isSigned<T>() ? i32x4.extend_low_i16x8_s(i16x8.extend_low_i8x16_s(w)) : i32x4.extend_low_i16x8_u(i16x8.extend_low_i8x16_u(w));
  }
  if (isFloat<A>()) return isSigned<T>() ? f64x2.convert_low_i32x4_s(w) : f64x2.convert_low_i32x4_u(w);
  return isSigned<T>() ? i64x2.extend_low_i32x4_s(w) : i64x2.extend_low_i32x4_u(w);
}

/** Bytes 0 / 1 for x != 0 of the 16 elements of T at p (NaN counts as nonzero). */
@inline export function nzBytes<T>(p: usize): v128 {
  const one = i8x16.splat(1);
  if (sizeof<T>() == 1) return v128.and(v128.not(i8x16.eq(v128.load(p), i64x2.splat(0))), one);
  // lane masks of each vector, narrowed to bytes (masks are all ones / zero: saturation is exact)
  let m0: v128, m1: v128;
  if (sizeof<T>() == 2) {
    m0 = nzLanes<T>(v128.load(p)); m1 = nzLanes<T>(v128.load(p, 16));
  } else if (sizeof<T>() == 4) {
    m0 = i16x8.narrow_i32x4_s(nzLanes<T>(v128.load(p)), nzLanes<T>(v128.load(p, 16)));
    m1 = i16x8.narrow_i32x4_s(nzLanes<T>(v128.load(p, 32)), nzLanes<T>(v128.load(p, 48)));
  } else {
    m0 = i16x8.narrow_i32x4_s(pick64<T>(p, 0), pick64<T>(p, 32));
    m1 = i16x8.narrow_i32x4_s(pick64<T>(p, 64), pick64<T>(p, 96));
  }
  return v128.and(i8x16.narrow_i16x8_s(m0, m1), one);
}
@inline function nzLanes<T>(x: v128): v128 {
  if (isFloat<T>()) return v128.ne<T>(x, v128.splat<T>(<T>0));
  return v128.not(v128.eq<T>(x, i64x2.splat(0)));
}
/** The masks of 4 eight-byte elements at p + off as i32 lanes. */
@inline function pick64<T>(p: usize, off: usize): v128 {
  return i32x4.shuffle(nzLanes<T>(v128.load(p + off)), nzLanes<T>(v128.load(p + off, 16)), 0, 2, 4, 6);
}

/** Combine all lanes of v with the op (order-free ops only). */
@inline export function hfold<O, A>(v: v128): A {
  v = kernel<O>().v<A>(v, i8x16.shuffle(v, v, 8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7));
  if (sizeof<A>() <= 4) v = kernel<O>().v<A>(v, i8x16.shuffle(v, v, 4, 5, 6, 7, 0, 1, 2, 3, 12, 13, 14, 15, 8, 9, 10, 11));
  if (sizeof<A>() <= 2) v = kernel<O>().v<A>(v, i8x16.shuffle(v, v, 2, 3, 0, 1, 6, 7, 4, 5, 10, 11, 8, 9, 14, 15, 12, 13));
  if (sizeof<A>() == 1) v = kernel<O>().v<A>(v, i8x16.shuffle(v, v, 1, 0, 3, 2, 5, 4, 7, 6, 9, 8, 11, 10, 13, 12, 15, 14));
  return lane0<A>(v);
}

/** Bitmask of the lanes of x that are nonzero (NaN is nonzero, -0.0 is zero). */
@inline export function nzMask<T>(x: v128): i32 {
  if (isBoolean<T>() || sizeof<T>() == 1) return i8x16.bitmask(v128.not(i8x16.eq(x, i64x2.splat(0))));
  if (isFloat<T>()) {
    const m = v128.ne<T>(x, v128.splat<T>(<T>0));
    return sizeof<T>() == 8 ? i64x2.bitmask(m) : i32x4.bitmask(m);
  }
  if (sizeof<T>() == 2) return i16x8.bitmask(v128.not(i16x8.eq(x, i64x2.splat(0))));
  if (sizeof<T>() == 4) return i32x4.bitmask(v128.not(i32x4.eq(x, i64x2.splat(0))));
  return i64x2.bitmask(v128.not(i64x2.eq(x, i64x2.splat(0))));
}

@inline function nzs<T>(x: T): bool {
  if (isBoolean<T>()) return <i32>x != 0;
  return x != <T>0;
}

/** np.any (all = false) / np.all (all = true) of n elements; stops at the first decisive one. */
export function anyAll<T>(p: usize, n: i32, s: isize, all: bool): bool {
  let i = 0;
  if (s == <isize>sizeof<T>()) {
    const W = <i32>(16 / sizeof<T>());
    const full = (1 << W) - 1;
    for (; i <= n - 4 * W; i += 4 * W) {
      const q = p + <usize>i * sizeof<T>();
      const m0 = nzMask<T>(v128.load(q)), m1 = nzMask<T>(v128.load(q, 16));
      const m2 = nzMask<T>(v128.load(q, 32)), m3 = nzMask<T>(v128.load(q, 48));
      if (all) { if ((m0 & m1 & m2 & m3) != full) return false; }
      else if ((m0 | m1 | m2 | m3) != 0) return true;
    }
    for (; i <= n - W; i += W) {
      const m = nzMask<T>(v128.load(p + <usize>i * sizeof<T>()));
      if (all) { if (m != full) return false; } else if (m != 0) return true;
    }
    p += <usize>i * sizeof<T>();
  }
  for (; i < n; i++) {
    if (nzs<T>(load<T>(p)) != all) return !all;
    p += <usize>s;
  }
  return all;
}

/** Number of nonzero elements among n. */
export function countNz<T>(p: usize, n: i32, s: isize): i64 {
  let c: i64 = 0;
  let i = 0;
  if (s == <isize>sizeof<T>()) {
    const W = <i32>(16 / sizeof<T>());
    for (; i <= n - 2 * W; i += 2 * W) {
      const q = p + <usize>i * sizeof<T>();
      c += <i64>(popcnt(nzMask<T>(v128.load(q))) + popcnt(nzMask<T>(v128.load(q, 16))));
    }
    for (; i <= n - W; i += W) c += <i64>popcnt(nzMask<T>(v128.load(p + <usize>i * sizeof<T>())));
    p += <usize>i * sizeof<T>();
  }
  for (; i < n; i++) {
    if (nzs<T>(load<T>(p))) c++;
    p += <usize>s;
  }
  return c;
}

/** Number of non-NaN elements among n floats. */
export function countValid<T>(p: usize, n: i32, s: isize): i64 {
  let c: i64 = 0;
  let i = 0;
  if (s == <isize>sizeof<T>()) {
    const W = <i32>(16 / sizeof<T>());
    for (; i <= n - W; i += W) {
      const x = v128.load(p + <usize>i * sizeof<T>());
      const m = v128.eq<T>(x, x);
      c += <i64>popcnt(sizeof<T>() == 8 ? i64x2.bitmask(m) : i32x4.bitmask(m));
    }
    p += <usize>i * sizeof<T>();
  }
  for (; i < n; i++) {
    const x = load<T>(p);
    if (x == x) c++;
    p += <usize>s;
  }
  return c;
}

/** One vector of T integers summed into i64x2 lanes (T of 1, 2 or 4 bytes, or 8). */
@inline function widenSum<T>(x: v128): v128 {
  if (sizeof<T>() == 8) return x;
  let w: v128;
  if (sizeof<T>() == 1) {
    w = isSigned<T>() ? i32x4.extadd_pairwise_i16x8_s(i16x8.extadd_pairwise_i8x16_s(x))
      : i32x4.extadd_pairwise_i16x8_u(i16x8.extadd_pairwise_i8x16_u(x));
  } else if (sizeof<T>() == 2) {
    w = isSigned<T>() ? i32x4.extadd_pairwise_i16x8_s(x) : i32x4.extadd_pairwise_i16x8_u(x);
  } else {
    w = x;
  }
  if (isSigned<T>()) return i64x2.add(i64x2.extend_low_i32x4_s(w), i64x2.extend_high_i32x4_s(w));
  return i64x2.add(i64x2.extend_low_i32x4_u(w), i64x2.extend_high_i32x4_u(w));
}

/** Wrapping sum of n integers T (bool as 0/1) into a 64-bit integer A. */
export function intSumWide<T, A>(p: usize, n: i32, s: isize): A {
  if (isBoolean<T>()) return <A>countNz<T>(p, n, s); // any nonzero byte is True, counted once
  let acc: A = <A>0;
  let i = 0;
  if (s == <isize>sizeof<T>()) {
    const W = <i32>(16 / sizeof<T>());
    let v0 = i64x2.splat(0), v1 = i64x2.splat(0);
    for (; i <= n - 2 * W; i += 2 * W) {
      const q = p + <usize>i * sizeof<T>();
      v0 = i64x2.add(v0, widenSum<T>(v128.load(q)));
      v1 = i64x2.add(v1, widenSum<T>(v128.load(q, 16)));
    }
    v0 = i64x2.add(v0, v1);
    acc = <A>(i64x2.extract_lane(v0, 0) + i64x2.extract_lane(v0, 1));
    p += <usize>i * sizeof<T>();
  }
  for (; i < n; i++) {
    acc += <A>load<T>(p);
    p += <usize>s;
  }
  return acc;
}

/** Fold n contiguous elements of A into acc with an order-free op, 4 vector accumulators.
 *  Floats (max, min, fmax, fmin): the lanes use pmax / pmin, which skip a NaN input, and a
 *  running sum flags NaN (a NaN input makes it NaN; so can inf - inf, harmlessly); then, or when
 *  the lanes end at the identity (all NaN, or all +-inf), the run is rescanned with the
 *  NaN-exact scalar op. Two ops per vector instead of NaN-correct lane max's long sequence. */
export function laneFold<O, A>(acc: A, p: usize, n: i32): A {
  const W = <i32>(16 / sizeof<A>());
  if (n < 4 * W) return scalarFold<O, A>(acc, p, n);
  const id = splatA<A>(kernel<O>().id<A>());
  let v0 = id, v1 = id, v2 = id, v3 = id;
  let z0 = i64x2.splat(0), z1 = i64x2.splat(0);
  let i = 0;
  for (; i <= n - 4 * W; i += 4 * W) {
    const q = p + <usize>i * sizeof<A>();
    const x0 = v128.load(q), x1 = v128.load(q, 16), x2 = v128.load(q, 32), x3 = v128.load(q, 48);
    v0 = kernel<O>().lane<A>(v0, x0); v1 = kernel<O>().lane<A>(v1, x1);
    v2 = kernel<O>().lane<A>(v2, x2); v3 = kernel<O>().lane<A>(v3, x3);
    if (isFloat<A>()) { z0 = v128.add<A>(z0, v128.add<A>(x0, x1)); z1 = v128.add<A>(z1, v128.add<A>(x2, x3)); }
  }
  for (; i <= n - W; i += W) {
    const x = v128.load(p + <usize>i * sizeof<A>());
    v0 = kernel<O>().lane<A>(v0, x);
    if (isFloat<A>()) z0 = v128.add<A>(z0, x);
  }
  const r = hfold<O, A>(kernel<O>().v<A>(kernel<O>().v<A>(v0, v1), kernel<O>().v<A>(v2, v3)));
  if (isFloat<A>()) {
    if (v128.any_true(vNaN<A>(v128.add<A>(z0, z1))) || r == kernel<O>().id<A>()) return scalarFold<O, A>(acc, p, n);
  }
  return scalarFold<O, A>(kernel<O>().s<A>(acc, r), p + <usize>i * sizeof<A>(), n - i);
}

@inline function scalarFold<O, A>(acc: A, p: usize, n: i32): A {
  for (let i = 0; i < n; i++) acc = kernel<O>().s<A>(acc, load<A>(p + <usize>i * sizeof<A>()));
  return acc;
}
