// Golden tests for .npz archives (test/fixtures/npz.json, made by test/gen/gen_npz.py with NumPy):
// np.savez writes NumPy's bytes exactly; np.savez_compressed NumPy's headers and member contents
// (its deflate bytes depend on the zlib build); np.load reads what NumPy and zipfile write and
// raises NumPy's errors for damaged archives. Then the TypeScript deflate / inflate / CRC-32 that
// browsers use, against node:zlib.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash } from "node:crypto";
import zlib from "node:zlib";
const { inflateRawSync } = zlib; // (kept: tests below hide zlib's functions from numwasm)
import np from "../dist/esm/index.js";
import { limits, crc32js, ZipWriter } from "../dist/esm/io/zip.js";
import { deflate, codeLengths } from "../dist/esm/io/deflate.js";
import { inflate } from "../dist/esm/io/inflate.js";
import { fixture, assertThrows, hex, bytesSrc, assertBytesArray } from "./helpers.mjs";

const F = fixture("npz.json");
const tmp = mkdtempSync(join(tmpdir(), "numwasm-npz-"));
const b64 = (s) => new Uint8Array(Buffer.from(s, "base64"));
const sha256 = (b) => createHash("sha256").update(b).digest("hex");

/** A fixture source: gen_bytes.py's, or {arange, mod, dtype, shape, order} for big arrays. */
function src(s) {
  if (!("arange" in s)) return bytesSrc(np, s);
  return np.remainder(np.arange(s.arange), s.mod).astype(s.dtype).reshape(s.shape, { order: s.order });
}

/** NumPy's archive: its bytes, or {sha256, length} of big ones. */
function assertArchive(got, npz, label) {
  if (npz.b64) assert.is(hex(got), hex(b64(npz.b64)), label);
  else assert.equal([got.length, sha256(got)], [npz.length, npz.sha256], label);
}

/** gen_npz.py's describe(): every field but compressed sizes and offsets, members inflated. */
function describe(b) {
  b = new Uint8Array(b); // (a copy, also of a Buffer, whose slice() is a view)
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const fields = (at, widths) => widths.map((w) => { const v = w === 1 ? dv.getUint8(at) : w === 2 ? dv.getUint16(at, true) : dv.getUint32(at, true); at += w; return v; });
  const out = { local: [], central: [] };
  let p = 0;
  while (dv.getUint32(p, true) === 0x04034b50) {
    const f = fields(p + 4, [1, 1, 2, 2, 2, 2, 4, 4, 4, 2, 2]);
    const name = b.subarray(p + 30, p + 30 + f[9]), extra = b.slice(p + 30 + f[9], p + 30 + f[9] + f[10]);
    const size = Number(new DataView(extra.buffer).getBigUint64(4, true)), csize = Number(new DataView(extra.buffer).getBigUint64(12, true));
    extra.fill(0, 12, 20);
    const data = b.subarray(p + 30 + name.length + extra.length, p + 30 + name.length + extra.length + csize);
    const content = f[3] === 8 ? inflateRawSync(data) : data;
    assert.is(content.length, size);
    out.local.push({ fields: f, name: hex(name), extra: hex(extra), sha256: sha256(content) });
    p += 30 + name.length + extra.length + csize;
  }
  while (dv.getUint32(p, true) === 0x02014b50) {
    const f = fields(p + 4, [1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 2, 2, 2, 2, 2, 4, 4]);
    const name = b.subarray(p + 46, p + 46 + f[11]), extra = b.slice(p + 46 + f[11], p + 46 + f[11] + f[12]);
    if (extra[0] === 1 && extra[1] === 0) { // ZIP64 values of the fields that say 0xFFFFFFFF
      let q = 4;
      for (const i of [10, 9, 17]) { // size, compressed size, offset
        if (f[i] !== 0xffffffff) continue;
        if (i !== 10) extra.fill(0, q, q + 8);
        q += 8;
      }
    }
    f[9] = f[17] = null;
    out.central.push({ fields: f, name: hex(name), extra: hex(extra) });
    p += 46 + name.length + extra.length;
  }
  out.zip64_end = null;
  if (dv.getUint32(p, true) === 0x06064b50) {
    out.zip64_end = [8, 2, 2, 4, 4, 8, 8, 8, 8].map((w, i, ws) => {
      const at = p + 4 + ws.slice(0, i).reduce((s, x) => s + x, 0);
      return w === 8 ? Number(dv.getBigUint64(at, true)) : w === 4 ? dv.getUint32(at, true) : dv.getUint16(at, true);
    }).slice(0, -1); // (not the offset)
  }
  const end = fields(b.length - 18, [2, 2, 2, 2, 4, 4, 2]);
  end[5] = null;
  out.end = end;
  return out;
}

const args = (c) => [...c.args.map(src), Object.fromEntries(c.kwds.map(([k, s]) => [k, src(s)]))];

/** Run fn with zipfile's limits lowered as the case says. */
function withLimits(c, fn) {
  const saved = { ...limits };
  Object.assign(limits, c.limits ?? {});
  try {
    return fn();
  } finally {
    Object.assign(limits, saved);
  }
}

/** The arrays a case saved, by member name (NumPy's order: keywords, then arr_0, arr_1...). */
function savedArrays(c) {
  const named = c.kwds.map(([k, s]) => [k.split("\0")[0], src(s)]);
  return [...named, ...c.args.map((s, i) => [`arr_${i}`, src(s)])];
}

test("np.savez: NumPy's archive, byte for byte (bytes and files; every dtype, 0-d, empty, Fortran order, odd names, big, ZIP64)", () => {
  for (const [i, c] of F.saves.filter((c) => c.fn === "savez").entries()) {
    const label = `savez ${JSON.stringify(c.kwds.map(([k]) => k))} ${c.args.length} positional ${JSON.stringify(c.limits ?? "")}`;
    withLimits(c, () => {
      assertArchive(np.savez(...args(c)), c.npz, label);
      assert.is(np.savez(join(tmp, `s${i}`), ...args(c)), undefined);
      assertArchive(readFileSync(join(tmp, `s${i}.npz`)), c.npz, `${label} (file, ".npz" appended)`);
    });
  }
});

/** np.savez_compressed gives NumPy's headers, names and member contents (its deflated bytes
 *  depend on the zlib build). */
function checkCompressed(mode) {
  for (const [i, c] of F.saves.filter((c) => c.fn === "savez_compressed").entries()) {
    const label = `savez_compressed ${JSON.stringify(c.kwds.map(([k]) => k))} ${c.args.length} positional ${JSON.stringify(c.limits ?? "")} (${mode})`;
    withLimits(c, () => {
      assert.equal(describe(np.savez_compressed(...args(c))), c.describe, label);
      if (i % 4 === 0) {
        np.savez_compressed(join(tmp, `c${i}.npz`), ...args(c));
        assert.equal(describe(readFileSync(join(tmp, `c${i}.npz`))), c.describe, `${label} (file)`);
      }
    });
  }
}

test("np.load(np.savez(...)) and np.load of NumPy's archives: the same arrays (values, dtype, shape, Fortran order)", () => {
  for (const c of F.saves) {
    const label = `${c.fn} round trip ${JSON.stringify(c.kwds.map(([k]) => k))}`;
    const want = savedArrays(c);
    const loaded = withLimits(c, () => [np.load(np[c.fn](...args(c)))]);
    if (c.npz.b64) loaded.push(np.load(b64(c.npz.b64)));
    for (const r of loaded) {
      assert.equal(Object.keys(r), [...new Set(want.map(([k]) => k))], `${label} keys`);
      for (const [k, a] of want) {
        const got = r[k];
        assert.is(String(got.dtype), String(a.dtype), `${label} ${k} dtype`);
        assert.equal(got.shape, a.shape, `${label} ${k} shape`);
        assert.is(hex(got.tobytes()), hex(a.tobytes()), `${label} ${k} values`);
        assert.is(got.flags.f_contiguous && !got.flags.c_contiguous, a.flags.f_contiguous && !a.flags.c_contiguous, `${label} ${k} order`);
      }
    }
  }
});

/** np.load reads the archives NumPy and zipfile write (comments, prepended data, ZIP64, data
 *  descriptors, names, members that are not .npy files) from bytes, buffers and files. */
function checkLoads(mode) {
  for (const [i, c] of F.loads.entries()) {
    const bytes = b64(c.npz);
    const file = join(tmp, `l${i}.npz`);
    writeFileSync(file, bytes);
    for (const [r, how] of [[np.load(bytes), "Uint8Array"], [np.load(bytes.slice().buffer), "ArrayBuffer"], [np.load(file), "file"]]) {
      const label = `load ${c.name} (${how}, ${mode})`;
      assert.ok(Object.getPrototypeOf(r) === Object.prototype, `${label}: a plain object`);
      assert.equal(Object.keys(r), c.expect.map(([k]) => k), `${label} keys`);
      for (const [k, e] of c.expect) {
        const got = r[k];
        if ("bytes" in e) {
          assert.ok(got instanceof Uint8Array && !(got instanceof np.ndarray), `${label} ${k}: bytes`);
          assert.is(hex(got), e.bytes, `${label} ${k}`);
        } else if (e.sha256) {
          assert.is(sha256(got.tobytes()), e.sha256, `${label} ${k} bytes`);
          assertBytesArray(np, got, { ...e, hex: hex(got.tobytes()) }, `${label} ${k}`);
        } else assertBytesArray(np, got, e, `${label} ${k}`);
      }
    }
  }
}

/** np.load raises NumPy's errors for damaged archives (numwasm's where it checks more). */
function checkErrors(mode) {
  for (const c of F.errors) assertThrows(np, () => np.load(b64(c.npz.b64)), c.numwasm ?? c.expect, `load error ${c.name} (${mode})`);
}

test("np.load: archives NumPy and zipfile write (comments, prepended data, ZIP64, data descriptors, names, members that are not .npy)", () => {
  checkLoads("node:zlib");
  // a member's bytes are a copy: the input may change after
  const c = F.loads.find((c) => c.name === "not npy members"), bytes = b64(c.npz), r = np.load(bytes);
  bytes.fill(0);
  assert.is(new TextDecoder().decode(r["readme.txt"]), "hello");
  // NumPy ignores mmap_mode for archives
  assert.equal(Object.keys(np.load(b64(c.npz), { mmap_mode: "r" })), c.expect.map(([k]) => k));
});

test("np.savez_compressed: NumPy's headers, names and member contents (deflate bytes differ by zlib build)", () => checkCompressed("node:zlib"));

test("np.load: NumPy's errors for damaged archives (numwasm's where it checks more)", () => {
  checkErrors("node:zlib");
  const file = join(tmp, "bad.npz");
  writeFileSync(file, b64(F.errors.find((c) => c.name === "bad crc").npz.b64));
  assertThrows(np, () => np.load(file), { error: "BadZipFile", message: "Bad CRC-32 for file 'a.npy'" }, "load error (file)");
  assert.ok(new np.BadZipFile("x") instanceof Error && new np.NotImplementedError("x") instanceof np.RuntimeError);
  // allow_pickle and max_header_size reach the members
  const pickled = b64(F.errors.find((c) => c.name === "pickled npy member").npz.b64);
  assert.throws(() => np.load(pickled, { allow_pickle: true }), (e) => e instanceof np.TypeError && /'\|O'/.test(e.message));
  const dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }".padEnd(20031) + "\n";
  const npy = new Uint8Array([...Buffer.from("\x93NUMPY\x01\x00", "latin1"), 0x40, 0x4e, ...Buffer.from(dict), ...new Uint8Array(8)]);
  const parts = [], zip = new ZipWriter((b) => parts.push(b.slice()));
  zip.add("a.npy", 0, [npy], npy.length, crc32js(npy));
  zip.finish();
  const bigHeader = new Uint8Array(Buffer.concat(parts));
  assert.throws(() => np.load(bigHeader), (e) => e instanceof np.ValueError && /Header info length \(20032\)/.test(e.message));
  assert.equal(np.load(bigHeader, { max_header_size: 30000 }).a.size, 1);
  assert.equal(np.load(bigHeader, { allow_pickle: true }).a.size, 1);
});

test("np.savez: NumPy's name clashes; numwasm's argument errors", () => {
  for (const c of F.savez_errors) {
    const pos = Array.from({ length: c.args }, () => np.arange(2)), kw = Object.fromEntries(c.kwds.map((k) => [k, np.arange(1)]));
    for (const fn of ["savez", "savez_compressed"]) assertThrows(np, () => np[fn](...pos, kw), c.expect, `${fn} ${JSON.stringify(c)}`);
  }
  assert.throws(() => np.savez({ a: np.arange(2) }, np.arange(3)), (e) => e instanceof np.TypeError && /last argument/.test(e.message));
  assertThrows(np, () => np.savez({ "a\ud800": np.arange(2) }), { error: "ValueError",
    message: "'utf-8' codec can't encode character '\\ud800' in position 1: surrogates not allowed" });
  assertThrows(np, () => np.savez("no_such_dir_numwasm/x", np.arange(2)), { error: "FileNotFoundError",
    message: "[Errno 2] No such file or directory: 'no_such_dir_numwasm/x.npz'" });
  // array_like members; allow_pickle is savez's keyword, not a member
  const r = np.load(np.savez([1, 2], { b: [[true]], allow_pickle: false }));
  assert.equal(Object.keys(r), ["b", "arr_0"]);
  assert.equal(r.arr_0.tolist(), [1, 2]);
  assert.is(String(r.b.dtype), "bool");
  assert.equal(np.load(np.savez_compressed()), {});
});

test("np.savez: more than 65535 members (ZIP64 end records, as NumPy), and back", () => {
  const arrays = Array.from({ length: F.many.count }, (_, i) => np.array(i % 256, "uint8"));
  const b = np.savez(...arrays);
  assertArchive(b, F.many.npz, "70000 members");
  const r = np.load(b);
  const keys = Object.keys(r);
  assert.is(keys.length, F.many.count);
  assert.is(r.arr_69999.get(), 69999 % 256);
});

/** Run fn with node:zlib's functions hidden: numwasm's own deflate, inflate and CRC-32 run, as in
 *  browsers (src/io/npz.ts uses each zlib function only where present). */
function withoutZlib(fn) {
  const names = ["deflateRawSync", "inflateRawSync", "crc32"], saved = names.map((k) => zlib[k]);
  for (const k of names) zlib[k] = undefined;
  try {
    fn();
  } finally {
    names.forEach((k, i) => { zlib[k] = saved[i]; });
  }
}

test("without node:zlib (browsers): savez_compressed, loads and errors as above", () => withoutZlib(() => {
  checkCompressed("no zlib");
  checkLoads("no zlib");
  checkErrors("no zlib");
}));

// ---------------------------------------------------------------- deflate / inflate (browsers)

let seed = 12345;
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const inputs = () => {
  const f64 = new Float64Array(30000).map((_, i) => Math.sin(i / 50) * 1000);
  return {
    empty: new Uint8Array(0), one: new Uint8Array([7]), three: new Uint8Array([1, 2, 3]),
    zeros: new Uint8Array(200000), random: Uint8Array.from({ length: 70000 }, () => rand() * 256),
    "random small alphabet": Uint8Array.from({ length: 150000 }, () => (rand() * 5) | 0),
    text: new TextEncoder().encode("the quick brown fox jumps over the lazy dog; ".repeat(3000)),
    float64: new Uint8Array(f64.buffer), "npy of arange": np.save(np.arange(40000)),
    "long runs": Uint8Array.from({ length: 100000 }, (_, i) => (i >> 10) & 3),
    "65535 stored": Uint8Array.from({ length: 65535 * 2 + 3 }, () => rand() * 256),
  };
};

test("deflate (TypeScript): node:zlib inflates it back; it compresses; inflate (TypeScript) reads it", () => {
  for (const [name, d] of Object.entries(inputs())) {
    const c = deflate(d);
    assert.is(hex(zlib.inflateRawSync(c)), hex(d), `${name}: zlib inflates deflate's output`);
    assert.is(hex(inflate(c, d.length)), hex(d), `${name}: inflate reads deflate's output`);
    assert.ok(c.length <= d.length + 5 * Math.ceil(d.length / 16384 + 1), `${name}: at most stored size (${c.length})`);
    const z = zlib.deflateRawSync(d).length;
    assert.ok(c.length <= z * 1.1 + 16, `${name}: compresses about as well as zlib (${c.length} bytes, zlib ${z})`);
  }
});

test("inflate (TypeScript): what zlib writes at every level and strategy", () => {
  const { Z_FILTERED, Z_HUFFMAN_ONLY, Z_RLE, Z_FIXED } = zlib.constants;
  for (const [name, d] of Object.entries(inputs())) {
    const options = [0, 1, 9].map((level) => ({ level })).concat([Z_FILTERED, Z_HUFFMAN_ONLY, Z_RLE, Z_FIXED].map((strategy) => ({ strategy })));
    for (const opts of options) {
      const c = zlib.deflateRawSync(d, opts);
      assert.is(hex(inflate(c, d.length)), hex(d), `${name} ${JSON.stringify(opts)}`);
    }
    // a stream that is not final after its first half (a sync flush: an empty stored block)
    const parts = [d.subarray(0, d.length >> 1), d.subarray(d.length >> 1)];
    const flushed = Buffer.concat([zlib.deflateRawSync(parts[0], { finishFlush: zlib.constants.Z_SYNC_FLUSH }), zlib.deflateRawSync(parts[1])]);
    assert.is(hex(inflate(flushed, d.length)), hex(d), `${name}: two streams joined by a sync flush`);
  }
});

test("inflate (TypeScript): zlib's errors for damaged streams; sizes beyond the archive's", () => {
  const good = new Uint8Array(zlib.deflateRawSync(new TextEncoder().encode("abcabcabcabc numwasm ".repeat(200))));
  const damaged = {
    "block type 3": Uint8Array.from([0x07, 0, 0]),
    "stored lengths": Uint8Array.from([0x01, 5, 0, 5, 0, 1, 2, 3, 4, 5]),
    "distance too far back": Uint8Array.from([0x63, 0x00, 0x02, 0x00]), // fixed block: a match before any output
    "truncated": good.subarray(0, good.length >> 1),
    "truncated stored": Uint8Array.from([0x01, 5, 0, 0xfa, 0xff, 1, 2]),
    "empty": new Uint8Array(0),
  };
  for (let i = 0; i < 40; i++) { // random damage inside the compressed data
    const b = good.slice();
    b[3 + ((rand() * (b.length - 3)) | 0)] ^= 1 << ((rand() * 8) | 0);
    damaged[`flipped bit ${i}`] = b;
  }
  for (const [name, b] of Object.entries(damaged)) {
    let want = null;
    try { zlib.inflateRawSync(b); } catch (e) { want = e.errno === -5 ? "incomplete or truncated stream" : e.message; }
    let got = null;
    try { inflate(b, 1 << 16); } catch (e) { got = e.message; }
    if (want === null) continue; // (a flipped bit can still make a valid stream)
    assert.is(got, want, name);
  }
  assert.throws(() => inflate(good, 10), /longer than the archive says/);
});

test("codeLengths: complete prefix codes within the length limit, no costlier than needed", () => {
  const fib = [1, 1];
  while (fib.length < 40) fib.push(fib.at(-1) + fib.at(-2));
  const cases = [fib.slice(0, 30), fib.slice(0, 19), [0, 5], [0, 0, 3], [1, 1], [0, 0, 0], Array(286).fill(1),
    Array.from({ length: 286 }, () => (rand() < 0.3 ? 0 : 1 + ((rand() * 2 ** (rand() * 20)) | 0)))];
  for (const freq of cases) {
    for (const limit of [7, 15]) {
      if (freq.length > 2 ** limit) continue;
      const lens = codeLengths(freq, limit);
      const used = [...lens].filter((l) => l > 0);
      assert.ok(Math.max(...used) <= limit, `limit ${limit}`);
      assert.is(used.reduce((s, l) => s + 2 ** -l, 0), 1, `complete code for ${freq.slice(0, 5)}... limit ${limit}`);
      freq.forEach((f, s) => { if (f) assert.ok(lens[s] > 0, "every used symbol has a code"); });
      assert.ok(used.length >= 2, "at least two codes");
    }
  }
  // unlimited lengths are Huffman's optimum: Fibonacci weights give the deepest tree
  assert.equal([...codeLengths(fib.slice(0, 8), 15)], [7, 7, 6, 5, 4, 3, 2, 1]);
});

test("crc32 (TypeScript) agrees with zlib's", () => {
  for (const d of Object.values(inputs())) assert.is(crc32js(d), zlib.crc32(d));
  assert.is(crc32js(new Uint8Array([4, 5]), crc32js(new Uint8Array([1, 2, 3]))), zlib.crc32(new Uint8Array([1, 2, 3, 4, 5])));
});

test.after(() => rmSync(tmp, { recursive: true, force: true }));

test.run();
