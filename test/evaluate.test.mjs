// Golden tests for np.evaluate: replays test/fixtures/evaluate.json, made by
// test/gen/gen_evaluate.py (its docstring describes the case format): NumPy evaluating the same
// expressions with its operators and ufuncs, over every dtype, weak literals and Python scalars,
// broadcasting, strided / transposed / reversed / broadcast views, inputs larger than a block,
// sum / prod with and without an axis, out= / dtype= / order= / casting=, and the errors.
//
// Comparison: dtype and shape exactly; ints and bools exactly; floats bit for bit (-0 differs from
// +0) unless the case allows `ulp` units in the last place of the result dtype (transcendental
// functions and float powers: 4, sums 2 more). NaN matches any NaN. Large results are compared at
// the sampled positions the fixture lists. One uvu test per fixture section; a test's message
// lists the cases that failed.
import { test } from "uvu";
import * as assert from "uvu/assert";
import np from "../dist/esm/index.js";
import { fixture, ulpDistance } from "./helpers.mjs";
import { fusedStats } from "../dist/esm/evaluate/fuse.js";

const fx = fixture("evaluate.json");
const FLOAT = new Set(["float32", "float64"]);
const BIG = new Set(["int64", "uint64"]);
const SPECIAL = { nan: NaN, inf: Infinity, "-inf": -Infinity, "-0.0": -0 };

// ------------------------------------------------------------------ building arguments
function inVal(v, dt) {
  if (typeof v === "string") return v in SPECIAL ? SPECIAL[v] : BigInt(v);
  if (dt === "bool") return v === true || v === 1;
  return v;
}

function makeArray(e) {
  const data = e.data.map((v) => inVal(v, e.dtype));
  if (e.shape.length === 0) return np.array(data[0], e.dtype);
  return np.array(data, e.dtype).reshape(e.shape);
}

function gen(g) {
  const i = np.remainder(np.multiply(np.arange(g.n), g.mul), g.mod);
  let a = FLOAT.has(g.dtype) ? np.subtract(np.divide(i, g.mod), g.off) : np.subtract(i, g.off);
  a = a.astype(g.dtype);
  return g.shape ? a.reshape(g.shape) : a;
}

function applyView(a, [op, ...args]) {
  switch (op) {
    case "T": return a.T;
    case "get": return a.get(args[0]);
    case "broadcast_to": return np.broadcast_to(a, args[0]);
    case "reshape": return a.reshape(args[0]);
  }
  throw new Error(`unknown view op ${op}`);
}

function build(spec, env) {
  if ("n" in spec) return typeof spec.n === "string" ? SPECIAL[spec.n] : spec.n;
  if ("b" in spec) return spec.b;
  if ("list" in spec) return spec.list;
  let a;
  if ("ref" in spec) a = makeArray(fx.inputs[spec.ref]);
  else if ("gen" in spec) a = gen(spec.gen);
  else if ("zeros" in spec) a = np.zeros(spec.zeros, spec.dtype);
  else a = env[spec.v];
  for (const op of spec.view ?? []) a = applyView(a, op);
  return a;
}

// ------------------------------------------------------------------ comparing

function expVal(v, dt) {
  if (dt === "bool") return v === 1 || v === true;
  if (FLOAT.has(dt)) return typeof v === "string" ? SPECIAL[v] : dt === "float32" ? Math.fround(v) : v;
  if (BIG.has(dt)) return BigInt(v);
  return v;
}
const show = (x) => (typeof x === "bigint" ? `${x}n` : Object.is(x, -0) ? "-0" : String(x));

function cmpElem(actual, v, dt, ulp) {
  const e = expVal(v, dt);
  if (dt === "bool") return actual === e ? null : `${show(actual)} != ${e}`;
  // 64-bit ints: exact in arrays; a JS number (a full reduction) is the nearest double (API.md)
  if (BIG.has(dt)) return (typeof actual === "number" ? actual === Number(e) : BigInt(actual) === e) ? null : `${show(actual)} != ${show(e)}`;
  if (!FLOAT.has(dt)) return actual === e ? null : `${show(actual)} != ${show(e)}`;
  if (Number.isNaN(e)) return Number.isNaN(actual) ? null : `${show(actual)} != nan`;
  if (Object.is(actual, e)) return null;
  if (ulp && Number.isFinite(e) && Number.isFinite(actual) && ulpDistance(actual, e, dt) <= BigInt(ulp)) return null;
  return `${show(actual)} != ${show(e)}${ulp ? ` (${ulpDistance(actual, e, dt)} ulp)` : ""}`;
}

/** Flat C-order elements of an array (exact for 64-bit ints). */
function flat(a) {
  if (a.size === 0) return [];
  if (BIG.has(String(a.dtype))) return Array.from(a.flatten().toTypedArray());
  return [a.tolist()].flat(Infinity);
}

function check(c, r) {
  const exp = c.exp;
  const ulp = c.ulp ?? 0;
  if (exp.sc !== undefined) {
    if (r instanceof np.ndarray) return `expected a scalar, got an array of shape (${r.shape})`;
    const dt = exp.dtype;
    return cmpElem(r, exp.sc, dt, ulp);
  }
  const e = exp.arr ?? exp.sample;
  if (!(r instanceof np.ndarray)) return `expected an array, got ${show(r)}`;
  if (String(r.dtype) !== e.dtype) return `dtype ${r.dtype} != ${e.dtype}`;
  if (r.shape.join(",") !== e.shape.join(",")) return `shape (${r.shape}) != (${e.shape})`;
  const got = flat(r);
  const idx = exp.sample ? e.idx : null;
  for (let j = 0; j < e.data.length; j++) {
    const k = idx ? idx[j] : j;
    const m = cmpElem(got[k], e.data[j], e.dtype, ulp);
    if (m) return `element ${k}: ${m}`;
  }
  if (c.flags) {
    if (r.flags.c_contiguous !== c.flags.c || r.flags.f_contiguous !== c.flags.f) {
      return `flags c=${r.flags.c_contiguous} f=${r.flags.f_contiguous}, NumPy c=${c.flags.c} f=${c.flags.f}`;
    }
  }
  return null;
}

function runCase(c) {
  const env = {};
  for (const [k, v] of Object.entries(c.vars)) env[k] = build(v, env);
  const opts = {};
  for (const [k, v] of Object.entries(c.opts ?? {})) opts[k] = k === "out" ? build(v, env) : v;
  let r;
  try {
    r = np.evaluate(c.expr, env, opts);
  } catch (e) {
    if (!c.exp.error) return `threw ${e?.name}: ${e?.message}`;
    if (!(e instanceof np[c.exp.error])) return `expected ${c.exp.error}, got ${e?.name}: ${e?.message}`;
    if (e.message !== c.exp.message) return `message ${JSON.stringify(e.message)} != ${JSON.stringify(c.exp.message)}`;
    return null;
  }
  if (c.exp.error) return `expected ${c.exp.error}: ${c.exp.message}; got ${r instanceof np.ndarray ? r.repr() : show(r)}`;
  if (c.same && r !== opts.out) return "the result is not the out array";
  return check(c, r);
}

// ------------------------------------------------------------------ tests
const sections = new Map();
for (const c of fx.cases) {
  if (!sections.has(c.sec)) sections.set(c.sec, []);
  sections.get(c.sec).push(c);
}
let passed = 0, failed = 0;
for (const [name, cases] of sections) {
  test(`evaluate: ${name} (${cases.length} cases)`, () => {
    const fails = [];
    for (const c of cases) {
      let m;
      try { m = np.scope(() => runCase(c)); } catch (e) { m = `crashed: ${e?.stack ?? e}`; }
      if (m) { fails.push(`${c.expr} ${JSON.stringify(Object.fromEntries(Object.entries(c.vars).map(([k, v]) => [k, v.ref ? `${fx.inputs[v.ref].dtype}${JSON.stringify(fx.inputs[v.ref].shape)}${v.view ? JSON.stringify(v.view) : ""}` : v.gen ? `gen ${v.gen.dtype}${JSON.stringify(v.gen.shape ?? [v.gen.n])}${v.view ? JSON.stringify(v.view) : ""}` : v])))}${c.opts ? " " + JSON.stringify(c.opts) : ""}: ${m}`); failed++; }
      else passed++;
    }
    if (fails.length) assert.unreachable(`${fails.length} of ${cases.length} failed:\n  ${fails.slice(0, 60).join("\n  ")}`);
  });
}

// ------------------------------------------------------------------ behaviour beyond the fixtures
test("evaluate: programs are cached per expression and variable kinds", () => {
  const a = np.array([1.5, 2.5]), b = np.array([1, 2], "int32");
  const r1 = np.evaluate("a * b + 1", { a, b });
  const r2 = np.evaluate("a * b + 1", { a: np.array([2.5, 3.5]), b });
  assert.equal(r1.tolist(), [2.5, 6]);
  assert.equal(r2.tolist(), [3.5, 8]);
  // the same expression with other dtypes compiles anew
  assert.is(String(np.evaluate("a * b + 1", { a: np.array([1, 2], "int8"), b: np.array([1, 2], "int8") }).dtype), "int8");
  // Python scalars given as variables: the value is per call
  assert.equal(np.evaluate("a * x", { a, x: 2 }).tolist(), [3, 5]);
  assert.equal(np.evaluate("a * x", { a, x: 3 }).tolist(), [4.5, 7.5]);
  // x ** y on Python ints changes kind with the sign of y
  assert.is(np.evaluate("x ** y", { x: 2, y: 3 }), 8);
  assert.is(np.evaluate("x ** y", { x: 2, y: -1 }), 0.5);
});

test("evaluate: no full-size temporaries", () => {
  const n = 1 << 20;
  const a = np.ones(n), b = np.full(n, 2.5);
  np.evaluate("2*a + 3*b*b", { a, b }).dispose();
  const before = np.memoryStats().liveBytes;
  let peak = 0;
  const r = np.evaluate("sin(a) * b + a * a - b / (a + 1)", { a, b });
  peak = np.memoryStats().liveBytes - before;
  // the result itself plus the VM's frame (a few blocks), nothing near another n * 8 bytes
  assert.ok(peak < n * 8 + (1 << 20), `live bytes grew by ${peak}`);
  r.dispose();
  assert.is(np.evaluate("sum(a * b)", { a, b }), n * 2.5);
  a.dispose(); b.dispose();
});

test("evaluate: a failed call leaves out as it was", () => {
  const a = np.array([2, 3, 4], "int32"), e = np.array([1, -1, 2], "int32");
  const out = np.zeros(3, "int32");
  assert.throws(() => np.evaluate("a ** e", { a, e }, { out }), (err) => err instanceof np.ValueError);
  assert.equal(out.tolist(), [0, 0, 0]);
});

test("evaluate: variables are checked", () => {
  assert.throws(() => np.evaluate("a + 1", { a: "x" }), (e) => e instanceof np.TypeError && /variable 'a'/.test(e.message));
  assert.throws(() => np.evaluate(5), (e) => e instanceof np.TypeError);
  assert.equal(np.evaluate("a + 1", { a: new Float32Array([1, 2]) }).tolist(), [2, 3]);
});

test("evaluate: fused loops give the VM's results bit for bit", () => {
  // Float programs of add / subtract / multiply / divide, maximum / minimum / fmax / fmin and exact unary functions over inputs
  // read in place run as one generated wasm loop (src/evaluate/fuse.ts); the same program over
  // strided copies of the inputs runs on the VM. Every length up to 40 (each vector tail), NaN,
  // inf, -0, subnormals, Python scalars, size-1 arrays, both float types, new results and out=.
  const specials = [NaN, Infinity, -Infinity, 0, -0, 1e308, -1e-310, 2.5, -3.5, 0.5, 1.5];
  const exprs = ["a+b", "a-b*c", "a/b", "-a*b + c", "sqrt(a) + abs(b)", "floor(a)+ceil(b)+trunc(c)+rint(a)", "a*a/c - 1/b",
    "square(a)+reciprocal(b)+fabs(c)", "x*a + y", "2.5*a - b/3", "a*u + b", "u*u+a", "+a",
    "maximum(a, b) - minimum(b, c)", "fmax(a, c) * fmin(c, b)", "maximum(a, -0.0) + minimum(0.0, b)", "fmax(b, a) / fmin(b, a)"];
  const bits = (r) => Buffer.from(new Uint8Array(r.data.buffer, r.data.byteOffset, r.nbytes));
  const fails = [];
  let cases = 0, fusable = 0;
  const runs0 = fusedStats.runs;
  for (const dt of ["float64", "float32"]) {
    for (let n = 0; n <= 40; n++) {
      np.scope(() => {
        const mk = (k) => np.array(Array.from({ length: n }, (_, i) => ((i * 7 + n + k) % 3 === 0 ? specials[(i * 13 + n + k) % specials.length] : Math.sin(i * 1.7 + n + k) * 10)), dt);
        const vars = { a: mk(0), b: mk(1), c: mk(2), u: np.array([1.25], dt), x: 1.5, y: -2 };
        const strided = Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, typeof v === "number" || v.size === 1 ? v : np.repeat(v, 2).get("::2")]));
        for (const e of exprs) {
          const want = np.evaluate(e, strided);
          const got = np.evaluate(e, vars);
          const out = np.empty(n, dt);
          np.evaluate(e, vars, { out });
          cases++;
          // not fused: nothing to compute (n = 0), no per-element work (n = 1: every input is one
          // value), no instruction at all (+a is a itself)
          if (n > 1 && e !== "+a") fusable++;
          if (String(got.dtype) !== dt || !bits(got).equals(bits(want)) || !bits(out).equals(bits(want))) fails.push(`${dt} n=${n} ${e}: ${got} / out ${out} != ${want}`);
        }
      });
    }
  }
  // every other call above ran fused, the new result and the out= one
  assert.is(fusedStats.runs - runs0, 2 * fusable);
  if (fails.length) assert.unreachable(`${fails.length} of ${cases} differ:\n  ${fails.slice(0, 20).join("\n  ")}`);
});

test.after(() => console.log(`  evaluate fixture cases: ${passed} passed, ${failed} failed`));
test.run();
