// The nan-functions: nansum, nanprod, nanmin, nanmax, nanmean, nanvar, nanstd (nanargmin /
// nanargmax: arg.ts; nancumsum / nancumprod: cumulative.ts). NumPy replaces NaN in a copy of
// the input (order K) and reduces the copy; here the replacement happens while loading (kernel
// loaders), with the iteration plan of that dense copy, so the sums are NumPy's bit for bit.
// Non-float input has no NaN: the plain functions run.
import { ndarray } from "../ndarray/ndarray.js";
import { params } from "../core/args.js";
import { ValueError, TypeError as NpTypeError } from "../core/errors.js";
import { asDType, int64, type DType } from "../dtype/dtype.js";
import { kStrides } from "../ndarray/shape.js";
import { ufuncs } from "../ufunc/ufunc.js";
import { RKind, replaced } from "./kernels.js";
import { reduceInto, nativePair, type Spec } from "./core.js";
import { sum, prod, extreme, SPECS, type SumOpts } from "./reduce.js";
import { mean, var_, std, strongCount, divideInPlace, type MeanOpts, type VarOpts } from "./stats.js";
import { asArray, reducedAxes, sumLoop, finish, resultShape, divisionTarget, unwrap } from "./common.js";

/** Geometry of the replaced copy, for the plan. */
const copyGeom = (x: ndarray) => ({ strides: kStrides(x.shape, x.strides, x.itemsize), dtype: x.dtype });

/** nansum / nanprod of a float array: sum / prod of the NaN-replaced copy, without the copy
 *  where the kernels read the pair natively. Returns the keepdims accumulator. */
function nanSumAcc(kind: RKind.nansum | RKind.nanprod, x: ndarray, red: readonly boolean[], p: SumOpts): ndarray {
  const loop = sumLoop(x.dtype, p.dtype == null ? undefined : asDType(p.dtype), p.out);
  const base = kind === RKind.nansum ? SPECS.add : SPECS.multiply;
  if (nativePair(kind, x.dtype, loop)) {
    return reduceInto({ ...base, kind } as Spec, x, red, loop, p, null, copyGeom(x)).acc;
  }
  const c = replaced(x, kind === RKind.nanprod);
  const acc = reduceInto(base, c, red, loop, p).acc;
  c.dispose();
  return acc;
}

function nanSumLike(kind: RKind.nansum | RKind.nanprod, a: unknown, rest: unknown[]): ndarray | number | boolean {
  const p = params<SumOpts>(rest, ["axis", "dtype", "out", "keepdims", "initial", "where"]);
  const x = asArray(a);
  if (!x.dtype.isFloat) return kind === RKind.nansum ? sum(x, p) : prod(x, p);
  const red = reducedAxes(p.axis, x.ndim);
  return finish(nanSumAcc(kind, x, red, p), red, !!p.keepdims, p.out);
}

/** np.nansum(a, axis=None, dtype=None, out=None, keepdims=False, initial=0, where=True) */
export function nansum(a: unknown, ...rest: unknown[]): ndarray | number | boolean { return nanSumLike(RKind.nansum, a, rest); }
/** np.nanprod(a, axis=None, dtype=None, out=None, keepdims=False, initial=1, where=True) */
export function nanprod(a: unknown, ...rest: unknown[]): ndarray | number | boolean { return nanSumLike(RKind.nanprod, a, rest); }

/** np.nanmax(a, axis=None, out=None, keepdims=False, initial=<no value>, where=True): fmax.reduce. */
export function nanmax(a: unknown, ...rest: unknown[]): ndarray | number | boolean {
  const x = asArray(a);
  return extreme({ ...SPECS.fmax, kind: x.dtype.isFloat ? RKind.fmax : RKind.max }, x, rest);
}
/** np.nanmin(a, axis=None, out=None, keepdims=False, initial=<no value>, where=True): fmin.reduce. */
export function nanmin(a: unknown, ...rest: unknown[]): ndarray | number | boolean {
  const x = asArray(a);
  return extreme({ ...SPECS.fmin, kind: x.dtype.isFloat ? RKind.fmin : RKind.min }, x, rest);
}

function checkInexact(dtype: DType | undefined, out: ndarray | null | undefined): void {
  if (dtype && !dtype.isFloat && !dtype.isComplex) throw new NpTypeError("If a is inexact, then dtype must be inexact");
  if (out && !out.dtype.isFloat && !out.dtype.isComplex) throw new NpTypeError("If a is inexact, then out must be inexact");
}

/** Number of non-NaN values per result element (int64, keepdims as given). */
function validCount(x: ndarray, red: readonly boolean[], where: unknown, keepdims: boolean): ndarray {
  const acc = reduceInto({ name: "add", kind: RKind.countvalid, identity: 0 }, x, red, int64, { keepdims: true, where }).acc;
  return keepdims ? acc : acc._reshapeOwned(resultShape(acc.shape, red, false));
}

/** np.nanmean(a, axis=None, dtype=None, out=None, keepdims=False, *, where=True) */
export function nanmean(a: unknown, ...rest: unknown[]): ndarray | number | boolean {
  const p = params<MeanOpts>(rest, ["axis", "dtype", "out", "keepdims"]);
  const x = asArray(a);
  if (!x.dtype.isFloat) return mean(x, p);
  const dtype = p.dtype == null ? undefined : asDType(p.dtype);
  checkInexact(dtype, p.out);
  const red = reducedAxes(p.axis, x.ndim);
  const keepdims = !!p.keepdims;
  const cnt = validCount(x, red, p.where, keepdims);
  const tot = divisionTarget(nanSumAcc(RKind.nansum, x, red, { dtype, out: p.out, keepdims, where: p.where }), red, keepdims, p.out);
  ufuncs.divide(tot, cnt, { out: tot, casting: "unsafe" });
  cnt.dispose();
  return unwrap(tot, p.out);
}

function nanVarTarget(x: ndarray, p: VarOpts): ndarray {
  const dtype = p.dtype == null ? undefined : asDType(p.dtype);
  checkInexact(dtype, p.out);
  let ddof = p.ddof ?? 0;
  if (p.correction !== undefined) {
    if (ddof !== 0) throw new ValueError("ddof and correction can't be provided simultaneously.");
    ddof = p.correction;
  }
  const red = reducedAxes(p.axis, x.ndim);
  const keepdims = !!p.keepdims;
  const cnt = validCount(x, red, p.where, true);
  let avg: ndarray;
  if (p.mean !== undefined) avg = asArray(p.mean);
  else {
    avg = nanSumAcc(RKind.nansum, x, red, { dtype, keepdims: true, where: p.where });
    ufuncs.divide(avg, cnt, { out: avg, casting: "unsafe" });
  }
  const loop = sumLoop(x.dtype, dtype, p.out);
  let acc: ndarray;
  if (p.mean === undefined && avg.dtype === x.dtype && loop === x.dtype) {
    // squares of (x - avg) in x's dtype, 0 where x is NaN: one pass with the copy's plan
    acc = reduceInto({ name: "add", kind: RKind.nansqdev, identity: 0 }, x, red, loop, { out: p.out, keepdims, where: p.where }, avg, copyGeom(x)).acc;
  } else {
    const c = replaced(x, false);
    const isnan = ufuncs.isnan(x) as ndarray | boolean; // a JS boolean for 0-d x
    ufuncs.subtract(c, avg, { out: c, casting: "unsafe", ...(p.where !== undefined ? { where: p.where } : {}) });
    ufuncs.subtract(c, c, { out: c, where: isnan }); // back to 0 where x was NaN
    ufuncs.multiply(c, c, { out: c, ...(p.where !== undefined ? { where: p.where } : {}) });
    acc = reduceInto(SPECS.add, c, red, loop, { out: p.out, keepdims, where: p.where }).acc;
    c.dispose();
    if (isnan instanceof ndarray) isnan.dispose();
  }
  if (p.mean === undefined) avg.dispose();
  const t = divisionTarget(acc, red, keepdims, p.out);
  // dof = cnt - ddof, strong even when 0-d (a NumPy scalar)
  const d = ufuncs.subtract(keepdims ? cnt : cnt.reshape(resultShape(cnt.shape, red, false)), ddof) as ndarray | number;
  const dof = strongCount(d);
  divideInPlace(t, dof);
  const bad = ufuncs.less_equal(dof, 0) as ndarray | boolean;
  ufuncs.add(t, NaN, { out: t, where: bad });
  if (bad instanceof ndarray) bad.dispose();
  dof.dispose(); cnt.dispose();
  return t;
}

/** np.nanvar(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=True, mean=None, correction=None) */
export function nanvar(a: unknown, ...rest: unknown[]): ndarray | number | boolean {
  const p = params<VarOpts>(rest, ["axis", "dtype", "out", "ddof", "keepdims"]);
  const x = asArray(a);
  if (!x.dtype.isFloat) return var_(x, p);
  return unwrap(nanVarTarget(x, p), p.out);
}

/** np.nanstd: the square root of nanvar. */
export function nanstd(a: unknown, ...rest: unknown[]): ndarray | number | boolean {
  const p = params<VarOpts>(rest, ["axis", "dtype", "out", "ddof", "keepdims"]);
  const x = asArray(a);
  if (!x.dtype.isFloat) return std(x, p);
  const t = nanVarTarget(x, p);
  ufuncs.sqrt(t, { out: t });
  return unwrap(t, p.out);
}

