// np.evaluate on the thread pool. Every thread runs the VM (assembly/vm.ts vm_part) on its own
// copy of the frame, so block buffers and registers are private; chunks are fixed by the data
// alone, so results are the same for any thread count:
//   elementwise: flat ranges (whole rows when blocks align to rows), each writing its own outputs;
//   float sums of many rows: ranges of rows, each into its own output element;
//   a float sum of one long row: the nodes of NumPy's pairwise recursion at a fixed depth,
//   summed in parallel and combined as the recursion does (bit for bit NumPy's sum).
// The accumulate mode (integer sums, sums along outer axes) stays single-threaded.
import { kernels } from "../runtime/wasm.js";
import { heap, alloc, free } from "../runtime/memory.js";
import { runTask, threadCount } from "../threads/pool.js";
import { poolReady } from "../threads/config.js";
import { MAX_CHUNKS } from "../threads/protocol.js";
import { pairwiseNodes, pairwiseCombine } from "../threads/split.js";

export interface FrameInfo {
  frame: number; bytes: number;
  /** word offset of the register table, and its length */
  regs: number; nregs: number;
  mode: number; total: number; rowLen: number; rowAlign: number;
  /** accumulator is float32 (rows mode) */
  f32: boolean;
  /** the output element of a single-row sum */
  outAddr: number;
  /** word offset of the flag a negcheck sets */
  flag: number;
  /** the program runs a transcendental function (Program.heavy) */
  heavy: boolean;
}

const M_ELEM = 0, M_ROWS = 1;
// min: memory-bound programs gain little from a second thread below ~2^17 elements (2*a+3*b*b at
// 1e5: 1 thread 8% faster than 2); minHeavy: with a transcendental function, from 2^14
export const tuning = { min: 1 << 17, minHeavy: 1 << 14, chunk: 1 << 15, chunkHeavy: 1 << 13, leafMin: 1 << 15, maxDepth: 8 };

// per-thread frame copies, cached between calls
const copies: { base: number; bytes: number }[] = [];

function frameCopies(fi: FrameInfo, n: number): number[] {
  const out = [fi.frame];
  for (let t = 1; t < n; t++) {
    let c = copies[t];
    if (!c || c.bytes < fi.bytes + 4096) {
      if (c) free(c.base);
      c = copies[t] = { base: alloc(fi.bytes + 4096), bytes: fi.bytes + 4096 };
    }
    // same address mod 4096 as the frame: the buffers keep their 4K-aliasing stagger (run.ts)
    const at = c.base + ((((fi.frame - c.base) % 4096) + 4096) % 4096);
    kernels.k.mem_copy(at, fi.frame, fi.bytes);
    const d = at - fi.frame, w = heap.i32;
    for (let r = 0; r < fi.nregs; r++) {
      const p = (at >>> 2) + fi.regs + 8 * r;
      for (const k of [3, 5]) if (w[p + k] >= fi.frame && w[p + k] < fi.frame + fi.bytes) w[p + k] += d;
    }
    out.push(at);
  }
  return out;
}

/** Run the frame on the pool; false when the caller should run vm_run itself. Returns with the
 *  negcheck flag of every copy folded into the frame's. */
export function runFrameParallel(fi: FrameInfo): boolean {
  if (fi.total < (fi.heavy ? tuning.minHeavy : tuning.min) || fi.mode > M_ROWS) return false;
  const nrows = fi.mode === M_ROWS ? fi.total / fi.rowLen : 0;
  if (nrows === 1 && fi.outAddr % (fi.f32 ? 4 : 8) !== 0) return false;
  if (!poolReady()) return false;
  const chunk = fi.heavy ? tuning.chunkHeavy : tuning.chunk;
  // chunks: [part, a, b] triples
  const parts: [number, number, number][] = [];
  let slots = 0;
  if (fi.mode === M_ELEM) {
    const unit = fi.rowAlign || 1;
    let size = Math.max(1, Math.round(chunk / unit)) * unit;
    size = Math.max(size, Math.ceil(fi.total / MAX_CHUNKS / unit) * unit);
    for (let a = 0; a < fi.total; a += size) parts.push([0, a, Math.min(fi.total, a + size)]);
  } else if (nrows > 1) {
    const per = Math.max(1, Math.round(chunk / fi.rowLen), Math.ceil(nrows / MAX_CHUNKS));
    for (let a = 0; a < nrows; a += per) parts.push([1, a, Math.min(nrows, a + per)]);
  } else {
    const ls = pairwiseNodes(fi.total, tuning.leafMin, tuning.maxDepth);
    for (const [a, n] of ls) parts.push([2, a, n]);
    slots = alloc(ls.length * 8);
  }
  if (parts.length < 2) { if (slots) free(slots); return false; }
  try {
    const frames = frameCopies(fi, threadCount());
    const isz = fi.f32 ? 4 : 8;
    const ok = runTask({
      fn: "vm_part", chunks: parts.length, nargs: 5,
      threadArg: { index: 0, values: frames },
      args(k, w, at) {
        const [part, a, b] = parts[k];
        w[at] = 0; w[at + 1] = part; w[at + 2] = a; w[at + 3] = b; w[at + 4] = slots + k * isz;
      },
    });
    if (!ok) return false;
    const w = heap.i32;
    for (const f of frames) if (w[(f >>> 2) + fi.flag]) w[(fi.frame >>> 2) + fi.flag] = 1;
    if (slots) {
      const r = fi.f32 ? Math.fround : (x: number) => x;
      const vals = fi.f32 ? heap.f32.subarray(slots >>> 2, (slots >>> 2) + parts.length) : heap.f64.subarray(slots >>> 3, (slots >>> 3) + parts.length);
      const sum = r(0 + pairwiseCombine(vals, r));
      if (fi.f32) heap.f32[fi.outAddr >>> 2] = sum; else heap.f64[fi.outAddr >>> 3] = sum;
    }
    return true;
  } finally {
    if (slots) free(slots);
  }
}
