// Port of NumPy's numpy/_core/arrayprint.py: array2string, array_repr, array_str.
import { TypeError as NpTypeError, ValueError } from "../core/errors.js";
import type { DType } from "../dtype/dtype.js";
import { positionalFormatter, scientificFormatter, floatScalarStr, type FloatWidth, type TrimMode } from "./floatformat.js";
import {
  formatOptions, makeOptionsDict, type FloatMode, type FormatOptions, type Formatter, type LegacyName,
  type SignMode,
} from "./options.js";
import type { PrintSource } from "./source.js";

type Value = number | bigint | boolean;
type FormatFn = (x: Value) => string;

// ---------------------------------------------------------------- helpers

/** Python's len(): code points, not UTF-16 units. */
function plen(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

function rstrip(s: string): string {
  return s.replace(/\s+$/u, "");
}

/** Python's str.splitlines() (no trailing empty piece). */
function splitlines(s: string): string[] {
  const parts = s.split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/u);
  if (parts.length > 1 && parts[parts.length - 1] === "") parts.pop();
  return s === "" ? [] : parts;
}

function sizeOf(shape: readonly number[]): number {
  return shape.reduce((p, n) => p * n, 1);
}

function cStrides(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let s = 1;
  for (let ax = shape.length - 1; ax >= 0; ax--) {
    strides[ax] = s;
    s *= shape[ax]!;
  }
  return strides;
}

/** Python's repr of a shape tuple. */
function shapeRepr(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
}

function floatWidth(dtype: DType): FloatWidth {
  return dtype.itemsize === 4 ? "float32" : "float64";
}

function signbit(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}

// ------------------------------------------------------- element formatters

/** NumPy's FloatingFormat: one layout (positional or scientific, widths) for every element. */
class FloatingFormat {
  private precision: number;
  private minDigits = -1;
  private unique = true;
  private trim: TrimMode = ".";
  private expFormat = false;
  private expSize = -1;
  private padLeft = 0;
  private padRight = 0;
  private readonly sign: SignMode;

  constructor(data: readonly number[], zeroD: boolean, precision: number, private readonly floatmode: FloatMode,
              private readonly suppressSmall: boolean, sign: SignMode, private readonly legacy: number,
              private readonly width: FloatWidth) {
    // Legacy 1.13 never prints '-' mode for arrays: it reserves the sign column.
    this.sign = legacy <= 113 && !zeroD && sign === "-" ? " " : sign;
    const p = floatmode === "unique" ? -1 : precision;
    if (p < 0 && floatmode !== "unique") throw new ValueError("precision must be >= 0");
    this.precision = p;
    this.fillFormat(data);
  }

  private chooseExpFormat(finite: readonly number[]): boolean {
    let max = -Infinity, min = Infinity;
    for (const v of finite) {
      if (v === 0) continue;
      const a = Math.abs(v);
      if (a > max) max = a;
      if (a < min) min = a;
    }
    if (max === -Infinity) return false;
    const f32 = this.width === "float32";
    // The cut-off depends on the dtype's decimal precision since NumPy 2.3 (legacy 2.2: 1e8).
    const cutoffMax = this.legacy <= 202 || !f32 ? 1e8 : 1e6;
    // Comparisons and the ratio happen in the array's own precision.
    const ratio = f32 ? Math.fround(max / min) : max / min;
    const small = f32 ? Math.fround(1e-4) : 1e-4;
    return max >= cutoffMax || (!this.suppressSmall && (min < small || ratio > 1000));
  }

  private fillFormat(data: readonly number[]): void {
    const finite = data.filter(Number.isFinite);
    this.expFormat = this.chooseExpFormat(finite);
    const plus = this.sign === "+";
    if (finite.length === 0) {
      this.padLeft = 0;
      this.padRight = 0;
      this.trim = ".";
      this.expSize = -1;
      this.unique = true;
      this.minDigits = -1;
    } else if (this.expFormat) {
      const fixed = this.floatmode === "fixed" || this.legacy <= 113;
      const [trim, unique]: [TrimMode, boolean] = fixed ? ["k", false] : [".", true];
      // Legacy 1.13 with floatmode 'unique' asks Dragon4 for exact digits without a precision.
      if (!unique && this.precision < 0) throw new NpTypeError("in non-unique mode `precision` must be supplied");
      let intLen = 0, fracLen = 0, expLen = 0;
      const fmt = scientificFormatter({ precision: this.precision, unique, trim, sign: plus }, this.width);
      for (const x of finite) {
        const s = fmt(x);
        const e = s.indexOf("e");
        const dot = s.indexOf(".");
        intLen = Math.max(intLen, dot);
        fracLen = Math.max(fracLen, e - dot - 1);
        expLen = Math.max(expLen, s.length - e - 1);
      }
      this.expSize = expLen - 1;
      this.trim = "k";
      this.precision = fracLen;
      this.minDigits = fracLen;
      this.unique = unique;
      this.padLeft = this.legacy <= 113 ? 3 : intLen;
      this.padRight = this.expSize + 2 + this.precision;
    } else {
      const fixed = this.floatmode === "fixed";
      const [trim, unique]: [TrimMode, boolean] = fixed ? ["k", false] : [".", true];
      let intLen = 0, fracLen = 0;
      const fmt = positionalFormatter({ precision: this.precision, fractional: true, unique, trim, sign: plus }, this.width);
      for (const x of finite) {
        const s = fmt(x);
        const dot = s.indexOf(".");
        const intPart = s.slice(0, dot);
        intLen = Math.max(intLen, this.legacy <= 113 ? 1 + intPart.replace(/^[-+]+/, "").length : intPart.length);
        fracLen = Math.max(fracLen, s.length - dot - 1);
      }
      this.padLeft = intLen;
      this.padRight = fracLen;
      this.expSize = -1;
      this.unique = unique;
      if (this.floatmode === "fixed" || this.floatmode === "maxprec_equal") {
        this.precision = this.minDigits = this.padRight;
        this.trim = "k";
      } else {
        this.trim = ".";
        this.minDigits = 0;
      }
    }
    // sign ' ' reserves a column when no value carries a minus sign.
    if (this.legacy > 113 && this.sign === " " && !finite.some(signbit)) this.padLeft += 1;
    if (finite.length !== data.length) {
      const { nanstr, infstr } = formatOptions();
      const neginf = this.sign !== "-" || data.some((v) => v === -Infinity);
      const offset = this.padRight + 1;
      this.padLeft = Math.max(this.padLeft, plen(nanstr) - offset, plen(infstr) + (neginf ? 1 : 0) - offset);
    }
  }

  format = (v: Value): string => {
    const x = v as number;
    const plus = this.sign === "+";
    if (!Number.isFinite(x)) {
      const { nanstr, infstr } = formatOptions();
      const ret = Number.isNaN(x) ? (plus ? "+" : "") + nanstr : (x < 0 ? "-" : plus ? "+" : "") + infstr;
      return " ".repeat(Math.max(0, this.padLeft + this.padRight + 1 - plen(ret))) + ret;
    }
    if (!this.finiteFormat) {
      const common = { precision: this.precision, minDigits: this.minDigits, unique: this.unique, trim: this.trim,
        sign: plus, padLeft: this.padLeft };
      this.finiteFormat = this.expFormat
        ? scientificFormatter({ ...common, expDigits: this.expSize }, this.width)
        : positionalFormatter({ ...common, fractional: true, padRight: this.padRight }, this.width);
    }
    return this.finiteFormat(x);
  };
  /** The layout's formatter of finite values, made at the first one. */
  private finiteFormat: ((x: number) => string) | null = null;
}

/** NumPy's IntegerFormat: right-aligned to the longest of str(max), str(min). */
function integerFormat(data: readonly (number | bigint)[], sign: SignMode): FormatFn {
  let width = 0;
  if (data.length > 0) {
    let max = data[0]!, min = data[0]!;
    for (const v of data) {
      if (v > max) max = v;
      if (v < min) min = v;
    }
    let maxLen = String(max).length;
    if (sign === " " && min < 0) sign = "-";
    if (max >= 0 && sign !== "-") maxLen += 1;
    width = Math.max(maxLen, String(min).length);
  }
  const s = sign;
  return (x) => {
    const str = (x as number | bigint) >= 0 && s !== "-" ? s + String(x) : String(x);
    return str.padStart(width);
  };
}

/** NumPy's BoolFormat: ' True' aligns with 'False', except in 0-d arrays. */
function boolFormat(zeroD: boolean): FormatFn {
  const t = zeroD ? "True" : " True";
  return (x) => (x ? t : "False");
}

/** The NumPy type-group key that a dtype's formatter is looked up under. */
function formatterKey(dtype: DType): string {
  switch (dtype.kind) {
    case "b": return "bool";
    case "i": case "u": return "int";
    case "f": return "float";
    case "c": return "complexfloat";
    default: return "numpystr";
  }
}

const KIND_GROUPS: Record<string, string[]> = {
  int_kind: ["int"], float_kind: ["float", "longfloat"], complex_kind: ["complexfloat", "longcomplexfloat"],
  str_kind: ["numpystr"],
};

/** NumPy's _get_formatdict resolution: 'all', then the kind groups, then the exact key. */
function userFormatter(formatter: Formatter | null, key: string): ((x: any) => string) | undefined {
  if (!formatter) return undefined;
  const has = (k: string) => typeof formatter[k] === "function";
  let f = has("all") ? formatter["all"]! : undefined;
  for (const [group, keys] of Object.entries(KIND_GROUPS)) if (has(group) && keys.includes(key)) f = formatter[group]!;
  if (has(key)) f = formatter[key]!;
  return f;
}

/** What a user formatter receives: the element as the API hands scalars out (int64 → number). */
function scalarOut(v: Value): number | boolean {
  return typeof v === "bigint" ? Number(v) : v;
}

type ResolvedOptions = FormatOptions;

function getFormatFunction(a: PrintSource, data: readonly Value[], o: ResolvedOptions): FormatFn {
  const dtype = a.dtype;
  const user = userFormatter(o.formatter, formatterKey(dtype));
  if (user) return (x) => String(user(scalarOut(x)));
  const zeroD = a.shape.length === 0;
  switch (dtype.kind) {
    case "b": return boolFormat(zeroD);
    case "i": case "u": return integerFormat(data as (number | bigint)[], o.sign);
    case "f":
      return new FloatingFormat(data as number[], zeroD, o.precision, o.floatmode, o.suppress, o.sign, o.legacy,
        floatWidth(dtype)).format;
    // Complex (kind 'c'): NumPy's ComplexFloatingFormat goes here — a FloatingFormat over the real
    // parts and one over the imaginary parts (sign '+'), joined with 'j' before the padding.
    default: throw new NpTypeError(`printing arrays of dtype ${dtype.name} is not supported`);
  }
}

// ------------------------------------------------------------ summarizing

/** Indices kept along one axis; Python's a[-0:] is the whole axis, so edgeitems=0 keeps all. */
function keptIndices(n: number, edge: number, summarize: boolean): number[] {
  if (!summarize || n <= 2 * edge || edge === 0) return Array.from({ length: n }, (_, i) => i);
  const out: number[] = [];
  for (let i = 0; i < edge; i++) out.push(i);
  for (let i = n - edge; i < n; i++) out.push(i);
  return out;
}

/** The elements NumPy's _leading_trailing keeps: only those are read. */
function shownValues(a: PrintSource, summarize: boolean, edge: number): Value[] {
  const strides = cStrides(a.shape);
  let offsets = [0];
  a.shape.forEach((n, ax) => {
    const kept = keptIndices(n, edge, summarize);
    const next: number[] = [];
    for (const o of offsets) for (const i of kept) next.push(o + i * strides[ax]!);
    offsets = next;
  });
  return offsets.map((o) => a.readFlat(o));
}

// ------------------------------------------------------------ layout

function extendLine(s: string, line: string, word: string, lineWidth: number, nextLinePrefix: string,
                    legacy: number): [string, string] {
  let needsWrap = plen(line) + plen(word) > lineWidth;
  // Wrapping does not help when the line holds only the indent.
  if (legacy > 113 && plen(line) <= plen(nextLinePrefix)) needsWrap = false;
  if (needsWrap) {
    s += rstrip(line) + "\n";
    line = nextLinePrefix;
  }
  return [s, line + word];
}

/** extendLine for words that may span several lines (custom formatters). */
function extendLinePretty(s: string, line: string, word: string, lineWidth: number, nextLinePrefix: string,
                          legacy: number): [string, string] {
  const words = splitlines(word);
  if (words.length <= 1 || legacy <= 113) return extendLine(s, line, word, lineWidth, nextLinePrefix, legacy);
  const maxWordLength = Math.max(...words.map(plen));
  let indent: string;
  if (plen(line) + maxWordLength > lineWidth && plen(line) > plen(nextLinePrefix)) {
    s += rstrip(line) + "\n";
    line = nextLinePrefix + words[0];
    indent = nextLinePrefix;
  } else {
    indent = " ".repeat(plen(line));
    line += words[0];
  }
  for (const w of words.slice(1)) {
    s += rstrip(line) + "\n";
    line = indent + w;
  }
  line += " ".repeat(maxWordLength - plen(words[words.length - 1]!));
  return [s, line];
}

interface Layout {
  a: PrintSource;
  strides: number[];
  fmt: FormatFn;
  separator: string;
  edgeItems: number;
  summaryInsert: string;
  legacy: number;
}

/** NumPy's _formatArray recurser over (axis, flat offset). */
function recurse(L: Layout, axis: number, offset: number, hangingIndent: string, currWidth: number): string {
  const { a, legacy, separator, summaryInsert } = L;
  const axesLeft = a.shape.length - axis;
  if (axesLeft === 0) return L.fmt(a.readFlat(offset));

  const nextHangingIndent = hangingIndent + " ";
  const nextWidth = legacy <= 113 ? currWidth : currWidth - 1;
  const n = a.shape[axis]!;
  const stride = L.strides[axis]!;
  const showSummary = summaryInsert !== "" && 2 * L.edgeItems < n;
  const leading = showSummary ? L.edgeItems : 0;
  const trailing = showSummary ? L.edgeItems : n;
  const child = (i: number) => recurse(L, axis + 1, offset + i * stride, nextHangingIndent, nextWidth);

  let s = "";
  if (axesLeft === 1) {
    // Last axis: elements flow along lines of at most elemWidth.
    const sepWidth = plen(rstrip(separator));
    let elemWidth = legacy <= 113 ? currWidth - sepWidth : currWidth - Math.max(sepWidth, 1);
    let line = hangingIndent;
    for (let i = 0; i < leading; i++) {
      [s, line] = extendLinePretty(s, line, child(i), elemWidth, hangingIndent, legacy);
      line += separator;
    }
    if (showSummary) {
      [s, line] = extendLine(s, line, summaryInsert, elemWidth, hangingIndent, legacy);
      line += legacy <= 113 ? ", " : separator;
    }
    for (let i = trailing; i > 1; i--) {
      [s, line] = extendLinePretty(s, line, child(n - i), elemWidth, hangingIndent, legacy);
      line += separator;
    }
    if (legacy <= 113) elemWidth = currWidth;
    [s, line] = extendLinePretty(s, line, child(n - 1), elemWidth, hangingIndent, legacy);
    s += line;
  } else {
    // Outer axes: one sub-array per line, blank lines between blocks of ndim >= 3.
    const lineSep = rstrip(separator) + "\n".repeat(axesLeft - 1);
    for (let i = 0; i < leading; i++) s += hangingIndent + child(i) + lineSep;
    if (showSummary) s += hangingIndent + summaryInsert + (legacy <= 113 ? ", \n" : lineSep);
    for (let i = trailing; i > 1; i--) s += hangingIndent + child(n - i) + lineSep;
    s += hangingIndent + child(n - 1);
  }
  return "[" + s.slice(hangingIndent.length) + "]";
}

// ------------------------------------------------------------ scalars

/** NumPy's str() of one element as a scalar (str of a 0-d array). */
export function scalarStr(v: Value, dtype: DType): string {
  if (dtype.kind === "b") return v ? "True" : "False";
  if (dtype.kind !== "f") return String(v);
  return floatScalarStr(Number(v), floatWidth(dtype), formatOptions().legacy <= 202);
}

/** Python's repr/str of a.item() (legacy 1.13 0-d output): floats widen to Python floats. */
function itemStr(v: Value, dtype: DType): string {
  if (dtype.kind !== "f") return scalarStr(v, dtype);
  return floatScalarStr(Number(v), "float64", true);
}

// ------------------------------------------------------------ public API

export interface Array2StringOptions {
  max_line_width?: number | null;
  precision?: number | null;
  suppress_small?: boolean | null;
  separator?: string;
  prefix?: string;
  suffix?: string;
  formatter?: Formatter | null;
  threshold?: number | null;
  edgeitems?: number | null;
  sign?: SignMode | null;
  floatmode?: FloatMode | null;
  legacy?: LegacyName | null;
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x) && Object.getPrototypeOf(x) === Object.prototype;
}

/** Positional arguments by name, then a trailing options object. */
function positionalArgs<T>(args: unknown[], names: readonly string[]): T {
  const last = args[args.length - 1];
  const hasObj = args.length > 0 && isPlainObject(last);
  const o: Record<string, unknown> = hasObj ? { ...(last as object) } : {};
  (hasObj ? args.slice(0, -1) : args).forEach((v, i) => {
    if (i < names.length && v !== undefined) o[names[i]!] = v;
  });
  return o as T;
}

function isZeroD(a: PrintSource): boolean {
  return a.shape.length === 0;
}

function array2stringImpl(a: PrintSource, o: Array2StringOptions): string {
  const overrides = makeOptionsDict({
    precision: o.precision, threshold: o.threshold, edgeitems: o.edgeitems, linewidth: o.max_line_width,
    suppress: o.suppress_small, sign: o.sign, formatter: o.formatter, floatmode: o.floatmode, legacy: o.legacy,
  });
  const opts: ResolvedOptions = { ...formatOptions(), ...overrides };
  const separator = o.separator ?? " ";
  const prefix = o.prefix ?? "";
  const suffix = o.suffix ?? "";
  if (opts.legacy <= 113 && isZeroD(a)) return itemStr(a.readFlat(0), a.dtype);
  if (opts.legacy > 113) opts.linewidth -= plen(suffix);
  const size = sizeOf(a.shape);
  if (size === 0) return "[]";

  const summarize = size > opts.threshold;
  const data = shownValues(a, summarize, opts.edgeitems);
  const fmt = getFormatFunction(a, data, opts);
  const nextLinePrefix = " " + " ".repeat(plen(prefix));
  const layout: Layout = {
    a, strides: cStrides(a.shape), fmt, separator, edgeItems: opts.edgeitems,
    summaryInsert: summarize ? "..." : "", legacy: opts.legacy,
  };
  return recurse(layout, 0, 0, nextLinePrefix, opts.linewidth);
}

const A2S_POSITIONAL = ["max_line_width", "precision", "suppress_small", "separator", "prefix"] as const;

/**
 * np.array2string(a, max_line_width?, precision?, suppress_small?, separator?, prefix?, { formatter,
 * threshold, edgeitems, sign, floatmode, suffix, legacy }), or array2string(a, { ...all options }).
 */
export function array2string(a: PrintSource, ...args: unknown[]): string {
  return array2stringImpl(a, positionalArgs<Array2StringOptions>(args, A2S_POSITIONAL));
}

interface ReprStrOptions {
  max_line_width?: number | null;
  precision?: number | null;
  suppress_small?: boolean | null;
}
const REPR_POSITIONAL = ["max_line_width", "precision", "suppress_small"] as const;

/** Dtypes whose values alone imply them (NumPy's _typelessdata). */
const TYPELESS = new Set(["int64", "float64", "complex128", "bool"]);

function dtypeIsImplied(dtype: DType, legacy: number): boolean {
  if (legacy <= 113 && dtype.name === "bool") return false;
  return TYPELESS.has(dtype.name);
}

/** NumPy's dtype_short_repr: the name, quoted unless it is a plain identifier. */
function dtypeShortRepr(dtype: DType): string {
  return /^[A-Za-z][A-Za-z0-9]*$/.test(dtype.name) ? dtype.name : `'${dtype.name}'`;
}

/** np.array_repr(arr, max_line_width?, precision?, suppress_small?) (or an options object). */
export function array_repr(arr: PrintSource, ...args: unknown[]): string {
  const o = positionalArgs<ReprStrOptions>(args, REPR_POSITIONAL);
  const cur = formatOptions();
  if (cur.override_repr !== null) return cur.override_repr(arr);
  const maxLineWidth = o.max_line_width ?? cur.linewidth;
  const prefix = "array(";
  const lst = cur.legacy <= 113 && isZeroD(arr)
    ? itemStr(arr.readFlat(0), arr.dtype)
    : array2stringImpl(arr, {
      max_line_width: o.max_line_width, precision: o.precision, suppress_small: o.suppress_small,
      separator: ", ", prefix, suffix: ")",
    });

  const size = sizeOf(arr.shape);
  const extras: string[] = [];
  const emptyNot1d = size === 0 && !(arr.shape.length === 1 && arr.shape[0] === 0);
  if (emptyNot1d || (cur.legacy > 210 && size > cur.threshold)) extras.push(`shape=${shapeRepr(arr.shape)}`);
  if (!dtypeIsImplied(arr.dtype, cur.legacy) || size === 0) extras.push(`dtype=${dtypeShortRepr(arr.dtype)}`);
  if (extras.length === 0) return prefix + lst + ")";

  const arrStr = prefix + lst + ",";
  const extraStr = extras.join(", ") + ")";
  // The extras go on a new line when they would push the last line past the width.
  const lastLineLen = plen(arrStr) - plen(arrStr.slice(0, arrStr.lastIndexOf("\n") + 1));
  const spacer = cur.legacy > 113 && lastLineLen + plen(extraStr) + 1 > maxLineWidth
    ? "\n" + " ".repeat(prefix.length)
    : " ";
  return arrStr + spacer + extraStr;
}

/** np.array_str(a, max_line_width?, precision?, suppress_small?) (or an options object). */
export function array_str(a: PrintSource, ...args: unknown[]): string {
  const o = positionalArgs<ReprStrOptions>(args, REPR_POSITIONAL);
  if (formatOptions().legacy <= 113 && isZeroD(a)) return itemStr(a.readFlat(0), a.dtype);
  // A 0-d array prints as its scalar: full precision, options ignored.
  if (isZeroD(a)) return scalarStr(a.readFlat(0), a.dtype);
  return array2stringImpl(a, {
    max_line_width: o.max_line_width, precision: o.precision, suppress_small: o.suppress_small,
    separator: " ", prefix: "",
  });
}

/** ndarray.repr(): NumPy's repr(a). */
export function reprArray(a: PrintSource): string {
  return array_repr(a);
}

/** ndarray.toString(): NumPy's str(a). */
export function strArray(a: PrintSource): string {
  return array_str(a);
}
