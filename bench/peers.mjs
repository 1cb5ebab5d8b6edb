// The JS libraries `npm run bench` compares with (devDependencies, loaded only when the bench runs
// with peers). Each loader returns an adapter, or throws if the package is missing or does not
// start; the bench then shows "n/a" for that library.
//
// An adapter: { id, label, version, note, lib, settle(result), dispose(input), values(result), rtol }
//   lib        the imported namespace, used by the cases' `nt` / `tf` specs in bench/run.mjs
//   wrap(fn)   how a timed call is run (tfjs: inside tf.tidy, which frees the call's temporaries)
//   settle(r)  what happens to a timed call's result (both peers: dispose it now, as their docs
//              recommend for benchmarks and tight loops; numbers pass through)
//   values(r)  the result as a number, string or flat typed array, for bench/run.mjs's cross-check
//   rtol       relative tolerance of that cross-check against numwasm's result
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const versionOf = (pkg) => {
  try { return require(`${pkg}/package.json`).version; } catch { return "?"; }
};

/** numpy-ts (Zig-compiled WASM SIMD kernels, float64 like NumPy). */
async function numpyTs() {
  const nt = await import("numpy-ts");
  // Its default heap is a fixed 256 MiB; a 1e7 float64 case needs more than that, and when the heap
  // is exhausted numpy-ts silently falls back to slower JS arrays. Its docs say to raise the limit
  // with configureWasm before the first array operation.
  nt.configureWasm({ maxMemory: 2 ** 30 });
  const isArray = (r) => r !== null && typeof r === "object" && typeof r.dispose === "function";
  return {
    id: "numpy-ts",
    label: "numpy-ts",
    version: nt.__version__ ?? versionOf("numpy-ts"),
    note: "float64 as in NumPy; results and temporaries are disposed explicitly (its recommended practice in loops)",
    lib: nt,
    wrap: (fn) => fn(),
    settle: (r) => { if (isArray(r)) r.dispose(); },
    dispose: (a) => { if (isArray(a)) a.dispose(); },
    values: (r) => {
      if (!isArray(r)) return typeof r === "bigint" ? Number(r) : r;
      const c = r.flags?.C_CONTIGUOUS && r.data?.length === r.size ? r : nt.ascontiguousarray(r);
      const out = c.data.slice(0, r.size);
      if (c !== r) c.dispose();
      return out;
    },
    rtol: 1e-6,
  };
}

/** TensorFlow.js core with its WASM backend (XNNPACK, SIMD; single-threaded in Node). */
async function tfjsWasm() {
  const tf = await import("@tensorflow/tfjs-core");
  await import("@tensorflow/tfjs-backend-wasm"); // registers the "wasm" backend
  if (!(await tf.setBackend("wasm"))) throw new Error("tf.setBackend('wasm') failed");
  await tf.ready();
  const isTensor = (r) => r instanceof tf.Tensor;
  const threads = tf.env().getBool("WASM_HAS_MULTITHREAD_SUPPORT") ? "threads" : "1 thread";
  return {
    id: "tfjs-wasm",
    label: "tfjs-wasm",
    version: tf.version_core ?? versionOf("@tensorflow/tfjs-core"),
    note:
      `float32 only (no float64 dtype): the f64 cases run on float32 data, half the memory traffic; ` +
      `SIMD, ${threads}. WASM kernels run synchronously, so an array result is complete when the call ` +
      `returns and is disposed without being read back; scalar results are read with dataSync()`,
    lib: tf,
    wrap: (fn) => tf.tidy(fn),
    settle: (r) => { if (isTensor(r)) r.dispose(); },
    dispose: (a) => { if (isTensor(a)) a.dispose(); },
    values: (r) => (isTensor(r) ? r.dataSync() : r),
    rtol: 1e-2,
  };
}

/** Peers in table and chart order; `key` is the property of a case that says how the peer runs it. */
export const PEERS = [
  { id: "numpy-ts", key: "nt", load: numpyTs },
  { id: "tfjs-wasm", key: "tf", load: tfjsWasm },
];
