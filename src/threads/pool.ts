// The worker pool: workers that instantiate the same kernels over the one shared memory, and the
// main thread, which takes part in every task. A task is a list of chunks, each one call of a
// kernel export with its own arguments (protocol.ts). Results never depend on the number of
// threads: the callers fix the chunk boundaries from the data alone, and chunks only write
// disjoint outputs (or their own partial-result slot, combined afterwards in a fixed order).
import { memory, sharedMemory, wasmModule, kernels } from "../runtime/wasm.js";
import { alloc, heap } from "../runtime/memory.js";
import {
  C, CTRL_BYTES, MAX_ARGS, MAX_CHUNKS, MAX_THREADS, TAG_SHIFT, INDEX_MASK, CLOSED, SPIN, TASK_FNS,
  FN_THROW, FN_EXIT, FN_GENERATED, type TaskFn,
} from "./protocol.js";
import { workerSource } from "./worker.js";

/* eslint-disable @typescript-eslint/no-explicit-any */
interface AnyWorker { postMessage(m: unknown): void; terminate(): unknown; unref?(): void; on?(e: string, f: (x: any) => void): void; onerror?: unknown }

const g = globalThis as any;
const isNode = typeof g.process === "object" && !!g.process.versions?.node;
/** Atomics.wait is not allowed on a browser's main thread: spin there instead. */
const canWait = isNode;

const state = {
  ctrl: 0,
  workers: [] as AnyWorker[],
  /** workers asked for (threads - 1) */
  want: 0,
  starting: null as Promise<number> | null,
  /** generation counter (GEN) */
  gen: 0,
  /** ms without progress after which a task is declared dead (a crashed worker) */
  stallMs: 4000,
  /** bumped by every stop: a start still waiting for its workers gives up */
  epoch: 0,
};

/** Threads that run a task now: the main thread and the ready workers. */
export function threadCount(): number {
  if (!state.ctrl || state.workers.length === 0) return 1;
  return 1 + Math.min(state.workers.length, Atomics.load(heap.i32, (state.ctrl >>> 2) + C.READY));
}

export const threadsAvailable = (): boolean => sharedMemory && (isNode || typeof g.Worker === "function");

export function setStallTimeout(ms: number): void { state.stallMs = ms; }

async function spawn(n: number): Promise<void> {
  const epoch = state.epoch;
  if (!state.ctrl) {
    state.ctrl = alloc(CTRL_BYTES, true);
  }
  const w = heap.i32, c = state.ctrl >>> 2;
  w.fill(0, c, c + C.DESC);
  w[c + C.NEXT] = CLOSED;
  state.gen = 0;
  const setup = (tid: number) => ({
    module: wasmModule, memory, ctrl: state.ctrl, tid, fns: [...TASK_FNS], C: { ...C },
    MAX_ARGS, TAG_SHIFT, INDEX_MASK, SPIN, FN_THROW, FN_EXIT, FN_GENERATED,
  });
  if (isNode) {
    const { Worker } = await import("node:worker_threads" as string);
    if (state.epoch !== epoch) return;
    for (let t = 1; t <= n; t++) {
      const wk = new Worker(workerSource, { eval: true }) as AnyWorker;
      wk.unref?.();
      wk.on?.("error", () => restartAfterCrash());
      wk.on?.("exit", (code: number) => { if (state.workers.includes(wk) && code !== 0) restartAfterCrash(); });
      wk.postMessage(setup(t));
      state.workers.push(wk);
    }
  } else {
    const url = URL.createObjectURL(new Blob([workerSource], { type: "text/javascript" }));
    for (let t = 1; t <= n; t++) {
      const wk = new g.Worker(url) as AnyWorker;
      (wk as any).onerror = () => restartAfterCrash();
      wk.postMessage(setup(t));
      state.workers.push(wk);
    }
  }
  // ready when every worker has instantiated the kernels (or the pool was stopped meanwhile)
  const t0 = Date.now();
  while (state.epoch === epoch && Atomics.load(heap.i32, c + C.READY) < n) {
    if (Date.now() - t0 > 30000) { stopWorkers(); throw new Error("numwasm: worker threads did not start within 30 s"); }
    await new Promise((r) => setTimeout(r, 1));
  }
}

/** Start (or resize to) `threads` threads in all, the main thread included. Resolves with the
 *  number of threads in use: 1 where shared memory or workers are unavailable. */
export function startThreads(threads: number): Promise<number> {
  const n = Math.max(0, Math.min(MAX_THREADS, Math.floor(threads)) - 1);
  if (!threadsAvailable() || !wasmModule || !kernels.k) return Promise.resolve(1);
  if (state.starting && state.want === n) return state.starting;
  const prev = state.starting ?? Promise.resolve(1);
  state.want = n;
  state.starting = prev.catch(() => 1).then(async () => {
    if (state.workers.length !== n) {
      stopWorkers();
      if (n > 0) await spawn(n);
    }
    return threadCount();
  });
  return state.starting;
}

function stopWorkers(): void {
  state.epoch++;
  if (state.ctrl && state.workers.length) {
    const w = heap.i32, c = state.ctrl >>> 2;
    Atomics.store(w, c + C.STOP, 1);
    Atomics.add(w, c + C.GEN, 1);
    Atomics.notify(w, c + C.GEN);
  }
  const old = state.workers;
  state.workers = [];
  for (const wk of old) wk.terminate();
  // the next start takes a fresh control block: a terminated worker may still be finishing a
  // chunk in this one (a few dozen KiB left behind per restart)
  state.ctrl = 0;
}

/** Stop all workers (the pool can be started again). */
export function stopThreads(): void {
  state.want = 0;
  state.starting = null;
  stopWorkers();
}

let restarting = false;
function restartAfterCrash(): void {
  if (restarting) return;
  restarting = true;
  const n = state.want;
  stopWorkers();
  state.starting = null;
  queueMicrotask(() => {
    restarting = false;
    if (n > 0) void startThreads(n + 1).catch(() => 1);
  });
}

export interface Task {
  fn: TaskFn | typeof FN_THROW | typeof FN_EXIT | typeof FN_GENERATED;
  /** FN_GENERATED: the main thread's function, called with a chunk's arguments after the first 3 */
  generated?: (...a: number[]) => void;
  chunks: number;
  nargs: number;
  /** write the arguments of chunk k at w[at..at+nargs) */
  args(k: number, w: Int32Array, at: number): void;
  /** argument replaced by a per-thread value (scratch buffers), values indexed by thread id */
  threadArg?: { index: number; values: readonly number[] };
  /** the main thread leaves the chunks to the workers (tests) */
  mainIdle?: boolean;
}

export class WorkerError extends Error {}

/** Tasks run on the pool since start-up (diagnostics and tests). */
export const poolStats = { tasks: 0 };

/** Run a task on the pool. Returns false (nothing done) when fewer than 2 threads are ready. */
export function runTask(t: Task): boolean {
  const threads = threadCount();
  if (threads < 2) return false;
  if (t.chunks > MAX_CHUNKS || t.nargs > MAX_ARGS) throw new Error("numwasm: task too large");
  const w = heap.i32, c = state.ctrl >>> 2;
  for (let k = 0; k < t.chunks; k++) t.args(k, w, c + C.DESC + k * MAX_ARGS);
  poolStats.tasks++;
  const fn = typeof t.fn === "number" ? t.fn : TASK_FNS.indexOf(t.fn);
  w[c + C.FN] = fn; w[c + C.NARGS] = t.nargs; w[c + C.NCHUNK] = t.chunks; w[c + C.ERR] = 0;
  w[c + C.TARG] = t.threadArg ? t.threadArg.index : -1;
  if (t.threadArg) t.threadArg.values.forEach((v, i) => { w[c + C.TVALS + i] = v; });
  Atomics.store(w, c + C.DONE, 0);
  const gen = (state.gen = (state.gen + 1) | 0);
  const tag = gen & (0xffffffff >>> TAG_SHIFT);
  Atomics.store(w, c + C.NEXT, tag << TAG_SHIFT);
  Atomics.store(w, c + C.GEN, gen);
  Atomics.notify(w, c + C.GEN);
  // the main thread claims chunks too
  if (!t.mainIdle) {
    const k = kernels.k as any;
    const f = typeof t.fn === "string" ? k[t.fn] as (...a: number[]) => void : null;
    const args: number[] = new Array(t.nargs);
    for (;;) {
      const v = Atomics.load(w, c + C.NEXT);
      const i = v & INDEX_MASK;
      if (i >= t.chunks) break;
      if (Atomics.compareExchange(w, c + C.NEXT, v, v + 1) !== v) continue;
      const d = c + C.DESC + i * MAX_ARGS;
      for (let j = 0; j < t.nargs; j++) args[j] = w[d + j];
      if (t.threadArg) args[t.threadArg.index] = t.threadArg.values[0];
      try {
        if (f) f.apply(null, args);
        else if (t.generated) t.generated.apply(null, args.slice(3));
        else if (fn === FN_THROW) throw new Error(`test error in chunk ${i}`);
      } catch (e) {
        if (Atomics.compareExchange(w, c + C.ERR, 0, 1) === 0) writeMessage(w, c, e);
      }
      Atomics.add(w, c + C.DONE, 1);
    }
  }
  // wait for the workers' chunks
  let done = Atomics.load(w, c + C.DONE);
  let last = Date.now();
  // spin first (protocol.ts SPIN): the workers' last chunks usually end within microseconds
  for (let i = 0; i < SPIN && done < t.chunks; i++) done = Atomics.load(w, c + C.DONE);
  while (done < t.chunks) {
    if (canWait) Atomics.wait(w, c + C.DONE, done, 20);
    const d = Atomics.load(w, c + C.DONE);
    if (d !== done) { done = d; last = Date.now(); continue; }
    if (Date.now() - last > state.stallMs) {
      restartAfterCrash();
      throw new WorkerError("numwasm: a worker thread stopped responding (crashed?); the pool is being restarted");
    }
  }
  Atomics.store(w, c + C.NEXT, (tag << TAG_SHIFT) | CLOSED);
  if (w[c + C.ERR]) {
    let msg = "";
    for (let i = 0; i < C.MSG_LEN && w[c + C.MSG + i]; i++) msg += String.fromCharCode(w[c + C.MSG + i]);
    throw new WorkerError(`numwasm: a chunk failed in a worker thread: ${msg}`);
  }
  return true;
}

function writeMessage(w: Int32Array, c: number, e: unknown): void {
  const msg = String((e as Error)?.message ?? e).slice(0, C.MSG_LEN - 1);
  for (let i = 0; i < msg.length; i++) w[c + C.MSG + i] = msg.charCodeAt(i);
  w[c + C.MSG + msg.length] = 0;
}
