// np.fromregex for plain dtypes. NumPy's needs a structured dtype (one field per group), which
// numwasm lacks, so a plain dtype gives what NumPy's fields would hold side by side: the matches'
// groups as the rows of an (n, groups) array, or a 1-d array for one group (or none: the whole
// match). Strings convert as np.array(strings, dtype) converts them (Python's float() / int()).
import { OverflowError, TypeError as NpTypeError } from "../../core/errors.js";
import { params } from "../../core/args.js";
import { ndarray } from "../../ndarray/ndarray.js";
import { type DTypeLike } from "../../dtype/dtype.js";
import { strRepr } from "../pyliteral.js";
import { structuredCheck, openText } from "./loadtxt.js";
import { ValueStore } from "./store.js";
import { pyFloat, pyInt } from "./numbers.js";

/** A Python `re` pattern as a global JS RegExp: (?P<n>…) and (?P=n) named groups, \A and \Z,
 *  and leading inline flags (?aiLmsux) become JS's. */
export function pyRegExp(rx: string | RegExp): RegExp {
  if (rx instanceof RegExp) return new RegExp(rx.source, rx.flags.includes("g") ? rx.flags : rx.flags + "g");
  let flags = "g";
  let src = rx.replace(/^\(\?([aiLmsux]+)\)/, (_, f: string) => { for (const c of f) if ("ims".includes(c)) flags += c; return ""; });
  src = src.replace(/\(\?P<(\w+)>/g, "(?<$1>").replace(/\(\?P=(\w+)\)/g, "\\k<$1>").replace(/\\A/g, "^").replace(/\\Z/g, "$(?![\\s\\S])");
  return new RegExp(src, flags);
}

/** np.array(str, dtype)'s conversion of one string into item k (Python's errors). */
function convert(store: ValueStore, s: string, k: number): void {
  const d = store.dtype;
  if (d.kind === "b") store.setInt(k, s.length ? 1 : 0);
  else if (d.kind === "f") store.pack(pyFloat(s), k);
  else {
    const v = pyInt(s);
    if (!store.pack(v, k)) throw new OverflowError(`Python integer ${v} out of bounds for ${d.name}`);
  }
}

/**
 * np.fromregex(file, regexp, dtype, encoding=None): every match of `regexp` (a JS RegExp, or a
 * Python pattern string) in the file's text, its groups converted to `dtype`: shape (n, groups),
 * or (n,) for one group. `file` is a path (Node), the file's bytes, or a list of lines.
 */
export function fromregex(file: unknown, regexp: string | RegExp, ...rest: unknown[]): ndarray {
  const p = params<{ dtype?: DTypeLike; encoding?: string | null }>(rest, ["dtype", "encoding"]);
  if (p.dtype === undefined) throw new NpTypeError("fromregex() missing 1 required positional argument: 'dtype'");
  const src = openText(file, p.encoding);
  const dtype = structuredCheck(p.dtype);
  const text = src.text ?? src.lines.join("");
  const re = pyRegExp(regexp);
  const store = new ValueStore(dtype);
  let groups = -1, n = 0;
  for (const m of text.matchAll(re)) {
    if (groups < 0) groups = m.length - 1;
    const g = Math.max(groups, 1);
    store.reserve(n + g);
    for (let i = 0; i < g; i++) convert(store, groups === 0 ? m[0] : m[i + 1] ?? "", n++);
  }
  if (groups < 0) groups = new RegExp(re.source + "|").exec("")!.length - 1;
  return store.toArray(groups > 1 ? [n / groups, groups] : [n]);
}
