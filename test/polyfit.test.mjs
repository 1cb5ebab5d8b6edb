// np.polyfit, np.roots and np.poly of a square matrix against NumPy (test/gen/gen_polyfit.py):
// structure, dtypes, shapes and errors exactly; values within the case's relative tolerance of
// each output's largest magnitude (numwasm's SVD and eigenvalue kernels round otherwise than LAPACK).
import { test } from "uvu";
import * as assert from "uvu/assert";
import np from "../dist/esm/index.js";
import { fixture, dec, assertThrows } from "./helpers.mjs";

const decArg = (a) => (a && typeof a === "object" && "array" in a ? np.array(a.array.data.map(dec), a.array.dtype).reshape(a.array.shape) : a);

function check(got, exp, tol, label) {
  if ("tuple" in exp) {
    assert.ok(Array.isArray(got), `${label}: expected a tuple, got ${got}`);
    assert.is(got.length, exp.tuple.length, `${label}: length`);
    exp.tuple.forEach((e, i) => check(got[i], e, tol, `${label}[${i}]`));
    return;
  }
  if ("sc" in exp) {
    const e = dec(exp.sc);
    assert.ok(typeof got === "number" && Math.abs(got - e) <= tol * Math.abs(e), `${label}: got ${got}, expected ${e}`);
    return;
  }
  const { dtype, shape, data } = exp.arr;
  assert.ok(got instanceof np.ndarray, `${label}: expected an ndarray, got ${got}`);
  assert.is(String(got.dtype), dtype, `${label}: dtype`);
  assert.equal(got.shape, shape, `${label}: shape`);
  const g = [got.tolist()].flat(Infinity), e = data.map(dec);
  const scale = Math.max(1e-300, ...e.filter((x) => !Number.isNaN(x)).map(Math.abs));
  e.forEach((x, i) => assert.ok(Number.isNaN(x) ? Number.isNaN(g[i]) : Math.abs(g[i] - x) <= tol * scale, `${label} element ${i}: got ${g[i]}, expected ${x}`));
}

for (const [i, c] of fixture("polyfit.json").entries()) {
  const label = `${c.fn} #${i}(${JSON.stringify(c.args).slice(0, 80)}, ${JSON.stringify(c.kw).slice(0, 60)})`;
  test(label, () => {
    const args = c.args.map(decArg);
    const kw = Object.fromEntries(Object.entries(c.kw).map(([k, v]) => [k, decArg(v)]));
    const call = () => np[c.fn](...args, ...(Object.keys(kw).length ? [kw] : []));
    if (c.exp.error) assertThrows(np, call, c.exp, label);
    else check(call(), c.exp, c.tol, label);
  });
}

test("roots of a polynomial with complex roots: numwasm has no complex dtype", () => {
  assertThrows(np, () => np.roots([1, 0, 1]), { error: "ValueError", message: "complex eigenvalues are not supported (numwasm has no complex dtype yet)" });
  // coefficients spanning 1e300 (this eigenvalue problem never ended before)
  assertThrows(np, () => np.roots([0.04222538925484783, 4.969044226300809, 1e300, 5.881199382191043]), { error: "ValueError", message: "complex eigenvalues are not supported (numwasm has no complex dtype yet)" });
});

test("polyfit leaves no arrays behind", () => {
  const x = np.linspace(0, 1, 50), y = np.square(x);
  np.polyfit(x, y, 2).dispose();
  const before = np.memoryStats().live;
  for (let k = 0; k < 20; k++) { np.polyfit(x, y, 2, { full: true }).forEach((r) => r?.dispose?.()); np.roots([1, -3, 2]).dispose(); }
  assert.is(np.memoryStats().live, before);
});

test.run();
