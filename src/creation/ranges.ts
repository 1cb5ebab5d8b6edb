// Evenly spaced values and index grids: arange, linspace, logspace, geomspace, indices,
// fromfunction. Every element is written by a wasm kernel (affine fills, binary ops, casts);
// JS computes only the scalars NumPy computes on Python objects: lengths, the first two
// elements of an arange, steps.
import { ndarray, TOO_BIG } from "../ndarray/ndarray.js";
import { kernels } from "../runtime/wasm.js";
import { Code, type DType, type DTypeLike, optDType, bool, int64, uint64, float64 } from "../dtype/dtype.js";
import { promote_types, result_type, issubdtype, type ResultTypeArg } from "../dtype/promotion.js";
import { ValueError, TypeError as NpTypeError, ZeroDivisionError, OverflowError, normalizeAxis } from "../core/errors.js";
import { isOptions, params } from "../core/args.js";
import { assign, setScalar } from "../ndarray/assign.js";
import { readExact, writeScalar } from "../ndarray/element.js";
import { writeNd, ndShapePtr, ndStridesPtr, scalarPtr } from "../ndarray/nd.js";
import { broadcastShapes } from "../ndarray/broadcast.js";
import { newShape, type ShapeLike } from "../ndarray/shape.js";
import type { ArrayLike } from "../ndarray/fromjs.js";
import { ufuncs } from "../ufunc/ufunc.js";
import { asarray } from "./basic.js";
import { type PyScalar, isPyScalar, pyType, index } from "./pyargs.js";

// ---------------------------------------------------------------------------------------------
// Python arithmetic on the scalar arguments (a bool is a Python int here, as in Python)
// ---------------------------------------------------------------------------------------------

/** Python int (bool included): an integral number other than -0, a bigint, a boolean. */
const isInt = (x: PyScalar): boolean => typeof x !== "number" || (Number.isInteger(x) && !Object.is(x, -0));
const toBig = (x: PyScalar): bigint => (typeof x === "boolean" ? (x ? 1n : 0n) : BigInt(x));
/** float(x) */
const toNum = (x: PyScalar): number => (typeof x === "boolean" ? +x : Number(x));

const bitLength = (x: bigint): number => (x === 0n ? 0 : x.toString(2).length);

/** Python's int / int: the exact quotient rounded once to the nearest double. */
function intTrueDiv(a: bigint, b: bigint): number {
  const x = a < 0n ? -a : a, y = b < 0n ? -b : b;
  if (x <= 2n ** 53n && y <= 2n ** 53n) return Number(a) / Number(b); // both exact: one rounding
  // Scale so the integer quotient has 55-56 bits, fold the remainder into a sticky bit, and let
  // Number() round that once to 53 bits.
  const shift = 55 - (bitLength(x) - bitLength(y));
  let q: bigint, r: bigint;
  if (shift >= 0) { const n = x << BigInt(shift); q = n / y; r = n % y; }
  else { const d = y << BigInt(-shift); q = x / d; r = x % d; }
  if (r !== 0n) q |= 1n;
  const h = Math.trunc(shift / 2);
  const v = Number(q) * 2 ** -h * 2 ** -(shift - h);
  return (a < 0n) !== (b < 0n) ? -v : v;
}

/** Python's a + b. */
const pyAdd = (a: PyScalar, b: PyScalar): PyScalar => (isInt(a) && isInt(b) ? toBig(a) + toBig(b) : toNum(a) + toNum(b));

/** The dtype NumPy discovers for a Python scalar (PyArray_DescrFromObject); null for an int
 *  beyond 64 bits (NumPy's object dtype). */
function discovered(x: PyScalar): DType | null {
  if (typeof x === "boolean") return bool;
  if (!isInt(x)) return float64;
  const v = toBig(x);
  if (v >= -(2n ** 63n) && v < 2n ** 63n) return int64;
  if (v >= 0n && v < 2n ** 64n) return uint64;
  return null;
}

// ---------------------------------------------------------------------------------------------
// arange
// ---------------------------------------------------------------------------------------------

const CHUNK = 2 ** 30; // elements per kernel call (its length argument is an i32)

/** NumPy's setitem of a Python scalar: a float goes to an integer dtype through int(x), then
 *  the int's range check; everything else as a.fill does. */
function putItem(dt: DType, addr: number, v: PyScalar): void {
  if (dt.isInteger && typeof v === "number" && !isInt(v)) {
    if (Number.isNaN(v)) throw new ValueError("cannot convert float NaN to integer");
    if (!Number.isFinite(v)) throw new OverflowError("cannot convert float infinity to integer");
    v = BigInt(Math.trunc(v));
  }
  setScalar(dt, addr, v);
}

/** a[...] = op(a, value) in place, through the binary kernel (op: 0 add, 2 multiply). */
function scalarOpInPlace(op: number, a: ndarray, value: number): void {
  const sp = scalarPtr();
  writeScalar(a.dtype, sp, value);
  const nd = writeNd(a.shape, a.strides, a.strides.map(() => 0), a.strides);
  const p = a._addr();
  kernels.k.binary(op, a.dtype.code, p, sp, p, nd, ndShapePtr(), ndStridesPtr(0), ndStridesPtr(1), ndStridesPtr(2));
}

/** NumPy's dtype `fill` (arraytypes.c.src): elements 0 and 1 are set; element i >= 2 becomes
 *  start + i*delta with start = a[0], delta = a[1] - a[0], in the dtype's own arithmetic. */
function fillAffine(a: ndarray, n: number): void {
  const dt = a.dtype, p = a._addr(), sz = dt.itemsize, k = kernels.k;
  if (dt.isInteger) {
    // integer arithmetic wraps; truncating the i64 result to the dtype is the same wrap
    const b0 = BigInt(readExact(dt.code, p) as number | bigint);
    const delta = BigInt.asIntN(64, BigInt(readExact(dt.code, p + sz) as number | bigint) - b0);
    for (let i = 0; i < n; i += CHUNK) {
      k.affine_i64(dt.code, p + i * sz, Math.min(CHUNK, n - i), BigInt.asIntN(64, b0 + BigInt(i) * delta), delta);
    }
    return;
  }
  const b0 = readExact(dt.code, p) as number, b1 = readExact(dt.code, p + sz) as number;
  if (dt.code === Code.float64) {
    k.affine_f64(Code.float64, p, n, b0, b1 - b0);
  } else {
    // float32: start + (float)i*delta rounds the product to float32 before the sum, so build
    // (float)i, multiply, add: three kernel passes, each rounding as C does.
    k.affine_f64(Code.float32, p, n, 0, 1);
    scalarOpInPlace(2, a, Math.fround(b1 - b0));
    scalarOpInPlace(0, a, b0);
  }
  writeScalar(dt, p, b0);
  writeScalar(dt, p + sz, b1);
}

/** NumPy's PyArray_ArangeObj on Python scalars; stop null means range(0, start). */
function arangeImpl(start: PyScalar, stop: PyScalar | null, step: PyScalar | null, dtype: DType | undefined): ndarray {
  let dt = dtype ?? int64; // without a dtype: at least int64, promoted with each argument's own
  let object = false;
  if (!dtype) {
    for (const x of [start, stop, step]) {
      if (x === null) continue;
      const d = discovered(x);
      if (d) dt = promote_types(dt, d);
      else object = true;
    }
  }
  if (step === null) step = 1;
  if (stop === null) { stop = start; start = 0; }

  // _calc_length: ceil((stop - start) / step), evaluated on the Python objects
  let val: number, nonzero: boolean;
  if (isInt(start) && isInt(stop)) {
    const diff = toBig(stop) - toBig(start);
    nonzero = diff !== 0n;
    if (isInt(step)) {
      if (toBig(step) === 0n) throw new ZeroDivisionError("division by zero");
      val = intTrueDiv(diff, toBig(step));
    } else {
      if (step === 0) throw new ZeroDivisionError("float division by zero");
      val = Number(diff) / (step as number);
    }
  } else {
    const diff = toNum(stop) - toNum(start);
    nonzero = diff !== 0;
    if (toNum(step) === 0) throw new ZeroDivisionError("float division by zero");
    val = diff / toNum(step);
  }
  let len: number;
  if (val === 0 && nonzero) len = Object.is(val, -0) ? 0 : 1; // underflow, or division by inf
  else {
    const c = Math.ceil(val);
    if (Number.isNaN(c)) throw new ValueError("arange: cannot compute length");
    if (!(c >= -(2 ** 63) && c <= 2 ** 63)) throw new ValueError("Maximum allowed size exceeded");
    len = Math.max(c, 0);
  }
  if (object) throw new OverflowError("Python int too large to convert to C long"); // no object dtype
  if (len * dt.itemsize >= 2 ** 63) throw new ValueError(TOO_BIG);

  const out = ndarray._alloc([len], dt);
  if (len === 0) return out;
  try {
    const p = out._addr();
    putItem(dt, p, start);
    if (len === 1) return out;
    putItem(dt, p + dt.itemsize, pyAdd(start, step));
    if (len === 2) return out;
    if (dt === bool) throw new NpTypeError("arange() is only supported for booleans when the result has at most length 2.");
    fillAffine(out, len);
    return out;
  } catch (e) {
    out.dispose();
    throw e;
  }
}

function scalarArg(x: unknown, what: string): PyScalar {
  if (isPyScalar(x)) return x;
  throw new NpTypeError(`arange() ${what} must be a Python scalar (a number, bigint or boolean), not '${pyType(x)}'`);
}

/**
 * np.arange([start,] stop[, step][, dtype]) and the options {start, stop, step, dtype}.
 * One argument is stop. Without a dtype, integer arguments give int64 and any float float64.
 */
export function arange(...args: unknown[]): ndarray {
  const positional = args.length > 0 && isOptions(args[args.length - 1]) ? args.length - 1 : args.length;
  const p = params<{ start?: unknown; stop?: unknown; step?: unknown; dtype?: DTypeLike | null }>(
    args, ["start", "stop", "step", "dtype"]);
  let { start, stop } = p;
  if (stop === undefined) {
    if (positional === 0) throw new NpTypeError("arange() requires stop to be specified.");
  } else if (start === undefined) {
    start = stop;
    stop = undefined;
  }
  return arangeImpl(
    scalarArg(start, "start"),
    stop == null ? null : scalarArg(stop, "stop"),
    p.step == null ? null : scalarArg(p.step, "step"),
    optDType(p.dtype),
  );
}

// ---------------------------------------------------------------------------------------------
// linspace, logspace, geomspace
// ---------------------------------------------------------------------------------------------

type Operand = PyScalar | ndarray;
const asOperand = (x: unknown): Operand => (isPyScalar(x) ? x : asarray(x as ArrayLike));
const shapeOf = (x: Operand): readonly number[] => (x instanceof ndarray ? x.shape : []);
type Binary = (a: unknown, b: unknown, opts?: object) => ndarray | number | boolean;
const add = ufuncs.add as unknown as Binary, subtract = ufuncs.subtract as unknown as Binary;
// ufuncs on float arrays, always returning arrays (0-d included): `out` of the result's type
const into = (shape: number[], dt: DType, call: (out: ndarray) => unknown) => {
  const out = ndarray._alloc(shape, dt);
  call(out);
  return out;
};
const divideBy = (a: ndarray, d: number) => into(a.shape.slice(), a.dtype, (out) => ufuncs.divide(a, d, { out }));
const sgnOf = (a: ndarray) => into(a.shape.slice(), a.dtype, (out) => ufuncs.sign(a, { out }));
const log10Of = (a: ndarray) => into(a.shape.slice(), a.dtype, (out) => ufuncs.log10(a, { out }));
const pow = (b: ndarray | number, y: ndarray) => {
  const shape = b instanceof ndarray ? broadcastShapes(b.shape, y.shape) : y.shape.slice();
  return into(shape, result_type(b, y), (out) => ufuncs.power(b, y, { out }));
};
/** np.any(a == 0) */
function anyZero(a: ndarray): boolean {
  const eq = ufuncs.equal(a, 0) as ndarray | boolean;
  if (!(eq instanceof ndarray)) return eq;
  const r = ufuncs.logical_or.reduce(eq, null) as boolean;
  eq.dispose();
  return r;
}
const multiply = ufuncs.multiply as unknown as Binary;

/** np.moveaxis(a, 0, dest) */
function moveAxis0(a: ndarray, dest: number): ndarray {
  const d = normalizeAxis(dest, a.ndim, "destination");
  if (d === 0) return a;
  const order = [...Array(a.ndim).keys()].slice(1);
  order.splice(d, 0, 0);
  return a.transpose(order);
}

/** x with leading length-1 axes up to ndmin dimensions (np.array(x, ndmin=...)). */
const atLeast = (x: ndarray, ndmin: number): ndarray =>
  x.ndim >= ndmin ? x : x.reshape([...Array(ndmin - x.ndim).fill(1), ...x.shape]);

/** NumPy's linspace (function_base.py), step for step; `y` is float (dt) before the final cast. */
function linspaceImpl(start: unknown, stop: unknown, numArg: unknown, endpoint: boolean, dtype: DType | undefined, axis: number): { y: ndarray; step: number | ndarray } {
  const num = index(numArg);
  if (num < 0) throw new ValueError(`Number of samples, ${num}, must be non-negative.`);
  const div = endpoint ? num - 1 : num;
  let y: ndarray | null = null;
  let step: number | ndarray = NaN;
  if (isPyScalar(start) && isPyScalar(stop)) {
    // Python scalars: float64 throughout, and y = arange(num)*step + start is one affine fill
    // (i*step rounds, then the sum rounds: the same two roundings as NumPy's two passes).
    const s = toNum(start), delta = toNum(stop) - s;
    if (div > 0) step = delta / div;
    if (!(div > 0 && step === 0 && delta !== 0)) { // (a step that underflowed takes NumPy's other branch below)
      y = ndarray._alloc([num], float64);
      if (num > 0) kernels.k.affine_f64(Code.float64, y._addr(), num, s, div > 0 ? (step as number) : delta);
      if (endpoint && num > 1) y.set(num - 1, toNum(stop));
    }
  }
  if (!y) {
    const A = asOperand(start), B = asOperand(stop);
    const dt = result_type(A as ResultTypeArg, B as ResultTypeArg, 0.5); // ensure_inexact: a weak float joins
    const S = broadcastShapes(shapeOf(A), shapeOf(B));
    const delta = ndarray._alloc(S, dt);
    subtract(B, A, { out: delta, dtype: dt });
    const samples = arangeImpl(0, num, null, dt), y0 = samples.reshape([num, ...S.map(() => 1)]);
    if (div > 0) {
      const st = divideBy(delta, div);
      if (anyZero(st)) { // denormal steps (gh-5437): y / div * delta
        const q = divideBy(y0, div);
        y = multiply(q, delta) as ndarray;
        q.dispose();
      } else y = multiply(y0, st) as ndarray;
      step = st.ndim === 0 ? (st.item() as number) : st;
    } else {
      y = multiply(y0, delta) as ndarray; // 0 or 1 sample: the step is undefined (nan)
    }
    samples.dispose();
    delta.dispose();
    add(y, A, { out: y });
    if (endpoint && num > 1) y.set(-1, "...", B);
  }
  if (dtype && issubdtype(dtype, "integer")) ufuncs.floor(y, { out: y });
  if (axis !== 0) y = moveAxis0(y, axis);
  return { y: dtype ? y.astype(dtype, { copy: false }) : y, step };
}

type LinspaceOpts = { num?: number; endpoint?: boolean; retstep?: boolean; dtype?: DTypeLike | null; axis?: number };

/**
 * np.linspace(start, stop, num=50, endpoint=true, retstep=false, dtype=null, axis=0).
 * With retstep, returns [samples, step] (step a number, or an ndarray for array start/stop).
 */
export function linspace(start: unknown, stop: unknown, ...rest: unknown[]): ndarray | [ndarray, number | ndarray] {
  const p = params<LinspaceOpts>(rest, ["num", "endpoint", "retstep", "dtype", "axis"]);
  const { y, step } = linspaceImpl(start, stop, p.num ?? 50, Boolean(p.endpoint ?? true), optDType(p.dtype), index(p.axis ?? 0));
  return p.retstep ? [y, step] : y;
}

type LogspaceOpts = { num?: number; endpoint?: boolean; base?: unknown; dtype?: DTypeLike | null; axis?: number };

/** np.logspace(start, stop, num=50, endpoint=true, base=10.0, dtype=null, axis=0): base ** linspace. */
export function logspace(start: unknown, stop: unknown, ...rest: unknown[]): ndarray {
  const p = params<LogspaceOpts>(rest, ["num", "endpoint", "base", "dtype", "axis"]);
  const axis = index(p.axis ?? 0);
  let base = p.base ?? 10.0;
  if (!isPyScalar(base) && asarray(base as ArrayLike).ndim > 0) {
    // an array base is broadcast with start and stop: it may decide where `axis` falls
    const b = asarray(base as ArrayLike), s = asarray(start as ArrayLike), e = asarray(stop as ArrayLike);
    const ndmax = broadcastShapes(s.shape, e.shape, b.shape).length;
    start = atLeast(s, ndmax);
    stop = atLeast(e, ndmax);
    const bb = atLeast(b, ndmax);
    const at = normalizeAxis(axis, ndmax + 1);
    base = bb.reshape([...bb.shape.slice(0, at), 1, ...bb.shape.slice(at)]);
  } else if (!isPyScalar(base)) base = asarray(base as ArrayLike);
  const { y } = linspaceImpl(start, stop, p.num ?? 50, Boolean(p.endpoint ?? true), undefined, axis);
  const r = pow(base as ndarray | number, y);
  const dtype = optDType(p.dtype);
  return dtype ? r.astype(dtype, { copy: false }) : r;
}

type GeomspaceOpts = { num?: number; endpoint?: boolean; dtype?: DTypeLike | null; axis?: number };

/** np.geomspace(start, stop, num=50, endpoint=true, dtype=null, axis=0): a geometric sequence
 *  with start and stop exact; negative starts are handled by sign. */
export function geomspace(start: unknown, stop: unknown, ...rest: unknown[]): ndarray {
  const p = params<GeomspaceOpts>(rest, ["num", "endpoint", "dtype", "axis"]);
  let s = asarray(start as ArrayLike), e = asarray(stop as ArrayLike);
  if (anyZero(s) || anyZero(e)) throw new ValueError("Geometric sequence cannot include zero");
  const num = p.num ?? 50, endpoint = Boolean(p.endpoint ?? true);
  const dtype = optDType(p.dtype);
  const dt = result_type(s, e, 0.5, dtype ?? float64);
  s = s.astype(dt);
  e = e.astype(dt);
  // rotate start to positive: x / sign(start), which for a sign of ±1 (or nan) is x * sign
  const sgn = sgnOf(s);
  multiply(s, sgn, { out: s });
  const e2 = ndarray._alloc(broadcastShapes(e.shape, sgn.shape), dt);
  multiply(e, sgn, { out: e2 });
  e = e2;
  const logStart = log10Of(s), logStop = log10Of(e);
  const { y } = linspaceImpl(logStart, logStop, num, endpoint, undefined, 0);
  let result = pow(10.0, y).astype(dt, { copy: false });
  for (const t of [logStart, logStop, y]) t.dispose();
  // the endpoints are start and stop themselves (10**log10(x) need not be x)
  const n = result.shape[0];
  if (n > 0) {
    result.set(0, "...", s);
    if (n > 1 && endpoint) result.set(-1, "...", e);
  }
  multiply(result, sgn, { out: result });
  const axis = index(p.axis ?? 0);
  if (axis !== 0) result = moveAxis0(result, axis);
  return result.astype(dtype ?? dt, { copy: false });
}

// ---------------------------------------------------------------------------------------------
// indices, fromfunction
// ---------------------------------------------------------------------------------------------

type IndicesOpts = { dtype?: DTypeLike | null; sparse?: boolean };

/** np.indices(dimensions, dtype=int64, sparse=false): one grid of indices per axis, stacked
 *  into one array of shape [N, ...dimensions], or (sparse) N arrays broadcastable together. */
export function indices(dimensions: ShapeLike, ...rest: unknown[]): ndarray | ndarray[] {
  const p = params<IndicesOpts>(rest, ["dtype", "sparse"]);
  if (!Array.isArray(dimensions)) throw new NpTypeError(`'${pyType(dimensions)}' object is not iterable`);
  const dims = dimensions.map(index);
  const N = dims.length;
  // dtype=None: the grids come out int64 and the stacked array float64, as NumPy's empty/arange do
  const rangeDT = p.dtype === undefined ? int64 : optDType(p.dtype);
  const resDT = p.dtype === undefined ? int64 : (optDType(p.dtype) ?? float64);
  const axisShape = (i: number) => dims.map((d, j) => (j === i ? d : 1));
  if (p.sparse) return dims.map((d, i) => arangeImpl(d, null, null, rangeDT).reshape(axisShape(i)));
  const res = ndarray._alloc(newShape([N, ...dims]), resDT);
  for (let i = 0; i < N; i++) {
    const idx = arangeImpl(dims[i], null, null, rangeDT);
    assign(res._view(dims, res.strides.slice(1), res.offset + i * res.strides[0]), idx.reshape(axisShape(i)));
    idx.dispose();
  }
  return res;
}

/** np.fromfunction(fn, shape, {dtype=float64, ...kwargs}): fn called with one index array per
 *  axis (np.indices(shape, dtype) unpacked); other options are passed on to fn as its last
 *  argument. Returns whatever fn returns. */
export function fromfunction<T>(fn: (...args: any[]) => T, shape: ShapeLike, opts: { dtype?: DTypeLike | null; [k: string]: unknown } = {}): T {
  const { dtype = float64, like: _like, ...kwargs } = opts;
  const dims = typeof shape === "number" ? [shape] : [...shape];
  const grid = indices(dims, { dtype }) as ndarray;
  const args = dims.map((_, i) => grid._view(dims, grid.strides.slice(1), grid.offset + i * grid.strides[0]));
  return Object.keys(kwargs).length ? fn(...args, kwargs) : fn(...args);
}
