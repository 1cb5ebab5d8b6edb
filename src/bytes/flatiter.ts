// a.flat: NumPy's flatiter, the array seen as 1-d in C order. Reads and writes go through the
// existing kernels (ravel / take / put / mask compress, cycled values); only iteration reads one
// element at a time. Index rules follow NumPy's prepare_index for flat iterators (mapping.c)
// and iter_subscript / iter_ass_subscript (iterators.c), NumPy 2.4's deprecated forms included
// (a float index truncates, a lone boolean selects the current element or nothing).
import { IndexError, ValueError } from "../core/errors.js";
import { ndarray } from "../ndarray/ndarray.js";
import { bool as boolT, int64 } from "../dtype/dtype.js";
import { fromJS, type ArrayLike } from "../ndarray/fromjs.js";
import { parseIndex } from "../ndarray/indexing.js";
import { assign } from "../ndarray/assign.js";
import { scoped, sliceAxis } from "../manipulation/common.js";
import { take, put } from "../indexing/take.js";
import { valuesOf, cycled, throughFlat } from "../indexing/common.js";
import { firstOutside, countNonzero } from "../indexing/kernels.js";

const INVALID = "only integers, slices (`:`), ellipsis (`...`) and integer or boolean arrays are valid indices";
const BOOL_LIST = "boolean indices for iterators are not supported because of previous behavior that was confusing (valid boolean indices are expected to work in the future)";
const outOfBounds = (i: number | bigint, n: number) => new IndexError(`index ${BigInt(i)} is out of bounds for size ${n}`);

/** A flat index after NumPy's classification (index_type when it is a single kind). */
type Flat =
  | { k: "int"; i: number }
  | { k: "slice"; start: number | null; stop: number | null; step: number | null }
  | { k: "all"; tuple: boolean }     // ellipsis alone (or nothing: the empty tuple)
  | { k: "bool0"; on: boolean }       // a lone 0-d boolean (deprecated in NumPy 2.4)
  | { k: "mask"; m: ndarray }         // a 1-d boolean array as long as the iterator
  | { k: "ints"; ind: ndarray };      // an integer array (int64)

/** Python's C cast of a float index to intp (NumPy 2.4 still accepts floats, deprecated). */
const floatIndex = (x: number): number => (Number.isFinite(x) && Math.abs(x) < 2 ** 63 ? Math.trunc(x) || 0 : -(2 ** 63));

/** A non-ndarray index array (JS list or TypedArray): PyArray_FROM_O, with a list of booleans
 *  refused and empty or non-integer data forced to intp. */
function listIndex(v: unknown, lone: boolean): ndarray {
  if (typeof v === "boolean") {
    if (!lone) throw new IndexError(BOOL_LIST);
    return fromJS(v, boolT);
  }
  const arr = fromJS(v as ArrayLike);
  if (arr.dtype === boolT) throw new IndexError(BOOL_LIST);
  return arr.size === 0 || !arr.dtype.isInteger ? arr.astype(int64) : arr;
}

// prepare_index's index_type bits
const INT = 1, SLICE = 2, NEWAXIS = 4, ELLIPSIS = 8, FANCY = 16;
type Part = { t: number; f?: Flat };

/** Classify `idx` (a.flat[idx] in NumPy) against an iterator of n elements. */
function classify(idx: readonly unknown[], n: number): Flat {
  const parts = parseIndex(idx.map((x) => (typeof x === "number" && !Number.isInteger(x) ? floatIndex(x) : x)));
  // a lone index is not a tuple (a comma in a string makes one)
  const lone = idx.length === 1 && parts.length === 1;
  const list: Part[] = [];
  let type = 0, used = 0, boolLen = -1;
  for (const p of parts) {
    if (p.k === "ellipsis") {
      if (type & ELLIPSIS) throw new IndexError("an index can only have a single ellipsis ('...')");
      type |= ELLIPSIS;
      list.push({ t: ELLIPSIS });
    } else if (p.k === "newaxis") {
      type |= NEWAXIS;
      list.push({ t: NEWAXIS });
    } else if (p.k === "int" || p.k === "slice") {
      const t = p.k === "int" ? INT : SLICE;
      type |= t;
      used++;
      list.push({ t, f: p.k === "int" ? { k: "int", i: p.i } : { k: "slice", start: p.start, stop: p.stop, step: p.step } });
    } else {
      const arr = p.v instanceof ndarray ? p.v : listIndex(p.v, lone);
      if (arr.dtype === boolT) {
        if (lone && arr.ndim === 1 && arr.shape[0] === n) return { k: "mask", m: arr };
        type |= FANCY;
        if (arr.ndim === 0) { list.push({ t: FANCY, f: { k: "bool0", on: arr.item() as boolean } }); continue; }
        used += arr.ndim; // expanded into one nonzero index array per dimension
        if (arr.ndim === 1) boolLen = arr.shape[0];
        list.push({ t: FANCY });
      } else if (!arr.dtype.isInteger) {
        throw new IndexError(p.v instanceof ndarray ? "arrays used as indices must be of integer (or boolean) type" : INVALID);
      } else {
        const t = arr.ndim === 0 ? INT : FANCY;
        type |= t;
        used++;
        list.push({ t, f: t === INT ? { k: "int", i: arr.item() as number } : { k: "ints", ind: arr.dtype === int64 ? arr : arr.astype(int64) } });
      }
    }
  }
  if (used > 1) throw new IndexError(`too many indices for flat iterator: flat iterator is 1-dimensional, but ${used} were indexed`);
  if (used === 0) type |= ELLIPSIS; // an index using no axis ends in an implied ellipsis
  if (boolLen >= 0 && boolLen !== n) {
    throw new IndexError(`boolean index did not match indexed flat iterator along axis 0; size of axis is ${n} but size of corresponding boolean axis is ${boolLen}`);
  }
  if (list.length && list[0].t === NEWAXIS) throw new IndexError(INVALID);
  if (type === ELLIPSIS) return { k: "all", tuple: !lone };
  if (list[0].f?.k === "bool0") return list[0].f;
  // otherwise a single integer, slice or integer array, and nothing else
  if (type !== INT && type !== SLICE && type !== FANCY) throw new IndexError(INVALID);
  return list.find((x) => x.f)!.f!;
}

/** Bounds-checked flat position of an integer index. */
function position(i: number, n: number): number {
  if (i < -n || i >= n) throw outOfBounds(i, n);
  return i < 0 ? i + n : i;
}

/** Throws NumPy's IndexError when some index lies outside the iterator. */
function checkIndices(ind: ndarray, n: number): void {
  const bad = firstOutside(ind, -n, n);
  if (bad !== null) throw outOfBounds(bad, n);
}

/** The first m elements of v's values repeated cyclically, as a 1-d array. */
function repeatTo(v: ndarray, m: number): ndarray {
  const c = cycled(v, m);
  return c.size === m ? c : c._view([m], [c.strides[0]]);
}

/** The element-index multi-index of flat position i in C order, the first axis unbounded (so
 *  an exhausted iterator sits one past the last row, as NumPy's coords). */
function unravel(shape: readonly number[], i: number): number[] {
  const c = new Array<number>(shape.length);
  for (let ax = shape.length - 1; ax >= 1; ax--) {
    const d = shape[ax];
    c[ax] = d === 0 ? 0 : i % d;
    i = d === 0 ? 0 : Math.floor(i / d);
  }
  if (shape.length) c[0] = i;
  return c;
}

/** NumPy's flatiter: `a.flat`. Iterable (and its own iterator, as in Python). */
export class flatiter implements IterableIterator<number | boolean> {
  private _i = 0;
  /** @internal use `a.flat` */
  constructor(
    /** The array being iterated. */
    readonly base: ndarray,
  ) {}

  /** len(a.flat): the number of elements. */
  get length(): number { return this.base.size; }
  /** The current position (flat C-order index). */
  get index(): number { return this._i; }
  /** The multi-index of the current position. */
  get coords(): number[] { return unravel(this.base.shape, this._i); }

  next(): IteratorResult<number | boolean> {
    if (this._i >= this.base.size) return { value: undefined, done: true };
    return { value: this.base.item(this._i++), done: false };
  }
  [Symbol.iterator](): this { return this; }

  /** A 1-d C-order copy of the array. */
  copy(): ndarray { return this.base.flatten(); }

  /** a.flat[idx]: an element (integer index) or a new 1-d (index-shaped) array. */
  get(...idx: unknown[]): ndarray | number | boolean {
    const a = this.base, n = a.size;
    return scoped(() => {
      const f = classify(idx, n);
      if (f.k === "bool0") {
        if (!f.on) return ndarray._alloc([0], a.dtype);
        if (this._i >= n) throw outOfBounds(this._i, n); // NumPy reads past the end here
        return a.item(this._i);
      }
      this._i = 0;
      switch (f.k) {
        case "int": return a.item(position(f.i, n));
        case "all": return a.flatten();
        case "slice": return sliceAxis(a.ravel(), 0, f.start, f.stop, f.step).copy(); // (the ravel may be a copy)
        case "mask": return a.ravel().get(f.m) as ndarray;
        case "ints":
          checkIndices(f.ind, n);
          return take(a, f.ind) as ndarray;
      }
    });
  }

  /** a.flat[idx] = value (the last argument): values are cast as NumPy's FORCECAST and repeated
   *  over the selected positions; an integer index takes one scalar. */
  set(...args: unknown[]): void {
    const a = this.base, n = a.size;
    if (!a.flags.writeable) throw new ValueError("underlying array is read-only");
    const value = args[args.length - 1];
    scoped(() => {
      const f = classify(args.slice(0, -1), n);
      if (f.k === "all" && f.tuple) throw new IndexError("Assigning to a flat iterator with a 0-D index is not supported");
      if (f.k === "bool0") {
        if (!f.on) return;
        if (this._i >= n) throw outOfBounds(this._i, n); // NumPy writes past the end here
        return a.set(...unravel(a.shape, this._i), value);
      }
      this._i = 0;
      if (f.k === "int") return setItem(a, position(f.i, n), value);
      const vals = valuesOf(value, a.dtype, "unsafe");
      if (vals.size === 0) return;
      switch (f.k) {
        case "all": return fillCycled(a, vals);
        case "slice":
          return throughFlat(a, (flat) => {
            const dst = sliceAxis(flat, 0, f.start, f.stop, f.step);
            if (dst.size) assign(dst, repeatTo(vals, dst.size));
          });
        case "mask": {
          const count = countNonzero(f.m);
          if (count) throughFlat(a, (flat) => flat.set(f.m, repeatTo(vals, count)));
          return;
        }
        case "ints":
          checkIndices(f.ind, n);
          if (f.ind.size) put(a, f.ind, vals);
      }
    });
  }
}

/** a.flat[i] = value: one element, PyArray_Pack's conversion (a bool takes Python's truth of
 *  any object); any failure is NumPy's ValueError. */
function setItem(a: ndarray, i: number, value: unknown): void {
  try {
    const v = a.dtype === boolT && !(value instanceof ndarray && value.ndim === 0) ? truth(value) : value;
    const scalar = typeof v === "number" || typeof v === "boolean" || typeof v === "bigint" || (v instanceof ndarray && v.ndim === 0);
    if (!scalar) throw new ValueError();
    a.set(...unravel(a.shape, i), v);
  } catch {
    throw new ValueError("Error setting single item of array.");
  }
}

/** Python's bool(x) for the object a JS value stands for. */
function truth(x: unknown): unknown {
  if (x instanceof ndarray) {
    if (x.size !== 1) throw new ValueError(); // ambiguous (or empty): an error in NumPy 2
    return x.item() !== 0 && x.item() !== false;
  }
  if (Array.isArray(x) || typeof x === "string") return x.length > 0;
  if (x === null || x === undefined) return false;
  return typeof x === "object" ? true : x;
}

/** Every element of a from vals (already of a's dtype, size > 0), repeated in flat C order. */
function fillCycled(a: ndarray, vals: ndarray): void {
  if (a.size) throughFlat(a, (flat) => assign(flat, repeatTo(vals, a.size)));
}

Object.defineProperty(ndarray.prototype, "flat", {
  configurable: true,
  get(this: ndarray) { return new flatiter(this); },
  /** a.flat = value: every element, values repeated (NumPy's array_flat_set). */
  set(this: ndarray, value: unknown) {
    if (!this.flags.writeable) throw new ValueError("array is read-only");
    scoped(() => {
      const vals = valuesOf(value, this.dtype, "unsafe");
      if (vals.size) fillCycled(this, vals);
    });
  },
});

declare module "../ndarray/ndarray.js" {
  interface ndarray {
    /** NumPy's a.flat: a flatiter over the elements in C order; assigning sets every element. */
    get flat(): flatiter;
    set flat(value: unknown);
  }
}
