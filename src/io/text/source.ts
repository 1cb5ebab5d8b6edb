// The text behind a text-I/O file argument. JS has no file objects, so (README, "Text files"):
// a string is a path (Node's fs; ".gz" paths are gunzipped), an array or other iterable of
// strings is a list of lines (NumPy accepts lists of lines too), and a Uint8Array / ArrayBuffer /
// TypedArray holds the file's bytes. Paths and bytes are decoded per `encoding` (UTF-8 unless
// 'latin1' / 'bytes') and read as Python's text mode does: universal newlines.
import { TypeError as NpTypeError, ValueError, FileNotFoundError } from "../../core/errors.js";
import { pyType } from "../../creation/pyargs.js";
import { heap } from "../../runtime/memory.js";
import { withFile, readFully, nodeZlib } from "../node.js";

/** A whole text (one buffer that may hold many lines), or lines read one by one. */
export type TextSource = { text: string; lines?: undefined; name: string } | { lines: string[]; text?: undefined; name: string };

const isBytes = (x: unknown): x is ArrayBuffer | ArrayBufferView =>
  ArrayBuffer.isView(x) || x instanceof ArrayBuffer || (typeof SharedArrayBuffer === "function" && x instanceof SharedArrayBuffer);

function toU8(x: ArrayBuffer | ArrayBufferView): Uint8Array {
  const b = ArrayBuffer.isView(x) ? new Uint8Array(x.buffer, x.byteOffset, x.byteLength) : new Uint8Array(x);
  return b.buffer === heap.u8.buffer ? b.slice() : b; // (a.data moves when memory grows)
}

/** A .gz file's content (paths need Node, whose zlib reads gzip). */
function gunzip(b: Uint8Array): Uint8Array {
  const z = nodeZlib() as { gunzipSync?: (b: Uint8Array) => Uint8Array } | null;
  if (!z?.gunzipSync) throw new NpTypeError("numwasm: reading a .gz file needs Node's zlib");
  return z.gunzipSync(b);
}

/** Decoded text: UTF-8 by default (Python's default on Linux), latin1 for 'latin1' / 'bytes'. */
export function decode(b: Uint8Array, encoding: string | null | undefined): string {
  const enc = (encoding ?? "utf-8").toLowerCase().replace(/_/g, "-");
  if (enc === "latin1" || enc === "latin-1" || enc === "iso-8859-1" || enc === "bytes") {
    let s = "";
    for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode.apply(null, b.subarray(i, i + 8192) as unknown as number[]);
    return s;
  }
  if (enc !== "utf-8" && enc !== "utf8" && enc !== "ascii") throw new ValueError(`numwasm reads text as 'utf-8' or 'latin1' only, not '${encoding}'`);
  return new TextDecoder("utf-8").decode(b);
}

/** Python's text mode (universal newlines): "\r\n" and "\r" read as "\n". */
export const universalNewlines = (s: string): string => (s.includes("\r") ? s.replace(/\r\n?/g, "\n") : s);

/** The file's bytes: a path's content (gunzipped for ".gz"), or the bytes given. */
export function fileBytes(fname: string | ArrayBuffer | ArrayBufferView): Uint8Array {
  if (typeof fname !== "string") return toU8(fname);
  let b: Uint8Array;
  try {
    b = readPath(fname);
  } catch (e) {
    // NumPy's DataSource words a missing file its own way
    if (e instanceof FileNotFoundError) throw new FileNotFoundError(`${fname} not found.`, 2, fname);
    throw e;
  }
  return fname.endsWith(".gz") ? gunzip(b) : b;
}

const readPath = (fname: string): Uint8Array =>
  withFile(fname, "r", (fs, fd) => {
    const size = fs.fstatSync(fd).size, buf = new Uint8Array(size);
    return buf.subarray(0, readFully(fs, fd, buf, 0, size, 0));
  });

/** A file argument as text or lines; `error` makes the error for anything else. */
export function textSource(fname: unknown, encoding: string | null | undefined, error: () => Error): TextSource {
  if (typeof fname === "string" || isBytes(fname)) {
    return { text: universalNewlines(decode(fileBytes(fname), encoding)), name: typeof fname === "string" ? fname : "<bytes>" };
  }
  if (fname !== null && typeof fname === "object" && Symbol.iterator in fname) {
    const lines: string[] = [];
    for (const l of fname as Iterable<unknown>) {
      if (typeof l === "string") lines.push(l);
      else if (isBytes(l)) lines.push(decode(toU8(l), encoding));
      else throw new NpTypeError(`lines must be strings, not '${pyType(l)}'`);
    }
    return { lines, name: "<lines>" };
  }
  throw error();
}

/** The source as lines, each with its "\n" as Python's file iteration gives them. */
export function sourceLines(src: TextSource): string[] {
  if (src.lines) return src.lines;
  const out: string[] = [], t = src.text;
  let a = 0;
  for (let i = t.indexOf("\n"); i >= 0; i = t.indexOf("\n", a)) { out.push(t.slice(a, i + 1)); a = i + 1; }
  if (a < t.length) out.push(t.slice(a));
  return out;
}
