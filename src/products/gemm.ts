// The one kernel call behind every product: C = A·B for each matrix of a broadcast stack
// (assembly/linalg_matmul.ts), operands of one dtype with any strides. A single large product
// runs on the thread pool in blocks of rows of C.
import { ndarray } from "../ndarray/ndarray.js";
import { stridesFor } from "../ndarray/broadcast.js";
import { uint8 } from "../dtype/dtype.js";
import { heap } from "../runtime/memory.js";
import { kernels } from "../runtime/wasm.js";
import { runTask, threadCount } from "../threads/pool.js";
import { poolReady } from "../threads/config.js";

/** Multiply-adds (m n k) from which one product splits over the pool. */
export const PARALLEL_GEMM_MIN = 1 << 20;

/** c[..., m, n] = a[..., m, k] · b[..., k, n]; the batch axes of a and b broadcast to c's. */
export function gemmInto(a: ndarray, b: ndarray, c: ndarray): void {
  if (c.size === 0) return;
  const nb = c.ndim - 2;
  const batch = c.shape.slice(0, nb);
  const [m, n, k] = [c.shape[nb], c.shape[nb + 1], a.shape[a.ndim - 1]];
  const mat = [...a.strides.slice(-2), ...b.strides.slice(-2), ...c.strides.slice(-2)];
  // one matrix (batch axes of length 1, as np.dot makes them): rows split over the pool
  if (batch.every((d) => d === 1) && parallelGemm(a, b, c, m, n, k, mat)) return;
  const sa = stridesFor(a.shape.slice(0, -2), a.strides.slice(0, -2), batch)!;
  const sb = stridesFor(b.shape.slice(0, -2), b.strides.slice(0, -2), batch)!;
  const code = c.dtype.code;
  const prm = [m, n, k, ...mat, nb, ...batch, ...sa, ...sb, ...c.strides.slice(0, nb)];
  const buf = ndarray._alloc([prm.length * 4 + kernels.k.linalg_matmul_scratch(code, m, n, k)], uint8);
  const p = buf._addr();
  heap.i32.set(prm, p >>> 2);
  kernels.k.linalg_matmul(code, a._addr(), b._addr(), c._addr(), p, p + prm.length * 4);
  buf.dispose();
}

/**
 * One product on the pool: each chunk computes a block of rows of C, in multiples
 * of the micro-kernel's 4 rows, the last block taking the rest (never a single row, which would
 * take the kernel's dot-product path). Every element of C sums its k terms in the same order as
 * on one thread, so results do not depend on the thread count. Each thread packs into its own
 * scratch. Returns false when the pool should not or cannot take it.
 */
function parallelGemm(a: ndarray, b: ndarray, c: ndarray, m: number, n: number, k: number, mat: number[]): boolean {
  if (m < 8 || n < 2 || m * n * k < PARALLEL_GEMM_MIN || !poolReady()) return false;
  const threads = threadCount();
  const rows = Math.max(4, Math.ceil(m / (2 * threads) / 4) * 4);
  const starts: number[] = [];
  for (let r = 0; m - r >= rows + 4; r += rows) starts.push(r);
  starts.push(starts.length ? starts[starts.length - 1] + rows : 0);
  if (starts.length < 2) return false;
  const code = c.dtype.code, scratch = kernels.k.linalg_matmul_scratch(code, rows + 3, n, k);
  // per chunk a parameter block (10 words), then one scratch per thread
  const buf = ndarray._alloc([starts.length * 40 + threads * scratch], uint8);
  try {
    const p = buf._addr(), w = heap.i32;
    starts.forEach((r, i) => w.set([(i + 1 < starts.length ? starts[i + 1] : m) - r, n, k, ...mat, 0], (p >>> 2) + i * 10));
    const scratches = Array.from({ length: threads }, (_, t) => p + starts.length * 40 + t * scratch);
    const [as0, , , , cs0] = mat;
    const A = a._addr(), B = b._addr(), C = c._addr();
    return runTask({
      fn: "linalg_matmul", chunks: starts.length, nargs: 6,
      threadArg: { index: 5, values: scratches },
      args(i, x, at) {
        x[at] = code; x[at + 1] = A + starts[i] * as0; x[at + 2] = B; x[at + 3] = C + starts[i] * cs0;
        x[at + 4] = p + i * 40; x[at + 5] = 0;
      },
    });
  } finally {
    buf.dispose();
  }
}
