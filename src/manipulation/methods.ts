// ndarray methods NumPy has for these functions: a.squeeze, a.swapaxes, a.repeat, a.diagonal,
// a.trace, a.resize (in place), and the a.mT property.
import { ndarray } from "../ndarray/ndarray.js";
import { ValueError } from "../core/errors.js";
import { isOptions } from "../core/args.js";
import { asShape, cStrides, fStrides, shapeSize, type ShapeLike } from "../ndarray/shape.js";
import { kernels } from "../runtime/wasm.js";
import { alloc } from "../runtime/memory.js";
import { adopt, release } from "../runtime/lifetime.js";
import { squeeze, swapaxes, matrix_transpose } from "./axes.js";
import { repeat } from "./repeat.js";
import { diagonal, trace } from "./diagonal.js";

/** The owner's allocated bytes, when a.resize() grew or shrank it (views stay in bounds). */
const capacity = new WeakMap<ndarray, number>();

/** a.resize(new_shape, {refcheck}): NumPy's in-place resize of an array owning C- or
 *  F-contiguous data; new elements are zero. JS cannot count references, so refcheck is not
 *  checked; memory never shrinks, so views made earlier stay inside it. Growing moves the data
 *  to a new block, which belongs to the innermost open np.scope (if any), as a new array would. */
function resizeInPlace(this: ndarray, ...args: unknown[]): void {
  if (args.length && isOptions(args[args.length - 1])) args = args.slice(0, -1);
  if (args.length === 0) return;
  const shape = asShape(args as ShapeLike[]);
  if (shape.some((d) => d < 0)) throw new ValueError("negative dimensions not allowed");
  const f = this.flags;
  if (!f.c_contiguous && !f.f_contiguous) throw new ValueError("resize only works on single-segment arrays");
  if (this.base !== null) throw new ValueError("cannot resize this array: it does not own its data");
  const oldBytes = this.nbytes, newBytes = shapeSize(shape) * this.itemsize;
  const cap = capacity.get(this) ?? oldBytes;
  if (newBytes > cap) {
    const ptr = alloc(newBytes, true);
    kernels.k.mem_copy(ptr, this._addr(), oldBytes);
    release(this);
    this._ptr = ptr;
    this._id = -1; // registered again for the new block (flush skips owners that have an id)
    adopt(this);
    capacity.set(this, newBytes);
  } else {
    if (newBytes > oldBytes) kernels.k.mem_fill(this._addr() + oldBytes, 0, newBytes - oldBytes);
    capacity.set(this, cap);
  }
  const fortran = f.f_contiguous && !f.c_contiguous;
  const self = this as unknown as { shape: readonly number[]; strides: readonly number[]; _cc: number };
  self.shape = shape;
  self.strides = fortran ? fStrides(shape, this.itemsize) : cStrides(shape, this.itemsize);
  self._cc = -1;
}

const proto = ndarray.prototype as unknown as Record<string, unknown>;
Object.assign(proto, {
  squeeze(this: ndarray, ...args: unknown[]) { return squeeze(this, ...args); },
  swapaxes(this: ndarray, axis1: number, axis2: number) { return swapaxes(this, axis1, axis2); },
  repeat(this: ndarray, repeats: unknown, ...args: unknown[]) { return repeat(this, repeats, ...args); },
  diagonal(this: ndarray, ...args: unknown[]) { return diagonal(this, ...args); },
  trace(this: ndarray, ...args: unknown[]) { return trace(this, ...args); },
  resize: resizeInPlace,
});
Object.defineProperty(proto, "mT", {
  get(this: ndarray) {
    if (this.ndim < 2) throw new ValueError("matrix transpose with ndim < 2 is undefined");
    return matrix_transpose(this);
  },
  configurable: true,
});

declare module "../ndarray/ndarray.js" {
  interface ndarray {
    /** a.squeeze(axis=None) */
    squeeze(axis?: number | number[] | null): ndarray;
    /** a.swapaxes(axis1, axis2) */
    swapaxes(axis1: number, axis2: number): ndarray;
    /** a.repeat(repeats, axis=None) */
    repeat(repeats: unknown, axis?: number | null | { axis?: number | null }): ndarray;
    /** a.diagonal(offset=0, axis1=0, axis2=1): a read-only view */
    diagonal(...args: unknown[]): ndarray;
    /** a.trace(offset=0, axis1=0, axis2=1, dtype=None, out=None) */
    trace(...args: unknown[]): ndarray | number;
    /** a.resize(new_shape): in place, new elements zero (see resizeInPlace) */
    resize(...newShape: (ShapeLike | { refcheck?: boolean })[]): void;
    /** The matrix transpose (last two axes swapped). */
    readonly mT: ndarray;
  }
}
