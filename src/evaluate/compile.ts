// Compiling an expression for the VM (assembly/vm.ts), once per (expression, variable kinds):
//  1. typing: every operator / function node is the NumPy ufunc that Python's operator or the
//     function name stands for, resolved by the ufunc table's own type resolution
//     (src/ufunc/resolve.ts: NEP 50 weak scalars, loop search, NumPy's special cases: exact
//     int64/uint64 comparisons, comparisons with out-of-range Python ints, integer powers);
//     operands are cast into the loop's input types as the ufunc machinery casts them;
//  2. constant folding: operators between Python scalars are Python arithmetic (pyscalar.ts,
//     the result stays a weak scalar); ufuncs whose operands are all constants run once, here,
//     on 0-d arrays (a strong NumPy scalar, as in NumPy: sin(1) * float32 array is float64);
//     operators between Python scalars given as variables become a small weak expression
//     evaluated per call;
//  3. common subexpressions: IR nodes are hash-consed, so `a*b + sin(a*b)` computes a*b once;
//  4. scheduling: nodes whose operands are all uniform (constants, scalars, size-1 arrays) form
//     the prologue, run once per call with n = 1; the rest run per block;
//  5. registers: one per value (dtype, pointer, stride); per-block values live in temporary
//     buffers that are reused after a value's last use (an instruction may write over a dying
//     operand of the same or a wider element size: every kernel reads an element before it
//     writes the element at the same position).
// The program is an Int32Array of 8-word instructions (layout: assembly/vm.ts) whose row kernels
// are already resolved (vm_fn), plus the register table; run.ts links it to each call's arrays.
import { type DType, bool as boolT, int64, uint64, float64, Code } from "../dtype/dtype.js";
import { result_type, can_cast, checkWeakScalar, dtypeOfScalar, type Casting } from "../dtype/promotion.js";
import { intBounds } from "../dtype/info.js";
import { ValueError, TypeError as NpTypeError } from "../core/errors.js";
import { UFUNC_DEFS, type UfuncDef } from "../ufunc/defs.js";
import { Resolver, type Operand, type Loop } from "../ufunc/resolve.js";
import { ufuncsRef } from "../ufunc/registry.js";
import { isHeavyOp } from "../threads/parallel.js";
import { BINARY, UNARY } from "../generated/opcodes.js";
import { ndarray } from "../ndarray/ndarray.js";
import { writeScalar, readExact, type Scalar } from "../ndarray/element.js";
import { kernels } from "../runtime/wasm.js";
import type { Node } from "./parse.js";
import type { Fused } from "./fuse.js";
import { type Py, type PyKind, pyBinary, pyUnary, pyKind, pyInt, pyFloat, pyBool, toScalar } from "./pyscalar.js";

// ---------------------------------------------------------------- names
const BINOPS: Record<string, string> = {
  "+": "add", "-": "subtract", "*": "multiply", "/": "divide", "//": "floor_divide", "%": "remainder",
  "**": "power", "<": "less", "<=": "less_equal", ">": "greater", ">=": "greater_equal", "==": "equal",
  "!=": "not_equal", "&": "bitwise_and", "|": "bitwise_or", "^": "bitwise_xor", "<<": "left_shift", ">>": "right_shift",
};
const UNOPS: Record<string, string> = { "-": "negative", "+": "positive", "~": "invert" };

/** Every ufunc by NumPy name and alias (functions callable in expressions). */
const DEFS = new Map<string, UfuncDef>();
for (const d of UFUNC_DEFS) { DEFS.set(d.name, d); for (const a of d.aliases ?? []) DEFS.set(a, d); }
const resolvers = new Map<string, Resolver>();
const resolverOf = (d: UfuncDef) => {
  let r = resolvers.get(d.name);
  if (!r) { r = new Resolver(d); resolvers.set(d.name, r); }
  return r;
};
const REDUCTIONS = new Set(["sum", "prod"]);

// ---------------------------------------------------------------- weak runtime expressions
/** Python arithmetic on Python scalars given as variables, evaluated per call. */
export type WExpr =
  | { k: "var"; name: string }
  | { k: "lit"; py: Py }
  | { k: "un"; op: string; x: WExpr }
  | { k: "bin"; op: string; a: WExpr; b: WExpr };

export function evalWeak(w: WExpr, env: Map<string, Py>): Py {
  switch (w.k) {
    case "var": return env.get(w.name)!;
    case "lit": return w.py;
    case "un": return pyUnary(w.op, evalWeak(w.x, env));
    case "bin": return pyBinary(w.op, evalWeak(w.a, env), evalWeak(w.b, env), pyPow);
  }
}

// ---------------------------------------------------------------- scalar helpers (0-d arrays)
function scalar0d(dt: DType, v: Scalar): ndarray {
  const a = ndarray._alloc([], dt);
  writeScalar(dt, a._addr(), v);
  return a;
}
/** A ufunc on constants, by the library itself (the same kernels, exactly). */
function foldUfunc(name: string, ins: DType[], outDt: DType, args: Scalar[]): Scalar {
  const arrs = ins.map((dt, i) => scalar0d(dt, args[i]));
  const out = ndarray._alloc([], outDt);
  try {
    ufuncsRef()[name](...arrs, { out });
    return readExact(outDt.code, out._addr());
  } finally {
    for (const a of arrs) a.dispose();
    out.dispose();
  }
}
function castConst(v: Scalar, from: DType, to: DType): Scalar {
  if (from === to) return v;
  const a = scalar0d(from, v);
  const b = a.astype(to);
  const r = readExact(to.code, b._addr());
  a.dispose(); b.dispose();
  return r;
}
/** Python's float ** float (C pow): NumPy's float64 power kernel. */
export const pyPow = (x: number, y: number): number => Number(foldUfunc("power", [float64, float64], float64, [x, y]));

/** A weak value converted into dtype dt: NumPy's overflow check for ints (check: the dtype the
 *  value is checked against), or a wrapping conversion (check null: np.where). */
export function weakTo(py: Py, dt: DType, check: DType | null): Scalar {
  const v = toScalar(py);
  if (check && check.isInteger && py.k !== "bool") checkWeakScalar(v, check);
  if (dt.isFloat) return typeof v === "boolean" ? +v : Number(v);
  if (dt === boolT) return py.k === "bool" ? py.v : py.k === "float" ? py.v !== 0 : py.v !== 0n; // NaN is true
  if (py.k === "float") return castConst(py.v, float64, dt); // C's float -> int conversion (x86)
  return v;
}

// ---------------------------------------------------------------- values and IR
interface Val {
  t: DType | PyKind;
  c?: Py;          // a Python scalar constant (t: its kind)
  w?: WExpr;       // a Python scalar computed per call (t: its kind)
  sc?: Scalar;     // a NumPy scalar constant (t: its dtype)
  node?: number;   // a runtime value (t: its dtype)
}
const isWeak = (v: Val): v is Val & { t: PyKind } => typeof v.t === "string";
const isConst = (v: Val) => v.c !== undefined || v.sc !== undefined;

export interface IRNode {
  op: "in" | "const" | "wconst" | "bin" | "un" | "cast" | "where" | "neg";
  dt: DType;
  args: number[];
  uni: boolean;
  name?: string;          // in: variable; bin / un: kernel op name
  loop?: DType;           // bin / un / neg: the loop's input dtype
  value?: Scalar;         // const
  w?: WExpr;              // wconst
  check?: DType | null;   // wconst
}

/** Variable kinds the program is compiled for. */
export type Sig = { arr: DType; uni: boolean } | { weak: PyKind };

export interface CompileOpts { dtype?: DType; casting: Casting; outDtype?: DType }

// ---------------------------------------------------------------- program
export const enum RegKind { temp = 0, input = 1, fixed = 2 }
export interface RegSpec { kind: RegKind; dt: DType; slot: number; name?: string; /** an input of size 1 */ uni?: boolean }

export interface Program {
  regs: RegSpec[];
  code: Int32Array;               // 8 words per instruction (assembly/vm.ts)
  npro: number;
  nins: number;
  nslots: number;                 // temporary buffers
  valReg: number;                 // register holding the value stored / reduced
  rootIns: number;                // main instruction writing valReg (-1: none)
  inputs: { name: string; reg: number }[];
  consts: { reg: number; dt: DType; value: Scalar }[];
  wconsts: { reg: number; dt: DType; w: WExpr; check: DType | null }[];
  /** elementwise: the result dtype; reductions: the accumulator dtype */
  dtype: DType;
  reduce: { op: "sum" | "prod"; axis: number | null } | null;
  /** a constant elementwise result (nothing to run) */
  constant?: { value: Scalar };
  negcheck: boolean;
  /** some instruction is a transcendental function: threads pay from smaller sizes */
  heavy: boolean;
  /** per instruction (prologue, then block part): [dst, operand registers...], for NumPy's
   *  broadcasting error (the first operation whose operands do not broadcast) */
  ops: number[][];
  /** the last instruction is the float multiply giving the value (sum(x * y): fused in rows mode) */
  dot: boolean;
  /** sum / prod of a variable itself: NumPy reduces that array (not a temporary), so the
   *  reduction is np.sum / np.prod's, in its iteration order */
  bare?: string;
  /** weak runtime values whose Python kind the program assumed (`x ** y` on ints) */
  kinds: { w: WExpr; kind: PyKind }[];
  /** the fused loop (fuse.ts): undefined until first asked for, null when the program has none */
  fused?: Fused | null;
}

const INS = 8;
const POWER_ALIASES = new Map<number, string>([[2, "square"], [-1, "reciprocal"], [1, "positive"]]);
const C_BIN = 0, C_UN = 1, C_CAST = 2, C_WHERE = 3, C_NEG = 4;

class Builder {
  nodes: IRNode[] = [];
  keys = new Map<string, number>();
  effects: number[] = [];
  kinds: { w: WExpr; kind: PyKind }[] = [];
  constructor(readonly sigs: Map<string, Sig>, readonly env: Map<string, Py>) {}

  add(n: IRNode): number {
    const key = `${n.op}|${n.dt.code}|${n.args.join(",")}|${n.name ?? ""}|${n.loop?.code ?? ""}|${scalarKey(n.value)}|${n.w ? wkey(n.w) : ""}|${n.check ? n.check.code : n.check === null ? "w" : ""}`;
    const hit = this.keys.get(key);
    if (hit !== undefined) return hit;
    this.nodes.push(n);
    this.keys.set(key, this.nodes.length - 1);
    return this.nodes.length - 1;
  }
  uni(ids: number[]): boolean { return ids.every((i) => this.nodes[i].uni); }

  // ---- values into dtypes ----
  /** The value as a node of dtype dt (casting strong values, converting scalars). */
  to(v: Val, dt: DType, check: DType | null = dt): number {
    if (v.node !== undefined) {
      const n = this.nodes[v.node];
      if (n.dt === dt) return v.node;
      return this.add({ op: "cast", dt, args: [v.node], uni: n.uni, loop: n.dt });
    }
    if (v.sc !== undefined) return this.add({ op: "const", dt, args: [], uni: true, value: castConst(v.sc, v.t as DType, dt) });
    if (v.c !== undefined) return this.add({ op: "const", dt, args: [], uni: true, value: weakTo(v.c, dt, check) });
    return this.add({ op: "wconst", dt, args: [], uni: true, w: v.w!, check });
  }
  /** Constant value converted into dt (for folding). */
  constIn(v: Val, dt: DType, check: DType | null = dt): Scalar {
    if (v.sc !== undefined) return castConst(v.sc, v.t as DType, dt);
    return weakTo(v.c!, dt, check);
  }

  // ---- resolution ----
  /** What type resolution sees for a value. */
  standIn(v: Val): Operand {
    if (!isWeak(v)) return v.t as DType;
    const py = v.c ?? (v.w ? evalWeak(v.w, this.env) : undefined);
    if (v.t === "bool") return py ? (py.v as boolean) : false;
    if (v.t === "int") return v.c ? (v.c.v as bigint) : 0n; // runtime ints: assumed to fit int64
    return 0.5; // any non-integral number: a Python float
  }

  ufunc(name: string, args: Val[], pos: number, operator: boolean): Val {
    const def = DEFS.get(name)!;
    const resolver = resolverOf(def);
    // Python evaluates operators between Python scalars itself
    if (operator && args.every(isWeak)) return this.pyOp(name, args, pos);
    const ops = args.map((a) => this.standIn(a));
    // NumPy's exact int64 / uint64 comparisons (loops 'lL->?', 'Ll->?')
    if (def.cmp && args.length === 2 && !isWeak(args[0]) && !isWeak(args[1])) {
      const pair = (args[0].t as DType).code * 16 + (args[1].t as DType).code;
      if (pair === Code.int64 * 16 + Code.uint64 || pair === Code.uint64 * 16 + Code.int64) return this.mixedCompare(def, args, pos);
    }
    let loop: Loop = args.length === 1 ? resolver.resolve(ops[0]) : resolver.resolve(ops[0], ops[1]);
    if (def.out[0] === "?" && def.nin === 2) {
      // NumPy's exact comparisons with Python ints are for integer arrays (not bool ones)
      if (args.some((a) => !isWeak(a))) {
        if (args.every((a) => isWeak(a) || (a.t as DType).isInteger)) loop = this.widenForPyInt(resolver, loop, args);
      } else if (def.cmp) loop = resolver.makeLoop(float64); // Python scalars compare by value
    }
    if (name === "power" && loop.ins[1].kind === "i") {
      const e = args[1];
      if (isConst(e) && this.isNegative(e)) throw new ValueError("Integers to negative integer powers are not allowed.");
    }
    const checks = loop.ins.map((t, i) => {
      const c = loop.weak?.[i] ?? t;
      return c.isInteger ? c : null;
    });
    // all constants: fold now, with the library's own kernels
    if (args.every(isConst)) {
      const vals = args.map((a, i) => this.constIn(a, loop.ins[i], checks[i]));
      return { t: loop.outs[0], sc: foldUfunc(def.name, loop.ins, loop.outs[0], vals) };
    }
    if (name === "power" && loop.ins[0].isFloat && isConst(args[1])) {
      // x**2, x**-1, x**1: square / reciprocal / positive give a correctly rounded pow's bits
      const alias = POWER_ALIASES.get(Number(this.constIn(args[1], loop.ins[1], checks[1])));
      if (alias) return this.ufunc(alias, [args[0]], pos, false);
    }
    const ids = args.map((a, i) => this.to(a, loop.ins[i], checks[i]));
    if (name === "power" && loop.ins[1].kind === "i" && !isConst(args[1])) {
      this.effects.push(this.add({ op: "neg", dt: loop.ins[1], args: [ids[1]], uni: this.uni([ids[1]]), loop: loop.ins[1] }));
    }
    const k = def.kernel as { binary?: string; unary?: string };
    const node = this.add({
      op: k.binary ? "bin" : "un", dt: loop.outs[0], args: ids, uni: this.uni(ids),
      name: k.binary ?? k.unary, loop: loop.ins[0],
    });
    return { t: loop.outs[0], node };
  }

  private isNegative(v: Val): boolean {
    if (v.c) return v.c.k === "int" && (v.c.v as bigint) < 0n;
    const s = v.sc!;
    return typeof s === "bigint" ? s < 0n : typeof s === "number" && s < 0;
  }

  /** Comparisons (and logical ops) with a Python int outside the array's integer range compare
   *  exactly in NumPy: the loop widens to int64 (or float64 past it). Python ints given as
   *  variables widen to int64 whatever their value (the same answers where the value fits). */
  private widenForPyInt(resolver: Resolver, loop: Loop, args: Val[]): Loop {
    const t = loop.ins[0];
    if (!t.isInteger) return loop;
    for (const a of args) {
      if (!isWeak(a) || a.t !== "int") continue;
      if (a.c) {
        const v = a.c.v as bigint;
        const [lo, hi] = intBounds(t);
        if (v >= lo && v <= hi) continue;
        const fitsInt64 = v >= -(2n ** 63n) && v < 2n ** 63n && t !== uint64;
        return resolver.makeLoop(fitsInt64 ? int64 : float64);
      }
      if (t !== uint64 && t !== int64) return resolver.makeLoop(int64);
    }
    return loop;
  }

  /** int64 against uint64: compare the bit patterns as uint64, then fix the elements where the
   *  signed operand is negative (it is below every uint64). */
  private mixedCompare(def: UfuncDef, args: Val[], pos: number): Val {
    const signedFirst = (args[0].t as DType).code === Code.int64;
    const s = signedFirst ? args[0] : args[1];
    const su = s.node !== undefined ? { t: uint64, node: this.to(s, uint64) } : { t: uint64, sc: castConst(s.sc!, int64, uint64) };
    const asU = this.ufunc(def.name, signedFirst ? [su, args[1]] : [args[0], su], pos, false);
    const neg = this.ufunc("less", [s, { t: "int", c: pyInt(0n) }], pos, false);
    const trueWhenNeg = signedFirst ? ["less", "less_equal", "not_equal"] : ["greater", "greater_equal", "not_equal"];
    return trueWhenNeg.includes(def.name)
      ? this.ufunc("logical_or", [asU, neg], pos, false)
      : this.ufunc("logical_and", [asU, this.ufunc("logical_not", [neg], pos, false)], pos, false);
  }

  /** An operator between Python scalars: Python arithmetic (constants now, variables per call). */
  private pyOp(name: string, args: Val[], pos: number): Val {
    const sym = Object.keys(args.length === 1 ? UNOPS : BINOPS).find((k) => (args.length === 1 ? UNOPS : BINOPS)[k] === name)!;
    const at = (e: unknown) => { if (e instanceof Error && !/position \d+/.test(e.message)) e.message += ` (at position ${pos})`; return e; };
    if (args.every((a) => a.c)) {
      try {
        const py = args.length === 1 ? pyUnary(sym, args[0].c!) : pyBinary(sym, args[0].c!, args[1].c!, pyPow);
        return { t: py.k, c: py };
      } catch (e) { throw at(e); }
    }
    const ws: WExpr[] = args.map((a) => a.c ? { k: "lit", py: a.c } : a.w!);
    const w: WExpr = args.length === 1 ? { k: "un", op: sym, x: ws[0] } : { k: "bin", op: sym, a: ws[0], b: ws[1] };
    let kind: PyKind;
    if (args.length === 1) kind = args[0].t === "float" ? "float" : "int";
    else {
      let negExp = false;
      if (sym === "**" && args[0].t !== "float" && args[1].t !== "float") {
        const e = args[1].c ?? evalWeak(args[1].w!, this.env);
        negExp = e.k === "int" && (e.v as bigint) < 0n;
        this.kinds.push({ w, kind: negExp ? "float" : "int" });
      }
      kind = pyKind(sym, args[0].t as PyKind, args[1].t as PyKind, negExp);
    }
    try { evalWeak(w, this.env); } catch (e) { throw at(e); } // Python's errors now, with this call's values
    return { t: kind, w };
  }

  where(c: Val, x: Val, y: Val): Val {
    const dt = result_type(this.standIn(x) as never, this.standIn(y) as never);
    if (isConst(c) && isConst(x) && isConst(y)) {
      const cv = c.c ? Boolean(c.c.v) : Boolean(castConst(c.sc!, c.t as DType, boolT));
      return { t: dt, sc: this.constIn(cv ? x : y, dt, null) };
    }
    const ids = [this.to(c, boolT, null), this.to(x, dt, null), this.to(y, dt, null)];
    return { t: dt, node: this.add({ op: "where", dt, args: ids, uni: this.uni(ids) }) };
  }
}

/** Hash-consing keys of constants (-0.0 is not 0.0) and weak expressions. */
const scalarKey = (v: Scalar | undefined): string =>
  v === undefined ? "" : typeof v === "number" ? (Object.is(v, -0) ? "-0" : String(v)) : `${typeof v}:${v}`;
function wkey(w: WExpr): string {
  switch (w.k) {
    case "var": return `$${w.name}`;
    case "lit": return `${w.py.k}:${scalarKey(w.py.v)}`;
    case "un": return `(${w.op} ${wkey(w.x)})`;
    case "bin": return `(${w.op} ${wkey(w.a)} ${wkey(w.b)})`;
  }
}

// ---------------------------------------------------------------- typing the tree
function argCount(fn: string, want: number, got: number, pos: number): void {
  if (want !== got) throw new NpTypeError(`evaluate: ${fn}() takes ${want} argument${want === 1 ? "" : "s"} (${got} given) at position ${pos}`);
}

function typeTree(b: Builder, n: Node): Val {
  switch (n.k) {
    case "int": return { t: "int", c: pyInt(n.v) };
    case "float": return { t: "float", c: pyFloat(n.v) };
    case "bool": return { t: "bool", c: pyBool(n.v) };
    case "name": {
      const s = b.sigs.get(n.id);
      if (!s) throw new ValueError(`evaluate: name '${n.id}' is not defined at position ${n.pos}`);
      if ("arr" in s) return { t: s.arr, node: b.add({ op: "in", dt: s.arr, args: [], uni: s.uni, name: n.id }) };
      return { t: s.weak, w: { k: "var", name: n.id } };
    }
    case "unary": return b.ufunc(UNOPS[n.op], [typeTree(b, n.x)], n.pos, true);
    case "binary": {
      const x = typeTree(b, n.a), y = typeTree(b, n.b);
      if (n.op === "**" && x.node !== undefined && y.c) {
        // Python's ndarray ** scalar fast paths (NumPy's fast_scalar_power): ** 2 is square for
        // every array, ** -1 reciprocal and ** 0.5 sqrt for float arrays
        const e = y.c, float = (x.t as DType).isFloat;
        const fast = e.k === "int" ? (e.v === 2n ? "square" : e.v === -1n && float ? "reciprocal" : null)
          : e.k === "float" && e.v === 0.5 && float ? "sqrt" : null;
        if (fast) return b.ufunc(fast, [x], n.pos, false);
      }
      return b.ufunc(BINOPS[n.op], [x, y], n.pos, true);
    }
    case "call": {
      if (REDUCTIONS.has(n.fn)) throw new ValueError(`evaluate: ${n.fn}() must be the outermost operation at position ${n.pos}`);
      if (n.kw.length) throw new NpTypeError(`evaluate: ${n.fn}() takes no keyword arguments at position ${n.kw[0].pos}`);
      if (n.fn === "where") {
        argCount("where", 3, n.args.length, n.pos);
        const [c, x, y] = n.args.map((a) => typeTree(b, a));
        return b.where(c, x, y);
      }
      const def = DEFS.get(n.fn);
      if (!def) throw new ValueError(`evaluate: unsupported function '${n.fn}' at position ${n.pos}`);
      if (def.nout !== 1) throw new ValueError(`evaluate: '${n.fn}' returns ${def.nout} arrays and is not supported at position ${n.pos}`);
      argCount(n.fn, def.nin, n.args.length, n.pos);
      return b.ufunc(def.name, n.args.map((a) => typeTree(b, a)), n.pos, false);
    }
  }
  throw new Error("unreachable");
}

/** The axis of sum(x, axis): an integer literal (maybe negated). */
function axisOf(fn: string, n: Node): number {
  if (n.k === "int") return Number(n.v);
  if (n.k === "unary" && n.op === "-" && n.x.k === "int") return -Number(n.x.v);
  throw new NpTypeError(`evaluate: the axis of ${fn}() must be an integer literal at position ${n.pos}`);
}

/** NumPy's default accumulator of sum / prod. */
function accDtype(t: DType): DType {
  if (t.kind === "b" || (t.kind === "i" && t.itemsize < 8)) return int64;
  if (t.kind === "u" && t.itemsize < 8) return uint64;
  return t;
}

const dtypeOfVal = (b: Builder, v: Val): DType => (isWeak(v) ? dtypeOfScalar(b.standIn(v) as never) : (v.t as DType));

export function compile(ast: Node, sigs: Map<string, Sig>, env: Map<string, Py>, opts: CompileOpts): Program {
  const b = new Builder(sigs, env);
  let reduce: Program["reduce"] = null;
  let root: Val;
  let dtype: DType;
  let constant: Program["constant"];
  if (ast.k === "call" && REDUCTIONS.has(ast.fn)) {
    let axisNode: Node | null = ast.args[1] ?? null;
    for (const kw of ast.kw) {
      if (kw.name !== "axis") throw new NpTypeError(`evaluate: ${ast.fn}() got an unexpected keyword argument '${kw.name}' at position ${kw.pos}`);
      if (axisNode) throw new NpTypeError(`evaluate: ${ast.fn}() got multiple values for argument 'axis' at position ${kw.pos}`);
      axisNode = kw.value;
    }
    if (ast.args.length < 1 || ast.args.length > 2) {
      throw new NpTypeError(`evaluate: ${ast.fn}() takes 1 or 2 arguments (${ast.args.length} given) at position ${ast.pos}`);
    }
    const axis = axisNode ? axisOf(ast.fn, axisNode) : null;
    const x = typeTree(b, ast.args[0]);
    dtype = opts.dtype ?? accDtype(dtypeOfVal(b, x));
    reduce = { op: ast.fn as "sum" | "prod", axis };
    root = { t: dtype, node: b.to(x, dtype, null) };
  } else {
    const x = typeTree(b, ast);
    const r = dtypeOfVal(b, x);
    dtype = opts.dtype ?? r;
    if (dtype !== r && !can_cast(r, dtype, opts.casting)) {
      throw new NpTypeError(`Cannot cast evaluate result from ${r.repr()} to ${dtype.repr()} with casting rule '${opts.casting}'`);
    }
    if (isConst(x)) constant = { value: b.constIn(x, dtype, dtype.isInteger ? dtype : null) };
    root = { t: dtype, node: b.to(x, dtype) };
  }
  if (opts.outDtype && opts.outDtype !== dtype && !can_cast(dtype, opts.outDtype, opts.casting)) {
    throw new NpTypeError(`Cannot cast evaluate output from ${dtype.repr()} to ${opts.outDtype.repr()} with casting rule '${opts.casting}'`);
  }
  const prog = link(b, root.node!, dtype, reduce, constant);
  if (reduce && ast.k === "call" && ast.args[0].k === "name") {
    const s = sigs.get(ast.args[0].id);
    if (s && "arr" in s) prog.bare = ast.args[0].id;
  }
  return prog;
}

// ---------------------------------------------------------------- scheduling, registers, code
function link(b: Builder, root: number, dtype: DType, reduce: Program["reduce"], constant: Program["constant"]): Program {
  const nodes = b.nodes;
  // post-order from the effects and the root
  const order: number[] = [];
  const seen = new Set<number>();
  const visit = (id: number) => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const a of nodes[id].args) visit(a);
    order.push(id);
  };
  for (const e of b.effects) visit(e);
  visit(root);
  const isLeaf = (n: IRNode) => n.op === "in" || n.op === "const" || n.op === "wconst";
  const pro = order.filter((id) => !isLeaf(nodes[id]) && nodes[id].uni);
  const main = order.filter((id) => !isLeaf(nodes[id]) && !nodes[id].uni);

  // registers: one per value
  const regOf = new Map<number, number>();
  const regs: RegSpec[] = [];
  const inputs: Program["inputs"] = [], consts: Program["consts"] = [], wconsts: Program["wconsts"] = [];
  for (const id of order) {
    const n = nodes[id];
    if (n.op === "neg") continue;
    const r = regs.length;
    regOf.set(id, r);
    if (n.op === "in") { regs.push({ kind: RegKind.input, dt: n.dt, slot: -1, name: n.name, uni: n.uni }); inputs.push({ name: n.name!, reg: r }); }
    else if (n.op === "const") { regs.push({ kind: RegKind.fixed, dt: n.dt, slot: -1 }); consts.push({ reg: r, dt: n.dt, value: n.value! }); }
    else if (n.op === "wconst") { regs.push({ kind: RegKind.fixed, dt: n.dt, slot: -1 }); wconsts.push({ reg: r, dt: n.dt, w: n.w!, check: n.check ?? null }); }
    else regs.push({ kind: n.uni ? RegKind.fixed : RegKind.temp, dt: n.dt, slot: -1 });
  }

  // temporary buffers: reuse after the last use
  const lastUse = new Map<number, number>();
  main.forEach((id, i) => { for (const a of nodes[id].args) lastUse.set(a, i); });
  lastUse.set(root, Infinity);
  const free: number[] = [];
  let nslots = 0;
  main.forEach((id, i) => {
    const n = nodes[id];
    const dying = [...new Set(n.args)].filter((a) => lastUse.get(a) === i && regs[regOf.get(a)!]?.kind === RegKind.temp);
    if (n.op !== "neg") {
      const size = n.dt.itemsize;
      const reuse = dying.find((a) => regs[regOf.get(a)!].dt.itemsize >= size);
      let slot: number;
      if (reuse !== undefined) { slot = regs[regOf.get(reuse)!].slot; dying.splice(dying.indexOf(reuse), 1); }
      else slot = free.length ? free.pop()! : nslots++;
      regs[regOf.get(id)!].slot = slot;
    }
    for (const a of dying) free.push(regs[regOf.get(a)!].slot);
  });

  // instructions: prologue, then the per-block part
  const list = [...pro, ...main];
  const code = new Int32Array(list.length * INS);
  const ops = list.filter((id) => nodes[id].op !== "neg").map((id) => [regOf.get(id)!, ...nodes[id].args.map((a) => regOf.get(a)!)]);
  const k = kernels.k;
  let heavy = false;
  list.forEach((id, i) => {
    const n = nodes[id];
    const w = i * INS;
    const reg = (x: number) => regOf.get(x)!;
    const dst = n.op === "neg" ? reg(n.args[0]) : reg(id);
    code[w + 3] = dst;
    code[w + 4] = reg(n.args[0]);
    switch (n.op) {
      case "bin": case "un": {
        const cls = n.op === "bin" ? C_BIN : C_UN;
        const op = n.op === "bin" ? BINARY[n.name as keyof typeof BINARY] : UNARY[n.name as keyof typeof UNARY];
        const fn = k.vm_fn(cls, op, n.loop!.code);
        if (!fn) throw new Error(`numwasm: no ${n.name} kernel for ${n.loop!.name}`);
        code[w] = cls; code[w + 1] = op; code[w + 2] = n.loop!.code; code[w + 7] = fn;
        heavy ||= isHeavyOp(n.op === "bin" ? "binary" : "unary", op);
        if (n.op === "bin") code[w + 5] = reg(n.args[1]);
        break;
      }
      case "cast": code[w] = C_CAST; code[w + 1] = n.dt.code; code[w + 2] = n.loop!.code; break;
      case "where": code[w] = C_WHERE; code[w + 2] = n.dt.itemsize; code[w + 5] = reg(n.args[1]); code[w + 6] = reg(n.args[2]); break;
      case "neg": code[w] = C_NEG; code[w + 2] = n.loop!.code; break;
    }
  });
  const valReg = regOf.get(root)!;
  const rootIns = main.includes(root) ? pro.length + main.indexOf(root) : -1;
  const rn = nodes[root];
  const dot = reduce?.op === "sum" && rootIns === list.length - 1 && rn.op === "bin" && rn.name === "multiply" && rn.dt.isFloat;
  return {
    regs, code, npro: pro.length, nins: list.length, nslots, valReg, rootIns, inputs, consts, wconsts,
    dtype, reduce, constant, negcheck: b.effects.length > 0, heavy, ops, dot, kinds: b.kinds,
  };
}
