// Lifetimes of array memory. An owner (an ndarray that owns its bytes) is freed by exactly one of:
//  - the end of the innermost np.scope() it was made in (unless returned from it): no GC cost;
//  - a.dispose() / `using`;
//  - garbage collection, through a FinalizationRegistry (only for owners made outside a scope,
//    because register() costs ~150 ns).
import { free, blockSize, setReclaimer } from "./memory.js";
import { memory } from "./wasm.js";

export interface Owner { _ptr: number; _id: number }

// The registry holds a small integer id per owner, not the owner as an unregister token (V8 keeps
// tokens in a hash table: registering with one costs ~2.5x). `cellPtr[id]` is the owner's block,
// or -1 once disposed; ids are recycled only after their finalizer ran, so none is ever aliased.
const cellPtr: number[] = [];
const freeIds: number[] = [];
let finalized = 0;

// Finalizers run only between tasks, so a synchronous loop of unscoped operations (`x = np.add(x,
// 1)` over 1e6 float64, in a notebook cell) used to fill the 4 GiB memory in about 500 steps. In
// Node the registry comes from a private context made with V8's flags for
// FinalizationRegistry.prototype.cleanupSome (runs the finalizers of what the GC already
// collected, synchronously) and gc (a full collection); the flags are switched back off at once,
// so no other context sees either. Elsewhere, or if that fails, finalizers keep their usual rhythm.
interface Collector { FR: typeof FinalizationRegistry; gc: (() => void) | null }
function collector(): Collector {
  /* eslint-disable @typescript-eslint/no-explicit-any */
  const g = globalThis as any;
  const plain = { FR: FinalizationRegistry, gc: typeof g.gc === "function" ? g.gc as () => void : null };
  if (typeof (FinalizationRegistry.prototype as any).cleanupSome === "function") return plain;
  const get = g.process?.getBuiltinModule ?? (typeof g.require === "function" ? g.require : null);
  if (!get || !g.process?.versions?.node) return plain;
  try {
    const v8 = get("node:v8"), vm = get("node:vm");
    const hadGc = plain.gc !== null;
    v8.setFlagsFromString("--harmony-weak-refs-with-cleanup-some");
    if (!hadGc) v8.setFlagsFromString("--expose-gc");
    let made: { FR: typeof FinalizationRegistry; gc: (() => void) | undefined };
    try {
      made = vm.runInNewContext("({ FR: FinalizationRegistry, gc: typeof gc === 'function' ? gc : undefined })");
    } finally {
      v8.setFlagsFromString("--no-harmony-weak-refs-with-cleanup-some");
      if (!hadGc) v8.setFlagsFromString("--no-expose-gc");
    }
    if (typeof (made.FR.prototype as any).cleanupSome !== "function") return plain;
    return { FR: made.FR, gc: plain.gc ?? made.gc ?? null };
  } catch {
    return plain;
  }
  /* eslint-enable @typescript-eslint/no-explicit-any */
}
const { FR, gc } = collector();
const registry = new FR<number>((id) => {
  const p = cellPtr[id];
  if (p >= 0) free(p);
  cellPtr[id] = -1;
  freeIds.push(id);
  finalized++;
});
const cleanupSome = (registry as unknown as { cleanupSome?: () => void }).cleanupSome?.bind(registry) ?? null;

// The last RECENT owners stay strongly held: library code may keep an array's address after its
// last use of the array object within one operation, so an owner made moments ago must not be
// freed mid-operation by a synchronous cleanup.
const RECENT = 16;
const recent: (Owner | undefined)[] = new Array(RECENT);
let recentAt = 0;

// Bytes handed to the GC since the last forced collection, and how many justify one: a full
// collection costs ~1-10 ms, so it runs only once this much memory could be garbage.
let unscopedBytes = 0;
const FORCE_MIN = 128 << 20;

/** The heap is about to grow (force: it cannot): free what the GC found unreachable, collecting
 *  first when enough unscoped memory was handed out since the last time (or when forced). */
function reclaim(force: boolean): boolean {
  if (cleanupSome === null) return false;
  const before = finalized;
  flush(); // pending owners become collectable (the last RECENT stay held)
  cleanupSome();
  if (gc !== null && finalized === before && (force || unscopedBytes >= Math.max(FORCE_MIN, memory.buffer.byteLength / 4))) {
    unscopedBytes = 0;
    gc();
    cleanupSome();
  }
  return finalized !== before;
}
setReclaimer(reclaim);

// The GC sees an ndarray as a small JS object and cannot know it pins wasm memory, so large
// unscoped arrays could pile up between collections while the heap grows. Where reclaim() works
// (Node: cleanupSome and gc) it bounds that by itself, before every growth. Elsewhere every
// unscoped array of >= 1 MiB that outlives its microtask (see register) holds a "ballast"
// ArrayBuffer of its size, which V8 counts as external memory, so it collects sooner. Not in
// Node: there a new ArrayBuffer of 8 MB took 600-800 µs (80 for 1 MiB; 200 with glibc's mmap
// threshold pinned, so mostly calloc zeroing recycled heap memory), three times the add that
// made the array. Small arrays are left to the ordinary GC rhythm: their JS objects already
// create pressure, and in a synchronous loop no collection could free them anyway (finalizers
// run only after it yields).
const BALLAST_MIN = 1 << 20;
const ballast = new WeakMap<Owner, ArrayBuffer>();

/** Stack of open scopes; each collects the owners created while it is innermost. */
const scopes: Owner[][] = [];

// Registration is deferred to a microtask (or to every 256 owners): an array disposed before then
// (create, use, dispose — or a temporary freed by library code) never pays for register(). The
// pending list holds at most 256 owners strongly, and reclaim() registers them before collecting.
const pending: Owner[] = [];
let flushQueued = false;
const PENDING_MAX = 256;

function register(owner: Owner): void {
  const id = freeIds.length ? freeIds.pop()! : cellPtr.length;
  cellPtr[id] = owner._ptr;
  owner._id = id;
  registry.register(owner, id);
  const bytes = blockSize(owner._ptr);
  unscopedBytes += bytes;
  if (bytes >= BALLAST_MIN && cleanupSome === null) ballast.set(owner, new ArrayBuffer(bytes));
}

function flush(): void {
  flushQueued = false;
  for (let i = 0; i < pending.length; i++) {
    const o = pending[i];
    if (o._ptr >= 0 && o._id < 0) register(o);
  }
  pending.length = 0;
}

/** Called once for every new owner. */
export function adopt(owner: Owner): void {
  const n = scopes.length;
  if (n !== 0) scopes[n - 1].push(owner); // scoped memory is freed deterministically
  else adoptUnscoped(owner);
}
function adoptUnscoped(owner: Owner): void {
  recent[recentAt++ & (RECENT - 1)] = owner;
  pending.push(owner);
  if (pending.length >= PENDING_MAX) flush();
  else if (!flushQueued) { flushQueued = true; queueMicrotask(flush); }
}

/** Free an owner's memory now. Returns false if it was already freed. */
export function release(owner: Owner): boolean {
  if (owner._ptr < 0) return false;
  // registered: its finalizer will only recycle the id; still pending: flush() skips it
  if (owner._id >= 0) cellPtr[owner._id] = -1;
  ballast.delete(owner);
  free(owner._ptr);
  owner._ptr = -1;
  return true;
}

/** `to` takes over `from`'s memory and lifetime (as a new owner of the innermost scope, or of
 *  the GC); `from` reads as freed. */
export function transfer(from: Owner, to: Owner): void {
  to._ptr = from._ptr;
  // registered: its finalizer will only recycle the id; still pending: flush() skips it
  if (from._id >= 0) cellPtr[from._id] = -1;
  ballast.delete(from);
  from._ptr = -1;
  adopt(to);
}

/** np.scope(fn): free every array created inside fn except those reachable from its result. */
export function scope<T>(fn: () => T, ownerOf: (x: unknown) => Owner | null): T {
  const frame: Owner[] = [];
  scopes.push(frame);
  let result: T;
  try {
    result = fn();
  } catch (e) {
    scopes.pop();
    for (const o of frame) if (o._ptr >= 0) free(o._ptr), (o._ptr = -1);
    throw e;
  }
  scopes.pop();
  if (result instanceof Promise) throw new globalThis.TypeError("np.scope(fn): fn must be synchronous");
  let keep: Set<Owner> | null = null;
  if (typeof result === "object" && result !== null) collectOwners(result, ownerOf, (keep = new Set()), 0);
  for (let i = 0; i < frame.length; i++) {
    const o = frame[i];
    if (o._ptr < 0) continue;
    if (keep !== null && keep.has(o)) adopt(o); // to the enclosing scope, or the GC
    else { free(o._ptr); o._ptr = -1; }
  }
  return result;
}

function collectOwners(x: unknown, ownerOf: (x: unknown) => Owner | null, out: Set<Owner>, depth: number): void {
  if (x === null || typeof x !== "object" || depth > 8) return;
  const o = ownerOf(x);
  if (o) { out.add(o); return; }
  if (Array.isArray(x)) { for (const v of x) collectOwners(v, ownerOf, out, depth + 1); return; }
  const proto = Object.getPrototypeOf(x);
  if (proto === Object.prototype || proto === null) for (const v of Object.values(x)) collectOwners(v, ownerOf, out, depth + 1);
  else if (x instanceof Map) for (const v of x.values()) collectOwners(v, ownerOf, out, depth + 1);
}

