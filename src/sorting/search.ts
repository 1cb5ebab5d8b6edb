// np.searchsorted (kernel: assembly/search.ts).
//
// As NumPy, a and v are compared in promote_types(a.dtype, v.dtype) where v's dtype is what
// np.asarray gives it: a JS number is an int64 (integral) or float64 array here, not a weak
// scalar (NumPy's searchsorted converts v on its own: float32 a with v = 0.1 compares in float64).
import { ndarray } from "../ndarray/ndarray.js";
import { int64, float64 } from "../dtype/dtype.js";
import { fromJS } from "../ndarray/fromjs.js";
import { promote_types } from "../dtype/promotion.js";
import { TypeError, ValueError } from "../core/errors.js";
import { params } from "../core/args.js";
import { arr, k, flat, contiguous, typeName } from "./common.js";

function isRight(side: unknown): boolean {
  if (side === undefined || side === "left") return false;
  if (side === "right") return true;
  if (typeof side !== "string") throw new TypeError(`search side must be str, not ${typeName(side)}`);
  if (/^[lLrR]/.test(side)) throw new ValueError("search side must be one of 'left' or 'right'");
  throw new ValueError(`search side must be 'left' or 'right' (got '${side}')`);
}

function sorterArray(sorter: unknown, n: number): ndarray {
  const s = arr(sorter);
  if (!s.dtype.isInteger) throw new TypeError("sorter must only contain integers");
  if (s.ndim !== 1) throw new TypeError("could not parse sorter argument");
  if (s.dtype.name === "uint64") throw new ValueError("could not parse sorter argument"); // no safe cast to intp
  if (s.size !== n) throw new ValueError("sorter.size must equal a.size");
  return flat(s, int64);
}

/** np.searchsorted(a, v, side='left', sorter=None): int64 indices, a JS number for a scalar v. */
export function searchsorted(a: unknown, v: unknown, ...rest: unknown[]): ndarray | number {
  const p = params<{ side?: string; sorter?: unknown }>(rest, ["side", "sorter"]);
  const x = arr(a);
  if (x.ndim === 0) throw new ValueError("object of too small depth for desired array");
  if (x.ndim > 1) throw new ValueError("object too deep for desired array");
  const right = isRight(p.side);
  // a Python int beyond 64 bits is an object array to NumPy, compared exactly: here its float64
  // value (exact for a JS number, a double already)
  const huge = (typeof v === "number" && Number.isInteger(v) || typeof v === "bigint") && (v >= 2 ** 64 || v < -(2 ** 63));
  const vv = arr(huge ? fromJS(Number(v), float64) : v);
  const dt = promote_types(x.dtype, vv.dtype);
  const sorter = p.sorter === undefined || p.sorter === null ? null : sorterArray(p.sorter, x.size);
  const as = contiguous(x, dt), vs = contiguous(vv, dt);
  const out = ndarray._alloc(vv.shape.slice(), int64);
  try {
    const r = k().searchsorted(dt.code, as._addr(), as.size, sorter ? sorter._addr() : 0, vs._addr(), vs.size, out._addr(), right);
    if (r < 0) throw new ValueError("Sorter index out of range.");
  } finally {
    if (as !== x) as.dispose();
    if (vs !== vv) vs.dispose();
    sorter?.dispose();
  }
  return out.ndim === 0 ? (out.item() as number) : out;
}
