// The one kernel call behind every product: C = A·B for each matrix of a broadcast stack
// (assembly/linalg_matmul.ts), operands of one dtype with any strides.
import { ndarray } from "../ndarray/ndarray.js";
import { stridesFor } from "../ndarray/broadcast.js";
import { uint8 } from "../dtype/dtype.js";
import { heap } from "../runtime/memory.js";
import { kernels } from "../runtime/wasm.js";

/** c[..., m, n] = a[..., m, k] · b[..., k, n]; the batch axes of a and b broadcast to c's. */
export function gemmInto(a: ndarray, b: ndarray, c: ndarray): void {
  if (c.size === 0) return;
  const nb = c.ndim - 2;
  const batch = c.shape.slice(0, nb);
  const sa = stridesFor(a.shape.slice(0, -2), a.strides.slice(0, -2), batch)!;
  const sb = stridesFor(b.shape.slice(0, -2), b.strides.slice(0, -2), batch)!;
  const [m, n, k] = [c.shape[nb], c.shape[nb + 1], a.shape[a.ndim - 1]];
  const code = c.dtype.code;
  const prm = [m, n, k, ...a.strides.slice(-2), ...b.strides.slice(-2), ...c.strides.slice(-2), nb,
    ...batch, ...sa, ...sb, ...c.strides.slice(0, nb)];
  const buf = ndarray._alloc([prm.length * 4 + kernels.k.linalg_matmul_scratch(code, m, n, k)], uint8);
  const p = buf._addr();
  heap.i32.set(prm, p >>> 2);
  kernels.k.linalg_matmul(code, a._addr(), b._addr(), c._addr(), p, p + prm.length * 4);
  buf.dispose();
}
