// np.broadcast_to / np.broadcast_arrays / np.broadcast_shapes: stride-0 views, no data moves.
import { ValueError } from "../core/errors.js";
import { ndarray } from "../ndarray/ndarray.js";
import { asShape, shapeStr, type ShapeLike } from "../ndarray/shape.js";
import { stridesFor } from "../ndarray/broadcast.js";
import { fromJS, type ArrayLike } from "../ndarray/fromjs.js";

const asArray = (x: unknown): ndarray => (x instanceof ndarray ? x : fromJS(x as ArrayLike));

/** A read-only view of `array` with the given shape (NumPy's broadcast_to). */
export function broadcast_to(array: unknown, shape: ShapeLike): ndarray {
  const a = asArray(array);
  const target = asShape(shape);
  if (target.some((d) => d < 0)) throw new ValueError("all elements of broadcast shape must be non-negative");
  if (a.ndim > target.length) throw new ValueError("input operand has more dimensions than allowed by the axis remapping");
  const st = stridesFor(a.shape, a.strides, target);
  if (!st) {
    throw new ValueError(`operands could not be broadcast together with remapped shapes [original->remapped]: ${shapeStr(a.shape).replace(/, /g, ",")}  and requested shape ${shapeStr(target).replace(/, /g, ",")}`);
  }
  const v = a._view(target, st);
  v._writeable = false;
  return v;
}

/** NumPy's broadcast_shapes(*shapes) (np.broadcast's shape), with its "shape mismatch"
 *  message: axis by axis from the first, the shapes in turn; a mismatch names the shape that set
 *  the axis's length and the one that disagrees, as NumPy's C loop does. */
export function broadcast_shapes(...shapes: ShapeLike[]): number[] {
  const list = shapes.map((s) => asShape(s));
  const nd = Math.max(0, ...list.map((s) => s.length));
  const out = new Array<number>(nd).fill(1);
  const from = new Array<number>(nd).fill(-1);
  for (let i = 0; i < nd; i++) {
    for (let j = 0; j < list.length; j++) {
      const k = i + list[j].length - nd;
      if (k < 0) continue;
      const d = list[j][k];
      if (d === 1) continue;
      if (out[i] === 1) { out[i] = d; from[i] = j; } else if (out[i] !== d) {
        throw new ValueError(`shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg ${from[i]} with shape ${shapeStr(list[from[i]])} and arg ${j} with shape ${shapeStr(list[j])}.`);
      }
    }
  }
  return out;
}

/** Views of every argument with the common broadcast shape. */
export function broadcast_arrays(...args: unknown[]): ndarray[] {
  const arrays = args.map(asArray);
  const shape = broadcast_shapes(...arrays.map((a) => a.shape));
  return arrays.map((a) => (a.shape.length === shape.length && a.shape.every((d, i) => d === shape[i]) ? a : a._view(shape, stridesFor(a.shape, a.strides, shape)!)));
}
