// Fused loops for np.evaluate's commonest programs. The VM (assembly/vm.ts) runs each instruction
// as one pass over an L1-resident block: per element and instruction that is a load or two and a
// store, so 2*a + 3*b*b costs four passes' worth of loads and stores (at 1e5 float64 elements
// about what NumPy spends on its four full-size operations). For an elementwise program made only
// of float add / subtract / multiply / divide, maximum / minimum / fmax / fmin and exact unary
// functions (negative, absolute, sqrt, square, reciprocal, floor, ceil, trunc, rint) in one
// float type, with no prologue, this writes one wasm function per program, at its first run,
// that evaluates the whole expression per vector in registers: each input is loaded once and the
// result stored once. run.ts calls it when every input is read in place (contiguous in iteration
// order, or one element) and the output is written directly; anything else keeps the VM. From
// the VM's threading size the loop runs on the pool: the workers compile the same bytes (kept in
// wasm memory), and each chunk writes its own part of the output.
// Results are the VM's bit for bit: each instruction is the same IEEE operation (correctly
// rounded, or exact) on the same operands, vector lanes and the scalar tail alike.
import { Code, OP, SIMD, T_I32, T_F32, T_F64, T_V128, instantiate } from "./wasmgen.js";
import { type Program, RegKind } from "./compile.js";
import { BINARY, UNARY } from "../generated/opcodes.js";
import { Code as DCode } from "../dtype/dtype.js";
import { ndarray } from "../ndarray/ndarray.js";
import { sameShape } from "../ndarray/shape.js";
import { writeScalar, type Scalar } from "../ndarray/element.js";
import { alloc, free, heap } from "../runtime/memory.js";
import { runTask } from "../threads/pool.js";
import { FN_GENERATED, MAX_ARGS, MAX_CHUNKS } from "../threads/protocol.js";
import { poolReady } from "../threads/config.js";
import { tuning as parallelTuning } from "./parallel.js";

export interface Fused {
  /** f(address of each register in `params`..., output address, element count) */
  fn: (...args: number[]) => void;
  /** the input and constant registers whose addresses f takes, in order */
  params: number[];
  /** per parameter: its index among the program's inputs, -1 for a constant */
  input: number[];
  /** per parameter: an array read element by element (else one value, read at its address) */
  streamed: boolean[];
  /** the module, for worker threads: its bytes, an id, their copy in wasm memory (0: none yet) */
  bytes: Uint8Array;
  id: number;
  at: number;
}
let nextId = 1;

const C_BIN = 0, C_UN = 1;
/** Calls of fused loops since start-up (tests). */
export const fusedStats = { runs: 0 };

/** Vectors per loop iteration. */
const UNROLL = 4;

// Each op as code that leaves its result on the wasm stack, given its operands' locals (a, b) and
// the lane kind: `op` picks one of four opcodes, [f64x2, f32x4] (0xfd-prefixed) or [f64, f32].
type Ops = [v64: number, v32: number, s64: number, s32: number];
interface Emit { c: Code; vector: boolean; f64: boolean }
const pick = (e: Emit, o: Ops) => (e.vector ? o[e.f64 ? 0 : 1] : o[e.f64 ? 2 : 3]);
const op = (e: Emit, o: Ops) => (e.vector ? e.c.simd(pick(e, o)) : e.c.op(pick(e, o)));
const ADD: Ops = [0xf0, 0xe4, 0xa0, 0x92], SUB: Ops = [0xf1, 0xe5, 0xa1, 0x93];
const MUL: Ops = [0xf2, 0xe6, 0xa2, 0x94], DIV: Ops = [0xf3, 0xe7, 0xa3, 0x95];
const LT: Ops = [0x49, 0x43, 0x63, 0x5d], PMAX: Ops = [0xf7, 0xeb, 0, 0], PMIN: Ops = [0xf6, 0xea, 0, 0];
const NE: Ops = [0x48, 0x42, 0x62, 0x5c];
const SELECT = 0x1b, BITSELECT = 0x52;

/**
 * maximum / minimum / fmax / fmin as the ufunc kernels compute them (assembly/ops_binary.ts
 * Extremum): the larger (smaller) operand, b when they are equal (+0 vs -0); then the NaN rule:
 * maximum / minimum return a where a is NaN (else a NaN b came through the comparison), fmax /
 * fmin return a where b is NaN. Vectors: pmax(b, a) / pmin(b, a) and a bitselect; scalars: two
 * selects.
 */
const extremum = (hi: boolean, propagate: boolean) => (e: Emit, a: number, b: number) => {
  const { c } = e;
  c.get(a);
  const nan = propagate ? a : b;
  if (e.vector) {
    c.get(b).get(a).simd(pick(e, hi ? PMAX : PMIN));
    c.get(nan).get(nan).simd(pick(e, NE)).simd(BITSELECT);
  } else {
    // hi: b < a ? a : b; lo: a < b ? a : b
    c.get(a).get(b);
    if (hi) c.get(b).get(a); else c.get(a).get(b);
    c.op(pick(e, LT)).op(SELECT);
    c.get(nan).get(nan).op(pick(e, NE)).op(SELECT);
  }
};

const binary = (o: Ops) => (e: Emit, a: number, b: number) => { e.c.get(a).get(b); op(e, o); };
const BIN = new Map<number, (e: Emit, a: number, b: number) => void>([
  [BINARY.add, binary(ADD)],
  [BINARY.subtract, binary(SUB)],
  [BINARY.multiply, binary(MUL)],
  [BINARY.divide, binary(DIV)],
  [BINARY.maximum, extremum(true, true)],
  [BINARY.minimum, extremum(false, true)],
  [BINARY.fmax, extremum(true, false)],
  [BINARY.fmin, extremum(false, false)],
]);
const unary = (o: Ops) => (e: Emit, a: number) => { e.c.get(a); op(e, o); };
const UN = new Map<number, (e: Emit, a: number) => void>([
  [UNARY.negative, unary([0xed, 0xe1, 0x9a, 0x8c])],
  [UNARY.absolute, unary([0xec, 0xe0, 0x99, 0x8b])],
  [UNARY.fabs, unary([0xec, 0xe0, 0x99, 0x8b])],
  [UNARY.sqrt, unary([0xef, 0xe3, 0x9f, 0x91])],
  [UNARY.ceil, unary([0x74, 0x67, 0x9b, 0x8d])],
  [UNARY.floor, unary([0x75, 0x68, 0x9c, 0x8e])],
  [UNARY.trunc, unary([0x7a, 0x69, 0x9d, 0x8f])],
  [UNARY.rint, unary([0x94, 0x6a, 0x9e, 0x90])], // round half to even: wasm's nearest
  [UNARY.positive, (e, a) => { e.c.get(a); }],
  [UNARY.square, (e, a) => { e.c.get(a).get(a); op(e, MUL); }],
  [UNARY.reciprocal, (e, a) => {
    if (e.f64) e.c.op(OP.f64_const, ...new Uint8Array(new Float64Array([1]).buffer));
    else e.c.op(OP.f32_const, ...new Uint8Array(new Float32Array([1]).buffer));
    if (e.vector) e.c.simd(e.f64 ? 0x14 : 0x13); // f64x2.splat / f32x4.splat
    e.c.get(a);
    op(e, DIV);
  }],
]);

/** The program's fused loop, made at the first call (null: the program is not one it covers). */
export function fusedOf(prog: Program): Fused | null {
  if (prog.fused === undefined) prog.fused = build(prog);
  return prog.fused;
}

function build(prog: Program): Fused | null {
  const T = prog.dtype;
  if (prog.reduce || prog.npro !== 0 || prog.rootIns < 0 || prog.negcheck || prog.constant) return null;
  if (T.code !== DCode.float64 && T.code !== DCode.float32) return null;
  if (prog.regs.some((r) => r.dt !== T)) return null;
  const code = prog.code;
  for (let i = 0; i < prog.nins; i++) {
    const cls = code[8 * i], k = code[8 * i + 1];
    if (code[8 * i + 2] !== T.code) return null;
    if (!(cls === C_BIN ? BIN.has(k) : cls === C_UN && UN.has(k))) return null;
  }
  const f64 = T.code === DCode.float64, size = T.itemsize, sh = f64 ? 3 : 2;
  const R = prog.regs.length;
  const params = prog.regs.map((_, j) => j).filter((j) => prog.regs[j].kind !== RegKind.temp);
  const paramOf = new Map(params.map((j, k) => [j, k]));
  const uniform = (j: number) => prog.regs[j].kind === RegKind.fixed || !!prog.regs[j].uni;
  const streamed = params.filter((j) => !uniform(j));
  // locals: the parameters (addresses, output, n), i / end of the vector part / end, then one
  // v128 and one scalar local per register
  const OUT = params.length, N = OUT + 1, I = N + 1, ENDV = I + 1, END = I + 2, V = I + 3, S = V + R;
  const c = new Code();

  /** One pass over the instructions on register locals at `at` (vector or scalar). */
  const body = (vector: boolean, at: number) => {
    const e: Emit = { c, vector, f64 };
    for (let i = 0; i < prog.nins; i++) {
      const w = 8 * i, a = at + code[w + 4];
      if (code[w] === C_BIN) BIN.get(code[w + 1])!(e, a, at + code[w + 5]);
      else UN.get(code[w + 1])!(e, a);
      c.set(at + code[w + 3]);
    }
  };
  const addr = (p: number) => c.get(p).get(I).op(OP.i32_add);
  /** for (; i < end; i += step) { ... } */
  const loop = (end: number, step: number, inner: () => void) => {
    c.op(OP.block, 0x40, OP.loop, 0x40);
    c.get(I).get(end).op(OP.i32_ge_u, OP.br_if).u32(1);
    inner();
    c.get(I).const32(step).op(OP.i32_add).set(I);
    c.op(OP.br).u32(0).op(OP.end, OP.end);
  };

  // end = n * size; the vector part: whole iterations of UNROLL vectors
  c.get(N).const32(sh).op(OP.i32_shl).set(END);
  c.get(END).const32(~(16 * UNROLL - 1)).op(OP.i32_and).set(ENDV);
  for (const j of params) if (uniform(j)) c.get(paramOf.get(j)!).simd(f64 ? SIMD.load64_splat : SIMD.load32_splat).mem(sh, 0).set(V + j);
  loop(ENDV, 16 * UNROLL, () => {
    for (let u = 0; u < UNROLL; u++) {
      for (const j of streamed) { addr(paramOf.get(j)!).simd(SIMD.load).mem(4, 16 * u).set(V + j); }
      body(true, V);
      addr(OUT).get(V + prog.valReg).simd(SIMD.store).mem(4, 16 * u);
    }
  });
  // the tail, element by element
  const load = f64 ? OP.f64_load : OP.f32_load, store = f64 ? OP.f64_store : OP.f32_store;
  for (const j of params) if (uniform(j)) c.get(paramOf.get(j)!).op(load).mem(sh, 0).set(S + j);
  loop(END, size, () => {
    for (const j of streamed) addr(paramOf.get(j)!).op(load).mem(sh, 0).set(S + j);
    body(false, S);
    addr(OUT).get(S + prog.valReg).op(store).mem(sh, 0);
  });

  try {
    const { fn, bytes } = instantiate(new Array<number>(params.length + 2).fill(T_I32), [[3, T_I32], [R, T_V128], [R, f64 ? T_F64 : T_F32]], c);
    const input = params.map((j) => prog.inputs.findIndex((i) => i.reg === j));
    return { fn, params, input, streamed: params.map((j) => !uniform(j)), bytes, id: nextId++, at: 0 };
  } catch {
    return null; // an engine that refuses to compile here (a page's CSP): the VM runs it
  }
}

// The constants' values for a whole-array run (16 bytes per register), reused from call to call.
let constBuf = 0, constBytes = 0;

/**
 * The fused loop over whole arrays, with none of the VM's set-up (iteration order, geometry,
 * frame): every input C-contiguous in the result's shape S, or one element. Returns the new
 * result, or null when the general path should run (not fused, not that layout, or empty).
 */
export function runWhole(prog: Program, ins: readonly ndarray[], wvals: readonly Scalar[], S: readonly number[], total: number): ndarray | null {
  if (total === 0) return null;
  let streams = 0;
  for (const a of ins) {
    if (a.size === 1) { if (a.ndim > S.length) return null; continue; }
    if (!a._isC() || !sameShape(a.shape, S)) return null;
    streams++;
  }
  const fz = streams ? fusedOf(prog) : null;
  if (fz === null) return null;
  const bytes = 16 * prog.regs.length;
  if (constBytes < bytes) { if (constBuf) free(constBuf); constBuf = alloc(bytes); constBytes = bytes; }
  const fixed = (r: number) => constBuf + 16 * r;
  prog.consts.forEach((c) => writeScalar(c.dt, fixed(c.reg), c.value));
  prog.wconsts.forEach((c, j) => writeScalar(c.dt, fixed(c.reg), wvals[j]));
  const res = ndarray._alloc(S, prog.dtype);
  runFused(fz, fusedArgs(fz, fixed, ins), res._addr(), total, prog.dtype.itemsize);
  return res;
}

/** The addresses a fused loop takes, in its parameters' order: a constant's at fixed(register), an input's own. */
export function fusedArgs(fz: Fused, fixed: (reg: number) => number, ins: readonly ndarray[]): number[] {
  return fz.params.map((r, k) => (fz.input[k] < 0 ? fixed(r) : ins[fz.input[k]]._addr()));
}

/**
 * A fused loop over `total` elements (addresses of its parameters, then of the output): on the
 * thread pool in chunks of whole elements from the VM's threading size (each chunk writes its own
 * part of the output, so results are the same for any thread count), else here.
 */
export function runFused(fz: Fused, addrs: readonly number[], out: number, total: number, size: number): void {
  fusedStats.runs++;
  const nargs = 3 + addrs.length + 2;
  if (total < parallelTuning.min || nargs > MAX_ARGS || !poolReady()) { fz.fn(...addrs, out, total); return; }
  if (!fz.at) { fz.at = alloc(fz.bytes.length); heap.u8.set(fz.bytes, fz.at); }
  const per = Math.max(parallelTuning.chunk, Math.ceil(total / MAX_CHUNKS));
  const chunks = Math.ceil(total / per);
  const ok = runTask({
    fn: FN_GENERATED, chunks, nargs, generated: fz.fn,
    args(c, w, at) {
      const off = c * per * size;
      w[at] = fz.id; w[at + 1] = fz.at; w[at + 2] = fz.bytes.length;
      for (let k = 0; k < addrs.length; k++) w[at + 3 + k] = addrs[k] + (fz.streamed[k] ? off : 0);
      w[at + 3 + addrs.length] = out + off;
      w[at + 4 + addrs.length] = Math.min(per, total - c * per);
    },
  });
  if (!ok) fz.fn(...addrs, out, total);
}

/** Frees a program's copy of its fused module in wasm memory (the program left the cache). */
export function releaseFused(prog: Program): void {
  if (prog.fused && prog.fused.at) { free(prog.fused.at); prog.fused.at = 0; }
}
