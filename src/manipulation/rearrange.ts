// Reordering elements: flip/fliplr/flipud and rot90 are views (negative strides, transposes);
// roll copies with at most two strided copies per rolled axis.
import { ndarray } from "../ndarray/ndarray.js";
import { ValueError } from "../core/errors.js";
import { params } from "../core/args.js";
import { assign } from "../ndarray/assign.js";
import { asArray, normalizeAxisTuple, sliceAxis } from "./common.js";
import { broadcast_shapes } from "./broadcasting.js";
import { index } from "../creation/pyargs.js";

/** The view of `a` reversed along each axis in `axes`. */
function reversed(a: ndarray, axes: readonly number[]): ndarray {
  const strides = a.strides.slice();
  let offset = a.offset;
  for (const ax of axes) {
    if (a.shape[ax] > 0) offset += (a.shape[ax] - 1) * strides[ax];
    strides[ax] = -strides[ax];
  }
  return a._view(a.shape.slice(), strides, offset);
}

/** np.flip(m, axis=None): a view reversed along the given axes (all by default); a 0-d m gives
 *  its value, as NumPy's m[()] does. */
export function flip(m: unknown, ...rest: unknown[]): ndarray | number | boolean {
  const p = params<{ axis?: number | number[] | null }>(rest, ["axis"]);
  const a = asArray(m);
  if (a.ndim === 0 && (p.axis == null || (Array.isArray(p.axis) && p.axis.length === 0))) return a.item();
  return reversed(a, p.axis == null ? [...a.shape.keys()] : normalizeAxisTuple(p.axis, a.ndim));
}

/** np.fliplr(m): columns reversed (axis 1). */
export function fliplr(m: unknown): ndarray {
  const a = asArray(m);
  if (a.ndim < 2) throw new ValueError("Input must be >= 2-d.");
  return reversed(a, [1]);
}

/** np.flipud(m): rows reversed (axis 0). */
export function flipud(m: unknown): ndarray {
  const a = asArray(m);
  if (a.ndim < 1) throw new ValueError("Input must be >= 1-d.");
  return reversed(a, [0]);
}

const pyTuple = (t: unknown[]) => `(${t.map(String).join(", ")}${t.length === 1 ? "," : ""})`;

/** np.rot90(m, k=1, axes=(0, 1)): rotation by 90° k times in the plane of `axes`, a view. */
export function rot90(m: unknown, ...rest: unknown[]): ndarray {
  const p = params<{ k?: number; axes?: number[] }>(rest, ["k", "axes"]);
  const axes = (p.axes ?? [0, 1]).map((x) => index(x));
  if (axes.length !== 2) throw new ValueError("len(axes) must be 2.");
  const a = asArray(m);
  const nd = a.ndim;
  if (axes[0] === axes[1] || Math.abs(axes[0] - axes[1]) === nd) throw new ValueError("Axes must be different.");
  if (axes[0] >= nd || axes[0] < -nd || axes[1] >= nd || axes[1] < -nd) {
    throw new ValueError(`Axes=${pyTuple(axes)} out of range for array of ndim=${nd}.`);
  }
  const k = ((index(p.k ?? 1) % 4) + 4) % 4;
  const [a0, a1] = axes.map((x) => (x < 0 ? x + nd : x));
  if (k === 0) return a._view(a.shape.slice(), a.strides.slice());
  if (k === 2) return reversed(a, [a0, a1]);
  const perm = [...Array(nd).keys()];
  perm[a0] = a1; perm[a1] = a0;
  return k === 1 ? reversed(a, [a1]).transpose(perm) : reversed(a.transpose(perm), [a1]);
}

/** np.roll(a, shift, axis=None): elements shifted cyclically (a copy). */
export function roll(a: unknown, shift: unknown, ...rest: unknown[]): ndarray {
  const p = params<{ axis?: number | number[] | null }>(rest, ["axis"]);
  const arr = asArray(a);
  if (p.axis == null) return roll(arr.ravel("C"), shift, 0).reshape(arr.shape);
  const axes = normalizeAxisTuple(p.axis, arr.ndim, undefined, true);
  // NumPy's loop over the per-axis pieces unpacks an empty product for a 0-d array
  if (arr.ndim === 0) throw new ValueError("not enough values to unpack (expected 2, got 0)");
  // NumPy pairs shift and axis by broadcasting the two sequences
  const shifts = (Array.isArray(shift) ? shift : shift instanceof ndarray ? [shift.tolist()].flat() : [shift]) as unknown[];
  const sShape = Array.isArray(shift) || (shift instanceof ndarray && shift.ndim > 0) ? shapeOfList(shift) : [];
  const aShape = Array.isArray(p.axis) ? [p.axis.length] : [];
  const bshape = broadcast_shapes(sShape, aShape);
  if (bshape.length > 1) throw new ValueError("'shift' and 'axis' should be scalars or 1D sequences");
  const offsets = new Array<number>(arr.ndim).fill(0);
  const n = bshape.length ? bshape[0] : 1;
  for (let i = 0; i < n; i++) {
    const sh = shifts.length === 1 ? shifts[0] : shifts[i];
    offsets[axes.length === 1 ? axes[0] : axes[i]] += Math.trunc(Number(sh));
  }
  const out = arr._allocLike(arr.dtype, "K");
  // per axis: the pieces [:-k] -> [k:] and [-k:] -> [:k]; every combination is one copy
  let pieces: [ndarray, ndarray][] = [[out, arr]];
  for (let ax = 0; ax < arr.ndim; ax++) {
    const len = arr.shape[ax] || 1;
    const k = ((offsets[ax] % len) + len) % len;
    if (!k) continue;
    pieces = pieces.flatMap(([d, s]) => [
      [sliceAxis(d, ax, k, null), sliceAxis(s, ax, null, -k)],
      [sliceAxis(d, ax, null, k), sliceAxis(s, ax, -k, null)],
    ] as [ndarray, ndarray][]);
  }
  for (const [d, s] of pieces) assign(d, s);
  return out;
}

function shapeOfList(x: unknown): number[] {
  if (x instanceof ndarray) return x.shape.slice();
  const shape: number[] = [];
  for (let v = x; Array.isArray(v); v = v[0]) shape.push(v.length);
  return shape;
}
