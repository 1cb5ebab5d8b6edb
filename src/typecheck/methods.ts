// ndarray members NumPy has for real/complex parts and devices:
// a.real, a.imag, a.conj(), a.conjugate(), a.device, a.to_device() (a.clip and a.round are in
// src/ufunc/functions.ts).
// (Assigned after ufunc.ts has installed its generated methods, so a.conj is NumPy's method,
// not the np.conjugate ufunc: on a real array the method returns the array itself.)
import { ndarray } from "../ndarray/ndarray.js";
import { ValueError, TypeError as NpTypeError } from "../core/errors.js";
import { isOptions } from "../core/args.js";
import { pyType } from "../creation/pyargs.js";
import { copyto } from "../manipulation/copyto.js";
import "../ufunc/ufunc.js"; // its generated methods first: a.conj must end up as the method below

/** NumPy's ndarray.conjugate for a real dtype: the array itself, or with `out` a same_kind
 *  copy into out, which is returned. Positional only (NumPy takes no keywords here). */
function conjugateMethod(name: string) {
  return function (this: ndarray, ...args: unknown[]): ndarray {
    if (args.length && isOptions(args[args.length - 1])) throw new NpTypeError(`ndarray.${name}() takes no keyword arguments`);
    if (args.length > 1) throw new NpTypeError(`${name}() takes at most 1 argument (${args.length} given)`);
    const out = args[0];
    if (out === undefined || out === null) {
      this._addr(); // a freed array throws, as every use does
      return this;
    }
    if (!(out instanceof ndarray)) throw new NpTypeError("output must be an array");
    copyto(out, this);
    return out;
  };
}

const proto = ndarray.prototype as unknown as Record<string, unknown>;
Object.assign(proto, {
  conj: conjugateMethod("conj"),
  conjugate: conjugateMethod("conjugate"),
  /** a.to_device(device, {stream=None}): the array-API method; only "cpu" exists. */
  to_device(this: ndarray, ...args: unknown[]): ndarray {
    let opts: { stream?: unknown } = {};
    if (args.length && isOptions(args[args.length - 1])) opts = args.pop() as { stream?: unknown };
    if (args.length === 0) throw new NpTypeError("to_device() takes exactly 1 positional argument (0 given)");
    if (args.length > 1) throw new NpTypeError(`to_device() takes at most 1 positional argument (${args.length} given)`);
    const device = args[0];
    if (typeof device !== "string") throw new NpTypeError(`to_device() argument 1 must be str, not ${device === null || device === undefined ? "None" : pyType(device)}`);
    if (opts.stream !== undefined && opts.stream !== null) throw new ValueError("The stream argument in to_device() is not supported");
    if (device !== "cpu") throw new ValueError(`Unsupported device: ${device}. Only 'cpu' is accepted.`);
    return this;
  },
});

Object.defineProperties(proto, {
  /** The real part: for a real dtype the array itself. Assigning writes `a[...] = value`. */
  real: {
    get(this: ndarray) { return this; },
    set(this: ndarray, value: unknown) { this.set("...", value); },
    configurable: true,
  },
  /** The imaginary part: for a real dtype a new read-only array of zeros, of the array's dtype
   *  and layout (NumPy's). Assigning is NumPy's TypeError. */
  imag: {
    get(this: ndarray) {
      const z = this._allocLike(this.dtype, "K", true);
      z._writeable = false;
      return z;
    },
    set(this: ndarray, _value: unknown) { throw new NpTypeError("array does not have imaginary part to set"); },
    configurable: true,
  },
  /** The array-API device: always "cpu". */
  device: {
    get(this: ndarray) { this._addr(); return "cpu"; },
    configurable: true,
  },
});

declare module "../ndarray/ndarray.js" {
  interface ndarray {
    /** The real part: the array itself for real dtypes; `a.real = v` is `a.set("...", v)`. */
    real: ndarray;
    /** The imaginary part: read-only zeros for real dtypes (NumPy's); assigning throws np.TypeError. */
    imag: ndarray;
    /** The array-API device, "cpu". */
    readonly device: string;
    /** a.to_device(device, {stream}): the array itself for "cpu"; anything else is NumPy's ValueError. */
    to_device(device: string, opts?: { stream?: unknown }): ndarray;
    /** a.conj(out=None): for real dtypes the array itself (or a copy into `out`, returned). */
    conj(out?: ndarray | null): ndarray;
    /** a.conjugate(out=None): the same as a.conj(). */
    conjugate(out?: ndarray | null): ndarray;
  }
}
