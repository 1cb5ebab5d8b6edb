// np.packbits / np.unpackbits: bits along one axis <-> uint8 bytes, one pass of the bytes_pack /
// bytes_unpack kernel over every row of that axis. Argument checks in the order of NumPy's C
// implementation (compiled_base.c: io_pack / io_unpack, pack_bits / unpack_bits).
import { ValueError, TypeError as NpTypeError, normalizeAxis } from "../core/errors.js";
import { params } from "../core/args.js";
import { ndarray } from "../ndarray/ndarray.js";
import { uint8 } from "../dtype/dtype.js";
import { heap } from "../runtime/memory.js";
import { kernels } from "../runtime/wasm.js";
import { writeNd, ndShapePtr, ndStridesPtr, scalarPtr } from "../ndarray/nd.js";
import { asArray, scoped } from "../manipulation/common.js";
import { index, pyType } from "../creation/pyargs.js";

type Opts = { axis?: unknown; bitorder?: unknown; count?: unknown };

/** PyArray_AxisConverter: null (or omitted) is None (flatten), else an integer. */
function axisConverter(axis: unknown): number | null {
  if (axis === undefined || axis === null) return null;
  if (typeof axis === "boolean") throw new NpTypeError("an integer is required for the axis");
  return index(axis);
}

/** Python's "s" argument format: a str, else NumPy's TypeError naming the argument position. */
function strArg(x: unknown, fn: string, pos: number): string | undefined {
  if (x === undefined || typeof x === "string") return x;
  throw new NpTypeError(`${fn}() argument ${pos} must be str, not ${x === null ? "None" : pyType(x)}`);
}

/** PyArray_CheckAxis: None flattens (C order); a 0-d array counts as 1-d. Returns the array
 *  (maybe a new ravel) and the normalized axis. */
function checkAxis(x: ndarray, axis: number | null): [ndarray, number] {
  if (axis === null || x.ndim === 0) x = x.ravel();
  return [x, axis === null ? 0 : normalizeAxis(axis, x.ndim)];
}

/** The output (uint8, `n` along `axis`), Fortran-ordered when x is (PyArray_ISFORTRAN). */
function outputFor(x: ndarray, axis: number, n: number): ndarray {
  const shape = x.shape.slice();
  shape[axis] = n;
  const f = x.flags;
  return ndarray._alloc(shape, uint8, false, f.f_contiguous && !f.c_contiguous ? "F" : "C");
}

/** Write the outer geometry (every axis but `axis`) of x and out, then the i32 parameter block;
 *  returns [ndim, parameter address] for the kernel. */
function rows(x: ndarray, out: ndarray, axis: number, prm: number[]): [number, number] {
  const drop = <T>(v: readonly T[]) => v.filter((_, i) => i !== axis);
  const nd = writeNd(drop(x.shape), drop(x.strides), drop(out.strides));
  const p = scalarPtr();
  heap.i32.set(prm, p >>> 2);
  return [nd, p];
}

/** np.packbits(a, axis=None, bitorder='big'): a bool or integer array's elements as bits
 *  (nonzero -> 1) packed 8 to a uint8 along `axis` (flattened for None), the last byte
 *  zero-padded. */
export function packbits(a: unknown, ...rest: unknown[]): ndarray {
  const p = params<Opts>(rest, ["axis", "bitorder"]);
  const ax = axisConverter(p.axis);
  const order = strArg(p.bitorder, "pack", 3) ?? "big";
  // strncmp against the full word: any string starting with it is accepted
  const little = order.startsWith("little");
  if (!little && !order.startsWith("big")) throw new ValueError("'order' must be either 'little' or 'big'");
  return scoped(() => {
    const x0 = asArray(a);
    if (!x0.dtype.isInteger && x0.dtype.kind !== "b") throw new NpTypeError("Expected an input array of integer or boolean data type");
    const [x, axis] = checkAxis(x0, ax);
    const n = x.shape[axis];
    const out = outputFor(x, axis, Math.ceil(n / 8));
    if (out.size === 0) return out;
    const [nd, prm] = rows(x, out, axis, [n, x.strides[axis], out.strides[axis], little ? 1 : 0]);
    kernels.k.bytes_pack(x.itemsize, x._addr(), out._addr(), nd, ndShapePtr(), ndStridesPtr(0), ndStridesPtr(1), prm);
    return out;
  });
}

/** np.unpackbits(a, axis=None, count=None, bitorder='big'): every bit of a uint8 array as a
 *  uint8 0 / 1 along `axis` (flattened for None); `count` keeps that many bits (zero-padded
 *  past the input), a negative count drops bits from the end. */
export function unpackbits(a: unknown, ...rest: unknown[]): ndarray {
  const p = params<Opts>(rest, ["axis", "count", "bitorder"]);
  const ax = axisConverter(p.axis);
  const order = strArg(p.bitorder, "unpack", 4) ?? "b";
  if (order[0] !== "l" && order[0] !== "b") throw new ValueError("'order' must begin with 'l' or 'b'");
  return scoped(() => {
    const x0 = asArray(a);
    if (x0.dtype !== uint8) throw new NpTypeError("Expected an input array of unsigned byte data type");
    const [x, axis] = checkAxis(x0, ax);
    const n = x.shape[axis];
    let m = 8 * n;
    if (p.count !== undefined && p.count !== null) {
      if (typeof p.count === "boolean") throw new NpTypeError("an integer is required");
      const count = index(p.count);
      if (count < 0 && m + count < 0) throw new ValueError("-count larger than number of elements");
      m = count < 0 ? m + count : count;
    }
    const out = outputFor(x, axis, m);
    if (out.size === 0) return out;
    const [nd, prm] = rows(x, out, axis, [n, x.strides[axis], m, out.strides[axis], order[0] === "l" ? 1 : 0]);
    kernels.k.bytes_unpack(x._addr(), out._addr(), nd, ndShapePtr(), ndStridesPtr(0), ndStridesPtr(1), prm);
    return out;
  });
}
