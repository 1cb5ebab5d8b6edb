// The worker-thread pool: results bit-identical for 1, 2 and 8 threads (the pool must actually
// run the work: np.threads.tasks counts it), errors and crashes in workers surface on the
// caller and leave the pool usable, and workers see memory grown after they started.
import { test } from "uvu";
import * as assert from "uvu/assert";
import np from "../dist/esm/index.js";
import { runTask, WorkerError } from "../dist/esm/threads/pool.js";

const bytes = (x) => (typeof x === "number" ? new Uint8Array(new Float64Array([x]).buffer) : new Uint8Array(x.tobytes()));
const same = (a, b) => {
  const x = bytes(a), y = bytes(b);
  return x.length === y.length && x.every((v, i) => v === y[i]);
};
/** Deterministic data with no two equal neighbours: i % 1001 / 7 - 70 (and some NaN-free noise). */
const data = (n, s = 0) => np.subtract(np.divide(np.remainder(np.arange(s, s + n), 1001), 7), 70);

// Each case builds its inputs once and returns a function computing the results to compare.
const CASES = [];
const add = (name, fn) => CASES.push({ name, fn });
{
  const a = data(3e5 + 7), b = data(3e5 + 7, 11), f = a.astype("float32");
  const m = data(700 * 900, 5).reshape([700, 900]);
  const big = data(2e6 + 3, 3);
  add("exp f64 (heavy unary)", () => np.exp(a));
  add("sin f32", () => np.sin(f));
  add("add f64", () => np.add(a, b));
  add("multiply by a scalar", () => np.multiply(a, 2.5));
  add("power (heavy binary)", () => np.power(np.abs(a), 0.7));
  add("transposed + C (tiles)", () => np.add(m.T, data(900 * 700, 9).reshape([900, 700])));
  add("broadcast column + row", () => np.add(m.get(":, :1"), m.get(":1, :")));
  add("negative strides", () => np.subtract(m.get("::-1, ::-2"), 1.5));
  add("general path: dtype=float32", () => np.add(a, b, { dtype: "float32" }));
  add("sum f64 unbuffered (pairwise tree)", () => np.sum(big));
  add("sum f32 unbuffered", () => np.sum(big.astype("float32")));
  add("sum f32 -> f64 (buffered)", () => np.sum(big.astype("float32"), { dtype: "float64" }));
  add("mean f64", () => np.mean(big));
  const mid = data(1e5 + 5, 7);
  add("sum f64 1e5 (from PARALLEL_SUM_MIN)", () => np.sum(mid));
  add("sum f32 1e5", () => np.sum(mid.astype("float32")));
  add("max f64 1e5 (parallelFold)", () => np.max(mid));
  add("min f32", () => np.min(mid.astype("float32")));
  add("max with NaNs (the first NaN wins)", () => np.max(np.where(np.greater(mid, 60), NaN, mid)));
  add("nanmin (fmin) with NaNs", () => np.nanmin(np.where(np.greater(mid, 60), NaN, mid)));
  add("max int16", () => np.max(mid.astype("int16")));
  add("max of 0.0 / -0.0 ties (recomputed on one thread)", () => np.max(np.copysign(np.zeros(1e5 + 5), mid)));
  add("argmax f64 (parallelArg; ties: the first)", () => np.argmax(mid));
  add("argmin f32", () => np.argmin(mid.astype("float32")));
  add("argmax with NaNs (the first NaN)", () => np.argmax(np.where(np.greater(mid, 60), NaN, mid)));
  add("argmin, the extreme in the last piece", () => np.argmin(np.where(np.greater(np.arange(1e5 + 5), 99990), -1e9, mid)));
  add("nansum with NaNs", () => np.nansum(np.where(np.greater(big, 60), NaN, big)));
  add("sum of -0.0", () => np.sum(np.full(6e5, -0.0)));
  const wide = data(600 * 1000, 2).reshape([600, 1000]);
  add("sum axis 1 (rows, kept outer axis)", () => np.sum(wide, 1));
  add("mean axis 0 (vertical)", () => np.mean(wide, 0));
  add("var axis 0 (vertical, mean as aux)", () => np.var(wide, 0));
  add("std axis 1", () => np.std(wide, 1));
  add("max axis 0", () => np.max(wide, 0));
  add("sum axis 0 of a transposed view", () => np.sum(wide.T, 0));
  add("int64 sum axis 1", () => np.sum(np.arange(6e5).reshape([600, 1000]), 1));
  add("sum axis 1 with where", () => np.sum(wide, 1, { where: np.greater(wide, 0) }));
  add("copy of a transposed view (copy_nd)", () => m.T.copy());
  add("copy with negative strides", () => m.get("::-1, ::-2").copy());
  add("astype f64 -> f32 of a transposed view (cast)", () => m.T.astype("float32"));
  add("astype f32 -> f64", () => f.astype("float64"));
  add("evaluate elementwise", () => np.evaluate("2*a + 3*b*b", { a, b }));
  add("evaluate sin f32", () => np.evaluate("sin(f)**2 + 1", { f }));
  add("evaluate sum(a*b) (pairwise nodes)", () => np.evaluate("sum(a*b)", { a: big, b: big }));
  add("evaluate sum f32", () => np.evaluate("sum(f*f)", { f: big.astype("float32") }));
  add("evaluate row sums", () => np.evaluate("sum(m**2, 1)", { m }));
  add("evaluate where on a transposed view", () => np.evaluate("where(m > 0, m, -m)", { m: m.T }));
  // row blocks of C (products/gemm.ts): 333 rows leave a last block of 5 + 4q rows
  const p = data(333 * 300, 13).reshape([333, 300]), q = data(300 * 257, 17).reshape([300, 257]);
  add("matmul f64 (row blocks)", () => np.matmul(p, q));
  add("matmul f32 of transposed views", () => np.matmul(q.T.astype("float32"), p.T.astype("float32")));
  add("matmul int64", () => np.matmul(p.astype("int64"), q.astype("int64")));
  add("dot f64 into out", () => np.dot(p, q, np.empty([333, 257])));
  const st = data(41 * 64 * 48, 19).reshape([41, 64, 48]);
  add("matmul of a stack (first batch axis split)", () => np.matmul(st, data(41 * 48 * 40, 23).reshape([41, 48, 40])));
  add("matmul of a stack by one matrix (broadcast)", () => np.matmul(st.get("::-1"), q.get(":48, :36")));
  // one large LU (linalg/lu.ts factorOnPool): trailing updates in row blocks; 301 = 9 panels + 13
  const sq = np.add(np.sin(np.arange(301 * 301)).reshape([301, 301]), np.multiply(np.eye(301), 3));
  add("linalg.solve (LU updates on the pool)", () => np.linalg.solve(sq, data(301, 29)));
  add("linalg.det", () => np.linalg.det(sq));
  add("linalg.slogdet's logabsdet", () => np.linalg.slogdet(sq.T)[1]);
  add("linalg.inv", () => np.linalg.inv(sq));
}

test("1, 2 and 8 threads give bit-identical results, and the pool does the work", async () => {
  assert.ok(np.threads.available, "Node has shared memory and workers");
  np.config({ threads: 1 });
  const ref = CASES.map((c) => c.fn());
  for (const n of [2, 8]) {
    assert.is(await np.threads.start(n), n);
    for (const [i, c] of CASES.entries()) {
      const before = np.threads.tasks;
      const got = c.fn();
      assert.ok(np.threads.tasks > before, `${c.name}: ran on the pool with ${n} threads`);
      assert.ok(same(got, ref[i]), `${c.name}: ${n} threads vs 1`);
      got.dispose?.();
    }
  }
  ref.forEach((r) => r.dispose?.());
});

test("small work stays on the calling thread", async () => {
  await np.threads.start(2);
  const before = np.threads.tasks;
  np.exp(data(1000)).dispose();
  np.sum(data(1e4));
  assert.is(np.threads.tasks, before);
});

test("a wasm trap in a chunk throws on the caller; the pool stays usable", async () => {
  await np.threads.start(2);
  // unary exp (op 9, float64) of 64 elements at an address far outside memory: every chunk traps
  const geo = np.array([64, 8, 8], "int32"), p = geo._addr();
  assert.ok(np.memoryStats().memoryBytes < 0x7ff00000);
  assert.throws(() => runTask({
    fn: "unary", chunks: 8, nargs: 8,
    args(k, w, at) { w.set([9, 10, 0x7ff00000 + k * 512, 0x7ff00000, 1, p, p + 4, p + 8], at); },
  }), (e) => e instanceof WorkerError && /out of bounds/.test(e.message));
  const a = data(3e5);
  assert.ok(same(np.exp(a), np.exp(a)));
  const before = np.threads.tasks;
  np.exp(a).dispose();
  assert.ok(np.threads.tasks > before);
});

test("an exception thrown in a worker's chunk is reported", async () => {
  await np.threads.start(2);
  assert.throws(() => runTask({ fn: -1, chunks: 4, nargs: 0, args() {}, mainIdle: true }),
    (e) => e instanceof WorkerError && /test error in chunk/.test(e.message));
  assert.is(np.threads.count, 2);
});

test("a worker that dies mid-task: the caller gets an error, the pool restarts", async () => {
  await np.threads.start(2);
  np.threads._setStallTimeout(300);
  try {
    assert.throws(() => runTask({ fn: -2, chunks: 1, nargs: 0, args() {}, mainIdle: true }),
      (e) => e instanceof WorkerError && /stopped responding/.test(e.message));
  } finally {
    np.threads._setStallTimeout(4000);
  }
  // the pool comes back (restarted in the background)
  for (let i = 0; i < 200 && np.threads.count < 2; i++) await new Promise((r) => setTimeout(r, 10));
  assert.is(await np.threads.start(2), 2);
  const a = data(3e5), before = np.threads.tasks;
  const r = np.exp(a);
  assert.ok(np.threads.tasks > before);
  np.config({ threads: 1 });
  assert.ok(same(r, np.exp(a)));
});

test("workers see memory grown after they started", async () => {
  await np.threads.start(2);
  const grows = np.memoryStats().memoryBytes;
  const big = np.full(3e7, 1.5); // 240 MB: grows the memory
  assert.ok(np.memoryStats().memoryBytes > grows);
  const before = np.threads.tasks;
  const r = np.multiply(big, 2);
  assert.ok(np.threads.tasks > before);
  assert.is(np.sum(r), 3 * 3e7);
  assert.is(r.get(-1), 3);
  // the workers alone (main idle): negate the last 1e6 elements of the new region in place
  const geo = np.array([125000, 8, 8], "int32"), p = geo._addr(), tail = big._addr() + (3e7 - 1e6) * 8;
  runTask({
    fn: "unary", chunks: 8, nargs: 8, mainIdle: true,
    args(k, w, at) { const q = tail + k * 125000 * 8; w.set([0, 10, q, q, 1, p, p + 4, p + 8], at); },
  });
  assert.is(np.sum(big), 1.5 * (3e7 - 2e6));
  assert.is(big.get(-1), -1.5);
  big.dispose(); r.dispose();
});

test("np.config and np.threads", async () => {
  const prev = np.config({ threads: 1 });
  assert.equal(np.config(), { threads: 1 });
  assert.is(np.threads.count, 1);
  assert.throws(() => np.config({ threads: 0 }), /threads must be/);
  assert.throws(() => np.config({ threads: "many" }), /threads must be/);
  assert.is(await np.threads.start(3), 3);
  assert.is(np.threads.count, 3);
  np.threads.stop();
  assert.is(np.threads.count, 1);
  np.config(prev);
});

test.run();
