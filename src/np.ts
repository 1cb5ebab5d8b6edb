// The `np` namespace: NumPy's names, gathered from the modules that implement them.
import "./wire.js";
import * as errors from "./core/errors.js";
import * as dtypes from "./dtype/index.js";
import * as basic from "./creation/basic.js";
import * as ranges from "./creation/ranges.js";
import * as matrices from "./creation/matrices.js";
import * as buffers from "./creation/buffer.js";
import * as printing from "./print/index.js";
import * as broadcasting from "./manipulation/broadcasting.js";
import * as manipulation from "./manipulation/index.js";
import * as sorting from "./sorting/index.js";
import * as statistics from "./statistics/index.js";
import * as windows from "./windows/index.js";
import * as polynomial from "./polynomial/index.js";
import * as mathfn from "./mathfn/index.js";
import * as functional from "./functional/index.js";
import * as indexing from "./indexing/index.js";
import * as evaluation from "./evaluate/index.js";
import * as reductions from "./reduction/index.js";
import * as typecheck from "./typecheck/index.js";
import * as bytes from "./bytes/index.js";
import * as io from "./io/index.js";
import * as products from "./products/index.js";
import { linalg } from "./linalg/index.js";
import { random } from "./random/index.js";
import { fft } from "./fft/index.js";
import { ndarray } from "./ndarray/ndarray.js";
import { ufuncs } from "./ufunc/ufunc.js";
import * as ufuncFunctions from "./ufunc/functions.js";
import { seterr, geterr, errstate, seterrcall, geterrcall, getbufsize, setbufsize } from "./ufunc/errstate.js";
import { scope as scopeImpl } from "./runtime/lifetime.js";
import { stats, heapTop } from "./runtime/memory.js";
import { memory } from "./runtime/wasm.js";
import { config, threads } from "./threads/config.js";

/** np.scope(fn): run fn; free every array made inside it except those it returns. */
function scope<T>(fn: () => T): T {
  return scopeImpl(fn, (x) => (x instanceof ndarray ? x._owner : null));
}

export const np = {
  ...errors,
  ...dtypes,
  ...basic,
  ...ranges,
  ...matrices,
  ...buffers,
  ...printing,
  ...broadcasting,
  ...manipulation,
  ...sorting,
  ...statistics,
  ...windows,
  ...polynomial,
  ...mathfn,
  ...functional,
  ...indexing,
  ...evaluation,
  ...reductions,
  ...bytes,
  ...io,
  ...products,
  ...ufuncs,
  ...ufuncFunctions,
  ...typecheck,
  seterr, geterr, errstate, seterrcall, geterrcall, getbufsize, setbufsize,
  ndarray,
  linalg,
  /** np.random */
  random,
  /** np.fft (the frequency and shift helpers) */
  fft,
  scope,
  /** numwasm settings (not NumPy API): `np.config({ threads: "auto" | n })`; returns the previous ones. */
  config,
  /** The worker-thread pool (not NumPy API): start(n), stop(), count, available. */
  threads,
  pi: Math.PI,
  e: Math.E,
  inf: Infinity,
  nan: NaN,
  euler_gamma: 0.5772156649015329,
  newaxis: null,
  /** Diagnostics of the wasm heap (not NumPy API). */
  memoryStats: () => ({ ...stats(), heapTop: heapTop(), memoryBytes: memory.buffer.byteLength }),
};
export type NP = typeof np;
export { ndarray };
