// What every np.linalg function shares: NumPy's argument checks (_assert_stacked_2d / square),
// its dtype rule (_commonType: float32 inputs give float32 results, everything else float64; the
// work itself is done in float64 as NumPy's "lite" LAPACK path does), packing a stack of
// (broadcast, strided) matrices into one contiguous float64 work buffer with one strided-copy
// kernel call, info words, and named results.
import { ndarray } from "../ndarray/ndarray.js";
import { LinAlgError, TypeError as NpTypeError } from "../core/errors.js";
import { float32, float64, int32, type DType } from "../dtype/dtype.js";
import { assign } from "../ndarray/assign.js";
import { heap } from "../runtime/memory.js";
import { shapeSize } from "../ndarray/shape.js";
import { broadcast_to } from "../manipulation/broadcasting.js";
import { asArray, scoped } from "../manipulation/common.js";

export { asArray, scoped };

/** The dtype code the kernels run in. */
export const WORK = float64;

/** NumPy's _commonType result type: float32 when every input is float32, else float64. */
export function resultType(...xs: ndarray[]): DType {
  for (const x of xs) {
    if (x.dtype.kind === "c") throw new NpTypeError(`array type ${x.dtype.name} is unsupported in linalg`);
  }
  return xs.every((x) => x.dtype === float32) ? float32 : float64;
}

export function assertStacked2d(...xs: ndarray[]): void {
  for (const a of xs) {
    if (a.ndim < 2) throw new LinAlgError(`${a.ndim}-dimensional array given. Array must be at least two-dimensional`);
  }
}

export function assertStackedSquare(...xs: ndarray[]): void {
  assertStacked2d(...xs);
  for (const a of xs) {
    if (a.shape[a.ndim - 1] !== a.shape[a.ndim - 2]) throw new LinAlgError("Last 2 dimensions of the array must be square");
  }
}

export function assert2d(...xs: ndarray[]): void {
  for (const a of xs) {
    if (a.ndim !== 2) throw new LinAlgError(`${a.ndim}-dimensional array given. Array must be two-dimensional`);
  }
}

/** A C-contiguous float64 copy of x broadcast to shape (one strided cast/copy kernel call). */
export function packed(x: ndarray, shape: readonly number[] = x.shape): ndarray {
  const w = ndarray._alloc(shape, WORK);
  assign(w, shape.length === x.ndim && shape.every((d, i) => d === x.shape[i]) ? x : broadcast_to(x, shape));
  return w;
}

/** A stack's batch shape, its number of matrices and its last two dimensions. */
export function geometry(a: ndarray): { batch: number[]; count: number; m: number; n: number } {
  const batch = a.shape.slice(0, -2);
  return { batch, count: shapeSize(batch), m: a.shape[a.ndim - 2], n: a.shape[a.ndim - 1] };
}

/** Info words for `count` matrices (zeroed) and a reader of them after the kernel ran. */
export function infoWords(count: number): { ptr: number; failed: () => number[]; word: (i: number) => number } {
  const buf = ndarray._alloc([Math.max(count, 1)], int32, true);
  const ptr = buf._addr();
  return {
    ptr,
    failed: () => {
      const out: number[] = [];
      const words = heap.i32.subarray(buf._addr() >>> 2, (buf._addr() >>> 2) + count);
      words.forEach((w, i) => { if (w !== 0) out.push(i); });
      return out;
    },
    word: (i) => heap.i32[(buf._addr() >>> 2) + i],
  };
}

/** Scratch of n i32 words (pivots). */
export const pivots = (n: number): number => ndarray._alloc([Math.max(n, 1)], int32)._addr();

/** The matrices' transpose, C-contiguous. */
export const transposed = (a: ndarray): ndarray => a.swapaxes(-1, -2).copy();

/** x in dtype dt (no copy when it already is). */
export const as = (x: ndarray, dt: DType): ndarray => (x.dtype === dt ? x : x.astype(dt));

/** A JS number for a 0-d array (NumPy's scalars), the array otherwise. */
export const scalarOr = (x: ndarray): ndarray | number => (x.ndim === 0 ? (x.item() as number) : x);

/** NumPy's named tuples (QRResult, SVDResult, ...): an array that also carries the names. */
export function named<T extends unknown[]>(values: T, names: readonly string[]): T & Record<string, unknown> {
  const r = values as T & Record<string, unknown>;
  names.forEach((k, i) => { Object.defineProperty(r, k, { value: values[i], enumerable: false }); });
  return r;
}
