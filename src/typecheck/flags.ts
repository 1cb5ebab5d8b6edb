// Memory-layout flags: np.require, np.isfortran and the ndarray method a.setflags (importing this
// module installs it). ALIGNED is false where the memory is mis-aligned (a.view() at an odd
// offset) or setflags cleared it, as in NumPy.
import { ndarray, type Order } from "../ndarray/ndarray.js";
import { fromJS, type ArrayLike } from "../ndarray/fromjs.js";
import { ValueError, TypeError as NpTypeError, KeyError } from "../core/errors.js";
import { isOptions, params } from "../core/args.js";
import { optDType, type DType, type DTypeLike } from "../dtype/dtype.js";
import { pyBool, pyType } from "../creation/pyargs.js";
import { notIterable } from "./inspect.js";

const POSSIBLE_FLAGS: Readonly<Record<string, string>> = {
  C: "C", C_CONTIGUOUS: "C", CONTIGUOUS: "C", F: "F", F_CONTIGUOUS: "F", FORTRAN: "F", A: "A", ALIGNED: "A",
  W: "W", WRITEABLE: "W", O: "O", OWNDATA: "O", E: "E", ENSUREARRAY: "E",
};

/** The set of flag letters a requirements argument names (a string is its characters). */
function requirementSet(requirements: unknown): Set<string> {
  let items: unknown[];
  if (typeof requirements === "string") items = [...requirements];
  else if (Array.isArray(requirements)) items = requirements;
  else throw notIterable(requirements);
  return new Set(items.map((x) => {
    if (typeof x !== "string") throw new NpTypeError(`'${pyType(x)}' object has no attribute 'upper'`);
    const key = x.toUpperCase();
    if (!Object.prototype.hasOwnProperty.call(POSSIBLE_FLAGS, key)) throw new KeyError(`'${key}'`);
    return POSSIBLE_FLAGS[key];
  }));
}

/** np.array(a, dtype=dtype, order=order, copy=None): a itself when it already fits. */
function arrayNoCopy(a: unknown, dtype: DType | undefined, order: "A" | "C" | "F"): ndarray {
  if (!(a instanceof ndarray)) {
    const x = fromJS(a as ArrayLike, dtype);
    if (order !== "F" || x.flags.f_contiguous) return x;
    const f = x.copy("F");
    x.dispose();
    return f;
  }
  if (dtype && dtype !== a.dtype) return a.astype(dtype, { order: order === "A" ? "K" : order }); // NumPy's copy keeps the layout
  const fl = a.flags;
  return (order === "C" && !fl.c_contiguous) || (order === "F" && !fl.f_contiguous) ? a.copy(order) : a;
}

/**
 * np.require(a, dtype=None, requirements=None, {like}): an array of that dtype with the listed
 * flags — 'C'/'C_CONTIGUOUS'/'CONTIGUOUS', 'F'/'F_CONTIGUOUS'/'FORTRAN', 'A'/'ALIGNED',
 * 'W'/'WRITEABLE', 'O'/'OWNDATA', 'E'/'ENSUREARRAY' in any case (a string is a list of
 * letters) — copying only when `a` lacks one.
 */
// (named require_ here: a function named `require` would shadow CommonJS's in the CJS build)
function require_(a: unknown, ...rest: unknown[]): ndarray {
  const p = params<{ dtype?: DTypeLike | null; requirements?: unknown; like?: unknown }>(rest, ["dtype", "requirements"]);
  if (p.like !== undefined && p.like !== null && !(p.like instanceof ndarray)) {
    throw new NpTypeError("The `like` argument must be an array-like that implements the `__array_function__` protocol.");
  }
  if (!pyBool(p.requirements)) return arrayNoCopy(a, optDType(p.dtype), "A");
  const reqs = requirementSet(p.requirements);
  reqs.delete("E"); // there are no ndarray subclasses to leave out
  if (reqs.has("C") && reqs.has("F")) throw new ValueError('Cannot specify both "C" and "F" order');
  const order = reqs.has("F") ? "F" : reqs.has("C") ? "C" : "A"; // (order 'A', not ALIGNED)
  reqs.delete("C");
  reqs.delete("F");
  const arr = arrayNoCopy(a, optDType(p.dtype), order);
  const fl = arr.flags;
  const has: Record<string, boolean> = { A: fl.aligned, W: fl.writeable, O: fl.owndata };
  for (const r of reqs) if (!has[r]) return arr.copy(order as Order);
  return arr;
}

export { require_ as require };

/** np.isfortran(a): Fortran-contiguous and not C-contiguous (NumPy's a.flags.fnc). */
export function isfortran(a: unknown): boolean {
  if (!(a instanceof ndarray)) throw new NpTypeError(`'${pyType(a)}' object has no attribute 'flags'`);
  const fl = a.flags;
  return fl.f_contiguous && !fl.c_contiguous;
}

const SETFLAGS = ["write", "align", "uic"];

/** a.setflags(write=None, align=None, uic=None): NumPy's rules — write=true only where the
 *  memory's owner is writeable (an owner itself always), uic=true never; nothing changes when
 *  the call fails. */
function setflags(this: ndarray, ...args: unknown[]): void {
  const opts = args.length && isOptions(args[args.length - 1]) ? args.pop() as Record<string, unknown> : {};
  for (const k of Object.keys(opts)) if (!SETFLAGS.includes(k)) throw new NpTypeError(`'${k}' is an invalid keyword argument for setflags()`);
  const given = args.length + Object.keys(opts).length;
  if (given > 3) throw new NpTypeError(`setflags() takes at most 3 arguments (${given} given)`);
  SETFLAGS.forEach((k, i) => {
    if (i < args.length && k in opts) throw new NpTypeError(`argument for setflags() given by name ('${k}') and position (${i + 1})`);
  });
  const p = params<{ write?: unknown; align?: unknown; uic?: unknown }>([...args, opts], SETFLAGS);
  this._addr(); // a freed array throws, as every use does
  const given_ = (v: unknown) => v !== undefined && v !== null;
  const aligned = given_(p.align) ? pyBool(p.align) : this._aligned;
  if (aligned && given_(p.align) && !this._isAligned()) throw new ValueError("cannot set aligned flag of mis-aligned array to True");
  if (given_(p.uic) && pyBool(p.uic)) throw new ValueError("cannot set WRITEBACKIFCOPY flag to True");
  let writeable = this._writeable;
  if (given_(p.write)) {
    writeable = pyBool(p.write);
    if (writeable && this.base !== null && !this.base._writeable) throw new ValueError("cannot set WRITEABLE flag to True of this array");
  }
  this._aligned = aligned;
  this._writeable = writeable;
}

(ndarray.prototype as unknown as Record<string, unknown>).setflags = setflags;

declare module "../ndarray/ndarray.js" {
  interface ndarray {
    /** a.setflags(write, align, uic) or a.setflags({ write, align, uic }): NumPy's method. */
    setflags(write?: unknown, align?: unknown, uic?: unknown): void;
    setflags(opts: { write?: unknown; align?: unknown; uic?: unknown }): void;
  }
}
