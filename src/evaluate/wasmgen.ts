// A minimal WebAssembly binary writer for fuse.ts: one module with one exported function "f"
// over the library's own memory (imported as env.memory, shared when it is), no other imports.
// Only what a straight-line loop body needs: locals, i32 index arithmetic, block / loop / br,
// loads and stores, scalar and v128 float arithmetic.
import { memory, sharedMemory, MAX_PAGES } from "../runtime/wasm.js";

export const T_I32 = 0x7f, T_F32 = 0x7d, T_F64 = 0x7c, T_V128 = 0x7b;

/** Opcodes used by fuse.ts (the 0xfd-prefixed SIMD ones as SIMD_*). */
export const OP = {
  block: 0x02, loop: 0x03, end: 0x0b, br: 0x0c, br_if: 0x0d,
  local_get: 0x20, local_set: 0x21,
  f32_load: 0x2a, f64_load: 0x2b, f32_store: 0x38, f64_store: 0x39,
  i32_const: 0x41, f32_const: 0x43, f64_const: 0x44,
  i32_ge_u: 0x4f, i32_add: 0x6a, i32_and: 0x71, i32_shl: 0x74,
} as const;
export const SIMD = {
  load: 0x00, load32_splat: 0x09, load64_splat: 0x0a, store: 0x0b,
} as const;

/** Bytes of one function body, with LEB128 helpers. */
export class Code {
  readonly b: number[] = [];
  op(...xs: number[]): this { for (const x of xs) this.b.push(x); return this; }
  u32(x: number): this {
    do { let y = x & 0x7f; x >>>= 7; if (x) y |= 0x80; this.b.push(y); } while (x);
    return this;
  }
  i32(x: number): this {
    for (;;) {
      const y = x & 0x7f;
      x >>= 7;
      if ((x === 0 && !(y & 0x40)) || (x === -1 && (y & 0x40))) { this.b.push(y); return this; }
      this.b.push(y | 0x80);
    }
  }
  simd(op: number): this { return this.op(0xfd).u32(op); }
  /** memarg: alignment (log2) and offset */
  mem(align: number, offset: number): this { return this.u32(align).u32(offset); }
  get(l: number): this { return this.op(OP.local_get).u32(l); }
  set(l: number): this { return this.op(OP.local_set).u32(l); }
  const32(x: number): this { return this.op(OP.i32_const).i32(x | 0); }
}

const vec = (items: number[][]): number[] => [...leb(items.length), ...items.flat()];
const leb = (x: number): number[] => new Code().u32(x).b;
const section = (id: number, body: number[]): number[] => [id, ...leb(body.length), ...body];
const name = (s: string): number[] => [...leb(s.length), ...[...s].map((c) => c.charCodeAt(0))];

/**
 * Compile and instantiate a module exporting f(params) with the given locals (runs of one type)
 * and body (without the final `end`), over the library's memory; returns f and the module's bytes
 * (for worker threads). Synchronous: bodies are small (browsers refuse synchronous compiles of
 * large modules on the main thread).
 */
export function instantiate(params: number[], locals: [count: number, type: number][], body: Code): { fn: (...args: number[]) => void; bytes: Uint8Array } {
  const fn = [0x60, ...vec(params.map((t) => [t])), 0];
  const limits = [sharedMemory ? 0x03 : 0x01, ...leb(0), ...leb(MAX_PAGES)];
  const imp = [...name("env"), ...name("memory"), 0x02, ...limits];
  const code = [...vec(locals.map(([n, t]) => [...leb(n), t])), ...body.b, OP.end];
  const bytes = new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec([fn])),
    ...section(2, vec([imp])),
    ...section(3, vec([[0]])),
    ...section(7, vec([[...name("f"), 0x00, 0]])),
    ...section(10, vec([[...leb(code.length), ...code]])),
  ]);
  const inst = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } });
  return { fn: inst.exports.f as (...args: number[]) => void, bytes };
}
