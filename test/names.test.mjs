// Golden tests for NumPy's object/type questions and small helpers (np.shape … np.row_stack, and
// the ndarray members clip, round, conj, conjugate, real, imag, device, to_device): replays
// test/fixtures/names.json (made by test/gen/gen_names.py with NumPy) on numwasm, checking values,
// dtypes, shapes, errors, JS scalars where NumPy gives scalars, and views against copies (the
// very input where NumPy returns it: np.real(a), a.conj(), np.astype(a, a.dtype, copy=False)).
// Then properties the fixtures cannot show: the overlap solver on harder strided cases against a
// brute-force check, max_work's cap, a.imag's layout, piecewise's callback arguments.
import { test } from "uvu";
import * as assert from "uvu/assert";
import np from "../dist/esm/index.js";
import { assertThrows, specTests } from "./helpers.mjs";


const FUNCS = {
  neg: (v) => v.negative(),
  half: (v) => v.divide(2),
  sum: (v) => v.sum(),
  times: (v, k) => v.multiply(k),
  times_kw: (v, kw) => v.multiply(kw?.m ?? 1),
  ones2: () => np.ones(2),
  square: (v) => v.multiply(v),
  boom: () => { throw new Error("piecewise called a function on an empty selection"); },
};

specTests(test, np, FUNCS, "names");

// ---- properties the fixtures cannot show ----

/** Every byte address an array's elements cover. */
function bytesOf(a) {
  const out = new Set();
  const base = a._addr();
  const rec = (ax, addr) => {
    if (ax === a.ndim) { for (let k = 0; k < a.itemsize; k++) out.add(addr + k); return; }
    for (let i = 0; i < a.shape[ax]; i++) rec(ax + 1, addr + i * a.strides[ax]);
  };
  if (a.size > 0) rec(0, base);
  return out;
}

/** A deterministic pseudo-random generator (LCG). */
function rng(seed) {
  let s = seed >>> 0;
  return (n) => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s % n; };
}

/** A random view of `base`: a reshape, a slice with a random step on every axis, maybe a
 *  transpose, a broadcast axis or an inserted axis. */
function randomView(base, r) {
  const n = base.size;
  const shapes = [[n], [n / 2, 2], [n / 4, 4], [n / 4, 2, 2], [4, n / 8, 2]].filter((sh) => sh.every(Number.isInteger));
  let v = base.reshape(shapes[r(shapes.length)]);
  const parts = v.shape.map((d) => {
    const step = [1, 2, 3, 5, -1, -2, -3][r(7)];
    const a = r(d + 1), b = r(d + 1);
    return step > 0 ? `${Math.min(a, b)}:${Math.max(a, b)}:${step}` : `${Math.max(a, b)}:${Math.min(a, b) === 0 ? "" : Math.min(a, b) - 1}:${step}`;
  });
  v = v.get(parts.join(","));
  if (r(3) === 0) v = v.T;
  if (r(5) === 0) v = v.get("None, ...");
  if (r(6) === 0 && v.ndim > 0) v = np.broadcast_to(v.get("None"), [3, ...v.shape]);
  return v;
}

test("shares_memory is exact on random strided views (brute force), may_share_memory bounds them", () => {
  const r = rng(12345);
  let shared = 0, apart = 0, interleaved = 0;
  for (const dt of ["int8", "int16", "float64"]) {
    const base = np.zeros(96, dt);
    for (let t = 0; t < 700; t++) {
      const a = randomView(base, r), b = randomView(base, r);
      const A = bytesOf(a), B = bytesOf(b);
      let truth = false;
      for (const x of A) if (B.has(x)) { truth = true; break; }
      const label = `${dt} ${a.shape}/${a.strides}@${a.offset} vs ${b.shape}/${b.strides}@${b.offset}`;
      assert.is(np.shares_memory(a, b), truth, `shares_memory ${label}`);
      assert.is(np.shares_memory(b, a), truth, `shares_memory (swapped) ${label}`);
      const lo = (S) => Math.min(...S), hi = (S) => Math.max(...S);
      const bounds = A.size > 0 && B.size > 0 && lo(A) <= hi(B) && lo(B) <= hi(A);
      assert.is(np.may_share_memory(a, b), bounds, `may_share_memory ${label}`);
      assert.is(np.may_share_memory(a, b, -1), truth, `may_share_memory max_work=-1 ${label}`);
      if (truth) shared++; else if (bounds) interleaved++; else apart++;
    }
  }
  // the random views reach all three answers
  assert.ok(shared > 100 && apart > 100 && interleaved > 100, `${shared} shared, ${interleaved} interleaved, ${apart} apart`);
});

test("shares_memory: max_work caps the search (TooHardError), may_share_memory answers true then", () => {
  // NumPy's own hard-looking example: 20*x1 + 7*x2 + 3*x3 = 78 needs several candidates
  const x = np.arange(80, { dtype: "int8" }).reshape(4, 20);
  const a = x.get(":, ::7"), b = x.get(":, 3::3");
  assert.is(np.shares_memory(a, b), false);
  assertThrows(np, () => np.shares_memory(a, b, 1), { error: "TooHardError", message: "Exceeded max_work" });
  assert.ok(new np.TooHardError("x") instanceof np.RuntimeError);
  assert.is(np.may_share_memory(a, b, 1), true);
  assert.is(np.may_share_memory(a, b, { max_work: -1 }), false);
  assert.is(np.shares_memory(a, b, { max_work: 1000 }), false);
  // views of different arrays never share; a disposed array throws as every use does
  const y = np.arange(6);
  y.dispose();
  assert.throws(() => np.shares_memory(y, x), /freed/);
});

test("a.imag: new read-only zeros laid out as the array; a.real is the array", () => {
  const f = np.asfortranarray(np.arange(6, { dtype: "float32" }).reshape(2, 3));
  const im = f.imag;
  assert.equal(im.strides, [4, 8]);
  assert.is(im.flags.writeable, false);
  assert.ok(im !== f.imag && im._owner !== f._owner);
  assert.is(f.real, f);
  f.real = 7;
  assert.equal(f.tolist(), [[7, 7, 7], [7, 7, 7]]);
  assertThrows(np, () => { f.imag = 1; }, { error: "TypeError", message: "array does not have imaginary part to set" });
  const v = np.arange(10, { dtype: "int16" }).get("::3");
  assert.equal(v.imag.strides, [2]);
  assert.is(np.imag(v).flags.writeable, false);
});

test("np.conj is the ufunc np.conjugate; a.conj() is NumPy's method", () => {
  assert.is(np.conj, np.conjugate);
  assert.is(np.conjugate.nin, 1);
  assert.is(String(np.conjugate), "<ufunc 'conjugate'>");
  assert.ok(np.conjugate.types.includes("d->d") && !np.conjugate.types.some((t) => t.startsWith("?")));
  const b = np.array([true, false]);
  assert.is(String(np.conj(b).dtype), "int8"); // the ufunc has no bool loop
  assert.is(b.conj(), b); // the method returns a real array itself
  assert.is(b.conjugate(), b);
  const out = np.zeros(2, "int8");
  assert.is(np.conj(b, { out }), out);
  assertThrows(np, () => b.conj({ out }), { error: "TypeError", message: "ndarray.conj() takes no keyword arguments" });
});

test("np.astype of a JS scalar: NumPy's AttributeError (a Python int / float / bool has no astype), as np.TypeError", () => {
  assertThrows(np, () => np.astype(3.7, "int8"), { error: "TypeError", message: "'float' object has no attribute 'astype'" });
  assertThrows(np, () => np.astype(3, "int8"), { error: "TypeError", message: "'int' object has no attribute 'astype'" });
  assertThrows(np, () => np.astype(true, "int8"), { error: "TypeError", message: "'bool' object has no attribute 'astype'" });
  assertThrows(np, () => np.astype("a", "int8"), { error: "TypeError", message: "Input should be a NumPy array or scalar. It is a <class 'str'> instead." });
});

test("piecewise: callbacks get the selected values and the extra arguments, only when any", () => {
  const x = np.arange(-3, 3);
  const seen = [];
  const r = np.piecewise(x, [x.less(0), x.greater(10)], [
    (v, k, kw) => { seen.push([v.tolist(), k, kw]); return v.multiply(k); },
    () => { throw new Error("called on an empty selection"); },
    0,
  ], 3, { tag: 1 });
  assert.equal(r.tolist(), [-9, -6, -3, 0, 0, 0]);
  assert.equal(seen, [[[-3, -2, -1], 3, { tag: 1 }]]);
  // the selected values are the callback's to keep
  let kept;
  np.piecewise(x, [x.less(0)], [(v) => { kept = v; return v; }, 1]);
  assert.equal(kept.tolist(), [-3, -2, -1]);
});

test("iterable, isscalar, shape on JS values", () => {
  assert.is(np.iterable(new Set([1])), true);
  assert.is(np.iterable(new Float32Array(2)), true);
  assert.is(np.iterable((function* () {})()), true);
  assert.is(np.iterable({ a: 1 }), false);
  assert.is(np.iterable(np.zeros([0])), true);
  assert.is(np.isscalar(10n), true);
  assert.is(np.isscalar(np.float64), false);
  assert.equal(np.shape(new Int16Array(3)), [3]);
  const a = np.zeros([2, 3]);
  const sh = np.shape(a);
  sh[0] = 9; // a copy: the array's shape is unchanged
  assert.equal(a.shape, [2, 3]);
  assert.is(np.size(10n), 1);
});

test("nan_to_num(copy=false) writes in place and returns the input; row_stack is vstack", () => {
  const a = np.array([NaN, Infinity, -Infinity, 1], "float32");
  const r = np.nan_to_num(a, false, 0, 1, -1);
  assert.is(r, a);
  assert.equal(a.tolist(), [0, 1, -1, 1]);
  const i = np.arange(3);
  assert.is(np.nan_to_num(i, { copy: false }), i);
  assert.ok(np.nan_to_num(i) !== i);
  assert.equal(np.row_stack([np.arange(2), np.arange(2)]).tolist(), np.vstack([np.arange(2), np.arange(2)]).tolist());
});

test.run();
