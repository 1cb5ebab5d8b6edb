// Shape and stride arithmetic: contiguous strides, contiguity flags, shape arguments, NumPy's
// no-copy reshape rule.
import { ValueError, TypeError } from "../core/errors.js";
import { pyFloatRepr } from "../dtype/info.js";

export type ShapeLike = number | readonly number[];

export const MAXDIMS = 64;

/** Normalize a shape argument (number, array, or the varargs of reshape) and validate it, with
 *  the errors of NumPy's PyArray_IntpConverter. */
export function asShape(s: ShapeLike | readonly ShapeLike[]): number[] {
  if (typeof s === "boolean" || (typeof s === "number" && !Number.isInteger(s))) {
    const repr = typeof s === "boolean" ? (s ? "True" : "False") : pyFloatRepr(s);
    throw new TypeError(`expected a sequence of integers or a single integer, got '${repr}'`);
  }
  // a string is a Python sequence of 1-character strings
  const arr = typeof s === "number" || typeof s === "bigint" ? [s] : typeof s === "string" ? [...(s as string)]
    : (s.length === 1 && Array.isArray(s[0]) ? (s[0] as number[]) : (s as number[]));
  const out = new Array<number>(arr.length);
  for (let i = 0; i < arr.length; i++) {
    const d = arr[i] as unknown;
    if (typeof d === "boolean") throw new TypeError("an integer is required");
    if (typeof d === "bigint") {
      if (d < -(2n ** 63n) || d >= 2n ** 63n) throw new ValueError("Maximum allowed dimension exceeded");
      out[i] = Number(d);
      continue;
    }
    if (typeof d !== "number" || !Number.isInteger(d)) {
      const type = typeof d === "number" ? "float" : typeof d === "string" ? "str" : d === null ? "NoneType"
        : Array.isArray(d) ? "list" : typeof d;
      throw new TypeError(`'${type}' object cannot be interpreted as an integer`);
    }
    if (d >= 2 ** 63) throw new ValueError("Maximum allowed dimension exceeded");
    out[i] = d;
  }
  if (out.length > MAXDIMS) throw new ValueError(`maximum supported dimension for an ndarray is currently ${MAXDIMS}, found ${out.length}`);
  return out;
}

/** Shape for a new array: no negative dimensions. */
export function newShape(s: ShapeLike | readonly ShapeLike[]): number[] {
  if (s === null || s === undefined) throw new TypeError("Use () not None as shape arguments");
  const shape = asShape(s);
  for (const d of shape) if (d < 0) throw new ValueError("negative dimensions are not allowed");
  return shape;
}

/** The same shape (a loop, not every(): the ufunc fast path calls it per call). */
export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function shapeSize(shape: readonly number[]): number {
  let n = 1;
  for (let i = 0; i < shape.length; i++) n *= shape[i];
  return n;
}

// 1-d strides per itemsize, shared by every 1-d array (strides are never modified; frozen so that
// plain JS cannot either)
const ONE_D: number[][] = [];
for (const s of [1, 2, 4, 8, 16]) ONE_D[s] = Object.freeze([s]) as number[];

export function cStrides(shape: readonly number[], itemsize: number): readonly number[] {
  return shape.length === 1 ? ONE_D[itemsize] : cStridesN(shape, itemsize); // 1-d: small enough to inline
}
function cStridesN(shape: readonly number[], itemsize: number): number[] {
  const st = new Array<number>(shape.length);
  let s = itemsize;
  for (let i = shape.length - 1; i >= 0; i--) { st[i] = s; s *= shape[i] || 1; }
  return st;
}

export function fStrides(shape: readonly number[], itemsize: number): number[] {
  const st = new Array<number>(shape.length);
  let s = itemsize;
  for (let i = 0; i < shape.length; i++) { st[i] = s; s *= shape[i] || 1; }
  return st;
}

/** NumPy's contiguity test: size-1 axes may have any stride; empty arrays are contiguous. */
export function isCContiguous(shape: readonly number[], strides: readonly number[], itemsize: number): boolean {
  if (shape.includes(0)) return true;
  let expect = itemsize;
  for (let i = shape.length - 1; i >= 0; i--) {
    const d = shape[i];
    if (d !== 1) { if (strides[i] !== expect) return false; expect *= d; }
  }
  return true;
}
export function isFContiguous(shape: readonly number[], strides: readonly number[], itemsize: number): boolean {
  if (shape.includes(0)) return true;
  let expect = itemsize;
  for (let i = 0; i < shape.length; i++) {
    const d = shape[i];
    if (d !== 1) { if (strides[i] !== expect) return false; expect *= d; }
  }
  return true;
}

/** NumPy's IsAligned: the address and the stride of every axis longer than 1 are multiples of
 *  `alignment` (arrays with no elements always are). */
export function isAligned(addr: number, shape: readonly number[], strides: readonly number[], alignment: number): boolean {
  if (shape.includes(0)) return true;
  let bits = addr;
  for (let i = 0; i < shape.length; i++) if (shape[i] > 1) bits |= strides[i];
  return (bits & (alignment - 1)) === 0;
}

/** npyiter_find_best_axis_ordering on raw strides, innermost first: a stable insertion sort of
 *  the axes by |stride|, where an operand with a zero stride on either axis abstains and, when
 *  operands disagree, C order wins. */
export function orderByStrides(ndim: number, strides: readonly (readonly number[])[]): number[] {
  const order = [...Array(ndim).keys()].reverse();
  for (let i0 = 1; i0 < ndim; i0++) {
    let ipos = i0;
    const ax0 = order[i0];
    for (let i1 = i0 - 1; i1 >= 0; i1--) {
      const ax1 = order[i1];
      let ambig = true, swap = false;
      for (const st of strides) {
        const s0 = st[ax0], s1 = st[ax1];
        if (s0 !== 0 && s1 !== 0) {
          if (Math.abs(s1) <= Math.abs(s0)) swap = false;
          else if (ambig) swap = true;
          ambig = false;
        }
      }
      if (!ambig) {
        if (swap) ipos = i1;
        else break;
      }
    }
    if (ipos !== i0) { order.splice(i0, 1); order.splice(ipos, 0, ax0); }
  }
  return order;
}

/** NumPy's iteration order of the axes for operands of this shape, innermost first (length-1
 *  axes count as stride 0, as the iterator sees them). */
export function iterOrder(shape: readonly number[], strides: readonly (readonly number[])[]): number[] {
  return orderByStrides(shape.length, strides.map((st) => st.map((v, ax) => (shape[ax] === 1 ? 0 : v))));
}

/** Strides of a new array that NumPy allocates for an iteration over these operands (order='K'):
 *  contiguous in iterOrder. */
export function iterStrides(shape: readonly number[], strides: readonly (readonly number[])[], itemsize: number): number[] {
  const out = new Array<number>(shape.length);
  let s = itemsize;
  for (const ax of iterOrder(shape, strides)) { out[ax] = s; s *= shape[ax] || 1; }
  return out;
}

/** Strides for a new array laid out like `srcStrides` (NumPy's order='K'): axes ordered by
 *  decreasing |stride| (stable), then packed contiguously in that order. */
export function kStrides(shape: readonly number[], srcStrides: readonly number[], itemsize: number): number[] {
  const perm = [...shape.keys()].sort((a, b) => Math.abs(srcStrides[b]) - Math.abs(srcStrides[a]) || a - b);
  const out = new Array<number>(shape.length);
  let s = itemsize;
  for (let k = perm.length - 1; k >= 0; k--) { out[perm[k]] = s; s *= shape[perm[k]] || 1; }
  return out;
}

export function shapeStr(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
}

/** Resolve a reshape target against `size`: one negative entry is inferred; NumPy's errors otherwise. */
export function resolveReshape(size: number, target: number[]): number[] {
  let unknown = -1, known = 1;
  for (let i = 0; i < target.length; i++) {
    const d = target[i];
    if (d < 0) {
      if (unknown >= 0) throw new ValueError("can only specify one unknown dimension");
      unknown = i;
    } else known *= d;
  }
  const out = target.slice();
  if (unknown >= 0) {
    if (known === 0 || size % known !== 0) throw reshapeError(size, target);
    out[unknown] = size / known;
  } else if (known !== size) throw reshapeError(size, target);
  return out;
}
// NumPy prints the requested shape C-style: "(2,newaxis)", and drops a leading unknown.
function reshapeError(size: number, target: number[]): ValueError {
  const parts = target.map((d, i) => (d < 0 ? (i === 0 ? null : "newaxis") : String(d))).filter((x) => x !== null);
  return new ValueError(`cannot reshape array of size ${size} into shape (${parts.join(",")}${target.length === 1 ? "," : ""})`);
}

/** NumPy's _attempt_nocopy_reshape: strides for `newDims` viewing the same memory, or null. */
export function nocopyReshape(
  oldShape: readonly number[], oldStrides: readonly number[], newDims: readonly number[], itemsize: number, fortran: boolean,
): number[] | null {
  const od: number[] = [], os: number[] = [];
  for (let i = 0; i < oldShape.length; i++) if (oldShape[i] !== 1) { od.push(oldShape[i]); os.push(oldStrides[i]); }
  const newnd = newDims.length, oldnd = od.length;
  const ns = new Array<number>(newnd);
  let oi = 0, oj = 1, ni = 0, nj = 1;
  while (ni < newnd && oi < oldnd) {
    let np = newDims[ni], op = od[oi];
    while (np !== op) {
      if (np < op) np *= newDims[nj++];
      else op *= od[oj++];
    }
    for (let ok = oi; ok < oj - 1; ok++) {
      if (fortran) { if (os[ok + 1] !== od[ok] * os[ok]) return null; }
      else if (os[ok] !== od[ok + 1] * os[ok + 1]) return null;
    }
    if (fortran) {
      ns[ni] = os[oi];
      for (let nk = ni + 1; nk < nj; nk++) ns[nk] = ns[nk - 1] * newDims[nk - 1];
    } else {
      ns[nj - 1] = os[oj - 1];
      for (let nk = nj - 1; nk > ni; nk--) ns[nk - 1] = ns[nk] * newDims[nk];
    }
    ni = nj++; oi = oj++;
  }
  let last: number;
  if (ni >= 1) last = fortran ? ns[ni - 1] * newDims[ni - 1] : ns[ni - 1];
  else last = itemsize;
  for (let nk = ni; nk < newnd; nk++) ns[nk] = last;
  return ns;
}
