// NumPy's type-check and real/complex helpers (numpy/lib/_type_check_impl.py) plus
// np.asarray_chkfinite and the array-API np.astype. numwasm has only real dtypes so far, so
// each takes NumPy's real-input path: np.real is the input itself, np.imag read-only zeros,
// np.iscomplex all false, np.real_if_close the input as an array.
import { ndarray } from "../ndarray/ndarray.js";
import { fromJS, type ArrayLike } from "../ndarray/fromjs.js";
import { DType, asDType, bool as boolT, float32, float64, type DTypeLike } from "../dtype/dtype.js";
import { finfo } from "../dtype/info.js";
import { pyRepr } from "../dtype/promotion.js";
import { ValueError, TypeError as NpTypeError, KeyError } from "../core/errors.js";
import { isOptions, params } from "../core/args.js";
import { pyType } from "../creation/pyargs.js";
import { asarray } from "../creation/basic.js";
import { copyto } from "../manipulation/copyto.js";
import { pyStr } from "../manipulation/common.js";
import { all } from "../reduction/reduce.js";
import { ufuncs } from "../ufunc/ufunc.js";
import { isposinf, isneginf } from "../ufunc/functions.js";
import { notIterable } from "./inspect.js";

type Scalar = number | boolean | bigint;
const isJsScalar = (x: unknown): x is Scalar => typeof x === "number" || typeof x === "boolean" || typeof x === "bigint";

/** A 0-d array's value as NumPy's a[()] gives it (a JS number or boolean); frees `a` if owned. */
function scalarOf(a: ndarray, owned: boolean): number | boolean {
  const v = a.item();
  if (owned) a.dispose();
  return v;
}

// ---- real and imaginary parts ----

/** np.real(val): for a real ndarray the array itself (NumPy's `val.real is val`); for a JS
 *  number the number (a boolean is the int 0 or 1, as Python's True.real); anything else as
 *  a new array. */
export function real(val: unknown): unknown {
  if (val instanceof ndarray) return val;
  if (typeof val === "number" || typeof val === "bigint") return val;
  if (typeof val === "boolean") return +val;
  return fromJS(val as ArrayLike);
}

/** np.imag(val): zeros — for an ndarray a new read-only array of its dtype and layout (NumPy's
 *  a.imag), for a JS scalar 0. */
export function imag(val: unknown): unknown {
  if (val instanceof ndarray) return val.imag;
  if (isJsScalar(val)) return 0;
  const a = fromJS(val as ArrayLike);
  const r = a.imag;
  a.dispose();
  return r;
}

/** np.iscomplex(x): false for every element (a bool array of x's shape; `false` for 0-d). */
export function iscomplex(x: unknown): ndarray | boolean {
  if (isJsScalar(x)) return false;
  const sh = x instanceof ndarray ? x.shape : (() => { const a = fromJS(x as ArrayLike); const s = a.shape; a.dispose(); return s; })();
  if (sh.length === 0) return false;
  return ndarray._alloc(sh.slice(), boolT, true);
}

/** np.isreal(x): `imag(x) == 0`, so true for every element (a bool array laid out as x is;
 *  `true` for a scalar or 0-d input). */
export function isreal(x: unknown): ndarray | boolean {
  if (isJsScalar(x)) return true;
  const a = x instanceof ndarray ? x : fromJS(x as ArrayLike);
  let r: ndarray | boolean;
  if (a.ndim === 0) r = true;
  else {
    r = a._allocLike(boolT, "K");
    r.fill(true);
  }
  if (a !== x) a.dispose();
  return r;
}

/** np.iscomplexobj(x): whether x's dtype is complex — never, for numwasm's dtypes. Input that
 *  np.asarray rejects (ragged lists) throws as in NumPy. */
export function iscomplexobj(x: unknown): boolean {
  if (x instanceof ndarray) return x.dtype.isComplex;
  if (x !== null && typeof x === "object" && (x as { dtype?: unknown }).dtype instanceof DType) {
    return (x as { dtype: DType }).dtype.isComplex;
  }
  if (x instanceof DType) return false; // NumPy: np.asarray(dtype) is an object array
  const a = fromJS(x as ArrayLike);
  const c = a.dtype.isComplex;
  a.dispose();
  return c;
}

/** np.isrealobj(x): `not iscomplexobj(x)`. */
export function isrealobj(x: unknown): boolean { return !iscomplexobj(x); }

/** np.real_if_close(a, tol=100): a real input comes back as np.asanyarray(a) (an ndarray is
 *  returned as is; `tol` is not looked at, as in NumPy). */
export function real_if_close(a: unknown, ..._rest: unknown[]): ndarray {
  return a instanceof ndarray ? a : fromJS(a as ArrayLike);
}

// ---- nan_to_num ----

const COPY_ERROR = "Unable to avoid copy while creating an array as requested.\n" +
  "If using `np.array(obj, copy=False)` replace it with `np.asarray(obj)` to allow a copy when needed (no behavior change in NumPy 1.x).\n" +
  "For more details, see https://numpy.org/devdocs/numpy_2_0_migration_guide.html#adapting-to-changes-in-the-copy-keyword.";

/** np.array(x, copy=copy) as nan_to_num calls it: true copies, false never copies (a JS value
 *  cannot be used without one), null copies only to convert. */
function arrayCopy(x: unknown, copy: unknown): ndarray {
  const never = copy !== null && copy !== undefined && !copy;
  if (x instanceof ndarray) return copy === null || never ? x : x.copy("K");
  if (never) throw new ValueError(COPY_ERROR);
  return fromJS(x as ArrayLike);
}

/**
 * np.nan_to_num(x, copy=true, nan=0.0, posinf=None, neginf=None): NaN -> `nan`, +inf -> `posinf`
 * (default: the dtype's largest finite value), -inf -> `neginf` (default: its most negative).
 * Integer and bool input comes back unchanged (a copy unless copy=false); a 0-d result is a JS
 * number. With copy=false an ndarray is changed in place and returned. The replacement values
 * are written with np.copyto's 'same_kind' casting; a JS null for `nan` is Python's None, which
 * NumPy cannot cast (TypeError), while null for posinf/neginf means the default.
 */
export function nan_to_num(x: unknown, ...rest: unknown[]): ndarray | number | boolean {
  const p = params<{ copy?: unknown; nan?: unknown; posinf?: unknown; neginf?: unknown }>(rest, ["copy", "nan", "posinf", "neginf"]);
  const arr = arrayCopy(x, p.copy === undefined ? true : p.copy);
  const owned = arr !== x;
  if (!arr.dtype.isFloat) return arr.ndim === 0 ? scalarOf(arr, owned) : arr;
  const fi = finfo(arr.dtype);
  const subs: [unknown, (a: ndarray) => ndarray][] = [
    [p.nan === undefined ? 0 : p.nan, (a) => ufuncs.isnan(a) as ndarray],
    [p.posinf ?? fi.max, (a) => isposinf(a) as ndarray],
    [p.neginf ?? fi.min, (a) => isneginf(a) as ndarray],
  ];
  try {
    for (const [v] of subs) {
      if (v === null) throw new NpTypeError(`Cannot cast scalar from dtype('O') to ${arr.dtype.repr()} according to the rule 'same_kind'`);
    }
    // A failed call leaves its arguments as they were (API.md): scalar values are checked on a
    // 0-d array first; array values (rare) work on a copy when the input is changed in place.
    const allScalar = subs.every(([v]) => isJsScalar(v));
    if (allScalar) {
      const probe = ndarray._alloc([], arr.dtype);
      try { for (const [v] of subs) copyto(probe, v); } finally { probe.dispose(); }
    }
    const work = allScalar || owned ? arr : arr.copy("K");
    // NumPy finds all three masks before writing any replacement
    const masks = subs.map(([, mask]) => (work.ndim === 0 ? mask(work.reshape([1])) : mask(work)));
    try {
      subs.forEach(([v], i) => copyto(work.ndim === 0 ? work.reshape([1]) : work, v, { where: masks[i] }));
    } finally {
      for (const m of masks) m.dispose();
    }
    if (work !== arr) { arr.set("...", work); work.dispose(); }
  } catch (e) {
    if (owned) arr.dispose();
    throw e;
  }
  return arr.ndim === 0 ? scalarOf(arr, owned) : arr;
}

// ---- asarray_chkfinite, astype ----

/** np.asarray_chkfinite(a, dtype=None, order=None): np.asarray, then ValueError if a float
 *  result holds an inf or a NaN. */
export function asarray_chkfinite(a: unknown, ...rest: unknown[]): ndarray {
  const p = params<{ dtype?: DTypeLike | null; order?: string | null }>(rest, ["dtype", "order"]);
  const opts: Record<string, unknown> = {};
  if (p.dtype !== undefined && p.dtype !== null) opts.dtype = p.dtype;
  if (p.order !== undefined && p.order !== null) opts.order = p.order;
  const arr = asarray(a as ArrayLike, opts);
  if (arr.dtype.isFloat || arr.dtype.isComplex) {
    const fin = ufuncs.isfinite(arr);
    const ok = fin instanceof ndarray ? all(fin) as boolean : fin as boolean;
    if (fin instanceof ndarray) fin.dispose();
    if (!ok) {
      if (arr !== a) arr.dispose();
      throw new ValueError("array must not contain infs or NaNs");
    }
  }
  return arr;
}

/** An array-API `device` argument: None or "cpu" (NumPy's ValueError otherwise). */
export function checkDevice(device: unknown): void {
  if (device !== undefined && device !== null && device !== "cpu") {
    throw new ValueError(`Device not understood. Only "cpu" is allowed, but received: ${pyStr(device)}`);
  }
}

/**
 * np.astype(x, dtype, {copy=true, device=None}): the array-API function. An ndarray gives
 * x.astype(dtype, {copy}) (copy=false returns x itself when the dtype already matches); a JS
 * number or boolean is a Python scalar, which has no astype (NumPy's AttributeError, as
 * np.TypeError); anything else: NumPy's TypeError. `device` must be "cpu".
 */
export function astype(x: unknown, dtype: DTypeLike, ...rest: unknown[]): ndarray {
  if (rest.length > 1 || (rest.length === 1 && !isOptions(rest[0]))) {
    throw new NpTypeError(`astype() takes 2 positional arguments but ${2 + rest.filter((r) => !isOptions(r)).length} were given`);
  }
  const o = (rest[0] ?? {}) as { copy?: unknown; device?: unknown };
  for (const k of Object.keys(o)) {
    if (k !== "copy" && k !== "device") throw new NpTypeError(`astype() got an unexpected keyword argument '${k}'`);
  }
  if (isJsScalar(x)) {
    // NumPy calls x.astype: a Python int / float / bool has none (AttributeError)
    throw new NpTypeError(`'${pyType(x)}' object has no attribute 'astype'`);
  }
  if (!(x instanceof ndarray)) {
    throw new NpTypeError(`Input should be a NumPy array or scalar. It is a <class '${pyType(x)}'> instead.`);
  }
  checkDevice(o.device);
  return x.astype(dtype, { copy: o.copy === undefined ? true : Boolean(o.copy) });
}

// ---- type codes and names ----

/** NumPy's precision rank per kind of dtype in common_type (float16 0, float32/complex64 1,
 *  float64/complex128 and every integer 2). */
function precisionOf(dt: DType): number {
  if (dt.isInteger) return 2;
  if (dt.isFloat || dt.isComplex) return dt === float32 || dt.name === "complex64" ? 1 : 2;
  throw new NpTypeError("can't get common type for non-numeric array");
}

/**
 * np.common_type(*arrays): the float dtype (np.float32 or np.float64; complex once numwasm has
 * it) that every array's values fit: integers count as float64, bool is an error. Arguments
 * must be arrays (anything with a `dtype`). NumPy's answer for no arrays at all is float16,
 * which numwasm lacks: that case throws.
 */
export function common_type(...arrays: unknown[]): DType {
  let complex = false, precision = 0;
  for (const a of arrays) {
    const dt = (a !== null && typeof a === "object" ? (a as { dtype?: unknown }).dtype : undefined);
    if (!(dt instanceof DType)) throw new NpTypeError(`'${pyType(a)}' object has no attribute 'dtype'`);
    if (dt.isComplex) complex = true;
    precision = Math.max(precision, precisionOf(dt));
  }
  if (precision === 0) throw new NpTypeError("np.common_type() of no arrays is float16 in NumPy, a dtype numwasm does not have");
  if (complex) return asDType(precision === 1 ? "complex64" : "complex128");
  return precision === 1 ? float32 : float64;
}

const TYPECODES_BY_ELSIZE = "GDFgdfQqLlIiHhBb?";

/** One entry of mintypecode's typechars: a non-empty string is itself, anything else the type
 *  code of np.asarray(t) (an empty string is a str array, 'U'; a dtype object an object array). */
function codeOf(t: unknown): string {
  if (typeof t === "string") return t !== "" ? t : "U";
  if (t instanceof DType) return "O";
  if (t instanceof ndarray) return t.dtype.char;
  const a = fromJS(t as ArrayLike);
  const c = a.dtype.char;
  a.dispose();
  return c;
}

/**
 * np.mintypecode(typechars, typeset='GDFgdf', default='d'): the type code of the smallest of
 * the `typeset` types that every code in `typechars` (type-code strings, or arrays whose
 * dtype's code is taken) belongs to; `default` when none of them is in `typeset`; 'D' for
 * 'F' with 'd'. Membership in a string typeset is Python's substring test, as in NumPy.
 */
export function mintypecode(typechars: unknown, ...rest: unknown[]): string {
  const p = params<{ typeset?: string | string[]; default?: string }>(rest, ["typeset", "default"]);
  const typeset = p.typeset ?? "GDFgdf", dflt = p.default ?? "d";
  let items: unknown[];
  if (typeof typechars === "string") items = [...typechars];
  else if (typechars instanceof ndarray) {
    if (typechars.ndim === 0) throw new NpTypeError("iteration over a 0-d array");
    items = new Array(typechars.shape[0]).fill(typechars.dtype.char);
  } else if (typechars !== null && typeof typechars === "object" && Symbol.iterator in typechars) {
    items = [...(typechars as Iterable<unknown>)];
  } else throw notIterable(typechars);
  const inSet = (t: string) => (typeof typeset === "string" ? typeset.includes(t) : [...typeset].includes(t));
  const found = new Set(items.map(codeOf).filter(inSet));
  if (found.size === 0) return dflt;
  if (found.has("F") && found.has("d")) return "D";
  let best = "", bestRank = Infinity;
  for (const t of found) {
    const r = TYPECODES_BY_ELSIZE.indexOf(t);
    if (r < 0) throw new ValueError("substring not found");
    if (r < bestRank) { best = t; bestRank = r; }
  }
  return best;
}

const NAME_FROM_TYPE: Readonly<Record<string, string>> = {
  S1: "character", "?": "bool", b: "signed char", B: "unsigned char", h: "short", H: "unsigned short",
  i: "integer", I: "unsigned integer", l: "long integer", L: "unsigned long integer",
  q: "long long integer", Q: "unsigned long long integer", f: "single precision", d: "double precision",
  g: "long precision", F: "complex single precision", D: "complex double precision",
  G: "complex long double precision", S: "string", U: "unicode", V: "void", O: "object",
};

/** np.typename(char): NumPy's description of a type code ('d' -> 'double precision');
 *  np.KeyError (message: the key's repr) for anything else, as Python's dict lookup. */
export function typename(char: unknown): string {
  if (typeof char === "string" && Object.prototype.hasOwnProperty.call(NAME_FROM_TYPE, char)) return NAME_FROM_TYPE[char];
  throw new KeyError(char instanceof DType ? char.repr() : pyRepr(char));
}
