// The one kernel call behind every product: C = A·B for each matrix of a broadcast stack
// (assembly/linalg_matmul.ts), operands of one dtype with any strides. Large calls run on the
// thread pool, split along the first batch axis or, for one matrix, in blocks of rows of C.
import { ndarray } from "../ndarray/ndarray.js";
import { shapeSize } from "../ndarray/shape.js";
import { stridesFor } from "../ndarray/broadcast.js";
import { assign, overlaps } from "../ndarray/assign.js";
import { uint8 } from "../dtype/dtype.js";
import { heap, alloc, free } from "../runtime/memory.js";
import { kernels } from "../runtime/wasm.js";
import { runTask, threadCount } from "../threads/pool.js";
import { poolReady } from "../threads/config.js";

/** Multiply-adds (m n k times the stack's size) from which a call splits over the pool. */
export const PARALLEL_GEMM_MIN = 1 << 20;

/** c[..., m, n] = a[..., m, k] · b[..., k, n]; the batch axes of a and b broadcast to c's. */
export function gemmInto(a: ndarray, b: ndarray, c: ndarray): void {
  if (c.size === 0) return;
  if (a === c || b === c || overlaps(c, a) || overlaps(c, b)) {
    // C written while A or B is still being read (a @= b, out=b): through a temporary, as NumPy
    const t = ndarray._alloc(c.shape, c.dtype);
    try {
      gemmInto(a, b, t);
      assign(c, t);
    } finally {
      t.dispose();
    }
    return;
  }
  const nb = c.ndim - 2;
  const batch = c.shape.slice(0, nb);
  const [m, n, k] = [c.shape[nb], c.shape[nb + 1], a.shape[a.ndim - 1]];
  const mat = [...a.strides.slice(-2), ...b.strides.slice(-2), ...c.strides.slice(-2)];
  const sa = stridesFor(a.shape.slice(0, -2), a.strides.slice(0, -2), batch)!;
  const sb = stridesFor(b.shape.slice(0, -2), b.strides.slice(0, -2), batch)!;
  const sc = c.strides.slice(0, nb);
  const code = c.dtype.code;
  const prm = [m, n, k, ...mat, nb, ...batch, ...sa, ...sb, ...sc];
  const pieces = poolPieces(m, n, k, batch);
  if (pieces.length > 1) {
    // the first batch axis split (its length at word 10), or the rows of one matrix (m, word 0)
    const byRows = batch.every((d) => d === 1);
    const step = byRows ? [mat[0], 0, mat[4]] : [sa[0], sb[0], sc[0]];
    const ok = onPool(code, a._addr(), b._addr(), c._addr(), pieces.map(([start, len]) => {
      const q = prm.slice();
      q[byRows ? 0 : 10] = len;
      return { start, prm: q };
    }), step, kernels.k.linalg_matmul_scratch(code, byRows ? Math.max(...pieces.map((x) => x[1])) : m, n, k));
    if (ok) return;
  }
  // parameters and packing space in a raw block (no array object: small products are common)
  const p = alloc(prm.length * 4 + kernels.k.linalg_matmul_scratch(code, m, n, k));
  heap.i32.set(prm, p >>> 2);
  try {
    kernels.k.linalg_matmul(code, a._addr(), b._addr(), c._addr(), p, p + prm.length * 4);
  } finally {
    free(p);
  }
}

/**
 * How one call splits over the pool, as [start, length] pieces ([] when it stays on this thread):
 * a stack of matrices by its first batch axis; one matrix (batch axes of length 1, as np.dot
 * makes them) by blocks of rows of C, in multiples of the micro-kernel's rows, the last block
 * taking the rest (never a single row, which would take the kernel's dot-product path). Every
 * element of C sums its k terms in the one-thread order either way, so results do not depend on
 * the thread count.
 */
function poolPieces(m: number, n: number, k: number, batch: readonly number[]): [number, number][] {
  const count = shapeSize(batch);
  if (m * n * k * count < PARALLEL_GEMM_MIN || !poolReady()) return [];
  const threads = threadCount(), out: [number, number][] = [];
  if (count > 1) {
    if (batch[0] < 2) return [];
    const per = Math.ceil(batch[0] / (2 * threads));
    for (let s = 0; s < batch[0]; s += per) out.push([s, Math.min(per, batch[0] - s)]);
    return out;
  }
  const mr = kernels.k.linalg_matmul_rows();
  if (m < 2 * mr || n < 2) return [];
  const rows = Math.max(mr, Math.ceil(m / (2 * threads) / mr) * mr);
  let s = 0;
  for (; m - s >= rows + mr; s += rows) out.push([s, rows]);
  out.push([s, m - s]);
  return out;
}

/** The kernel over pieces on the pool: piece i starts `start` steps into A, B and C (`step`:
 *  their byte strides along the split) with its own parameter block; each thread packs into its
 *  own `scratch` bytes. Returns false when the pool could not take it. */
function onPool(code: number, A: number, B: number, C: number, pieces: { start: number; prm: number[] }[],
  step: number[], scratch: number): boolean {
  const words = pieces[0].prm.length, threads = threadCount();
  const buf = ndarray._alloc([pieces.length * words * 4 + threads * scratch], uint8);
  try {
    const p = buf._addr();
    pieces.forEach((x, i) => heap.i32.set(x.prm, (p >>> 2) + i * words));
    const scratches = Array.from({ length: threads }, (_, t) => p + pieces.length * words * 4 + t * scratch);
    return runTask({
      fn: "linalg_matmul", chunks: pieces.length, nargs: 6,
      threadArg: { index: 5, values: scratches },
      args(i, x, at) {
        const s = pieces[i].start;
        x[at] = code; x[at + 1] = A + s * step[0]; x[at + 2] = B + s * step[1]; x[at + 3] = C + s * step[2];
        x[at + 4] = p + i * words * 4; x[at + 5] = 0;
      },
    });
  } finally {
    buf.dispose();
  }
}
