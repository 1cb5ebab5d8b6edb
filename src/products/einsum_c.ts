// NumPy's C einsum (PyArray_EinsteinSum in numpy/_core/src/multiarray/einsum.cpp): subscripts
// parsed with its messages, one operand with nothing summed returned as a view, repeated labels
// as diagonal views (strides summed), broadcasting as the iterator does it (with its error
// text), the result dtype and casting checks. The sum of products itself is no element loop:
// labels are iterator axes, each operand a strided view over its own ones, and the operands
// are contracted pairwise (gemm.ts for anything summed over two operands, np.multiply
// otherwise), sums over an axis only one operand has go to np.sum first. Integer results wrap
// and bool ones are OR of ANDs whatever the order, floats may round differently from NumPy.
import { ndarray } from "../ndarray/ndarray.js";
import { ValueError, TypeError as NpTypeError } from "../core/errors.js";
import { bool as boolT, type DType } from "../dtype/dtype.js";
import { result_type, can_cast, type Casting } from "../dtype/promotion.js";
import { assign, overlaps, setScalar } from "../ndarray/assign.js";
import { kStrides } from "../ndarray/shape.js";
import { ufuncs } from "../ufunc/ufunc.js";
import { sum } from "../reduction/reduce.js";
import { fullContiguousAcc, SPECS } from "../reduction/core.js";
import { scalarPtr } from "../ndarray/nd.js";
import { heap } from "../runtime/memory.js";
import { gemmInto } from "./gemm.js";

export type Order = "C" | "F" | "A" | "K";
export interface COpts { out: ndarray | null; dtype: DType | null; order: Order; casting: Casting }

const DOT = 46, SPACE = 32;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const ch = (c: number) => String.fromCharCode(c);

/** An operand's labels, one per axis: a letter's code, 0 for an axis of its ellipsis. */
function parseOperand(s: string, ndim: number, iop: number, counts: Int32Array): number[] {
  const labels: number[] = [];
  let ellipsis = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isLetter(c)) {
      if (labels.length >= ndim) throw new ValueError(`einstein sum subscripts string contains too many subscripts for operand ${iop}`);
      labels.push(c);
      counts[c]++;
    } else if (c === DOT) {
      if (ellipsis !== -1 || i + 2 >= s.length || s.charCodeAt(++i) !== DOT || s.charCodeAt(++i) !== DOT) {
        throw new ValueError(`einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in operand ${iop}`);
      }
      ellipsis = labels.length;
    } else if (c !== SPACE) {
      throw new ValueError(`invalid subscript '${s[i]}' in einstein sum subscripts string, subscripts must be letters`);
    }
  }
  if (ellipsis === -1) {
    if (labels.length !== ndim) {
      throw new ValueError("operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.");
    }
    return labels;
  }
  return [...labels.slice(0, ellipsis), ...new Array<number>(ndim - labels.length).fill(0), ...labels.slice(ellipsis)];
}

/** The output's labels (0 for the broadcast axes where its ellipsis stands). */
function parseOutput(s: string, nb: number, counts: Int32Array): number[] {
  const out: number[] = [];
  let ellipsis = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isLetter(c)) {
      if (s.indexOf(s[i], i + 1) >= 0) throw new ValueError(`einstein sum subscripts string includes output subscript '${s[i]}' multiple times`);
      if (counts[c] === 0) throw new ValueError(`einstein sum subscripts string included output subscript '${s[i]}' which never appeared in an input`);
      out.push(c);
    } else if (c === DOT) {
      if (ellipsis || i + 2 >= s.length || s.charCodeAt(++i) !== DOT || s.charCodeAt(++i) !== DOT) {
        throw new ValueError("einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in the output");
      }
      ellipsis = true;
      for (let b = 0; b < nb; b++) out.push(0);
    } else if (c !== SPACE) {
      throw new ValueError(`invalid subscript '${s[i]}' in einstein sum subscripts string, subscripts must be letters`);
    }
  }
  if (!ellipsis && nb > 0) {
    throw new ValueError("output has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.");
  }
  return out;
}

/** Labels per operand and the output's, as the C parser reads the subscripts string. */
/** Occurrences of each label while parsing (reset by every parse; parsing never nests). */
const COUNTS = new Int32Array(128);

/** Labels per operand, the output's, and every label used, in ASCII order. */
export function parseSubscripts(sub: string, ndims: number[]): { labels: number[][]; out: number[]; used: number[] } {
  const nop = ndims.length;
  if (nop < 1) throw new ValueError("not enough operands provided to einstein sum function");
  const counts = COUNTS.fill(0);
  const labels: number[][] = [];
  let rest = sub;
  for (let iop = 0; iop < nop; iop++) {
    let len = 0;
    while (len < rest.length && rest[len] !== "," && rest[len] !== "-") len++;
    if (iop === nop - 1 && rest[len] === ",") throw new ValueError("more operands provided to einstein sum function than specified in the subscripts string");
    if (iop < nop - 1 && rest[len] !== ",") throw new ValueError("fewer operands provided to einstein sum function than specified in the subscripts string");
    labels.push(parseOperand(rest.slice(0, len), ndims[iop], iop, counts));
    rest = rest.slice(len + (iop < nop - 1 ? 1 : 0));
  }
  const nb = Math.max(...labels.map((l) => l.filter((x) => x === 0).length));
  let out: number[];
  if (rest === "") {
    // implicit output: the broadcast axes, then each label seen once, in ASCII order
    out = new Array<number>(nb).fill(0);
    for (let c = 65; c <= 122; c++) if (counts[c] === 1) out.push(c);
  } else {
    if (!rest.startsWith("->")) throw new ValueError("einstein sum subscript string does not contain proper '->' output specified");
    out = parseOutput(rest.slice(2), nb, counts);
  }
  const used: number[] = [];
  for (let c = 65; c <= 122; c++) if (counts[c] > 0) used.push(c);
  return { labels, out, used };
}

/** get_single_op_view: one operand whose every axis reaches the output, as a view (or null). */
function singleOpView(op: ndarray, labels: number[], out: number[]): ndarray | null {
  const dims = new Array<number>(out.length).fill(0), strides = new Array<number>(out.length).fill(0);
  let ib = 0;
  for (let k = 0; k < op.ndim; k++) {
    let i: number;
    if (labels[k] === 0) {
      while (ib < out.length && out[ib] !== 0) ib++;
      if (ib === out.length) throw new ValueError("output had too few broadcast dimensions");
      i = ib++;
    } else {
      i = out.indexOf(labels[k]);
      if (i < 0) return null; // summed: no view
      if (dims[i] !== 0 && dims[i] !== op.shape[k]) {
        throw new ValueError(`dimensions in single operand for collapsing index '${ch(labels[k])}' don't match (${dims[i]} != ${op.shape[k]})`);
      }
    }
    dims[i] = op.shape[k];
    strides[i] += op.strides[k];
  }
  return op._view(dims, strides);
}

/** get_combined_dims_view: repeated labels of one operand merged into their diagonal. */
function combinedView(op: ndarray, labels: number[], iop: number): [ndarray, number[]] {
  const lab: number[] = [], dims: number[] = [], strides: number[] = [];
  for (let k = 0; k < op.ndim; k++) {
    const j = labels[k] === 0 ? -1 : lab.indexOf(labels[k]);
    if (j < 0) { lab.push(labels[k]); dims.push(op.shape[k]); strides.push(op.strides[k]); continue; }
    if (dims[j] !== op.shape[k]) {
      throw new ValueError(`dimensions in operand ${iop} for collapsing index '${ch(labels[k])}' don't match (${dims[j]} != ${op.shape[k]})`);
    }
    strides[j] += op.strides[k];
  }
  return [lab.length === op.ndim ? op : op._view(dims, strides), lab];
}

/** prepare_op_axes: for each iterator axis, the operand's axis on it (-1: none); broadcast axes
 *  matched right to left. */
function opAxes(labels: number[], iter: number[]): number[] {
  const axes = new Array<number>(iter.length);
  let ib = labels.length - 1;
  for (let i = iter.length - 1; i >= 0; i--) {
    if (iter[i] === 0) {
      while (ib >= 0 && labels[ib] !== 0) ib--;
      axes[i] = ib < 0 ? -1 : ib--;
    } else axes[i] = labels.indexOf(iter[i]);
  }
  return axes;
}

/** NumPy's convert_shape_to_string: leading newaxis dropped, "(3,)" only for one axis. */
function shapeText(dims: number[]): string {
  let i = 0;
  while (i < dims.length && dims[i] < 0) i++;
  if (i === dims.length) return "()";
  const body = dims.slice(i).map((d, k) => (k === 0 ? String(d) : d < 0 ? "newaxis" : String(d))).join(",");
  return dims.length === 1 ? `(${body},)` : `(${body})`;
}

/** The iterator's shape: each axis the operands' common length (1 broadcasts), or its error. */
function iterShape(ops: ndarray[], axes: number[][], n: number): number[] {
  const shape = new Array<number>(n).fill(1);
  for (let i = 0; i < n; i++) {
    for (let o = 0; o < ops.length; o++) {
      const a = axes[o][i];
      if (a < 0) continue;
      const d = ops[o].shape[a];
      if (shape[i] === 1) shape[i] = d;
      else if (d !== 1 && d !== shape[i]) {
        const parts = ops.map((op, k) => `${shapeText(op.shape.slice())}->${shapeText(axes[k].map((x) => (x < 0 ? -1 : op.shape[x])))} `);
        throw new ValueError(`operands could not be broadcast together with remapped shapes [original->remapped]: ${parts.join("")}`);
      }
    }
  }
  return shape;
}

/** An operand over iterator axes: its array and, per array axis, the iterator axis. */
interface Term { arr: ndarray; ax: number[] }

/** The output's memory layout for order='K': the iterator's axis ordering by the inputs' strides
 *  (npyiter_find_best_axis_ordering) restricted to the output axes, as "C", "F" or pseudo
 *  strides for kStrides. */
function kOrder(terms: Term[], n: number, nOut: number): "C" | "F" | number[] {
  const stride = (t: Term, axis: number) => { const k = t.ax.indexOf(axis); return k < 0 || t.arr.shape[k] === 1 ? 0 : Math.abs(t.arr.strides[k]); };
  const perm: number[] = [];
  for (let a = n - 1; a >= 0; a--) perm.push(a); // innermost first
  for (let i0 = 1; i0 < n; i0++) {
    const j0 = perm[i0];
    let ipos = i0;
    for (let i1 = i0 - 1; i1 >= 0; i1--) {
      let ambig = true, swap = false;
      for (const t of terms) {
        const s0 = stride(t, j0), s1 = stride(t, perm[i1]);
        if (s0 !== 0 && s1 !== 0) {
          if (s1 <= s0) swap = false; else if (ambig) swap = true;
          ambig = false;
        }
      }
      if (!ambig) { if (swap) ipos = i1; else break; }
    }
    if (ipos !== i0) { perm.splice(i0, 1); perm.splice(ipos, 0, j0); }
  }
  const outer = perm.filter((a) => a < nOut);
  if (outer.every((a, r) => a === nOut - 1 - r)) return "C";
  if (outer.every((a, r) => a === r)) return "F";
  const pseudo = new Array<number>(nOut);
  outer.forEach((a, rank) => { pseudo[a] = rank; });
  return pseudo;
}

/** The sum of products of `ops` (labels as parsed) into an output array of dtype dt. */
export function cEinsum(sub: string, ops: ndarray[], o: COpts): ndarray {
  const { labels, out: outLabels, used } = parseSubscripts(sub, ops.map((x) => x.ndim));
  const nOut = outLabels.length;
  const out = o.out;
  if (out && out.ndim !== nOut) throw new ValueError(`out parameter does not have the correct number of dimensions, has ${out.ndim} but should have ${nOut}`);
  if (ops.length === 1 && !out) {
    const v = singleOpView(ops[0], labels[0], outLabels);
    if (v) return v;
  }
  const combined = ops.map((x, i) => combinedView(x, labels[i], i));
  const iter = outLabels.slice();
  for (const c of used) if (!outLabels.includes(c)) iter.push(c);
  const axes = combined.map(([, lab]) => opAxes(lab, iter));
  const all = combined.map(([v]) => v);
  if (out) { all.push(out); axes.push(iter.map((_, i) => (i < nOut ? i : -1))); }
  const shape = iterShape(all, axes, iter.length);
  if (out) {
    out.shape.forEach((d, i) => {
      if (d === 1 && shape[i] !== 1) {
        throw new ValueError(`output operand requires a reduction along dimension ${i}, but the reduction is not enabled. The dimension size of 1 does not match the expected output shape.`);
      }
    });
  }
  // the iterator's common dtype: of the inputs and of out when given
  const dts = ops.map((x) => x.dtype);
  if (out) dts.push(out.dtype);
  const dt = o.dtype ?? (dts.every((d) => d === dts[0]) ? dts[0] : result_type(...dts));
  ops.forEach((x, i) => {
    if (!can_cast(x.dtype, dt, o.casting)) {
      throw new NpTypeError(`Iterator operand ${i} dtype could not be cast from ${x.dtype.repr()} to ${dt.repr()} according to the rule '${o.casting}'`);
    }
  });
  if (out && !can_cast(dt, out.dtype, o.casting)) {
    throw new NpTypeError(`Iterator requested dtype could not be cast from ${dt.repr()} to ${out.dtype.repr()}, the operand ${ops.length} dtype, according to the rule '${o.casting}'`);
  }
  if (out) out._checkWriteable();
  // each operand over its iterator axes, in dt, broadcast axes stretched (stride 0)
  const terms: Term[] = combined.map(([v], i) => {
    const x = v.dtype === dt ? v : v.astype(dt);
    const ax = x.shape.map((_, k) => axes[i].indexOf(k));
    const st = x.strides.map((s, k) => (x.shape[k] === 1 && shape[ax[k]] !== 1 ? 0 : s));
    return { arr: x._view(ax.map((a) => shape[a]), st), ax };
  });
  const outShape = shape.slice(0, nOut);
  const direct = out && out.dtype === dt && !ops.some((x) => x._owner === out._owner && (x === out || overlaps(x, out)));
  const layout = o.order === "C" ? "C" : o.order === "F" ? "F"
    : o.order === "A" ? (ops.every((x) => x.flags.f_contiguous) ? "F" : "C")
    : kOrder(terms, iter.length, nOut);
  const res = direct ? out : ndarray._alloc(outShape, dt, false, typeof layout === "string" ? layout : kStrides(outShape, layout, 1));
  contract(terms, res, nOut);
  if (out && res !== out) { assign(out, res); return out; }
  return res;
}

/** Sums over the axes of t no one else needs (keep: needed elsewhere or in the output), into
 *  `into` (its axes: the kept ones in order) or a new array. */
function presum(t: Term, keep: (axis: number) => boolean, into: ndarray | null = null): Term {
  const gone = t.ax.map((a, k) => (keep(a) ? -1 : k)).filter((k) => k >= 0);
  if (gone.length === 0 && !into) return t;
  const ax = t.ax.filter((a) => keep(a));
  const dt = t.arr.dtype;
  const dst = into ?? ndarray._alloc(t.arr.shape.filter((_, k) => !gone.includes(k)), dt);
  if (dst.ndim === 0 && fullContiguousAcc(dt === boolT ? SPECS.or : SPECS.add, t.arr, dt)) {
    // a whole contiguous operand: np.sum(x)'s kernel, its exact bytes into dst
    heap.u8.copyWithin(dst._addr(), scalarPtr(), scalarPtr() + dt.itemsize);
  } else if (dst.ndim === 0 && (dt.isFloat || dt.itemsize < 8)) {
    // a full sum as a JS number (exact for these dtypes) skips the reduction's out= handling
    setScalar(dt, dst._addr(), sum(t.arr, { dtype: dt }) as number | boolean);
  } else sum(t.arr, { axis: gone, dtype: dt, out: dst });
  return { arr: dst, ax };
}

/** Contracts the terms into res (its axes: iterator axes 0..nOut-1). */
function contract(terms: Term[], res: ndarray, nOut: number): void {
  const needed = (a: number, skip: Term[]) => a < nOut || terms.some((t) => !skip.includes(t) && t.ax.includes(a));
  if (terms.length === 1) {
    // one operand: the sum over its axes not in the output, straight into res
    const t = terms[0];
    presum(t, (a) => a < nOut, res.transpose(t.ax.filter((a) => a < nOut)));
    return;
  }
  terms = terms.map((t) => presum(t, (a) => needed(a, [t])));
  while (terms.length > 2) {
    // the pair whose product keeps the fewest elements goes first
    let best: [number, number] = [0, 1], bestSize = Infinity;
    for (let i = 0; i < terms.length; i++) {
      for (let j = i + 1; j < terms.length; j++) {
        const keep = pairAxes(terms[i], terms[j], (a) => needed(a, [terms[i], terms[j]]));
        const size = keep.reduce((s, a) => s * sizeAlong(terms[i], terms[j], a), 1);
        if (size < bestSize) { bestSize = size; best = [i, j]; }
      }
    }
    const [a, b] = [terms[best[0]], terms[best[1]]];
    const t = pair(a, b, (x) => needed(x, [a, b]), null);
    terms = [...terms.filter((x) => x !== a && x !== b), t];
  }
  pair(terms[0], terms[1], (a) => a < nOut, res);
}

const sizeAlong = (a: Term, b: Term, axis: number) => {
  const k = a.ax.indexOf(axis);
  return k >= 0 ? a.arr.shape[k] : b.arr.shape[b.ax.indexOf(axis)];
};
/** The axes a pair's product keeps: a's, then b's new ones, those needed later. */
const pairAxes = (a: Term, b: Term, needed: (x: number) => boolean) =>
  [...a.ax, ...b.ax.filter((x) => !a.ax.includes(x))].filter(needed);

/** View of x with its axes taken group by group (each group's axes merged into one, sizes
 *  multiplying), or null if the strides do not allow it. */
function fuse(x: ndarray, groups: number[][]): ndarray | null {
  const shape: number[] = [], strides: number[] = [];
  for (const g of groups) {
    let size = 1, stride = 0, last = -1;
    for (const a of g) size *= x.shape[a];
    for (const a of g) {
      if (x.shape[a] === 1) continue;
      if (last >= 0 && x.strides[last] !== x.strides[a] * x.shape[a]) return null;
      last = a;
      stride = x.strides[a];
    }
    shape.push(size);
    strides.push(size === 0 ? 0 : stride);
  }
  return x._view(shape, strides);
}

/** t's array with its axes grouped (groups of iterator axes) and merged; a copy in that axis
 *  order when its strides cannot be merged. */
function grouped(t: Term, groups: number[][]): ndarray {
  const g = groups.map((x) => x.map((a) => t.ax.indexOf(a)));
  const v = fuse(t.arr, g);
  if (v) return v;
  const c = t.arr.transpose(g.flat()).copy();
  let k = 0;
  return fuse(c, g.map((x) => x.map(() => k++)))!;
}

/**
 * The product of two terms summed over the axes they share that nothing else needs. Into
 * `target` (axes: iterator axes 0..n-1 in order) when given, else into a new array with axes
 * batch, a's kept, b's kept.
 */
function pair(a: Term, b: Term, needed: (x: number) => boolean, target: ndarray | null): Term {
  a = presum(a, (x) => needed(x) || b.ax.includes(x));
  b = presum(b, (x) => needed(x) || a.ax.includes(x));
  const shared = a.ax.filter((x) => b.ax.includes(x));
  const batch = shared.filter(needed), con = shared.filter((x) => !needed(x));
  const aKeep = a.ax.filter((x) => !shared.includes(x)), bKeep = b.ax.filter((x) => !shared.includes(x));
  const resAx = target ? target.shape.map((_, i) => i) : [...batch, ...aKeep, ...bKeep];
  const size = (x: number) => sizeAlong(a, b, x);
  const res = target ?? ndarray._alloc(resAx.map(size), a.arr.dtype);
  if (con.length === 0) {
    // no sum: an elementwise product broadcast over the result's axes
    const spread = (t: Term) => t.arr._view(resAx.map((x) => (t.ax.includes(x) ? size(x) : 1)),
      resAx.map((x) => { const k = t.ax.indexOf(x); return k < 0 ? 0 : t.arr.strides[k]; }));
    ufuncs.multiply(spread(a), spread(b), { out: res });
    return { arr: res, ax: resAx };
  }
  const A = grouped(a, [...batch.map((x) => [x]), aKeep, con]);
  const B = grouped(b, [...batch.map((x) => [x]), con, bKeep]);
  const idx = [...batch.map((x) => [x]), aKeep, bKeep].map((g) => g.map((x) => resAx.indexOf(x)));
  const C = fuse(res, idx);
  if (C) gemmInto(A, B, C);
  else {
    // res's axes cannot be merged as the product needs: compute into a temporary laid out so
    const cv = res.transpose(idx.flat());
    const tmp = ndarray._alloc(cv.shape, res.dtype);
    let k = 0;
    gemmInto(A, B, fuse(tmp, idx.map((g) => g.map(() => k++)))!);
    assign(cv, tmp);
    tmp.dispose();
  }
  return { arr: res, ax: resAx };
}
