// The control block the main thread and the workers share (i32 words in wasm memory). One task
// runs at a time: the main thread writes its chunk descriptors and header, opens the chunk
// counter for the new generation, bumps GEN and wakes the workers; everyone (main included)
// claims chunks from NEXT until none are left; DONE counts finished chunks.
//
// NEXT packs (generation tag << 20 | next chunk index), claimed by compare-exchange, so a worker
// that wakes late, after its task ended and another began, can never claim a chunk with a stale
// header: its tag no longer matches, or the index is past the end (the counter is closed with
// CLOSED when a task completes).
export const C = {
  GEN: 0, NEXT: 1, DONE: 2, NCHUNK: 3, FN: 4, NARGS: 5, TARG: 6, ERR: 7, STOP: 8, READY: 9,
  /** per-thread values of the thread-substituted argument (TARG), by thread id */
  TVALS: 16,
  /** error message of the first failing chunk (UTF-16 code units, 0-terminated) */
  MSG: 48, MSG_LEN: 200,
  /** chunk descriptors: MAX_ARGS words each */
  DESC: 256,
} as const;
export const MAX_THREADS = 32;
export const MAX_ARGS = 16;
export const MAX_CHUNKS = 1024;
export const CTRL_BYTES = (C.DESC + MAX_ARGS * MAX_CHUNKS) * 4;
export const TAG_SHIFT = 20;
export const INDEX_MASK = (1 << TAG_SHIFT) - 1;
export const CLOSED = INDEX_MASK;
/** Polls of a control word before a thread sleeps on it (Atomics.wait): an Atomics.load on
 *  shared memory costs ~7 ns in Node 20, so ~140 µs. Back-to-back tasks (a loop of reductions)
 *  then reach a spinning thread, where a futex wake-up costs tens of µs on a VM; OpenMP
 *  runtimes spin on the same grounds (libgomp's GOMP_SPINCOUNT). */
export const SPIN = 20000;

/** Kernels a chunk may call (by index in the descriptor header), and test-only actions. */
export const TASK_FNS = ["binary", "unary", "reduce_h", "reduce_v", "reduce_arg", "vm_part", "copy_nd", "cast", "pairwise_quad", "linalg_matmul", "linalg_gemm_sub"] as const;
export type TaskFn = (typeof TASK_FNS)[number];
/** FN values below 0: -1 throws inside the chunk, -2 ends the worker thread (tests). */
export const FN_THROW = -1, FN_EXIT = -2;
/** FN of a chunk of a generated wasm function (np.evaluate's fused loops): its arguments start
 *  with (id, address, length) of the module's bytes in wasm memory, which each worker compiles
 *  once per id, then the function's own. */
export const FN_GENERATED = -3;
