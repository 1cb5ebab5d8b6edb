// np.histogramdd and np.histogram2d, as NumPy computes them: edges per dimension (linspace over
// the range, or given), each sample's bin by binary search (searchsorted 'right', the last edge
// pulled into the last bin), the flat bin number, one bincount pass, outliers cut off.
import { ndarray } from "../ndarray/ndarray.js";
import { params } from "../core/args.js";
import { ValueError, TypeError as NpTypeError } from "../core/errors.js";
import { float64, int64 } from "../dtype/dtype.js";
import { result_type } from "../dtype/promotion.js";
import { kernels } from "../runtime/wasm.js";
import { ufuncs } from "../ufunc/ufunc.js";
import { linspace } from "../creation/ranges.js";
import { asArray, scoped, contiguous, nd, any, sliceAxis, uf } from "./common.js";
import { searchSorted } from "./select.js";
import { outerEdges, rangeArg } from "./histogram.js";
import { type Sc } from "./scalars.js";

const call = uf;
const isSeq = (x: unknown): x is unknown[] | ndarray => Array.isArray(x) || (x instanceof ndarray && x.ndim > 0);
const seqLen = (x: unknown[] | ndarray) => (x instanceof ndarray ? x.shape[0] : x.length);
const seqAt = (x: unknown[] | ndarray, i: number): unknown => (x instanceof ndarray ? x.get(i, "...") : x[i]);

/** NumPy's histogramdd core for an (N, D) sample: [hist, edges]. */
function histdd(sample: ndarray, bins: unknown, range: unknown, density: boolean, weights: unknown): [ndarray, ndarray[]] {
  const D = sample.shape[1];
  const w = weights === undefined || weights === null ? null : asArray(weights);
  let binList: unknown[];
  if (isSeq(bins)) {
    if (seqLen(bins) !== D) throw new ValueError("The dimension of bins must be equal to the dimension of the sample x.");
    binList = [...Array(D).keys()].map((i) => seqAt(bins, i));
  } else binList = new Array(D).fill(bins);
  let ranges: unknown[];
  if (range === undefined || range === null) ranges = new Array(D).fill(null);
  else {
    const r = range as unknown[];
    if (r.length !== D) throw new ValueError("range argument must have one entry per dimension");
    ranges = r;
  }
  const edges: ndarray[] = [], nbin: number[] = [];
  for (let i = 0; i < D; i++) {
    const b = binList[i];
    const col = sample.get(":", i) as ndarray;
    if (!isSeq(b)) {
      const bv = b instanceof ndarray ? (b.item() as number) : typeof b === "boolean" ? +b : (b as number); // a Python bool is an int
      if (bv < 1) throw new ValueError(`\`bins[${i}]\` must be positive, when an integer`);
      const [smin, smax] = outerEdges(col, rangeArg(ranges[i]) as Sc[] | null);
      // operator.index: a NumPy scalar must be of an integer dtype (a float64 2.0 or a bool fails)
      if (typeof bv !== "number" || !Number.isInteger(bv) || (b instanceof ndarray && !b.dtype.isInteger)) throw new NpTypeError(`\`bins[${i}]\` must be an integer, when a scalar`);
      edges.push(linspace(smin, smax, bv + 1) as ndarray);
    } else {
      const e = asArray(b);
      if (e.ndim !== 1) throw new ValueError(`\`bins[${i}]\` must be a scalar or 1d array`);
      if (e.size > 1 && any(call("greater", sliceAxis(e, 0, null, -1), sliceAxis(e, 0, 1, null)))) {
        throw new ValueError(`\`bins[${i}]\` must be monotonically increasing, when an array`);
      }
      edges.push(e);
    }
    nbin.push(edges[i].size + 1);
  }
  // flat bin number of every sample (row-major over nbin), outliers included
  let xy: ndarray | null = null;
  for (let i = 0; i < D; i++) {
    const col = sample.get(":", i) as ndarray;
    const e = edges[i];
    const dt = result_type(e.dtype, col.dtype);
    const idx = searchSorted(e, col, "right", dt);
    if (e.size > 0) ufuncs.subtract(idx, 1, { out: idx, where: call("equal", col, nd(e.get(-1), e.dtype)) }); // a NumPy scalar of the edges' dtype
    xy = xy === null ? idx : call("add", call("multiply", xy, nbin[i]), idx);
  }
  const total = nbin.reduce((m, d) => m * d, 1);
  const flat = contiguous(xy ?? ndarray._alloc([0], int64), int64);
  let hist: ndarray;
  if (w) {
    const wc = contiguous(w.reshape([-1]), float64);
    if (wc.size !== flat.size) throw new ValueError("The weights and list don't have the same length.");
    hist = ndarray._alloc([total], float64, true);
    if (flat.size) kernels.k.stats_bincount(flat._addr(), flat.size, wc._addr(), hist._addr(), total);
  } else {
    const counts = ndarray._alloc([total], int64, true);
    if (flat.size) kernels.k.stats_bincount(flat._addr(), flat.size, 0, counts._addr(), total);
    hist = counts.astype(float64);
  }
  hist = hist.reshape(nbin).get(nbin.map(() => "1:-1").join(",")) as ndarray;
  hist = hist.copy();
  if (density) {
    const s = nd(ufuncs.add.reduce(hist, { axis: null, keepdims: true })).reshape([]);
    for (let i = 0; i < D; i++) {
      const shape = new Array(D).fill(1);
      shape[i] = nbin[i] - 2;
      const de = call("subtract", sliceAxis(edges[i], 0, 1, null), sliceAxis(edges[i], 0, null, -1));
      hist = call("divide", hist, de.reshape(shape));
    }
    ufuncs.divide(hist, s.reshape(new Array(D).fill(1)), { out: hist });
  }
  return [hist, edges];
}

/** The (N, D) sample: an (N, D) array, or a sequence of D 1-d arrays (NumPy's atleast_2d(x).T). */
function sampleOf(sample: unknown): ndarray {
  if (sample instanceof ndarray && sample.ndim === 2) return sample;
  let s = asArray(sample);
  if (s.ndim < 2) s = s.reshape([...new Array(2 - s.ndim).fill(1), ...s.shape]);
  return s.T;
}

type DDOpts = { bins?: unknown; range?: unknown; density?: boolean | null; weights?: unknown };

/** np.histogramdd(sample, bins=10, range=None, density=None, weights=None) -> [hist, edges] */
export function histogramdd(sample: unknown, ...rest: unknown[]): [ndarray, ndarray[]] {
  const p = params<DDOpts>(rest, ["bins", "range", "density", "weights"]);
  return scoped(() => histdd(sampleOf(sample), p.bins ?? 10, p.range, Boolean(p.density), p.weights));
}

/** np.histogram2d(x, y, bins=10, range=None, density=None, weights=None) -> [H, xedges, yedges] */
export function histogram2d(x: unknown, y: unknown, ...rest: unknown[]): [ndarray, ndarray, ndarray] {
  const p = params<DDOpts>(rest, ["bins", "range", "density", "weights"]);
  return scoped(() => {
    const xa = asArray(x), ya = asArray(y);
    const len = (a: ndarray) => {
      if (a.ndim === 0) throw new NpTypeError("len() of unsized object");
      return a.shape[0];
    };
    if (len(xa) !== len(ya)) throw new ValueError("x and y must have the same length.");
    let bins: unknown = p.bins ?? 10;
    const N = isSeq(bins) ? seqLen(bins) : 1;
    if (N !== 1 && N !== 2) { const e = asArray(bins); bins = [e, e]; }
    const stacked = ndarray._alloc([2, xa.shape[0]], result_type(xa.dtype, ya.dtype));
    stacked.set(0, "...", xa);
    stacked.set(1, "...", ya);
    const [hist, edges] = histdd(stacked.T, bins, p.range, Boolean(p.density), p.weights);
    return [hist, edges[0], edges[1]];
  });
}

