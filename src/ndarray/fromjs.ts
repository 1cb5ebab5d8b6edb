// JS data → ndarray: nested arrays, TypedArrays, scalars, with NumPy's shape discovery, ragged
// detection and dtype inference. Reading JS values is inherently a JS loop; the conversion to the
// target dtype then runs in the cast kernel.
import { ValueError, TypeError } from "../core/errors.js";
import { Code, type DType, bool, int64, uint64, float64, float32, int8, uint8, int16, uint16, int32, uint32 } from "../dtype/dtype.js";
import { promote_types } from "../dtype/promotion.js";
import { ndarray } from "./ndarray.js";
import { assign, coerceScalar } from "./assign.js";
import { heap } from "../runtime/memory.js";
import { shapeStr } from "./shape.js";

export type ArrayLike = ndarray | number | boolean | bigint | ArrayBufferView | readonly ArrayLike[];

const typedDType = new Map<unknown, DType>([
  [Float64Array, float64], [Float32Array, float32], [Int8Array, int8], [Uint8Array, uint8],
  [Uint8ClampedArray, uint8], [Int16Array, int16], [Uint16Array, uint16], [Int32Array, int32],
  [Uint32Array, uint32], [BigInt64Array, int64], [BigUint64Array, uint64],
]);

export function dtypeOfTyped(t: ArrayBufferView): DType | undefined { return typedDType.get(t.constructor); }

const isSeq = (x: unknown): x is ArrayLike[] | ArrayBufferView =>
  Array.isArray(x) || (ArrayBuffer.isView(x) && !(x instanceof DataView));

// What a traversal saw; the dtype is decided from this summary as NumPy's discovery does.
interface Seen { bool: boolean; int: boolean; float: boolean; big: boolean; uint64: boolean; long: boolean; dtype: DType | null; n: number }

/** Discover the shape: follow first elements, then verify every node (NumPy's ragged rule). */
function discoverShape(data: ArrayLike): number[] {
  const shape: number[] = [];
  let x: unknown = data;
  for (;;) {
    if (x instanceof ndarray) { shape.push(...x.shape); break; }
    if (!isSeq(x)) break;
    shape.push((x as ArrayLike[]).length);
    if ((x as ArrayLike[]).length === 0) break;
    x = (x as ArrayLike[])[0];
  }
  // Verify every node; `depthOk` ends as the depth up to which all nodes agree.
  let depthOk = shape.length, ragged = false;
  const mismatch = (d: number) => { ragged = true; if (d < depthOk) depthOk = d; };
  const check = (node: unknown, d: number): void => {
    if (node instanceof ndarray) {
      const s = node.shape;
      if (d + s.length !== shape.length) return mismatch(d);
      for (let i = 0; i < s.length; i++) if (s[i] !== shape[d + i]) return mismatch(d + i);
      return;
    }
    if (d === shape.length) { if (isSeq(node)) mismatch(d); return; }
    if (!isSeq(node) || (node as ArrayLike[]).length !== shape[d]) return mismatch(d);
    if (ArrayBuffer.isView(node)) { if (d + 1 !== shape.length) mismatch(d + 1); return; }
    for (const c of node as ArrayLike[]) check(c, d + 1);
  };
  check(data, 0);
  if (ragged) {
    throw new ValueError(
      "setting an array element with a sequence. The requested array has an inhomogeneous shape after " +
      `${depthOk} dimensions. The detected shape was ${shapeStr(shape.slice(0, depthOk))} + inhomogeneous part.`,
    );
  }
  return shape;
}

function scan(x: unknown, s: Seen): void {
  if (typeof x === "number") {
    s.n++;
    if (Number.isInteger(x) && !Object.is(x, -0)) {
      s.int = true;
      if (x >= 2 ** 63) s.uint64 = true; // a Python int above int64: uint64 (NumPy 2); 2**63 itself too
      else s.long = true; // one that fits int64 (NumPy 2 gives it int64, whatever its sign)
    } else s.float = true;
  } else if (typeof x === "boolean") { s.n++; s.bool = true; }
  else if (typeof x === "bigint") { s.n++; s.int = true; s.big = true; if (x > 9223372036854775807n) s.uint64 = true; else s.long = true; }
  else if (x instanceof ndarray) { s.n += x.size; s.dtype = s.dtype ? promote_types(s.dtype, x.dtype) : x.dtype; }
  else if (ArrayBuffer.isView(x)) {
    const dt = dtypeOfTyped(x);
    if (!dt) throw new TypeError(`numwasm cannot read a ${x.constructor.name}`);
    s.n += (x as unknown as { length: number }).length;
    s.dtype = s.dtype ? promote_types(s.dtype, dt) : dt;
  } else if (Array.isArray(x)) { for (const c of x) scan(c, s); }
  else if (x === null || x === undefined) throw new TypeError(`numwasm arrays cannot hold ${x}: use np.nan for missing values`);
  else throw new TypeError(`numwasm cannot make an array element from ${typeof x === "object" ? Object.prototype.toString.call(x) : typeof x}`);
}

function inferDType(s: Seen): DType {
  // Python scalars take their default dtypes (array coercion is not weak promotion).
  let dt: DType | null = s.dtype;
  const add = (d: DType) => { dt = dt ? promote_types(dt, d) : d; };
  if (s.bool) add(bool);
  if (s.int) {
    if (s.uint64 && s.long) add(float64); // NumPy 2: int64 ints with uint64 ones promote to float64 ([0, 2**63])
    else add(s.uint64 ? uint64 : int64);
  }
  if (s.float) add(float64);
  return dt ?? float64;
}

/** np.array(data, intDtype) converts each Python scalar as setitem does: floats truncate, then
 *  every value must fit (NumPy: "Python integer -1 out of bounds for uint8"). */
function checkInts(x: unknown, dt: DType, lo: number, hi: number): void {
  if (typeof x === "number" || typeof x === "bigint") {
    if (typeof x === "bigint" || Number.isNaN(x) || x < lo || x > hi) coerceScalar(dt, x); // throws NumPy's error
  } else if (Array.isArray(x)) for (const c of x) checkInts(c, dt, lo, hi);
}
const intRange: Partial<Record<Code, [number, number]>> = {
  [Code.int8]: [-128, 127], [Code.uint8]: [0, 255], [Code.int16]: [-32768, 32767], [Code.uint16]: [0, 65535],
  [Code.int32]: [-(2 ** 31), 2 ** 31 - 1], [Code.uint32]: [0, 2 ** 32 - 1],
  [Code.int64]: [-(2 ** 63), 2 ** 63 - 1], [Code.uint64]: [0, 2 ** 64 - 1],
};

/** Build a new owner array from JS data. `dtype` undefined means infer. */
export function fromJS(data: ArrayLike, dtype?: DType): ndarray {
  if (data instanceof ndarray) return dtype && dtype !== data.dtype ? data.astype(dtype) : data.copy();
  if (ArrayBuffer.isView(data) && !(data instanceof DataView)) return fromTyped(data, dtype);
  const shape = discoverShape(data);
  const seen: Seen = { bool: false, int: false, float: false, big: false, uint64: false, long: false, dtype: null, n: 0 };
  scan(data, seen);
  const dt = dtype ?? inferDType(seen);
  const range = intRange[dt.code];
  if (range && (seen.int || seen.float)) checkInts(data, dt, range[0], range[1]);
  const out = ndarray._alloc(shape, dt);
  if (out.size === 0) return out;
  // Fast path: plain JS numbers/booleans go through a float64 staging array, then one cast
  // kernel (exact for every value a JS number can hold). BigInts and 64-bit targets need exact
  // integers, so they stage as int64/uint64 (unless the target is a float: a BigInt beyond 64
  // bits then becomes its nearest double, as NumPy converts a Python int to float64).
  const exactInts = !dt.isFloat && dt !== bool && (seen.big || (dt.isBig && seen.int && !seen.float));
  const stageDT = exactInts ? (dt === uint64 || seen.uint64 ? uint64 : int64) : float64;
  const stage = stageDT === dt ? out : ndarray._alloc(shape, stageDT);
  const base = stage._addr() >>> 3;
  let i = 0;
  // (a float among BigInts truncates, as NumPy's int(); checkInts has refused NaN / inf / out of range)
  const big = (v: number | boolean | bigint) => BigInt(typeof v === "boolean" ? +v : typeof v === "number" ? Math.trunc(v) : v);
  const put = exactInts
    ? (stageDT === uint64
      ? (v: number | boolean | bigint) => { heap.u64[base + i++] = BigInt.asUintN(64, big(v)); }
      : (v: number | boolean | bigint) => { heap.i64[base + i++] = BigInt.asIntN(64, big(v)); })
    : (v: number | boolean | bigint) => { heap.f64[base + i++] = Number(v); };
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) { for (let j = 0; j < x.length; j++) walk(x[j]); return; }
    if (x instanceof ndarray || ArrayBuffer.isView(x)) {
      // a nested array/TypedArray: cast it into its slot of the staging buffer in wasm
      const sub = x instanceof ndarray ? x : fromTyped(x as ArrayBufferView);
      const slot = stage._view(sub.shape.slice(), sub.shape.map((_, k) => stage.strides[stage.ndim - sub.ndim + k]), i * 8);
      assign(slot, sub);
      if (sub !== x) sub.dispose();
      i += sub.size;
      return;
    }
    put(x as number | boolean | bigint);
  };
  walk(data);
  if (stage !== out) { assign(out, stage); stage.dispose(); }
  return out;
}

function fromTyped(t: ArrayBufferView, dtype?: DType): ndarray {
  const dt = dtypeOfTyped(t);
  if (!dt) throw new TypeError(`numwasm cannot read a ${t.constructor.name}`);
  const n = (t as unknown as { length: number }).length;
  const raw = ndarray._alloc([n], dt);
  heap.u8.set(new Uint8Array(t.buffer, t.byteOffset, n * dt.itemsize), raw._addr());
  if (!dtype || dtype === dt) return raw;
  const out = raw.astype(dtype);
  raw.dispose();
  return out;
}
