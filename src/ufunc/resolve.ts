// Type resolution: which loop of a ufunc runs for the given operands, as NumPy 2 does it.
//  - A weak JS scalar (NEP 50) first takes the type it would promote to against the strong
//    operands (int8 array + 1 → int8; int8 array + 1.5 → float64; float32 array + 1.5 → float32).
//  - Legacy-style ufuncs then take the first loop, in the table's order, to which every input
//    casts safely (so heaviside(int16, uint16) runs in float32, not float64).
//  - "strict" ufuncs (NumPy's new-style gcd, lcm, positive, sign) need a loop for the promoted
//    type itself, and name the operand DTypes when there is none.
// Results are cached per ufunc and operand type key, so the hot path is one Map lookup.
import { ALL as DTYPES, type DType, float64, int32, int64, bool as boolT, Code } from "../dtype/dtype.js";
import { result_type, can_cast, dtypeOfScalar } from "../dtype/promotion.js";
import { TypeError as NpTypeError } from "../core/errors.js";
import type { UfuncDef } from "./defs.js";

const byChar = new Map<string, DType>(DTYPES.map((d) => [d.char, d]));
export const charDType = (c: string): DType => byChar.get(c)!;

/** A resolved loop: input types and output types; `weak` overrides the type a weak scalar
 *  input is value-checked against (ldexp's exponent is checked as int32). */
export interface Loop { ins: DType[]; outs: DType[]; weak?: DType[] }

/** An operand as type resolution sees it: a strong dtype, or a weak JS scalar. */
export type Operand = DType | number | bigint | boolean;

const WEAK_INT = 16, WEAK_FLOAT = 17, WEAK_BOOL = 18;
const isWeakInt = (x: Operand) => typeof x === "bigint" || (typeof x === "number" && Number.isInteger(x) && !Object.is(x, -0));
const keyOf = (x: Operand): number =>
  typeof x === "object" ? x.code : typeof x === "boolean" ? WEAK_BOOL : isWeakInt(x) ? WEAK_INT : WEAK_FLOAT;

/** NumPy's DType class names, as its "did not contain a loop" messages print them. */
const DTYPE_CLASS: Record<string, string> = {
  bool: "BoolDType", int8: "Int8DType", uint8: "UInt8DType", int16: "Int16DType", uint16: "UInt16DType",
  int32: "Int32DType", uint32: "UInt32DType", int64: "Int64DType", uint64: "UInt64DType",
  float32: "Float32DType", float64: "Float64DType",
};
function dtypeClass(x: Operand | null): string {
  if (x === null) return "None";
  const n = typeof x === "object" ? DTYPE_CLASS[x.name]
    : typeof x === "boolean" ? "BoolDType" : isWeakInt(x) ? "_PyLongDType" : "_PyFloatDType";
  return `<class 'numpy.dtypes.${n}'>`;
}

export const notSupported = (name: string) => new NpTypeError(
  `ufunc '${name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`,
);
export function noLoop(name: string, ops: (Operand | null)[]): NpTypeError {
  const sig = ops.length === 1 ? dtypeClass(ops[0]) : `(${ops.map(dtypeClass).join(", ")})`;
  return new NpTypeError(`ufunc '${name}' did not contain a loop with signature matching types ${sig} -> None`);
}

/** Per ufunc: loops as DTypes, and a cache of resolutions. */
export class Resolver {
  readonly loops: DType[];
  private cache = new Map<number, Loop>();
  constructor(readonly def: UfuncDef) {
    this.loops = [...def.types].map(charDType);
  }

  makeLoop(t: DType, second: DType = t): Loop {
    const ins = this.def.nin === 1 ? [t] : [t, second];
    return { ins, outs: this.def.out.map((o) => (o === "" ? t : charDType(o))) };
  }

  /** Per dtype code: the output type when every operand is an array of that dtype and the loop
   *  takes it as is, with no value checks (the fast path's common case); null when not so. */
  private direct: (DType | null | undefined)[] = [];
  directOut(t: DType): DType | null {
    const d = this.direct[t.code];
    return d !== undefined ? d : this.computeDirect(t);
  }
  private computeDirect(t: DType): DType | null {
    let loop: Loop | null = null;
    try { loop = this.def.nin === 1 ? this.resolve(t) : this.resolve(t, t); } catch { /* no loop: the general path raises */ }
    const exact = loop !== null && !loop.weak && loop.ins.every((x) => x === t) && loop.outs.length === 1;
    // integer power checks exponent signs (ValueError), so it never runs unchecked
    return (this.direct[t.code] = exact && !(this.def.name === "power" && t.kind === "i") ? loop!.outs[0] : null);
  }

  resolve(a: Operand, b?: Operand): Loop {
    const key = keyOf(a) * 32 + (b === undefined ? 31 : keyOf(b));
    // with a strong operand, weak-scalar resolutions depend only on the scalar's kind; Python
    // ints alone resolve by value (np.asarray(2**63) is uint64), so those are not cached
    if (typeof a !== "object" && (b === undefined || typeof b !== "object") && (isWeakInt(a) || (b !== undefined && isWeakInt(b)))) {
      return this.compute(a, b);
    }
    let loop = this.cache.get(key);
    if (loop === undefined) {
      loop = this.compute(a, b);
      this.cache.set(key, loop);
    }
    return loop;
  }

  private compute(a: Operand, b?: Operand): Loop {
    const def = this.def;
    const ops = b === undefined ? [a] : [a, b];
    // weak scalars take the type they promote to against the strong operands
    const strong = ops.filter((x): x is DType => typeof x === "object");
    // with no strong operand: one scalar converts as np.asarray would (value-based); several
    // promote together as Python ints/floats (int64/float64: 2**63 then overflows a C long)
    const allWeak = strong.length === 0 && ops.length > 1 ? result_type(...(ops as never[])) : null;
    const types = ops.map((x) => (typeof x === "object" ? x
      : strong.length ? result_type(...(strong as never[]), x as never) : allWeak ?? dtypeOfScalar(x)));
    if (def.boolError && types.every((t) => t === boolT)) throw new NpTypeError(def.boolError);
    if (def.resolver === "ldexp") {
      // loops fi, fl, di, dl: a weak mantissa fits the first float loop; the exponent takes
      // int32 when it casts there safely, else int64 (uint64 and floats have no loop)
      const intLike = (x: Operand) => typeof x === "boolean" || isWeakInt(x);
      const n = typeof ops[1] === "object" ? types[1] : typeof ops[1] === "boolean" ? boolT : isWeakInt(ops[1]) ? int32 : float64;
      if (n.kind === "f" || n.code === Code.uint64) throw notSupported(def.name);
      // a weak int (or bool) mantissa fits the first float loop; a weak float is a double
      if (strong.length === 0) return { ins: [float64, float64], outs: [float64], weak: [float64, int64] };
      // (but a Python int against a bool exponent is the default int, which only a double holds)
      const x = typeof ops[0] === "object" ? this.first([types[0]])
        : intLike(ops[0]) && !(isWeakInt(ops[0]) && n === boolT) ? this.loops[0] : float64;
      const e = can_cast(n, int32, "safe") ? int32 : int64;
      return { ins: [x, x], outs: [x], weak: [x, e] }; // the kernel takes the exponent as x's type
    }
    if (def.resolver === "truediv" && types.every((t) => t.kind !== "f")) return this.makeLoop(float64);
    if (def.strict) {
      const common = types.length === 1 ? types[0] : result_type(...(types as never[]));
      if (!this.loops.includes(common)) throw noLoop(def.name, ops);
      return this.makeLoop(common);
    }
    return this.makeLoop(this.first(types));
  }

  /** The first loop type every input casts to safely (NumPy's linear loop search). */
  private first(types: DType[]): DType {
    for (const l of this.loops) if (types.every((t) => t === l || can_cast(t, l, "safe"))) return l;
    throw notSupported(this.def.name);
  }
}
