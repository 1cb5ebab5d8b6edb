// Shared by the golden tests: decode fixture values, compare arrays bit-exactly, check errors.
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";

export const fixture = (name) => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));

/** Fixture scalar → JS value (numbers; big ints as BigInt; special floats by name). */
export function dec(v) {
  if (typeof v === "string") {
    if (v === "nan") return NaN;
    if (v === "inf") return Infinity;
    if (v === "-inf") return -Infinity;
    if (v === "-0.0") return -0;
    return BigInt(v);
  }
  return v;
}

const f64 = new Float64Array(1), u64 = new BigUint64Array(f64.buffer);
const bits = (x) => { f64[0] = x; return u64[0]; };

/** Same value, bit for bit for floats (NaN equals NaN, -0 differs from 0); bigints vs numbers by value. */
export function sameScalar(actual, expected) {
  if (typeof expected === "bigint") return BigInt(actual) === expected || Number(expected) === actual;
  if (typeof expected === "boolean") return actual === expected;
  if (typeof actual === "boolean") return +actual === expected;
  if (Number.isNaN(expected)) return Number.isNaN(actual);
  return bits(actual) === bits(expected) || actual === expected && expected !== 0;
}

/** Finite floats of dtype dt ("float32" / "float64") at most `ulp` units in the last place apart. */
const nearFloat = (x, e, dt, ulp) => (dt === "float32" || dt === "float64") && typeof x === "number" &&
  Number.isFinite(x) && Number.isFinite(e) && ulpDistance(x, e, dt) <= BigInt(ulp);

/** Compare an ndarray against an encoded fixture array {dtype, shape, data}: bit for bit, or
 *  floats within `ulp` units in the last place when given (results of transcendental functions). */
export function assertArray(a, exp, label = "", ulp = 0) {
  assert.is(String(a.dtype), exp.dtype, `${label} dtype`);
  assert.equal(a.shape, exp.shape, `${label} shape`);
  const flat = a.size === 0 ? [] : [a.tolist()].flat(Infinity);
  assert.is(flat.length, exp.data.length, `${label} size`);
  for (let i = 0; i < flat.length; i++) {
    const e = dec(exp.data[i]);
    if (!sameScalar(flat[i], e) && !(ulp && nearFloat(flat[i], e, exp.dtype, ulp))) {
      assert.unreachable(`${label} element ${i}: got ${String(flat[i])}, expected ${String(e)}`);
    }
  }
}

export const hex = (u8) => Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength).toString("hex");
export const unhex = (h) => new Uint8Array(Buffer.from(h, "hex"));

/** A gen_bytes.py source array: raw bytes of dtype and shape, then the ops. */
export function bytesSrc(np, s) {
  let a = np.frombuffer(unhex(s.hex), s.dtype).reshape(s.shape);
  for (const op of s.ops) {
    if (op === "T") a = a.T;
    else if (op === "ro") a = np.broadcast_to(a, a.shape);
    else if (op.startsWith("view:")) a = a.view(op.slice(5));
    else a = a.get(op);
  }
  return a;
}

/** Compare an ndarray with gen_bytes.py's {hex, dtype, shape, strides, c, f, aligned, writeable}. */
export function assertBytesArray(np, r, e, label) {
  assert.ok(r instanceof np.ndarray, `${label}: expected an ndarray, got ${r}`);
  assert.is(String(r.dtype), e.dtype, `${label} dtype`);
  assert.equal(r.shape, e.shape, `${label} shape`);
  assert.is(hex(r.tobytes()), e.hex, `${label} bytes`);
  if (r.size > 0) assert.equal(r.strides, e.strides, `${label} strides`); // (empty: numwasm's own)
  const fl = r.flags;
  assert.is(fl.c_contiguous, e.c, `${label} c_contiguous`);
  assert.is(fl.f_contiguous, e.f, `${label} f_contiguous`);
  assert.is(fl.aligned, e.aligned, `${label} aligned`);
  assert.is(fl.writeable, e.writeable, `${label} writeable`);
}

/** fn() must throw np.<error> with NumPy's message. */
export function assertThrows(np, fn, exp, label = "") {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof np[exp.error], `${label}: expected ${exp.error}, got ${e?.name}: ${e?.message}`);
    if (exp.message !== undefined) assert.is(e.message, exp.message, `${label} message`);
    return;
  }
  assert.unreachable(`${label}: expected ${exp.error}: ${exp.message}`);
}

const of64 = new Float64Array(1), oi64 = new BigInt64Array(of64.buffer);
const of32 = new Float32Array(1), oi32 = new Int32Array(of32.buffer);
/** Floats mapped to integers in order, -0 and +0 both to 0; consecutive floats differ by 1. */
function ordered(x, dt) {
  if (dt === "float32") {
    of32[0] = x;
    const i = oi32[0];
    return BigInt(i >= 0 ? i : -(i & 0x7fffffff));
  }
  of64[0] = x;
  const i = oi64[0];
  return i >= 0n ? i : -(i & 0x7fffffffffffffffn);
}
/** Distance in units in the last place between two floats of dtype dt ("float32" or "float64"). */
export const ulpDistance = (a, b, dt) => { const d = ordered(a, dt) - ordered(b, dt); return d < 0n ? -d : d; };

/** A result (ndarray or JS number) against the record `exp` within `tol` times the case's
 *  `scale` element by element (NaN and infinities exactly): for float results summed in another
 *  order than NumPy's (products); a scale shorter than the result repeats (an out with more
 *  batch axes than the product). */
export function assertScaled(got, exp, scale, tol, label) {
  const g = got instanceof Object && "tolist" in got ? [got.tolist()].flat(Infinity) : [got];
  const e = ("scalar" in exp ? [exp.scalar] : exp.data).map(dec);
  if ("scalar" in exp) assert.ok(typeof got === "number", `${label}: expected a JS number, got ${got}`);
  else {
    assert.is(String(got.dtype), exp.dtype, `${label} dtype`);
    assert.equal(got.shape, exp.shape, `${label} shape`);
  }
  const s = scale.data.map(dec);
  e.forEach((x, i) => {
    const sc = s[i % s.length];
    const ok = Number.isNaN(x) ? Number.isNaN(g[i]) : !Number.isFinite(x) ? g[i] === x : Math.abs(g[i] - x) <= tol * sc + 1e-300;
    if (!ok) assert.unreachable(`${label} element ${i}: got ${g[i]}, expected ${x} (scale ${sc})`);
  });
}

/** A JSON-encoded scalar argument: "nan", "inf", "-0.0" and big integers arrive as strings. */
export const decScalar = (v) => (typeof v === "string" && /^(nan|-?inf|-0\.0|-?\d+)$/.test(v) ? dec(v) : v);

/**
 * The test side of test/gen/argspec.py: decArg / decArgs decode argument specs (arrays with view
 * ops, views of earlier positional arguments, slices, tuples, dicts, callbacks from `funcs` by
 * name); call runs a case; check compares a result with argspec.describe's record.
 */
export function specRunner(np, funcs) {
  const applyOps = (a, ops) => (ops ?? []).reduce((v, op) => (op === "T" ? v.T : v.get(op)), a);
  /** Decode an argument; `prev` holds the positional arguments decoded so far (for {"ref"}). */
  function decArg(x, prev = []) {
    if (Array.isArray(x)) return x.map((v) => decArg(v, prev));
    if (x === null || typeof x !== "object") return decScalar(x);
    if ("array" in x) return applyOps(np.array(decArg(x.array), x.dtype), x.ops);
    if ("ref" in x) return applyOps(prev[x.ref], x.ops);
    if ("slice" in x) return x.slice;
    if ("tuple" in x) return x.tuple.map((v) => decArg(v, prev));
    if ("dict" in x) return Object.fromEntries(Object.entries(x.dict).map(([k, v]) => [k, decArg(v, prev)]));
    if ("fn" in x) return funcs[x.fn];
    throw new Error("unknown argument " + JSON.stringify(x));
  }
  function decArgs(list) {
    const out = [];
    for (const x of list) out.push(decArg(x, out));
    return out;
  }
  /** Run a case: "a.name" is a method of the first argument, "p.name" a property, "x.name"
   *  np.name without the first argument (there only for the others to be views of). */
  function call(c, args, kw) {
    const all = Object.keys(kw).length ? [...args, kw] : args;
    if (c.fn.startsWith("a.")) return args[0][c.fn.slice(2)](...all.slice(1));
    if (c.fn.startsWith("p.")) return args[0][c.fn.slice(2)];
    if (c.fn.startsWith("x.")) return np[c.fn.slice(2)](...all.slice(1));
    return np[c.fn](...all);
  }
  /** r against the record `exp` (c: the case, args: its decoded positional arguments; c.ulp:
   *  the floats' tolerance, c.ulp_dtype the dtype of a scalar result's ulp, float64 by default). */
  function check(r, exp, c, args, label) {
    if (c.scale) { assertScaled(r, exp, c.scale, c.tol, label); return; }
    if ("str" in exp) { assert.is(r, exp.str, `${label}: string`); return; }
    if ("scalar_type" in exp) {
      assert.ok(r instanceof np.DType, `${label}: expected a dtype object, got ${r}`);
      assert.is(String(r), exp.scalar_type, `${label}: dtype`);
      return;
    }
    if ("tuple" in exp) {
      assert.ok(Array.isArray(r), `${label}: expected an array of results, got ${r}`);
      assert.is(r.length, exp.tuple.length, `${label} result count`);
      exp.tuple.forEach((e, i) => check(r[i], e, c, args, `${label} [${i}]`));
      return;
    }
    if ("pylist" in exp) {
      assert.ok(Array.isArray(r) && !(r instanceof np.ndarray), `${label}: expected a JS array, got ${r}`);
      assert.is(r.length, exp.pylist.length, `${label} length`);
      exp.pylist.forEach((e, i) => assert.ok(sameScalar(r[i], dec(e)), `${label} [${i}]: got ${r[i]}, expected ${e}`));
      return;
    }
    if ("none" in exp) { assert.is(r, undefined, `${label}: expected undefined`); return; }
    if ("scalar" in exp) {
      assert.ok(typeof r === "number" || typeof r === "boolean", `${label}: expected a JS scalar, got ${r}`);
      if (typeof dec(exp.scalar) === "boolean") assert.is(typeof r, "boolean", `${label}: expected a boolean`);
      const e = dec(exp.scalar);
      assert.ok(sameScalar(r, e) || (c.ulp && nearFloat(r, e, c.ulp_dtype ?? "float64", c.ulp)), `${label}: got ${r}, expected ${exp.scalar}`);
      return;
    }
    assert.ok(r instanceof np.ndarray, `${label}: expected an ndarray, got ${r}`);
    if (c.shape_only) {
      assert.is(String(r.dtype), exp.dtype, `${label} dtype`);
      assert.equal(r.shape, exp.shape, `${label} shape`);
      return;
    }
    assertArray(r, exp, label, c.ulp);
    assert.is(r.flags.writeable, exp.writeable, `${label} writeable`);
    const views = new Set(exp.views ?? []);
    args.forEach((a, i) => {
      if (!(a instanceof np.ndarray)) return;
      if (views.has(i)) assert.ok(r._owner === a._owner, `${label}: NumPy returns a view of argument ${i}; got a copy`);
      else assert.ok(r._owner !== a._owner, `${label}: NumPy returns a copy; got a view of argument ${i}`);
    });
    if (exp.strides && r.size > 1) assert.equal(r.strides, exp.strides, `${label} strides`);
  }
  return { decArg, decArgs, call, check };
}

/**
 * One uvu test per case of test/fixtures/<name>.json (test/gen/argspec.py's records), run with
 * specRunner(np, funcs): the result against NumPy's (within tol * scale where the case records
 * them: assertScaled), or NumPy's error with every argument left as it was (API.md); an
 * argument's contents after the call where the case records them.
 * `more(c, r, label)` checks a case's further fields on the result.
 */
export function specTests(test, np, funcs, name, more) {
  const { decArg, decArgs, call, check } = specRunner(np, funcs);
  for (const [i, c] of fixture(`${name}.json`).entries()) {
    const label = `${c.fn}(${JSON.stringify(c.args).slice(1, -1)}${Object.keys(c.kwargs).length ? ", " + JSON.stringify(c.kwargs) : ""})`;
    test(`${name} #${i} ${label.slice(0, 110)}`, () => {
      const args = decArgs(c.args);
      const kw = Object.fromEntries(Object.entries(c.kwargs).map(([k, v]) => [k, decArg(v, args)]));
      if (c.expect.error) {
        const before = args.map((a) => (a instanceof np.ndarray ? a.tolist() : null));
        assertThrows(np, () => call(c, args, kw), c.expect, label);
        args.forEach((a, k) => {
          if (before[k] !== null && !a.disposed) assert.equal(a.tolist(), before[k], `${label}: argument ${k} changed by a failed call`);
        });
        return;
      }
      const r = call(c, args, kw);
      check(r, c.expect, c, args, label);
      if (c.after) {
        const target = typeof c.after_arg === "string" ? kw[c.after_arg] : args[c.after_arg];
        if (c.scale) assertScaled(target, c.after, c.scale, c.tol, `${label} (argument ${c.after_arg} after the call)`);
        else assertArray(target, c.after, `${label} (argument ${c.after_arg} after the call)`);
      }
      if (more) more(c, r, label);
    });
  }
}
