// The Python literals of a .npy header (ast.literal_eval's subset that headers use: dicts,
// tuples, lists, strings, ints, True / False / None), parsed into JS values, and their repr()
// for NumPy's error messages.
import { pyFloatRepr } from "../dtype/info.js";

/** A Python tuple (JS arrays stand for lists). */
export class PyTuple {
  constructor(readonly items: PyValue[]) {}
}
/** A Python float (JS numbers are not used: 6.0 must stay a float). */
export class PyFloat {
  constructor(readonly v: number) {}
}
export type PyValue = string | bigint | boolean | null | PyFloat | PyTuple | PyValue[] | Map<PyValue, PyValue>;

/** Parse one literal; null when the text is not one (Python's SyntaxError). A Python 2 `L`
 *  after an integer is accepted (NumPy's _filter_header). */
export function parseLiteral(text: string): { value: PyValue } | null {
  let p = 0;
  const ws = () => { while (p < text.length && " \t\n\r\f\v".includes(text[p])) p++; };
  const fail = (): never => { throw SYNTAX; };
  const expect = (c: string) => { ws(); if (text[p] !== c) fail(); p++; };

  function str(): string {
    const q = text[p++];
    let out = "";
    while (p < text.length && text[p] !== q) {
      let c = text[p++];
      if (c === "\n") fail();
      if (c === "\\") {
        const e = text[p++];
        const esc: Record<string, string> = { n: "\n", t: "\t", r: "\r", "\\": "\\", "'": "'", '"': '"', "0": "\0", "\n": "" };
        if (e === "x") { c = String.fromCharCode(parseInt(text.slice(p, p + 2), 16)); p += 2; }
        else if (e in esc) c = esc[e];
        else c = "\\" + e;
      }
      out += c;
    }
    if (p >= text.length) fail();
    p++;
    return out;
  }

  /** Items up to `close`; returns them and whether a comma followed the last one. */
  function seq(close: string, item: () => void): boolean {
    let comma = false;
    for (;;) {
      ws();
      if (text[p] === close) { p++; return comma; }
      item();
      ws();
      comma = text[p] === ",";
      if (comma) p++;
      else { expect(close); return false; }
    }
  }

  function value(): PyValue {
    ws();
    const c = text[p];
    if (c === "'" || c === '"') {
      let s = str();
      for (ws(); text[p] === "'" || text[p] === '"'; ws()) s += str(); // adjacent literals concatenate
      return s;
    }
    if (c === "(") {
      p++;
      const items: PyValue[] = [];
      const comma = seq(")", () => items.push(value()));
      return items.length === 1 && !comma ? items[0] : new PyTuple(items);
    }
    if (c === "[") {
      p++;
      const items: PyValue[] = [];
      seq("]", () => items.push(value()));
      return items;
    }
    if (c === "{") {
      p++;
      const m = new Map<PyValue, PyValue>();
      seq("}", () => { const k = value(); expect(":"); m.set(k, value()); });
      return m;
    }
    NUM.lastIndex = NAME.lastIndex = p;
    const num = NUM.exec(text);
    if (num) {
      p += num[0].length;
      const w = num[0].replace(/[\s_]/g, "");
      if (/[.eE]/.test(w)) return w.endsWith("L") ? fail() : new PyFloat(Number(w));
      if (/^[+-]?0\d/.test(w) && /[1-9]/.test(w)) fail(); // Python refuses leading zeros
      return BigInt(w.replace("L", ""));
    }
    const name = NAME.exec(text);
    if (name) {
      p += name[0].length;
      if (name[0] === "True") return true;
      if (name[0] === "False") return false;
      if (name[0] === "None") return null;
    }
    return fail();
  }

  try {
    const v = value();
    ws();
    return p === text.length ? { value: v } : null;
  } catch (e) {
    if (e === SYNTAX) return null;
    throw e;
  }
}
const SYNTAX = new Error("syntax");
// sticky: they match at lastIndex only
const NUM = /[+-]?\s*(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?L?/y;
const NAME = /[A-Za-z_]\w*/y;

/** Python's repr() of a parsed value (and of a JS string). */
export function pyValueRepr(v: PyValue): string {
  if (typeof v === "string") return strRepr(v);
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "boolean") return v ? "True" : "False";
  if (v === null) return "None";
  if (v instanceof PyFloat) return pyFloatRepr(v.v);
  if (v instanceof PyTuple) return v.items.length === 1 ? `(${pyValueRepr(v.items[0])},)` : `(${v.items.map(pyValueRepr).join(", ")})`;
  if (Array.isArray(v)) return `[${v.map(pyValueRepr).join(", ")}]`;
  return `{${[...v].map(([k, x]) => `${pyValueRepr(k)}: ${pyValueRepr(x)}`).join(", ")}}`;
}

/** Python's repr() of a str: single quotes unless only double quotes avoid escaping. */
export function strRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\r") out += "\\r";
    else if (c < 0x20 || (c >= 0x7f && c <= 0xa0) || c === 0xad) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += ch;
  }
  return out + q;
}
