#!/usr/bin/env node
// Headless-Chromium smoke test of the browser entry (dist/esm/index.js as plain ES modules).
// Serves the repo root on 127.0.0.1, opens test/browser/index.html twice — cross-origin isolated
// (shared memory: np.threads runs worker threads) and without COOP/COEP (single-threaded, same
// API) — compares the page's results with NumPy's output and fails on any page console error.
// Prints uvu-style "Total:/Passed:/Skipped:" lines so test/run.mjs can count the checks.
//   node test/browser/smoke.mjs          (needs /usr/bin/chromium and a built dist/)
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = fileURLToPath(new URL("../..", import.meta.url));
const EXECUTABLE = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

// NumPy 2.x output for the same operations (python3: str(...), repr(...), (...).dtype).
const expected = {
  "cross-origin isolated (COOP/COEP)": "true",
  "default and named exports agree": "true",
  "bare specifier via import map": "true",
  "str(np.array([1.5, 2, 3]))": "[1.5 2.  3. ]",
  "repr(np.array([1, 2, 3]))": "array([1, 2, 3])",
  "repr(np.zeros((2, 3)))": "array([[0., 0., 0.],\n       [0., 0., 0.]])",
  "repr(float32 2x2)": "array([[1., 2.],\n       [3., 4.]], dtype=float32)",
  "repr(np.array([True, False]))": "array([ True, False])",
  "str(np.add([1, 2, 3], [4, 5, 6]))": "[5 7 9]",
  "repr(np.array([0.1, 0.2]) + 0.2)": "array([0.3, 0.4])",
  "repr(np.ones((2, 3)).T)": "array([[1., 1.],\n       [1., 1.],\n       [1., 1.]])",
  "instanceof ndarray": "true",
  "int8 + 1 -> int8": "int8",
  "int8 + 1.5 -> float64": "float64",
  "float32 + 1.5 -> float32": "float32",
  "int32 + float32 -> float64": "float64",
  "uint8 + int8 -> int16": "int16",
  "str(int8 [1, 2, 3] + 1.5)": "[2.5 3.5 4.5]",
  "np.load(np.save(int16 (2, 3) .T)): .npy size, array, Fortran order": "140 array([[0, 3],\n       [1, 4],\n       [2, 5]], dtype=int16) true",
  "np.savez(arange(3, int8), b=[True, False]): NumPy's bytes (length, sha256)": "503 63936493b7be12bc91e5ee32ea7bb6f5cbde8c0d5af4af5f2fd8521598a05872",
  "np.load(NumPy's savez_compressed bytes): inflate": "x,y array([[0, 1, 2],\n       [3, 4, 5]], dtype=int16) array([ 0.5, -1. ])",
  "np.load(np.savez_compressed(...)): deflate round trip, compressed": "true true",
  "np.savez(path) in a browser: error": "TypeError: file paths need Node's fs; in browsers pass bytes (np.load(Uint8Array); np.save(arr), np.savez({ a }) -> Uint8Array)",
  "np.evaluate('2*a+3*b*b'): fused, str": "true [  2.1875   4.75     7.6875  11.      14.6875  18.75    23.1875  28.\n  33.1875  38.75    44.6875  51.      57.6875  64.75    72.1875  80.\n  88.1875  96.75   105.6875 115.    ]",
  "np.scope returns its result": "[2. 2. 2.]",
  "np.scope frees its temporaries": "freed",
  "np.threads.available": "true",
  "await np.threads.start(2)": "2",
  "threaded exp: on the pool, bit-identical to 1 thread": "true true",
  "threaded np.evaluate fused loop: on the pool (workers compile it), bit-identical to 1 thread": "true true",
  "np.sum(np.arange(1e6) / 7): on the pool, value": "true 71428500000",
};
// The same page served without COOP/COEP: no SharedArrayBuffer, so one thread, same API and values.
const expectedPlain = {
  ...expected,
  "cross-origin isolated (COOP/COEP)": "false",
  "np.threads.available": "false",
  "await np.threads.start(2)": "1",
  "threaded exp: on the pool, bit-identical to 1 thread": "false true",
  "threaded np.evaluate fused loop: on the pool (workers compile it), bit-identical to 1 thread": "false true",
  "np.sum(np.arange(1e6) / 7): on the pool, value": "false 71428500000",
};

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".wasm": "application/wasm",
  ".ts": "text/plain; charset=utf-8",
};

/** Static server for the repo root with the headers a cross-origin-isolated page needs. */
function serve() {
  const server = createServer(async (req, res) => {
    const isolated = !/[?&]isolated=0/.test(req.url) && !/isolated=0/.test(req.headers.referer || "");
    const headers = {
      ...(isolated ? { "Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp" } : {}),
      "Cache-Control": "no-store",
    };
    try {
      const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
      const file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) throw Object.assign(new Error(), { code: "EACCES" });
      if (!(await stat(file)).isFile()) throw Object.assign(new Error(), { code: "ENOENT" });
      const body = await readFile(file);
      res.writeHead(200, { ...headers, "Content-Type": MIME[extname(file)] || "application/octet-stream" });
      res.end(body);
    } catch (e) {
      res.writeHead(e.code === "EACCES" ? 403 : 404, headers);
      res.end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

const server = await serve();
const base = `http://127.0.0.1:${server.address().port}`;
let browser;
const lines = [];
let passed = 0, failed = 0;

/** Load the page at `query`, collect its results, check them against `want`. */
async function runPage(label, query, want) {
  const pageErrors = [];
  let results = null;
  try {
    const page = await browser.newPage();
    page.on("console", (msg) => { if (msg.type() === "error") pageErrors.push(`console.error: ${msg.text()}`); });
    page.on("pageerror", (err) => pageErrors.push(`uncaught: ${err.message}`));
    page.on("requestfailed", (req) => pageErrors.push(`request failed: ${req.url()} (${req.failure()?.errorText})`));
    page.on("response", (res) => { if (res.status() >= 400) pageErrors.push(`HTTP ${res.status()}: ${res.url()}`); });
    await page.goto(`${base}/test/browser/index.html${query}`);
    // Stop waiting as soon as the page reports its results or something goes wrong on it.
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      results = await page.evaluate(() => window.__result ?? null);
      if (results || pageErrors.length) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    if (!results && !pageErrors.length) pageErrors.push("timed out waiting for window.__result");
    await page.close();
  } catch (e) {
    pageErrors.push(`harness: ${e.stack || e}`);
  }
  const show = (s) => JSON.stringify(s);
  const got = new Map((results || []).map((r) => [r.name, r]));
  lines.push(`${label}:`);
  for (const [name, w] of Object.entries(want)) {
    const r = got.get(name);
    if (r && r.error === undefined && r.got === w) { passed++; lines.push(`  ✔ ${name}`); continue; }
    failed++;
    const why = !r ? "no result from the page" : r.error !== undefined ? `threw ${r.error}` : `got ${show(r.got)}`;
    lines.push(`  ✘ ${name}\n      expected ${show(w)}\n      ${why}`);
  }
  for (const name of got.keys()) if (!(name in want)) { failed++; lines.push(`  ✘ ${name}: no expected value in smoke.mjs`); }
  if (pageErrors.length) {
    failed++;
    lines.push(`  ✘ page errors (${pageErrors.length}):\n` + pageErrors.map((e) => `      ${e}`).join("\n"));
  }
}

try {
  browser = await chromium.launch({
    executablePath: EXECUTABLE,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  await runPage("cross-origin isolated page", "", expected);
  await runPage("page without COOP/COEP", "?isolated=0", expectedPlain);
} catch (e) {
  failed++;
  lines.push(`  ✘ harness: ${e.stack || e}`);
} finally {
  await browser?.close().catch(() => {});
  server.close();
}

console.log(`browser smoke (${EXECUTABLE})`);
console.log(lines.join("\n"));
console.log(`\n  Total:     ${passed + failed}\n  Passed:    ${passed}\n  Skipped:   0\n`);
process.exitCode = failed ? 1 : 0;
