// np.unwrap: NumPy's steps as ufunc calls (diff, mod, two masked copies, a cumulative sum), so
// the dtypes — integer unwrapping with an integer period included — and errors are NumPy's.
import { ndarray } from "../ndarray/ndarray.js";
import { params } from "../core/args.js";
import { result_type, type ResultTypeArg } from "../dtype/promotion.js";
import { asarray } from "../creation/basic.js";
import { copyto } from "../manipulation/copyto.js";
import { cumsum } from "../reduction/cumulative.js";
import { diff } from "../statistics/differences.js";
import { scoped, uf, sliceAxis, axisIndex } from "../statistics/common.js";

type UnwrapOpts = { discont?: unknown; axis?: unknown; period?: unknown };

/** NumPy's interval_high and boundary_ambiguous: an integer period splits as divmod(period, 2)
 *  (ambiguous only when even), a float one in halves. */
function halfPeriod(period: number, integer: boolean): [number, boolean] {
  if (!integer) return [period / 2, true];
  const high = Math.floor(period / 2);
  return [high, period - 2 * high === 0];
}

/** np.unwrap(p, discont=None, axis=-1, *, period=2*pi): steps larger than max(discont,
 *  period/2) along `axis` replaced by their period-complement. */
export function unwrap(p: unknown, ...rest: unknown[]): ndarray {
  const o = params<UnwrapOpts>(rest, ["discont", "axis"]);
  const period = (o.period ?? 2 * Math.PI) as number;
  return scoped(() => {
    const a = asarray(p as ndarray);
    const dd = diff(a, { axis: o.axis ?? -1 }) as ndarray;
    const axis = axisIndex(o.axis ?? -1, a.ndim);
    const discont = o.discont ?? period / 2;
    const dtype = result_type(dd, period as ResultTypeArg);
    const [high, ambiguous] = halfPeriod(period, dtype.isInteger);
    const low = dtype.isInteger ? 0 - high : -high; // a Python int stays an int (no -0)
    const ddmod = uf("add", uf("remainder", uf("subtract", dd, low), period), low);
    if (ambiguous) copyto(ddmod, high, { where: uf("logical_and", uf("equal", ddmod, low), uf("greater", dd, 0)) });
    const correction = uf("subtract", ddmod, dd);
    copyto(correction, 0, { where: uf("less", uf("absolute", dd), discont) });
    const up = a.astype(dtype, { order: "K" });
    sliceAxis(up, axis, 1, null).set("...", uf("add", sliceAxis(a, axis, 1, null), cumsum(correction, axis)));
    return up;
  });
}
