// np.evaluate(expr, vars, { out, dtype, order, casting }): numexpr's evaluate, with NumPy's
// results: the value and dtype NumPy gives for the same expression written with NumPy's
// operators and ufuncs (NEP 50 promotion, NumPy's kernels), computed in one fused pass over
// cache-sized blocks with no full-size temporary (parse.ts -> compile.ts -> run.ts -> the wasm
// VM in assembly/vm.ts).
//
// The language (numexpr's, parsed with Python's grammar and precedence):
//   literals   ints (1, 0x1f, 1_000), floats (1.5, 1e-3, .5), True, False: Python scalars, weak in
//              promotion (int8 array + 1 is int8; float32 array * 2.5 is float32)
//   names      entries of `vars`: ndarrays, array_likes (nested JS arrays, TypedArrays), or JS
//              numbers / booleans / bigints (Python scalars: weak, as literals)
//   operators  + - * / // % ** (Python's: `/` is true division, `%` NumPy's remainder), unary
//              - + ~, comparisons < <= > >= == != (not chained), & | ^ (logical on booleans,
//              bitwise on integers) << >>; between Python scalars they are Python arithmetic
//   functions  where(c, x, y) (np.where), and every one-output NumPy ufunc by name or alias:
//              numexpr's sin cos tan arcsin arccos arctan arctan2 sinh cosh tanh arcsinh arccosh
//              arctanh exp expm1 log log1p log10 sqrt abs minimum maximum floor ceil, and the
//              rest (hypot, fmod, exp2, log2, square, sign, isnan, logical_and, ...)
//   reductions sum(x) / prod(x), sum(x, axis) / prod(x, axis=k), outermost only: NumPy's
//              np.sum(x, axis) / np.prod(x, axis) of the elementwise result (accumulator: int64
//              for bool and signed ints, uint64 for unsigned, the float type for floats; float
//              sums in NumPy's pairwise order). A full reduction returns a JS number.
// Options: out (an ndarray of the result's shape; the result is cast into it under `casting`),
// dtype (elementwise: the result dtype, cast under `casting`; reductions: the accumulator dtype,
// as np.sum's dtype=), order ('K' default, 'C', 'F', 'A': the layout of a new result), casting
// ('safe' default, as numexpr: 'no', 'equiv', 'safe', 'same_kind', 'unsafe').
// A 0-d result without `out` is returned as a JS number / boolean (NumPy returns a scalar).
//
// Results are NumPy's bit for bit for every exact operation, sums included (float sums in
// NumPy's pairwise order; sum(x) of a variable is np.sum of that array itself, as NumPy computes
// it); transcendental functions are numwasm's kernels (the ufuncs': within 4 ulp of NumPy's).
// Where numwasm differs from NumPy:
//   - no float16: where NumPy computes in float16 (sin of an int8 array) the result is float32,
//     as with numwasm's ufuncs;
//   - a Python int given as a variable is compared with an integer array in int64 (uint64 for
//     uint64 arrays) whatever its value: NumPy's answers, but values beyond those types raise
//     OverflowError where NumPy would compare in float64 (literals behave exactly as NumPy);
//   - np.seterr / np.errstate are not consulted (floating-point warnings stay silent);
//   - sum(x, dtype=...) needing a cast sums each row pairwise as a whole where NumPy sums its
//     8192-element cast buffers one after the other (a last-bits difference on long rows).
//
// Errors (thrown before any work; positions are 0-based offsets into expr):
//   np.ValueError  evaluate: invalid syntax at position P: unexpected 'X' | unexpected end of
//                    expression | unexpected character 'X' | '(' was never closed | unmatched ')'
//                    | tuples are not supported | invalid number literal '...'
//                  evaluate: name 'x' is not defined at position P
//                  evaluate: unsupported function 'f' at position P
//                  evaluate: 'f' returns 2 arrays and is not supported at position P
//                  evaluate: sum() must be the outermost operation at position P
//                  evaluate: chained comparisons are not supported at position P (...)
//                  evaluate: 'and' / 'or' / 'not' / conditional expressions / 'lambda' / 'in' /
//                    'is' / 'None' / string literals / indexing or attributes / '@' ... at position P
//   np.TypeError   evaluate: f() takes N argument(s) (M given) at position P
//                  evaluate: f() takes no keyword arguments at position P
//                  evaluate: the axis of sum() must be an integer literal at position P
//                  evaluate: sum() got an unexpected keyword argument 'k' at position P
//                  evaluate: complex literals are not supported at position P
//                  evaluate: variable 'x' must be an ndarray, array data, a number or a boolean
//                  evaluate: the expression must be a string
//                  Cannot cast evaluate result / output from dtype(...) to dtype(...) with casting rule '...'
//   and NumPy's own errors with NumPy's messages: ufunc type errors ("ufunc 'bitwise_and' not
//   supported for the input types, ..."), broadcasting, np.AxisError, OverflowError for Python
//   ints out of range ("Python integer 300 out of bounds for int8"), "Integers to negative
//   integer powers are not allowed.", ZeroDivisionError in Python scalar arithmetic.
import { ndarray } from "../ndarray/ndarray.js";
import { asDType, type DTypeLike } from "../dtype/dtype.js";
import type { Casting } from "../dtype/promotion.js";
import { ValueError, TypeError as NpTypeError } from "../core/errors.js";
import { fromJS as arrayFromJS, type ArrayLike } from "../ndarray/fromjs.js";
import { parse, type Node } from "./parse.js";
import { compile, evalWeak, type Program, type Sig } from "./compile.js";
import { run, type Order } from "./run.js";
import { releaseFused } from "./fuse.js";
import { fromJS as pyFromJS, type Py } from "./pyscalar.js";

export interface EvaluateOpts {
  out?: ndarray | null;
  dtype?: DTypeLike | null;
  order?: Order;
  casting?: Casting;
}

interface Parsed { ast: Node; names: { id: string; pos: number }[] }
const parsed = new Map<string, Parsed>();
const programs = new Map<string, Program>();
const CACHE_MAX = 512;

function parseCached(ex: string): Parsed {
  let p = parsed.get(ex);
  if (p) return p;
  const ast = parse(ex);
  const names: Parsed["names"] = [];
  const walk = (n: Node) => {
    if (n.k === "name") { if (!names.some((x) => x.id === n.id)) names.push({ id: n.id, pos: n.pos }); }
    else if (n.k === "unary") walk(n.x);
    else if (n.k === "binary") { walk(n.a); walk(n.b); }
    else if (n.k === "call") { n.args.forEach(walk); n.kw.forEach((k) => walk(k.value)); }
  };
  walk(ast);
  p = { ast, names };
  if (parsed.size >= CACHE_MAX) parsed.delete(parsed.keys().next().value!);
  parsed.set(ex, p);
  return p;
}

const ORDERS = ["K", "C", "F", "A"];
const CASTINGS = ["no", "equiv", "safe", "same_kind", "unsafe"];

/** numexpr's evaluate with NumPy's results (see the header of this file). */
export function evaluate(ex: string, vars: Record<string, unknown> = {}, opts: EvaluateOpts = {}): ndarray | number | boolean {
  if (typeof ex !== "string") throw new NpTypeError("evaluate: the expression must be a string");
  if (vars === null || typeof vars !== "object") throw new NpTypeError("evaluate: vars must be an object mapping names to values");
  const order = (opts.order ?? "K") as Order;
  if (!ORDERS.includes(order)) throw new ValueError(`order must be one of 'C', 'F', 'A', or 'K' (got '${String(order)}')`);
  const casting = opts.casting ?? "safe";
  if (!CASTINGS.includes(casting)) throw new ValueError(`casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got '${String(casting)}')`);
  const out = opts.out ?? null;
  if (out !== null && !(out instanceof ndarray)) throw new NpTypeError("evaluate: out must be an ndarray");
  const dtype = opts.dtype === undefined || opts.dtype === null ? undefined : asDType(opts.dtype);

  const { ast, names } = parseCached(ex);
  const arrays = new Map<string, ndarray>();
  const env = new Map<string, Py>();
  const sigs = new Map<string, Sig>();
  const temps: ndarray[] = [];
  let key = `${ex}\u0000${dtype?.code ?? ""}|${casting}|${out ? out.dtype.code : ""}`;
  try {
    for (const { id, pos } of names) {
      const v = Object.prototype.hasOwnProperty.call(vars, id) ? vars[id] : undefined;
      if (v === undefined) throw new ValueError(`evaluate: name '${id}' is not defined at position ${pos}`);
      let a: ndarray | null = null;
      if (v instanceof ndarray) a = v;
      else if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean") {
        const py = pyFromJS(v);
        env.set(id, py);
        sigs.set(id, { weak: py.k });
        key += `|${py.k}`;
        continue;
      } else if (Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView))) {
        a = arrayFromJS(v as ArrayLike);
        temps.push(a);
      } else {
        throw new NpTypeError(`evaluate: variable '${id}' must be an ndarray, array data, a number or a boolean`);
      }
      a._addr(); // a disposed array fails here
      arrays.set(id, a);
      const uni = a.size === 1;
      sigs.set(id, { arr: a.dtype, uni });
      key += `|${a.dtype.code}${uni ? "u" : "a"}`;
    }
    let prog = programs.get(key);
    const copts = { dtype, casting, outDtype: out?.dtype };
    if (!prog) {
      prog = compile(ast, sigs, env, copts);
      if (programs.size >= CACHE_MAX) {
        const oldest = programs.keys().next().value!;
        releaseFused(programs.get(oldest)!);
        programs.delete(oldest);
      }
      programs.set(key, prog);
    } else if (prog.kinds.some((k) => evalWeak(k.w, env).k !== k.kind)) {
      // `x ** y` on Python ints changed kind: not cached
      const once = compile(ast, sigs, env, copts);
      try { return run(once, arrays, env, { out, order }); } finally { releaseFused(once); }
    }
    return run(prog, arrays, env, { out, order });
  } finally {
    for (const t of temps) t.dispose();
  }
}
