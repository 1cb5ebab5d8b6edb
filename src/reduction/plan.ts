// How NumPy's reduction iterator walks an operand, reproduced so float sums add the same partial
// sums in the same order (bit-exact np.sum / np.mean / np.var). NumPy 2.4's PyUFunc_ReduceWrapper
// builds an nditer (BUFFERED | GROWINNER | EXTERNAL_LOOP | DONT_NEGATE_STRIDES, order K) over
// (result, operand[, where]); this module follows its construction:
//   1. axis order: npyiter_find_best_axis_ordering, a stable insertion sort of the axes by |stride|
//      over every operand with a nonzero stride on both axes ("C order wins" on conflicts);
//      an allocated result has no strides yet, so only the operand (and mask, out) decide;
//   2. the result is allocated C-contiguous in that order (reduced axes: stride 0);
//   3. npyiter_coalesce_axes merges neighbouring axes that every operand walks as one;
//   4. npyiter_find_buffering_setup picks the "core" (inner axes one inner-loop call covers) and
//      the buffer size from a cost model: casting or non-single-stride operands must be buffered
//      (copied, 8192 elements at a time), and the reduce mode splits at the axis where the result
//      stride switches between 0 and non-0.
// The outcome, per inner-loop call: a contiguous range of C-order positions of a block of inner
// axes. For horizontal reductions (result stride 0 on the innermost axis) each call adds one
// pairwise sum to the accumulator; that is all the kernels need (reduce_h.ts).
// Checked against NumPy on random geometries (shapes, slicing, transposes, casts, where masks).
import { iterOrder } from "../ndarray/shape.js";

export const NPY_BUFSIZE = 8192;

/** One coalesced iteration axis: extent, strides of (acc, src, mask), and the C axes merged into
 *  it, innermost first. */
export interface PlanDim { n: number; s: number[]; axes: number[] }

export interface Plan {
  /** iteration axes, innermost first (NumPy's axisdata order) */
  dims: PlanDim[];
  /** the C-order iteration permutation, outermost first (also the result's layout) */
  perm: number[];
  /** the innermost axis is reduced: calls add runs into one accumulator element */
  horizontal: boolean;
  /** number of innermost dims one call's block spans, and the elements per call */
  blockDims: number;
  chunk: number;
}

export interface PlanOptions {
  /** strides of the where-mask broadcast to the operand's shape */
  maskStrides?: readonly number[] | null;
  /** the operand is cast to the loop dtype (buffered) */
  cast?: boolean;
  /** strides of a given `out` (expanded to the operand's axes; reduced axes 0) */
  outStrides?: readonly number[] | null;
  /** the accumulator (out) needs a cast */
  accCast?: boolean;
  /** itemsize of the allocated result */
  accItemsize: number;
}

export function plan(shape: readonly number[], strides: readonly number[], reduced: readonly boolean[], o: PlanOptions): Plan {
  const nd = shape.length;
  const ms = o.maskStrides ?? null;
  const nop = ms ? 3 : 2;
  const opStride = (op: number, ax: number): number => {
    if (shape[ax] === 1) return 0;
    if (op === 0) return reduced[ax] || !o.outStrides ? 0 : o.outStrides[ax];
    return op === 1 ? strides[ax] : ms![ax];
  };
  // 1. axis order, innermost first
  const opStrides = [0, 1, 2].slice(0, nop).map((op) => shape.map((_, ax) => opStride(op, ax)));
  const order = iterOrder(shape, opStrides);
  // 2. the result's strides (C-contiguous over kept axes in iteration order), or out's
  const accStride = new Array<number>(nd).fill(0);
  let run = o.accItemsize;
  for (const ax of order) {
    if (reduced[ax] || shape[ax] === 1) continue;
    if (o.outStrides) accStride[ax] = o.outStrides[ax];
    else { accStride[ax] = run; run *= shape[ax]; }
  }
  let dims: PlanDim[] = order.map((ax) => ({
    n: shape[ax],
    s: shape[ax] === 1 ? new Array<number>(nop).fill(0) : [accStride[ax], strides[ax], ...(ms ? [ms[ax]] : [])],
    axes: [ax],
  }));
  // 3. coalescing
  if (nd > 1) {
    const out: PlanDim[] = [dims[0]];
    for (let i = 1; i < dims.length; i++) {
      const c = out[out.length - 1], d = dims[i];
      let ok = true;
      for (let k = 0; k < nop && ok; k++) {
        ok = (c.n === 1 && c.s[k] === 0) || (d.n === 1 && d.s[k] === 0) || c.s[k] * c.n === d.s[k];
      }
      if (ok) {
        c.s = c.s.map((v, k) => (v !== 0 ? v : d.s[k]));
        c.n *= d.n;
        c.axes = c.axes.concat(d.axes);
      } else out.push(d);
    }
    dims = out;
  }
  if (nd === 0) dims = [{ n: 1, s: new Array<number>(nop).fill(0), axes: [] }];
  // 4. buffering setup
  const cast = [!!o.accCast, !!o.cast, false].slice(0, nop);
  const single = new Array<number>(nop).fill(1);
  const redOuter = new Array<number>(nop).fill(0);
  let cost = 1 + cast.filter(Boolean).length;
  let outerReduceDim = 0;
  let size = dims[0].n;
  let bestDim = 0, bestCost = cost, bestSize = size, bestCore = 1;
  for (let idim = 1; idim < dims.length; idim++) {
    if (outerReduceDim) break;
    if (size >= NPY_BUFSIZE && cost > 1) break;
    const prev = dims[idim - 1], cur = dims[idim];
    for (let op = 0; op < nop; op++) {
      if (single[op] === idim) {
        if (prev.s[op] * prev.n === cur.s[op]) { single[op]++; continue; }
        if (!cast[op]) cost++;
      }
      if (op === 0 && (cur.s[0] === 0 || prev.s[0] === 0)) { redOuter[0] = idim; outerReduceDim = idim; }
    }
    const core = size;
    size *= cur.n;
    if (size === 0) break;
    const bufsize = size > NPY_BUFSIZE && cost > 1 ? NPY_BUFSIZE : size;
    if (cost * bestSize <= bestCost * bufsize) { bestCost = cost; bestCore = core; bestSize = size; bestDim = idim; }
  }
  const usingReduce = outerReduceDim !== 0 && bestDim === outerReduceDim;
  let mustBuffer = false;
  for (let op = 0; op < nop; op++) {
    let isRed: boolean;
    if (!usingReduce) isRed = false;
    else if (redOuter[op] === bestDim) isRed = true;
    else if (single[op] === bestDim && !cast[op]) isRed = true;
    else isRed = dims[outerReduceDim].s[op] === 0 && single[op] <= bestDim;
    if (cast[op] || !(single[op] + (isRed ? 1 : 0) > bestDim)) mustBuffer = true;
  }
  if (mustBuffer && NPY_BUFSIZE < bestSize) bestSize = bestCore * Math.floor(NPY_BUFSIZE / bestCore);
  const horizontal = dims[0].s[0] === 0 && dims[0].n > 1;
  // reduce mode: one call per core (dims below bestDim); else chunks of the block up to bestDim
  const blockDims = usingReduce ? bestDim : bestDim + 1;
  const chunk = usingReduce ? bestCore : bestSize;
  return { dims, perm: order.slice().reverse(), horizontal, blockDims, chunk };
}
