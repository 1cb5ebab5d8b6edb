// The gufunc options axes / axis / keepdims of np.matmul, vecdot, matvec, vecmat: the operands'
// core axes are moved last (views), the product runs as usual, and the result's core axes are
// moved to where `axes` puts them (keepdims: vecdot's reduced axis kept with length 1).
import { ndarray } from "../ndarray/ndarray.js";
import { AxisError, ValueError, TypeError as NpTypeError, normalizeAxis } from "../core/errors.js";

/** A product gufunc: per operand 1 core axis (vector), 2 (matrix) or 0 (matmul's 1 or 2). */
export interface Spec { name: string; sig: string; a: 0 | 1 | 2; b: 0 | 1 | 2; distinct: number; outCore: number }
export type AxesOpts = { axes?: unknown; axis?: unknown; keepdims?: unknown };

/** The operands with their core axes last, out likewise, and where the result's go. */
export interface Placement { a: ndarray; b: ndarray; out: ndarray | null; place: (r: ndarray) => ndarray }

/** A view of x with a length-1 axis inserted at `pos` (counted from the end when negative). */
export function withAxis(x: ndarray, pos: number): ndarray {
  const at = pos < 0 ? x.ndim + 1 + pos : pos;
  const shape = x.shape.slice(), strides = x.strides.slice();
  shape.splice(at, 0, 1);
  strides.splice(at, 0, 0);
  return x._view(shape, strides);
}

/** x with the listed axes moved to the end, in that order. */
const toEnd = (x: ndarray, axes: number[]): ndarray => x.transpose([...[...x.shape.keys()].filter((i) => !axes.includes(i)), ...axes]);

/** x with its last axes moved to the positions `axes` (the inverse of toEnd). */
function fromEnd(x: ndarray, axes: number[]): ndarray {
  const perm = new Array<number>(x.ndim).fill(-1);
  axes.forEach((p, i) => { perm[p] = x.ndim - axes.length + i; });
  let next = 0;
  return x.transpose(perm.map((p) => (p >= 0 ? p : next++)));
}

const entry = (e: unknown): number[] => (Array.isArray(e) ? e as number[] : [e as number]);

export function placeCoreAxes(spec: Spec, a: ndarray, b: ndarray, out: ndarray | null, opts: AxesOpts): Placement {
  const same = { a, b, out, place: (r: ndarray) => r };
  const keep = opts.keepdims === true;
  if (opts.axes === undefined && opts.axis === undefined && !keep) return same;
  if (opts.axes !== undefined && opts.axis !== undefined) throw new NpTypeError("cannot specify both 'axis' and 'axes'");
  if (opts.axis !== undefined && spec.distinct > 1) {
    throw new NpTypeError(`${spec.name}: axis can only be used with a single shared core dimension, not with the ${spec.distinct} distinct ones implied by signature ${spec.sig}.`);
  }
  if (keep && spec.outCore > 0) {
    // NumPy names the first operand whose core dimensions differ from input 0's, else the output
    const [sa, sb] = [spec.a || 2, spec.b || 2];
    const which = sb !== sa ? `input 1 to have ${sb}` : `output 0 to have ${spec.outCore}`;
    throw new NpTypeError(`${spec.name} does not support keepdims: its signature ${spec.sig} requires ${which} core dimensions, but keepdims can only be used when all inputs have the same number of core dimensions and all outputs have no core dimensions.`);
  }
  const core = (s: 0 | 1 | 2, x: ndarray) => (s === 0 ? Math.min(Math.max(x.ndim, 1), 2) : s);
  const [ca, cb] = [core(spec.a, a), core(spec.b, b)];
  // the output's core axes: matmul's n and m unless removed with a vector operand
  const nOut = spec.a === 0 ? (ca === 2 ? 1 : 0) + (cb === 2 ? 1 : 0) : spec.outCore;
  let list: number[][];
  if (opts.axes !== undefined) {
    const axes = opts.axes as unknown[];
    if (!Array.isArray(axes) || !(axes.length === 3 || (axes.length === 2 && nOut === 0))) {
      throw new ValueError("axes should be a list with an entry for all 3 inputs and outputs; entries for outputs can only be omitted if none of them has core axes.");
    }
    list = axes.map(entry);
    if (list.length === 2) list.push([]);
  } else list = opts.axis === undefined ? [[-1], [-1], []] : [entry(opts.axis), entry(opts.axis), []];
  [ca, cb, nOut].forEach((n, i) => {
    if (list[i].length !== n) throw new AxisError(`${spec.name}: operand ${i} has ${n} core dimensions, but ${list[i].length} dimensions are specified by axes tuple.`);
  });
  const [la, lb] = [list[0].map((ax) => normalizeAxis(ax, a.ndim)), list[1].map((ax) => normalizeAxis(ax, b.ndim))];
  // keepdims: the reduced axis stays where the first operand's was
  const kept = keep ? la[0] : -1;
  const outAxes = (nd: number) => list[2].map((ax) => normalizeAxis(ax, nd));
  let o = out;
  if (o && keep) o = o._view(o.shape.filter((_, i) => i !== kept), o.strides.filter((_, i) => i !== kept));
  else if (o && nOut) o = toEnd(o, outAxes(o.ndim));
  return {
    a: toEnd(a, la), b: toEnd(b, lb), out: o,
    place: (r) => {
      if (keep) return withAxis(r, kept);
      return nOut ? fromEnd(r, outAxes(r.ndim)) : r;
    },
  };
}
