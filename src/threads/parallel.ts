// Splitting large kernel calls into pool tasks (pool.ts). Elementwise work splits along the
// outermost axis of the coalesced geometry: every chunk writes its own rows, so the result is
// the single-threaded one whatever the thread count. Reductions split where NumPy's own
// summation order allows (reduction/parallel.ts).
import { heap } from "../runtime/memory.js";
import { Arena } from "./split.js";
import { ndShapePtr, ndStridesPtr } from "../ndarray/nd.js";
import { UNARY, BINARY } from "../generated/opcodes.js";
import { runTask } from "./pool.js";
import { poolReady } from "./config.js";
import { MAX_CHUNKS, type TaskFn } from "./protocol.js";

/** Work sizes (elements) from which splitting pays for waking the workers (~10 µs), and the
 *  elements per chunk; transcendental functions cost ~20x a memory-bound add per element. */
export const tuning = { minCheap: 1 << 18, minHeavy: 1 << 14, chunkCheap: 1 << 16, chunkHeavy: 1 << 13 };

const HEAVY_UNARY = new Set<number>(["cbrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan",
  "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "arcsinh", "arccosh", "arctanh"].map((n) => UNARY[n as keyof typeof UNARY]));
const HEAVY_BINARY = new Set<number>(["power", "float_power", "arctan2", "hypot", "logaddexp", "logaddexp2", "fmod", "remainder",
  "floor_divide"].map((n) => BINARY[n as keyof typeof BINARY]));

/** A transcendental (or otherwise compute-heavy) kernel: worth threads on smaller arrays. */
export const isHeavyOp = (fn: "binary" | "unary", op: number): boolean =>
  fn === "unary" ? HEAVY_UNARY.has(op) : HEAVY_BINARY.has(op);

// Per-chunk shape vectors (one task at a time, so one arena serves every task).
const arena = new Arena();

/** Rows of axis 0 per chunk for an nd-D geometry of `rows` x `inner` elements, or 0 when the
 *  work is too small to split. */
function rowsPerChunk(rows: number, inner: number, heavy: boolean, nd: number): number {
  const total = rows * inner;
  if (total < (heavy ? tuning.minHeavy : tuning.minCheap) || rows < 2) return 0;
  let per = Math.max(1, Math.round((heavy ? tuning.chunkHeavy : tuning.chunkCheap) / inner));
  if (nd === 2 && per > 32) per -= per % 32; // whole 32-row tiles (ops_loops.ts tiled)
  per = Math.max(per, Math.ceil(rows / MAX_CHUNKS));
  return per < rows ? per : 0;
}

/**
 * binary/unary over the geometry in scratch (nd axes at ndShapePtr, operand k's strides at
 * ndStridesPtr(k)), split along axis 0 on the pool. `ptrs` are the operand addresses (inputs
 * then output). Returns false when the caller should run the kernel itself.
 */
export const PARALLEL_MIN = 1 << 14; // below this no call is split (callers test it first)

export function parallelElementwise(fn: "binary" | "unary", op: number, code: number, ptrs: readonly number[], nd: number): boolean {
  const np = ptrs.length;
  // (op, code, ptrs..., nd, shape, strides...)
  return splitRows(fn, 2 + np + 2 + np, np, nd, isHeavyOp(fn, op), (w, at, shape, off) => {
    w[at] = op; w[at + 1] = code;
    for (let k = 0; k < np; k++) w[at + 2 + k] = ptrs[k] + off(k);
    w[at + 2 + np] = nd; w[at + 3 + np] = shape;
    for (let k = 0; k < np; k++) w[at + 4 + np + k] = ndStridesPtr(k);
  });
}

/**
 * copy_nd (head: [itemsize]) or cast (head: [from code, to code]) from src to dst over the
 * geometry in scratch (src strides at ndStridesPtr(0), dst's at ndStridesPtr(1)), split along
 * axis 0 on the pool. Returns false when the caller should run the kernel itself.
 */
export function parallelCopy(fn: "copy_nd" | "cast", head: readonly number[], src: number, dst: number, nd: number): boolean {
  const h = head.length;
  // (head..., src, dst, nd, shape, sstrides, dstrides)
  return splitRows(fn, h + 6, 2, nd, false, (w, at, shape, off) => {
    for (let k = 0; k < h; k++) w[at + k] = head[k];
    w[at + h] = src + off(0); w[at + h + 1] = dst + off(1);
    w[at + h + 2] = nd; w[at + h + 3] = shape; w[at + h + 4] = ndStridesPtr(0); w[at + h + 5] = ndStridesPtr(1);
  });
}

/**
 * The geometry in scratch (nd axes; operand k of nops has its strides at ndStridesPtr(k)) split
 * along axis 0 into chunks of whole rows, each one call of the kernel export `fn`: `args` writes
 * a chunk's arguments at w[at..], given its shape vector and off(k), operand k's byte offset.
 */
function splitRows(fn: TaskFn, nargs: number, nops: number, nd: number, heavy: boolean,
  args: (w: Int32Array, at: number, shape: number, off: (k: number) => number) => void): boolean {
  const i32 = heap.i32, sh = ndShapePtr() >>> 2;
  const rows = i32[sh];
  let inner = 1;
  for (let k = 1; k < nd; k++) inner *= i32[sh + k];
  const per = rowsPerChunk(rows, inner, heavy, nd);
  if (per === 0 || !poolReady()) return false;
  const chunks = Math.ceil(rows / per);
  const shapes = arena.get(chunks * nd * 4);
  const w32 = heap.i32; // (the arena may have grown the memory)
  const step: number[] = [];
  for (let k = 0; k < nops; k++) step.push(w32[ndStridesPtr(k) >>> 2]);
  for (let c = 0; c < chunks; c++) {
    const s = (shapes >>> 2) + c * nd;
    w32[s] = Math.min(per, rows - c * per);
    for (let k = 1; k < nd; k++) w32[s + k] = w32[sh + k];
  }
  return runTask({ fn, chunks, nargs, args: (c, w, at) => args(w, at, shapes + c * nd * 4, (k) => c * per * step[k]) });
}
