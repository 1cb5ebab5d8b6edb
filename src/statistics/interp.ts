// np.interp: NumPy's argument handling (float64 conversion, the periodic case's sorted and
// extended sample points), then the interp kernel, NumPy's compiled_interp step for step.
import { ndarray } from "../ndarray/ndarray.js";
import { params } from "../core/args.js";
import { ValueError, TypeError as NpTypeError } from "../core/errors.js";
import { pyType } from "../creation/pyargs.js";
import { float64 } from "../dtype/dtype.js";
import { kernels } from "../runtime/wasm.js";
import { asArray, scoped, contiguous, uf } from "./common.js";
import { argsortRows, takeRows } from "./select.js";
import { vector } from "./counting.js";

type Opts = { left?: number | null; right?: number | null; period?: number | null };

/** np.interp(x, xp, fp, left=None, right=None, period=None) */
export function interp(x: unknown, xp: unknown, fp: unknown, ...rest: unknown[]): ndarray | number {
  const p = params<Opts>(rest, ["left", "right", "period"]);
  return scoped(() => {
    let X = asArray(x, float64), XP: ndarray, FP: ndarray;
    let left = p.left ?? null, right = p.right ?? null;
    // NumPy converts left / right with PyFloat_AsDouble
    for (const v of [left, right] as unknown[]) {
      if (v !== null && typeof v !== "number" && typeof v !== "boolean" && !(v instanceof ndarray)) throw new NpTypeError(`must be real number, not ${pyType(v)}`);
    }
    if (p.period !== undefined && p.period !== null) {
      if (p.period === 0) throw new ValueError("period must be a non-zero value");
      const period = Math.abs(p.period);
      left = right = null;
      XP = asArray(xp, float64); FP = asArray(fp, float64);
      if (XP.ndim !== 1 || FP.ndim !== 1) throw new ValueError("Data points must be 1-D sequences");
      if (XP.shape[0] !== FP.shape[0]) throw new ValueError("fp and xp are not of the same length");
      X = uf("remainder", X, period);
      XP = uf("remainder", XP, period);
      const m = XP.size;
      if (m > 0) {
        const order = argsortRows(contiguous(XP).reshape([1, m]));
        const xs = takeRows(contiguous(XP).reshape([1, m]), order, true).reshape([m]);
        const fs = takeRows(contiguous(FP).reshape([1, m]), order, true).reshape([m]);
        XP = ndarray._alloc([m + 2], float64);
        XP.set("1:-1", xs);
        XP.set(0, (xs.get(m - 1) as number) - period);
        XP.set(m + 1, (xs.get(0) as number) + period);
        FP = ndarray._alloc([m + 2], float64);
        FP.set("1:-1", fs);
        FP.set(0, fs.get(m - 1) as number);
        FP.set(m + 1, fs.get(0) as number);
      }
    } else {
      XP = asArray(xp, float64); FP = asArray(fp, float64);
    }
    FP = contiguous(vector(FP), float64);
    XP = contiguous(vector(XP), float64);
    const nxp = XP.size, nx = X.size;
    if (nxp === 0) throw new ValueError("array of sample points is empty");
    if (FP.size !== nxp) throw new ValueError("fp and xp are not of the same length.");
    const xc = contiguous(X, float64);
    const out = ndarray._alloc(X.shape.slice(), float64);
    const lval = left ?? (FP.get(0) as number), rval = right ?? (FP.get(nxp - 1) as number);
    if (nx > 0) {
      const slopes = nxp <= nx && nxp > 1 ? ndarray._alloc([nxp - 1], float64) : null;
      kernels.k.stats_interp(xc._addr(), nx, XP._addr(), FP._addr(), nxp, lval, rval, out._addr(), slopes ? slopes._addr() : 0);
    }
    return out.ndim === 0 ? (out.item() as number) : out;
  });
}
