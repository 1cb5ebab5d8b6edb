// Golden tests for text I/O (test/fixtures/textio.json, made by test/gen/gen_textio.py with NumPy):
// np.loadtxt and np.genfromtxt on the same texts read from a path, from the file's bytes and from
// a list of lines; np.savetxt's exact text; np.fromstring; np.fromregex; then numwasm's own
// choices (fname = null, paths written and read back, .gz, the parsers on long inputs).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from "node:fs";
import { gzipSync, gunzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join } from "node:path";
import np from "../dist/esm/index.js";
import { fixture, assertArray, assertThrows, bytesSrc } from "./helpers.mjs";

const F = fixture("textio.json");
const tmp = mkdtempSync(join(tmpdir(), "numwasm-textio-"));
let fileNo = 0;

/** test/gen/gen_textio.py's CONVERTERS in JS. */
const CONVERTERS = {
  x10: (s) => Number(s) * 10,
  empty0: (s) => (s.trim() === "" ? 0 : Number(s.trim())),
  hex: (s) => parseInt(s, 16),
  bad: () => { throw new np.ValueError("bad value"); },
  yesno: (s) => (s === "yes" ? 1 : 0),
  pct: (s) => Number(s.replace(/^%+|%+$/g, "")) / 100,
};
function kwargs(kw) {
  const out = { ...kw };
  const c = out.converters;
  if (typeof c === "string") out.converters = CONVERTERS[c];
  else if (c) out.converters = Object.fromEntries(Object.entries(c).map(([k, v]) => [k, CONVERTERS[v]]));
  if (out.filling_values && typeof out.filling_values === "object" && !Array.isArray(out.filling_values)) out.filling_values = { ...out.filling_values };
  return out;
}

/** Python's AttributeError is np.TypeError in numwasm (README, "Where numwasm differs"). */
const errorOf = (exp) => (exp.error === "AttributeError" ? { ...exp, error: "TypeError" } : exp);

/** A result (ndarray) or error against the fixture record. */
function check(fn, exp, label) {
  if ("structured" in exp) { assertThrows(np, fn, { error: "NotImplementedError" }, `${label} (NumPy: ${exp.structured})`); return; }
  if ("error" in exp) { assertThrows(np, fn, errorOf(exp), label); return; }
  let r;
  try { r = fn(); } catch (e) { assert.unreachable(`${label}: threw ${e?.name}: ${e?.message}`); }
  assertArray(r, exp, label);
}

/** Python's str.splitlines(keepends=True) (gen_textio.py's lines). */
const splitlines = (t) => t.match(/[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]*(\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]|$)/g).filter((l) => l !== "");

function latin1(s) { return Uint8Array.from(s, (c) => c.charCodeAt(0)); }

for (const fn of ["loadtxt", "genfromtxt"]) {
  test(`np.${fn}: NumPy's results from a path, the file's bytes and a list of lines`, () => {
    for (const c of F[fn]) {
      const label = `${fn}(${JSON.stringify(c.text)}, ${JSON.stringify(c.kw)})`;
      const kw = kwargs(c.kw);
      let bytes = c.bytes_encoding === "latin1" ? latin1(c.text) : new TextEncoder().encode(c.text);
      if (c.gz) bytes = gzipSync(bytes);
      const path = join(tmp, `case${fileNo++}.txt${c.gz ? ".gz" : ""}`);
      writeFileSync(path, bytes);
      check(() => np[fn](path, kw), c.file, `${label} path`);
      if (c.gz) continue;
      check(() => np[fn](bytes, kw), c.file, `${label} bytes`);
      check(() => np[fn](splitlines(c.text), kw), c.lines, `${label} lines`);
    }
  });
}

test("np.loadtxt / np.genfromtxt: a missing file", () => {
  for (const c of F.errors) assertThrows(np, () => np[c.fn](c.path), c, `${c.fn} ${c.path}`);
});

test("np.savetxt: NumPy's text for fmt / delimiter / newline / header / footer / comments", () => {
  for (const c of F.savetxt) {
    const a = bytesSrc(np, { ...c.src, ops: [] });
    const label = `savetxt(${c.src.dtype}${JSON.stringify(c.src.shape)}, ${JSON.stringify(c.kw)})`;
    if ("error" in c) { assertThrows(np, () => np.savetxt(null, a, c.kw), errorOf(c), label); continue; }
    assert.is(np.savetxt(null, a, c.kw), c.text, label);
  }
});

test("np.savetxt to a path, and to a .gz path; np.loadtxt reads them back", () => {
  const c = F.savetxt.find((x) => x.src.dtype === "float64" && Object.keys(x.kw).length === 0);
  const a = bytesSrc(np, { ...c.src, ops: [] });
  const path = join(tmp, "out.txt"), gz = join(tmp, "out.txt.gz");
  assert.is(np.savetxt(path, a), undefined);
  assert.is(readFileSync(path, "utf8"), c.text);
  np.savetxt(gz, a);
  assert.is(gunzipSync(readFileSync(gz)).toString("utf8"), c.text);
  assert.ok(np.array_equal(np.loadtxt(gz), a, { equal_nan: true }));
  np.savetxt(path, np.array([[1, 2]]), { fmt: "%d", header: "\u00e9", encoding: "latin1" });
  assert.equal([...readFileSync(path)], [...latin1("# \u00e9\n1 2\n")]);
});

test("np.fromstring: NumPy's results in text mode; binary mode raises", () => {
  for (const c of F.fromstring) {
    const label = `fromstring(${JSON.stringify(c.string)}, ${JSON.stringify(c.kw)})`;
    if (c.prefix === undefined) { check(() => np.fromstring(c.string, c.kw), c.result, label); continue; }
    // NumPy leaves the items past the text uninitialised; numwasm zeroes them
    const r = np.fromstring(c.string, c.kw);
    assert.equal(r.shape, c.result.shape, label);
    assert.is(String(r.dtype), c.result.dtype, label);
    assert.equal(r.tolist().slice(0, c.prefix), c.result.data.slice(0, c.prefix), label);
    assert.ok(r.tolist().slice(c.prefix).every((x) => x === 0), label);
  }
});

test("np.fromregex: NumPy's fields side by side (string patterns and JS RegExps)", () => {
  for (const c of F.fromregex) {
    const label = `fromregex(${JSON.stringify(c.text)}, ${c.regexp}, ${JSON.stringify(c.dtype)})`;
    if (c.result === null) { // a structured dtype: numwasm has none
      assert.throws(() => np.fromregex(splitlines(c.text), c.regexp, c.dtype), (e) => e instanceof np.TypeError, label);
      continue;
    }
    check(() => np.fromregex(new TextEncoder().encode(c.text), c.regexp, c.dtype), c.result, label);
    if (!c.regexp.includes("(?")) check(() => np.fromregex(splitlines(c.text), new RegExp(c.regexp), c.dtype), c.result, `${label} RegExp`);
  }
});

test("np.loadtxt: long inputs parse exactly (every float64 of savetxt's %.18e, %s and %.17g text)", () => {
  const x = np.multiply(np.sin(np.arange(20000)), 1e5).reshape(4000, 5);
  const exps = np.power(10, np.subtract(np.remainder(np.arange(20000), 600), 300).astype("float64")).reshape(4000, 5);
  for (const a of [x, np.multiply(x, exps)]) {
    for (const fmt of ["%.18e", "%s", "%.17g"]) {
      const text = np.savetxt(null, a, { fmt });
      const y = np.loadtxt(new TextEncoder().encode(text));
      assert.ok(np.array_equal(y, a), fmt);
    }
  }
  const ints = np.subtract(np.multiply(np.arange(5000), 1844674407370955), 4611686018427387904); // beyond 2^53: exact via bigints
  assert.ok(np.array_equal(np.loadtxt(np.savetxt(null, ints, { fmt: "%d" }).split("\n").slice(0, -1), { dtype: "int64" }), ints));
});

test("file arguments: anything else is refused with NumPy's message", () => {
  assert.throws(() => np.loadtxt(5), (e) => e instanceof np.ValueError && e.message.startsWith("fname must be a string"));
  assert.throws(() => np.savetxt(5, np.array([1])), (e) => e instanceof np.ValueError);
});

test.after(() => rmSync(tmp, { recursive: true, force: true }));

test.run();
