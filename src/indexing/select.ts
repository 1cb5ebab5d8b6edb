// np.select and np.piecewise: values chosen per element by lists of conditions, written the
// way NumPy's function_base writes them (np.full + masked np.copyto for select; boolean-mask
// reads and writes for piecewise), so dtypes, casts and errors are NumPy's.
import { ndarray } from "../ndarray/ndarray.js";
import { fromJS, type ArrayLike } from "../ndarray/fromjs.js";
import { bool as boolT, float64 } from "../dtype/dtype.js";
import { result_type, type ResultTypeArg } from "../dtype/promotion.js";
import { ValueError, TypeError as NpTypeError, IndexError } from "../core/errors.js";
import { params, isOptions } from "../core/args.js";
import { pyType } from "../creation/pyargs.js";
import { full, zeros_like } from "../creation/basic.js";
import { broadcast_arrays } from "../manipulation/broadcasting.js";
import { copyto } from "../manipulation/copyto.js";
import { concatenate } from "../manipulation/join.js";
import { scoped } from "../manipulation/common.js";
import { any } from "../reduction/reduce.js";
import { ufuncs } from "../ufunc/ufunc.js";

/** The items of a Python sequence argument: a JS array's elements, an ndarray's sub-arrays
 *  along its first axis. `how` names the Python operation that meets a non-sequence: select's
 *  dispatcher iterates its lists, piecewise takes len(funclist). */
function items(x: unknown, how: "iter" | "len"): unknown[] {
  if (Array.isArray(x)) return x;
  if (x instanceof ndarray) {
    if (x.ndim === 0) throw new NpTypeError(how === "iter" ? "iteration over a 0-d array" : "len() of unsized object");
    // a[i, ...]: 0-d arrays, not JS numbers, so that their dtype stays strong (NumPy's scalars)
    return Array.from({ length: x.shape[0] }, (_, i) => x.get(i, "..."));
  }
  throw new NpTypeError(how === "iter" ? `'${pyType(x)}' object is not iterable` : `object of type '${pyType(x)}' has no len()`);
}

/** A Python int or float keeps its weak type in select's result_type (JS numbers and bigints). */
const weak = (v: unknown): boolean => typeof v === "number" || typeof v === "bigint";
const hugeInt = (v: unknown): boolean =>
  (typeof v === "number" && Number.isInteger(v) && (v >= 2 ** 64 || v < -(2 ** 63))) ||
  (typeof v === "bigint" && (v >= 2n ** 64n || v < -(2n ** 63n)));
const asArr = (v: unknown): ndarray => (v instanceof ndarray ? v : fromJS(v as ArrayLike));

/**
 * np.select(condlist, choicelist, default=0): where condlist[i] is true, choicelist[i] (the
 * first true condition wins), elsewhere `default`. The result's dtype is np.result_type of
 * the choices and the default (JS numbers count as Python scalars, NEP 50); its shape that of
 * the first condition broadcast with the first choice. Conditions must be bool arrays.
 */
export function select(condlist: unknown, choicelist: unknown, ...rest: unknown[]): ndarray {
  const p = params<{ default?: unknown }>(rest, ["default"]);
  const dflt = p.default === undefined ? 0 : p.default;
  const conds = items(condlist, "iter"), choices = items(choicelist, "iter");
  if (conds.length !== choices.length) throw new ValueError("list of cases must be same length as list of conditions");
  if (conds.length === 0) throw new ValueError("select with an empty condition list is not possible");
  return scoped(() => {
    const all = [...choices, dflt].map((c) => (weak(c) ? c : asArr(c)));
    let dtype;
    try {
      dtype = result_type(...(all as ResultTypeArg[]));
    } catch (e) {
      if (e instanceof NpTypeError) throw new NpTypeError(`Choicelist and default value do not have a common dtype: ${e.message}`);
      throw e;
    }
    const cs = broadcast_arrays(...conds);
    // np.asarray of a Python int beyond 64 bits is an object array, which a float result takes
    // as its value (an integer result cannot: fromJS raises NumPy's OverflowError)
    const ch = broadcast_arrays(...all.map((c) => (hugeInt(c) && dtype.isFloat ? fromJS(Number(c), float64) : c)));
    cs.forEach((c, i) => {
      if (c.dtype !== boolT) throw new NpTypeError(`invalid entry ${i} in condlist: should be boolean ndarray`);
    });
    const shape = ch[0].ndim === 0 ? cs[0].shape : broadcast_arrays(cs[0], ch[0])[0].shape;
    const result = full(shape.slice(), ch[ch.length - 1], { dtype });
    // later choices first, so that the first true condition is written last
    for (let i = cs.length - 1; i >= 0; i--) copyto(result, ch[i], { where: cs[i] });
    return result;
  });
}

/**
 * np.piecewise(x, condlist, funclist, ...args, {kw}): an array like x (zeros_like) where, for
 * each condition, the matching entry of funclist gives the values — a JS function is called on
 * x's elements under the condition (`f(x.get(cond), ...args)`, with the trailing options object
 * passed on as its last argument, NumPy's **kw), and only when there are any; anything else is
 * a value written there. One more function than conditions: it fills where no condition holds.
 * A single condition (not a list of lists/arrays) is taken as a list of one, as in NumPy.
 */
export function piecewise(x: unknown, condlist: unknown, funclist: unknown, ...args: unknown[]): ndarray {
  const kw = args.length && isOptions(args[args.length - 1]) ? args.pop() : undefined;
  const xa = asArr(x);
  const funcs = items(funclist, "len");
  const n2 = funcs.length;
  // The temporaries made here are freed here; what the callbacks make is left to them (no
  // np.scope around user code).
  const temps: ndarray[] = [];
  const temp = <T>(a: T): T => { if (a instanceof ndarray) temps.push(a); return a; };
  try {
    let list = condlist;
    const scalar = typeof list === "number" || typeof list === "boolean" || typeof list === "bigint" || typeof list === "string";
    if (scalar) list = [list];
    else {
      // NumPy: isinstance(condlist[0], (list, ndarray)) and x.ndim != 0 (condlist[0] first)
      let first: unknown;
      if (Array.isArray(list)) {
        if (list.length === 0) throw new IndexError("list index out of range");
        first = list[0];
      } else if (list instanceof ndarray) {
        if (list.ndim === 0) throw new IndexError("too many indices for array: array is 0-dimensional, but 1 were indexed");
        if (list.shape[0] === 0) throw new IndexError("index 0 is out of bounds for axis 0 with size 0");
        first = list.ndim > 1 ? list.get(0) : null;
      }
      if (xa.ndim !== 0 && !(Array.isArray(first) || first instanceof ndarray)) list = [list];
    }
    let conds = temp(fromJS(list as ArrayLike, boolT));
    if (conds.ndim === 0) throw new NpTypeError("len() of unsized object");
    let n = conds.shape[0];
    if (n === n2 - 1) {
      const anyTrue = temp(any(conds, { axis: 0, keepdims: true }) as ndarray);
      conds = temp(concatenate([conds, temp(ufuncs.logical_not(anyTrue) as ndarray)], 0));
      n += 1;
    } else if (n !== n2) {
      throw new ValueError(`with ${n} condition(s), either ${n} or ${n + 1} functions are expected`);
    }
    const y = zeros_like(xa);
    try {
      for (let i = 0; i < n; i++) {
        const cond = conds.get(i) as ndarray;
        const f = funcs[i];
        if (typeof f !== "function") y.set(cond, f);
        else {
          const vals = xa.get(cond) as ndarray; // the callback's to keep: not freed here
          if (vals.size > 0) y.set(cond, kw === undefined ? f(vals, ...args) : f(vals, ...args, kw));
        }
      }
    } catch (e) {
      y.dispose();
      throw e;
    }
    return y;
  } finally {
    for (const t of temps) t.dispose();
    if (xa !== x) xa.dispose();
  }
}
