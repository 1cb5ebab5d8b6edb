// choice, shuffle, permutation, permuted and bytes, shared by Generator and RandomState
// (_generator.pyx, mtrand.pyx). Shuffles are Fisher-Yates in wasm (random_interval draws); an
// n-d shuffle permutes an index vector the same way and gathers, which consumes the same draws as
// NumPy's row swaps.
import { ValueError, TypeError as NpTypeError, normalizeAxis } from "../core/errors.js";
import { ndarray } from "../ndarray/ndarray.js";
import { asArray as asArr } from "../manipulation/common.js";
import { shapeSize } from "../ndarray/shape.js";
import { asDType } from "../dtype/dtype.js";
import { fromJS } from "../ndarray/fromjs.js";
import { arange } from "../creation/ranges.js";
import { take } from "../indexing/take.js";
import { searchsorted } from "../sorting/search.js";
import { heap, alloc, free } from "../runtime/memory.js";
import { kernels } from "../runtime/wasm.js";
import { Fill, fillArray, sizeShape, scoped, float64, kahanSum, type HasState, type SizeLike } from "./fill.js";
import { boundedIntegers } from "./bounded.js";

const int64 = asDType("int64");

/** Fisher-Yates of n items `stride` bytes apart at ptr, i from n-1 down to first. */
function shuffleRaw(g: HasState, ptr: number, n: number, first: number, itemsize: number, stride: number): void {
  if (n > first) kernels.k.random_shuffle(g._st, ptr, n, first, itemsize, stride);
}

/** np.arange(n) (int64) shuffled: the permutation NumPy's swaps apply. */
function shuffledIndex(g: HasState, n: number): ndarray {
  const idx = arange(n);
  shuffleRaw(g, idx._addr(), n, 1, 8, 8);
  return idx;
}

/** shuffle(x, axis=0): ndarray in place (1-d by direct swaps, n-d through an index), or a JS array. */
export function shuffle(g: HasState, x: unknown, axis: number): void {
  if (Array.isArray(x)) {
    if (axis !== 0) throw new NpTypeError("Axis argument is only supported on ndarray objects");
    scoped(() => {
      const perm = shuffledIndex(g, x.length).tolist() as number[];
      const old = x.slice();
      for (let i = 0; i < x.length; i++) x[i] = old[perm[i]];
    });
    return;
  }
  if (!(x instanceof ndarray)) throw new NpTypeError("shuffle needs an ndarray or a JS array");
  if (!x.flags.writeable) throw new ValueError("array is read-only");
  if (x.ndim === 0) throw new NpTypeError("len() of unsized object");
  const ax = normalizeAxis(axis, x.ndim);
  if (x.ndim === 1) {
    if (x.size > 0) shuffleRaw(g, x._addr(), x.size, 1, x.itemsize, x.strides[0]);
    return;
  }
  if (x.size === 0) return;
  scoped(() => {
    const perm = shuffledIndex(g, x.shape[ax]);
    const sorted = take(x, perm, { axis: ax }) as ndarray;
    x.set("...", sorted);
  });
}

/** permutation(x, axis=0) */
export function permutation(g: HasState, x: unknown, axis: number): ndarray {
  if (typeof x === "number" || typeof x === "bigint") {
    const a = arange(Number(x));
    shuffle(g, a, 0);
    return a;
  }
  const arr = asArr(x);
  const ax = normalizeAxis(axis, arr.ndim);
  if (arr.ndim === 1) {
    const c = arr.copy();
    shuffle(g, c, 0);
    return c;
  }
  return scoped(() => take(arr, shuffledIndex(g, arr.shape[ax]), { axis: ax }) as ndarray);
}

/** permuted(x, axis=None, out=None) */
export function permuted(g: HasState, x: unknown, axis: number | null, out: ndarray | null): ndarray {
  const arr = asArr(x);
  let o: ndarray;
  if (out === null) o = arr.copy("K");
  else {
    if (!(out instanceof ndarray)) throw new NpTypeError("out must be a numpy array");
    if (!out.flags.writeable) throw new ValueError("out is read-only");
    if (out.ndim !== arr.ndim || out.shape.some((d, i) => d !== arr.shape[i])) throw new ValueError("out must have the same shape as x");
    out.set("...", arr);
    o = out;
  }
  if (axis === null) {
    if (o.ndim <= 1) { shuffle(g, o.ndim === 0 ? o.reshape([1]) : o, 0); return o; }
    const f = o.flags;
    if (f.c_contiguous || f.f_contiguous) {
      // out.ravel(order='A') is a view: shuffle the memory order
      shuffle(g, o.ravel(f.f_contiguous && !f.c_contiguous ? "F" : "C"), 0);
    } else {
      scoped(() => { const c = o.ravel("C"); shuffle(g, c, 0); o.set("...", c.reshape(o.shape)); });
    }
    return o;
  }
  const ax = normalizeAxis(axis, o.ndim);
  const len = o.shape[ax], stride = o.strides[ax];
  // each lane along ax, the other axes in C order (PyArray_IterAllButAxis), shuffled down to 0
  const others = o.shape.map((_, i) => i).filter((i) => i !== ax);
  const count = others.reduce((t, i) => t * o.shape[i], 1);
  const idx = new Array<number>(others.length).fill(0);
  const base = o._addr();
  for (let k = 0; k < count; k++) {
    let p = base;
    for (let j = 0; j < others.length; j++) p += idx[j] * o.strides[others[j]];
    shuffleRaw(g, p, len, 0, o.itemsize, stride);
    for (let j = others.length - 1; j >= 0; j--) { if (++idx[j] < o.shape[others[j]]) break; idx[j] = 0; }
  }
  return o;
}

/** bytes(length): `length` bytes of little-endian uint32 draws. */
export function randomBytes(length: number, draw: (n: number) => ndarray): Uint8Array {
  const n = Math.floor((length - 1) / 4) + 1;
  const words = draw(n);
  const out = new Uint8Array(length);
  out.set(new Uint8Array(heap.u8.buffer, words._addr(), n * 4).subarray(0, length));
  return out;
}

/** cumsum(p) / cdf[-1], searchsorted(cdf, u, side='right') */
function cdfSearch(p: Float64Array, u: ndarray): ndarray {
  const cdf = new Float64Array(p.length);
  let s = 0;
  for (let i = 0; i < p.length; i++) { s += p[i]; cdf[i] = s; }
  const last = cdf[cdf.length - 1];
  for (let i = 0; i < cdf.length; i++) cdf[i] /= last;
  const r = searchsorted(fromJS(cdf), u, { side: "right" });
  return r instanceof ndarray ? r : fromJS(r);
}

/** choice for Generator (legacy false) and RandomState (legacy true: its messages, randint's
 *  masked draws, permutation for sampling without replacement). */
export function choice(g: HasState, a: unknown, size: SizeLike, replace: boolean, p: unknown, axis: number, shuf: boolean, legacy: boolean): unknown {
  return scoped(() => {
    const arr = asArr(a);
    const shapeReq = sizeShape(size);
    const nReq = shapeReq === null ? 1 : shapeSize(shapeReq);
    let pop: number;
    if (arr.ndim === 0) {
      const v = arr.item();
      if (arr.dtype.kind !== "i" && arr.dtype.kind !== "u") {
        throw new ValueError(legacy ? "a must be 1-dimensional or an integer" : `a must be a sequence or an integer, not <class '${typeof v === "boolean" ? "bool" : "float"}'>`);
      }
      pop = Number(v);
      if (pop <= 0 && nReq !== 0) throw new ValueError(legacy ? "a must be greater than 0 unless no samples are taken" : "a must be a positive integer unless no samples are taken");
    } else if (legacy && arr.ndim !== 1) {
      throw new ValueError("a must be 1-dimensional");
    } else {
      pop = arr.shape[normalizeAxis(axis, arr.ndim)];
      if (pop === 0 && nReq !== 0) throw new ValueError(legacy ? "'a' cannot be empty unless no samples are taken" : "a cannot be empty unless no samples are taken");
    }
    let pv: Float64Array | null = null;
    if (p !== null && p !== undefined) {
      const pa = asArr(p);
      let atol = Math.sqrt(2.220446049250313e-16);
      if (p instanceof ndarray && pa.dtype.name === "float32") atol = Math.max(atol, Math.sqrt(1.1920929e-7));
      const pf = pa.dtype === float64 ? pa : pa.astype(float64);
      if (pf.ndim !== 1) throw new ValueError(legacy ? "'p' must be 1-dimensional" : "p must be 1-dimensional");
      if (pf.size !== pop) throw new ValueError(legacy ? "'a' and 'p' must have same size" : "a and p must have same size");
      pv = pf.toTypedArray() as Float64Array;
      const sum = kahanSum(pv, 0, pv.length);
      if (Number.isNaN(sum)) throw new ValueError(legacy ? "probabilities contain NaN" : "Probabilities contain NaN");
      if (pv.some((x) => x < 0)) throw new ValueError(legacy ? "probabilities are not non-negative" : "Probabilities are not non-negative");
      if (Math.abs(sum - 1) > atol) {
        throw new ValueError(legacy ? "probabilities do not sum to 1" : "Probabilities do not sum to 1. See Notes section of docstring for more information.");
      }
    }
    const shape = shapeReq ?? [];
    let idx: ndarray;
    if (replace) {
      if (pv !== null) idx = cdfSearch(pv, fillArray(g, Fill.double, shape, float64, null) as ndarray).astype(int64);
      else idx = boundedIntegers(g, 0, pop, shape, int64, legacy, false) as ndarray;
    } else {
      if (nReq > pop) throw new ValueError(legacy ? "Cannot take a larger sample than population when 'replace=False'" : "Cannot take a larger sample than population when replace is False");
      if (pv !== null) {
        if (pv.filter((x) => x > 0).length < nReq) throw new ValueError("Fewer non-zero entries in p than size");
        const q = pv.slice(), found: number[] = [];
        while (found.length < nReq) {
          const x = fillArray(g, Fill.double, [nReq - found.length], float64, null) as ndarray;
          for (const f of found) q[f] = 0;
          const fresh = cdfSearch(q, x).tolist() as number[];
          const seen = new Set<number>();
          for (const v of fresh) if (!seen.has(v)) { seen.add(v); found.push(v); }
        }
        idx = fromJS(found, int64).reshape(shape);
      } else if (legacy) {
        idx = (shuffledIndex(g, pop).get(`:${nReq}`) as ndarray).reshape(shape);
      } else {
        idx = sampleWithoutReplacement(g, pop, nReq, shuf).reshape(shape);
      }
    }
    if (shapeReq === null) {
      const i = idx.ravel().item(0) as number;
      if (arr.ndim === 0) return i;
      return legacy ? arr.get(i) : take(arr, i, { axis });
    }
    if (arr.ndim === 0) return idx;
    // size=(): a 0-d array, where a[idx] alone would be a scalar
    if (idx.ndim === 0 && (legacy || arr.ndim === 1)) return (take(arr, idx.reshape([1]), { axis: 0 }) as ndarray).reshape([]);
    if (legacy) return take(arr, idx, { axis: 0 });
    return take(arr, idx, { axis });
  });
}

/** Generator.choice(replace=False) without p: a tail shuffle for large populations, else Floyd. */
function sampleWithoutReplacement(g: HasState, pop: number, size: number, shuf: boolean): ndarray {
  const cutoff = shuf ? 50 : 20;
  if (pop > 10000 && size > Math.floor(pop / cutoff)) {
    const idx = arange(pop);
    kernels.k.random_shuffle_int(g._st, idx._addr(), pop, Math.max(pop - size, 1));
    return (idx.get(`${pop - size}:`) as ndarray).copy();
  }
  const out = ndarray._alloc([size], int64);
  let mask = Math.floor(1.2 * size);
  for (let s = 1; s <= 32; s *= 2) mask |= mask >>> s; // gen_mask (sizes below 2^31)
  const setSize = (mask >>> 0) + 1;
  const hash = alloc(setSize * 8);
  try {
    kernels.k.random_floyd(g._st, out._addr(), BigInt(pop), size, hash, setSize, shuf ? 1 : 0);
  } finally {
    free(hash);
  }
  return out;
}
