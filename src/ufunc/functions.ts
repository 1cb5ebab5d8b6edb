// NumPy functions that are ufunc compositions rather than ufuncs: round/around, clip, fix.
import { ndarray } from "../ndarray/ndarray.js";
import { params } from "../core/args.js";
import { result_type, can_cast, type ResultTypeArg } from "../dtype/promotion.js";
import { float32, float64, bool as boolT } from "../dtype/dtype.js";
import { intBounds } from "../dtype/info.js";
import { TypeError as NpTypeError } from "../core/errors.js";
import { kernels } from "../runtime/wasm.js";
import { writeNd, ndShapePtr, ndStridesPtr } from "../ndarray/nd.js";
import { operand } from "./call.js";
import { ufuncs } from "./ufunc.js";

type Out = { out?: ndarray | null };

/** np.round(a, decimals=0, out=None): round half to even at 10^-decimals (NumPy's formula). */
export function round(a: unknown, ...rest: unknown[]): ndarray | number {
  const p = params<{ decimals?: number } & Out>(rest, ["decimals", "out"]);
  const d = p.decimals ?? 0;
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

/** np.clip(a, a_min, a_max, out=None), as NumPy's _clip: Python-int bounds beyond an integer
 *  array's range are dropped; no bounds is np.positive; one bound is minimum/maximum. */
export function clip(a: unknown, a_min: unknown = null, a_max: unknown = null, ...rest: unknown[]): unknown {
  const p = params<Out>(rest, ["out"]);
  const x = operand(a);
  const arr = x instanceof ndarray ? x : null;
  let lo = a_min ?? null, hi = a_max ?? null;
  if (arr && arr.dtype.isInteger) {
    const [min, max] = intBounds(arr.dtype);
    const pyInt = (v: unknown): v is number | bigint => typeof v === "bigint" || (typeof v === "number" && Number.isInteger(v));
    if (pyInt(lo) && BigInt(lo) <= min) lo = null;
    if (pyInt(hi) && BigInt(hi) >= max) hi = null;
  }
  const outOpt = p.out ? { out: p.out } : {};
  if (lo === null && hi === null) return ufuncs.positive(x, outOpt);
  if (lo === null) return ufuncs.minimum(x, hi, outOpt);
  if (hi === null) return ufuncs.maximum(x, lo, outOpt);
  // NumPy's 3-input clip loop: one type for all three operands, NaN propagating
  const ops = [x, operand(lo), operand(hi)];
  const dt = result_type(...(ops as ResultTypeArg[]));
  // operands ordered so that ties keep x (NumPy's clip returns x itself at a bound: -0.0 stays)
  const m = ufuncs.maximum(lo, x, { dtype: dt }) as ndarray | number;
  const r = ufuncs.minimum(hi, m, { dtype: dt, ...outOpt });
  if (m instanceof ndarray && m !== p.out) m.dispose();
  return r;
}

/** np.fix: round towards zero, keeping integer dtypes (ceil for negatives, floor otherwise). */
export function fix(x: unknown, ...rest: unknown[]): unknown {
  const p = params<Out>(rest, ["out"]);
  return ufuncs.trunc(x, p.out ? { out: p.out } : {});
}
