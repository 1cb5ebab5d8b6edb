// Lifetimes of array memory. An owner (an ndarray that owns its bytes) is freed by exactly one of:
//  - the end of the innermost np.scope() it was made in (unless returned from it): no GC cost;
//  - a.dispose() / `using`;
//  - garbage collection, through a FinalizationRegistry (only for owners made outside a scope,
//    because register() costs ~150 ns).
import { free, blockSize } from "./memory.js";

export interface Owner { _ptr: number; _id: number }

// The registry holds a small integer id per owner, not the owner as an unregister token (V8 keeps
// tokens in a hash table: registering with one costs ~2.5x). `cellPtr[id]` is the owner's block,
// or -1 once disposed; ids are recycled only after their finalizer ran, so none is ever aliased.
const cellPtr: number[] = [];
const freeIds: number[] = [];
const registry = new FinalizationRegistry<number>((id) => {
  const p = cellPtr[id];
  if (p >= 0) free(p);
  cellPtr[id] = -1;
  freeIds.push(id);
});

// The GC sees an ndarray as a small JS object and cannot know it pins wasm memory, so large
// unscoped arrays could pile up between collections while the heap grows. So every unscoped
// array of >= 1 MiB that outlives its microtask (see register) holds a "ballast" ArrayBuffer of its size: V8 counts it as external memory
// and collects sooner, and its pages are never touched (calloc'd, so never resident). Its cost
// (a few µs) is small next to touching a MiB. Small arrays are left to the ordinary GC rhythm:
// their JS objects already create pressure, and in a synchronous loop no collection could free
// them anyway (finalizers run only after it yields).
const BALLAST_MIN = 1 << 20;
const ballast = new WeakMap<Owner, ArrayBuffer>();

/** Stack of open scopes; each collects the owners created while it is innermost. */
const scopes: Owner[][] = [];

// Registration is deferred to a microtask (or to every 256 owners): an array disposed before then
// (create, use, dispose — or a temporary freed by library code) never pays for register(). The
// pending list holds at most 256 owners strongly, so it cannot pin memory in long loops.
const pending: Owner[] = [];
let flushQueued = false;
const PENDING_MAX = 256;

function register(owner: Owner): void {
  const id = freeIds.length ? freeIds.pop()! : cellPtr.length;
  cellPtr[id] = owner._ptr;
  owner._id = id;
  registry.register(owner, id);
  const bytes = blockSize(owner._ptr);
  if (bytes >= BALLAST_MIN) ballast.set(owner, new ArrayBuffer(bytes));
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

