// np.linalg.qr: Householder QR (assembly/linalg_qr.ts, LAPACK geqrf / orgqr conventions) on a
// column-major work copy, which is also NumPy's raw-mode `h` (shape (..., n, m)).
import { ndarray } from "../ndarray/ndarray.js";
import { ValueError } from "../core/errors.js";
import { params } from "../core/args.js";
import { kernels } from "../runtime/wasm.js";
import { triu } from "../manipulation/diagonal.js";
import { WORK, asArray, scoped, resultType, assertStacked2d, packed, geometry, as, named, transposed } from "./common.js";

const MODES = ["reduced", "complete", "r", "raw"];

type QRMode<M> = M | { mode: M };
/** np.linalg.qr(a, mode='reduced'): QRResult (Q, R); R for 'r'; [h, tau] for 'raw'. */
export function qr(a: unknown, mode?: QRMode<"reduced" | "complete"> | { mode?: "reduced" | "complete" }): [ndarray, ndarray] & { Q: ndarray; R: ndarray };
export function qr(a: unknown, mode: QRMode<"r">): ndarray;
export function qr(a: unknown, mode: QRMode<"raw">): [ndarray, ndarray];
export function qr(a: unknown, ...rest: unknown[]): unknown;
export function qr(a: unknown, ...rest: unknown[]): unknown {
  const p = params<{ mode?: string }>(rest, ["mode"]);
  const mode = p.mode ?? "reduced";
  if (!MODES.includes(mode)) throw new ValueError(`Unrecognized mode '${mode}'`);
  return scoped(() => {
    const x = asArray(a);
    assertStacked2d(x);
    const rt = resultType(x);
    const { batch, count, m, n } = geometry(x);
    const k = Math.min(m, n);
    const h = packed(x.swapaxes(-1, -2)); // A's columns as rows
    const tau = ndarray._alloc([...batch, k], WORK);
    kernels.k.linalg_geqrf(WORK.code, h._addr(), m, n, count, tau._addr());
    const r = (rows: number) => as(triu(h.swapaxes(-1, -2).get(`..., :${rows}, :`)), rt);
    if (mode === "r") return r(k);
    if (mode === "raw") return [as(h, rt), as(tau, rt)];
    const mc = mode === "complete" && m > n ? m : k;
    const q = ndarray._alloc([...batch, mc, m], WORK);
    kernels.k.linalg_orgqr(WORK.code, h._addr(), tau._addr(), m, n, mc, count, q._addr());
    return named([as(transposed(q), rt), r(mc)], ["Q", "R"]);
  });
}
