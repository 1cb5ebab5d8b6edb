// np.config({ threads }) and np.threads: how many threads large operations use.
//   threads: "auto" (default) — Node: one thread per core, the pool started in the background
//            by the first operation large enough to use it; browsers: single-threaded until
//            `await np.threads.start(n)` on a cross-origin-isolated page;
//            n — exactly n threads (1: single-threaded), started in the background the same way.
import { startThreads, stopThreads, threadCount, threadsAvailable, setStallTimeout, poolStats } from "./pool.js";
import { ValueError } from "../core/errors.js";

/* eslint-disable @typescript-eslint/no-explicit-any */
const g = globalThis as any;
const isNode = typeof g.process === "object" && !!g.process.versions?.node;

export interface Config { threads: "auto" | number }
const current: Config = { threads: "auto" };
/** threads wanted by an explicit np.threads.start() (browsers), 0 if none */
let started = 0;
let kicked = false;

let coreCount = 0;
function cores(): number {
  if (!coreCount) coreCount = detectCores();
  return coreCount;
}
function detectCores(): number {
  const nav = g.navigator?.hardwareConcurrency;
  if (typeof nav === "number" && nav > 0) return nav;
  // Node: os.availableParallelism, reached without an import (ESM and CommonJS alike)
  const get = g.process?.getBuiltinModule ?? (typeof g.require === "function" ? g.require : null);
  try { return get ? get("node:os").availableParallelism() : 2; } catch { return 2; }
}

/** Threads the configuration asks for now. */
function wanted(): number {
  if (typeof current.threads === "number") return current.threads;
  if (started) return started;
  return isNode ? Math.min(8, cores()) : 1;
}

/** Called by large operations: true when the pool can take the work now; otherwise the pool is
 *  (re)started in the background for the next ones and the caller runs single-threaded. */
export function poolReady(): boolean {
  const want = wanted();
  if (want <= 1) return false;
  const have = threadCount();
  if (have === want) return true;
  if (!kicked) {
    kicked = true;
    void startThreads(want).finally(() => { kicked = false; });
  }
  return have >= 2;
}

export function config(opts?: Partial<Config>): Config {
  const prev = { ...current };
  if (opts && opts.threads !== undefined) {
    const t = opts.threads;
    if (t !== "auto" && !(Number.isInteger(t) && t >= 1)) throw new ValueError(`threads must be "auto" or a positive integer, got ${String(t)}`);
    current.threads = t;
    if (wanted() <= 1) stopThreads();
  }
  return prev;
}

export const threads = {
  /** Start n threads in all (default: one per core) and resolve with the number in use (1 where
   *  SharedArrayBuffer is unavailable, e.g. a page that is not cross-origin isolated). */
  async start(n?: number): Promise<number> {
    started = n ?? cores();
    if (typeof current.threads === "number") current.threads = started;
    return startThreads(started);
  },
  /** Stop the workers; large operations then run single-threaded until start() or config. */
  stop(): void {
    started = 0;
    current.threads = 1;
    stopThreads();
  },
  /** Threads in use now (the main thread included). */
  get count(): number { return threadCount(); },
  /** Whether this environment can run threads (shared WebAssembly memory and workers). */
  get available(): boolean { return threadsAvailable(); },
  /** Tasks the pool has run (diagnostics). */
  get tasks(): number { return poolStats.tasks; },
  /** Test hook: ms without progress before a task is declared dead. */
  _setStallTimeout: setStallTimeout,
};
