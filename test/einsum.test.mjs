// Golden tests for np.einsum and np.einsum_path: replays test/fixtures/einsum.json and
// einsum_path.json (test/gen/gen_einsum.py). Integer and bool results are exact; float results
// lie within the case's tol times the einsum of the absolute values (the summation order is not
// NumPy's; NaN and infinities exactly). einsum_path: NumPy's path list and report text exactly.
// Then what the fixtures cannot show: larger contractions against a plain loop, views where
// NumPy returns views, and arrays not leaking.
import { test } from "uvu";
import * as assert from "uvu/assert";
import np from "../dist/esm/index.js";
import { specTests, fixture, assertThrows } from "./helpers.mjs";

specTests(test, np, {}, "einsum", (c, r, label) => {
  if (!c.flags) return;
  assert.equal([r.flags.c_contiguous, r.flags.f_contiguous], c.flags, `${label} contiguity`);
});

for (const [i, c] of fixture("einsum_path.json").entries()) {
  const label = `einsum_path(${JSON.stringify(c.args).slice(1, -1)}, ${JSON.stringify(c.kwargs)})`;
  test(`einsum_path #${i} ${label.slice(0, 110)}`, () => {
    const args = c.args.map((a) => (typeof a === "string" ? a : np.ones(a.shape)));
    const call = () => np.einsum_path(...args, ...(Object.keys(c.kwargs).length ? [c.kwargs] : []));
    if (c.expect) { assertThrows(np, call, c.expect, label); return; }
    const [path, report] = call();
    assert.equal(path, c.path, `${label} path`);
    assert.is(report, c.report, `${label} report`);
  });
}

// ---- properties the fixtures cannot show ----

/** Deterministic pseudo-random numbers in [-1, 1) (LCG). */
function rand(seed) {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 31 - 1; };
}
const fill = (shape, r, dt = "float64") => np.array(Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => Math.round(r() * 64)), dt).reshape(shape);

/** einsum by a plain loop over every label assignment (float64, from tolist()). */
function naive(sub, ops) {
  const [lhs, rhs] = sub.split("->");
  const terms = lhs.split(",");
  const size = {};
  terms.forEach((t, i) => [...t].forEach((ch, k) => { size[ch] = ops[i].shape[k]; }));
  const labels = Object.keys(size);
  const lists = ops.map((o) => o.tolist());
  const outShape = [...rhs].map((ch) => size[ch]);
  const out = new Float64Array(outShape.reduce((a, b) => a * b, 1));
  const idx = {};
  const rec = (d) => {
    if (d === labels.length) {
      let p = 1;
      terms.forEach((t, i) => { let v = lists[i]; for (const ch of t) v = v[idx[ch]]; p *= v; });
      let o = 0;
      for (const ch of rhs) o = o * size[ch] + idx[ch];
      out[o] += p;
      return;
    }
    for (let i = 0; i < size[labels[d]]; i++) { idx[labels[d]] = i; rec(d + 1); }
  };
  rec(0);
  return [Array.from(out), outShape];
}

test("larger contractions (past the matmul kernel's blocks) against a plain loop, every optimize setting", () => {
  const r = rand(11);
  const cases = [
    ["ij,jk->ik", [[70, 300], [300, 9]]],
    ["bij,bjk->bik", [[3, 20, 30], [3, 30, 11]]],
    ["ijk,jkl->il", [[5, 6, 7], [6, 7, 8]]],
    ["ij,jk,kl->li", [[9, 8], [8, 7], [7, 6]]],
    ["aij,ajk,bk->abi", [[2, 5, 4], [2, 4, 3], [3, 3]]],
    ["ij,ij,ij->i", [[6, 50], [6, 50], [6, 50]]],
  ];
  for (const [sub, shapes] of cases) {
    for (const dt of ["float64", "int64"]) {
      const ops = shapes.map((s) => fill(s, r, dt));
      const [want, shape] = naive(sub, ops);
      for (const optimize of [false, true, "optimal"]) {
        const got = np.einsum(sub, ...ops, { optimize });
        assert.is(String(got.dtype), dt, `${sub} ${dt} ${optimize} dtype`);
        assert.equal(got.shape, shape, `${sub} ${optimize} shape`);
        // integers in [-64, 64]: every sum is exact in float64 too
        assert.equal([got.tolist()].flat(Infinity), want, `${sub} ${dt} optimize=${optimize}`);
      }
    }
  }
});

test("one operand with nothing summed is a view (writes go through), as NumPy's", () => {
  const a = np.arange(9).reshape(3, 3);
  const d = np.einsum("ii->i", a);
  assert.ok(d._owner === a._owner);
  d.set(1, 100);
  assert.is(a.get(1, 1), 100);
  const t = np.einsum("ij->ji", a);
  assert.equal(t.strides, [8, 24]);
  assert.ok(t._owner === a._owner);
  assert.ok(np.einsum("...ii->...i", np.zeros([2, 3, 3])).base !== null);
  assert.ok(np.einsum("ij->i", a).base === null);
});

test("scalars out: a full contraction is a JS number without optimize, a 0-d array after matmul as in NumPy", () => {
  const v = np.arange(4);
  assert.is(np.einsum("i,i", v, v), 14);
  assert.is(np.einsum("ii", np.eye(2)), 2);
  const r = np.einsum("i,i", v, v, { optimize: true });
  assert.ok(r instanceof np.ndarray && r.ndim === 0 && r.item() === 14);
  assert.is(np.einsum("i->", np.array([true, false])), true);
  assert.is(np.einsum(",", 2, 3, { optimize: true }), 6);
});

test("no temporary array outlives a call", () => {
  const a = np.ones([4, 5]), b = np.ones([5, 6]), c = np.ones([6, 3]), d = np.ones([3, 5]);
  const run = () => [
    np.einsum("ij,jk,kl->il", a, b, c),
    np.einsum("ij,jk,kl->il", a, b, c, { optimize: true }),
    np.einsum("ij,kj->ik", a, d),
    np.einsum("ij,ij,ij->i", a, a, a.T.T),
    np.einsum("ij->", a),
  ];
  const before = np.memoryStats().live;
  const kept = np.scope(run);
  // what is returned stays (a result may be a view of its owner), the rest is gone
  const owners = new Set(kept.filter((r) => r instanceof np.ndarray).map((r) => r._owner));
  assert.is(np.memoryStats().live, before + owners.size);
});

test("a failed call leaves out as it was", () => {
  const out = np.full([2, 2], 7.0);
  assertThrows(np, () => np.einsum("ij,jk->ik", np.ones([2, 3]), np.ones([3, 2]), { out, dtype: "int32" }), { error: "TypeError" });
  assert.equal(out.tolist(), [[7, 7], [7, 7]]);
});

test.run();
