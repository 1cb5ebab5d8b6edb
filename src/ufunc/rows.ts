// Row kernels of the binary and unary families, called straight from JS for small contiguous
// operations: one wasm frame, instead of the exports' dispatch chain (switch on dtype, switch on
// op, N-D driver, indirect call) and geometry written to memory. Each is looked up once per
// (op, dtype) in the exported function table (assembly/ops_loops.ts, ROW_FN).
import { kernels } from "../runtime/wasm.js";
import { heap, scratch } from "../runtime/memory.js";

/** n elements: binary (a, b, out, n, sa, sb, so); unary (a, out, 0, n, sa, so, 0); byte strides. */
export type RowKernel = (p0: number, p1: number, p2: number, n: number, s0: number, s1: number, s2: number) => void;

const ROW_FN = -1;
const cache: (RowKernel | null | undefined)[] = [];

/** The row kernel of a binary (nin 2) or unary (nin 1) op for input dtype code; null: none. */
export function rowKernel(nin: 1 | 2, op: number, code: number): RowKernel | null {
  const key = (op * 16 + code) * 2 + nin - 1;
  const f = cache[key];
  return f !== undefined ? f : lookUp(key, nin, op, code);
}

function lookUp(key: number, nin: 1 | 2, op: number, code: number): RowKernel | null {
  const k = kernels.k, at = scratch >>> 2;
  heap.u32[at] = 0;
  if (nin === 2) k.binary(op, code, scratch, 0, 0, ROW_FN, 0, 0, 0, 0);
  else k.unary(op, code, scratch, 0, ROW_FN, 0, 0, 0);
  const index = heap.u32[at];
  return (cache[key] = index ? (k.table.get(index) as RowKernel) : null);
}
