// Kernel calls of the reductions: geometry from a plan (plan.ts) and the arrays actually read.
// The plan fixes the iteration order and the inner-loop blocks NumPy uses; the arrays may be the
// ones NumPy iterated or stand-ins laid out differently (a cast copy, or the input itself where
// NumPy reduces a temporary, as var does), so each plan axis is expanded into the C axes it
// merges, with the real strides, and re-coalesced where the real strides allow.
import { ndarray } from "../ndarray/ndarray.js";
import { kernels } from "../runtime/wasm.js";
import { heap, alloc } from "../runtime/memory.js";
import { writeNd, ndShapePtr, ndStridesPtr } from "../ndarray/nd.js";
import { kStrides } from "../ndarray/shape.js";
import { assign } from "../ndarray/assign.js";
import type { DType } from "../dtype/dtype.js";
import type { Plan } from "./plan.js";
import { parallelFull, parallelKept } from "./parallel.js";

/** Mirrors assembly/reduce.ts RKind / ArgKind / CumKind. */
export const enum RKind {
  sum = 0, prod = 1, max = 2, min = 3, fmax = 4, fmin = 5, any = 6, all = 7, count = 8,
  nansum = 9, nanprod = 10, sqdev = 11, nansqdev = 12,
  nan0 = 13, nan1 = 14, countvalid = 15,
}
export const enum ArgKind { argmax = 0, argmin = 1, nanargmax = 2, nanargmin = 3 }
export const enum CumKind { cumsum = 0, cumprod = 1, nancumsum = 2, nancumprod = 3 }

/** Elements per gather buffer in the kernel (reduce_h.ts CH). */
const KERNEL_CH = 8192;

let scratchPtr = 0;
/** The gather / transform buffer of reduce_h (allocated once, kept for the session). */
export function kernelScratch(): number {
  if (!scratchPtr) scratchPtr = alloc(kernels.k.reduce_scratch_bytes(), false);
  return scratchPtr;
}

/** One kernel axis: extent, and byte strides of each operand (src, acc[, mask]). */
interface KDim { n: number; s: number[] }

/** Expand plan axes (outermost first) into C axes with the real strides of `ops`, coalescing
 *  neighbours inside each region (a run of plan axes that may merge). */
function expand(plan: Plan, from: number, to: number, ops: (readonly number[])[], shape: readonly number[], out: KDim[]): void {
  const region: KDim[] = [];
  for (let i = to - 1; i >= from; i--) {
    const axes = plan.dims[i].axes;
    for (let j = axes.length - 1; j >= 0; j--) {
      const ax = axes[j];
      if (shape[ax] === 1) continue;
      const d: KDim = { n: shape[ax], s: ops.map((st) => st[ax]) };
      const prev = region[region.length - 1];
      if (prev && d.s.every((s, k) => prev.s[k] === s * d.n)) { prev.n *= d.n; prev.s = d.s; }
      else region.push(d);
    }
  }
  if (region.length === 0) region.push({ n: 1, s: ops.map(() => 0) });
  out.push(...region);
}

function writeDims(dims: KDim[]): void {
  const i32 = heap.i32;
  const sp = ndShapePtr() >>> 2;
  for (let d = 0; d < dims.length; d++) {
    i32[sp + d] = dims[d].n;
    for (let k = 0; k < dims[d].s.length; k++) i32[(ndStridesPtr(k) >>> 2) + d] = dims[d].s[k];
  }
}

/** Strides of acc (keepdims shape) expanded to the operand's axes: 0 on reduced / size-1 axes. */
function accStrides(acc: ndarray, reduced: readonly boolean[]): number[] {
  return acc.shape.map((n, i) => (reduced[i] || n === 1 ? 0 : acc.strides[i]));
}

export interface ReduceJob {
  kind: RKind;
  src: ndarray;
  /** accumulator, keepdims shape, initialised; dtype = the loop's */
  acc: ndarray;
  reduced: readonly boolean[];
  plan: Plan;
  /** where-mask (bool), and its strides broadcast to src's shape */
  mask?: ndarray | null;
  maskStrides?: readonly number[] | null;
  /** loader parameter per accumulator element (var's mean), laid out exactly like acc */
  aux?: ndarray | null;
}

/** Run one reduction into job.acc. Returns false when the block layout of src cannot be
 *  gathered (the caller then passes a copy laid out in the plan's order, see denseCopy). */
export function runReduce(j: ReduceJob): boolean {
  const { src, acc, plan } = j;
  if (src.size === 0) return true;
  const ops: (readonly number[])[] = [src.strides, accStrides(acc, j.reduced)];
  if (j.mask) ops.push(j.maskStrides!);
  const k = kernels.k;
  const maskAddr = j.mask ? j.mask._addr() : 0;
  const aux = j.aux ? j.aux._addr() - acc._addr() : 0;
  const kcode = src.dtype.code, acode = acc.dtype.code;
  const dims: KDim[] = [];
  if (!plan.horizontal) {
    expand(plan, 0, plan.dims.length, ops, src.shape, dims);
    writeDims(dims);
    const args = [j.kind, kcode, acode, src._addr(), acc._addr(), dims.length, ndShapePtr(), ndStridesPtr(0), ndStridesPtr(1),
      maskAddr, j.mask ? ndStridesPtr(2) : 0, aux];
    if (!parallelKept("reduce_v", args, dims.length, dims.length, [3, 4, 9], -1)) {
      k.reduce_v(args[0], args[1], args[2], args[3], args[4], args[5], args[6], args[7], args[8], args[9], args[10], args[11]);
    }
    return true;
  }
  expand(plan, plan.blockDims, plan.dims.length, ops, src.shape, dims);
  const outer = dims.length === 1 && dims[0].n === 1 ? 0 : dims.length;
  if (outer === 0) dims.length = 0;
  expand(plan, 0, plan.blockDims, ops, src.shape, dims);
  const kb = dims.length - outer;
  if (kb > 1 && plan.chunk > KERNEL_CH) return false;
  if (outer === 0 && kb === 1 && !j.mask && !j.aux && parallelFull(j.kind, kcode, acode, acc.dtype.isFloat, acc.itemsize,
    src._addr(), dims[0].s[0], dims[0].n, plan.chunk, acc._addr(), kernelScratch())) return true;
  writeDims(dims);
  const args = [j.kind, kcode, acode, src._addr(), acc._addr(), dims.length, ndShapePtr(), ndStridesPtr(0), ndStridesPtr(1),
    kb, plan.chunk, maskAddr, j.mask ? ndStridesPtr(2) : 0, aux, kernelScratch()];
  if (!parallelKept("reduce_h", args, dims.length, outer, [3, 4, 11], 14)) {
    k.reduce_h(args[0], args[1], args[2], args[3], args[4], args[5], args[6], args[7], args[8], args[9], args[10], args[11],
      args[12], args[13], args[14]);
  }
  return true;
}

/** Strides of a C-contiguous layout of `shape` in the axis order `perm` (outermost first): a
 *  new accumulator's layout (NumPy allocates the result in the iteration order). */
export function accLayout(shape: readonly number[], perm: readonly number[], itemsize: number): number[] {
  const strides = new Array<number>(shape.length).fill(0);
  let s = itemsize;
  for (let i = perm.length - 1; i >= 0; i--) { strides[perm[i]] = s; s *= shape[perm[i]] || 1; }
  return strides;
}

/** A copy of a laid out by accLayout: the layout of the temporaries NumPy reduces (x - mean,
 *  nan-replaced copies, cast buffers). */
export function denseCopy(a: ndarray, perm: readonly number[], dtype: DType = a.dtype): ndarray {
  const out = ndarray._alloc(a.shape.slice(), dtype, false, accLayout(a.shape, perm, dtype.itemsize));
  assign(out, a);
  return out;
}

// ---------------------------------------------------------------- argmax / argmin
/** out (int64, the kept axes of src) = arg-extreme along `axis` of src. */
export function runArg(kind: ArgKind, src: ndarray, axis: number, out: ndarray): void {
  if (out.size === 0 || src.size === 0) return;
  const k = kernels.k;
  const others = [...src.shape.keys()].filter((i) => i !== axis && src.shape[i] !== 1);
  // out's strides on src's axes (out has src's shape without `axis`)
  const ostr = new Array<number>(src.ndim).fill(0);
  for (let i = 0, o = 0; i < src.ndim; i++) if (i !== axis) ostr[i] = out.strides[o++];
  // the innermost memory axis decides: reduced there -> per-row scans; else rows of outputs
  const inner = [...src.shape.keys()].filter((i) => src.shape[i] !== 1)
    .sort((a, b) => Math.abs(src.strides[a]) - Math.abs(src.strides[b]))[0];
  const vertical = inner !== undefined && inner !== axis && src.shape[axis] > 1;
  // other axes outer-first by decreasing |stride| of src
  others.sort((a, b) => Math.abs(src.strides[b]) - Math.abs(src.strides[a]) || a - b);
  const dims: KDim[] = [];
  const push = (n: number, s: number[]) => {
    const prev = dims[dims.length - 1];
    if (prev && dims.length > (vertical ? 1 : 0) && s.every((v, i) => prev.s[i] === v * n)) { prev.n *= n; prev.s = s; }
    else dims.push({ n, s });
  };
  if (vertical) {
    // the best value so far per output element, in a scratch array shaped like out
    const best = ndarray._alloc(out.shape.slice(), src.dtype);
    const bstr = new Array<number>(src.ndim).fill(0);
    for (let i = 0, o = 0; i < src.ndim; i++) if (i !== axis) bstr[i] = best.strides[o++];
    dims.push({ n: src.shape[axis], s: [src.strides[axis], 0, 0] });
    for (const ax of others) push(src.shape[ax], [src.strides[ax], ostr[ax], bstr[ax]]);
    writeDims(dims);
    k.reduce_arg(kind, src.dtype.code, 1, src._addr(), out._addr(), best._addr(), dims.length, ndShapePtr(),
      ndStridesPtr(0), ndStridesPtr(1), ndStridesPtr(2));
    best.dispose();
    return;
  }
  for (const ax of others) push(src.shape[ax], [src.strides[ax], ostr[ax]]);
  dims.push({ n: src.shape[axis], s: [src.strides[axis], 0] });
  writeDims(dims);
  k.reduce_arg(kind, src.dtype.code, 0, src._addr(), out._addr(), 0, dims.length, ndShapePtr(), ndStridesPtr(0), ndStridesPtr(1), 0);
}

// ---------------------------------------------------------------- cumsum / cumprod
/** out (same shape as src, dtype of the loop) = accumulate along `axis`. */
export function runCum(kind: CumKind, src: ndarray, axis: number, out: ndarray): void {
  if (src.size === 0) return;
  const others = [...src.shape.keys()].filter((i) => i !== axis && src.shape[i] !== 1)
    .sort((a, b) => Math.abs(src.strides[b]) - Math.abs(src.strides[a]) || a - b);
  // slabs when another axis is innermost in memory and long enough for SIMD rows
  const innerOther = others[others.length - 1];
  const slabs = innerOther !== undefined && Math.abs(src.strides[innerOther]) < Math.abs(src.strides[axis]) && src.shape[innerOther] >= 4;
  const dims: KDim[] = [{ n: src.shape[axis], s: [src.strides[axis], out.strides[axis]] }];
  for (const ax of others) {
    const s = [src.strides[ax], out.strides[ax]];
    const prev = dims[dims.length - 1];
    if (dims.length > 1 && s.every((v, i) => prev.s[i] === v * src.shape[ax])) { prev.n *= src.shape[ax]; prev.s = s; }
    else dims.push({ n: src.shape[ax], s });
  }
  writeDims(dims);
  kernels.k.reduce_cum(kind, src.dtype.code, out.dtype.code, src._addr(), out._addr(), dims.length, ndShapePtr(),
    ndStridesPtr(0), ndStridesPtr(1), slabs ? 1 : 0);
}

/** np.array(a, copy=True) with NaN replaced by 0 (or 1): NumPy's _replace_nan. */
export function replaced(x: ndarray, one: boolean): ndarray {
  const c = ndarray._alloc(x.shape.slice(), x.dtype, false, kStrides(x.shape, x.strides, x.itemsize));
  if (c.size > 0) {
    const nd = writeNd(x.shape, x.strides, c.strides);
    kernels.k.reduce_v(one ? RKind.nan1 : RKind.nan0, x.dtype.code, x.dtype.code, x._addr(), c._addr(), nd, ndShapePtr(),
      ndStridesPtr(0), ndStridesPtr(1), 0, 0, 0);
  }
  return c;
}
