// The ufunc fast path: no options, operands that are arrays of one shape (or weak JS scalars)
// already in the loop's types, one kernel. This is most calls, and it is where per-call overhead
// shows on small arrays, so it allocates nothing but the result. Anything else returns
// `undefined` and goes through callUfunc, which handles every case.
import { ndarray } from "../ndarray/ndarray.js";
import { kernels } from "../runtime/wasm.js";
import { heap, scratch } from "../runtime/memory.js";
import { writeNd, ndShapePtr, ndStridesPtr, scalarPtr } from "../ndarray/nd.js";
import { writeScalar } from "../ndarray/element.js";
import { checkWeakScalar } from "../dtype/promotion.js";
import { overlaps } from "../ndarray/assign.js";
import { iterStrides, shapeSize, sameShape } from "../ndarray/shape.js";
import { bool as boolT, type DType } from "../dtype/dtype.js";
import type { UfuncDef } from "./defs.js";
import type { Resolver } from "./resolve.js";
import { ufuncsRef } from "./registry.js";
import { parallelElementwise, PARALLEL_MIN } from "../threads/parallel.js";
import { rowKernel } from "./rows.js";

const SLOT = 64; // i32 slots per scratch vector (nd.ts)
const POWER_ALIASES = new Map<number, string>([[2, "square"], [-1, "reciprocal"], [1, "positive"]]);

/** Scalar operand → its bytes in scratch slot k, in the loop type. */
function scalarAt(t: DType, v: number | boolean, k: number): number {
  const p = scalarPtr() + 16 * k;
  writeScalar(t, p, typeof v === "boolean" && t !== boolT ? +v : v);
  return p;
}

/** 1-D geometry for contiguous operands: n elements, byte strides (0 for scalars). */
function write1(n: number, s0: number, s1: number, s2: number): void {
  const i32 = heap.i32, sp = scratch >>> 2;
  i32[sp] = n; i32[sp + SLOT] = s0; i32[sp + 2 * SLOT] = s1; i32[sp + 3 * SLOT] = s2;
}

const finish = (out: ndarray): ndarray | number | boolean => {
  if (out.ndim !== 0) return out;
  const v = out.item();
  out.dispose();
  return v;
};

/** `out=` the fast path can write directly: same shape, the loop's output type, writeable, and
 *  either no overlap with the inputs or exactly one of them (elementwise in place). */
function usableOut(o: ndarray, shape: readonly number[], t: DType, xa: ndarray | null, ya: ndarray | null): boolean {
  if (o.dtype !== t || !o._writeable || !sameShape(o.shape, shape)) return false;
  for (const v of [xa, ya]) if (v && v !== o && v._owner === o._owner && overlaps(o, v)) return false;
  return true;
}

/** Run the binary kernel over n contiguous elements (byte strides sa / sb: 0 for a scalar): below
 *  the threading size, its row kernel straight from JS (rows.ts). */
function binaryC(op: number, t: DType, pa: number, pb: number, out: ndarray, n: number, sa: number, sb: number): void {
  const row = n < PARALLEL_MIN ? rowKernel(2, op, t.code) : null;
  if (row !== null) row(pa, pb, out._addr(), n, sa, sb, out.itemsize);
  else binaryBig(op, t, pa, pb, out, n, sa, sb);
}
/** Direction of the next large single-threaded sweep (binaryBig). */
let down = false;
/** binaryC's large calls (threads, alternating sweeps), and any call of an op without a row kernel. */
function binaryBig(op: number, t: DType, pa: number, pb: number, out: ndarray, n: number, sa: number, sb: number): void {
  const po = out._addr(), so = out.itemsize;
  write1(n, sa, sb, so);
  if (parallelElementwise("binary", op, t.code, [pa, pb, po], 1)) return;
  const row = rowKernel(2, op, t.code);
  if (row === null) {
    kernels.k.binary(op, t.code, pa, pb, po, 1, ndShapePtr(), ndStridesPtr(0), ndStridesPtr(1), ndStridesPtr(2));
    return;
  }
  // Successive large calls walk up and down in turn (a negative count asks the row kernel to walk
  // down), so that each starts on the lines the previous one touched last, still in L2. Any order
  // is valid: an output that partly overlaps an input got a copy of it (usableOut), and one that
  // is exactly an input is read and written element by element.
  down = !down;
  row(pa, pb, po, down ? -n : n, sa, sb, so);
}

/** The commonest call, with the fewest checks: C-contiguous arrays of one dtype and shape, no
 *  options. Kept apart from fastBinary and small, so that V8 inlines it, and what it calls, into
 *  the ufunc itself. */
export function fastSame(res: Resolver, op: number, x: unknown, y: unknown): ndarray | number | boolean | undefined {
  if (!(x instanceof ndarray) || !(y instanceof ndarray)) return undefined;
  const t = x.dtype, ot = res.directOut(t), shape = x.shape;
  if (t !== y.dtype || ot === null || !x._isC() || !y._isC() || !sameShape(shape, y.shape)) return undefined;
  const n = shapeSize(shape);
  const out = ndarray._alloc(shape, ot, false, "C", n); // shapes are immutable: shared
  if (n !== 0) binaryC(op, t, x._addr(), y._addr(), out, n, t.itemsize, t.itemsize);
  return finish(out);
}

/** Every other fast case (the caller tried fastSame first when there is no `out`). */
export function fastBinary(def: UfuncDef, res: Resolver, op: number, x: unknown, y: unknown, o: ndarray | null = null): ndarray | number | boolean | undefined {
  // Then a C-contiguous float array with a JS number, which takes the array's type (NEP 50;
  // power is left out for its x**2 / x**-1 aliases below).
  if (o === null && def.name !== "power") {
    const ys = typeof y === "number", arr = ys ? x : typeof x === "number" ? y : null;
    if (arr instanceof ndarray && arr.dtype.kind === "f" && arr._isC()) {
      const t = arr.dtype, ot = res.directOut(t);
      if (ot !== null) {
        const out = ndarray._alloc(arr.shape, ot);
        const n = out.size;
        if (n > 0) {
          const pa = ys ? arr._addr() : scalarAt(t, x as number, 0), pb = ys ? scalarAt(t, y as number, 1) : arr._addr();
          binaryC(op, t, pa, pb, out, n, ys ? t.itemsize : 0, ys ? 0 : t.itemsize);
        }
        return finish(out);
      }
    }
  }
  const xa = x instanceof ndarray ? x : null, ya = y instanceof ndarray ? y : null;
  if ((!xa && typeof x !== "number" && typeof x !== "boolean") || (!ya && typeof y !== "number" && typeof y !== "boolean")) return undefined;
  let src = xa ?? ya, xs = !xa, ys = !ya; // xs / ys: that operand is read as one value (stride 0)
  if (src === null) return undefined;
  if (xa && ya && !sameShape(xa.shape, ya.shape)) {
    // a one-element array against one whose shape is the result's: a scalar operand, though a
    // strong one (its dtype takes part in the loop's resolution, as NumPy 2 does for 0-d arrays)
    if (xa.size === 1 && xa.ndim <= ya.ndim) { src = ya; xs = true; }
    else if (ya.size === 1 && ya.ndim <= xa.ndim) ys = true;
    else return undefined;
  }
  const loop = res.resolve(xa ? xa.dtype : (x as number), ya ? ya.dtype : (y as number));
  const t = loop.ins[0];
  if ((xa && xa.dtype !== t) || (ya && ya.dtype !== loop.ins[1]) || loop.weak) return undefined;
  if (t.isInteger && (!xa || !ya)) {
    // weak ints: bool-output ops widen instead of raising, and power checks signs: general path
    if (def.out[0] === "?" || def.name === "power") return undefined;
    const s = (xa ? y : x) as number | boolean;
    if (typeof s !== "boolean") checkWeakScalar(s, t);
  } else if (def.name === "power" && t.kind === "i") return undefined;
  if (o && !usableOut(o, src.shape, loop.outs[0], xa, ya)) return undefined;
  if (def.name === "power" && t.isFloat && xa && !ya) {
    // x**2, x**-1, x**1 are exactly square / reciprocal / positive (a correctly rounded pow
    // gives the same bits) at a fraction of pow's cost
    const alias = POWER_ALIASES.get(y as number);
    if (alias) { const f = ufuncsRef()[alias]; return o ? f(xa, { out: o }) : f(xa); }
  }
  const c = src._isC() && (xs || xa!._isC()) && (ys || ya!._isC()) && (!o || o._isC());
  const out = o ?? ndarray._alloc(src.shape, loop.outs[0], false,
    c ? "C" : !xs && !ys ? iterStrides(src.shape, [xa!.strides, ya!.strides], 1) : src.strides);
  const n = out.size;
  if (n > 0) {
    const pa = xa ? xa._addr() : scalarAt(t, x as number, 0);
    const pb = ya ? ya._addr() : scalarAt(t, y as number, 1);
    if (c) binaryC(op, t, pa, pb, out, n, xs ? 0 : t.itemsize, ys ? 0 : loop.ins[1].itemsize);
    else {
      const zero = src.shape.map(() => 0);
      const nd = writeNd(src.shape, xs ? zero : xa!.strides, ys ? zero : ya!.strides, out.strides);
      if (n < PARALLEL_MIN || !parallelElementwise("binary", op, t.code, [pa, pb, out._addr()], nd)) {
        kernels.k.binary(op, t.code, pa, pb, out._addr(), nd, ndShapePtr(), ndStridesPtr(0), ndStridesPtr(1), ndStridesPtr(2));
      }
    }
  }
  return o ?? finish(out);
}

export function fastUnary(res: Resolver, op: number, x: unknown, o: ndarray | null = null): ndarray | number | boolean | undefined {
  if (!(x instanceof ndarray)) return undefined;
  const loop = res.resolve(x.dtype);
  if (x.dtype !== loop.ins[0]) return undefined;
  if (o && !usableOut(o, x.shape, loop.outs[0], x, null)) return undefined;
  const c = x._isC() && (!o || o._isC());
  const out = o ?? ndarray._alloc(x.shape, loop.outs[0], false, c ? "C" : x.strides);
  const n = out.size;
  if (n > 0) {
    const code = x.dtype.code, pa = x._addr(), po = out._addr();
    const row = c && n < PARALLEL_MIN ? rowKernel(1, op, code) : null;
    if (row !== null) row(pa, po, 0, n, x.itemsize, out.itemsize, 0);
    else {
      let nd = 1;
      if (c) write1(n, x.itemsize, out.itemsize, 0);
      else nd = writeNd(x.shape, x.strides, out.strides);
      if (n < PARALLEL_MIN || !parallelElementwise("unary", op, code, [pa, po], nd)) {
        kernels.k.unary(op, code, pa, po, nd, ndShapePtr(), ndStridesPtr(0), ndStridesPtr(1));
      }
    }
  }
  return o ?? finish(out);
}
