// Golden tests for the matrix and vector products (np.matmul, dot, vdot, inner, outer, vecdot,
// matvec, vecmat, tensordot, kron, a.dot, a.matmul): replays test/fixtures/linalg_products.json
// (test/gen/gen_linalg_products.py). Integer and bool results are exact; float results are
// summed in another order than NumPy's BLAS, so they must lie within the case's tol times the
// product of the absolute values (helpers.mjs assertScaled; NaN and infinities exactly). Then
// properties the fixtures cannot show: large blocked products against a plain triple loop in
// every layout, exact wrapping integer sums, batches, out identity.
import { test } from "uvu";
import * as assert from "uvu/assert";
import np from "../dist/esm/index.js";
import { specTests } from "./helpers.mjs";

specTests(test, np, {}, "linalg_products");

// ---- properties the fixtures cannot show ----

/** Deterministic pseudo-random numbers in [-1, 1) (LCG). */
function rand(seed) {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 31 - 1; };
}

/** A plain triple loop over a.tolist() / b.tolist() (2-d), in float64, with |a|·|b| alongside. */
function naive(a, b) {
  const A = a.tolist(), B = b.tolist();
  const [m, k, n] = [A.length, B.length, B[0]?.length ?? 0];
  const c = [], s = [];
  for (let i = 0; i < m; i++) {
    c.push(new Array(n).fill(0)); s.push(new Array(n).fill(0));
    for (let p = 0; p < k; p++) for (let j = 0; j < n; j++) { c[i][j] += A[i][p] * B[p][j]; s[i][j] += Math.abs(A[i][p] * B[p][j]); }
  }
  return [c, s];
}

/** The layouts of an [m, k] matrix: contiguous, transposed, reversed, strided, Fortran-order. */
function layouts(m, k, dt, r) {
  const fill = (shape) => np.array(Array.from({ length: shape[0] * shape[1] }, () => Math.round(r() * 1000) / 64), dt).reshape(shape);
  return {
    C: fill([m, k]),
    T: fill([k, m]).T,
    rev: fill([m, k]).get("::-1, ::-1"),
    step: fill([2 * m, 3 * k]).get("::2, 1::3"),
    F: np.asfortranarray(fill([m, k])),
  };
}

for (const dt of ["float64", "float32"]) {
  test(`blocked ${dt} products (m, n, k past the block sizes) in every layout against a triple loop`, () => {
    const r = rand(7);
    for (const [m, k, n] of [[67, 300, 41], [5, 3, 1030], [130, 17, 9], [1, 40, 33], [33, 40, 1], [4, 520, 8]]) {
      const As = layouts(m, k, dt, r), Bs = layouts(k, n, dt, r);
      for (const [la, a] of Object.entries(As)) {
        for (const [lb, b] of Object.entries(Bs)) {
          if (la !== lb && la !== "C" && lb !== "C") continue;
          const got = np.matmul(a, b);
          assert.is(String(got.dtype), dt);
          const [c, s] = naive(a, b);
          const g = got.tolist();
          const tol = (dt === "float64" ? 2.3e-16 : 1.2e-7) * 4 * k;
          for (let i = 0; i < m; i++) {
            for (let j = 0; j < n; j++) {
              if (!(Math.abs(g[i][j] - c[i][j]) <= tol * s[i][j])) assert.unreachable(`${m}x${k}x${n} ${la}@${lb} [${i},${j}]: ${g[i][j]} vs ${c[i][j]}`);
            }
          }
        }
      }
    }
  });
}

test("integer products are exact and wrap (int64 beyond 2**53 via BigInt, int8, uint16)", () => {
  const r = rand(3);
  for (const dt of ["int8", "uint16", "int32", "int64"]) {
    const v = () => Math.round(dt.startsWith("u") ? Math.abs(r() * 100) : r() * 100);
    const a = np.array(Array.from({ length: 37 * 29 }, v), dt).reshape([37, 29]);
    const b = np.array(Array.from({ length: 29 * 11 }, v), dt).reshape([29, 11]).get("::-1");
    const got = np.matmul(a, b), [c] = naive(a, b);
    const bits = { int8: 8, uint16: 16, int32: 32, int64: 64 }[dt];
    const wrap = (x) => (dt.startsWith("u") ? BigInt.asUintN(bits, BigInt(x)) : BigInt.asIntN(bits, BigInt(x)));
    assert.equal(got.tolist().flat().map((x) => BigInt(x)), c.flat().map(wrap), dt);
  }
  // exact beyond 2**53, and wrapping past 2**63
  const x = np.array([[2 ** 31 + 3, 2 ** 32 + 1]], "int64"), y = np.array([[2 ** 31 + 5], [2 ** 32 + 7]], "int64");
  const want = BigInt.asIntN(64, (2n ** 31n + 3n) * (2n ** 31n + 5n) + (2n ** 32n + 1n) * (2n ** 32n + 7n));
  assert.is(np.matmul(x, y).toTypedArray()[0], want);
});

test("a call with out returns that very out", () => {
  const a = np.ones([2, 3]), b = np.ones([3, 2]);
  for (const [f, out] of [[(o) => np.matmul(a, b, { out: o }), np.zeros([2, 2])], [(o) => np.matmul(a, b, o), np.zeros([2, 2], "float32")],
    [(o) => np.dot(a, b, o), np.zeros([2, 2])], [(o) => np.outer(a, b, { out: o }), np.zeros([6, 6])],
    [(o) => np.vecdot(a, a, { out: o }), np.zeros([2])], [(o) => a.matmul(b, { out: o }), np.zeros([4, 2, 2])]]) {
    assert.ok(f(out) === out);
  }
});

test("a batch of many small float products and a.imatmul (a @= b)", () => {
  const r = rand(5);
  const a = np.array(Array.from({ length: 500 * 9 }, r)).reshape([500, 3, 3]);
  const b = np.array(Array.from({ length: 9 }, r)).reshape([3, 3]);
  const got = np.matmul(a, b);
  for (const i of [0, 137, 499]) {
    const [c] = naive(a.get(i), b);
    got.get(i).tolist().flat().forEach((x, j) => assert.ok(Math.abs(x - c.flat()[j]) < 1e-14));
  }
  const x = np.array([[1, 2], [3, 4]], "float64"), same = x;
  x.imatmul(np.array([[0, 1], [1, 0]], "float64"));
  assert.ok(x === same);
  assert.equal(x.tolist(), [[2, 1], [4, 3]]);
});

test("out aliasing an input (out=a, out=b, a @= a, dot into b) past one k block: the product of the inputs as they were", () => {
  const n = 300; // k > 256: the kernel reads B again after writing the first block of C
  const a = np.sin(np.arange(n * n).reshape([n, n])), b = np.cos(np.arange(n * n).reshape([n, n]));
  const want = np.matmul(a, b), wantSq = np.matmul(a, a);
  const b1 = b.copy(), a1 = a.copy(), a2 = a.copy(), b2 = b.copy();
  assert.ok(np.matmul(a, b1, { out: b1 }) === b1 && np.array_equal(b1, want), "out=b");
  assert.ok(np.array_equal(np.matmul(a1, b, { out: a1 }), want), "out=a");
  a2.imatmul(a2);
  assert.ok(np.array_equal(a2, wantSq), "a @= a");
  np.dot(a, b2, b2);
  assert.ok(np.array_equal(b2, want), "dot(a, b, out=b)");
});

test.run();
