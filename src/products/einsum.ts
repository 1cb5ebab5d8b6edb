// np.einsum and np.einsum_path (numpy/_core/einsumfunc.py): without optimize, one call of the C
// einsum (einsum_c.ts); with it, the plan of einsum_path.ts carried out step by step, two
// operands through bmm_einsum (np.matmul on reshaped operands, or np.multiply when nothing is
// summed), any other count through the C einsum. Which step comes last decides, as in NumPy,
// whether a 0-d result is a scalar (a JS number) or a 0-d array.
import { ndarray } from "../ndarray/ndarray.js";
import { scoped } from "../manipulation/common.js";
import { ValueError, TypeError as NpTypeError } from "../core/errors.js";
import { isOptions } from "../core/args.js";
import { asDType, type DType } from "../dtype/dtype.js";
import { result_type, type Casting } from "../dtype/promotion.js";
import { assign } from "../ndarray/assign.js";
import { ufuncs } from "../ufunc/ufunc.js";
import { matmul, operand } from "./gufuncs.js";
import { cEinsum, type Order } from "./einsum_c.js";
import { plan, ELLIPSIS } from "./einsum_path.js";

const CASTINGS = ["no", "equiv", "safe", "same_kind", "unsafe"];
const ORDERS = ["C", "F", "A", "K"];
const KWARGS = ["dtype", "order", "casting"];
type Opts = { out?: unknown; optimize?: unknown; dtype?: unknown; order?: unknown; casting?: unknown; [k: string]: unknown };
/** The kwargs the Python layer forwards to each step. */
type Kw = { dtype?: DType; order?: string; casting?: Casting };

/** A step's result: `scalar` where NumPy would hand back a NumPy scalar for a 0-d result. */
interface Res { arr: ndarray; scalar: boolean }


/** c_einsum's keyword conversion (its messages). */
function cOptions(kw: Kw, out: unknown) {
  if (out !== undefined && out !== null && !(out instanceof ndarray)) throw new NpTypeError("keyword parameter out must be an array for einsum");
  const raw = String(kw.order ?? "K"), casting = kw.casting ?? "safe";
  const order = raw.length === 1 ? raw.toUpperCase() : raw; // NumPy's converter takes either case
  if (!ORDERS.includes(order)) throw new ValueError(`order must be one of 'C', 'F', 'A', or 'K' (got '${raw}')`);
  if (!CASTINGS.includes(casting)) throw new ValueError(`casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got '${casting}')`);
  return { out: (out ?? null) as ndarray | null, dtype: kw.dtype ?? null, order: order as Order, casting: casting as Casting };
}

/** A sublist of the interleaved form as C einsum spells it ('A'..'Z' for 0..25, 'a'..'z' after). */
function cSublist(x: unknown): string {
  if (x instanceof ndarray && x.ndim > 0) x = x.tolist(); // a sequence of its rows
  if (!Array.isArray(x)) throw new NpTypeError("the subscripts for each operand must be a list or a tuple");
  let s = "", ellipsis = false;
  for (const v of x) {
    if (v === ELLIPSIS) {
      if (ellipsis) throw new ValueError("each subscripts list may have only one ellipsis");
      s += "...";
      ellipsis = true;
      continue;
    }
    if ((typeof v !== "number" && typeof v !== "boolean") || !Number.isInteger(+v)) throw new NpTypeError("each subscript must be either an integer or an ellipsis");
    const n = +v;
    if (n < 0 || n >= 52) throw new ValueError("subscript is not within the valid range [0, 52)");
    s += String.fromCharCode(n < 26 ? 65 + n : 97 + n - 26);
  }
  return s;
}

/** c_einsum(*args, **kw): the C entry point, string or interleaved form. */
function cCall(args: unknown[], kw: Kw, out: unknown): Res {
  if (args.length < 1) {
    throw new ValueError("must specify the einstein sum subscripts string and at least one operand, or at least one operand and its corresponding subscripts list");
  }
  let sub: string, ops: ndarray[];
  if (typeof args[0] === "string") {
    if (args.length < 2) throw new ValueError("must specify the einstein sum subscripts string and at least one operand");
    sub = args[0];
    ops = args.slice(1).map(operand);
  } else {
    const nop = args.length >> 1;
    if (nop === 0) throw new ValueError("must provide at least an operand and a subscripts list to einsum");
    ops = [];
    const parts: string[] = [];
    for (let i = 0; i < nop; i++) { ops.push(operand(args[2 * i])); parts.push(cSublist(args[2 * i + 1])); }
    sub = parts.join(",") + (args.length % 2 ? "->" + cSublist(args[args.length - 1]) : "");
  }
  const o = cOptions(kw, out);
  return { arr: cEinsum(sub, ops, o), scalar: o.out === null };
}

/** _parse_output_order */
function outputOrder(order: string, a: ndarray, b: ndarray): "C" | "F" | null {
  const o = order.toUpperCase();
  if (o === "K") return null;
  if (o === "C" || o === "F") return o;
  if (o === "A") return a.flags.f_contiguous && b.flags.f_contiguous ? "F" : "C";
  throw new ValueError(`ValueError: order must be one of 'C', 'F', 'A', or 'K' (got '${o}')`);
}

/** asanyarray(r, order=order): r itself when already laid out so. */
const laidOut = (r: ndarray, order: "C" | "F" | null): ndarray =>
  !order || (order === "C" ? r.flags.c_contiguous : r.flags.f_contiguous) ? r : r.copy(order);

/** bmm_einsum: a two-operand step "ab,bc->ac" as one (batched) matmul, or a multiply. */
function bmm(eq: string, a: ndarray, b: ndarray, out: ndarray | null, kw: Kw): Res {
  const [lhs, outTerm] = eq.split("->");
  const [at, bt] = lhs.split(",");
  const sizes = new Map<string, number>(), singletons = new Set<string>();
  const left: string[] = [], right: string[] = [];
  [...at].forEach((ix, i) => {
    if (a.shape[i] === 1) { singletons.add(ix); return; }
    if (!sizes.has(ix)) sizes.set(ix, a.shape[i]);
    if (!left.includes(ix)) left.push(ix);
  });
  [...bt].forEach((ix, i) => {
    if (b.shape[i] === 1) { if (!left.includes(ix)) singletons.add(ix); return; }
    singletons.delete(ix);
    if (!sizes.has(ix)) sizes.set(ix, b.shape[i]);
    if (!right.includes(ix)) right.push(ix);
  });
  const bat: string[] = [], con: string[] = [], aKeep: string[] = [];
  for (const ix of left) {
    const k = right.indexOf(ix);
    if (k >= 0) { right.splice(k, 1); (outTerm.includes(ix) ? bat : con).push(ix); } else if (outTerm.includes(ix)) aKeep.push(ix);
  }
  const bKeep = right.filter((ix) => outTerm.includes(ix));
  const order = outputOrder(kw.order ?? "K", a, b);
  if (kw.casting !== undefined && !CASTINGS.includes(kw.casting)) {
    throw new ValueError(`casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got '${kw.casting}')`);
  }
  const step = (term: string, desired: string, x: ndarray) => (term !== desired ? cEinsum(`${term}->${desired}`, [x], cOptions({}, null)) : x);
  const opts = { ...(kw.dtype ? { dtype: kw.dtype } : {}), ...(kw.casting ? { casting: kw.casting } : {}) };
  if (con.length === 0) {
    // pure multiplication: both operands laid out along the output's labels
    const spread = (term: string, x: ndarray) => {
      const desired = [...outTerm].filter((ix) => term.includes(ix)).join("");
      return step(term, desired, x).reshape([...outTerm].map((ix) => (term.includes(ix) ? x.shape[term.indexOf(ix)] : 1)));
    };
    const [x, y] = [spread(at, a), spread(bt, b)];
    const dst = out ?? (x.ndim === 0 && y.ndim === 0 ? ndarray._alloc([], kw.dtype ?? result_type(x.dtype, y.dtype)) : null);
    const r = ufuncs.multiply(x, y, { ...opts, ...(dst ? { out: dst } : {}) }) as ndarray;
    return { arr: out ? r : laidOut(r, order), scalar: !out };
  }
  const single = outTerm.split("").filter((ix) => singletons.has(ix));
  const prod = (g: string[]) => g.reduce((s, ix) => s * sizes.get(ix)!, 1);
  const groups = bat.length ? [[bat, aKeep, con], [bat, con, bKeep], [bat, aKeep, bKeep]] : [[aKeep, con], [con, bKeep], [aKeep, bKeep]];
  const fused = (gs: string[][]) => gs.some((g) => g.length !== 1);
  let x = step(at, [...bat, ...aKeep, ...con].join(""), a);
  if (fused(groups[0])) x = x.reshape(groups[0].map(prod));
  let y = step(bt, [...bat, ...con, ...bKeep].join(""), b);
  if (fused(groups[1])) y = y.reshape(groups[1].map(prod));
  const abShape = fused(groups[2]) || single.length ? [...single.map(() => 1), ...groups[2].flat().map((ix) => sizes.get(ix)!)] : null;
  const produced = [...single, ...bat, ...aKeep, ...bKeep].join("");
  const perm = produced !== outTerm ? [...outTerm].map((ix) => produced.indexOf(ix)) : null;
  const direct = abShape === null && perm === null;
  let ab = matmul(x, y, { ...opts, ...(direct && out ? { out } : {}) }) as ndarray;
  if (abShape) ab = ab.reshape(abShape);
  if (perm) ab = ab.transpose(perm);
  if (out && !direct) { assign(out, ab); ab = out; } else if (!out) ab = laidOut(ab, order);
  return { arr: ab, scalar: false };
}

/** Splits a call into positional arguments and the options object. */
function split(args: unknown[]): [unknown[], Opts] {
  if (args.length && isOptions(args[args.length - 1])) return [args.slice(0, -1), args[args.length - 1] as Opts];
  return [args, {}];
}

/** np.einsum(subscripts, *operands, out=None, dtype=None, order='K', casting='safe', optimize=False) */
export function einsum(...all: unknown[]): unknown {
  const [args, opts] = split(all);
  const { out, optimize = false, ...rest } = opts;
  const bad = Object.keys(rest).filter((k) => !KWARGS.includes(k));
  if (bad.length) {
    throw new NpTypeError(optimize === false ? `einsum() got an unexpected keyword argument '${bad[0]}'`
      : `Did not understand the following kwargs: [${bad.map((k) => `'${k}'`).join(", ")}]`);
  }
  const kw: Kw = {
    ...(rest.dtype !== undefined && rest.dtype !== null ? { dtype: asDType(rest.dtype as string) } : {}),
    ...(rest.order !== undefined && rest.order !== null ? { order: rest.order as string } : {}),
    ...(rest.casting !== undefined && rest.casting !== null ? { casting: rest.casting as Casting } : {}),
  };
  const given = out ?? null;
  return scoped(() => {
    let r: Res;
    if (optimize === false) r = cCall(args, kw, given);
    else {
      if (given !== null && !(given instanceof ndarray)) throw new NpTypeError("keyword parameter out must be an array for einsum");
      const { operands, steps } = plan(args, optimize, true);
      const stack: Res[] = operands.map((arr) => ({ arr, scalar: false }));
      steps.forEach((st, num) => {
        const taken = st.inds.map((i) => stack.splice(i, 1)[0].arr);
        const o = num === steps.length - 1 ? given as ndarray | null : null;
        const res = taken.length === 2 ? bmm(st.eq, taken[0], taken[1], o, kw) : { arr: cEinsum(st.eq, taken, cOptions(kw, o)), scalar: !o };
        stack.push(res);
      });
      r = stack[0];
    }
    if (given) return given;
    return r.scalar && r.arr.ndim === 0 ? r.arr.item() : r.arr;
  });
}

/** np.einsum_path(subscripts, *operands, optimize='greedy') -> [path, report] */
export function einsum_path(...all: unknown[]): [unknown[], string] {
  const [args, opts] = split(all);
  const bad = Object.keys(opts).find((k) => k !== "optimize");
  if (bad !== undefined) throw new NpTypeError(`einsum_path() got an unexpected keyword argument '${bad}'`);
  const p = plan(args, opts.optimize === undefined ? "greedy" : opts.optimize, false);
  return [p.path, p.report];
}
