// np.random's fill loops: raw words, uniform doubles / floats, the ziggurat normal and exponential,
// bounded integers (Lemire's rejection for Generator.integers, masked rejection for
// RandomState.randint), Fisher-Yates shuffles, Floyd's sampling without replacement, and the
// legacy (RandomState) gauss. Each is NumPy's C (numpy/random/src/distributions/distributions.c,
// src/legacy/legacy-distributions.c) draw for draw, so the streams are NumPy's bit for bit.
import { BG, Pcg, Mt, gen, nextF32, mulhi64, pcgFill64, KIND, KIND_PCG64, HAS_GAUSS, GAUSS, HAS_UINT32, UINTEGER } from "./random_bitgen";
import {
  KI_DOUBLE, WI_DOUBLE, FI_DOUBLE, KI_FLOAT, WI_FLOAT, FI_FLOAT, KE_DOUBLE, WE_DOUBLE, FE_DOUBLE,
  KE_FLOAT, WE_FLOAT, FE_FLOAT, ZIGGURAT_NOR_R, ZIGGURAT_NOR_INV_R, ZIGGURAT_EXP_R,
  ZIGGURAT_NOR_R_F, ZIGGURAT_NOR_INV_R_F, ZIGGURAT_EXP_R_F,
} from "./random_tables";
import { exp_f64, exp_f32, log1p_f64, log1p_f32, log_f64 } from "./math/index";

// ---------------------------------------------------------------- ziggurat normal / exponential

@inline function tabU64(t: usize, i: i32): u64 { return load<u64>(t + (<usize>i << 3)); }
@inline function tabF64(t: usize, i: i32): f64 { return load<f64>(t + (<usize>i << 3)); }
@inline function tabU32(t: usize, i: i32): u32 { return load<u32>(t + (<usize>i << 2)); }
@inline function tabF32(t: usize, i: i32): f32 { return load<f32>(t + (<usize>i << 2)); }

/** random_standard_normal */
export function normal<G>(st: usize): f64 {
  for (;;) {
    let r = gen<G>().u64(st);
    const idx = <i32>(r & 0xff);
    r >>= 8;
    const sign = r & 1;
    const rabs = (r >> 1) & 0x000fffffffffffff;
    let x = <f64>rabs * tabF64(WI_DOUBLE, idx);
    if (sign) x = -x;
    if (rabs < tabU64(KI_DOUBLE, idx)) return x; // 99.3% of draws end here
    if (idx == 0) {
      for (;;) {
        const xx = -ZIGGURAT_NOR_INV_R * log1p_f64(-gen<G>().f64(st));
        const yy = -log1p_f64(-gen<G>().f64(st));
        if (yy + yy > xx * xx) return ((rabs >> 8) & 1) ? -(ZIGGURAT_NOR_R + xx) : ZIGGURAT_NOR_R + xx;
      }
    } else {
      if ((tabF64(FI_DOUBLE, idx - 1) - tabF64(FI_DOUBLE, idx)) * gen<G>().f64(st) + tabF64(FI_DOUBLE, idx) < exp_f64(-0.5 * x * x)) return x;
    }
  }
  return 0; // not reached
}

/** random_standard_normal_f */
export function normalF32<G>(st: usize): f32 {
  for (;;) {
    const r = gen<G>().u32(st);
    const idx = <i32>(r & 0xff);
    const sign = (r >> 8) & 1;
    const rabs = (r >> 9) & 0x0007fffff;
    let x = <f32>rabs * tabF32(WI_FLOAT, idx);
    if (sign) x = -x;
    if (rabs < tabU32(KI_FLOAT, idx)) return x;
    if (idx == 0) {
      for (;;) {
        const xx = -ZIGGURAT_NOR_INV_R_F * log1p_f32(-nextF32<G>(st));
        const yy = -log1p_f32(-nextF32<G>(st));
        if (yy + yy > xx * xx) return ((rabs >> 8) & 1) ? -(ZIGGURAT_NOR_R_F + xx) : ZIGGURAT_NOR_R_F + xx;
      }
    } else {
      // C evaluates exp(-0.5 * x * x) in double
      const xd = <f64>x;
      if (<f64>((tabF32(FI_FLOAT, idx - 1) - tabF32(FI_FLOAT, idx)) * nextF32<G>(st) + tabF32(FI_FLOAT, idx)) < exp_f64(-0.5 * xd * xd)) return x;
    }
  }
  return 0; // not reached
}

/** random_standard_exponential (the unlikely branch loops instead of recursing) */
export function expo<G>(st: usize): f64 {
  for (;;) {
    let ri = gen<G>().u64(st) >> 3;
    const idx = <i32>(ri & 0xff);
    ri >>= 8;
    const x = <f64>ri * tabF64(WE_DOUBLE, idx);
    if (ri < tabU64(KE_DOUBLE, idx)) return x;
    if (idx == 0) return ZIGGURAT_EXP_R - log1p_f64(-gen<G>().f64(st));
    if ((tabF64(FE_DOUBLE, idx - 1) - tabF64(FE_DOUBLE, idx)) * gen<G>().f64(st) + tabF64(FE_DOUBLE, idx) < exp_f64(-x)) return x;
  }
  return 0; // not reached
}

/** random_standard_exponential_f */
export function expoF32<G>(st: usize): f32 {
  for (;;) {
    let ri = gen<G>().u32(st) >> 1;
    const idx = <i32>(ri & 0xff);
    ri >>= 8;
    const x = <f32>ri * tabF32(WE_FLOAT, idx);
    if (ri < tabU32(KE_FLOAT, idx)) return x;
    if (idx == 0) return ZIGGURAT_EXP_R_F - log1p_f32(-nextF32<G>(st));
    if ((tabF32(FE_FLOAT, idx - 1) - tabF32(FE_FLOAT, idx)) * nextF32<G>(st) + tabF32(FE_FLOAT, idx) < exp_f32(-x)) return x;
  }
  return 0; // not reached
}

/** legacy_gauss: the polar method, keeping the second value for the next call. */
export function legacyGauss(st: usize): f64 {
  if (load<i32>(st, HAS_GAUSS)) {
    const t = load<f64>(st, GAUSS);
    store<i32>(st, 0, HAS_GAUSS);
    store<f64>(st, 0.0, GAUSS);
    return t;
  }
  let x1: f64, x2: f64, r2: f64;
  do {
    x1 = 2.0 * gen<BG>().f64(st) - 1.0;
    x2 = 2.0 * gen<BG>().f64(st) - 1.0;
    r2 = x1 * x1 + x2 * x2;
  } while (r2 >= 1.0 || r2 == 0.0);
  const f = Math.sqrt(-2.0 * log_f64(r2) / r2);
  store<f64>(st, f * x1, GAUSS);
  store<i32>(st, 1, HAS_GAUSS);
  return f * x2;
}

// Fill ops (src/random/kernels.ts mirrors the numbers)
export const enum Fill {
  raw = 0, double = 1, float = 2, normal = 3, normalF32 = 4, expo = 5, expoF32 = 6,
  expoInv = 7, expoInvF32 = 8, legacyGauss = 9, legacyExpo = 10,
}

function fillWith<G>(op: i32, st: usize, out: usize, n: i32): void {
  switch (op) {
    case Fill.raw: for (let i = 0; i < n; i++) store<u64>(out + (<usize>i << 3), gen<G>().u64(st)); break;
    case Fill.double: for (let i = 0; i < n; i++) store<f64>(out + (<usize>i << 3), gen<G>().f64(st)); break;
    case Fill.float: for (let i = 0; i < n; i++) store<f32>(out + (<usize>i << 2), nextF32<G>(st)); break;
    case Fill.normal: for (let i = 0; i < n; i++) store<f64>(out + (<usize>i << 3), normal<G>(st)); break;
    case Fill.normalF32: for (let i = 0; i < n; i++) store<f32>(out + (<usize>i << 2), normalF32<G>(st)); break;
    case Fill.expo: for (let i = 0; i < n; i++) store<f64>(out + (<usize>i << 3), expo<G>(st)); break;
    case Fill.expoF32: for (let i = 0; i < n; i++) store<f32>(out + (<usize>i << 2), expoF32<G>(st)); break;
    case Fill.expoInv: for (let i = 0; i < n; i++) store<f64>(out + (<usize>i << 3), -log1p_f64(-gen<G>().f64(st))); break;
    // NumPy's inverse-method float exponential takes log1p of the float in double
    case Fill.expoInvF32: for (let i = 0; i < n; i++) store<f32>(out + (<usize>i << 2), <f32>-log1p_f64(-<f64>nextF32<G>(st))); break;
    case Fill.legacyGauss: for (let i = 0; i < n; i++) store<f64>(out + (<usize>i << 3), legacyGauss(st)); break;
    case Fill.legacyExpo: for (let i = 0; i < n; i++) store<f64>(out + (<usize>i << 3), -log_f64(1.0 - gen<G>().f64(st))); break;
  }
}

/** out[0..n) = op draws from the bit generator at st. */
export function randomFill(op: i32, st: usize, out: usize, n: i32): void {
  if (load<i32>(st, KIND) == KIND_PCG64 && (op == Fill.raw || op == Fill.double)) pcgFill64(st, out, n, op == Fill.double);
  else if (load<i32>(st, KIND) == KIND_PCG64) fillWith<Pcg>(op, st, out, n);
  else fillWith<Mt>(op, st, out, n);
}

// ---------------------------------------------------------------- bounded integers

@inline function genMask(max: u64): u64 {
  let m = max;
  m |= m >> 1; m |= m >> 2; m |= m >> 4; m |= m >> 8; m |= m >> 16; m |= m >> 32;
  return m;
}

/** random_interval: a value in [0, max] by masked rejection (the shuffles' draw). */
@inline export function interval<G>(st: usize, max: u64): u64 {
  if (max == 0) return 0;
  const mask = genMask(max);
  let v: u64;
  if (max <= 0xffffffff) {
    do { v = <u64>gen<G>().u32(st) & mask; } while (v > max);
  } else {
    do { v = gen<G>().u64(st) & mask; } while (v > max);
  }
  return v;
}

/** One value in [0, rng] of a `bits`-wide type (8, 16: from a 32-bit word kept in buf across
 *  calls; 32, 64), by Lemire's method or masked rejection: NumPy's buffered_bounded_* family. */
@inline function bounded<G>(st: usize, bits: i32, rng: u64, masked: bool, buf: usize): u64 {
  if (rng == 0) return 0;
  if (bits <= 16) {
    const full: u64 = bits == 8 ? 0xff : 0xffff;
    if (rng == full) return small<G>(st, bits, buf);
    if (masked) {
      const mask = genMask(rng);
      let v: u64;
      do { v = small<G>(st, bits, buf) & mask; } while (v > rng);
      return v;
    }
    const excl = <u32>rng + 1;
    let m = <u32>small<G>(st, bits, buf) * excl;
    let left = m & <u32>full;
    if (left < excl) {
      const threshold = (<u32>full - <u32>rng) % excl;
      while (left < threshold) { m = <u32>small<G>(st, bits, buf) * excl; left = m & <u32>full; }
    }
    return <u64>(m >> bits);
  }
  if (rng <= 0xffffffff) {
    if (rng == 0xffffffff) return <u64>gen<G>().u32(st);
    if (masked) {
      const mask = <u32>genMask(rng);
      let v: u32;
      do { v = gen<G>().u32(st) & mask; } while (<u64>v > rng);
      return <u64>v;
    }
    const excl = rng + 1;
    let m = <u64>gen<G>().u32(st) * excl;
    let left = m & 0xffffffff;
    if (left < excl) {
      const threshold = (<u64>0xffffffff - rng) % excl;
      while (left < threshold) { m = <u64>gen<G>().u32(st) * excl; left = m & 0xffffffff; }
    }
    return m >> 32;
  }
  if (rng == 0xffffffffffffffff) return gen<G>().u64(st);
  if (masked) {
    const mask = genMask(rng);
    let v: u64;
    do { v = gen<G>().u64(st) & mask; } while (v > rng);
    return v;
  }
  const excl = rng + 1;
  let x = gen<G>().u64(st);
  let left = x * excl;
  if (left < excl) {
    const threshold = (0xffffffffffffffff - rng) % excl;
    while (left < threshold) { x = gen<G>().u64(st); left = x * excl; }
  }
  return mulhi64(x, excl);
}

/** buffered_uint8 / buffered_uint16: buf holds [count, word] (i32, u32). */
@inline function small<G>(st: usize, bits: i32, buf: usize): u64 {
  let w: u32;
  const cnt = load<i32>(buf);
  if (cnt == 0) {
    w = gen<G>().u32(st);
    store<i32>(buf, bits == 8 ? 3 : 1);
  } else {
    w = load<u32>(buf, 4) >> bits;
    store<i32>(buf, cnt - 1);
  }
  store<u32>(buf, w, 4);
  return <u64>(bits == 8 ? w & 0xff : w & 0xffff);
}

/** buffered_bounded_bool: one bit of a 32-bit word per draw. */
@inline function boundedBool<G>(st: usize, rng: u64, buf: usize): u64 {
  if (rng == 0) return 0;
  let w: u32;
  const cnt = load<i32>(buf);
  if (cnt == 0) { w = gen<G>().u32(st); store<i32>(buf, 31); }
  else { w = load<u32>(buf, 4) >> 1; store<i32>(buf, cnt - 1); }
  store<u32>(buf, w, 4);
  return <u64>(w & 1);
}

function boundedWith<G>(st: usize, width: i32, out: usize, n: i32, off: usize, offStep: i32, rng: usize, rngStep: i32, masked: bool, buf: usize): void {
  store<u64>(buf, 0);
  for (let i = 0; i < n; i++) {
    const o = load<u64>(off + <usize>(i * offStep)), r = load<u64>(rng + <usize>(i * rngStep));
    if (width == 0) store<u8>(out + <usize>i, <u8>(o + boundedBool<G>(st, r, buf)));
    else if (width == 1) store<u8>(out + <usize>i, <u8>(o + bounded<G>(st, 8, r, masked, buf)));
    else if (width == 2) store<u16>(out + (<usize>i << 1), <u16>(o + bounded<G>(st, 16, r, masked, buf)));
    else if (width == 4) store<u32>(out + (<usize>i << 2), <u32>(o + bounded<G>(st, 32, r, masked, buf)));
    else store<u64>(out + (<usize>i << 3), o + bounded<G>(st, 64, r, masked, buf));
  }
}

/** out[i] = off[i] + a draw in [0, rng[i]] for elements of `width` bytes (0: bool); off and rng are
 *  u64 vectors read with element steps offStep / rngStep (0: one value for all). buf: 8 bytes of
 *  scratch for the 8/16-bit word buffer, which lives as long as the call, as in NumPy. */
export function randomBounded(st: usize, width: i32, out: usize, n: i32, off: usize, offStep: i32, rng: usize, rngStep: i32, masked: bool, buf: usize): void {
  const os = offStep << 3, rs = rngStep << 3;
  if (load<i32>(st, KIND) != KIND_PCG64) { boundedWith<Mt>(st, width, out, n, off, os, rng, rs, masked, buf); return; }
  // the common case specialized: one bound, 64-bit output, range within 32 bits (integers(0, 100))
  if (width == 8 && offStep == 0 && rngStep == 0 && !masked) {
    const o = load<u64>(off), r = load<u64>(rng);
    if (r != 0 && r < 0xffffffff) { lemire32Pcg(st, out, n, o, r, buf + 64); return; }
  }
  boundedWith<Pcg>(st, width, out, n, off, os, rng, rs, masked, buf);
}

const WORDS = 512;

/** out[i] = o + Lemire draw in [0, r] from PCG64's 32-bit halves (NumPy's next_uint32: the kept
 *  high half first, then each new word's low half, keeping its high half). The 64-bit words come
 *  from pcgFill64 in blocks of at most as many as the remaining values need (each value takes at
 *  least one half), so the generator never runs ahead; words: WORDS u64 of scratch. */
function lemire32Pcg(st: usize, out: usize, n: i32, o: u64, r: u64, words: usize): void {
  const excl = r + 1, threshold = (<u64>0xffffffff - r) % excl;
  let have = load<i32>(st, HAS_UINT32) != 0, half = load<u32>(st, UINTEGER);
  let i = 0;
  while (i < n) {
    if (have) {
      have = false;
      const m = <u64>half * excl;
      if ((m & 0xffffffff) >= threshold) { store<u64>(out + (<usize>i << 3), o + (m >> 32)); i++; }
      continue;
    }
    const w = min((n - i + 1) >> 1, WORDS);
    pcgFill64(st, words, w, false);
    for (let k = 0; k < w; k++) {
      const x = load<u64>(words + (<usize>k << 3));
      half = <u32>(x >> 32); // NumPy keeps the last high half in uinteger, used or not
      const m0 = (x & 0xffffffff) * excl;
      if ((m0 & 0xffffffff) >= threshold) { store<u64>(out + (<usize>i << 3), o + (m0 >> 32)); i++; }
      if (i == n) { have = true; break; }
      const m1 = <u64>half * excl;
      if ((m1 & 0xffffffff) >= threshold) { store<u64>(out + (<usize>i << 3), o + (m1 >> 32)); i++; }
      if (i == n) break; // only at the last word: w never exceeds what the values need
    }
  }
  store<i32>(st, have ? 1 : 0, HAS_UINT32);
  store<u32>(st, half, UINTEGER);
}


// ---------------------------------------------------------------- permutations

/** Fisher-Yates over n items of `itemsize` bytes `stride` apart, i from n-1 down to `first`
 *  (_shuffle_raw: j = random_interval(i), swap items i and j). */
export function randomShuffle(st: usize, data: usize, n: i32, first: i32, itemsize: i32, stride: i32): void {
  for (let i = n - 1; i >= first; i--) {
    const j = <i32>interval<BG>(st, <u64>i);
    if (j == i) continue;
    const a = data + <usize>(i * stride), b = data + <usize>(j * stride);
    if (itemsize == 8) { const t = load<u64>(a); store<u64>(a, load<u64>(b)); store<u64>(b, t); }
    else for (let k = 0; k < itemsize; k++) {
      const t = load<u8>(a + k); store<u8>(a + k, load<u8>(b + k)); store<u8>(b + k, t);
    }
  }
}

/** Generator.choice without replacement, Floyd's algorithm with an open-addressing hash set
 *  (hash: setSize u64 words, setSize a power of two), then optionally the tail shuffle. */
export function randomFloyd(st: usize, out: usize, pop: i64, size: i32, hash: usize, setSize: i32, shuffle: bool): void {
  const mask = <u64>(setSize - 1);
  for (let k = 0; k < setSize; k++) store<u64>(hash + (<usize>k << 3), 0xffffffffffffffff);
  for (let j = pop - <i64>size; j < pop; j++) {
    const val = bounded<BG>(st, 64, <u64>j, false, 0);
    let loc = val & mask;
    let h = load<u64>(hash + (<usize>loc << 3));
    while (h != 0xffffffffffffffff && h != val) { loc = (loc + 1) & mask; h = load<u64>(hash + (<usize>loc << 3)); }
    const o = out + (<usize>(j - pop + <i64>size) << 3);
    if (h == 0xffffffffffffffff) {
      store<u64>(hash + (<usize>loc << 3), val);
      store<u64>(o, val);
    } else {
      loc = <u64>j & mask;
      while (load<u64>(hash + (<usize>loc << 3)) != 0xffffffffffffffff) loc = (loc + 1) & mask;
      store<u64>(hash + (<usize>loc << 3), <u64>j);
      store<u64>(o, <u64>j);
    }
  }
  // _shuffle_int(size, 1): j = random_bounded_uint64(0, i) (Lemire), not random_interval
  if (shuffle) for (let i = size - 1; i >= 1; i--) {
    const j = <i32>bounded<BG>(st, 64, <u64>i, false, 0);
    const a = out + (<usize>i << 3), b = out + (<usize>j << 3);
    const t = load<u64>(a); store<u64>(a, load<u64>(b)); store<u64>(b, t);
  }
}

/** _shuffle_int(n, first) on int64 data: the tail shuffle of choice(replace=False) for large
 *  populations. */
export function randomShuffleInt(st: usize, data: usize, n: i32, first: i32): void {
  for (let i = n - 1; i >= first; i--) {
    const j = <i32>bounded<BG>(st, 64, <u64>i, false, 0);
    const a = data + (<usize>i << 3), b = data + (<usize>j << 3);
    const t = load<u64>(a); store<u64>(a, load<u64>(b)); store<u64>(b, t);
  }
}
