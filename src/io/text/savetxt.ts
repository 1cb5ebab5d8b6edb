// np.savetxt: rows formatted with a Python %-format (numpy/lib/_npyio_impl.py), written to a
// path (Node; ".gz" gzipped) or, numwasm's addition, returned as a string for fname = null.
import { ValueError, TypeError as NpTypeError } from "../../core/errors.js";
import { params } from "../../core/args.js";
import { ndarray } from "../../ndarray/ndarray.js";
import { asArray, scoped } from "../../manipulation/common.js";
import { pyType } from "../../creation/pyargs.js";
import { withFile, writeFully, nodeZlib } from "../node.js";
import { parseFormat, formatRow, type Scalar, type Format } from "./printf.js";
import type { DType } from "../../dtype/dtype.js";

export type SavetxtOptions = {
  fmt?: string | string[]; delimiter?: string; newline?: string; header?: string; footer?: string;
  comments?: string; encoding?: string | null;
};

/** Python's str() of a list of strings (the "fmt has wrong shape" message). */
const pyList = (xs: unknown[]) => `[${xs.map((x) => (typeof x === "string" ? `'${x}'` : String(x))).join(", ")}]`;

/** The row format: one %-format string for all columns (delimiter-joined), as savetxt builds it. */
function rowFormat(fmt: unknown, ncol: number, delimiter: string): string {
  if (Array.isArray(fmt)) {
    if (fmt.length !== ncol) throw new NpTypeError(`fmt has wrong shape.  ${pyList(fmt)}`);
    return fmt.join(delimiter);
  }
  if (typeof fmt !== "string") throw new ValueError(`invalid fmt: ${String(fmt)}`);
  const n = fmt.split("%").length - 1;
  if (n === 1) return new Array(ncol).fill(fmt).join(delimiter);
  if (n !== ncol) throw new ValueError(`fmt has wrong number of % formats:  ${fmt}`);
  return fmt;
}

/** savetxt's rewording of the TypeErrors of `format % row`. */
const mismatch = (e: unknown, dt: DType, format: string): unknown =>
  e instanceof NpTypeError ? new NpTypeError(`Mismatch between array dtype ('${dt.name}') and format specifier ('${format}')`) : e;

/** The file's text. */
function savetxtText(X: unknown, p: SavetxtOptions): string {
  const fmt = p.fmt ?? "%.18e", delimiter = p.delimiter ?? " ", newline = p.newline ?? "\n";
  const comments = p.comments ?? "# ";
  let header = p.header ?? "", footer = p.footer ?? "";
  return scoped(() => {
    const a = asArray(X);
    if (a.ndim === 0 || a.ndim > 2) throw new ValueError(`Expected 1D or 2D array, got ${a.ndim}D array instead`);
    const ncol = a.ndim === 1 ? 1 : a.shape[1], nrow = a.shape[0];
    const format = rowFormat(fmt, ncol, delimiter);
    const parts: string[] = [];
    if (header.length > 0) {
      header = header.replace(/\n/g, "\n" + comments);
      parts.push(comments + header + newline);
    }
    const dt = a.dtype;
    if (nrow > 0) {
      let f: Format;
      try {
        f = parseFormat(format);
      } catch (e) {
        throw mismatch(e, dt, format);
      }
      const data = a.toTypedArray() as unknown as ArrayLike<Scalar>;
      const row: Scalar[] = new Array(ncol);
      for (let r = 0, k = 0; r < nrow; r++) {
        for (let c = 0; c < ncol; c++, k++) row[c] = data[k];
        try {
          parts.push(formatRow(f, row, dt) + newline);
        } catch (e) {
          throw mismatch(e, dt, format);
        }
      }
    }
    if (footer.length > 0) {
      footer = footer.replace(/\n/g, "\n" + comments);
      parts.push(comments + footer + newline);
    }
    return parts.join("");
  });
}

/** Text as bytes: UTF-8 (Python's default here), or latin1. */
function encode(text: string, encoding: string | null | undefined): Uint8Array {
  const enc = (encoding ?? "utf-8").toLowerCase().replace(/_/g, "-");
  if (enc === "latin1" || enc === "latin-1" || enc === "iso-8859-1") {
    const b = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c > 255) throw new ValueError(`'latin-1' codec can't encode character '\\u${c.toString(16).padStart(4, "0")}' in position ${i}: ordinal not in range(256)`);
      b[i] = c;
    }
    return b;
  }
  if (enc !== "utf-8" && enc !== "utf8" && enc !== "ascii") throw new ValueError(`numwasm writes text as 'utf-8' or 'latin1' only, not '${encoding}'`);
  return new TextEncoder().encode(text);
}

/**
 * np.savetxt(fname, X, fmt='%.18e', delimiter=' ', newline='\n', header='', footer='',
 * comments='# ', encoding=None): a 1-d (one column) or 2-d array as text, each row `fmt % row`.
 * `fname` is a path (Node; a ".gz" path is gzipped); numwasm: fname = null returns the text.
 */
export function savetxt(fname: string | null, X: unknown, ...rest: unknown[]): string | undefined {
  const p = params<SavetxtOptions>(rest, ["fmt", "delimiter", "newline", "header", "footer", "comments", "encoding"]);
  if (fname !== null && typeof fname !== "string") {
    const f: unknown = fname;
    if (X === undefined && f instanceof ndarray) throw new NpTypeError("savetxt() missing 1 required positional argument: 'X' (numwasm: fname = null returns the text)");
    throw new ValueError(`fname must be a string or file handle (numwasm: a path, or null for the text; got '${pyType(f)}')`);
  }
  if (fname === null) return savetxtText(X, p);
  let bytes = encode(savetxtText(X, p), p.encoding);
  if (fname.endsWith(".gz")) {
    const z = nodeZlib() as { gzipSync?: (b: Uint8Array) => Uint8Array } | null;
    if (!z?.gzipSync) throw new NpTypeError("numwasm: writing a .gz file needs Node's zlib");
    bytes = z.gzipSync(bytes);
  }
  withFile(fname, "w", (fs, fd) => writeFully(fs, fd, bytes));
  return undefined;
}
