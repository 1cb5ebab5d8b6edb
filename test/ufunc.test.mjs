// Golden tests for every real-valued ufunc (and np.fix / np.round / np.around / np.clip): replays
// test/fixtures/ufunc.json, made by test/gen/gen_ufunc.py with NumPy (its docstring describes the
// case format). Sections: the loop grid (every ufunc x every input dtype, same-dtype and mixed
// pairs), special values, weak scalars (NEP 50), broadcasting, non-contiguous views, out= / where= /
// dtype= / casting=, in-place methods, integer semantics, np.errstate / np.seterr, ufunc objects
// (.nin/.nout/.identity/.types) and their methods (.reduce/.accumulate/.outer/.at/.reduceat).
//
// One uvu test per ufunc for the loop grid, special values and integer semantics; one per section
// for the rest. Every sub-case runs; a test's message lists the ones that failed.
//
// Comparison: dtype and shape exactly; ints and bools exactly (int64/uint64 through BigInt);
// floats bit for bit (-0 differs from +0) unless the case allows `ulp` units in the last place of
// its output dtype (transcendental functions: 4). NaN matches any NaN. For maximum/minimum/fmax/
// fmin ("zsign": false) the sign of a zero result is not checked: NumPy itself returns either zero.
import { test } from "uvu";
import * as assert from "uvu/assert";
import np from "../dist/esm/index.js";
import { fixture, ulpDistance } from "./helpers.mjs";
import { rowKernel } from "../dist/esm/ufunc/rows.js";
import { UFUNC_DEFS } from "../dist/esm/ufunc/defs.js";
import { Resolver } from "../dist/esm/ufunc/resolve.js";
import { BINARY } from "../dist/esm/generated/opcodes.js";

const fx = fixture("ufunc.json");
const S = fx.sections;
const FLOAT = new Set(["float32", "float64"]);
const BIG = new Set(["int64", "uint64"]);
const SPECIAL = { nan: NaN, inf: Infinity, "-inf": -Infinity };

// ------------------------------------------------------------------ building arguments

/** One encoded element of an input array -> the JS value handed to np.array. */
function inVal(v, dt) {
  if (dt === "bool") return v === 1 || v === true;
  if (typeof v === "string") return v in SPECIAL ? SPECIAL[v] : BigInt(v);
  return v;
}

function makeArray(e) {
  const a = np.array(e.data.map((v) => inVal(v, e.dtype)), e.dtype);
  return e.shape.length === 1 && e.shape[0] === e.data.length ? a : a.reshape(e.shape);
}

const decScalar = (v) => (typeof v === "string" ? SPECIAL[v] : v);
const decNested = (x) => (Array.isArray(x) ? x.map(decNested) : decScalar(x));

function applyView(a, [op, ...args]) {
  switch (op) {
    case "T": return a.T;
    case "get": return a.get(...args);
    case "transpose": return a.transpose(args[0]);
    case "reshape": return a.reshape(args[0]);
    case "broadcast_to": return np.broadcast_to(a, args[0]);
  }
  throw new Error(`unknown view op ${op}`);
}

const isSpec = (x) => x !== null && typeof x === "object" && !Array.isArray(x) && ["ref", "a", "v", "n", "list", "tuple"].some((k) => k in x);

function build(spec, env) {
  if (spec === null) return null;
  if ("n" in spec) return decScalar(spec.n);
  if ("list" in spec) return decNested(spec.list);
  if ("tuple" in spec) return decNested(spec.tuple);
  let a;
  if ("ref" in spec) {
    a = makeArray(fx.inputs[spec.ref]);
    if (spec.shape) a = a.reshape(spec.shape);
  } else if ("a" in spec) a = makeArray(spec.a);
  else a = env[spec.v];
  for (const op of spec.view ?? []) a = applyView(a, op);
  return a;
}

const kwval = (v, env) => (isSpec(v) ? build(v, env) : Array.isArray(v) ? v.map((x) => kwval(x, env)) : v);

function resolve(path) {
  let obj = np;
  for (const p of path.split(".")) obj = obj?.[p];
  if (typeof obj !== "function") throw new Error(`np.${path} is not a function`);
  return obj;
}

/** Run a case on numwasm; returns { env, got } or { env, error }. */
function run(c) {
  const env = {};
  for (const [k, s] of Object.entries(c.vars ?? {})) env[k] = build(s, env);
  const call = () => {
    const args = (c.args ?? []).map((s) => build(s, env));
    if (c.kw) args.push(Object.fromEntries(Object.entries(c.kw).map(([k, v]) => [k, kwval(v, env)])));
    if (c.m) {
      const self = build(c.self, env);
      if (typeof self?.[c.m] !== "function") throw new Error(`ndarray.${c.m} is not a function`);
      return self[c.m](...args);
    }
    return resolve(c.f)(...args);
  };
  try {
    if (c.errstate) {
      if (typeof np.errstate !== "function") throw new Error("np.errstate is not a function");
      return { env, got: np.errstate(c.errstate, call) };
    }
    return { env, got: call() };
  } catch (error) {
    return { env, error };
  }
}

// ------------------------------------------------------------------ comparing


/** Expected value of one encoded element of dtype dt. */
function expVal(v, dt) {
  if (dt === "bool") return v === 1 || v === true;
  if (FLOAT.has(dt)) return typeof v === "string" ? SPECIAL[v] : dt === "float32" ? Math.fround(v) : v;
  if (BIG.has(dt)) return BigInt(v);
  return v;
}

const show = (x) => (typeof x === "bigint" ? `${x}n` : Object.is(x, -0) ? "-0" : String(x));

/** null if actual matches the encoded expected element, else a description. */
function cmpElem(actual, v, dt, c, i) {
  const e = expVal(v, dt);
  if (dt === "bool") return actual === e ? null : `${show(actual)} != ${e}`;
  if (BIG.has(dt)) {
    let ok;
    try { ok = BigInt(actual) === e; } catch { ok = false; }
    return ok ? null : `${show(actual)} != ${e}`;
  }
  if (!FLOAT.has(dt)) return actual === e ? null : `${show(actual)} != ${e}`;
  if (typeof actual !== "number") return `${show(actual)} (${typeof actual}) != ${show(e)}`;
  if (Number.isNaN(e)) return Number.isNaN(actual) ? null : `${show(actual)} != nan`;
  if (Number.isNaN(actual)) return `nan != ${show(e)}`;
  if (actual === 0 && e === 0) return c.zsign === false || Object.is(actual, e) ? null : `${show(actual)} != ${show(e)}`;
  if (i !== undefined && c.atol_el && Math.abs(actual - e) <= c.atol_el[i]) return null; // gen_ufunc.py: logaddexp
  if (!c.ulp) return actual === e ? null : `${show(actual)} != ${show(e)}`;
  const d = ulpDistance(actual, e, dt);
  return d <= BigInt(c.ulp) ? null : `${show(actual)} != ${show(e)} (${d} ulp > ${c.ulp})`;
}

const isArray = (x) => x !== null && typeof x === "object" && "dtype" in x && "shape" in x && typeof x.tolist === "function";

function flatValues(a, dt) {
  if (a.size === 0) return [];
  if (BIG.has(dt) && typeof a.toTypedArray === "function") return Array.from(a.toTypedArray());
  return [a.tolist()].flat(Infinity);
}

/** null if ndarray a matches the encoded array e, else a description. */
function cmpArray(a, e, c) {
  if (!isArray(a)) return `expected an ndarray, got ${describeValue(a)}`;
  if (String(a.dtype) !== e.dtype) return `dtype ${a.dtype}, expected ${e.dtype}`;
  if (JSON.stringify(a.shape) !== JSON.stringify(e.shape)) return `shape [${a.shape}], expected [${e.shape}]`;
  const vals = flatValues(a, e.dtype);
  if (vals.length !== e.data.length) return `${vals.length} elements, expected ${e.data.length}`;
  const bad = [];
  for (let i = 0; i < vals.length; i++) {
    const m = cmpElem(vals[i], e.data[i], e.dtype, c, i);
    if (m) bad.push(`[${i}] ${m}`);
  }
  return bad.length ? `${bad.length} of ${vals.length} elements differ: ${bad.slice(0, 6).join(", ")}${bad.length > 6 ? ", …" : ""}` : null;
}

function describeValue(x) {
  if (isArray(x)) return `ndarray(${x.dtype}, [${x.shape}])`;
  if (Array.isArray(x)) return `[${x.map(describeValue).join(", ")}]`;
  return `${typeof x} ${show(x)}`;
}

/** null if numwasm's result matches the expected result, else a description. */
function cmpResult(got, exp, c) {
  if (exp.none) return got === undefined || got === null ? null : `expected no result, got ${describeValue(got)}`;
  if (exp.tuple) {
    if (!Array.isArray(got) || got.length !== exp.tuple.length) return `expected a ${exp.tuple.length}-element array, got ${describeValue(got)}`;
    for (let i = 0; i < got.length; i++) {
      const m = cmpResult(got[i], exp.tuple[i], c);
      if (m) return `[${i}]: ${m}`;
    }
    return null;
  }
  if ("sc" in exp) {
    // NumPy returned a NumPy scalar: numwasm returns a JS boolean (bool) or number (API.md)
    const want = exp.dtype === "bool" ? "boolean" : "number";
    if (typeof got !== want) return `expected a JS ${want} (NumPy ${exp.dtype} scalar ${exp.sc}), got ${describeValue(got)}`;
    if (BIG.has(exp.dtype)) return got === Number(BigInt(exp.sc)) ? null : `${got} != ${exp.sc}`;
    return cmpElem(got, exp.sc, exp.dtype, c);
  }
  return cmpArray(got, exp.arr, c);
}

/** numwasm has no float16: where NumPy's message names float16, numwasm's names float32, the
 *  type numwasm resolves to instead (the same documented substitution as `nw_dtype`). */
const nwMessage = (m) => m.replaceAll("dtype('float16')", "dtype('float32')");

/** Check one case; returns a failure description or null. */
function check(c) {
  const { env, got, error } = run(c);
  const exp = c.exp.error ? { ...c.exp, message: nwMessage(c.exp.message) } : c.exp;
  if (exp.error) {
    if (!error) return `returned ${describeValue(got)}; expected ${exp.error}: ${exp.message}`;
    const cls = np[exp.error];
    if (typeof cls !== "function" || !(error instanceof cls)) return `threw ${error?.name}: ${error?.message}; expected ${exp.error}: ${exp.message}`;
    if (error.message !== exp.message) return `message ${JSON.stringify(error.message)}; expected ${JSON.stringify(exp.message)}`;
    // A failed call leaves every argument as it was (API.md; NumPy sometimes writes first).
    for (const [k, s] of Object.entries(c.vars ?? {})) {
      if (s.view || s.shape || !("ref" in s || "a" in s)) continue;
      const m = cmpArray(env[k], encOf(s), { ulp: 0 });
      if (m) return `${k} changed by the failed call: ${m}`;
    }
    return null;
  }
  if (error) return `threw ${error?.name}: ${error?.message}`;
  const m = cmpResult(got, exp, c);
  if (m) return m;
  if (c.same !== undefined) {
    const names = Array.isArray(c.same) ? c.same : [c.same];
    const outs = Array.isArray(c.same) ? got : [got];
    for (let i = 0; i < names.length; i++) if (outs[i] !== env[names[i]]) return `result ${i} is not the out array ${names[i]} itself`;
  }
  for (const [k, e] of Object.entries(c.after ?? {})) {
    const ma = cmpArray(env[k], e, c);
    if (ma) return `${k} after the call: ${ma}`;
  }
  return null;
}

// ------------------------------------------------------------------ variants of loop-grid cases

const mapExp = (exp, f) => exp.tuple ? { ...exp, tuple: exp.tuple.map((x) => mapExp(x, f)) }
  : exp.arr ? { ...exp, arr: f(exp.arr) } : exp;
const rep = (xs, n) => Array.from({ length: n }, () => xs).flat();

const encOf = (spec) => ("ref" in spec ? fx.inputs[spec.ref] : spec.a);

/** The case itself plus copies on other memory layouts: elementwise results do not depend on it. */
function variants(c) {
  const out = [["", c]];
  if (c.var === "unary") {
    const inp = encOf(c.args[0]);
    const n = inp.data.length;
    out.push([" [tiled x5, contiguous]", { ...c, args: [{ a: { ...inp, shape: [5 * n], data: rep(inp.data, 5) } }, ...c.args.slice(1)],
      exp: mapExp(c.exp, (e) => ({ ...e, shape: [5 * n], data: rep(e.data, 5) })) }]);
    out.push([" [reversed view]", { ...c, args: [{ ...c.args[0], view: [["get", "::-1"]] }, ...c.args.slice(1)],
      exp: mapExp(c.exp, (e) => ({ ...e, data: [...e.data].reverse() })) }]);
  } else if (c.var === "outer") {
    const x = encOf(c.args[0]), y = encOf(c.args[1]);
    const n = x.data.length, m = y.data.length;
    out.push([" [flat, contiguous]", { ...c,
      args: [{ a: { ...x, shape: [n * m], data: x.data.flatMap((v) => rep([v], m)) } }, { a: { ...y, shape: [n * m], data: rep(y.data, n) } }],
      exp: mapExp(c.exp, (e) => ({ ...e, shape: [n * m] })) }]);
  }
  return out;
}

// ------------------------------------------------------------------ labels and grouping

function argLabel(s) {
  if (s === null) return "null";
  if ("n" in s) return show(decScalar(s.n));
  if ("list" in s || "tuple" in s) return JSON.stringify(s.list ?? s.tuple);
  const e = "ref" in s ? fx.inputs[s.ref] : "a" in s ? s.a : null;
  let t = e ? (e.shape.length === 0 ? `${e.dtype}(${e.data[0]})` : e.data.length <= 6 ? `${e.dtype}[${e.data.join(",")}]` : `${e.dtype}(${s.ref && !s.ref.startsWith("#") ? s.ref : e.shape})`) : s.v;
  if (s.shape) t += `.reshape(${s.shape})`;
  for (const op of s.view ?? []) t += op[0] === "T" ? ".T" : `.${op[0]}(${op.slice(1).map((x) => JSON.stringify(x)).join(",")})`;
  return t;
}

function label(c) {
  const args = (c.args ?? []).map(argLabel);
  if (c.kw) args.push(JSON.stringify(Object.fromEntries(Object.entries(c.kw).map(([k, v]) => [k, isSpec(v) ? argLabel(v) : Array.isArray(v) ? v.map((x) => (isSpec(x) ? argLabel(x) : x)) : v]))));
  const head = c.m ? `${argLabel(c.self)}.${c.m}` : `np.${c.f}`;
  return `${c.errstate ? `errstate(${JSON.stringify(c.errstate)}) ` : ""}${head}(${args.join(", ")})`;
}

const baseName = (c) => (c.m ? c.m : c.f.split(".")[0]);

/** One uvu test over many cases: every case runs, failures are listed together (a missing
 *  function once, with its count), with a count per function when the group has several. */
function group(name, cases, expand = (c) => [["", c]]) {
  test(`${name} (${cases.length} cases)`, () => {
    const failures = [], missing = new Map(), perFn = new Map();
    let n = 0, nf = 0;
    for (const c of cases) {
      for (const [suffix, v] of expand(c)) {
        n++;
        let msg;
        try { msg = check(v); } catch (e) { msg = `test harness error: ${e?.stack ?? e}`; }
        if (!msg) continue;
        nf++;
        perFn.set(baseName(c), (perFn.get(baseName(c)) ?? 0) + 1);
        const m = /^threw Error: ((?:np|ndarray)\.[\w.]+ is not a function)/.exec(msg);
        if (m) missing.set(m[1], (missing.get(m[1]) ?? 0) + 1);
        else failures.push(`${label(c)}${suffix}: ${msg}`);
      }
    }
    if (!nf) return;
    const lines = [...[...missing].map(([k, v]) => `${k} (${v} checks)`), ...failures.slice(0, 40)];
    if (failures.length > 40) lines.push(`… ${failures.length - 40} more`);
    const by = perFn.size > 1 ? `\n  failures by function: ${[...perFn].map(([k, v]) => `${k} ${v}`).join(", ")}` : "";
    assert.unreachable(`${nf} of ${n} checks failed${by}\n  ${lines.join("\n  ")}`);
  });
}

// ------------------------------------------------------------------ the tests

// 1, 10, 7: the loop grid, special values and integer semantics, one test per ufunc
const perUfunc = new Map();
for (const sec of ["loops", "special", "intsem"]) {
  for (const c of S[sec]) {
    const k = baseName(c);
    if (!perUfunc.has(k)) perUfunc.set(k, []);
    perUfunc.get(k).push(c);
  }
}
for (const [name, cases] of perUfunc) group(`np.${name}`, cases, variants);

// 2-6, 8-9: one test per section (methods split by kind)
group("weak scalars (NEP 50), numbers, 0-d arrays", S.weak);
group("broadcasting", S.broadcast);
group("non-contiguous inputs and outputs", S.strided);
group("out= / where= / dtype= / casting=", S.out);
group("in-place methods a.i<ufunc>(b)", S.inplace);
group("np.errstate", S.errstate);
const kinds = new Map();
for (const c of S.methods) {
  const k = c.m ? "array methods a.<ufunc>(...)" : `ufunc.${c.f.split(".")[1]}`;
  if (!kinds.has(k)) kinds.set(k, []);
  kinds.get(k).push(c);
}
for (const [k, cases] of kinds) group(k, cases);

// 8: np.seterr / np.geterr return and take plain objects
const DEFAULT_ERR = { divide: "warn", over: "warn", under: "ignore", invalid: "warn" };
test("result layout is NumPy's order='K' over all operands (C when they disagree)", () => {
  // expected strides from NumPy 2.4: np.add(P.T, Q).strides etc.
  const P = np.ones([4, 5]), Q = np.ones([5, 4]), a = np.ones([4, 5]).T;
  assert.equal(np.add(P.T, Q).strides, [32, 8]);
  assert.equal(np.add(Q, P.T).strides, [32, 8]);
  assert.equal(np.add(P.T, 1).strides, [8, 40]);
  assert.equal(np.add(a, a).strides, [8, 40]);
  assert.equal(np.add(P.T, Q, { dtype: "float32" }).strides, [16, 4]);
  assert.equal(np.add(np.ones([3, 4, 5]).transpose([2, 0, 1]), np.ones([5, 3, 4])).strides, [96, 32, 8]);
  assert.equal(np.exp(np.ones([3, 4, 5]).transpose([2, 0, 1])).strides, [8, 160, 40]);
});

test("shapes and strides are immutable (results may share them)", () => {
  // the fast path hands the operand's shape to the result and 1-d strides are shared per itemsize
  const a = np.ones(3), b = np.ones(3);
  const c = np.add(a, b);
  for (const t of [c.strides, a.strides]) {
    assert.throws(() => { t[0] = 16; }, (e) => e instanceof TypeError);
  }
  assert.equal(a.strides, [8]);
  assert.equal(np.add(np.ones(3, "float32"), np.ones(3, "float32")).strides, [4]);
  assert.equal(c.shape, [3]);
  assert.equal(np.add(c, 1).tolist(), [3, 3, 3]);
});

test("large contiguous calls: sweeps in alternating directions give the same values", () => {
  // binaryBig (fast.ts) alternates the direction of successive calls; every call must match
  np.config({ threads: 1 });
  try {
    const n = 5 * 4096 + 37; // above PARALLEL_MIN (2^14): the blocked path
    const xs = Float64Array.from({ length: n }, (_, i) => Math.sin(i) * 100), ys = Float64Array.from({ length: n }, (_, i) => i % 17 - 8);
    const a = np.array(xs), b = np.array(ys);
    for (let call = 0; call < 4; call++) {
      const sum = np.add(a, b).toTypedArray(), scaled = np.multiply(a, 2.5).toTypedArray(), lt = np.less(a, b).toTypedArray();
      for (let i = 0; i < n; i++) {
        if (sum[i] !== xs[i] + ys[i] || scaled[i] !== xs[i] * 2.5 || lt[i] !== +(xs[i] < ys[i])) assert.unreachable(`call ${call}, element ${i}`);
      }
    }
    // every lane width, lengths with a head of 0 .. 63 elements before the downward 64-byte steps
    const wrap = { int8: (v) => (v << 24) >> 24, int16: (v) => (v << 16) >> 16, int32: (v) => v | 0, float32: Math.fround };
    for (const [dt, f] of Object.entries(wrap)) {
      for (const m of [n, n + 1, n + 63, 1 << 15]) {
        const p = np.arange(m).astype(dt), q = np.arange(m, 0, -1).astype(dt);
        for (let call = 0; call < 2; call++) {
          const got = np.multiply(p, q).toTypedArray();
          for (let i = 0; i < m; i++) if (got[i] !== f(f(i) * f(m - i))) assert.unreachable(`${dt} n=${m} call ${call}, element ${i}: ${got[i]}`);
        }
      }
    }
    const bools = np.greater(a, 0), other = np.less(b, 0);
    for (let call = 0; call < 2; call++) {
      const got = np.logical_and(bools, other).toTypedArray();
      for (let i = 0; i < n; i++) if (got[i] !== +(xs[i] > 0 && ys[i] < 0)) assert.unreachable(`logical_and call ${call}, element ${i}`);
    }
    const c = np.array(xs); // in place, two calls: one in each direction
    np.add(c, b, { out: c }); np.add(c, b, { out: c });
    const got = c.toTypedArray();
    for (let i = 0; i < n; i++) if (got[i] !== xs[i] + ys[i] + ys[i]) assert.unreachable(`in place, element ${i}`);
  } finally { np.config({ threads: "auto" }); }
});

test("np.seterr / np.geterr", () => {
  const failures = [];
  try {
    for (const [i, s] of fx.seterr.entries()) {
      const lbl = `step ${i}: np.${s.call}(${s.args.map((a) => JSON.stringify(a)).join(", ")})`;
      let got, error;
      try { got = np[s.call](...s.args); } catch (e) { error = e; }
      if (s.exp.error) {
        if (!error) failures.push(`${lbl}: returned ${JSON.stringify(got)}; expected ${s.exp.error}: ${s.exp.message}`);
        else if (!(np[s.exp.error] && error instanceof np[s.exp.error]) || error.message !== s.exp.message) failures.push(`${lbl}: threw ${error?.name}: ${error?.message}; expected ${s.exp.error}: ${s.exp.message}`);
      } else if (error) failures.push(`${lbl}: threw ${error?.name}: ${error?.message}`);
      else {
        try { assert.equal(got, s.exp); } catch { failures.push(`${lbl}: returned ${JSON.stringify(got)}; expected ${JSON.stringify(s.exp)}`); }
      }
    }
  } finally {
    try { np.seterr(DEFAULT_ERR); } catch {}
  }
  if (failures.length) assert.unreachable(failures.join("\n  "));
});

// Python's `with np.errstate(...)` is np.errstate(opts, fn): fn's value comes back, the settings
// apply inside fn only and are restored afterwards, also when fn throws; nesting works.
test("np.errstate(opts, fn) scoping", () => {
  assert.equal(np.geterr(), DEFAULT_ERR);
  assert.is(np.errstate({ all: "raise" }, () => 42), 42);
  assert.equal(np.geterr(), DEFAULT_ERR);
  let inside;
  np.errstate({ divide: "ignore", over: "raise" }, () => { inside = np.geterr(); });
  assert.equal(inside, { divide: "ignore", over: "raise", under: "ignore", invalid: "warn" });
  try {
    np.errstate({ all: "raise" }, () => np.divide(np.array([1.5]), np.zeros(1)));
    assert.unreachable("expected FloatingPointError");
  } catch (e) {
    assert.ok(e instanceof np.FloatingPointError, `${e?.name}: ${e?.message}`);
    assert.is(e.message, "divide by zero encountered in divide");
  }
  assert.equal(np.geterr(), DEFAULT_ERR, "settings restored after a throw");
  const nested = np.errstate({ all: "raise" }, () => np.errstate({ divide: "ignore" }, () => [np.geterr(), np.divide(np.array([1.5]), np.zeros(1)).tolist()]));
  assert.equal(nested[0], { divide: "ignore", over: "raise", under: "raise", invalid: "raise" });
  assert.equal(nested[1], [Infinity]);
  assert.equal(np.geterr(), DEFAULT_ERR);
});

// 9: ufunc objects. NumPy's `types` lists loops numwasm cannot have; the expected list is NumPy's
// with exactly this filter and mapping applied:
const NW_CHARS = new Set("?bBhHiIlLqQfd");
function numwasmTypes(npTypes) {
  const seen = new Set(), out = [];
  for (const t of npTypes) {
    // drop loops over float16 (e), long double (g), complex (F D G), object (O), datetime (M m)
    if (![...t.replace("->", "")].every((ch) => NW_CHARS.has(ch))) continue;
    // NumPy's long long 'q'/'Q' are the same 64-bit types as 'l'/'L' on 64-bit Linux; numwasm
    // spells them 'l'/'L'
    const m = t.replace(/q/g, "l").replace(/Q/g, "L");
    // one entry per loop: the mapping makes 'qq->q' a second 'll->l', and NumPy lists some loops
    // twice itself (sqrt's 'f->f', 'd->d'); keep the first
    if (!seen.has(m)) { seen.add(m); out.push(m); }
  }
  return out;
}
test(`ufunc objects: nin, nout, nargs, identity, ntypes, types (${fx.objects.props.length} ufuncs)`, () => {
  const failures = [];
  for (const p of fx.objects.props) {
    const u = np[p.name];
    if (typeof u !== "function") { failures.push(`np.${p.name} missing`); continue; }
    const types = numwasmTypes(p.np_types);
    const identity = p.identity === null ? null : decScalar(p.identity);
    const checks = [["nin", p.nin], ["nout", p.nout], ["nargs", p.nargs], ["identity", identity], ["ntypes", types.length], ["types", types]];
    for (const [k, want] of checks) {
      try { assert.equal(u[k], want); } catch { failures.push(`np.${p.name}.${k} = ${JSON.stringify(u[k])}, expected ${JSON.stringify(want)}`); }
    }
    for (const m of ["reduce", "accumulate", "outer", "at", "reduceat"]) if (typeof u[m] !== "function") failures.push(`np.${p.name}.${m} is not a function`);
  }
  for (const [a, b, same] of fx.objects.aliases) {
    if (typeof np[a] !== "function" || typeof np[b] !== "function") failures.push(`np.${a} / np.${b} missing`);
    else if ((np[a] === np[b]) !== same) failures.push(`np.${a} ${same ? "should" : "should not"} be np.${b}`);
  }
  if (failures.length) assert.unreachable(`${failures.length} failures:\n  ${failures.slice(0, 60).join("\n  ")}`);
});

test("fast path: every loop taken as is (directOut) has a row kernel, and gives the general path's values", () => {
  // the fast path's small calls go straight to the row kernel
  const names = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float32", "float64"];
  let checked = 0;
  for (const def of UFUNC_DEFS) {
    if (!("binary" in def.kernel)) continue;
    const res = new Resolver(def);
    for (const name of names) {
      const t = np.dtype(name);
      if (res.directOut(t) === null) continue;
      assert.ok(rowKernel(2, BINARY[def.kernel.binary], t.code) !== null, `${def.name} ${name}`);
      const a = np.array([3, 1, 2], name), b = np.array([1, 2, 2], name);
      const fast = np[def.name](a, b), general = np[def.name](a, b, { casting: "same_kind" });
      assert.equal(fast.tolist(), general.tolist(), `${def.name} ${name}`);
      checked++;
    }
  }
  assert.ok(checked > 250, `${checked} loops`);
});

test("fast path: one-element array operands (0-d, (1,), (1,1)) broadcast as strong scalars, as the general path does", () => {
  const cases = [["float64", "float64"], ["int32", "int32"], ["float32", "float64"], ["int64", "float64"], ["bool", "bool"], ["uint8", "int8"]];
  let checked = 0;
  for (const def of UFUNC_DEFS) {
    if (!("binary" in def.kernel) || def.name === "ldexp") continue;
    for (const [ta, tb] of cases) {
      const big = np.array([[3, 1, 2, 0], [5, 4, 7, 6]], ta), rev = big.get("::-1, ::-1");
      for (const one of [np.array(2, tb), np.array([2], tb), np.array([[1]], tb)]) {
        for (const [x, y] of [[big, one], [one, big], [rev, one], [one, rev]]) {
          let fast, general;
          try { general = np[def.name](x, y, { casting: "same_kind" }); } catch (e) { general = e.constructor.name; }
          try { fast = np[def.name](x, y); } catch (e) { fast = e.constructor.name; }
          const show = (r) => (typeof r === "string" ? r : [String(r.dtype), r.shape, r.tolist()]);
          assert.equal(show(fast), show(general), `${def.name}(${x.shape}:${x.dtype}, ${y.shape}:${y.dtype})`);
          if (typeof general !== "string") {
            const out = np.zeros(general.shape, general.dtype);
            assert.is(np[def.name](x, y, { out }), out);
            assert.equal(out.tolist(), general.tolist(), `${def.name} out=`);
          }
          checked++;
        }
      }
    }
  }
  assert.ok(checked > 1000, `${checked} calls`);
  // out= overlapping the one-element operand: NumPy computes as if from a copy ([1.5 2.5 3.5])
  const x = np.array([1.5, 2.5, 3.5]);
  for (const first of [false, true]) {
    const o = np.zeros([3]);
    np.add(...(first ? [o.get("0:1"), x] : [x, o.get("0:1")]), { out: o });
    assert.equal(o.tolist(), [1.5, 2.5, 3.5]);
  }
});

test.run();
