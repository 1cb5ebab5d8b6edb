// The worker thread's program. It is shipped as source text (workerSource), so it must be
// self-contained: no imports, no closures; the protocol constants arrive in the setup message.
// A worker instantiates the kernels over the shared memory, reports ready, then sleeps on GEN
// and runs chunks of each task until told to stop.

interface Setup {
  module: WebAssembly.Module;
  memory: WebAssembly.Memory;
  ctrl: number; // byte address of the control block
  tid: number;
  fns: string[];
  C: Record<string, number>;
  MAX_ARGS: number; TAG_SHIFT: number; INDEX_MASK: number; SPIN: number; FN_THROW: number; FN_EXIT: number;
  FN_GENERATED: number;
}

function workerMain(): void {
  /* eslint-disable @typescript-eslint/no-explicit-any */
  const g = globalThis as any;
  const isNode = typeof g.process === "object" && !!g.process.versions?.node && typeof g.require === "function";
  const port = isNode ? g.require("node:worker_threads").parentPort : null;
  const onSetup = (s: Setup) => {
    const { C, MAX_ARGS, TAG_SHIFT, INDEX_MASK } = s;
    const inst = new WebAssembly.Instance(s.module, {
      env: { memory: s.memory, abort() { throw new Error("numwasm: wasm abort"); } },
    });
    const fns = s.fns.map((n) => (inst.exports as any)[n] as (...a: number[]) => void);
    // The control block lies in the memory as it was at start-up, so this view stays valid
    // after growth (a SharedArrayBuffer never detaches); the kernels see the grown memory.
    const w = new Int32Array(s.memory.buffer, s.ctrl, C.DESC + MAX_ARGS * 1024);
    const args: number[] = [];
    // generated functions by id, compiled from their bytes in the shared memory at first use
    const generated = new Map<number, (...a: number[]) => void>();
    const generatedFn = (id: number, at: number, len: number) => {
      let f = generated.get(id);
      if (!f) {
        if (generated.size >= 1024) generated.clear(); // a bound: evicted ones compile again
        const bytes = new Uint8Array(s.memory.buffer, at, len).slice(); // an unshared copy
        f = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory: s.memory } }).exports.f as (...a: number[]) => void;
        generated.set(id, f);
      }
      return f;
    };
    const fail = (e: unknown) => {
      if (Atomics.compareExchange(w, C.ERR, 0, 1) !== 0) return;
      const msg = String((e as Error)?.message ?? e).slice(0, C.MSG_LEN - 1);
      for (let i = 0; i < msg.length; i++) w[C.MSG + i] = msg.charCodeAt(i);
      w[C.MSG + msg.length] = 0;
    };
    const runChunks = (gen: number) => {
      const tag = gen & (0xffffffff >>> TAG_SHIFT);
      for (;;) {
        const v = Atomics.load(w, C.NEXT);
        if (v >>> TAG_SHIFT !== tag) return;
        const k = v & INDEX_MASK;
        if (k >= w[C.NCHUNK]) return;
        if (Atomics.compareExchange(w, C.NEXT, v, v + 1) !== v) continue;
        const fn = w[C.FN], nargs = w[C.NARGS], targ = w[C.TARG];
        try {
          if (fn === s.FN_EXIT) { if (isNode) g.process.exit(1); else g.close(); return; }
          if (fn === s.FN_THROW) throw new Error(`test error in chunk ${k}`);
          const d = C.DESC + k * MAX_ARGS;
          args.length = nargs;
          for (let i = 0; i < nargs; i++) args[i] = w[d + i];
          if (targ >= 0) args[targ] = w[C.TVALS + s.tid];
          if (fn === s.FN_GENERATED) generatedFn(args[0], args[1], args[2]).apply(null, args.slice(3));
          else fns[fn].apply(null, args);
        } catch (e) {
          fail(e);
        }
        if (Atomics.add(w, C.DONE, 1) + 1 === w[C.NCHUNK]) Atomics.notify(w, C.DONE);
      }
    };
    Atomics.add(w, C.READY, 1);
    let seen = Atomics.load(w, C.GEN);
    for (;;) {
      // spin before sleeping (protocol.ts SPIN): back-to-back tasks skip the futex round trip
      for (let i = 0; i < s.SPIN && Atomics.load(w, C.GEN) === seen; i++);
      if (Atomics.load(w, C.GEN) === seen) Atomics.wait(w, C.GEN, seen);
      seen = Atomics.load(w, C.GEN);
      if (Atomics.load(w, C.STOP)) break;
      runChunks(seen);
    }
    if (isNode) port.close(); else g.close();
  };
  if (isNode) port.once("message", onSetup);
  else g.onmessage = (e: MessageEvent) => onSetup(e.data as Setup);
}

/** Source text of a worker script (the same for Node's eval workers and browser blob URLs). */
export const workerSource = `(${workerMain.toString()})();\n`;
