// Every ufunc declared once, as data (the shape of NumPy's generate_umath.py): arity, identity,
// the loops NumPy has for numwasm's dtypes (type chars; NumPy's 'q'/'Q' are the same 64-bit
// types as 'l'/'L' here), the output rule, the kernel, and any special type resolution.
// The np functions, ufunc objects and ndarray methods are all generated from this table.

/** Type-char groups: bool, ints, floats in NumPy's loop order (the order type resolution searches). */
const B = "?", INT = "bBhHiIlL", FLT = "fd";
const ALL = B + INT + FLT, NUM = INT + FLT, INTB = B + INT;

/** How the kernel is reached: a unary or binary op code name (src/generated/opcodes.ts), or a
 *  composite implemented in TS on top of kernels. */
export type Kernel =
  | { unary: string }
  | { binary: string }
  | { two: readonly [Kernel, Kernel] }; // two outputs computed by two kernel passes (divmod, frexp, modf)

export interface UfuncDef {
  name: string;
  nin: 1 | 2;
  nout: 1 | 2;
  /** NumPy's identity (reduce of an empty array), or undefined for none. */
  identity?: number | boolean;
  /** input type chars with a loop, in search order */
  types: string;
  /** output type per output: "" = same as the loop input, or a fixed type char */
  out: readonly string[];
  kernel: Kernel;
  /** special type resolution */
  resolver?: "truediv" | "ldexp";
  /** NumPy's new-style ufuncs: a loop must exist for the promoted type (no safe-cast search) */
  strict?: boolean;
  /** comparison: bool out, exact for int64 vs uint64 and for out-of-range Python ints */
  cmp?: boolean;
  /** np.seterr 'under': true = a zero or subnormal result from nonzero inputs; "subnormal" = any
   *  subnormal result */
  underflows?: boolean | "subnormal";
  /** NaN results are not 'invalid' (spacing(inf)) */
  quietNaN?: boolean;
  /** NumPy's TypeError text for bool inputs where it has a dedicated message */
  boolError?: string;
  /** ±inf from finite inputs is 'divide' (not 'over') when an input is zero, or always for a
   *  unary function with a pole (log(0), log1p(-1), arctanh(1)) */
  dividesByZero?: boolean;
  /** int loops report division by zero (NumPy warns "divide by zero" for x // 0 on ints) */
  intDivide?: boolean;
  /** reduce may run over several axes at once */
  reorderable?: boolean;
  aliases?: readonly string[];
}

// The literal name types flow into the ndarray method declarations (ufunc.ts).
type Extra<A extends string> = Partial<UfuncDef> & { aliases?: A[] };
const u = <N extends string, A extends string = never>(name: N, types: string, out = "", extra: Extra<A> = {}) =>
  ({ name, nin: 1, nout: 1, types, out: [out], kernel: { unary: name }, ...extra }) as Omit<UfuncDef, "name" | "aliases" | "nin" | "nout"> & { name: N; nin: 1; nout: 1; aliases?: A[] };
const b = <N extends string, A extends string = never>(name: N, types: string, out = "", extra: Extra<A> = {}) =>
  ({ name, nin: 2, nout: 1, types, out: [out], kernel: { binary: name }, ...extra }) as Omit<UfuncDef, "name" | "aliases" | "nin" | "nout"> & { name: N; nin: 2; nout: 1; aliases?: A[] };

const BOOL_SUB = "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.";
const BOOL_NEG = "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.";

export const UFUNCS = [
  // arithmetic
  b("add", ALL, "", { identity: 0, reorderable: true }),
  b("subtract", NUM, "", { boolError: BOOL_SUB }),
  b("multiply", ALL, "", { identity: 1, reorderable: true, underflows: true }),
  b("divide", FLT, "", { resolver: "truediv", dividesByZero: true, underflows: true, aliases: ["true_divide"] }),
  b("floor_divide", NUM, "", { dividesByZero: true, intDivide: true }),
  b("remainder", NUM, "", { intDivide: true, aliases: ["mod"] }),
  b("fmod", NUM, "", { intDivide: true }),
  { name: "divmod", nin: 2 as const, nout: 2 as const, types: NUM, out: ["", ""], kernel: { two: [{ binary: "floor_divide" }, { binary: "remainder" }] }, dividesByZero: true, intDivide: true },
  b("power", NUM, "", { dividesByZero: true, underflows: true, aliases: ["pow"] }),
  b("float_power", "d", "", { dividesByZero: true, underflows: true }),
  u("negative", NUM, "", { boolError: BOOL_NEG }),
  u("positive", NUM, "", { strict: true }),
  // the complex conjugate: the identity on real numbers (the positive kernel); unlike positive
  // it resolves by safe-cast search, so bool input gives int8 as in NumPy
  { ...u("conjugate", NUM, "", { aliases: ["conj"] }), kernel: { unary: "positive" } },
  u("absolute", ALL, "", { aliases: ["abs"] }),
  u("fabs", FLT),
  u("sign", NUM, "", { strict: true }),
  u("reciprocal", NUM, "", { dividesByZero: true, intDivide: true }),
  u("square", NUM),
  u("sqrt", FLT),
  u("cbrt", FLT),
  b("heaviside", FLT),
  b("gcd", INT, "", { identity: 0, reorderable: true, strict: true }),
  b("lcm", INT, "", { strict: true }),
  // comparison and logic
  b("equal", ALL, B, { cmp: true }), b("not_equal", ALL, B, { cmp: true }), b("less", ALL, B, { cmp: true }),
  b("less_equal", ALL, B, { cmp: true }), b("greater", ALL, B, { cmp: true }), b("greater_equal", ALL, B, { cmp: true }),
  b("logical_and", ALL, B, { identity: true, reorderable: true }),
  b("logical_or", ALL, B, { identity: false, reorderable: true }),
  b("logical_xor", ALL, B, { identity: false, reorderable: true }),
  u("logical_not", ALL, B),
  b("maximum", ALL, "", { reorderable: true }), b("minimum", ALL, "", { reorderable: true }),
  b("fmax", ALL, "", { reorderable: true }), b("fmin", ALL, "", { reorderable: true }),
  u("isnan", ALL, B), u("isinf", ALL, B), u("isfinite", ALL, B), u("signbit", FLT, B),
  b("copysign", FLT), b("nextafter", FLT, "", { underflows: "subnormal" }), u("spacing", FLT, "", { quietNaN: true }),
  b("ldexp", FLT, "", { resolver: "ldexp", underflows: true }),
  { name: "frexp", nin: 1 as const, nout: 2 as const, types: FLT, out: ["", "i"], kernel: { two: [{ unary: "frexp_mantissa" }, { unary: "frexp_exponent" }] } },
  { name: "modf", nin: 1 as const, nout: 2 as const, types: FLT, out: ["", ""], kernel: { two: [{ unary: "modf_frac" }, { unary: "modf_int" }] } },
  // bitwise
  b("bitwise_and", INTB, "", { identity: -1, reorderable: true }),
  b("bitwise_or", INTB, "", { identity: 0, reorderable: true }),
  b("bitwise_xor", INTB, "", { identity: 0, reorderable: true }),
  u("invert", INTB, "", { aliases: ["bitwise_not", "bitwise_invert"] }),
  b("left_shift", INT, "", { aliases: ["bitwise_left_shift"] }),
  b("right_shift", INT, "", { aliases: ["bitwise_right_shift"] }),
  u("bitwise_count", INT, "B"),
  // float math
  u("exp", FLT, "", { underflows: true }), u("exp2", FLT, "", { underflows: true }), u("expm1", FLT),
  u("log", FLT, "", { dividesByZero: true }), u("log2", FLT, "", { dividesByZero: true }),
  u("log10", FLT, "", { dividesByZero: true }), u("log1p", FLT, "", { dividesByZero: true }),
  b("logaddexp", FLT, "", { identity: -Infinity, reorderable: true }),
  b("logaddexp2", FLT, "", { identity: -Infinity, reorderable: true }),
  u("sin", FLT), u("cos", FLT), u("tan", FLT),
  u("arcsin", FLT, "", { aliases: ["asin"] }), u("arccos", FLT, "", { aliases: ["acos"] }),
  u("arctan", FLT, "", { aliases: ["atan"] }), b("arctan2", FLT, "", { aliases: ["atan2"] }),
  b("hypot", FLT, "", { identity: 0, reorderable: true }),
  u("sinh", FLT), u("cosh", FLT), u("tanh", FLT),
  u("arcsinh", FLT, "", { aliases: ["asinh"] }), u("arccosh", FLT, "", { aliases: ["acosh"] }),
  u("arctanh", FLT, "", { dividesByZero: true, aliases: ["atanh"] }),
  u("deg2rad", FLT), u("rad2deg", FLT),
  // NumPy's radians/degrees are ufuncs of their own (same loops and kernels)
  { ...u("radians", FLT), kernel: { unary: "deg2rad" } }, { ...u("degrees", FLT), kernel: { unary: "rad2deg" } },
  u("floor", ALL), u("ceil", ALL), u("trunc", ALL), u("rint", FLT),
] as const;

type Def = (typeof UFUNCS)[number];
type NamesOf<D> = D extends { name: infer N; aliases?: (infer A)[] } ? N | A : never;
/** Names (aliases included) of the binary one-output ufuncs, and of the unary ones. */
export type BinaryName = NamesOf<Extract<Def, { nin: 2; nout: 1 }>>;
export type UnaryName = NamesOf<Extract<Def, { nin: 1; nout: 1 }>>;
/** The table, widened for code that walks it. */
export const UFUNC_DEFS: readonly UfuncDef[] = UFUNCS;
