// a.view(dtype), a.getfield / a.setfield and a.byteswap(inplace): the same bytes read as another
// dtype (a view; a field is part of each element, at a byte offset), and the bytes of every
// element reversed (one pass of the byteswap kernel).
import { ValueError, TypeError as NpTypeError } from "../core/errors.js";
import { params } from "../core/args.js";
import { ndarray } from "../ndarray/ndarray.js";
import { asDType, float64, type DType, type DTypeLike } from "../dtype/dtype.js";
import { kernels } from "../runtime/wasm.js";
import { writeNd, ndShapePtr, ndStridesPtr } from "../ndarray/nd.js";
import { assign } from "../ndarray/assign.js";

type ViewDType = DTypeLike | typeof ndarray | null | undefined;

/** Shape and strides of `a`'s memory read as `dt` (NumPy's rules for a changed itemsize: the
 *  last axis absorbs the change and must be contiguous; 0-d arrays cannot change it). */
function viewGeometry(a: ndarray, dt: DType): { shape: number[]; strides: number[] } {
  const shape = a.shape.slice(), strides = a.strides.slice();
  const old = a.itemsize, now = dt.itemsize;
  if (now === old) return { shape, strides };
  if (a.ndim === 0) throw new ValueError("Changing the dtype of a 0d array is only supported if the itemsize is unchanged");
  const ax = a.ndim - 1;
  if (shape[ax] !== 1 && a.size !== 0 && strides[ax] !== old) {
    throw new ValueError("To change to a dtype of a different size, the last axis must be contiguous");
  }
  if (now < old) {
    if (old % now !== 0) throw new ValueError("When changing to a smaller dtype, its size must be a divisor of the size of original dtype");
    shape[ax] *= old / now;
  } else {
    const bytes = shape[ax] * old;
    if (bytes % now !== 0) {
      throw new ValueError("When changing to a larger dtype, its size must be a divisor of the total size in bytes of the last axis of the array.");
    }
    shape[ax] = bytes / now;
  }
  strides[ax] = now;
  return { shape, strides };
}

/** dst = src with every element's bytes reversed (same shape; dst may be src itself). */
export function swapBytes(src: ndarray, dst: ndarray): void {
  if (src.size === 0) return;
  const sz = src.itemsize;
  if (sz === 1) { if (dst !== src) assign(dst, src); return; }
  // complex numbers swap each part on its own: one more axis of two parts
  const parts = src.dtype.isComplex ? 2 : 1, unit = sz / parts;
  const shape = parts === 1 ? src.shape : [...src.shape, 2];
  const extra = (st: readonly number[]) => (parts === 1 ? st : [...st, unit]);
  const nd = writeNd(shape, extra(src.strides), extra(dst.strides));
  kernels.k.bytes_swap(unit, src._addr(), dst._addr(), nd, ndShapePtr(), ndStridesPtr(0), ndStridesPtr(1));
}

/** NumPy's PyArray_GetField: `dt` read at byte `offset` of each element (same shape and strides). */
function field(a: ndarray, dtype: unknown, offset: unknown, name: string, pos: number): ndarray {
  if (dtype === undefined) throw new NpTypeError(`${name}() missing required argument 'dtype' (pos ${pos})`);
  const dt = dtype === null ? float64 : asDType(dtype as DTypeLike);
  const off = typeof offset === "boolean" ? +offset : offset ?? 0;
  if (typeof off !== "number" || !Number.isInteger(off)) throw new NpTypeError(`'${typeof off === "number" ? "float" : typeof off}' object cannot be interpreted as an integer`);
  if (dt.itemsize > a.itemsize) throw new ValueError("new type is larger than original type");
  if (off < 0) throw new ValueError("offset is negative");
  if (off > a.itemsize - dt.itemsize) throw new ValueError("new type plus offset is larger than original type");
  return a._view(a.shape, a.strides, a.offset + off, dt);
}

const methods = {
  /** a.getfield(dtype, offset=0): a view of `dtype` at byte `offset` within each element. */
  getfield(this: ndarray, ...rest: unknown[]): ndarray {
    const p = params<{ dtype?: unknown; offset?: unknown }>(rest, ["dtype", "offset"]);
    return field(this, p.dtype, p.offset, "getfield", 1);
  },

  /** a.setfield(val, dtype, offset=0): a.getfield(dtype, offset)[...] = val. */
  setfield(this: ndarray, ...rest: unknown[]): void {
    const p = params<{ val?: unknown; dtype?: unknown; offset?: unknown }>(rest, ["val", "dtype", "offset"]);
    if (p.val === undefined) throw new NpTypeError("setfield() missing required argument 'val' (pos 1)");
    field(this, p.dtype, p.offset, "setfield", 2).set("...", p.val as never);
  },

  /** a.view([dtype][, type]): the same memory as `dtype` (np.dtype(None) is float64, as NumPy). */
  view(this: ndarray, ...rest: unknown[]): ndarray {
    const p = params<{ dtype?: ViewDType; type?: unknown }>(rest, ["dtype", "type"]);
    let d = p.dtype, type = p.type;
    if (d === ndarray) { type = d; d = undefined; } // a.view(np.ndarray): the type argument
    if (type !== undefined && type !== null && type !== ndarray) throw new NpTypeError("Type must be a sub-type of ndarray type");
    const dt = d === undefined ? this.dtype : d === null ? float64 : asDType(d as DTypeLike);
    const { shape, strides } = viewGeometry(this, dt);
    return this._view(shape, strides, this.offset, dt);
  },

  /** a.byteswap(inplace=False): every element's bytes reversed, into a copy (order 'A') or in place. */
  byteswap(this: ndarray, ...rest: unknown[]): ndarray {
    const { inplace } = params<{ inplace?: unknown }>(rest, ["inplace"]);
    if (inplace) {
      if (!this.flags.writeable) throw new ValueError("array to be byte-swapped is read-only");
      swapBytes(this, this);
      return this;
    }
    const out = this._allocLike(this.dtype, "A");
    swapBytes(this, out);
    return out;
  },
};
Object.assign(ndarray.prototype, methods);

declare module "../ndarray/ndarray.js" {
  interface ndarray {
    /** a.view([dtype][, type]): a view of the same memory, read as `dtype`. */
    view(dtype?: ViewDType, type?: unknown): ndarray;
    /** a.getfield(dtype, offset=0): a view of part of each element as `dtype`. */
    getfield(dtype: DTypeLike | { dtype?: DTypeLike; offset?: number }, offset?: number): ndarray;
    /** a.setfield(val, dtype, offset=0): that part of each element set to val. */
    setfield(val: unknown, dtype?: DTypeLike | { dtype?: DTypeLike; offset?: number }, offset?: number): void;
    /** a.byteswap(inplace=False) */
    byteswap(inplace?: boolean | { inplace?: boolean }): ndarray;
  }
}
