// Joining arrays: concatenate/concat, stack, vstack, hstack, dstack, column_stack, append, block.
// Everything is one concatenate: a new array, then one strided (casting) copy per input into its
// slice of the result.
import { ndarray } from "../ndarray/ndarray.js";
import { ValueError, TypeError as NpTypeError, normalizeAxis } from "../core/errors.js";
import { params, isOptions } from "../core/args.js";
import { asDType, type DTypeLike } from "../dtype/dtype.js";
import { can_cast, checkCLong, result_type, type Casting } from "../dtype/promotion.js";
import { isFContiguous, isCContiguous } from "../ndarray/shape.js";
import { asArray, copyInto, sliceAxis } from "./common.js";
import { atleast_1d, atleast_2d, atleast_3d } from "./axes.js";

const CASTINGS = ["no", "equiv", "safe", "same_kind", "unsafe"];

type ConcatOpts = { axis?: number | null; out?: ndarray | null; dtype?: DTypeLike | null; casting?: Casting };

/** The items of a sequence argument; an ndarray is a sequence of its sub-arrays (views).
 *  `fn` picks NumPy's message for anything else. */
function items(seq: unknown, fn: "concatenate" | "stack"): unknown[] {
  if (Array.isArray(seq)) return seq;
  if (seq instanceof ndarray && seq.ndim > 0) return unstackViews(seq);
  if (fn === "concatenate") throw new NpTypeError("dispatcher for __array_function__ did not return an iterable");
  if (seq instanceof ndarray) throw new NpTypeError("iteration over a 0-d array");
  throw new NpTypeError('arrays to stack must be passed as a "sequence" type such as list or tuple.');
}
const unstackViews = (a: ndarray): ndarray[] =>
  Array.from({ length: a.shape[0] }, (_, i) => a._view(a.shape.slice(1), a.strides.slice(1), a.offset + i * a.strides[0]));

/** np.concatenate((a1, a2, ...), axis=0, out=None, {dtype, casting='same_kind'}); axis=null
 *  joins the flattened arrays. */
export function concatenate(arrays: unknown, ...rest: unknown[]): ndarray {
  const p = params<ConcatOpts>(rest, ["axis", "out"]);
  const casting = p.casting ?? "same_kind";
  if (!CASTINGS.includes(casting)) {
    throw new ValueError(`casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got '${casting}')`);
  }
  if (p.out != null && p.dtype != null) {
    throw new NpTypeError("concatenate() only takes `out` or `dtype` as an argument, but both were provided.");
  }
  const raw = items(arrays, "concatenate");
  // a Python int or float (a JS number or bigint) is weak in the result's dtype and converted to
  // it as a C value is (np.concatenate((int8 array, 300), axis=None) holds 44); a bool is not weak
  const weak = raw.map((x) => typeof x === "number" || typeof x === "bigint");
  let arrs = raw.map(asArray);
  const zeroD = arrs.map((a) => a.ndim === 0); // NumPy's cast error names these scalars
  if (arrs.length === 0) throw new ValueError("need at least one array to concatenate");
  let axis: number;
  if (p.axis === null) {
    arrs = arrs.map((a) => a.ravel("C"));
    axis = 0;
  } else {
    const nd = arrs[0].ndim;
    if (nd === 0) throw new ValueError("zero-dimensional arrays cannot be concatenated");
    axis = normalizeAxis(p.axis ?? 0, nd);
  }
  const first = arrs[0], nd = first.ndim;
  const shape = first.shape.slice();
  for (let i = 1; i < arrs.length; i++) {
    const a = arrs[i];
    if (a.ndim !== nd) {
      throw new ValueError(`all the input arrays must have same number of dimensions, but the array at index 0 has ${nd} dimension(s) and the array at index ${i} has ${a.ndim} dimension(s)`);
    }
    for (let d = 0; d < nd; d++) {
      if (d === axis) continue;
      if (a.shape[d] !== first.shape[d]) {
        throw new ValueError(`all the input array dimensions except for the concatenation axis must match exactly, but along dimension ${d}, the array at index 0 has size ${first.shape[d]} and the array at index ${i} has size ${a.shape[d]}`);
      }
    }
    shape[axis] += a.shape[axis];
  }
  const found = p.out == null && p.dtype == null;
  const dtype = p.out ? p.out.dtype : !found ? asDType(p.dtype!) : result_type(...arrs.map((a, i) => (weak[i] ? raw[i] as number | bigint : a.dtype)));
  arrs.forEach((a, i) => {
    if (found && weak[i]) {
      if (!dtype.isFloat) checkCLong(raw[i] as number | bigint, true);
    } else if (!can_cast(a.dtype, dtype, casting)) {
      throw new NpTypeError(`Cannot cast ${zeroD[i] ? "scalar" : "array data"} from ${a.dtype.repr()} to ${dtype.repr()} according to the rule '${casting}'`);
    }
  });
  let out: ndarray;
  if (p.out) {
    out = p.out;
    if (out.ndim !== nd) throw new ValueError("Output array has wrong dimensionality");
    if (out.shape.some((d, i) => d !== shape[i])) throw new ValueError("Output array is the wrong shape");
    out._checkWriteable();
  } else {
    // NumPy lays the result out like its inputs: Fortran order when they all are
    const fortran = nd > 1 && arrs.every((a) => isFContiguous(a.shape, a.strides, a.itemsize) && !isCContiguous(a.shape, a.strides, a.itemsize));
    out = ndarray._alloc(shape, dtype, false, fortran ? "F" : "C");
  }
  let at = 0;
  for (const a of arrs) {
    const n = a.shape[axis];
    copyInto(sliceAxis(out, axis, at, at + n), a);
    at += n;
  }
  return out;
}

/** np.concat: the array-API name of concatenate. */
export const concat = concatenate;

type StackOpts = { axis?: number; out?: ndarray | null; dtype?: DTypeLike | null; casting?: Casting };

/** np.stack(arrays, axis=0, out=None, {dtype, casting}): join along a new axis. */
export function stack(arrays: unknown, ...rest: unknown[]): ndarray {
  const p = params<StackOpts>(rest, ["axis", "out"]);
  const arrs = items(arrays, "stack").map(asArray);
  if (arrs.length === 0) throw new ValueError("need at least one array to stack");
  const s0 = arrs[0].shape;
  if (arrs.some((a) => a.ndim !== s0.length || a.shape.some((d, i) => d !== s0[i]))) {
    throw new ValueError("all input arrays must have the same shape");
  }
  const axis = normalizeAxis(p.axis ?? 0, s0.length + 1);
  const expanded = arrs.map((a) => a._view([...s0.slice(0, axis), 1, ...s0.slice(axis)], [...a.strides.slice(0, axis), 0, ...a.strides.slice(axis)]));
  return concatenate(expanded, { axis, out: p.out, dtype: p.dtype, casting: p.casting });
}

type VHOpts = { dtype?: DTypeLike | null; casting?: Casting };
const asList = (x: ndarray | ndarray[]): ndarray[] => (Array.isArray(x) ? x : [x]);
/** Split `(tup, {opts})`: the options object is only ever the trailing argument. */
function tupAndOpts(tup: unknown, rest: unknown[]): [unknown[], VHOpts] {
  const opts = rest.length && isOptions(rest[rest.length - 1]) ? (rest[rest.length - 1] as VHOpts) : {};
  return [items(tup, "stack"), opts];
}

/** np.vstack(tup, {dtype, casting}): rows; 1-d inputs become (1, N). */
export function vstack(tup: unknown, ...rest: unknown[]): ndarray {
  const [list, o] = tupAndOpts(tup, rest);
  return concatenate(asList(atleast_2d(...list)), 0, { dtype: o.dtype, casting: o.casting });
}

/** np.row_stack(tup, {dtype, casting}): NumPy 2's deprecated alias of vstack (NumPy warns with a
 *  DeprecationWarning; numwasm's warnings are silent). */
export function row_stack(tup: unknown, ...rest: unknown[]): ndarray {
  return vstack(tup, ...rest);
}

/** np.hstack(tup, {dtype, casting}): along axis 1 (axis 0 for 1-d inputs). */
export function hstack(tup: unknown, ...rest: unknown[]): ndarray {
  const [list, o] = tupAndOpts(tup, rest);
  const arrs = asList(atleast_1d(...list));
  return concatenate(arrs, arrs.length && arrs[0].ndim === 1 ? 0 : 1, { dtype: o.dtype, casting: o.casting });
}

/** np.dstack(tup): along the third axis. */
export function dstack(tup: unknown): ndarray {
  return concatenate(asList(atleast_3d(...items(tup, "stack"))), 2);
}

/** np.column_stack(tup): 1-d arrays become columns. */
export function column_stack(tup: unknown): ndarray {
  const arrs = items(tup, "stack").map((v) => {
    const a = asArray(v);
    if (a.ndim >= 2) return a;
    const a2 = a.ndim === 0 ? a.reshape([1, 1]) : a._view([1, ...a.shape], [0, ...a.strides]);
    return a2.transpose();
  });
  return concatenate(arrs, 1);
}

/** np.append(arr, values, axis=None) */
export function append(arr: unknown, values: unknown, ...rest: unknown[]): ndarray {
  const p = params<{ axis?: number | null }>(rest, ["axis"]);
  let a = asArray(arr);
  let v = values;
  let axis: number;
  if (p.axis == null) {
    if (a.ndim !== 1) a = a.ravel("C");
    v = asArray(values).ravel("C");
    axis = a.ndim - 1;
  } else axis = p.axis;
  return concatenate([a, v], axis);
}

// ---- block ----

const blockIndex = (index: (number | null)[]) => "arrays" + index.filter((i) => i !== null).map((i) => `[${i}]`).join("");

/** NumPy's _block_check_depths_match: [index of the first bottom element, max array ndim]. */
function checkDepths(arrays: unknown, parent: (number | null)[] = []): [(number | null)[], number] {
  if (Array.isArray(arrays) && arrays.length > 0) {
    let first: (number | null)[] | null = null, maxNd = 0;
    arrays.forEach((arr, i) => {
      const [index, nd] = checkDepths(arr, [...parent, i]);
      if (nd > maxNd) maxNd = nd;
      if (first === null) { first = index; return; }
      if (index.length !== first.length) {
        throw new ValueError(`List depths are mismatched. First element was at depth ${first.length}, but there is an element at depth ${index.length} (${blockIndex(index)})`);
      }
      if (index[index.length - 1] === null) first = index;
    });
    return [first!, maxNd];
  }
  if (Array.isArray(arrays)) return [[...parent, null], 0];
  return [parent, arrays instanceof ndarray ? arrays.ndim : 0];
}

/** np.block(arrays): nested lists of blocks; the innermost lists join along the last axis. */
export function block(arrays: unknown): ndarray {
  const [bottom, arrNd] = checkDepths(arrays);
  const listNd = bottom.length;
  if (listNd > 0 && bottom[listNd - 1] === null) throw new ValueError(`List at ${blockIndex(bottom)} cannot be empty`);
  const resultNd = Math.max(arrNd, listNd);
  const atleastNd = (x: unknown): ndarray => {
    const a = asArray(x);
    return a.ndim >= resultNd ? a : a.reshape([...Array(resultNd - a.ndim).fill(1), ...a.shape]);
  };
  const rec = (x: unknown, depth: number): ndarray => {
    if (depth === listNd) return atleastNd(x);
    const parts = (x as unknown[]).map((y) => rec(y, depth + 1));
    return concatenate(parts, -(listNd - depth));
  };
  const res = rec(arrays, 0);
  return listNd === 0 ? res.copy() : res;
}
