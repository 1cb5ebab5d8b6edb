// np.frompyfunc: a JS function made into a ufunc-like callable — inputs broadcast together, the
// function called once per element with JS scalars (numbers, booleans for bool arrays), as NumPy
// calls a Python function per element. NumPy returns object arrays; numwasm has no object dtype,
// so each output is np.array of the JS results (bool, int64 or float64 as np.array infers them;
// float64 when empty). 0-d inputs give the function's own result, as NumPy does.
import { ndarray } from "../ndarray/ndarray.js";
import { fromJS, type ArrayLike } from "../ndarray/fromjs.js";
import { broadcastShapes, stridesFor } from "../ndarray/broadcast.js";
import { ValueError, TypeError as NpTypeError } from "../core/errors.js";
import { isOptions } from "../core/args.js";
import { index, isPyScalar, pyType } from "../creation/pyargs.js";
import { float64 } from "../dtype/dtype.js";
import { ownShaped } from "../statistics/common.js";

const MAXARGS = 64;
const KEYWORDS = ["nin", "nout", "identity"];

/** What np.frompyfunc returns: callable, with a ufunc's attributes. */
export interface PyFuncUfunc {
  (...args: unknown[]): unknown;
  readonly __name__: string;
  readonly nin: number;
  readonly nout: number;
  readonly nargs: number;
  readonly identity: unknown;
  readonly ntypes: number;
  readonly types: string[];
}

/** np.frompyfunc(func, nin, nout, {identity}) */
export function frompyfunc(func: unknown, ...rest: unknown[]): PyFuncUfunc {
  const opts = rest.length && isOptions(rest[rest.length - 1]) ? rest.pop() as Record<string, unknown> : {};
  for (const k of Object.keys(opts)) if (!KEYWORDS.includes(k)) throw new NpTypeError(`'${k}' is an invalid keyword argument for frompyfunc()`);
  if (rest.length > 2) throw new NpTypeError(`frompyfunc() takes at most 3 positional arguments (${rest.length + 1} given)`);
  const arg = (i: number, name: string): number => {
    const v = rest[i] ?? opts[name];
    if (v === undefined) throw new NpTypeError(`frompyfunc() missing required argument '${name}' (pos ${i + 2})`);
    return index(v);
  };
  const nin = arg(0, "nin"), nout = arg(1, "nout");
  if (typeof func !== "function") throw new NpTypeError("function must be callable");
  if (nin + nout > MAXARGS) {
    throw new ValueError(`Cannot construct a ufunc with more than ${MAXARGS} operands (requested number were: inputs = ${nin} and outputs = ${nout})`);
  }
  // NumPy accepts negative counts and then rejects every call; numwasm rejects them here
  if (nin < 0 || nout < 0) throw new ValueError(`np.frompyfunc needs nin >= 0 and nout >= 0 (got ${nin} and ${nout})`);
  const name = `${func.name || "<lambda>"} (vectorized)`;
  const f = function (...args: unknown[]): unknown {
    const n = args.length - (args.length && isOptions(args[args.length - 1]) ? 1 : 0);
    if (n < nin || n > nin + nout) {
      throw new NpTypeError(`${name}() takes from ${nin} to ${nin + nout} positional arguments but ${n} ${n === 1 ? "was" : "were"} given`);
    }
    if (n !== args.length || n > nin) throw unsupported(name, "out=, where= and the other ufunc options");
    return callElementwise(func as (...a: unknown[]) => unknown, name, nout, args);
  } as PyFuncUfunc;
  const types = [`${"O".repeat(nin)}->${"O".repeat(nout)}`];
  const attrs: Record<string, unknown> = {
    __name__: name, nin, nout, nargs: nin + nout, identity: opts.identity ?? null, ntypes: 1, types,
  };
  for (const [k, v] of Object.entries(attrs)) Object.defineProperty(f, k, { value: v, enumerable: true });
  Object.defineProperty(f, "name", { value: name });
  const text = `<ufunc '${name}'>`;
  Object.assign(f, {
    toString: () => text,
    [Symbol.for("nodejs.util.inspect.custom")]: () => text,
  });
  for (const m of ["reduce", "accumulate", "outer", "at", "reduceat"]) {
    Object.defineProperty(f, m, { value: () => { throw unsupported(name, `${m}()`); } });
  }
  return f;
}

const unsupported = (name: string, what: string) =>
  new NpTypeError(`${name}: ${what} of np.frompyfunc ufuncs work on object arrays in NumPy, which numwasm does not have`);

/** The inputs broadcast together, each as a flat JS list of its elements in C order. */
function elements(inputs: unknown[]): [number[], unknown[][]] {
  const arrays = inputs.map((x) => (x instanceof ndarray ? x : fromJS(x as ArrayLike)));
  try {
    const shape = broadcastShapes(...arrays.map((a) => a.shape));
    const lists = arrays.map((a) => {
      const flat = a._view(shape, stridesFor(a.shape, a.strides, shape)!).flatten();
      try { return flat.tolist() as unknown[]; } finally { flat.dispose(); }
    });
    return [shape, lists];
  } finally {
    arrays.forEach((a, i) => { if (a !== inputs[i]) a.dispose(); });
  }
}

/** func over the broadcast elements: the results as the function gave them for 0-d inputs,
 *  else one array per output. */
function callElementwise(func: (...a: unknown[]) => unknown, name: string, nout: number, inputs: unknown[]): unknown {
  const [shape, lists] = elements(inputs);
  const size = shape.reduce((a, b) => a * b, 1);
  const outs: unknown[][] = Array.from({ length: nout }, () => new Array(size));
  for (let i = 0; i < size; i++) {
    const r = func(...lists.map((l) => l[i]));
    if (nout === 1) outs[0][i] = r;
    else if (nout > 1) {
      if (!Array.isArray(r) || r.length !== nout) {
        throw new NpTypeError(`${name}: a function with nout=${nout} must return an array of ${nout} values, got ${pyType(r)}`);
      }
      r.forEach((v, k) => { outs[k][i] = v; });
    }
  }
  if (shape.length === 0) return nout === 1 ? outs[0][0] : outs.map((o) => o[0]);
  const arrays = outs.map((vals) => {
    if (size === 0) return ndarray._alloc(shape, float64, true);
    for (const v of vals) {
      if (!isPyScalar(v)) throw new NpTypeError(`${name} returned a ${pyType(v)}: numwasm has no object dtype, so np.frompyfunc results must be numbers or booleans`);
    }
    return ownShaped(fromJS(vals as ArrayLike), shape);
  });
  return nout === 1 ? arrays[0] : arrays;
}
