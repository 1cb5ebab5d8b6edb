// np.correlate, np.convolve (one dot product per output, NumPy's loop, in the dot kernel), and
// np.cov / np.corrcoef (NumPy's formulas; the Gram matrix X·Xᵀ in the dot kernel).
import { ndarray } from "../ndarray/ndarray.js";
import { params } from "../core/args.js";
import { ValueError, TypeError as NpTypeError, RuntimeError } from "../core/errors.js";
import { type DType, asDType, float64, float32 } from "../dtype/dtype.js";
import { result_type, promote_types } from "../dtype/promotion.js";
import { kernels } from "../runtime/wasm.js";
import { ufuncs } from "../ufunc/ufunc.js";
import { round, clip } from "../ufunc/functions.js";
import { asArray, scoped, contiguous, freshCopy, nd, any, uf } from "./common.js";
import { average } from "./average.js";

const MODES: Record<string, number> = { valid: 0, same: 1, full: 2 };
function modeOf(mode: unknown): number {
  if (typeof mode === "string") {
    // NumPy's correlatemode_parser: the first letter picks the mode, anything but the exact
    // name then fails; a string starting otherwise fails in its converter, which shows it (%R)
    if (Object.hasOwn(MODES, mode)) return MODES[mode];
    if (/^[vsf]/i.test(mode)) throw new ValueError("Use one of 'valid', 'same', or 'full' for convolve/correlate mode");
    const q = mode.includes("'") && !mode.includes('"') ? '"' : "'";
    const repr = q + mode.replace(/\\/g, "\\\\").replace(q === "'" ? /'/g : /"/g, `\\${q}`) + q;
    throw new ValueError(`mode must be one of 'valid', 'same', or 'full' (got ${repr})`);
  }
  if (typeof mode === "number" && Number.isInteger(mode)) {
    if (mode < 0 || mode > 2) throw new ValueError("integer convolve/correlate mode must be 0, 1, or 2");
    return mode;
  }
  throw new NpTypeError("convolve/correlate mode not understood");
}

/** A 1-d operand as NumPy's PyArray_FromAny(op, type, 1, 1) takes it. */
function oneD(x: unknown, dt: DType | null): ndarray {
  const a = asArray(x);
  if (a.ndim === 0) throw new ValueError("object of too small depth for desired array");
  if (a.ndim > 1) {
    throw new ValueError(x instanceof ndarray ? "object too deep for desired array"
      : "setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.");
  }
  return dt && a.dtype !== dt ? a.astype(dt) : a;
}

/** NumPy's _pyarray_correlate: a (n1 >= n2 after an optional swap) against v. */
function correlateCore(a: ndarray, v: ndarray, mode: number, revertIfSwapped: boolean): ndarray {
  if (a.size === 0) throw new ValueError("first array argument cannot be empty");
  if (v.size === 0) throw new ValueError("second array argument cannot be empty");
  let x = a, y = v, swapped = false;
  if (x.size < y.size) { [x, y] = [y, x]; swapped = true; }
  const n1 = x.size, n2 = y.size;
  const len = mode === 0 ? n1 - n2 + 1 : mode === 1 ? n1 : n1 + n2 - 1;
  const out = ndarray._alloc([len], x.dtype);
  const xc = contiguous(x), yc = contiguous(y);
  // the swapped result runs backwards (NumPy reverts it)
  const rev = swapped && revertIfSwapped;
  const o = rev ? out._addr() + (len - 1) * out.itemsize : out._addr();
  kernels.k.stats_correlate(x.dtype.code, xc._addr(), n1, x.itemsize, yc._addr(), n2, y.itemsize, mode, o, rev ? -out.itemsize : out.itemsize);
  return out;
}

/** np.correlate(a, v, mode='valid') */
export function correlate(a: unknown, v: unknown, ...rest: unknown[]): ndarray {
  const p = params<{ mode?: unknown }>(rest, ["mode"]);
  return scoped(() => {
    const mode = modeOf(p.mode === undefined ? "valid" : p.mode);
    const x0 = asArray(a), y0 = asArray(v);
    const dt = promote_types(x0.dtype, y0.dtype);
    return correlateCore(oneD(a, dt), oneD(v, dt), mode, true);
  });
}

/** np.convolve(a, v, mode='full') */
export function convolve(a: unknown, v: unknown, ...rest: unknown[]): ndarray {
  const p = params<{ mode?: unknown }>(rest, ["mode"]);
  return scoped(() => {
    let x = asArray(a), y = asArray(v);
    if (x.ndim === 0) x = x.reshape([1]);
    if (y.ndim === 0) y = y.reshape([1]);
    // NumPy: len(a), len(v) before the swap and before correlate's mode and depth checks
    if (x.shape[0] === 0) throw new ValueError("a cannot be empty");
    if (y.shape[0] === 0) throw new ValueError("v cannot be empty");
    if (y.shape[0] > x.shape[0]) [x, y] = [y, x];
    const mode = modeOf(p.mode === undefined ? "full" : p.mode);
    const dt = promote_types(x.dtype, y.dtype);
    const yr = oneD(y, dt);
    return correlateCore(oneD(x, dt), yr.get("::-1") as ndarray, mode, false);
  });
}

type CovOpts = {
  y?: unknown; rowvar?: boolean; bias?: boolean; ddof?: number | null; fweights?: unknown; aweights?: unknown; dtype?: unknown;
};

/** X·Yᵀ for float rows (float32/float64 [m, n] and [p, n]): [m, p], float32 only when both are
 *  (cov's weighted rows X * w are float64 whatever X is). */
function gram(x: ndarray, y: ndarray): ndarray {
  const dt = x.dtype === float32 && y.dtype === float32 ? float32 : float64;
  const xc = contiguous(x, float64), yc = contiguous(y, float64);
  const out = ndarray._alloc([x.shape[0], y.shape[0]], float64);
  if (out.size > 0) kernels.k.stats_gram(xc._addr(), x.shape[0], yc._addr(), y.shape[0], x.shape[1], out._addr());
  return dt === float64 ? out : out.astype(dt);
}

/** NumPy's np.array(x, ndmin=2, dtype=dtype): a fresh 2-d copy. */
function twoD(x: ndarray, dt: DType): ndarray {
  const r = x.ndim < 2 ? x.reshape([...new Array(2 - x.ndim).fill(1), ...x.shape]) : x;
  return freshCopy(r, dt);
}

/** np.cov(m, y=None, rowvar=True, bias=False, ddof=None, fweights=None, aweights=None, *, dtype=None) */
export function cov(m: unknown, ...rest: unknown[]): ndarray {
  const p = params<CovOpts>(rest, ["y", "rowvar", "bias", "ddof", "fweights", "aweights"]);
  return scoped(() => covImpl(m, p));
}

function covImpl(m: unknown, p: CovOpts): ndarray {
  if (p.ddof !== undefined && p.ddof !== null && !Number.isInteger(p.ddof)) throw new ValueError("ddof must be integer");
  const rowvar = p.rowvar ?? true;
  const ma = asArray(m);
  if (ma.ndim > 2) throw new ValueError("m has more than 2 dimensions");
  const ya = p.y === undefined || p.y === null ? null : asArray(p.y);
  if (ya && ya.ndim > 2) throw new ValueError("y has more than 2 dimensions");
  const dt = p.dtype !== undefined && p.dtype !== null ? asDType(p.dtype as string)
    : ya ? result_type(ma.dtype, ya.dtype, float64) : result_type(ma.dtype, float64);
  let X = twoD(ma, dt);
  if (!rowvar && ma.ndim !== 1) X = freshCopy(X.T);
  if (X.shape[0] === 0) return ndarray._alloc([0, 0], float64);
  if (ya) {
    let Y = twoD(ya, dt);
    if (!rowvar && Y.shape[0] !== 1) Y = Y.T;
    if (Y.shape[1] !== X.shape[1]) {
      throw new ValueError(`all the input array dimensions except for the concatenation axis must match exactly, but along dimension 1, the array at index 0 has size ${X.shape[1]} and the array at index 1 has size ${Y.shape[1]}`);
    }
    const Z = ndarray._alloc([X.shape[0] + Y.shape[0], X.shape[1]], dt);
    Z.set(`0:${X.shape[0]}`, X);
    Z.set(`${X.shape[0]}:`, Y);
    X = Z;
  }
  const ddof = p.ddof ?? (p.bias ? 0 : 1);
  let w: ndarray | null = null;
  let aw: ndarray | null = null;
  const nobs = X.shape[1];
  if (p.fweights !== undefined && p.fweights !== null) {
    const fw = asArray(p.fweights, float64);
    if (any(uf("not_equal", fw, round(fw)))) throw new NpTypeError("fweights must be integer");
    if (fw.ndim > 1) throw new RuntimeError("cannot handle multidimensional fweights");
    if (fw.shape[0] !== nobs) throw new RuntimeError("incompatible numbers of samples and fweights");
    if (any(uf("less", fw, 0))) throw new ValueError("fweights cannot be negative");
    w = fw;
  }
  if (p.aweights !== undefined && p.aweights !== null) {
    aw = asArray(p.aweights, float64);
    if (aw.ndim > 1) throw new RuntimeError("cannot handle multidimensional aweights");
    if (aw.shape[0] !== nobs) throw new RuntimeError("incompatible numbers of samples and aweights");
    if (any(uf("less", aw, 0))) throw new ValueError("aweights cannot be negative");
    w = w === null ? aw : uf("multiply", w, aw);
  }
  const [avg, wsum] = average(X, 1, w, true) as [ndarray, ndarray];
  const ws = wsum.get(0) as number;
  let fact: number;
  if (w === null) fact = nobs - ddof;
  else if (ddof === 0) fact = ws;
  else if (aw === null) fact = ws - ddof;
  else {
    // Python's builtin sum: left to right
    const acc = nd(ufuncs.add.accumulate(uf("multiply", w, aw)));
    const s = acc.size ? (acc.get(acc.size - 1) as number) : 0;
    fact = ws - ddof * s / ws;
  }
  if (fact <= 0) fact = 0.0;
  ufuncs.subtract(X, avg.reshape([-1, 1]), { out: X });
  const XT = w === null ? X : uf("multiply", X, w);
  const c = gram(X, XT);
  ufuncs.multiply(c, uf("true_divide", 1, fact), { out: c });
  // NumPy's c.squeeze(): c itself without length-1 axes, else a view
  return c.shape.includes(1) ? c.reshape(c.shape.filter((d) => d !== 1)) : c;
}

/** np.corrcoef(x, y=None, rowvar=True, *, dtype=None) */
export function corrcoef(x: unknown, ...rest: unknown[]): unknown {
  const p = params<CovOpts>(rest, ["y", "rowvar"]);
  return scoped(() => {
    const c = covImpl(x, { y: p.y, rowvar: p.rowvar, dtype: p.dtype });
    if (c.ndim !== 1 && c.ndim !== 2) return ufuncs.divide(c, c); // NumPy: scalar covariance
    const d = c.ndim === 2 ? diagOf(c) : c;
    if (c.ndim === 1) return ufuncs.divide(c, c);
    const sd = uf("sqrt", d);
    ufuncs.divide(c, sd.reshape([-1, 1]), { out: c });
    ufuncs.divide(c, sd.reshape([1, -1]), { out: c });
    clip(c, -1, 1, { out: c });
    return c;
  });
}

/** The main diagonal of a square 2-d array: a strided view. */
function diagOf(c: ndarray): ndarray {
  const n = Math.min(c.shape[0], c.shape[1]);
  return c._view([n], [c.strides[0] + c.strides[1]]);
}
