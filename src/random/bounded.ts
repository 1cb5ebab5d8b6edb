// Bounded random integers (numpy/random/_bounded_integers.pyx.in): Generator.integers (Lemire's
// rejection, optional endpoint) and RandomState.randint (masked rejection), for every integer
// dtype and bool, with scalar or broadcast array bounds. Bounds are checked here exactly (BigInt,
// or float64 array ops for array bounds below 2^53); the kernel draws from u64 offset / range vectors.
import { ValueError, TypeError as NpTypeError } from "../core/errors.js";
import { ndarray } from "../ndarray/ndarray.js";
import { shapeSize } from "../ndarray/shape.js";
import { asDType, float64, int64, type DType } from "../dtype/dtype.js";
import { all as allR, max as amax } from "../reduction/reduce.js";
import { uf, any } from "../statistics/common.js";
import { fromJS } from "../ndarray/fromjs.js";
import { broadcast_shapes, broadcast_to } from "../manipulation/broadcasting.js";
import { heap, scratch } from "../runtime/memory.js";
import { kernels } from "../runtime/wasm.js";
import { sizeShape, scoped, type HasState, type SizeLike } from "./fill.js";

/** [lowest, highest, bytes written per element (0: bool)] */
const LIMITS: Record<string, [bigint, bigint, number]> = {
  bool: [0n, 1n, 0],
  int8: [-(2n ** 7n), 2n ** 7n - 1n, 1], uint8: [0n, 2n ** 8n - 1n, 1],
  int16: [-(2n ** 15n), 2n ** 15n - 1n, 2], uint16: [0n, 2n ** 16n - 1n, 2],
  int32: [-(2n ** 31n), 2n ** 31n - 1n, 4], uint32: [0n, 2n ** 32n - 1n, 4],
  int64: [-(2n ** 63n), 2n ** 63n - 1n, 8], uint64: [0n, 2n ** 64n - 1n, 8],
};

const all = (x: ndarray): boolean => allR(x) as boolean;

/** Python's int() of a scalar bound. */
function pyInt(x: unknown): bigint {
  if (typeof x === "bigint") return x;
  if (typeof x === "boolean") return x ? 1n : 0n;
  if (typeof x === "number") {
    if (!Number.isFinite(x)) throw new ValueError(Number.isNaN(x) ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer");
    return BigInt(Math.trunc(x));
  }
  if (x instanceof ndarray) return pyInt(x.item());
  throw new NpTypeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeof x}'`);
}

const boundsError = (closed: boolean, lowAllZero: boolean): string =>
  lowAllZero ? `high ${closed ? "<" : "<="} 0` : `low ${closed ? ">" : ">="} high`;

const isArrayBound = (x: unknown): boolean => (x instanceof ndarray ? x.ndim > 0 : Array.isArray(x));

/** The elements of an integer-valued bound array as BigInt (floats truncate, as int() does). */
function bigValues(a: ndarray): bigint[] {
  if (a.dtype.kind === "f") return (a.ravel().tolist() as number[]).map(pyInt);
  const t = (a.dtype.name === "uint64" ? a.astype("uint64") : a.astype("int64")).toTypedArray() as BigInt64Array | BigUint64Array;
  return Array.from(t, (v) => BigInt(v));
}

/** Random integers in [low, high) (or [low, high] when closed) of dtype; a number / boolean for
 *  size=None with scalar bounds. */
export function boundedIntegers(bg: HasState, low: unknown, high: unknown, size: SizeLike, dtype: DType, masked: boolean, closed: boolean): number | boolean | ndarray {
  const lim = LIMITS[dtype.name];
  if (lim === undefined) throw new NpTypeError(`Unsupported dtype dtype('${dtype.name}') for integers`);
  const [lb, ub, width] = lim;
  const shape = sizeShape(size);
  if (shape !== null && shapeSize(shape) === 0) return ndarray._alloc(shape, dtype);
  const dv = heap.dv;
  const buf = scratch + 16;
  if (!isArrayBound(low) && !isArrayBound(high)) {
    const lo = pyInt(low), hi = pyInt(high) - (closed ? 0n : 1n);
    if (lo < lb) throw new ValueError(`low is out of bounds for ${dtype.name}`);
    if (hi > ub) throw new ValueError(`high is out of bounds for ${dtype.name}`);
    if (lo > hi) throw new ValueError(boundsError(closed, lo === 0n));
    dv.setBigUint64(scratch, BigInt.asUintN(64, lo), true);
    dv.setBigUint64(scratch + 8, BigInt.asUintN(64, hi - lo), true);
    if (shape === null) {
      kernels.k.random_bounded(bg._st, width, scratch + 32, 1, scratch, 0, scratch + 8, 0, masked ? 1 : 0, buf);
      return readInt(dtype, scratch + 32);
    }
    const out = ndarray._alloc(shape, dtype);
    kernels.k.random_bounded(bg._st, width, out._addr(), out.size, scratch, 0, scratch + 8, 0, masked ? 1 : 0, buf);
    return out;
  }
  return scoped(() => {
    const la = low instanceof ndarray ? low : fromJS(low as never), ha = high instanceof ndarray ? high : fromJS(high as never);
    const fast = arrayBoundsF64(la, ha, shape, dtype, closed);
    if (fast !== null) {
      const [off, rng] = fast;
      const out = ndarray._alloc(off.shape, dtype);
      if (out.size > 0) kernels.k.random_bounded(bg._st, width, out._addr(), out.size, off._addr(), 1, rng._addr(), 1, masked ? 1 : 0, buf);
      return out;
    }
    const lv = bigValues(la), hv = bigValues(ha).map((h) => h - (closed ? 0n : 1n));
    if (lv.some((v) => v < lb)) throw new ValueError(`low is out of bounds for ${dtype.name}`);
    if (hv.some((v) => v > ub)) throw new ValueError(`high is out of bounds for ${dtype.name}`);
    const outShape = shape ?? broadcast_shapes(la.shape, ha.shape);
    // every pair must satisfy low <= high', checked over the broadcast pairs
    const pairShape = broadcast_shapes(la.shape, ha.shape);
    const idx = (s: readonly number[], n: number) => broadcast_to(fromJS(Array.from({ length: n }, (_, i) => i)).reshape(s.length ? s : []), pairShape).ravel().tolist() as number[];
    const lI = idx(la.shape, lv.length), hI = idx(ha.shape, hv.length);
    if (lI.some((k, i) => lv[k] > hv[hI[i]])) throw new ValueError(boundsError(closed, lv.every((v) => v === 0n)));
    const u64 = asDType("uint64");
    const vec = (vals: bigint[], s: readonly number[]) => {
      const a = ndarray._alloc(s, u64);
      (a.data as BigUint64Array).set(vals.map((v) => BigInt.asUintN(64, v)));
      return broadcast_to(a, outShape).copy();
    };
    const off = vec(lv, la.shape);
    const rng = vec(hI.map((k, i) => hv[k] - lv[lI[i]]), pairShape);
    const out = ndarray._alloc(outShape, dtype);
    if (out.size > 0) kernels.k.random_bounded(bg._st, width, out._addr(), out.size, off._addr(), 1, rng._addr(), 1, masked ? 1 : 0, buf);
    return out;
  });
}

/** Bounds as float64 integers (floats truncated, as int() does) when every value is finite and
 *  below 2^53 in magnitude, so the checks and differences are exact in float64 array ops; null
 *  otherwise (NaN, inf or huge values take the exact BigInt path, which also raises int()'s errors). */
function exactF64(a: ndarray): ndarray | null {
  const f = a.dtype.kind === "f" ? uf("trunc", a.astype(float64)) : a.astype(float64);
  return f.size === 0 || (amax(uf("absolute", f)) as number) < 2 ** 53 ? f : null;
}

/** Array bounds checked and turned into the kernel's offset / range vectors (int64 bits, which
 *  the kernel reads as u64, as BigInt.asUintN would give) with ufuncs and reductions, checks in
 *  the BigInt path's order; null when a bound is out of exactF64's range. */
function arrayBoundsF64(la: ndarray, ha: ndarray, shape: number[] | null, dtype: DType, closed: boolean): [ndarray, ndarray] | null {
  const lf = exactF64(la), h0 = exactF64(ha);
  if (lf === null || h0 === null) return null;
  const [lb, ub] = LIMITS[dtype.name];
  const hf = closed ? h0 : uf("subtract", h0, 1);
  if (any(uf("less", lf, Number(lb)))) throw new ValueError(`low is out of bounds for ${dtype.name}`);
  if (any(uf("greater", hf, Number(ub)))) throw new ValueError(`high is out of bounds for ${dtype.name}`);
  if (any(uf("greater", lf, hf))) throw new ValueError(boundsError(closed, all(uf("equal", lf, 0))));
  const pairShape = broadcast_shapes(lf.shape, hf.shape);
  const outShape = shape ?? pairShape;
  const vec = (x: ndarray) => broadcast_to(x.astype(int64), outShape).copy(); // C order, as the kernel reads it
  return [vec(lf), vec(broadcast_to(uf("subtract", hf, lf), pairShape))];
}

/** The integer (or bool) just written at p. */
function readInt(dtype: DType, p: number): number | boolean {
  const dv = heap.dv;
  switch (dtype.name) {
    case "bool": return dv.getUint8(p) !== 0;
    case "int8": return dv.getInt8(p);
    case "uint8": return dv.getUint8(p);
    case "int16": return dv.getInt16(p, true);
    case "uint16": return dv.getUint16(p, true);
    case "int32": return dv.getInt32(p, true);
    case "uint32": return dv.getUint32(p, true);
    case "uint64": return Number(dv.getBigUint64(p, true));
    default: return Number(dv.getBigInt64(p, true));
  }
}
