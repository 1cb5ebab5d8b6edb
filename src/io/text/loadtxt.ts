// np.loadtxt: NumPy 2's reader (numpy/lib/_npyio_impl.py _read, textreading/readtext.c, rows.c):
// argument checks, then rows from the tokenizer parsed straight into a growing buffer of the
// dtype, then ndmin / unpack.
import { ValueError, TypeError as NpTypeError } from "../../core/errors.js";
import { params } from "../../core/args.js";
import { ndarray } from "../../ndarray/ndarray.js";
import { float64, asDType, type DType, type DTypeLike } from "../../dtype/dtype.js";
import { pyType } from "../../creation/pyargs.js";
import { strRepr } from "../pyliteral.js";
import { textSource, sourceLines, type TextSource } from "./source.js";
import { Tokenizer } from "./tokenize.js";
import { ValueStore } from "./store.js";

export type Converter = (s: string) => unknown;
export type Converters = Converter | Record<number | string, Converter> | Map<number, Converter>;

export type LoadtxtOptions = {
  dtype?: DTypeLike | null; comments?: string | string[] | null; delimiter?: string | null;
  converters?: Converters | null; skiprows?: number; usecols?: number | number[] | null; unpack?: boolean;
  ndmin?: number; encoding?: string | null; max_rows?: number | null; quotechar?: string | null; like?: unknown;
};

/** _check_nonneg_int. */
export function nonnegInt(v: unknown, name = "argument"): number {
  if (typeof v === "boolean") return +v;
  if (typeof v !== "number" || !Number.isInteger(v)) throw new NpTypeError(`${name} must be an integer`);
  if (v < 0) throw new ValueError(`${name} must be nonnegative`);
  return v;
}

export function checkNdmin(ndmin: unknown): number {
  if (ndmin !== 0 && ndmin !== 1 && ndmin !== 2 && ndmin !== false && ndmin !== true) throw new ValueError(`Illegal value of ndmin keyword: ${pyValue(ndmin)}`);
  return +(ndmin as number);
}

const pyValue = (x: unknown): string => (typeof x === "string" ? strRepr(x) : Array.isArray(x) ? `[${x.map(pyValue).join(", ")}]` : x === null || x === undefined ? "None" : typeof x === "boolean" ? (x ? "True" : "False") : String(x));
const pyTuple = (xs: unknown[]): string => (xs.length === 1 ? `(${pyValue(xs[0])},)` : `(${xs.map(pyValue).join(", ")})`);

/** _ensure_ndmin_ndarray on a C-ordered (rows, cols) result: squeeze, then at least ndmin dims. */
export function ndminShape(shape: number[], ndmin: number): number[] {
  let s = shape;
  if (s.length > ndmin) s = s.filter((d) => d !== 1);
  if (s.length < ndmin) s = ndmin === 1 ? [1] : s.length === 0 ? [1, 1] : [s[0], 1];
  return s;
}

/** The single-character control characters (parse_control_character). */
function control(x: unknown): string | null {
  if (x === null || x === undefined) return null;
  if (typeof x !== "string" || [...x].length !== 1) {
    throw new NpTypeError(`Text reading control character must be a single unicode character or None; but got: ${pyValue(x).slice(0, 100)}`);
  }
  return x;
}

/** error_if_matching_control_characters. */
function checkControls(delimiter: string | null, quote: string | null, comment: string | null): void {
  const nl = (c: string | null) => c === "\r" || c === "\n";
  const fail = (a: string, b?: string): never => {
    throw new NpTypeError(b ? `The values for control characters '${a}' and '${b}' are incompatible` : `control character '${a}' cannot be a newline (\`\\r\` or \`\\n\`).`);
  };
  if (comment !== null) {
    if (nl(comment)) fail("comment");
    if (comment === quote) fail("comment", "quotechar");
    if (comment === delimiter) fail("comment", "delimiter");
  }
  if (quote !== null) {
    if (nl(quote)) fail("quotechar");
    if (quote === delimiter) fail("quotechar", "delimiter");
  }
  if (delimiter !== null && nl(delimiter)) fail("delimiter");
  if (delimiter === null) {
    const ws = (c: string | null) => c !== null && /^\s$/u.test(c);
    if (ws(comment)) fail("delimiter", "comment");
    if (ws(quote)) fail("delimiter", "quotechar");
  }
}

/** create_conv_funcs: one converter (or undefined) per result column. */
function converterList(converters: Converters, ncols: number, usecols: number[] | null): (Converter | undefined)[] {
  const out: (Converter | undefined)[] = new Array(ncols).fill(undefined);
  if (typeof converters === "function") return out.fill(converters);
  if (converters === null || typeof converters !== "object" || Array.isArray(converters)) {
    throw new NpTypeError("converters must be a dictionary mapping columns to converter functions or a single callable.");
  }
  const entries: [unknown, unknown][] = converters instanceof Map ? [...converters] : Object.entries(converters);
  for (const [key, fn] of entries) {
    const col = typeof key === "number" ? key : typeof key === "string" && /^-?\d+$/.test(key) ? Number(key) : NaN;
    if (!Number.isInteger(col)) throw new NpTypeError(`keys of the converters dictionary must be integers; got ${pyValue(key).slice(0, 100)}`);
    let c = col;
    if (usecols) {
      c = usecols.indexOf(col);
      if (c < 0) continue; // an unused converter
    } else {
      if (col < -ncols || col >= ncols) throw new ValueError(`converter specified for column ${col}, which is invalid for the number of fields ${ncols}.`);
      if (c < 0) c += ncols;
    }
    if (typeof fn !== "function") throw new NpTypeError(`values of the converters dictionary must be callable, but the value associated with key ${col} is not`);
    out[c] = fn as Converter;
  }
  return out;
}

export interface ReadOptions {
  dtype: DType; delimiter: string | null; comment: string | null; quote: string | null;
  usecols: number[] | null; skiplines: number; maxRows: number; converters: Converters | null;
}

/** read_rows: the rows of `src` as a (rows, cols) array. */
export function readRows(src: TextSource, o: ReadOptions): ndarray {
  const ts = new Tokenizer(src, { delimiter: o.delimiter, comment: o.comment, quote: o.quote });
  const store = new ValueStore(o.dtype);
  const usecols = o.usecols;
  let ncols = usecols ? usecols.length : -1;
  let convs: (Converter | undefined)[] | null = null;
  let done = false;
  for (let i = 0; i < o.skiplines && !done; i++) done = ts.skipLine();
  let rows = 0, k = 0;
  while ((o.maxRows < 0 || rows < o.maxRows) && !done) {
    done = ts.row();
    const nf = ts.numFields;
    if (nf === 0) continue;
    if (ncols < 0) ncols = nf;
    if (convs === null && o.converters !== null) convs = converterList(o.converters, ncols, usecols);
    if (!usecols && nf !== ncols) {
      throw new ValueError(`the number of columns changed from ${ncols} to ${nf} at row ${rows + 1}; use \`usecols\` to select a subset and avoid this error`);
    }
    store.reserve(k + ncols);
    for (let i = 0; i < ncols; i++, k++) {
      let col = i;
      if (usecols) {
        col = usecols[i] < 0 ? usecols[i] + nf : usecols[i];
        if (col < 0 || col >= nf) throw new ValueError(`invalid column index ${usecols[i]} at row ${rows + 1} with ${nf} columns`);
      }
      const conv = convs?.[i];
      let ok: boolean;
      if (conv === undefined) ok = store.parse(ts.fieldStr[col], ts.fieldStart[col], ts.fieldEnd[col], k);
      else {
        try {
          ok = store.pack(conv(ts.field(col)), k);
        } catch (e) {
          if (!(e instanceof Error)) throw e;
          ok = false;
        }
      }
      if (!ok) throw new ValueError(`could not convert string ${strRepr(ts.field(col)).slice(0, 100)} to ${o.dtype.name} at row ${rows}, column ${col + 1}.`);
    }
    rows++;
  }
  return store.toArray([rows, ncols < 0 ? 1 : ncols]);
}

/** The `comments` argument as _read takes it: one comment character for the tokenizer, or
 *  several / longer ones stripped from the lines first. */
export function commentSpec(comments: unknown, delimiter: unknown): { comment: string | null; strip: string[] | null } {
  if (comments === null) return { comment: null, strip: null };
  const list = typeof comments === "string" ? [comments] : [...(comments as Iterable<unknown>)];
  if (list.some((c) => typeof c !== "string")) throw new NpTypeError("comments must be a string or a sequence of strings");
  if (list.includes("")) throw new ValueError("comments cannot be an empty string. Use comments=None to disable comments.");
  if (list.length === 0) return { comment: null, strip: null };
  if (list.length === 1 && [...(list[0] as string)].length === 1) return { comment: list[0] as string, strip: null };
  if (list.length > 1 && list.includes(delimiter)) {
    throw new NpTypeError(`Comment characters '${pyTuple(list)}' cannot include the delimiter '${delimiter}'`);
  }
  return { comment: null, strip: list as string[] };
}

/** _preprocess_comments: each line cut at each comment in turn. */
export function stripComments(src: TextSource, strip: string[]): TextSource {
  const lines = sourceLines(src).map((l) => {
    for (const c of strip) { const i = l.indexOf(c); if (i >= 0) l = l.slice(0, i); }
    return l;
  });
  return { lines, name: src.name };
}

/** The file argument as text or lines, with NumPy's error for anything else. */
export function openText(fname: unknown, encoding: string | null | undefined): TextSource {
  return textSource(fname, encoding, () => new ValueError(`fname must be a string, filehandle, list of strings,\nor generator. Got <class '${pyType(fname)}'> instead.`));
}

/** A usecols argument as a list of ints (or null). */
export function usecolsList(usecols: unknown): number[] | null {
  if (usecols === null || usecols === undefined) return null;
  const list = typeof usecols === "object" && Symbol.iterator in (usecols as object) ? [...(usecols as Iterable<unknown>)]
    : usecols instanceof ndarray ? (usecols.tolist() as unknown[]) : [usecols];
  return list.map((c) => {
    if (typeof c === "bigint") return Number(c);
    if (typeof c !== "number" || !Number.isInteger(c)) {
      throw new NpTypeError(`usecols must be an int or a sequence of ints but it contains at least one element of type '${pyType(c)}'`);
    }
    return c;
  });
}

/**
 * np.loadtxt(fname, dtype=float, comments='#', delimiter=None, converters=None, skiprows=0,
 * usecols=None, unpack=False, ndmin=0, encoding=None, max_rows=None, *, quotechar=None,
 * like=None): a text file's numbers as an array, parsed as NumPy 2's C reader does. `fname` is
 * a path (Node; ".gz" is gunzipped), a list of lines, or the file's bytes (Uint8Array).
 */
export function loadtxt(fname: unknown, ...rest: unknown[]): ndarray {
  const p = params<LoadtxtOptions>(rest, ["dtype", "comments", "delimiter", "converters", "skiprows", "usecols", "unpack", "ndmin", "encoding", "max_rows"]);
  const dtype = p.dtype === null || p.dtype === undefined ? float64 : structuredCheck(p.dtype);
  const ndmin = checkNdmin(p.ndmin ?? 0);
  const comments = p.comments === undefined ? "#" : p.comments;
  const spec = commentSpec(comments, p.delimiter ?? null);
  const quote0 = p.quotechar ?? null;
  if (spec.strip && quote0 !== null) {
    throw new ValueError("when multiple comments or a multi-character comment is given, quotes are not supported.  In this case quotechar must be set to None.");
  }
  const skiplines = nonnegInt(p.skiprows ?? 0);
  const maxRows = p.max_rows === null || p.max_rows === undefined ? -1 : nonnegInt(p.max_rows);
  let src = openText(fname, p.encoding === "bytes" ? "latin1" : p.encoding);
  if (spec.strip) src = stripComments(src, spec.strip);
  const delimiter = control(p.delimiter), comment = control(spec.comment), quote = control(quote0);
  checkControls(delimiter, quote, comment);
  const cols = usecolsList(p.usecols);
  const rows = readRows(src, { dtype, delimiter, comment, quote, usecols: cols, skiplines, maxRows, converters: p.converters ?? null });
  const arr = rows._reshapeOwned(ndminShape(rows.shape as number[], ndmin));
  return p.unpack ? arr.T : arr;
}

/** np.dtype(dtype), refusing the structured dtypes numwasm lacks with a clear error. */
export function structuredCheck(dtype: unknown): DType {
  if (Array.isArray(dtype) || (typeof dtype === "string" && dtype.includes(","))) {
    throw new NpTypeError("numwasm has no structured dtypes: give one plain dtype (float64, int64, bool...) for all columns");
  }
  return asDType(dtype as DTypeLike);
}
