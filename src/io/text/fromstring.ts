// np.fromstring in text mode: NumPy's array_from_text (multiarray/ctors.c) over a JS string, with
// its separator matching (swab_separator, fromstr_skip_separator) and each dtype's C parser
// (fromstr: NumPyOS_ascii_strtod for floats and bool, PyOS_strtol / strtoul for ints, cast to
// the item type with C's wrap-around).
import { ValueError, TypeError as NpTypeError } from "../../core/errors.js";
import { params } from "../../core/args.js";
import { ndarray } from "../../ndarray/ndarray.js";
import { float64, type DTypeLike } from "../../dtype/dtype.js";
import { index, pyType } from "../../creation/pyargs.js";
import { structuredCheck } from "./loadtxt.js";
import { decode } from "./source.js";
import { ValueStore } from "./store.js";
import { strtod, strtol, scanEnd, scanned, isCSpace } from "./numbers.js";

/** swab_separator: runs of whitespace become one space, and a space leads a separator that
 *  does not start with one (NumPy's trailing-space rule only fires after a trailing space). */
function swab(sep: string): string {
  let out = sep !== "" && !isCSpace(sep.charCodeAt(0)) ? " " : "", skip = false;
  for (let i = 0; i < sep.length; i++) {
    if (isCSpace(sep.charCodeAt(i))) { if (!skip) { out += " "; skip = true; } }
    else { out += sep[i]; skip = false; }
  }
  if (out.length && out.endsWith(" ")) out += " ";
  return out;
}

/** fromstr_skip_separator from s[p]: the new position, or -1 (end of string) / -2 (no match). */
function skipSep(s: string, p: number, sep: string): number {
  let i = 0;
  const start = p;
  for (;;) {
    if (p >= s.length) return -1;
    if (i === sep.length) return p !== start ? p : -2;
    const c = s.charCodeAt(p);
    if (sep[i] === " ") {
      if (!isCSpace(c)) { i++; continue; }
    } else if (sep.charCodeAt(i) !== c) return -2;
    else i++;
    p++;
  }
}

/**
 * np.fromstring(string, dtype=float, count=-1, *, sep='', like=None): the numbers of a text
 * separated by `sep` (whitespace in it matches any run of whitespace) as a 1-d array; at most
 * `count` of them. sep='' (binary mode) raises, as in NumPy 2.4: use np.frombuffer.
 */
export function fromstring(string: string | Uint8Array, ...rest: unknown[]): ndarray {
  const p = params<{ dtype?: DTypeLike | null; count?: number; sep?: string; like?: unknown }>(rest, ["dtype", "count"]);
  const s = typeof string === "string" ? string : string instanceof Uint8Array ? decode(string, "latin1") : null;
  if (s === null) throw new NpTypeError(`fromstring() argument 1 must be read-only bytes-like object, not ${pyType(string)}`);
  const dtype = p.dtype == null ? float64 : structuredCheck(p.dtype);
  const num = index(p.count ?? -1);
  const sepArg = p.sep ?? "";
  if (typeof sepArg !== "string") throw new NpTypeError(`fromstring() argument 'sep' must be str, not ${pyType(sepArg)}`);
  if (sepArg === "") throw new ValueError("The binary mode of fromstring is removed, use frombuffer instead");
  const sep = swab(sepArg);
  const store = new ValueStore(dtype, num >= 0 ? num : 1024);
  const kind = dtype.kind, bits = dtype.itemsize * 8, signed = kind === "i";
  let pos = 0, n = 0, stop = 0;
  const end = s.length;
  for (let i = 0; num < 0 || i < num; i++) {
    // fromstr_next_element
    let ok: boolean, next: number;
    if (kind === "f" || kind === "b") {
      next = strtod(s, pos, end);
      ok = next !== pos;
      if (ok) store.pack(kind === "b" ? scanned[0] !== 0 : scanned[0], n);
    } else {
      const v = strtol(s, pos, end, signed);
      next = scanEnd;
      ok = next !== pos;
      if (ok) store.setInt(n, signed ? BigInt.asIntN(bits, v) : BigInt.asUintN(bits, v));
    }
    if (!ok) { stop = pos >= end ? -1 : -2; break; }
    pos = next;
    n++;
    store.reserve(n + 1);
    const q = skipSep(s, pos, sep);
    if (q < 0) { stop = num === i + 1 ? -1 : q; break; }
    pos = q;
  }
  if (stop === -2) throw new ValueError("string or file could not be read to its end due to unmatched data");
  // numwasm: with count beyond the items there, the rest are zeros (NumPy leaves them uninitialised)
  if (num > n) { store.reserve(num); for (let k = n; k < num; k++) store.setInt(k, 0); }
  return store.toArray([num >= 0 ? num : n]);
}
