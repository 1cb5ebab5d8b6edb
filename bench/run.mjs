#!/usr/bin/env node
// `npm run bench`: time numwasm operations and whole workloads with mitata, the same computations
// in NumPy (bench/numpy_bench.py, timeit) and in the JS peers numpy-ts and tfjs-wasm
// (bench/peers.mjs), then write bench/results/latest.md (a table of times and ratios to NumPy),
// latest.json (the raw numbers) and latest.svg (a chart, bench/chart.mjs).
//
//   npm run bench                 everything (a few minutes)
//   npm run bench -- --quick      no 1e7 cases, shorter measurements (under a minute)
//   npm run bench -- add          only cases whose name matches /add/i (a regex)
//   npm run bench -- --no-numpy   no NumPy column
//   npm run bench -- --no-peers   no numpy-ts / tfjs-wasm columns (the peers are not even loaded)
//
// A full run (every case, NumPy and the peers, not --quick) writes bench/results/latest.*, any other
// run bench/results/partial.* (not committed).
//
// Order, case by case: NumPy (a python3 process that times the case when asked, while this one
// waits, so the two never compete for the CPU), numwasm, numwasm on one thread (when np.config exists and the case is flagged `threads`),
// and each peer. Every library's first call is untimed: it warms up and its result is compared
// with numwasm's (a digest of the values), so a peer computing something else is flagged "≠".
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { measure, do_not_optimize } from "mitata";
import np from "../dist/esm/index.js";
import { PEERS } from "./peers.mjs";
import { renderChart } from "./chart.mjs";

const argv = process.argv.slice(2);
const quick = argv.includes("--quick");
const withNumpy = !argv.includes("--no-numpy");
const withPeers = !argv.includes("--no-peers");
const filterArg = argv.find((a) => !a.startsWith("--"));
const filter = filterArg ? new RegExp(filterArg, "i") : null;

/**
 * n uniform doubles in [0, 1) from a seeded LCG: the same data for numwasm and the JS peers. Made
 * once per (n, seed) and shared between cases (about 0.1 s per million), so callers must not modify it.
 */
const lcgCache = new Map();
const lcg = (n, seed = 1) => {
  const key = `${n}/${seed}`;
  if (lcgCache.has(key)) return lcgCache.get(key);
  const f = new Float64Array(n);
  let x = BigInt(seed);
  for (let i = 0; i < n; i++) { x = (x * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn; f[i] = Number(x >> 11n) / 2 ** 53; }
  lcgCache.set(key, f);
  return f;
};
/** A numwasm array holding a copy of raw data (a fresh array, not a view, so dispose() frees it). */
const nwArray = (f, shape = [f.length]) => {
  const a = np.empty(shape, f instanceof Float32Array ? "float32" : "float64");
  a.data.set(f);
  return a;
};
const arange = (n) => np.array(Array.from({ length: n }, (_, i) => i / 7), "float64");

// The peers' namespaces, set once they are loaded (the specs below only run after that).
let nt, tf;
/**
 * NumPy's linspace in doubles, for tfjs: tf.linspace accumulates its step in float32, which drifts
 * far off over 1e7 points (exp of its values sums to ~25% less than exp of NumPy's).
 */
const linspace = (lo, hi, n) => Float64Array.from({ length: n }, (_, i) => (i === n - 1 ? hi : lo + (i * (hi - lo)) / (n - 1)));
/** tfjs tensor from raw doubles (tfjs has no float64 and takes no Float64Array: float32). */
const tfT = (f, shape = [f.length]) => tf.tensor(f instanceof Float32Array ? f : Float32Array.from(f), shape, "float32");
/** numpy-ts has no scope: run fn(t) where t(x) marks a temporary x, disposed when fn returns. */
const ntTemps = (fn) => {
  const tmp = [];
  try { return fn((x) => (tmp.push(x), x)); } finally { for (const x of tmp) x.dispose(); }
};

// Each case:
//   data()          raw inputs (typed arrays), made once per case and shared by every library;
//   setup(raw)      numwasm's inputs, made once, outside the timing;
//   run(inputs)     the timed numwasm call; its result is disposed right after each call (the
//                   garbage collector does not see wasm memory pressure), except for `gc` cases,
//                   whose small results are left to the garbage collector as a user's code would;
//   nt / tf         { setup(raw), run(inputs) } for numpy-ts / tfjs-wasm, where the library has the
//                   operation ("—" in the table otherwise); `nt` and `tf` are their namespaces;
//   big             left out of --quick;   threads: large enough for the pool (transcendental
//                   functions from 2^14 elements, the rest from 2^18): timed once the pool is up, and
//                   also with np.config({ threads: 1 }) (the single-threaded figure);
//   group           the heading in the chart.
// The names are shared with bench/numpy_bench.py.
const add = (n, label, extra = {}) => ({
  name: `add f64 ${label}`, group: "elementwise", ...extra,
  setup: () => [np.ones(n), np.full(n, 2.5)], // 2.5: an integral JS number would make an int64 array
  run: ([a, b]) => np.add(a, b),
  nt: { setup: () => [nt.ones([n]), nt.full([n], 2.5)], run: ([a, b]) => nt.add(a, b) },
  tf: { setup: () => [tf.ones([n]), tf.fill([n], 2.5)], run: ([a, b]) => tf.add(a, b) },
});
/** A unary ufunc `op.name` (the same name in all three libraries) on a linspace from op.lo to op.hi. */
const unary = (label, n, op, extra = {}) => ({
  name: label, group: "elementwise", ...extra,
  setup: () => [np.linspace(op.lo, op.hi, n, op.f32 ? { dtype: "float32" } : {})],
  run: ([a]) => np[op.name](a),
  nt: { setup: () => [nt.linspace(op.lo, op.hi, n, op.f32 ? "float32" : "float64")], run: ([a]) => nt[op.name](a) },
  tf: { setup: () => [tfT(linspace(op.lo, op.hi, n))], run: ([a]) => tf[op.tf ?? op.name](a) },
});
const EXP = { name: "exp", lo: -5, hi: 5 };
/** A case on one array of n seeded uniform doubles: np[fn](a), numpy-ts's nt[fn](a), and `tfRun`
 *  on the tfjs tensor when given. */
const onRandom = (name, group, n, fn, tfRun = null, extra = {}) => ({
  name, group, needs: fn, data: () => [lcg(n)], ...extra,
  setup: ([u]) => [nwArray(u)], run: ([a]) => np[fn](a),
  nt: { setup: ([u]) => [nt.array(u)], run: ([a]) => nt[fn](a) },
  ...(tfRun ? { tf: { setup: ([u]) => [tfT(u)], run: ([a]) => tfRun(a) } } : {}),
});

const CASES = [
  // ---- small arrays: per-call overhead ----
  { name: "zeros(1000)", group: "overhead", gc: true, run: () => np.zeros(1000), nt: { run: () => nt.zeros([1000]) }, tf: { run: () => tf.zeros([1000]) } },
  { name: "ones(1e5)", group: "overhead", run: () => np.ones(1e5), nt: { run: () => nt.ones([1e5]) }, tf: { run: () => tf.ones([1e5]) } },
  {
    // 100 adds per scope (a typical hot loop), reported per add
    name: "add 3 elems, in np.scope", group: "overhead",
    per: 100,
    setup: () => [np.array([1.5, 2.5, 3.5]), np.array([4.5, 5.5, 6.5])],
    run: ([a, b]) => np.scope(() => { for (let i = 0; i < 100; i++) do_not_optimize(np.add(a, b)); }),
  },
  {
    name: "add 3 elems", group: "overhead", gc: true,
    setup: () => [np.array([1.5, 2.5, 3.5]), np.array([4.5, 5.5, 6.5])],
    run: ([a, b]) => np.add(a, b),
    nt: { setup: () => [nt.array([1.5, 2.5, 3.5]), nt.array([4.5, 5.5, 6.5])], run: ([a, b]) => nt.add(a, b) },
    tf: { setup: () => [tf.tensor([1.5, 2.5, 3.5]), tf.tensor([4.5, 5.5, 6.5])], run: ([a, b]) => tf.add(a, b) },
  },
  { name: "str 1000 elems", group: "overhead", setup: () => [arange(1000)], run: ([a]) => String(a), nt: { setup: () => [ntTemps((t) => nt.divide(t(nt.arange(0, 1000)), 7))], run: ([a]) => String(a) } },

  // ---- elementwise ----
  add(1e3, "1e3"),
  add(1e5, "1e5"),
  add(1e7, "1e7", { big: true, threads: true }),
  {
    name: "multiply f32 1e5", group: "elementwise",
    setup: () => [np.full(1e5, 1.5, "float32"), np.full(1e5, 2.5, "float32")],
    run: ([a, b]) => np.multiply(a, b),
    nt: { setup: () => [nt.full([1e5], 1.5, "float32"), nt.full([1e5], 2.5, "float32")], run: ([a, b]) => nt.multiply(a, b) },
    tf: { setup: () => [tf.fill([1e5], 1.5), tf.fill([1e5], 2.5)], run: ([a, b]) => tf.mul(a, b) },
  },
  {
    name: "minimum f64 1e5", group: "elementwise",
    setup: () => [np.linspace(0, 1, 1e5), np.full(1e5, 0.5)],
    run: ([a, b]) => np.minimum(a, b),
    nt: { setup: () => [nt.linspace(0, 1, 1e5), nt.full([1e5], 0.5)], run: ([a, b]) => nt.minimum(a, b) },
    tf: { setup: () => [tfT(linspace(0, 1, 1e5)), tf.fill([1e5], 0.5)], run: ([a, b]) => tf.minimum(a, b) },
  },
  unary("sqrt f64 1e5", 1e5, { name: "sqrt", lo: 0, hi: 100 }),
  unary("exp f64 1e5", 1e5, EXP, { threads: true }),
  unary("exp f32 1e5", 1e5, { ...EXP, f32: true }, { threads: true }),
  unary("exp f64 1e7", 1e7, EXP, { big: true, threads: true }),
  // transcendental functions other than exp, where plain JS Math per element is a real competitor
  unary("tan f64 1e5", 1e5, { name: "tan", lo: -1.5, hi: 1.5 }, { threads: true }),
  unary("arctan f64 1e5", 1e5, { name: "arctan", tf: "atan", lo: -3, hi: 3 }, { threads: true }),
  unary("log1p f32 1e5", 1e5, { name: "log1p", lo: 0, hi: 10, f32: true }, { threads: true }),
  {
    name: "astype f64->f32 1e5", group: "elementwise",
    setup: () => [np.ones(1e5)], run: ([a]) => a.astype("float32"),
    nt: { setup: () => [nt.ones([1e5])], run: ([a]) => a.astype("float32") },
  },
  { name: "arange(1e6)", group: "elementwise", needs: "arange", run: () => np.arange(1e6), nt: { run: () => nt.arange(0, 1e6, 1, "int64") } },

  // ---- memory layout: broadcasting and transposed operands ----
  {
    name: "P.T + Q 1000x1000", group: "layout", threads: true,
    setup: () => [np.ones([1000, 1000]), np.full([1000, 1000], 0.5)],
    run: ([p, q]) => np.add(p.T, q),
    nt: { setup: () => [nt.ones([1000, 1000]), nt.full([1000, 1000], 0.5)], run: ([p, q]) => nt.add(p.T, q) },
    // tfjs has no strided views: its transpose is a copy, then the add
    tf: { setup: () => [tf.ones([1000, 1000]), tf.fill([1000, 1000], 0.5)], run: ([p, q]) => tf.add(tf.transpose(p), q) },
  },
  {
    name: "(1000,1)+(1,1000)", group: "layout", threads: true,
    setup: () => [np.ones([1000, 1]), np.full([1, 1000], 0.5)],
    run: ([a, b]) => np.add(a, b),
    nt: { setup: () => [nt.ones([1000, 1]), nt.full([1, 1000], 0.5)], run: ([a, b]) => nt.add(a, b) },
    tf: { setup: () => [tf.ones([1000, 1]), tf.fill([1, 1000], 0.5)], run: ([a, b]) => tf.add(a, b) },
  },
  {
    name: "copy 1000x1000 transposed", group: "layout", threads: true,
    // (the base is an input too, so that it is disposed with the view)
    setup: () => { const a = np.ones([1000, 1000]); return [a.T, a]; }, run: ([t]) => t.copy("C"),
    nt: { setup: () => { const a = nt.ones([1000, 1000]); return [a.T, a]; }, run: ([t]) => nt.ascontiguousarray(t) },
    tf: { setup: () => [tf.ones([1000, 1000])], run: ([a]) => tf.transpose(a) },
  },

  // ---- sorting and selection: uniform random doubles (the seeded LCG, the same data every run) ----
  // ---- matrix products (NumPy: OpenBLAS with its own threads) ----
  ...[200, 1000].map((n) => ({
    name: `matmul f64 ${n}x${n}`, group: "linalg", needs: "matmul", threads: true, data: () => [lcg(n * n, 1), lcg(n * n, 2)],
    setup: ([x, y]) => [nwArray(x, [n, n]), nwArray(y, [n, n])], run: ([a, b]) => np.matmul(a, b),
    nt: { setup: ([x, y]) => [nt.array(x).reshape([n, n]), nt.array(y).reshape([n, n])], run: ([a, b]) => nt.matmul(a, b) },
    tf: { setup: ([x, y]) => [tfT(x, [n, n]), tfT(y, [n, n])], run: ([a, b]) => tf.matMul(a, b) },
  })),
  // ---- np.linalg (NumPy: LAPACK; numwasm: its own kernels, one thread) ----
  {
    name: "linalg.solve f64 500x500", group: "linalg", data: () => [lcg(500 * 500, 1), lcg(500, 2)],
    setup: ([x, y]) => [np.add(nwArray(x, [500, 500]), np.multiply(np.eye(500), 2)), nwArray(y, [500])],
    run: ([a, b]) => np.linalg.solve(a, b),
  },
  {
    name: "linalg.det 10000 stacked 3x3", group: "linalg", data: () => [lcg(10000 * 9, 1)],
    setup: ([x]) => [nwArray(x, [10000, 3, 3])], run: ([a]) => np.linalg.det(a),
  },
  {
    name: "linalg.eigh f64 100x100", group: "linalg", data: () => [lcg(100 * 100, 1)],
    setup: ([x]) => { const a = nwArray(x, [100, 100]); return [np.add(a, a.T)]; }, run: ([a]) => np.scope(() => np.linalg.eigh(a)[0]),
  },
  onRandom("sort f64 1e6", "sorting", 1e6, "sort"),
  onRandom("argsort f64 1e6", "sorting", 1e6, "argsort"),
  {
    name: "searchsorted 1e5", group: "sorting", needs: "searchsorted",
    data: () => [lcg(1e6).slice().sort(), lcg(1e5, 7)],
    setup: ([s, v]) => [nwArray(s), nwArray(v)], run: ([a, v]) => np.searchsorted(a, v),
    nt: { setup: ([s, v]) => [nt.array(s), nt.array(v)], run: ([a, v]) => nt.searchsorted(a, v) },
  },
  onRandom("median f64 1e6", "sorting", 1e6, "median"),

  // ---- np.random: NumPy's streams (PCG64 via default_rng); the result is allocated on every side ----
  ...[
    ["default_rng.random 1e6", (r) => r.random(1e6)],
    ["default_rng.standard_normal 1e6", (r) => r.standard_normal(1e6)],
    ["default_rng.integers(0, 100) 1e6", (r) => r.integers(0, 100, 1e6)],
  ].map(([name, draw]) => ({
    name, group: "random", setup: () => [np.random.default_rng(1)], run: ([r]) => np.scope(() => { draw(r); }),
  })),

  // ---- reductions (uniform random doubles; the 1e7 sum on a constant array: the values do not matter) ----
  onRandom("sum f64 1e5", "reductions", 1e5, "sum", (a) => tf.sum(a).dataSync()[0], { threads: true }),
  {
    name: "sum f64 1e7", group: "reductions", needs: "sum", big: true, threads: true,
    setup: () => [np.full(1e7, 0.5)], run: ([a]) => np.sum(a),
    nt: { setup: () => [nt.full([1e7], 0.5)], run: ([a]) => nt.sum(a) },
    tf: { setup: () => [tf.fill([1e7], 0.5)], run: ([a]) => tf.sum(a).dataSync()[0] },
  },
  onRandom("max f64 1e5", "reductions", 1e5, "max", (a) => tf.max(a).dataSync()[0], { threads: true }),
  onRandom("argmax f64 1e5", "reductions", 1e5, "argmax", (a) => tf.argMax(a).dataSync()[0], { threads: true }),
  {
    name: "mean axis0 1000x1000", group: "reductions", needs: "mean", threads: true, data: () => [lcg(1e6)],
    setup: ([u]) => [nwArray(u, [1000, 1000])], run: ([a]) => np.mean(a, 0),
    nt: { setup: ([u]) => [nt.array(u).reshape([1000, 1000])], run: ([a]) => nt.mean(a, 0) },
    tf: { setup: ([u]) => [tfT(u, [1000, 1000])], run: ([a]) => tf.mean(a, 0) },
  },

  // ---- np.evaluate: fused expressions. NumPy and the peers compute the same expression with
  // separate operations (temporaries included), which is what np.evaluate saves. ----
  {
    name: "evaluate 2*a+3*b*b f64 1e7", group: "evaluate", needs: "evaluate", big: true, threads: true,
    data: () => [lcg(1e7), lcg(1e7, 2)],
    setup: ([a, b]) => [nwArray(a), nwArray(b)], run: ([a, b]) => np.evaluate("2*a + 3*b*b", { a, b }),
    nt: { setup: ([a, b]) => [nt.array(a), nt.array(b)], run: ([a, b]) => ntTemps((t) => nt.add(t(nt.multiply(a, 2)), t(nt.multiply(t(nt.multiply(b, 3)), b)))) },
    tf: { setup: ([a, b]) => [tfT(a), tfT(b)], run: ([a, b]) => tf.add(tf.mul(a, 2), tf.mul(tf.mul(b, 3), b)) },
  },
  {
    name: "evaluate a*b+c f32 1e7", group: "evaluate", needs: "evaluate", big: true, threads: true,
    data: () => [lcg(1e7, 1), lcg(1e7, 2), lcg(1e7, 3)].map((f) => Float32Array.from(f)),
    setup: (raw) => raw.map((f) => nwArray(f)), run: ([a, b, c]) => np.evaluate("a*b + c", { a, b, c }),
    nt: { setup: (raw) => raw.map((f) => nt.array(f)), run: ([a, b, c]) => ntTemps((t) => nt.add(t(nt.multiply(a, b)), c)) },
    tf: { setup: (raw) => raw.map((f) => tfT(f)), run: ([a, b, c]) => tf.add(tf.mul(a, b), c) },
  },
  {
    name: "evaluate sum(a*b) f64 1e7", group: "evaluate", needs: "evaluate", big: true, threads: true,
    data: () => [lcg(1e7), lcg(1e7, 2)],
    setup: ([a, b]) => [nwArray(a), nwArray(b)], run: ([a, b]) => np.evaluate("sum(a*b)", { a, b }),
    nt: { setup: ([a, b]) => [nt.array(a), nt.array(b)], run: ([a, b]) => ntTemps((t) => nt.sum(t(nt.multiply(a, b)))) },
    tf: { setup: ([a, b]) => [tfT(a), tfT(b)], run: ([a, b]) => tf.sum(tf.mul(a, b)).dataSync()[0] },
  },
  {
    name: "evaluate 2*a+3*b*b f64 1e5", group: "evaluate", needs: "evaluate", threads: true,
    data: () => [lcg(1e5), lcg(1e5, 2)],
    setup: ([a, b]) => [nwArray(a), nwArray(b)], run: ([a, b]) => np.evaluate("2*a + 3*b*b", { a, b }),
    nt: { setup: ([a, b]) => [nt.array(a), nt.array(b)], run: ([a, b]) => ntTemps((t) => nt.add(t(nt.multiply(a, 2)), t(nt.multiply(t(nt.multiply(b, 3)), b)))) },
    tf: { setup: ([a, b]) => [tfT(a), tfT(b)], run: ([a, b]) => tf.add(tf.mul(a, 2), tf.mul(tf.mul(b, 3), b)) },
  },
  {
    name: "evaluate sin(a)**2+cos(b)**2 f64 1e6", group: "evaluate", needs: "evaluate", threads: true,
    data: () => [lcg(1e6), lcg(1e6, 2)],
    setup: ([a, b]) => [nwArray(a), nwArray(b)], run: ([a, b]) => np.evaluate("sin(a)**2 + cos(b)**2", { a, b }),
    nt: { setup: ([a, b]) => [nt.array(a), nt.array(b)], run: ([a, b]) => ntTemps((t) => nt.add(t(nt.power(t(nt.sin(a)), 2)), t(nt.power(t(nt.cos(b)), 2)))) },
    tf: { setup: ([a, b]) => [tfT(a), tfT(b)], run: ([a, b]) => tf.add(tf.pow(tf.sin(a), 2), tf.pow(tf.cos(b), 2)) },
  },

  // ---- whole workloads: the same computation written with each library's NumPy-style API.
  // numwasm runs each one in np.scope (every temporary freed at once; the result disposed after the
  // call), numpy-ts disposes its temporaries explicitly, tfjs runs in tf.tidy. `**2` is written as
  // power(x, 2) everywhere, as API.md translates it. ----
  {
    // (x - x.mean(axis=0)) / x.std(axis=0)
    name: "standardize 1e6x10", group: "workloads", needs: "std", data: () => [lcg(1e7)],
    setup: ([u]) => [nwArray(u, [1e6, 10])],
    run: ([x]) => np.scope(() => np.divide(np.subtract(x, np.mean(x, 0)), np.std(x, 0))),
    nt: { setup: ([u]) => [nt.array(u).reshape([1e6, 10])], run: ([x]) => ntTemps((t) => nt.divide(t(nt.subtract(x, t(nt.mean(x, 0)))), t(nt.std(x, 0)))) },
    // tfjs has no std: tf.moments gives the mean and the (population) variance
    tf: { setup: ([u]) => [tfT(u, [1e6, 10])], run: ([x]) => { const { mean, variance } = tf.moments(x, 0); return tf.div(tf.sub(x, mean), tf.sqrt(variance)); } },
  },
  {
    // np.sqrt(((p[:, None, :] - p[None, :, :])**2).sum(-1))
    name: "pairwise distances 1000x3", group: "workloads", data: () => [lcg(3000)],
    setup: ([u]) => [nwArray(u, [1000, 3])],
    run: ([p]) => np.scope(() => np.sqrt(np.sum(np.power(np.subtract(p.get(":, None, :"), p.get("None, :, :")), 2), -1))),
    nt: {
      setup: ([u]) => [nt.array(u).reshape([1000, 3])],
      run: ([p]) => ntTemps((t) => nt.sqrt(t(nt.sum(t(nt.power(t(nt.subtract(t(nt.expand_dims(p, 1)), t(nt.expand_dims(p, 0)))), 2)), -1)))),
    },
    tf: { setup: ([u]) => [tfT(u, [1000, 3])], run: ([p]) => tf.sqrt(tf.sum(tf.pow(tf.sub(tf.expandDims(p, 1), tf.expandDims(p, 0)), 2), -1)) },
  },
  {
    // 4 * np.mean(x*x + y*y < 1). x and y are given: drawing them is outside the timing on every side
    // (numwasm has no np.random yet; NumPy's side draws them in its setup too).
    name: "monte-carlo pi 1e6", group: "workloads", data: () => [lcg(1e6, 1), lcg(1e6, 2)],
    setup: ([x, y]) => [nwArray(x), nwArray(y)],
    run: ([x, y]) => np.scope(() => 4 * np.mean(np.less(np.add(np.multiply(x, x), np.multiply(y, y)), 1))),
    nt: { setup: ([x, y]) => [nt.array(x), nt.array(y)], run: ([x, y]) => ntTemps((t) => 4 * nt.mean(t(nt.less(t(nt.add(t(nt.multiply(x, x)), t(nt.multiply(y, y)))), 1)))) },
    tf: { setup: ([x, y]) => [tfT(x), tfT(y)], run: ([x, y]) => 4 * tf.mean(tf.cast(tf.less(tf.add(tf.mul(x, x), tf.mul(y, y)), 1), "float32")).dataSync()[0] },
  },
  {
    // e = np.exp(x - x.max(1, keepdims=True)); e / e.sum(1, keepdims=True)
    // (tf.softmax would be one fused kernel; the peers write the same operations as NumPy)
    name: "softmax rows 1000x1000", group: "workloads", data: () => [lcg(1e6)],
    setup: ([u]) => [nwArray(u, [1000, 1000])],
    run: ([x]) => np.scope(() => { const e = np.exp(np.subtract(x, np.max(x, 1, { keepdims: true }))); return np.divide(e, np.sum(e, 1, { keepdims: true })); }),
    nt: {
      setup: ([u]) => [nt.array(u).reshape([1000, 1000])],
      run: ([x]) => ntTemps((t) => { const e = t(nt.exp(t(nt.subtract(x, t(nt.max(x, 1, true)))))); return nt.divide(e, t(nt.sum(e, 1, true))); }),
    },
    tf: { setup: ([u]) => [tfT(u, [1000, 1000])], run: ([x]) => { const e = tf.exp(tf.sub(x, tf.max(x, 1, true))); return tf.div(e, tf.sum(e, 1, true)); } },
  },
];

const selected = CASES.filter((c) => (!quick || !c.big) && (!filter || filter.test(c.name)));
if (!selected.length) {
  console.error(`no benchmark matches ${filter}; cases: ${CASES.map((c) => c.name).join(", ")}`);
  process.exit(1);
}

// ---- NumPy: a python3 process that times one case when asked (bench/numpy_bench.py --serve),
// right before numwasm times it. The host's load drifts over minutes (NumPy's add of 1e5 read
// 26 µs in one run and 29 in the next), so timing all of NumPy first and numwasm minutes later
// skewed ratios. The two never run at once: this process waits while python measures. ----
let numpy = { results: {} };
/** NumPy's time for a case (seconds per call), or undefined without NumPy. */
let numpyTime = async () => undefined;
let closeNumpy = () => {};
if (withNumpy) {
  const script = fileURLToPath(new URL("numpy_bench.py", import.meta.url));
  const py = spawn(process.env.PYTHON || "python3", [script, "--serve", ...(quick ? ["--quick"] : [])], { stdio: ["pipe", "pipe", "inherit"] });
  const lines = createInterface({ input: py.stdout })[Symbol.asyncIterator]();
  const next = async () => { const r = await lines.next(); return r.done ? null : JSON.parse(r.value); };
  const failed = (why) => { console.error(`NumPy side failed (${why}); no NumPy column`); numpyTime = async () => undefined; };
  py.on("error", (e) => failed(e.message));
  const head = await next().catch(() => null);
  if (head) {
    Object.assign(numpy, head);
    numpyTime = async (name) => {
      py.stdin.write(name + "\n");
      const r = await next();
      if (r === null) { failed("python3 exited"); return undefined; }
      if (typeof r.time === "number") console.error(`${"numpy".padEnd(9)} ${name}: ${fmt(r.time)}`);
      return r.time ?? undefined;
    };
    closeNumpy = () => py.stdin.end();
  } else failed("no answer from python3");
}

// ---- the peers, loaded only now and only if wanted ----
const peers = []; // { id, key, adapter?, error? }
if (withPeers && selected.some((c) => PEERS.some((p) => c[p.key]))) {
  for (const p of PEERS) {
    try {
      const adapter = await p.load();
      if (p.key === "nt") nt = adapter.lib;
      if (p.key === "tf") tf = adapter.lib;
      peers.push({ ...p, adapter });
      console.error(`peer ${p.id} ${adapter.version} loaded`);
    } catch (e) {
      peers.push({ ...p, error: e.message.split("\n")[0] });
      console.error(`peer ${p.id} not available: ${e.message}`);
    }
  }
}

// ---- numwasm and the peers, case by case ----
const canThread = typeof np.config === "function";
// --quick: at least 0.1 s and 4 samples per library and case (the slowest peer calls take ~0.7 s)
const opts = quick ? { min_cpu_time: 100e6, min_samples: 4 } : { min_cpu_time: 500e6 };
const isArray = (r) => r !== null && typeof r === "object" && typeof r.dispose === "function";
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const WARMUP_MS = quick ? 50 : 250;
/**
 * numwasm's worker pool starts in the background on the first operation large enough to use it
 * (that operation runs single-threaded), and again after np.config changes the thread count: before
 * timing a `threads` case with more than one thread wanted, call it until the pool is up (at most
 * 1.5 s, for an operation too small to start it).
 */
async function waitForPool(call) {
  if (!np.threads?.available || np.config().threads === 1) return;
  for (const t0 = Date.now(); np.threads.count < 2 && Date.now() - t0 < 1500; ) { call(); await sleep(20); }
  poolSize = Math.max(poolSize, np.threads.count);
}
let poolSize = 1; // the most threads seen in numwasm's pool
const numwasm = (c) => ({
  waitForPool: canThread ? waitForPool : null,
  wrap: (fn) => fn(),
  settle: (r) => { if (!c.gc && isArray(r)) r.dispose(); },
  dispose: (a) => { if (isArray(a)) a.dispose(); },
  values: (r) => (isArray(r) ? r.toTypedArray() : r),
});

/** Time one library on one case: { time } (seconds per operation, the median) or { error }. */
async function timeIt(label, c, lib, spec, raw) {
  let inputs = [];
  try {
    inputs = spec.setup?.(raw) ?? [];
    const first = lib.wrap(() => spec.run(inputs)); // warm-up, and the value for the cross-check
    const value = digest(lib.values(first));
    lib.settle(first);
    if (lib.waitForPool && c.threads) await lib.waitForPool(() => lib.settle(lib.wrap(() => spec.run(inputs))));
    // Warm up for WARMUP_MS: V8 compiles hot wasm and JS functions with TurboFan on background
    // threads, and while it does, that thread competes with the pool's for the two cores (a
    // 1000x1000 mean over axis 0 on 2 threads: median 150 µs in the first 2000 calls, 88 after)
    for (const t0 = performance.now(); performance.now() - t0 < WARMUP_MS; ) lib.settle(lib.wrap(() => spec.run(inputs)));
    const stats = await measure(() => lib.settle(lib.wrap(() => spec.run(inputs))), opts);
    const time = stats.p50 / 1e9 / (c.per ?? 1); // ns -> s, median, per operation
    console.error(`${label.padEnd(9)} ${c.name}: ${fmt(time)}`);
    return { time, value };
  } catch (e) {
    console.error(`${label.padEnd(9)} ${c.name}: ${e.message}`);
    return { error: e.message.split("\n")[0] };
  } finally {
    for (const a of inputs) lib.dispose(a);
  }
}

/** A number summarizing a result, order-sensitive: sum of |v[i]| * (1 + i % 7); strings as they are. */
function digest(v) {
  if (typeof v === "number" || typeof v === "string") return v;
  if (typeof v === "bigint" || typeof v === "boolean") return Number(v);
  if (!v || typeof v.length !== "number") return undefined;
  let s = 0;
  for (let i = 0; i < v.length; i++) s += Math.abs(Number(v[i])) * (1 + (i % 7));
  return s;
}
const agrees = (a, b, rtol) =>
  typeof a === "number" && typeof b === "number" ? Math.abs(a - b) <= rtol * Math.max(Math.abs(a), Math.abs(b)) + 1e-12 : a === b;

const rows = [];
for (const c of selected) {
  const row = { name: c.name, group: c.group, f32: /\bf32\b/.test(c.name), numpy: null, peers: {} };
  rows.push(row);
  row.numpy = (await numpyTime(c.name)) ?? null;
  if (c.needs && typeof np[c.needs] !== "function") { row.numwasm = { error: `np.${c.needs} missing` }; continue; }
  const raw = c.data?.();
  row.numwasm = await timeIt("numwasm", c, numwasm(c), c, raw);
  if (c.threads && canThread) {
    const prev = await np.config({ threads: 1 });
    try { row.numwasm1 = await timeIt("1 thread", c, numwasm(c), c, raw); } finally { await np.config(prev); }
  }
  for (const p of peers) {
    if (!c[p.key]) { row.peers[p.id] = { none: true }; continue; }
    if (!p.adapter) { row.peers[p.id] = { missing: true }; continue; }
    const r = await timeIt(p.id, c, p.adapter, c[p.key], raw);
    if (r.value !== undefined && row.numwasm.value !== undefined && !agrees(r.value, row.numwasm.value, p.adapter.rtol)) {
      r.mismatch = true;
      const show = (v) => (typeof v === "string" ? `text of ${v.length} characters` : v);
      console.error(`  ${p.id} ${c.name}: result differs from numwasm's (digest ${show(r.value)} vs ${show(row.numwasm.value)})`);
    }
    row.peers[p.id] = r;
  }
}

closeNumpy();

// ---- table ----
function fmt(s) {
  if (typeof s !== "number") return s ?? "n/a";
  if (s < 1e-6) return `${(s * 1e9).toFixed(0)} ns`;
  if (s < 1e-3) return `${(s * 1e6).toFixed(2)} µs`;
  if (s < 1) return `${(s * 1e3).toFixed(2)} ms`;
  return `${s.toFixed(2)} s`;
}
const ratio = (a, b) => (typeof a === "number" && typeof b === "number" ? `${(a / b).toFixed(2)}x` : "n/a");
const cell = (r, mark = "") => (r?.none ? "—" : r?.error ? "error" : typeof r?.time === "number" ? fmt(r.time) + mark + (r.mismatch ? " ≠" : "") : "n/a");
const threadCol = canThread && selected.some((c) => c.threads);
const head = ["operation", "NumPy", "numwasm", "numwasm / NumPy"];
if (threadCol) head.push("numwasm 1 thread / default", "numwasm 1 thread / NumPy");
for (const p of peers) head.push(p.id, `${p.id} / NumPy`);
const lines = rows.map((r) => {
  const cols = [r.name, fmt(r.numpy ?? undefined), cell(r.numwasm), ratio(r.numwasm?.time, r.numpy)];
  if (threadCol) cols.push(r.numwasm1 ? ratio(r.numwasm1.time, r.numwasm?.time) : "", r.numwasm1 ? ratio(r.numwasm1.time, r.numpy) : "");
  for (const p of peers) {
    const x = r.peers[p.id];
    cols.push(cell(x, p.id === "tfjs-wasm" && !r.f32 && x?.time ? "†" : ""), x?.none ? "" : ratio(x?.time, r.numpy));
  }
  return `| ${cols.join(" | ")} |`;
});

const cpu = cpus()[0]?.model?.trim() || "unknown CPU";
const machine = `${cpu}, ${availableParallelism()} cores`;
const date = new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC";
const others = [...(withNumpy ? ["NumPy"] : []), ...peers.map((p) => p.id)];
const notes = [
  "Median time per call. A ratio to NumPy below 1 means faster than NumPy.",
  canThread
    ? `numwasm runs with its default settings (\`np.config()\` is \`${JSON.stringify(np.config())}\`; up to ${poolSize} threads` +
      " in this run)" +
      (others.length ? `; ${others.join(", ")} ${others.length > 1 ? "run" : "runs"} these operations on one thread${withNumpy ? " (but NumPy's matmul: OpenBLAS uses its own threads)" : ""}.` : ".") +
      (threadCol ? " `numwasm 1 thread / default`: numwasm's time with `np.config({ threads: 1 })` over its time with the default settings (above 1: the default is that much faster), and `numwasm 1 thread / NumPy` its single-threaded ratio to NumPy, for the cases that can use threads." : "")
    : "This numwasm build has no `np.config`, so nothing is timed on a thread count of its own.",
  "The workloads run as whole expressions: numwasm in `np.scope`, numpy-ts disposing its temporaries, tfjs in `tf.tidy`; the `evaluate` cases are one fused `np.evaluate` call in numwasm and the same expression as separate operations elsewhere.",
];
for (const p of peers) {
  notes.push(p.adapter ? `${p.id} ${p.adapter.version}: ${p.adapter.note}.` : `${p.id} could not be loaded (${p.error}): its columns are n/a.`);
}
if (peers.length) {
  notes.push(
    "—: the library has no such operation. †: tfjs computed in float32. ≠: the result differed from numwasm's on the same inputs " +
      "(a digest of the values; relative tolerance 1e-6, 1e-2 for tfjs, whose float32 sums over 1e7 elements can be off by more).",
  );
}
const errors = rows.flatMap((r) => [["numwasm", r.numwasm], ["1 thread", r.numwasm1], ...Object.entries(r.peers)]
  .filter(([, x]) => x?.error).map(([who, x]) => `${r.name}, ${who}: ${x.error}`));
const peerVersions = peers.filter((p) => p.adapter).map((p) => `${p.id} ${p.adapter.version}`).join(" · ");
const md = [
  `# numwasm vs NumPy${peers.length ? " and JS peers" : ""}${quick ? " (--quick)" : ""}`,
  "",
  `${date} · Node ${process.versions.node} · NumPy ${numpy.numpy ?? "n/a"} (Python ${numpy.python ?? "n/a"})` +
    `${peerVersions ? ` · ${peerVersions}` : ""} · ${machine}`,
  "",
  ...notes.filter(Boolean).map((n) => `- ${n}`),
  "",
  `| ${head.join(" | ")} |`,
  `|---|${head.slice(1).map(() => "---:").join("|")}|`,
  ...lines,
  "",
  ...(errors.length ? ["Errors:", "", ...errors.map((e) => `- ${e}`), ""] : []),
  "![speed relative to NumPy](latest.svg)",
  "",
].join("\n");
console.log("\n" + md);

const json = {
  date, quick, filter: filterArg ?? null, node: process.versions.node, numpy: numpy.numpy ?? null, python: numpy.python ?? null, machine,
  threads: canThread ? { config: np.config(), pool: poolSize } : null,
  peers: Object.fromEntries(peers.map((p) => [p.id, p.adapter ? { version: p.adapter.version, note: p.adapter.note } : { error: p.error }])),
  cases: rows.map(({ name, group, f32, numpy: t, numwasm: w, numwasm1, peers: ps }) => ({
    name, group, f32, numpy: t,
    numwasm: w?.time ?? null,
    numwasm1: numwasm1?.time ?? null,
    peers: Object.fromEntries(Object.entries(ps).map(([id, x]) => [id, x.none ? "none" : x.time ?? null])),
    mismatch: Object.entries(ps).filter(([, x]) => x.mismatch).map(([id]) => id),
    errors: Object.fromEntries([["numwasm", w], ["numwasm1", numwasm1], ...Object.entries(ps)].filter(([, x]) => x?.error).map(([k, x]) => [k, x.error])),
  })),
};
// Only a full run replaces the committed results (latest.*); a --quick or filtered run, or one without
// NumPy or the peers, writes partial.* (ignored by git).
const stem = !quick && !filter && withNumpy && withPeers ? "latest" : "partial";
const out = new URL("results/", import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(new URL(`${stem}.md`, out), md.replace("](latest.svg)", `](${stem}.svg)`));
writeFileSync(new URL(`${stem}.json`, out), JSON.stringify(json, null, 1) + "\n");
writeFileSync(new URL(`${stem}.svg`, out), renderChart(json));
console.log(`written to bench/results/${stem}.md, ${stem}.json and ${stem}.svg`);
