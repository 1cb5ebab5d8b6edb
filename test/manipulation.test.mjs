// Golden tests for array manipulation (reshape … pad, copyto, isclose): replays
// test/fixtures/manipulation.json (made by test/gen/gen_manipulation.py with NumPy) on numwasm,
// checking values, dtypes, shapes, errors, and views against copies (memory shared with an
// input exactly where NumPy shares it, with NumPy's strides and writeable flag).
import { test } from "uvu";
import * as assert from "uvu/assert";
import np from "../dist/esm/index.js";
import { fixture, assertArray, assertThrows, specRunner } from "./helpers.mjs";

const FUNCS = {
  // NumPy's pad documentation example
  pad_with: (vector, padWidth, _iaxis, kwargs) => {
    const v = kwargs.padder ?? 10;
    vector.set(`:${padWidth[0]}`, v);
    if (padWidth[1]) vector.set(`-${padWidth[1]}:`, v);
  },
};

const { decArg, decArgs, call, check } = specRunner(np, FUNCS);

for (const [i, c] of fixture("manipulation.json").entries()) {
  const label = `${c.fn}(${JSON.stringify(c.args).slice(1, -1)}${Object.keys(c.kwargs).length ? ", " + JSON.stringify(c.kwargs) : ""})`;
  test(`manipulation #${i} ${label.slice(0, 110)}`, () => {
    const args = decArgs(c.args);
    const kw = Object.fromEntries(Object.entries(c.kwargs).map(([k, v]) => [k, decArg(v, args)]));
    if (c.expect.error) {
      const before = args[0] instanceof np.ndarray ? args[0].tolist() : null;
      assertThrows(np, () => call(c, args, kw), c.expect, label);
      // a failed call leaves its arguments as they were (API.md)
      if (before !== null && !args[0].disposed) assert.equal(args[0].tolist(), before, `${label}: argument changed by a failed call`);
      return;
    }
    const r = call(c, args, kw);
    check(r, c.expect, c, args, label);
    if (c.after) assertArray(args[0], c.after, `${label} (argument after the call)`);
  });
}

// Properties the fixtures cannot show.
test("views write through: squeeze, swapaxes, moveaxis, split pieces, flip", () => {
  const a = np.arange(12).reshape(1, 3, 4);
  np.squeeze(a).set(0, 0, 100);
  np.swapaxes(a, 1, 2).set(0, 1, 0, 101);
  np.moveaxis(a, 0, -1).set(2, 3, 0, 102);
  np.split(a, 3, 1)[1].set(0, 0, 2, 103);
  np.flip(a, 2).set(0, 2, 0, 104);
  assert.equal(a.tolist(), [[[100, 101, 2, 3], [4, 5, 103, 7], [8, 9, 10, 104]]]);
});

test("concatenate and copyto read sources overlapping the destination as NumPy does", () => {
  const a = np.arange(6).reshape(2, 3);
  const out = np.zeros([4, 3], "int64");
  // the second input aliases rows 0-1 of out: NumPy reads it after the first input was written
  np.concatenate([a, out.get("0:2").get("::-1")], { out });
  assert.equal(out.tolist(), [[0, 1, 2], [3, 4, 5], [3, 4, 5], [0, 1, 2]]);
  const b = np.arange(4);
  np.copyto(b.get("1:"), b.get(":-1"));
  assert.equal(b.tolist(), [0, 0, 1, 2]);
});

test("diagonal is a read-only view", () => {
  const m = np.arange(9).reshape(3, 3);
  const d = m.diagonal();
  assert.is(d.flags.writeable, false);
  assertThrows(np, () => d.set(0, 5), { error: "ValueError", message: "assignment destination is read-only" });
  m.set(1, 1, 50);
  assert.equal(d.tolist(), [0, 50, 8]);
});

test("repeat, insert and delete run the row kernels on large inputs", () => {
  const n = 100000;
  const a = np.arange(n, { dtype: "float32" });
  const counts = np.remainder(np.arange(n), 3);
  const r = np.repeat(a, counts);
  assert.is(r.size, 99999); // sum of i % 3 for i < 100000
  assert.equal(r.get("0:6").tolist(), [1, 2, 2, 4, 5, 5]);
  const d = np.delete(a, np.arange(0, n, 2));
  assert.equal(d.get("0:3").tolist(), [1, 3, 5]);
  assert.is(d.size, n / 2);
  const ins = np.insert(a, np.arange(0, n + 1, 1000), -1);
  assert.is(ins.size, n + 101);
  assert.equal(ins.get("0:3").tolist(), [-1, 0, 1]);
  assert.equal(ins.get("1000:1003").tolist(), [999, -1, 1000]);
});

test("a.resize keeps earlier views inside memory it still owns", () => {
  const a = np.arange(6, { dtype: "float64" });
  const v = a.get("4:");
  a.resize(2);
  a.resize(8);
  assert.equal(a.tolist(), [0, 1, 0, 0, 0, 0, 0, 0]);
  assert.equal(v.shape, [2]);
  a.resize(3, 3);
  assert.equal(a.shape, [3, 3]);
  assert.equal(a.strides, [24, 8]);
});

test("isclose / allclose of 0-d floats whose difference is integral beyond int64 (NumPy 2.4: False, True, False, True)", () => {
  const f = (x) => np.array(x, "float64");
  assert.is(np.isclose(f(1e40), 0), false);
  assert.is(np.isclose(f(1e40), f(1e40)), true);
  assert.is(np.allclose(f(2e30), 0), false);
  assert.is(np.isclose(f(1e40), 1e40 * (1 + 1e-6)), true);
});

test.run();
