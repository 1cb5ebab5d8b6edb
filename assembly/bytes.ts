// Byte-level kernels: byteswap (reverse the bytes of every element) and packbits / unpackbits
// (bits along one axis <-> bytes). All three walk the outer axes with nditer; packbits and
// unpackbits treat each element of that walk as one row along the packed axis, whose geometry
// sits in a small i32 parameter block (passed as the third operand, stride 0).
import { nditer } from "./nditer";

// ---------------------------------------------------------------- byteswap

/** Every T-sized lane of v with its bytes reversed (one shuffle per vector). */
@inline function swapLanes<T>(v: v128): v128 {
  if (sizeof<T>() == 2) return i8x16.shuffle(v, v, 1, 0, 3, 2, 5, 4, 7, 6, 9, 8, 11, 10, 13, 12, 15, 14);
  if (sizeof<T>() == 4) return i8x16.shuffle(v, v, 3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12);
  return i8x16.shuffle(v, v, 7, 6, 5, 4, 3, 2, 1, 0, 15, 14, 13, 12, 11, 10, 9, 8);
}

@final class SwapRow<T> {
  row(src: usize, dst: usize, _p: usize, n: i32, ss: isize, ds: isize, _s: isize): void {
    const sz = <isize>sizeof<T>();
    let i = 0;
    if (ss == sz && ds == sz) {
      // src == dst (in place) is fine: each vector is loaded before it is stored
      const W = <i32>(16 / sizeof<T>());
      for (; i <= n - 2 * W; i += 2 * W, src += 32, dst += 32) {
        const a = v128.load(src), b = v128.load(src, 16);
        v128.store(dst, swapLanes<T>(a));
        v128.store(dst, swapLanes<T>(b), 16);
      }
      for (; i <= n - W; i += W, src += 16, dst += 16) v128.store(dst, swapLanes<T>(v128.load(src)));
    }
    for (; i < n; i++, src += <usize>ss, dst += <usize>ds) store<T>(dst, bswap<T>(load<T>(src)));
  }
}

/** dst = src with the bytes of every `unit`-byte element reversed (2, 4 or 8; else nothing). */
export function byteswap(unit: i32, src: usize, dst: usize, ndim: i32, shape: usize, ss: usize, ds: usize): void {
  switch (unit) {
    case 2: nditer<SwapRow<u16>>(ndim, shape, src, ss, dst, ds, 0, 0); break;
    case 4: nditer<SwapRow<u32>>(ndim, shape, src, ss, dst, ds, 0, 0); break;
    case 8: nditer<SwapRow<u64>>(ndim, shape, src, ss, dst, ds, 0, 0); break;
  }
}

// ---------------------------------------------------------------- packbits

/** The little-order bit byte of 8 contiguous T elements: bit j set when element j != 0. */
@inline function bits8<T>(p: usize): i32 {
  const z = i64x2.splat(0);
  if (sizeof<T>() == 1) return i8x16.bitmask(i8x16.ne(v128.load64_zero(p), z)) & 0xff;
  if (sizeof<T>() == 2) return i16x8.bitmask(i16x8.ne(v128.load(p), z));
  if (sizeof<T>() == 4) {
    return i32x4.bitmask(i32x4.ne(v128.load(p), z)) | (i32x4.bitmask(i32x4.ne(v128.load(p, 16), z)) << 4);
  }
  return i64x2.bitmask(i64x2.ne(v128.load(p), z)) | (i64x2.bitmask(i64x2.ne(v128.load(p, 16), z)) << 2) |
    (i64x2.bitmask(i64x2.ne(v128.load(p, 32), z)) << 4) | (i64x2.bitmask(i64x2.ne(v128.load(p, 48), z)) << 6);
}

/** The byte's bits in reverse order (little -> big bit order). */
@inline function rev8(b: i32): i32 {
  b = ((b & 0xf0) >> 4) | ((b & 0x0f) << 4);
  b = ((b & 0xcc) >> 2) | ((b & 0x33) << 2);
  return ((b & 0xaa) >> 1) | ((b & 0x55) << 1);
}

/** One row: n elements (stride ss) -> ceil(n / 8) bytes (stride ds), the last one zero-padded. */
@inline function packRow<T>(src: usize, dst: usize, n: i32, ss: isize, ds: isize, little: bool): void {
  let i = 0;
  if (ss == <isize>sizeof<T>()) {
    if (sizeof<T>() == 1) {
      // 16 elements -> 2 bytes per compare
      for (; i <= n - 16; i += 16, src += 16) {
        const m = i8x16.bitmask(i8x16.ne(v128.load(src), i64x2.splat(0)));
        store<u8>(dst, little ? m & 0xff : rev8(m & 0xff)); dst += ds;
        store<u8>(dst, little ? m >> 8 : rev8(m >> 8)); dst += ds;
      }
    }
    for (; i <= n - 8; i += 8, src += 8 * sizeof<T>(), dst += ds) {
      const b = bits8<T>(src);
      store<u8>(dst, little ? b : rev8(b));
    }
  }
  for (; i < n; dst += ds) {
    const e = min(8, n - i);
    let b = 0;
    for (let j = 0; j < e; j++, src += <usize>ss) if (load<T>(src) != 0) b |= little ? 1 << j : 0x80 >> j;
    store<u8>(dst, b);
    i += e;
  }
}

@final class PackRows<T> {
  row(src: usize, dst: usize, prm: usize, rows: i32, s0: isize, s1: isize, _s: isize): void {
    const n = load<i32>(prm), ss = <isize>load<i32>(prm, 4), ds = <isize>load<i32>(prm, 8);
    const little = load<i32>(prm, 12) != 0;
    for (let r = 0; r < rows; r++, src += <usize>s0, dst += <usize>s1) packRow<T>(src, dst, n, ss, ds, little);
  }
}

/** np.packbits: for every position of the outer geometry, the row of prm[0] elements of `size`
 *  bytes (stride prm[1]) at src becomes ceil(prm[0] / 8) bytes (stride prm[2]) at dst; bit set
 *  for a nonzero element, big bit order unless prm[3] != 0. prm: four i32. */
export function packBits(size: i32, src: usize, dst: usize, ndim: i32, shape: usize, ss: usize, ds: usize, prm: usize): void {
  switch (size) {
    case 1: nditer<PackRows<u8>>(ndim, shape, src, ss, dst, ds, prm, 0); break;
    case 2: nditer<PackRows<u16>>(ndim, shape, src, ss, dst, ds, prm, 0); break;
    case 4: nditer<PackRows<u32>>(ndim, shape, src, ss, dst, ds, prm, 0); break;
    case 8: nditer<PackRows<u64>>(ndim, shape, src, ss, dst, ds, prm, 0); break;
  }
}

// ---------------------------------------------------------------- unpackbits

/** One row: n bytes (stride ss) -> m bits as 0 / 1 bytes (stride ds); bits past 8n are 0. */
@inline function unpackRow(src: usize, dst: usize, n: i32, ss: isize, m: i32, ds: isize, little: bool): void {
  const full = min(n, m >> 3); // input bytes whose 8 bits all go out
  let i = 0;
  if (ds == 1) {
    // two input bytes -> 16 output bytes: spread each byte over 8 lanes, test one bit per lane
    const bit = little
      ? i8x16(1, 2, 4, 8, 16, 32, 64, -128, 1, 2, 4, 8, 16, 32, 64, -128)
      : i8x16(-128, 64, 32, 16, 8, 4, 2, 1, -128, 64, 32, 16, 8, 4, 2, 1);
    const one = i8x16.splat(1);
    for (; i <= full - 2; i += 2, dst += 16) {
      const b0 = <i32>load<u8>(src); src += <usize>ss;
      const b1 = <i32>load<u8>(src); src += <usize>ss;
      const v = i16x8.splat(<i16>(b0 | (b1 << 8)));
      const spread = i8x16.shuffle(v, v, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1);
      v128.store(dst, v128.and(i8x16.ne(v128.and(spread, bit), i64x2.splat(0)), one));
    }
  }
  // the rest: whole bytes, then a partial last byte and the zero padding past the input
  for (let k = i << 3; k < m; i++) {
    const b = i < n ? <i32>load<u8>(src) : 0;
    src += <usize>ss;
    const e = min(8, m - k);
    for (let j = 0; j < e; j++, dst += <usize>ds) store<u8>(dst, little ? (b >> j) & 1 : (b >> (7 - j)) & 1);
    k += e;
  }
}

@final class UnpackRows {
  row(src: usize, dst: usize, prm: usize, rows: i32, s0: isize, s1: isize, _s: isize): void {
    const n = load<i32>(prm), ss = <isize>load<i32>(prm, 4), m = load<i32>(prm, 8), ds = <isize>load<i32>(prm, 12);
    const little = load<i32>(prm, 16) != 0;
    for (let r = 0; r < rows; r++, src += <usize>s0, dst += <usize>s1) unpackRow(src, dst, n, ss, m, ds, little);
  }
}

/** np.unpackbits: for every position of the outer geometry, the row of prm[0] bytes (stride
 *  prm[1]) at src becomes prm[2] bytes of 0 / 1 (stride prm[3]) at dst, big bit order unless
 *  prm[4] != 0. prm: five i32. */
export function unpackBits(src: usize, dst: usize, ndim: i32, shape: usize, ss: usize, ds: usize, prm: usize): void {
  nditer<UnpackRows>(ndim, shape, src, ss, dst, ds, prm, 0);
}
