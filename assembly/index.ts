// numwasm kernels. Pure functions on raw pointers / lengths / strides handed in by TypeScript:
// no AssemblyScript-managed objects, no allocation, no global state (the module may run in
// several workers over one shared memory). One export per kernel family; the element type is
// chosen by a dtype code (assembly/dtypes.ts) through a switch inside wasm.
//
// N-D convention: ndim: i32 (>= 1), shape: pointer to ndim i32, strides: pointers to ndim i32
// byte strides (negative or 0 allowed).
import { castDispatch } from "./cast";
import { copyDispatch, fillDispatch } from "./copy";
import { affineF64Dispatch, affineI64Dispatch } from "./affine";
import { binaryDispatch, Mode } from "./binary";
import { unaryDispatch, roundDispatch } from "./unary";
import { copyMaskedDispatch } from "./masked";
import { classifyDispatch } from "./classify";

/** First free byte after the static data: TS places its heap from here on. */
export function heap_base(): usize { return __heap_base; }

/** memset / memmove of linear memory for the TS side: on a shared memory, TypedArray fill and
 *  copyWithin go element by element (fill of 8 KiB: 2.3 us against 0.1 us on an ArrayBuffer). */
export function mem_fill(dst: usize, value: u8, n: usize): void { memory.fill(dst, value, n); }
export function mem_copy(dst: usize, src: usize, n: usize): void { memory.copy(dst, src, n); }

/** dst[...] = astype(src[...], dstCode), NumPy casting='unsafe' semantics (see cast.ts). */
export function cast(
  srcCode: i32, dstCode: i32, src: usize, dst: usize,
  ndim: i32, shape: usize, sstrides: usize, dstrides: usize,
): void {
  castDispatch(srcCode, dstCode, src, dst, ndim, shape, sstrides, dstrides);
}

/** Strided copy of elements of itemsize 1, 2, 4, 8 or 16 bytes. */
export function copy_nd(
  itemsize: i32, src: usize, dst: usize,
  ndim: i32, shape: usize, sstrides: usize, dstrides: usize,
): void {
  copyDispatch(itemsize, src, dst, ndim, shape, sstrides, dstrides);
}

/** Write the itemsize-byte pattern at valuePtr into every element of dst. */
export function fill_nd(
  itemsize: i32, dst: usize, ndim: i32, shape: usize, dstrides: usize, valuePtr: usize,
): void {
  fillDispatch(itemsize, dst, ndim, shape, dstrides, valuePtr);
}

/** dst[i] = cast(start + i*delta) (f64 arithmetic), contiguous dst of dtype code, i < n. */
export function affine_f64(code: i32, dst: usize, n: i32, start: f64, delta: f64): void {
  affineF64Dispatch(code, dst, n, start, delta);
}

/** dst[i] = (start + i*delta) in wrapping i64, truncated / converted to dtype code, i < n. */
export function affine_i64(code: i32, dst: usize, n: i32, start: i64, delta: i64): void {
  affineI64Dispatch(code, dst, n, start, delta);
}

// ---------------------------------------------------------------- ufunc kernels
// Op codes: assembly/ops.ts (BinOp / UnOp), mirrored to src/generated/opcodes.ts by
// scripts/gen-opcodes.mjs together with each op's output rule and implemented input kinds.
// An (op, code) pair the kernel does not implement writes nothing.

/** out = op(a, b); a, b of dtype code; out of the op's output dtype (code, or bool).
 *  ndim = -1 (ROW_FN): store the row kernel's table index at a instead (ops_loops.ts). */
export function binary(
  op: i32, code: i32, a: usize, b: usize, out: usize,
  ndim: i32, shape: usize, astrides: usize, bstrides: usize, ostrides: usize,
): void {
  binaryDispatch(op, code, Mode.elementwise, a, b, out, ndim, shape, astrides, bstrides, ostrides);
}

/** out = op(a); a of dtype code; out of the op's output dtype (code, bool, int32 or uint8).
 *  ndim = -1: the row kernel's table index, as binary. */
export function unary(
  op: i32, code: i32, a: usize, out: usize, ndim: i32, shape: usize, astrides: usize, ostrides: usize,
): void {
  unaryDispatch(op, code, a, out, ndim, shape, astrides, ostrides);
}

/** For every src element in C order: acc[j] = op(acc[j], src[i]); acc strides are 0 along the
 *  reduced axes. src and acc have dtype code; ops whose output dtype is code only. */
export function reduce_into(
  op: i32, code: i32, src: usize, acc: usize, ndim: i32, shape: usize, sstrides: usize, accstrides: usize,
): void {
  binaryDispatch(op, code, Mode.reduce, src, acc, 0, ndim, shape, sstrides, accstrides, 0);
}

/** Along axis 0: out[0] = src[0], out[i] = op(out[i-1], src[i]) (slices of ndim-1 axes).
 *  src and out have dtype code; ops whose output dtype is code only; out may equal src. */
export function accumulate(
  op: i32, code: i32, src: usize, out: usize, ndim: i32, shape: usize, sstrides: usize, ostrides: usize,
): void {
  binaryDispatch(op, code, Mode.accumulate, src, out, 0, ndim, shape, sstrides, ostrides, 0);
}

/** np.round(a, decimals) (NumPy's multiply / rint / divide formula); out of dtype code. */
export function round_decimals(
  code: i32, a: usize, out: usize, ndim: i32, shape: usize, astrides: usize, ostrides: usize, decimals: i32,
): void {
  roundDispatch(code, a, out, ndim, shape, astrides, ostrides, decimals);
}

/** dst = src where mask (bool bytes); elements of itemsize 1, 2, 4, 8 or 16 bytes. */
export function copy_masked(
  itemsize: i32, src: usize, dst: usize, mask: usize,
  ndim: i32, shape: usize, sstrides: usize, dstrides: usize, mstrides: usize,
): void {
  copyMaskedDispatch(itemsize, src, dst, mask, ndim, shape, sstrides, dstrides, mstrides);
}

/** Bitmask of value kinds present (1 NaN, 2 inf, 4 zero, 8 negative, 16 subnormal, 32 sign bit). */
export function classify(code: i32, ptr: usize, ndim: i32, shape: usize, strides: usize): i32 {
  return classifyDispatch(code, ptr, ndim, shape, strides);
}
export { math_eval } from "./math/eval";

import { pairwiseDispatch, pairwiseQuadDispatch } from "./pairwise";
/** Float add-reduction in NumPy's pairwise order: for each outer position (ndim axes, acc strides
 *  0 along reduced ones) acc += pairwise_sum(run of n elements, runStride bytes apart). */
export function reduce_pairwise(
  code: i32, src: usize, acc: usize, ndim: i32, shape: usize, sstrides: usize, accstrides: usize, n: i32, runStride: i32,
): void {
  pairwiseDispatch(code, src, acc, ndim, shape, sstrides, accstrides, n, runStride);
}

/** out[j * os] = pairwise sum of run j (j < 4) of float elements at src, element offsets and
 *  lengths at geo (i32 pairs); the four runs are read together. */
export function pairwise_quad(code: i32, src: usize, geo: usize, out: usize, os: usize): void {
  pairwiseQuadDispatch(code, src, geo, out, os);
}

// ---------------------------------------------------------------- array manipulation (rows)
// C-contiguous operands seen as (outer, n, inner bytes); i64 index vectors (see manip_rows.ts).
export {
  repeatRows as manip_repeat_rows, compressRows as manip_compress_rows, scatterRows as manip_scatter_rows,
  insertRows as manip_insert_rows, nonzeroBounds as manip_nonzero_bounds, medianRows as manip_median_rows,
} from "./manip_rows";

// ---------------------------------------------------------------- statistics
// median / percentile / quantile selection (select.ts), argsort and searchsorted for ordered
// statistics (stats_sort.ts), bincount / histogram (stats_hist.ts), interp (stats_interp.ts),
// correlate / convolve / cov dot products (stats_dot.ts).
export {
  partitionDispatch as stats_partition_rows, takeDispatch as stats_take_rows,
} from "./select";
export {
  argsortDispatch as stats_argsort_rows, searchDispatch as stats_searchsorted, monotonic as stats_monotonic,
} from "./stats_sort";
export {
  bincount as stats_bincount, minmaxI64 as stats_minmax_i64, compress as stats_compress, histUniformDispatch as stats_hist_uniform,
} from "./stats_hist";
export { interp as stats_interp } from "./stats_interp";
export { correlateDispatch as stats_correlate, gram as stats_gram } from "./stats_dot";

// ---------------------------------------------------------------- linear algebra products
// C = A·B over a broadcast stack of strided matrices (linalg_matmul.ts: parameter block there);
// scratch of linalg_matmul_scratch(code, m, n, k) bytes for the float kernels' packed panels.
export { matmulDispatch as linalg_matmul, matmulScratchBytes as linalg_matmul_scratch, matmulRows as linalg_matmul_rows } from "./linalg_matmul";

// ---------------------------------------------------------------- indexing
// Fancy-index gather / scatter (gather.ts: descriptor layout there), boolean-mask compress /
// expand (index_mask.ts), nonzero (index_nonzero.ts), int64 index checks (index_check.ts) and
// ufunc.at (index_at.ts).
import { fancyDispatch } from "./gather";
import { maskDispatch } from "./index_mask";
import { countNonzeroDispatch, nonzeroDispatch } from "./index_nonzero";
import { indexCheck, indexFix } from "./index_check";
import { ufuncAt } from "./index_at";

/** mode 0: other[j, s] = arr[idx(j), s]; mode 1: arr[idx(j), s] = other[j, s] (desc: gather.ts). */
export function index_fancy(mode: i32, arr: usize, other: usize, desc: usize): void {
  fancyDispatch(mode, arr, other, desc);
}

/** mode 0: other ← arr[mask]; mode 1: arr[mask] ← other (desc: index_mask.ts). */
export function index_mask(mode: i32, arr: usize, other: usize, mask: usize, desc: usize): void {
  maskDispatch(mode, arr, other, mask, desc);
}

/** Number of nonzero elements of dtype code (u32). */
export function index_count_nonzero(code: i32, ptr: usize, ndim: i32, shape: usize, strides: usize): u32 {
  return countNonzeroDispatch(code, ptr, ndim, shape, strides);
}

/** Coordinates of the nonzero elements: i64 at out + i*istep + k*kstep; ws: ndim i32 words. */
export function index_nonzero(
  code: i32, ptr: usize, ndim: i32, shape: usize, strides: usize, out: usize, istep: usize, kstep: usize, ws: usize,
): void {
  nonzeroDispatch(code, ptr, ndim, shape, strides, out, istep, kstep, ws);
}

/** int64 values: 1 if one lies outside [lo, hi) (the first stored at out), else 0. */
export function index_check(ptr: usize, ndim: i32, shape: usize, strides: usize, lo: i64, hi: i64, out: usize): i32 {
  return indexCheck(ptr, ndim, shape, strides, lo, hi, out);
}

/** int64 dst = src wrapped (mode 1) or clipped (mode 2) into [0, n); nPtr points to n (i64). */
export function index_fix(
  mode: i32, src: usize, dst: usize, ndim: i32, shape: usize, sstrides: usize, dstrides: usize, nPtr: usize,
): void {
  indexFix(mode, src, dst, ndim, shape, sstrides, dstrides, nPtr);
}

/** ufunc.at: arr[idx(j), s] = op(arr[idx(j), s], other[j, s]) in order (desc: gather.ts + index_at.ts). */
export function index_ufunc_at(arr: usize, other: usize, desc: usize): void {
  ufuncAt(arr, other, desc);
}

// ---------------------------------------------------------------- sorting, searching, sets
// sort / argsort / partition / argpartition rows, searchsorted, and the set-operation steps
// (signatures and docs: sort_api.ts).
export {
  sort_work, sort_rows, searchsorted, sort_runs, sort_gather, sort_inverse, sort_mask_positions,
  sort_isin_member, sort_isin_flags, sort_isin_table,
} from "./sort_api";

// ---------------------------------------------------------------- reductions
// sum, prod, max, min, any, all, count_nonzero, the nan-functions, var's squared deviations,
// argmax / argmin and cumsum / cumprod (kinds, families and docs: reduce.ts, reduce_h.ts,
// reduce_v.ts, reduce_arg.ts, reduce_cum.ts). Geometry from src/reduction/plan.ts.
import { reduceDispatch, argDispatch, cumDispatch } from "./reduce";
import { SCRATCH_BYTES } from "./reduce_h";

/** Innermost axes reduced: per outer position acc = op(acc, block of the last k axes), the block
 *  cut into chunks of `chunk` elements (one NumPy inner-loop call each; -chunk: the same, for a
 *  piece of a larger reduction whose data streams from memory); mask = 0 for none; aux =
 *  byte offset from an acc element to its loader parameter (var's mean), 0 for none. */
export function reduce_h(
  kind: i32, code: i32, acode: i32, src: usize, acc: usize, ndim: i32, shape: usize, ss: usize, as: usize,
  k: i32, chunk: i32, mask: usize, ms: usize, aux: isize, scratch: usize,
): void {
  reduceDispatch(kind, code, acode, false, src, acc, ndim, shape, ss, as, k, chunk, mask, ms, aux, scratch);
}

/** Innermost axis kept: acc[j] = op(acc[j], L(src[j])) in iteration order. */
export function reduce_v(
  kind: i32, code: i32, acode: i32, src: usize, acc: usize, ndim: i32, shape: usize, ss: usize, as: usize,
  mask: usize, ms: usize, aux: isize,
): void {
  reduceDispatch(kind, code, acode, true, src, acc, ndim, shape, ss, as, 1, 0, mask, ms, aux, 0);
}

/** Bytes of scratch reduce_h needs. */
export function reduce_scratch_bytes(): i32 { return SCRATCH_BYTES; }

/** argmax / argmin (int64 out): vertical = 0: the last axis is reduced, out strides for the
 *  others; vertical = 1: axis 0 is reduced, out / best (T-typed scratch) strides for axes 1... */
export function reduce_arg(
  kind: i32, code: i32, vertical: i32, src: usize, out: usize, best: usize, ndim: i32, shape: usize, ss: usize, os: usize, bs: usize,
): void {
  argDispatch(kind, code, vertical != 0, src, out, best, ndim, shape, ss, os, bs);
}

/** cumsum / cumprod along axis 0 of the geometry into out (acode); slabs: see reduce_cum.ts. */
export function reduce_cum(
  kind: i32, code: i32, acode: i32, src: usize, out: usize, ndim: i32, shape: usize, ss: usize, os: usize, slabs: i32,
): void {
  cumDispatch(kind, code, acode, src, out, ndim, shape, ss, os, slabs != 0);
}

// ---------------------------------------------------------------- np.evaluate
// The expression VM (vm.ts: frame layout and modes) and the row-kernel resolver its programs are
// linked with (vm_fns.ts).
export { vmRun as vm_run, vmPart as vm_part } from "./vm";
export { vmFn as vm_fn } from "./vm_fns";

// ---------------------------------------------------------------- bytes
// byteswap, packbits / unpackbits (signatures and parameter blocks: bytes.ts).
export { byteswap as bytes_swap, packBits as bytes_pack, unpackBits as bytes_unpack } from "./bytes";

// ---------------------------------------------------------------- np.linalg decompositions
// Stacks of packed matrices of float32 / float64 (code), factored in place; i32 info words per
// matrix (LAPACK's meaning). LU family (linalg_lu.ts), Householder QR (linalg_qr.ts),
// LAPACK dsyevd's eigh (linalg_syev.ts), Jacobi SVD (linalg_eig.ts), general eigen (linalg_geev.ts).
export {
  slogdetDispatch as linalg_slogdet, gesvDispatch as linalg_gesv, potrfDispatch as linalg_potrf,
  luBlock as linalg_lu_block, getrfPanelDispatch as linalg_getrf_panel, gemmSubDispatch as linalg_gemm_sub,
} from "./linalg_lu";
export { geqrfDispatch as linalg_geqrf, orgqrDispatch as linalg_orgqr } from "./linalg_qr";
export { syevDispatch as linalg_syev } from "./linalg_syev";
export { gesvdDispatch as linalg_gesvd } from "./linalg_eig";
export { geevDispatch as linalg_geev } from "./linalg_geev";

// ---------------------------------------------------------------- np.random
// Bit generator state blocks and the draw loops (random_bitgen.ts, random_fill.ts, random_dist.ts).
export { pcg64_advance as random_pcg64_advance } from "./random_bitgen";
export {
  randomFill as random_fill, randomBounded as random_bounded, randomShuffle as random_shuffle,
  randomFloyd as random_floyd, randomShuffleInt as random_shuffle_int,
} from "./random_fill";
export { randomCont as random_cont, randomMultinomial as random_multinomial, randomDirichlet as random_dirichlet } from "./random_dist";
