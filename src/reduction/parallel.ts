// A float sum of one long run on the thread pool, bit for bit NumPy's (and so the same for any
// thread count). NumPy adds the pairwise sum of each inner-loop call to the accumulator in order:
//   unbuffered (one call over the whole run): acc + pw(run), where pw splits a run of n > 128 as
//     pw(first n2) + pw(rest) with n2 = n/2 rounded down to a multiple of 8. The subtrees at a
//     fixed depth (chosen from n alone) are summed in parallel, then combined as the recursion does;
//   buffered (calls of `chunk` elements): ((acc + pw(c0)) + pw(c1)) + ...: the pw(cj) are computed
//     in parallel into slots, then folded in order.
// Each leaf runs the ordinary reduce_h kernel into its own slot, which starts at -0.0 (the
// identity that leaves every sum, -0.0 included, unchanged).
import { kernels } from "../runtime/wasm.js";
import { heap, alloc } from "../runtime/memory.js";
import { pairwiseNodes, pairwiseCombine, Arena } from "../threads/split.js";
import { runTask, threadCount } from "../threads/pool.js";
import { poolReady } from "../threads/config.js";
import { MAX_CHUNKS } from "../threads/protocol.js";
import { Code } from "../dtype/dtype.js";
import { ndShapePtr, ndStridesPtr } from "../ndarray/nd.js";
import { RKind } from "./kernels.js";

/** Elements from which one long run is reduced on the pool (parallelSum, parallelFold): with
 *  spinning workers (protocol.ts SPIN) a 1e5 sum took 9.7 µs on 2 threads and 14.5 on 1. */
export const PARALLEL_SUM_MIN = 1 << 16;
/** Elements from which a reduction splits along a kept axis (parallelKept): a 1000x100 mean over
 *  axis 0 took 43 µs on 2 threads and 39 on 1; the 1000x1000 one 98 µs and 142. */
export const PARALLEL_KEPT_MIN = 1 << 19;
const LEAF_MIN = 1 << 15;
const MAX_DEPTH = 8;

/** Per-thread reduce_h scratch buffers (thread 0 uses the main one). */
const scratches: number[] = [];
function threadScratches(main: number, n: number): number[] {
  scratches[0] = main;
  for (let t = 1; t < n; t++) if (!scratches[t]) scratches[t] = alloc(kernels.k.reduce_scratch_bytes());
  return scratches.slice(0, n);
}

const arena = new Arena();

/** A piece of a run reduced into its own slots: `rows` consecutive runs of n elements from
 *  element `off`, one slot each from slot index `slot`; `chunk` is reduce_h's block argument. */
interface Leaf { off: number; n: number; rows: number; slot: number; chunk: number }

/** reduce_h over each leaf on the pool (src stride ss, slots of isz bytes from `slots`), the
 *  geometry written after the last slot. Returns false when the pool cannot take it. */
function runLeaves(kind: number, kcode: number, acode: number, src: number, ss: number, leaves: readonly Leaf[],
  slots: number, isz: number, scratch: number): boolean {
  const end = leaves.reduce((e, l) => Math.max(e, l.slot + l.rows), 0);
  const geo = (slots + end * isz + 3) & ~3;
  const w = heap.i32;
  leaves.forEach((l, i) => {
    const g = (geo >>> 2) + i * 6;
    w[g] = l.rows; w[g + 1] = l.n;          // shape: rows x n
    w[g + 2] = l.n * ss; w[g + 3] = ss;      // src strides
    w[g + 4] = isz; w[g + 5] = 0;            // acc strides: one slot per row
  });
  return runTask({
    fn: "reduce_h", chunks: leaves.length, nargs: 15,
    threadArg: { index: 14, values: threadScratches(scratch, threadCount()) },
    args(i, a, at) {
      const l = leaves[i], g = geo + i * 24;
      // (kind, code, acode, src, acc, ndim, shape, ss, as, k, chunk, mask, ms, aux, scratch)
      a[at] = kind; a[at + 1] = kcode; a[at + 2] = acode; a[at + 3] = src + l.off * ss;
      a[at + 4] = slots + l.slot * isz; a[at + 5] = 2; a[at + 6] = g; a[at + 7] = g + 8; a[at + 8] = g + 16;
      a[at + 9] = 1; a[at + 10] = l.chunk; a[at + 11] = 0; a[at + 12] = 0; a[at + 13] = 0; a[at + 14] = 0;
    },
  });
}

/** Slots (16-aligned) for nslots elements of isz bytes, with room after them for nleaves leaves'
 *  geometry and `extra` bytes. */
const slotBlock = (nslots: number, isz: number, nleaves: number, extra = 0): number =>
  (arena.get(nslots * isz + nleaves * 24 + extra + 32) + 15) & ~15;

/** One contiguous piece per thread, in multiples of 64 elements, as leaves with a slot each;
 *  [] when n is too small. */
function threadPieces(n: number): Leaf[] {
  if (n < PARALLEL_SUM_MIN || !poolReady()) return [];
  const per = Math.ceil(n / threadCount() / 64) * 64, out: Leaf[] = [];
  for (let off = 0; off < n; off += per) {
    const len = Math.min(per, n - off);
    out.push({ off, n: len, rows: 1, slot: out.length, chunk: len });
  }
  return out.length < 2 ? [] : out;
}

/** acc (one element at accPtr) reduced with n more elements of src (stride ss) on the pool, for
 *  the full reductions that can split: float sums (parallelSum) and max / min / fmax / fmin
 *  (parallelFold). `chunk`: NumPy's inner-loop size. Returns false when the caller should run
 *  the kernel itself. */
export function parallelFull(kind: RKind, kcode: number, acode: number, accIsFloat: boolean, accSize: number,
  src: number, ss: number, n: number, chunk: number, accPtr: number, scratch: number): boolean {
  if (kind === RKind.sum || kind === RKind.nansum) {
    return accIsFloat && accPtr % accSize === 0 && parallelSum(kind, kcode, acode, src, ss, n, chunk, accPtr, scratch);
  }
  return kind >= RKind.max && kind <= RKind.fmin && kcode === acode &&
    parallelFold(kind, kcode, src, ss, n, accPtr, accSize, accIsFloat, scratch);
}

/**
 * acc (one float element at accPtr, of code acode) += sum of n elements of src (stride ss,
 * dtype kcode), NumPy's order, with inner-loop calls of `chunk` elements. Returns false (nothing
 * done) when the pool cannot take it.
 */
function parallelSum(kind: number, kcode: number, acode: number, src: number, ss: number, n: number,
  chunk: number, accPtr: number, scratch: number): boolean {
  if (n < PARALLEL_SUM_MIN || !poolReady()) return false;
  const f32 = acode === Code.float32, isz = f32 ? 4 : 8;
  const r = f32 ? Math.fround : (x: number) => x;
  const buffered = chunk < n;
  const nodes = buffered ? null : pairwiseNodes(n, LEAF_MIN, MAX_DEPTH);
  let slots: number, nslots: number;
  if (nodes && kind === RKind.sum && kcode === acode && ss === isz && nodes.length >= 8) {
    nslots = nodes.length;
    slots = quadLeaves(kcode, src, nodes, isz);
    if (slots < 0) return false;
  } else {
    // chunk -n: a piece of a streaming sum (reduce_h)
    const leaves: Leaf[] = [];
    if (nodes) nodes.forEach(([off, len], i) => leaves.push({ off, n: len, rows: 1, slot: i, chunk: -len }));
    else {
      // whole chunks in groups of rows (one kernel call sums each row into its own slot), then the tail
      const full = Math.floor(n / chunk);
      const per = Math.max(1, Math.ceil(LEAF_MIN / chunk), Math.ceil(full / (MAX_CHUNKS - 1)));
      for (let j = 0; j < full; j += per) leaves.push({ off: j * chunk, n: chunk, rows: Math.min(per, full - j), slot: j, chunk: -chunk });
      if (n % chunk) leaves.push({ off: full * chunk, n: n % chunk, rows: 1, slot: full, chunk: -(n % chunk) });
    }
    nslots = leaves.reduce((s, l) => s + l.rows, 0);
    slots = slotBlock(nslots, isz, leaves.length);
    if (f32) heap.f32.fill(-0, slots >>> 2, (slots >>> 2) + nslots);
    else heap.f64.fill(-0, slots >>> 3, (slots >>> 3) + nslots);
    if (!runLeaves(kind, kcode, acode, src, ss, leaves, slots, isz, scratch)) return false;
  }
  const vals = f32 ? heap.f32.subarray(slots >>> 2, (slots >>> 2) + nslots) : heap.f64.subarray(slots >>> 3, (slots >>> 3) + nslots);
  const acc = f32 ? heap.f32 : heap.f64, ai = f32 ? accPtr >>> 2 : accPtr >>> 3;
  if (!buffered) acc[ai] = r(acc[ai] + pairwiseCombine(vals, r));
  else { let v = acc[ai]; for (let i = 0; i < vals.length; i++) v = r(v + vals[i]); acc[ai] = v; }
  return true;
}

/**
 * The sums of `nodes` (a multiple of 4 of them: a contiguous float run's pairwise tree at some
 * depth) into slots in node order, on the pool; the slots' address, or -1 when the pool could not
 * take it. Chunk c sums nodes c, c + q, c + 2q, c + 3q (q = nodes / 4) together (pairwise_quad),
 * so each thread reads from four places a quarter of the run apart, which streams from memory
 * faster than one place (or four nearby: a node's own grandchildren).
 */
function quadLeaves(code: number, src: number, nodes: readonly [number, number][], isz: number): number {
  const q = nodes.length >> 2;
  const slots = slotBlock(nodes.length, isz, 0, q * 32), geo = slots + nodes.length * isz;
  const w = heap.i32;
  for (let c = 0; c < q; c++) {
    for (let j = 0; j < 4; j++) { const [off, len] = nodes[c + j * q]; w[(geo >>> 2) + c * 8 + 2 * j] = off; w[(geo >>> 2) + c * 8 + 2 * j + 1] = len; }
  }
  const ok = runTask({
    fn: "pairwise_quad", chunks: q, nargs: 5,
    args(c, a, at) { a[at] = code; a[at + 1] = src; a[at + 2] = geo + c * 32; a[at + 3] = slots + c * isz; a[at + 4] = q * isz; },
  });
  return ok ? slots : -1;
}

/**
 * acc (one element at accPtr, itemsize isz) = max / min / fmax / fmin (`kind`) of acc and n
 * elements of src (stride ss), on the pool: each thread folds a piece into its own slot, which
 * starts as a copy of acc (these folds are idempotent), then the kernel folds the slots into acc
 * in order with its scalar op, which keeps NaN's rules and the first NaN. One case depends on how
 * the SIMD lanes met the data: a tie between 0.0 and -0.0. So a float result of zero is left to
 * the caller (false, acc unchanged), to be recomputed on one thread as usual.
 */
function parallelFold(kind: number, code: number, src: number, ss: number, n: number, accPtr: number,
  isz: number, isFloat: boolean, scratch: number): boolean {
  // the pieces' slots, each a copy of acc to start with, then (after the geometry) the result's
  const leaves = threadPieces(n);
  const pieces = leaves.length;
  if (pieces === 0) return false;
  const slots = slotBlock(pieces, isz, pieces, 16), res = (slots + pieces * (isz + 24) + 31) & ~15;
  const k = kernels.k;
  for (let i = 0; i < pieces; i++) k.mem_copy(slots + i * isz, accPtr, isz);
  if (!runLeaves(kind, code, code, src, ss, leaves, slots, isz, scratch)) return false;
  // the slots as one run folded into res (a copy of acc), kept if nonzero
  k.mem_copy(res, accPtr, isz);
  const v = heap.i32, sh = ndShapePtr() >>> 2;
  v[sh] = pieces; v[ndStridesPtr(0) >>> 2] = isz; v[ndStridesPtr(1) >>> 2] = 0;
  k.reduce_h(kind, code, code, slots, res, 1, ndShapePtr(), ndStridesPtr(0), ndStridesPtr(1), 1, pieces, 0, 0, 0, scratch);
  if (isFloat && (isz === 4 ? heap.f32[res >>> 2] : isz === 8 ? heap.f64[res >>> 3] : 1) === 0) return false;
  k.mem_copy(accPtr, res, isz);
  return true;
}

/**
 * argmax / argmin (`kind` 0 / 1) of n contiguous float elements at src on the pool, or -1 when
 * the pool cannot take it. Each thread finds the first extreme of its piece (the first NaN if
 * any); then a later piece wins only with a NaN (none before) or a strictly greater / smaller
 * value, which makes the first extreme of the whole run, as NumPy's.
 */
export function parallelArg(kind: number, code: number, src: number, isz: number, n: number): number {
  const ps = threadPieces(n), pieces = ps.length;
  if (pieces === 0) return -1;
  // the int64 results, then per piece: shape, src stride, out stride (words)
  const outs = slotBlock(pieces, 8, pieces), geo = outs + pieces * 8;
  const w = heap.i32;
  ps.forEach((p, i) => { const g = (geo >>> 2) + i * 3; w[g] = p.n; w[g + 1] = isz; w[g + 2] = 0; });
  const ok = runTask({
    fn: "reduce_arg", chunks: pieces, nargs: 11,
    args(i, a, at) {
      const g = geo + i * 12;
      // (kind, code, vertical, src, out, best, ndim, shape, ss, os, bs)
      a[at] = kind; a[at + 1] = code; a[at + 2] = 0; a[at + 3] = src + ps[i].off * isz; a[at + 4] = outs + i * 8;
      a[at + 5] = 0; a[at + 6] = 1; a[at + 7] = g; a[at + 8] = g + 4; a[at + 9] = g + 8; a[at + 10] = 0;
    },
  });
  if (!ok) return -1;
  const vals = isz === 4 ? heap.f32 : heap.f64, sh = isz === 4 ? 2 : 3;
  const idx = heap.i32; // indices < 2^31: the low words
  let best = idx[outs >>> 2], bv = vals[(src >>> sh) + best];
  for (let i = 1; i < pieces && bv === bv; i++) {
    const j = ps[i].off + idx[(outs >>> 2) + 2 * i], v = vals[(src >>> sh) + j];
    if (v !== v || (kind === 0 ? v > bv : v < bv)) { best = j; bv = v; }
  }
  return best;
}

/**
 * reduce_h / reduce_v with the geometry already written (ndShapePtr, strides of src / acc /
 * mask at ndStridesPtr(0..2)), split along a kept axis (one whose accumulator stride is not 0,
 * among the first `eligible` axes): every accumulator element is then reduced by one chunk, in
 * its usual order, so the result is the single-threaded one. `args` are the kernel's arguments;
 * `ptrs` the indices of the src, acc and mask pointers among them; `scratch` the index of the
 * scratch argument (reduce_h), or -1. Returns false when the caller should run the kernel.
 */
export function parallelKept(fn: "reduce_h" | "reduce_v", args: number[], nd: number, eligible: number,
  ptrs: readonly [number, number, number], scratch: number): boolean {
  const w = heap.i32, sh = ndShapePtr() >>> 2;
  let total = 1;
  for (let k = 0; k < nd; k++) total *= w[sh + k];
  if (total < PARALLEL_KEPT_MIN) return false;
  let d = -1;
  for (let k = 0; k < eligible; k++) {
    if (w[(ndStridesPtr(1) >>> 2) + k] !== 0 && w[sh + k] >= 2 && (d < 0 || w[sh + k] > w[sh + d])) d = k;
  }
  if (d < 0 || !poolReady()) return false;
  const n = w[sh + d];
  // reduce_v runs SIMD along the contiguous axis, usually the kept one: narrower column strips
  // make shorter runs per row and touch every page once per strip (1000x1000 mean over axis 0:
  // 16 strips took 203 µs on 2 threads, 2 strips 98 µs, 1 thread 142 µs), so one strip per
  // thread, in multiples of 16 elements: reduce_v rewrites its accumulator row after every input
  // row, and two threads writing one cache line would pass it back and forth each time
  const per = fn === "reduce_v" ? Math.ceil(n / threadCount() / 16) * 16
    : Math.max(1, Math.round(n * KEPT_CHUNK / total), Math.ceil(n / MAX_CHUNKS));
  const chunks = Math.ceil(n / per);
  if (chunks < 2) return false;
  const geo = arena.get(chunks * nd * 4);
  const threads = scratch >= 0 ? threadScratches(args[scratch], threadCount()) : null;
  const v = heap.i32;
  const step = [0, 1, 2].map((k) => v[(ndStridesPtr(k) >>> 2) + d]);
  for (let c = 0; c < chunks; c++) {
    const g = (geo >>> 2) + c * nd;
    for (let k = 0; k < nd; k++) v[g + k] = v[sh + k];
    v[g + d] = Math.min(per, n - c * per);
  }
  return runTask({
    fn, chunks, nargs: args.length,
    threadArg: threads ? { index: scratch, values: threads } : undefined,
    args(c, a, at) {
      for (let i = 0; i < args.length; i++) a[at + i] = args[i];
      for (let k = 0; k < 3; k++) if (args[ptrs[k]]) a[at + ptrs[k]] = args[ptrs[k]] + c * per * step[k];
      a[at + 6] = geo + c * nd * 4;
      if (fn === "reduce_h" && args[10] > 0) a[at + 10] = -args[10]; // a piece of a streaming reduction
    },
  });
}
const KEPT_CHUNK = 1 << 16;
