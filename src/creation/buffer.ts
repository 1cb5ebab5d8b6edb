// Arrays from raw bytes (np.frombuffer) and from JS iterables (np.fromiter). Array data must
// live in wasm memory, so frombuffer copies the bytes in (NumPy would share the buffer).
import { ndarray } from "../ndarray/ndarray.js";
import { kernels } from "../runtime/wasm.js";
import { heap } from "../runtime/memory.js";
import { type DType, type DTypeLike, asDType, float64, uint8 } from "../dtype/dtype.js";
import { checkWeakScalar } from "../dtype/promotion.js";
import { ValueError, OverflowError, TypeError as NpTypeError } from "../core/errors.js";
import { params } from "../core/args.js";
import { writeNd, ndShapePtr, ndStridesPtr } from "../ndarray/nd.js";
import { isCContiguous } from "../ndarray/shape.js";
import { fromJS } from "../ndarray/fromjs.js";
import { type PyScalar, isPyScalar, pyType, index } from "./pyargs.js";

type BufferLike = ArrayBuffer | SharedArrayBuffer | ArrayBufferView | ndarray;
type FromBufferOpts = { dtype?: DTypeLike | null; count?: number; offset?: number; like?: unknown };

/**
 * np.frombuffer(buffer, dtype=float64, count=-1, offset=0): the bytes of a Uint8Array,
 * ArrayBuffer, any TypedArray or DataView (its viewed bytes), or a C-contiguous ndarray, read as
 * a 1-d array of `dtype`. The result is a writeable copy in wasm memory.
 */
export function frombuffer(buffer: BufferLike, ...rest: unknown[]): ndarray {
  const p = params<FromBufferOpts>(rest, ["dtype", "count", "offset"]);
  // big-endian data (">i4", "!f8") becomes the native dtype; its bytes are swapped on the way in
  const bigEndian = typeof p.dtype === "string" && (p.dtype[0] === ">" || p.dtype[0] === "!");
  const dtype = p.dtype == null ? float64 : asDType(bigEndian ? "<" + (p.dtype as string).slice(1) : p.dtype);
  const count = index(p.count ?? -1), offset = index(p.offset ?? 0);
  // the source: an address in wasm memory, or JS bytes
  let addr = -1, bytes: Uint8Array | null = null, total: number;
  if (buffer instanceof ndarray) {
    if (!isCContiguous(buffer.shape, buffer.strides, buffer.itemsize)) throw new ValueError("ndarray is not C-contiguous");
    addr = buffer._addr();
    total = buffer.nbytes;
  } else {
    if (ArrayBuffer.isView(buffer)) bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    else if (buffer instanceof ArrayBuffer || (typeof SharedArrayBuffer === "function" && buffer instanceof SharedArrayBuffer)) bytes = new Uint8Array(buffer);
    else throw new NpTypeError(`a bytes-like object is required, not '${pyType(buffer)}'`);
    total = bytes.byteLength;
    // bytes over wasm memory itself (a.data): keep the address, as allocating may detach the view
    if (bytes.buffer === heap.u8.buffer) addr = bytes.byteOffset;
  }

  if (offset < 0 || offset > total) {
    throw new ValueError(`offset must be non-negative and no greater than buffer length (${total})`);
  }
  const avail = total - offset, sz = dtype.itemsize;
  let n = count;
  if (n < 0) {
    if (avail % sz !== 0) throw new ValueError("buffer size must be a multiple of element size");
    n = avail / sz;
  } else if (avail < n * sz) {
    throw new ValueError("buffer is smaller than requested size");
  }

  const out = ndarray._alloc([n], dtype);
  if (n === 0) return out;
  const swap = sz > 1 && bigEndian;
  const dst = swap ? ndarray._alloc([n * sz], uint8) : out;
  if (addr >= 0) kernels.k.mem_copy(dst._addr(), addr + offset, n * sz);
  else heap.u8.set(bytes!.subarray(offset, offset + n * sz), dst._addr());
  if (swap) {
    // byte j of element i comes from byte (sz - 1 - j): one strided byte copy in wasm
    const nd = writeNd([n, sz], [sz, -1], [sz, 1]);
    kernels.k.copy_nd(1, dst._addr() + sz - 1, out._addr(), nd, ndShapePtr(), ndStridesPtr(0), ndStridesPtr(1));
    dst.dispose();
  }
  return out;
}

/** One iterator item converted for `dt` as NumPy's PyArray_Pack would (with its errors). */
function packItem(dt: DType, x: unknown): PyScalar {
  if (!isPyScalar(x)) {
    const seq = Array.isArray(x) || ArrayBuffer.isView(x) || x instanceof ndarray;
    if (dt.kind === "b") return x instanceof ndarray ? x.size !== 0 : seq ? (x as ArrayLike<unknown>).length !== 0 : x != null; // bool(x)
    if (dt.isInteger) throw new NpTypeError(`int() argument must be a string, a bytes-like object or a real number, not '${pyType(x)}'`);
    if (seq) throw new ValueError("setting an array element with a sequence.");
    throw new NpTypeError(`float() argument must be a string or a real number, not '${pyType(x)}'`);
  }
  if (!dt.isInteger || typeof x === "boolean") return x;
  if (typeof x === "number" && !(Number.isInteger(x) && !Object.is(x, -0))) {
    // a Python float: int(x), then that int's range check
    if (Number.isNaN(x)) throw new ValueError("cannot convert float NaN to integer");
    if (!Number.isFinite(x)) throw new OverflowError("cannot convert float infinity to integer");
    x = Math.trunc(x) || 0;
  }
  checkWeakScalar(x as number | bigint, dt);
  return x as number | bigint;
}

type FromIterOpts = { dtype?: DTypeLike | null; count?: number; like?: unknown };

/** np.fromiter(iterable, dtype, count=-1): a 1-d array of the first `count` items (all for -1). */
export function fromiter(iterable: Iterable<unknown>, ...rest: unknown[]): ndarray {
  const p = params<FromIterOpts>(rest, ["dtype", "count"]);
  if (p.dtype === undefined) throw new NpTypeError("fromiter() missing required argument 'dtype' (pos 2)");
  const dtype = p.dtype === null ? float64 : asDType(p.dtype);
  const count = index(p.count ?? -1);
  const make = (iterable as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator];
  if (typeof make !== "function") throw new NpTypeError(`'${pyType(iterable)}' object is not iterable`);
  const it = (make as () => Iterator<unknown>).call(iterable);
  const items: PyScalar[] = [];
  while (count === -1 || items.length < count) {
    const r = it.next();
    if (r.done) break;
    items.push(packItem(dtype, r.value));
  }
  if (items.length < count) {
    throw new ValueError(`iterator too short: Expected ${count} but iterator had only ${items.length} items.`);
  }
  return fromJS(items, dtype);
}
