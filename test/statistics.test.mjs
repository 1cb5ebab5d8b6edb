// Golden tests for the statistics functions (median / percentile / quantile and nan* versions,
// average, histogram*, bincount, digitize, correlate, convolve, cov, corrcoef, diff, ediff1d,
// gradient, trapezoid, cross, interp): replays test/fixtures/statistics.json, made by
// test/gen/gen_statistics.py with NumPy (its docstring describes the case format).
//
// One uvu test per case. Comparison: dtype and shape exactly; ints and bools exactly; floats bit for bit (NaN
// equals NaN, -0 differs from +0) unless the case says "zsign": false (zero signs unchecked) or
// gives "tol" (|got - expected| <= tol * max|expected|: NumPy sums those products in BLAS).
// Errors: the class and NumPy's message. Arrays given as variables (out=) are compared after
// the call, and a returned `out` must be that very object.
import { test } from "uvu";
import * as assert from "uvu/assert";
import np from "../dist/esm/index.js";
import { fixture, dec } from "./helpers.mjs";

const fx = fixture("statistics.json");
const FLOAT = new Set(["float32", "float64"]);
const BIG = new Set(["int64", "uint64"]);

// ------------------------------------------------------------------ building arguments
function makeArray(e) {
  const vals = e.data.map(dec);
  const a = np.array(vals, e.dtype);
  return e.shape.length === 1 && e.shape[0] === vals.length ? a : a.reshape(e.shape);
}

function lcg({ n, a, m, scale, dtype }) {
  // ((arange(n) * a % m) / m * scale).astype(dtype): exact IEEE operations, NumPy's values
  const i = np.arange(n);
  const r = np.remainder(np.multiply(i, a), m);
  return np.multiply(np.divide(r, m), scale).astype(dtype);
}

function applyView(a, [op, arg]) {
  switch (op) {
    case "T": return a.T;
    case "get": return a.get(arg);
    case "reshape": return a.reshape(arg);
    case "transpose": return a.transpose(arg);
  }
  throw new Error(`unknown view op ${op}`);
}

const isSpec = (x) => x !== null && typeof x === "object" && !Array.isArray(x) && ["a", "lcg", "v", "n", "list"].some((k) => k in x);

function build(spec, env) {
  if (spec === null || typeof spec === "string" || typeof spec === "boolean") return spec;
  if (Array.isArray(spec)) return spec.map((s) => build(s, env));
  if (!isSpec(spec)) throw new Error(`bad spec ${JSON.stringify(spec)}`);
  if ("n" in spec) return dec(spec.n);
  if ("list" in spec) return spec.list;
  if ("v" in spec) return env[spec.v];
  let a = "a" in spec ? makeArray(spec.a) : lcg(spec.lcg);
  for (const op of spec.view ?? []) a = applyView(a, op);
  return a;
}

function run(c) {
  const env = {};
  for (const [k, s] of Object.entries(c.vars ?? {})) env[k] = build(s, env);
  const args = c.args.map((s) => build(s, env));
  const call = [...args];
  if (c.kw) call.push(Object.fromEntries(Object.entries(c.kw).map(([k, v]) => [k, build(v, env)])));
  try {
    if (typeof np[c.f] !== "function") throw new Error(`np.${c.f} is not a function`);
    return { env, args, got: np[c.f](...call) };
  } catch (error) {
    return { env, args, error };
  }
}

// ------------------------------------------------------------------ comparing
const show = (x) => (typeof x === "bigint" ? `${x}n` : Object.is(x, -0) ? "-0" : String(x));
const isArray = (x) => x !== null && typeof x === "object" && typeof x.tolist === "function" && "dtype" in x;

function flat(a, dt) {
  if (a.size === 0) return [];
  if (BIG.has(dt)) return Array.from(a.toTypedArray());
  return [a.tolist()].flat(Infinity);
}

function cmpElem(got, v, dt, c, scale) {
  const e = dec(v);
  if (dt === "bool") return got === e ? null : `${show(got)} != ${e}`;
  if (BIG.has(dt)) return BigInt(got) === BigInt(e) ? null : `${show(got)} != ${e}`;
  if (!FLOAT.has(dt)) return got === e ? null : `${show(got)} != ${show(e)}`;
  if (typeof got !== "number") return `${show(got)} (${typeof got}) != ${show(e)}`;
  if (Number.isNaN(e)) return Number.isNaN(got) ? null : `${show(got)} != nan`;
  if (Number.isNaN(got)) return `nan != ${show(e)}`;
  if (got === e) {
    if (got === 0 && c.zsign !== false && !c.tol && !Object.is(got, e)) return `${show(got)} != ${show(e)}`;
    return null;
  }
  if (c.tol && Number.isFinite(e) && Math.abs(got - e) <= c.tol * scale) return null;
  return `${show(got)} != ${show(e)}`;
}

function cmpArray(a, e, c) {
  if (!isArray(a)) return `expected an ndarray, got ${describe(a)}`;
  if (String(a.dtype) !== e.dtype) return `dtype ${a.dtype}, expected ${e.dtype}`;
  if (JSON.stringify(a.shape) !== JSON.stringify(e.shape)) return `shape [${a.shape}], expected [${e.shape}]`;
  const vals = flat(a, e.dtype);
  if (vals.length !== e.data.length) return `${vals.length} elements, expected ${e.data.length}`;
  let scale = 0;
  for (const v of e.data) { const x = Math.abs(Number(dec(v))); if (Number.isFinite(x) && x > scale) scale = x; }
  const bad = [];
  for (let i = 0; i < vals.length; i++) {
    const m = cmpElem(vals[i], e.data[i], e.dtype, c, scale);
    if (m) bad.push(`[${i}] ${m}`);
  }
  return bad.length ? `${bad.length} of ${vals.length} differ: ${bad.slice(0, 5).join(", ")}${bad.length > 5 ? ", …" : ""}` : null;
}

function describe(x) {
  if (isArray(x)) return `ndarray(${x.dtype}, [${x.shape}])`;
  if (Array.isArray(x)) return `[${x.map(describe).join(", ")}]`;
  return `${typeof x} ${show(x)}`;
}

function cmpResult(got, exp, c, args) {
  if (exp.tuple) {
    if (!Array.isArray(got) || got.length !== exp.tuple.length) return `expected a ${exp.tuple.length}-tuple, got ${describe(got)}`;
    for (let i = 0; i < got.length; i++) {
      const m = cmpResult(got[i], exp.tuple[i], c, args);
      if (m) return `[${i}]: ${m}`;
    }
    return null;
  }
  if ("input" in exp) return got === args[exp.input] ? null : `expected argument ${exp.input} itself back, got ${describe(got)}`;
  if ("sc" in exp) {
    const want = exp.dtype === "bool" ? "boolean" : "number";
    if (typeof got !== want) return `expected a JS ${want} (NumPy ${exp.dtype} scalar ${exp.sc}), got ${describe(got)}`;
    if (BIG.has(exp.dtype)) return got === Number(BigInt(exp.sc)) ? null : `${got} != ${exp.sc}`;
    return cmpElem(got, exp.sc, exp.dtype, c, Math.abs(Number(dec(exp.sc))));
  }
  const m = cmpArray(got, exp.arr, c);
  if (m || !("own" in c)) return m;
  // an array of its own or a view, as NumPy returns it (flags.owndata: dispose() frees only owners)
  return got.flags.owndata === c.own ? null : `flags.owndata ${got.flags.owndata}, NumPy ${c.own}`;
}

function check(c) {
  const { env, args, got, error } = run(c);
  const exp = c.exp;
  if ("error" in exp) {
    if (!error) return `expected ${exp.error}: ${exp.message}; got ${describe(got)}`;
    if (!(error instanceof np[exp.error])) return `expected ${exp.error}, got ${error.name}: ${error.message}`;
    if (error.message !== exp.message) return `${exp.error} message ${JSON.stringify(error.message)}, expected ${JSON.stringify(exp.message)}`;
    return null;
  }
  if (error) return `threw ${error.name}: ${error.message}`;
  const m = cmpResult(got, exp, c, args);
  if (m) return m;
  if (c.same && got !== env[c.same]) return `expected the out array "${c.same}" itself back`;
  for (const [k, e] of Object.entries(c.after ?? {})) {
    const mm = cmpArray(env[k], e, c);
    if (mm) return `after the call, ${k}: ${mm}`;
  }
  return null;
}

const label = (c) => `np.${c.f}(${c.args.map((a) => JSON.stringify(a).slice(0, 60)).join(", ")}${c.kw ? `, ${JSON.stringify(c.kw).slice(0, 120)}` : ""})`;

// one uvu test per case, named after its group and call
const seen = new Map();
for (const c of fx.cases) {
  const k = (seen.get(c.group) ?? 0) + 1;
  seen.set(c.group, k);
  test(`${c.group} #${k}: ${label(c)}`, () => {
    const m = np.scope(() => check(c));
    if (m) assert.unreachable(m);
  });
}

test.run();
