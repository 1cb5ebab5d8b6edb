// Generator's parameterized distributions (numpy/random/_generator.pyx): one table row per
// method (its parameters in NumPy's positional order, defaults and constraint), drawn by `cont`
// (float64, or int64 for the integer-valued), plus the few with checks of their own.
import { ValueError, TypeError as NpTypeError, NotImplementedError } from "../core/errors.js";
import { asDType, float32, float64 } from "../dtype/dtype.js";
import { params } from "../core/args.js";
import { ndarray } from "../ndarray/ndarray.js";
import { ufuncs } from "../ufunc/ufunc.js";
import { Dist, cont, asF64, scoped, checkValues, POISSON_LAM_MAX, type Cons, type HasState, type SizeLike } from "./fill.js";

type P = [name: string, dflt: unknown, cons: Cons];
const REQ = undefined;
const locScale: P[] = [["loc", 0, "none"], ["scale", 1, "nonneg"]];

/** [method, distribution, parameters] (a parameter named "" in messages has no constraint) */
const TABLE: [string, Dist, P[]][] = [
  ["normal", Dist.normal, [["loc", 0, "none"], ["scale", 1, "nonneg"]]],
  ["exponential", Dist.exponential, [["scale", 1, "nonneg"]]],
  ["gamma", Dist.gamma, [["shape", REQ, "nonneg"], ["scale", 1, "nonneg"]]],
  ["beta", Dist.beta, [["a", REQ, "pos"], ["b", REQ, "pos"]]],
  ["chisquare", Dist.chisquare, [["df", REQ, "pos"]]],
  ["f", Dist.f, [["dfnum", REQ, "pos"], ["dfden", REQ, "pos"]]],
  ["noncentral_chisquare", Dist.noncentralChisquare, [["df", REQ, "pos"], ["nonc", REQ, "nonneg"]]],
  ["noncentral_f", Dist.noncentralF, [["dfnum", REQ, "pos"], ["dfden", REQ, "pos"], ["nonc", REQ, "nonneg"]]],
  ["standard_cauchy", Dist.standardCauchy, []],
  ["standard_t", Dist.standardT, [["df", REQ, "pos"]]],
  ["vonmises", Dist.vonmises, [["mu", REQ, "none"], ["kappa", REQ, "nonneg"]]],
  ["pareto", Dist.pareto, [["a", REQ, "pos"]]],
  ["weibull", Dist.weibull, [["a", REQ, "nonneg"]]],
  ["power", Dist.power, [["a", REQ, "pos"]]],
  ["laplace", Dist.laplace, locScale],
  ["gumbel", Dist.gumbel, locScale],
  ["logistic", Dist.logistic, locScale],
  ["lognormal", Dist.lognormal, [["mean", 0, "none"], ["sigma", 1, "nonneg"]]],
  ["rayleigh", Dist.rayleigh, [["scale", 1, "nonneg"]]],
  ["wald", Dist.wald, [["mean", REQ, "pos"], ["scale", REQ, "pos"]]],
  ["poisson", Dist.poisson, [["lam", 1, "poisson"]]],
  ["zipf", Dist.zipf, [["a", REQ, "gt1"]]],
  ["geometric", Dist.geometric, [["p", REQ, "boundedGt01"]]],
  ["logseries", Dist.logseries, [["p", REQ, "boundedLt01"]]],
];

type Method = (this: HasState, ...args: unknown[]) => number | ndarray;

/** A distribution method as Generator / RandomState instances expose it. */
export type DistMethod = (...args: unknown[]) => number | ndarray;
/** The distribution methods Generator and RandomState both have (the classes' declared types). */
export type SharedDistributions = Record<"normal" | "exponential" | "standard_gamma" | "gamma" | "beta" | "chisquare" | "f" |
  "noncentral_chisquare" | "noncentral_f" | "standard_cauchy" | "standard_t" | "pareto" | "weibull" | "power" | "laplace" |
  "gumbel" | "logistic" | "lognormal" | "rayleigh" | "wald" | "triangular" | "binomial" | "negative_binomial" | "poisson" |
  "zipf" | "geometric" | "logseries", DistMethod>;

function tableMethod(name: string, dist: Dist, ps: P[]): Method {
  const names = [...ps.map((p) => p[0]), "size"];
  return function (this: HasState, ...args: unknown[]) {
    const a = params<Record<string, unknown>>(args, names);
    for (const [n, d] of ps) {
      if (a[n] === undefined && d === undefined) throw new TypeError(`${name}() missing required argument '${n}'`);
    }
    return cont(this, dist, ps.map(([n, d, c]) => ({ value: a[n] ?? d, name: c === "none" ? "" : n, cons: c })), a.size as SizeLike);
  };
}

const anyOf = (x: unknown, f: (v: number) => boolean): boolean => scoped(() => (asF64(x).toTypedArray() as Float64Array).some(f));
/** np.any of a comparison's result (a boolean when both sides are 0-d) */
const anyTrue = (x: unknown): boolean => (x instanceof ndarray ? anyOf(x, (v) => v !== 0) : Boolean(x));

/** triangular(left, mode, right, size=None) */
function triangular(this: HasState, ...args: unknown[]): number | ndarray {
  const a = params<{ left?: unknown; mode?: unknown; right?: unknown; size?: SizeLike }>(args, ["left", "mode", "right", "size"]);
  scoped(() => {
    const [l, m, r] = [asF64(a.left), asF64(a.mode), asF64(a.right)];
    if (anyTrue(l.greater(m))) throw new ValueError("left > mode");
    if (anyTrue(m.greater(r))) throw new ValueError("mode > right");
    if (anyTrue(l.equal(r))) throw new ValueError("left == right");
  });
  return cont(this, Dist.triangular, [a.left, a.mode, a.right].map((value) => ({ value, name: "", cons: "none" as Cons })), a.size);
}

/** standard_gamma(shape, size=None, dtype=float64, out=None). NumPy's float32 variant runs a
 *  float32 sampler (another stream), which numwasm does not have: it raises rather than
 *  returning float64 draws. */
function standard_gamma(this: HasState, ...args: unknown[]): number | ndarray {
  const a = params<{ shape?: unknown; size?: SizeLike; dtype?: unknown; out?: unknown }>(args, ["shape", "size", "dtype", "out"]);
  if (a.shape === undefined) throw new TypeError("standard_gamma() missing required argument 'shape'");
  const dt = a.dtype == null ? float64 : asDType(a.dtype as string);
  if (dt === float32) throw new NotImplementedError("standard_gamma(dtype=float32) is not implemented: NumPy's float32 sampler draws another stream");
  if (dt !== float64) throw new NpTypeError(`Unsupported dtype ${dt.repr()} for standard_gamma`);
  return cont(this, Dist.standardGamma, [{ value: a.shape, name: "shape", cons: "nonneg" }], a.size as SizeLike, a.out ?? null);
}

/** binomial(n, p, size=None): n as int64 (truncated), p in [0, 1]. */
const binomialOf = (dist: Dist): Method => function (this: HasState, ...args: unknown[]) {
  const a = params<{ n?: unknown; p?: unknown; size?: SizeLike }>(args, ["n", "p", "size"]);
  const n = scoped(() => { const x = asF64(a.n); return x.ndim === 0 ? Math.trunc(x.item() as number) : (ufuncs.trunc as unknown as (x: ndarray) => ndarray)(x); });
  return cont(this, dist, [{ value: a.p, name: "p", cons: "bounded01" }, { value: n, name: "n", cons: "nonneg" }], a.size);
};
const binomial = binomialOf(Dist.binomial);

/** negative_binomial(n, p, size=None) */
function negative_binomial(this: HasState, ...args: unknown[]): number | ndarray {
  const a = params<{ n?: unknown; p?: unknown; size?: SizeLike }>(args, ["n", "p", "size"]);
  scoped(() => {
    const n = asF64(a.n), p = asF64(a.p), scalar = n.ndim === 0 && p.ndim === 0;
    checkValues(n.toTypedArray() as Float64Array, "n", "posNotNan", scalar);
    checkValues(p.toTypedArray() as Float64Array, "p", "boundedGt01", scalar);
    const u = ufuncs as unknown as Record<string, (...x: unknown[]) => ndarray>;
    // at least 1-d: a 0-d result would come back as a JS number, and an integral one then acts as an int
    const [n1, p1] = [n.ndim ? n : n.reshape([1]), p.ndim ? p : p.reshape([1])];
    const lam = u.multiply(u.divide(u.subtract(1, p1), p1), u.add(n1, u.multiply(u.sqrt(n1), 10)));
    if (anyOf(lam, (v) => v > POISSON_LAM_MAX)) throw new ValueError("n too large or p too small, see Generator.negative_binomial Notes");
  });
  return cont(this, Dist.negativeBinomial, [{ value: a.n, name: "n", cons: "none" }, { value: a.p, name: "p", cons: "none" }], a.size);
}

const methods = (table: [string, Dist, P[]][]): Record<string, Method> =>
  Object.fromEntries(table.map(([name, dist, ps]) => [name, tableMethod(name, dist, ps)]));

/** The distribution methods, for Generator.prototype. */
export const distributionMethods: Record<string, Method> = { ...methods(TABLE), standard_gamma, triangular, binomial, negative_binomial };

/** RandomState's: legacy-distributions.c's samplers where they differ (same parameters and checks;
 *  negative_binomial has no lam bound there), Generator's (laplace, gumbel, logistic, triangular,
 *  poisson) where NumPy shares them. */
const LEGACY: Record<string, Dist> = {
  normal: Dist.legacyNormal, exponential: Dist.legacyExponential,
  gamma: Dist.legacyGamma, beta: Dist.legacyBeta, chisquare: Dist.legacyChisquare,
  f: Dist.legacyF, noncentral_chisquare: Dist.legacyNoncentralChisquare, noncentral_f: Dist.legacyNoncentralF,
  standard_cauchy: Dist.legacyStandardCauchy, standard_t: Dist.legacyStandardT, pareto: Dist.legacyPareto,
  weibull: Dist.legacyWeibull, power: Dist.legacyPower, lognormal: Dist.legacyLognormal, rayleigh: Dist.legacyRayleigh,
  wald: Dist.legacyWald, laplace: Dist.laplace, gumbel: Dist.gumbel, logistic: Dist.logistic, poisson: Dist.poisson,
};
export const legacyDistributionMethods: Record<string, Method> = {
  ...methods(TABLE.filter(([name]) => name in LEGACY).map(([name, , ps]) => [name, LEGACY[name], ps])),
  standard_gamma: tableMethod("standard_gamma", Dist.legacyStandardGamma, [["shape", REQ, "nonneg"]]),
  negative_binomial: tableMethod("negative_binomial", Dist.legacyNegativeBinomial, [["n", REQ, "pos"], ["p", REQ, "bounded01"]]),
  triangular,
  binomial: binomialOf(Dist.legacyBinomial),
  geometric: tableMethod("geometric", Dist.legacyGeometric, [["p", REQ, "boundedGt01"]]),
  logseries: tableMethod("logseries", Dist.legacyLogseries, [["p", REQ, "boundedLt01"]]),
  zipf: tableMethod("zipf", Dist.legacyZipf, [["a", REQ, "gt1"]]),
};
