// C[m,n] = A[m,k] · B[k,n] over a (broadcast) stack of matrices, for np.matmul, dot, vecdot,
// matvec, vecmat, inner, tensordot. Every operand has arbitrary byte strides (transposed,
// reversed and sliced views need no copy).
//
// float32 / float64: Goto-style blocking. Panels of B (KC x NC) and A (MC x KC) are packed into
// scratch (zero-padded to whole micro-tiles), then a register-blocked micro-kernel keeps an
// MR x NR tile of C in 2 * MR v128 accumulators (NR = 2 lanes-vectors) over the KC terms.
// MR = 5 uses 10 accumulators + 2 B vectors + a splat + a product temporary: 14 of the 15 xmm
// registers V8 allocates on x64 (6 rows spill). Measured on 1000x1000 float64, one thread:
// 4 rows 17.7 GFLOPS, 5 rows 19.5, 6 rows 12.6; a register-only mul+add loop peaks at 21.7.
// Partial tiles go through a small tile buffer. Products with one output column or row (matvec,
// vecdot) skip packing: one dot product per output.
// Integer and bool: a plain i-p-j loop; integer sums wrap like NumPy's (the same residue whatever
// the accumulator width), bool is OR of ANDs.
//
// Parameter block (i32): m, n, k, as0, as1, bs0, bs1, cs0, cs1, nb, then the batch shape and the
// batch strides of A, B and C (nb each).
import { Code } from "./dtypes";

const MR = 5;
const KC = 256;
const MC = 60; // a multiple of MR
const NC = 1024;
/** Products of at most this many multiply-adds skip packing (gemmF). */
const SMALL = 512;

@inline function roundUp(x: i32, q: i32): i32 { return (x + q - 1) / q * q; }

/** Elements of the packed A block and of the packed B panel for one matrix product. */
@inline function packedA(m: i32, k: i32): i32 { return roundUp(min(MC, m), MR) * min(KC, k); }
@inline function packedB(n: i32, k: i32, nr: i32): i32 { return roundUp(min(NC, n), nr) * min(KC, k); }

/** Scratch bytes the kernel needs for m x k by k x n products of dtype code (packed panels and
 *  one tile, 16-byte aligned; none for the non-float kernels). */
export function matmulScratchBytes(code: i32, m: i32, n: i32, k: i32): i32 {
  const sz = code == Code.float32 ? 4 : code == Code.float64 ? 8 : 0;
  if (sz == 0) return 0;
  return (packedA(m, k) + packedB(n, k, 32 / sz) + MR * 32 / sz) * sz + 16;
}

@inline function at(p: usize, i: i32, s: i32): usize { return p + <usize>(<isize>i * <isize>s); }

/** Non-float C = A·B (strided). */
function gemmInt<T>(m: i32, n: i32, k: i32, a: usize, as0: i32, as1: i32, b: usize, bs0: i32, bs1: i32, c: usize, cs0: i32, cs1: i32): void {
  for (let i = 0; i < m; i++) {
    const ci = at(c, i, cs0), ai = at(a, i, as0);
    for (let j = 0; j < n; j++) store<T>(at(ci, j, cs1), <T>0);
    for (let p = 0; p < k; p++) {
      const x = load<T>(at(ai, p, as1));
      if (x == <T>0) continue;
      const bp = at(b, p, bs0);
      if (isBoolean<T>()) {
        for (let j = 0; j < n; j++) if (load<u8>(at(bp, j, bs1)) != 0) store<u8>(at(ci, j, cs1), 1);
      } else {
        for (let j = 0; j < n; j++) {
          const q = at(ci, j, cs1);
          store<T>(q, load<T>(q) + x * load<T>(at(bp, j, bs1)));
        }
      }
    }
  }
}

/** Float dot product of n terms (SIMD when both runs are contiguous). */
function dotF<T>(p1: usize, s1: i32, p2: usize, s2: i32, n: i32): T {
  const sz = <i32>sizeof<T>();
  let i = 0;
  let acc: T = <T>0;
  if (s1 == sz && s2 == sz) {
    const W = <i32>(16 / sizeof<T>());
    let v0 = v128.splat<T>(<T>0), v1 = v128.splat<T>(<T>0);
    for (; i + 2 * W <= n; i += 2 * W) {
      const a = p1 + (<usize>i << alignof<T>()), b = p2 + (<usize>i << alignof<T>());
      v0 = v128.add<T>(v0, v128.mul<T>(v128.load(a), v128.load(b)));
      v1 = v128.add<T>(v1, v128.mul<T>(v128.load(a, 16), v128.load(b, 16)));
    }
    const v = v128.add<T>(v0, v1);
    acc = v128.extract_lane<T>(v, 0) + v128.extract_lane<T>(v, 1);
    if (sizeof<T>() == 4) acc += v128.extract_lane<T>(v, 2) + v128.extract_lane<T>(v, 3);
  }
  for (; i < n; i++) acc += load<T>(at(p1, i, s1)) * load<T>(at(p2, i, s2));
  return acc;
}

/** Pack rows [0, mc) x terms [0, kc) of A into MR-row panels: panel r, term p, row i at
 *  (r * kc + p) * MR + i; rows past mc are zero. */
function packA<T>(a: usize, as0: i32, as1: i32, mc: i32, kc: i32, dst: usize): void {
  for (let r = 0; r < mc; r += MR) {
    const rows = min(MR, mc - r);
    for (let p = 0; p < kc; p++) {
      const src = at(at(a, r, as0), p, as1);
      for (let i = 0; i < MR; i++) store<T>(dst + (<usize>i << alignof<T>()), i < rows ? load<T>(at(src, i, as0)) : <T>0);
      dst += <usize>(MR * sizeof<T>());
    }
  }
}

/** Pack terms [0, kc) x columns [0, nc) of B into NR-column panels (NR = 2 vectors), zero-padded. */
function packB<T>(b: usize, bs0: i32, bs1: i32, kc: i32, nc: i32, dst: usize): void {
  const NR = <i32>(32 / sizeof<T>());
  for (let c = 0; c < nc; c += NR) {
    const cols = min(NR, nc - c);
    const col = at(b, c, bs1);
    for (let p = 0; p < kc; p++) {
      const src = at(col, p, bs0);
      if (cols == NR && bs1 == <i32>sizeof<T>()) {
        v128.store(dst, v128.load(src));
        v128.store(dst, v128.load(src, 16), 16);
      } else {
        for (let j = 0; j < NR; j++) store<T>(dst + (<usize>j << alignof<T>()), j < cols ? load<T>(at(src, j, bs1)) : <T>0);
      }
      dst += 32;
    }
  }
}

/** Store (or add, when acc) two vectors of a tile row at q; full rows only. */
@inline function putRow<T>(q: usize, x0: v128, x1: v128, add: bool): void {
  if (add) {
    x0 = v128.add<T>(x0, v128.load(q));
    x1 = v128.add<T>(x1, v128.load(q, 16));
  }
  v128.store(q, x0);
  v128.store(q, x1, 16);
}

/** One element of the packed A panel in every lane. */
@inline function splatAt<T>(p: usize, offset: usize): v128 {
  return sizeof<T>() == 8 ? v128.load64_splat(p + offset) : v128.load32_splat(p + offset);
}

/** acc + x * b (a multiply, then an add: no fused multiply-add in wasm SIMD). */
@inline function mulAdd<T>(acc: v128, x: v128, b: v128): v128 { return v128.add<T>(acc, v128.mul<T>(x, b)); }

/** The MR x NR micro-kernel: C tile (rows x cols valid) (+)= packed A panel · packed B panel. */
function micro<T>(kc: i32, ap: usize, bp: usize, c: usize, cs0: i32, cs1: i32, rows: i32, cols: i32, add: bool, tile: usize): void {
  const z = v128.splat<T>(<T>0);
  let c00 = z, c01 = z, c10 = z, c11 = z, c20 = z, c21 = z, c30 = z, c31 = z, c40 = z, c41 = z;
  const sz = <usize>sizeof<T>();
  for (let p = 0; p < kc; p++) {
    const b0 = v128.load(bp), b1 = v128.load(bp, 16);
    let x = splatAt<T>(ap, 0);
    c00 = mulAdd<T>(c00, x, b0); c01 = mulAdd<T>(c01, x, b1);
    x = splatAt<T>(ap, sz);
    c10 = mulAdd<T>(c10, x, b0); c11 = mulAdd<T>(c11, x, b1);
    x = splatAt<T>(ap, 2 * sz);
    c20 = mulAdd<T>(c20, x, b0); c21 = mulAdd<T>(c21, x, b1);
    x = splatAt<T>(ap, 3 * sz);
    c30 = mulAdd<T>(c30, x, b0); c31 = mulAdd<T>(c31, x, b1);
    x = splatAt<T>(ap, 4 * sz);
    c40 = mulAdd<T>(c40, x, b0); c41 = mulAdd<T>(c41, x, b1);
    ap += <usize>MR * sz; bp += 32;
  }
  const NR = <i32>(32 / sizeof<T>());
  if (rows == MR && cols == NR && cs1 == <i32>sz) {
    putRow<T>(at(c, 0, cs0), c00, c01, add);
    putRow<T>(at(c, 1, cs0), c10, c11, add);
    putRow<T>(at(c, 2, cs0), c20, c21, add);
    putRow<T>(at(c, 3, cs0), c30, c31, add);
    putRow<T>(at(c, 4, cs0), c40, c41, add);
    return;
  }
  v128.store(tile, c00); v128.store(tile, c01, 16);
  v128.store(tile, c10, 32); v128.store(tile, c11, 48);
  v128.store(tile, c20, 64); v128.store(tile, c21, 80);
  v128.store(tile, c30, 96); v128.store(tile, c31, 112);
  v128.store(tile, c40, 128); v128.store(tile, c41, 144);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const q = at(at(c, i, cs0), j, cs1);
      const v = load<T>(tile + <usize>(i * NR + j) * sz);
      store<T>(q, add ? load<T>(q) + v : v);
    }
  }
}

/** Float C = A·B (strided), blocked over scratch. */
function gemmF<T>(m: i32, n: i32, k: i32, a: usize, as0: i32, as1: i32, b: usize, bs0: i32, bs1: i32, c: usize, cs0: i32, cs1: i32, scratch: usize): void {
  if (k == 0) {
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) store<T>(at(at(c, i, cs0), j, cs1), <T>0);
    return;
  }
  if (n == 1 || m == 1) {
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) store<T>(at(at(c, i, cs0), j, cs1), dotF<T>(at(a, i, as0), as1, at(b, j, bs1), bs0, k));
    }
    return;
  }
  if (m * n * k <= SMALL) {
    // too small to repay packing (a stack of 3x3 products): the same sum per element, in the same
    // order (k <= KC: one pass from 0 over p), straight from the operands (C never overlaps them:
    // src/products/gemm.ts computes such products into a temporary)
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let s: T = <T>0;
        for (let p = 0; p < k; p++) s += load<T>(at(at(a, i, as0), p, as1)) * load<T>(at(at(b, p, bs0), j, bs1));
        store<T>(at(at(c, i, cs0), j, cs1), s);
      }
    }
    return;
  }
  const NR = <i32>(32 / sizeof<T>());
  const base = (scratch + 15) & ~<usize>15;
  const pa = base, pb = pa + <usize>packedA(m, k) * sizeof<T>(), tile = pb + <usize>packedB(n, k, NR) * sizeof<T>();
  for (let jc = 0; jc < n; jc += NC) {
    const nc = min(NC, n - jc);
    for (let pc = 0; pc < k; pc += KC) {
      const kc = min(KC, k - pc);
      packB<T>(at(at(b, pc, bs0), jc, bs1), bs0, bs1, kc, nc, pb);
      for (let ic = 0; ic < m; ic += MC) {
        const mc = min(MC, m - ic);
        packA<T>(at(at(a, ic, as0), pc, as1), as0, as1, mc, kc, pa);
        for (let jr = 0; jr < nc; jr += NR) {
          const bp = pb + <usize>(jr * kc) * sizeof<T>();
          for (let ir = 0; ir < mc; ir += MR) {
            const ct = at(at(c, ic + ir, cs0), jc + jr, cs1);
            micro<T>(kc, pa + <usize>(ir * kc) * sizeof<T>(), bp, ct, cs0, cs1, min(MR, mc - ir), min(NR, nc - jr), pc > 0, tile);
          }
        }
      }
    }
  }
}

/** Walk the batch axes from axis d, then multiply one matrix pair. */
function batch<T>(d: i32, prm: usize, a: usize, b: usize, c: usize, scratch: usize): void {
  const nb = load<i32>(prm, 36);
  if (d < nb) {
    const len = load<i32>(prm + 40 + <usize>(d << 2));
    const sa = load<i32>(prm + 40 + <usize>((nb + d) << 2));
    const sb = load<i32>(prm + 40 + <usize>((2 * nb + d) << 2));
    const sc = load<i32>(prm + 40 + <usize>((3 * nb + d) << 2));
    for (let i = 0; i < len; i++) batch<T>(d + 1, prm, at(a, i, sa), at(b, i, sb), at(c, i, sc), scratch);
    return;
  }
  const m = load<i32>(prm), n = load<i32>(prm, 4), k = load<i32>(prm, 8);
  const as0 = load<i32>(prm, 12), as1 = load<i32>(prm, 16), bs0 = load<i32>(prm, 20), bs1 = load<i32>(prm, 24);
  const cs0 = load<i32>(prm, 28), cs1 = load<i32>(prm, 32);
  if (isFloat<T>()) gemmF<T>(m, n, k, a, as0, as1, b, bs0, bs1, c, cs0, cs1, scratch);
  else gemmInt<T>(m, n, k, a, as0, as1, b, bs0, bs1, c, cs0, cs1);
}

/** Rows of the micro-kernel: src/products/gemm.ts splits one matrix in multiples of it. */
export function matmulRows(): i32 { return MR; }

export function matmulDispatch(code: i32, a: usize, b: usize, c: usize, prm: usize, scratch: usize): void {
  switch (code) {
    case Code.bool: batch<bool>(0, prm, a, b, c, scratch); break;
    case Code.int8: batch<i8>(0, prm, a, b, c, scratch); break;
    case Code.uint8: batch<u8>(0, prm, a, b, c, scratch); break;
    case Code.int16: batch<i16>(0, prm, a, b, c, scratch); break;
    case Code.uint16: batch<u16>(0, prm, a, b, c, scratch); break;
    case Code.int32: batch<i32>(0, prm, a, b, c, scratch); break;
    case Code.uint32: batch<u32>(0, prm, a, b, c, scratch); break;
    case Code.int64: batch<i64>(0, prm, a, b, c, scratch); break;
    case Code.uint64: batch<u64>(0, prm, a, b, c, scratch); break;
    case Code.float32: batch<f32>(0, prm, a, b, c, scratch); break;
    case Code.float64: batch<f64>(0, prm, a, b, c, scratch); break;
  }
}
