// NumPy functions that are ufunc compositions rather than ufuncs: round/around, clip, fix,
// isposinf/isneginf.
import { ndarray } from "../ndarray/ndarray.js";
import { params, isOptions } from "../core/args.js";
import { result_type, can_cast, checkWeakScalar, isPyInt, type ResultTypeArg, type Casting } from "../dtype/promotion.js";
import { float32, float64, int64, bool as boolT, asDType, ALL, type DType, type DTypeLike } from "../dtype/dtype.js";
import { intBounds } from "../dtype/info.js";
import { TypeError as NpTypeError, ValueError, OverflowError } from "../core/errors.js";
import { index } from "../creation/pyargs.js";
import { kernels } from "../runtime/wasm.js";
import { writeNd, ndShapePtr, ndStridesPtr } from "../ndarray/nd.js";
import { operand } from "./call.js";
import { broadcastShapes } from "../ndarray/broadcast.js";
import { ufuncs } from "./ufunc.js";

type Out = { out?: ndarray | null };

/** np.round(a, decimals=0, out=None): round half to even at 10^-decimals (NumPy's formula). */
export function round(a: unknown, ...rest: unknown[]): ndarray | number {
  const p = params<{ decimals?: number } & Out>(rest, ["decimals", "out"]);
  // decimals goes through a C int (operator.index, then its range)
  const d = p.decimals === undefined ? 0 : index(p.decimals);
  if (d > 2147483647 || d < -2147483648) throw new OverflowError(`signed integer is ${d > 0 ? "greater than maximum" : "less than minimum"}`);
  const x = operand(a);
  const arr = x instanceof ndarray ? x : (operand([x]) as ndarray).reshape([]);
  if (arr.dtype === boolT && d !== 0) {
    // NumPy multiplies by 10**d into a bool output
    throw new NpTypeError(`Cannot cast ufunc '${d > 0 ? "multiply" : "divide"}' output from dtype('float64') to dtype('bool') with casting rule 'same_kind'`);
  }
  // NumPy writes into out= through rint / multiply / divide (true_divide even for integers with
  // decimals < 0: their result is a float, -0.0 included), else copies integers with same_kind
  const via = arr.dtype.isFloat ? arr.dtype : arr.dtype === boolT ? float32 : d < 0 ? float64 : null;
  if (p.out && via && !can_cast(via, p.out.dtype, "same_kind")) {
    throw new NpTypeError(`Cannot cast ufunc '${d === 0 ? "rint" : d > 0 ? "multiply" : "divide"}' output from ${via.repr()} to ${p.out.dtype.repr()} with casting rule 'same_kind'`);
  }
  if (p.out && !via && !can_cast(arr.dtype, p.out.dtype, "same_kind")) {
    throw new NpTypeError(`Cannot cast ${arr.ndim ? "array data" : "scalar"} from ${arr.dtype.repr()} to ${p.out.dtype.repr()} according to the rule 'same_kind'`);
  }
  // NumPy rounds bool in float16; numwasm's smallest float is float32
  const work = p.out && via ? via : arr.dtype === boolT ? float32 : arr.dtype;
  const src = work === arr.dtype ? arr : arr.astype(work);
  const res = p.out ?? ndarray._alloc(src.shape.slice(), src.dtype);
  const tmp = res.dtype === src.dtype ? res : ndarray._alloc(src.shape.slice(), src.dtype);
  if (src.size > 0) {
    const nd = writeNd(src.shape, src.strides, tmp.strides);
    kernels.k.round_decimals(src.dtype.code, src._addr(), tmp._addr(), nd, ndShapePtr(), ndStridesPtr(0), ndStridesPtr(1), d);
  }
  if (tmp !== res) { res.set("...", tmp); tmp.dispose(); }
  if (src !== arr) src.dispose();
  if (!(x instanceof ndarray)) arr.dispose();
  if (!p.out && res.ndim === 0) { const v = res.item() as number; res.dispose(); return v; }
  return res;
}
/** np.around: the same as np.round (a separate function object, as in NumPy). */
export function around(a: unknown, ...rest: unknown[]): ndarray | number { return round(a, ...rest); }

/** np.clip(a, a_min, a_max, out=None, {min, max, ...ufunc options}): NumPy 2's argument rules —
 *  both bounds positionally (null = None: no bound), or neither and the array-API keywords
 *  `min`/`max`; other options (dtype, casting, where) go to the ufunc, as NumPy's **kwargs. */
export function clip(a: unknown, ...rest: unknown[]): unknown {
  const { a_min, a_max, min, max, ...kw } = params<{ a_min?: unknown; a_max?: unknown; min?: unknown; max?: unknown } & ClipKw>(rest, ["a_min", "a_max", "out"]);
  let lo = a_min, hi = a_max;
  if (lo === undefined && hi === undefined) { lo = min ?? null; hi = max ?? null; }
  else if (lo === undefined) throw new NpTypeError("clip() missing 1 required positional argument: 'a_min'");
  else if (hi === undefined) throw new NpTypeError("clip() missing 1 required positional argument: 'a_max'");
  else if (min !== undefined || max !== undefined) {
    throw new ValueError("Passing `min` or `max` keyword argument when `a_min` and `a_max` are provided is forbidden.");
  }
  return clipBounds(a, lo, hi, kw);
}

type ClipKw = Out & { dtype?: DTypeLike | null; casting?: Casting; where?: unknown };

/** NumPy's _clip (what np.clip and a.clip run): Python-int bounds beyond an integer array's
 *  range are dropped; no bounds is np.positive; one bound is minimum/maximum. */
function clipBounds(a: unknown, a_min: unknown, a_max: unknown, kw: ClipKw): unknown {
  const x0 = operand(a);
  // np.clip runs on np.asarray(a): a JS number `a` is a 0-d array of its own dtype, not weak
  const x = x0 instanceof ndarray ? x0 : (operand([x0]) as ndarray).reshape([]);
  let lo = a_min ?? null, hi = a_max ?? null;
  if (x.dtype.isInteger) {
    const [min, max] = intBounds(x.dtype);
    if (isPyInt(lo) && BigInt(lo) <= min) lo = null;
    if (isPyInt(hi) && BigInt(hi) >= max) hi = null;
  }
  const opts = Object.fromEntries(Object.entries(kw).filter(([, v]) => v !== undefined && v !== null));
  const r = lo === null && hi === null ? ufuncs.positive(x, opts)
    : lo === null ? ufuncs.minimum(x, hi, opts)
    : hi === null ? ufuncs.maximum(x, lo, opts)
    : clip3(x, lo, hi, kw);
  if (x !== x0) x.dispose();
  return r;
}

/** NumPy's 3-input clip ufunc: one loop type for all three operands (dtype= or their promotion),
 *  inputs and output cast-checked under `casting`, then broadcast; NaN propagates. */
function clip3(x: ndarray, lo: unknown, hi: unknown, kw: ClipKw): unknown {
  const ops = [x, operand(lo), operand(hi)];
  const out = kw.out ?? null;
  const dt = kw.dtype === undefined || kw.dtype === null ? clipLoop(ops) : asDType(kw.dtype);
  const casting = kw.casting ?? "same_kind";
  // Python ints are converted to the loop type (OverflowError) before the casts are checked
  for (const o of ops) if (!(o instanceof ndarray) && typeof o !== "boolean" && dt.isInteger) checkWeakScalar(o, dt);
  ops.forEach((o, i) => {
    // what NumPy casts from: an array's dtype, a Python float into a non-float loop, a Python
    // int into a bool loop, a Python bool (refused by 'no' / 'equiv' only)
    const pyFloat = typeof o === "number" && (!Number.isInteger(o) || Object.is(o, -0));
    const from = o instanceof ndarray ? o.dtype : typeof o === "boolean" ? boolT
      : pyFloat ? (dt.isFloat ? null : float64) : dt === boolT ? int64 : null;
    if (from && from !== dt && !can_cast(from, dt, casting)) {
      throw new NpTypeError(`Cannot cast ufunc 'clip' input ${i} from ${from.repr()} to ${dt.repr()} with casting rule '${casting}'`);
    }
  });
  if (out && !can_cast(dt, out.dtype, casting)) {
    throw new NpTypeError(`Cannot cast ufunc 'clip' output from ${dt.repr()} to ${out.dtype.repr()} with casting rule '${casting}'`);
  }
  const where = kw.where === undefined ? undefined : operand(kw.where);
  // NumPy names every operand (output and where included) when broadcasting fails
  const shapes = ops.map((o) => (o instanceof ndarray ? o.shape : []));
  if (out) shapes.push(out.shape);
  if (where instanceof ndarray) shapes.push(where.shape);
  broadcastShapes(...shapes);
  // operands ordered so that ties keep x (NumPy's clip returns x itself at a bound: -0.0 stays);
  // the lower bound's result stays an array when 0-d (a JS number would round int64 / uint64
  // beyond 2**53, or overflow as a Python int)
  const m = ufuncs.maximum(ops[1], x, { dtype: dt, casting: "unsafe", out: ndarray._alloc(broadcastShapes(shapes[0], shapes[1]), dt) }) as ndarray;
  const opts: Record<string, unknown> = { dtype: dt, casting: "unsafe" };
  if (out) opts.out = out;
  if (where !== undefined) opts.where = where;
  try {
    return ufuncs.minimum(ops[2], m, opts);
  } finally {
    m.dispose();
  }
}

/** The clip ufunc's loop (NumPy resolves it as a legacy ufunc): Python scalars take the type
 *  they promote to against the arrays, then the first loop every operand casts to safely —
 *  not the pairwise promotion (int8, uint16, float32 arrays run the float32 loop). */
function clipLoop(ops: (ndarray | number | bigint | boolean)[]): DType {
  const strong = ops.filter((o): o is ndarray => o instanceof ndarray).map((o) => o.dtype);
  const types = ops.map((o) => (o instanceof ndarray ? o.dtype : result_type(...strong, o)));
  return ALL.find((t) => types.every((s) => s === t || can_cast(s, t, "safe"))) ?? result_type(...types);
}

/** a.clip(min=None, max=None, out=None, **kwargs): NumPy's method, both bounds optional. */
function clipMethod(this: ndarray, ...args: unknown[]): unknown {
  let opts: Record<string, unknown> = {};
  if (args.length && isOptions(args[args.length - 1])) opts = args.pop() as Record<string, unknown>;
  const names = ["min", "max", "out"];
  if (args.length > names.length) throw new NpTypeError(`_clip() takes from 1 to 4 positional arguments but ${args.length + 1} were given`);
  const v: Record<string, unknown> = {};
  args.forEach((x, i) => { v[names[i]] = x; });
  for (const [k, x] of Object.entries(opts)) {
    if (k in v) throw new NpTypeError(`_clip() got multiple values for argument '${k}'`);
    v[k] = x;
  }
  const { min, max, ...kw } = v;
  return clipBounds(this, min ?? null, max ?? null, kw as ClipKw);
}

/** np.isposinf(x, out=None): x is +inf (`isinf(x) & ~signbit(x)` into `out`). */
export function isposinf(x: unknown, ...rest: unknown[]): unknown {
  return signedInf(x, rest, false);
}

/** np.isneginf(x, out=None): x is -inf (`isinf(x) & signbit(x)` into `out`). */
export function isneginf(x: unknown, ...rest: unknown[]): unknown {
  return signedInf(x, rest, true);
}

function signedInf(x: unknown, rest: unknown[], negative: boolean): unknown {
  const p = params<Out>(rest, ["out"]);
  const xs = operand(x);
  const inf = ufuncs.isinf(xs);
  const sign = ufuncs.signbit(xs);
  const want = negative ? sign : ufuncs.invert(sign);
  try {
    return p.out ? ufuncs.logical_and(inf, want, p.out) : ufuncs.logical_and(inf, want);
  } finally {
    for (const t of [inf, sign, want]) if (t instanceof ndarray && t !== p.out) t.dispose();
    if (xs !== x && xs instanceof ndarray) xs.dispose();
  }
}

/** np.fix: round towards zero, keeping integer dtypes (ceil for negatives, floor otherwise). */
export function fix(x: unknown, ...rest: unknown[]): unknown {
  const p = params<Out>(rest, ["out"]);
  return ufuncs.trunc(x, p.out ? { out: p.out } : {});
}

// The ndarray methods for these compositions (installed after ufunc.ts's generated methods).
Object.assign(ndarray.prototype, {
  clip: clipMethod,
  round(this: ndarray, ...args: unknown[]) { return round(this, ...args); },
});

declare module "../ndarray/ndarray.js" {
  interface ndarray {
    /** a.clip(min=None, max=None, out=None): np.clip with both bounds optional (and keywords). */
    clip(...args: unknown[]): ndarray | number | boolean;
    /** a.round(decimals=0, out=None): np.round. */
    round(...args: unknown[]): ndarray | number;
  }
}
