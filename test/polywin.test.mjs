// Golden tests for the window functions (bartlett, blackman, hamming, hanning, kaiser), np.i0,
// the polynomial functions (polyadd, polysub, polymul, polydiv, polyder, polyint, polyval,
// vander) and np.fft's helpers (fftfreq, rfftfreq, fftshift, ifftshift): replays test/fixtures/polywin.json, made by test/gen/gen_polywin.py with NumPy (its
// docstring describes the case format).
//
// One uvu test per case: dtype and shape exactly; integers (int64 / uint64 as BigInt) and bools
// exactly; floats bit for bit (NaN equals NaN, -0 differs from +0) unless the case gives "ulp" or
// "atol"; errors by class and NumPy's message; and no argument array changed by the call.
import { test } from "uvu";
import * as assert from "uvu/assert";
import np from "../dist/esm/index.js";
import { fixture, dec, sameScalar, ulpDistance } from "./helpers.mjs";

const cases = fixture("polywin.json");
const BIG = new Set(["int64", "uint64"]);
const FLOAT = new Set(["float32", "float64"]);

// ------------------------------------------------------------------ building arguments
const decList = (x) => (Array.isArray(x) ? x.map(decList) : dec(x));

function makeArray({ dtype, shape, data }) {
  const a = np.array(data.map(dec), dtype);
  return shape.length === 1 ? a : a.reshape(shape);
}

function build(spec) {
  if (spec === null) return null;
  if ("n" in spec) return dec(spec.n);
  if ("list" in spec) return decList(spec.list);
  let a = makeArray(spec.a);
  for (const [op, arg] of spec.view ?? []) a = op === "T" ? a.T : a.get(arg);
  return a;
}

// ------------------------------------------------------------------ comparing
const show = (x) => (Object.is(x, -0) ? "-0" : String(x));
const values = (a, dt) => (a.size === 0 ? [] : BIG.has(dt) ? Array.from(a.toTypedArray()) : [a.tolist()].flat(Infinity));

/** null when got matches the fixture value e (of dtype dt) within the case's tolerance. */
function cmpElem(got, e, dt, c) {
  const want = dec(e);
  if (BIG.has(dt)) return BigInt(got) === BigInt(want) ? null : `${got} != ${want}`;
  if (sameScalar(got, want) && typeof got === (dt === "bool" ? "boolean" : "number")) return null;
  const near = FLOAT.has(dt) && Number.isFinite(want) && Number.isFinite(got) &&
    ((c.ulp && ulpDistance(got, want, dt) <= BigInt(c.ulp)) || (c.atol && Math.abs(got - want) <= c.atol));
  return near ? null : `${show(got)} != ${show(want)}`;
}

function cmpArray(a, e, c) {
  if (!(a instanceof np.ndarray)) return `expected an ndarray, got ${typeof a} ${show(a)}`;
  if (String(a.dtype) !== e.dtype) return `dtype ${a.dtype}, expected ${e.dtype}`;
  if (JSON.stringify(a.shape) !== JSON.stringify(e.shape)) return `shape [${a.shape}], expected [${e.shape}]`;
  const bad = [];
  values(a, e.dtype).forEach((v, i) => {
    const m = cmpElem(v, e.data[i], e.dtype, c);
    if (m) bad.push(`[${i}] ${m}`);
  });
  return bad.length ? `${bad.length} of ${e.data.length} differ: ${bad.slice(0, 5).join(", ")}` : null;
}

function cmpResult(got, exp, c, args) {
  if ("tuple" in exp) {
    if (!Array.isArray(got) || got.length !== exp.tuple.length) return `expected ${exp.tuple.length} results, got ${got}`;
    for (let i = 0; i < got.length; i++) {
      const m = cmpResult(got[i], exp.tuple[i], c, args);
      if (m) return `[${i}] ${m}`;
    }
    return null;
  }
  if ("input" in exp) return got === args[exp.input] ? null : `expected argument ${exp.input} itself back`;
  if ("sc" in exp) {
    if (typeof got !== (exp.dtype === "bool" ? "boolean" : "number")) return `expected a JS scalar ${exp.sc}, got ${got}`;
    return cmpElem(BIG.has(exp.dtype) ? BigInt(got) : got, exp.sc, exp.dtype, c);
  }
  return cmpArray(got, exp.arr, c);
}

const snapshot = (args) => args.map((a) => (a instanceof np.ndarray ? JSON.stringify(a.tolist(), (_, v) => (Object.is(v, -0) ? "-0" : typeof v === "number" && !Number.isFinite(v) ? String(v) : v)) : null));

// ------------------------------------------------------------------ one test per case
const label = (c) => `${c.f}(${JSON.stringify([...c.args, ...(c.kw ? [c.kw] : [])]).slice(0, 120)})`;
cases.forEach((c, i) => {
  test(`#${i} ${label(c)}`, () => {
    const args = c.args.map(build);
    const call = c.kw ? [...args, Object.fromEntries(Object.entries(c.kw).map(([k, v]) => [k, build(v)]))] : args;
    const before = snapshot(args);
    let got, error;
    try {
      got = c.f.split(".").reduce((o, k) => o[k], np)(...call);
    } catch (e) {
      error = e;
    }
    if ("error" in c.exp) {
      assert.ok(error, `expected ${c.exp.error}: ${c.exp.message}, got a result`);
      assert.ok(error instanceof np[c.exp.error], `expected ${c.exp.error}, got ${error?.name}: ${error?.message}`);
      if ("message" in c.exp) assert.is(error.message, c.exp.message);
    } else {
      if (error) throw error;
      const m = cmpResult(got, c.exp, c, args);
      if (m) assert.unreachable(m);
    }
    assert.equal(snapshot(args), before, "an argument changed");
  });
});

test.run();
