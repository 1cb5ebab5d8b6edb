// np.fill_diagonal(a, val, wrap=False): NumPy's `a.flat[:end:step] = val` on the main diagonal.
import { ndarray } from "../ndarray/ndarray.js";
import { int64 } from "../dtype/dtype.js";
import { ValueError, TypeError as NpTypeError } from "../core/errors.js";
import { params } from "../core/args.js";
import { pyType } from "../creation/pyargs.js";
import { put } from "./take.js";
import { arange } from "../creation/ranges.js";

/**
 * np.fill_diagonal(a, val, wrap=false): write `val` on the main diagonal of `a` in place (every
 * axis at the same index; a 2-d array may be rectangular). `val` is a scalar or array-like whose
 * values are used in C order and repeated as needed, cast as NumPy's a.flat assignment casts
 * (unsafe for arrays; a JS number out of an integer dtype's range is NumPy's OverflowError).
 * For a tall 2-d array `wrap` continues the diagonal below the first N rows after one skipped
 * row, as NumPy's flat stepping does. Returns undefined.
 */
export function fill_diagonal(a: unknown, val: unknown, ...rest: unknown[]): void {
  const p = params<{ wrap?: unknown }>(rest, ["wrap"]);
  if (!(a instanceof ndarray)) throw new NpTypeError(`'${pyType(a)}' object has no attribute 'ndim'`);
  if (a.ndim < 2) throw new ValueError("array must be at least 2-d");
  let end = a.size, step: number;
  if (a.ndim === 2) {
    step = a.shape[1] + 1;
    if (!p.wrap) end = Math.min(end, a.shape[1] * a.shape[1]);
  } else {
    if (a.shape.some((d) => d !== a.shape[0])) throw new ValueError("All dimensions of input must be of equal length");
    // 1 + sum(cumprod(shape[:-1])): one step along every axis at once
    step = 1;
    for (let i = 0, prod = 1; i < a.ndim - 1; i++) { prod *= a.shape[i]; step += prod; }
  }
  if (!a.flags.writeable) throw new ValueError("underlying array is read-only");
  const idx = arange(0, end, step, { dtype: int64 });
  try {
    put(a, idx, val);
  } finally {
    idx.dispose();
  }
}
