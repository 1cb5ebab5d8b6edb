// Running a compiled program (compile.ts) on one call's arrays: broadcasting, NumPy's iteration
// order, the output or accumulator, the frame for the wasm VM (layout: assembly/vm.ts), and the
// result as NumPy gives it.
//
// Iteration order: the broadcast shape's axes in NumPy's K order (npyiter_find_best_axis_ordering
// over the operands' strides: what NumPy's ufunc machinery picks, so the output gets NumPy's
// layout and a sum() adds in the order np.sum(<NumPy's temporary>) adds), or the `order` given;
// then length-1 axes are dropped and neighbours every operand walks as one run are merged.
// An input contiguous in that order is read in place; others are gathered block by block.
import { ndarray } from "../ndarray/ndarray.js";
import { type DType, Code } from "../dtype/dtype.js";
import { runFrameParallel } from "./parallel.js";
import { alloc, free, heap } from "../runtime/memory.js";
import { kernels } from "../runtime/wasm.js";
import { broadcastShapes, stridesFor } from "../ndarray/broadcast.js";
import { writeScalar } from "../ndarray/element.js";
import { isCContiguous, isFContiguous, iterOrder, sameShape } from "../ndarray/shape.js";
import { assign } from "../ndarray/assign.js";
import { ValueError, normalizeAxis } from "../core/errors.js";
import { BINARY } from "../generated/opcodes.js";
import { sum, prod } from "../reduction/reduce.js";
import { type Program, RegKind, evalWeak, weakTo } from "./compile.js";
import type { Py } from "./pyscalar.js";
import { fusedOf, runWhole, runFused, fusedArgs } from "./fuse.js";

/** Block size: the bytes every block touches per element (each input stream, the output, each
 *  temporary buffer) should fit an L1 budget, so a block's buffers stay in L1 from one
 *  instruction to the next: every instruction is one pass over the block, and an L1-resident
 *  pass costs a fraction of an L2 one. Measured (AMD EPYC, Node 20, 1e7 float64 elements,
 *  2*a + 3*b*b, 40 bytes per element): blocks of 256 elements 11.8 ms, 384 11.9 ms, 512 12.9 ms,
 *  1024 20.1 ms, 4096 21.5 ms; an L1 budget of 8 KiB 12.2 ms, 16 KiB 11.9 ms, 24 KiB 14.8 ms.
 *  Blocks are at least minBlock elements (per block: pointer set-up, one indirect call per
 *  instruction) and at most maxBlock. */
export const tuning = { l1: 16384, minBlock: 256, maxBlock: 4096 };
/** Shortest innermost axis for row-aligned blocks. */
const ROW_ALIGN_MIN = 128;

export type Order = "K" | "C" | "F" | "A";
export interface RunOpts { out: ndarray | null; order: Order }

const tuple = (s: readonly number[]) => `(${s.join(",")}${s.length === 1 ? "," : ""})`;

/** NumPy's iteration order of the axes for these operands, outermost first. */
export const bestOrder = (shape: readonly number[], strides: readonly (readonly number[])[]): number[] =>
  iterOrder(shape, strides).reverse();

/** A new array whose memory runs in `perm` order (outermost axis first). */
function allocPerm(shape: number[], dt: DType, perm: readonly number[]): ndarray {
  if (shape.length <= 1) return ndarray._alloc(shape, dt);
  const fake = new Array<number>(shape.length);
  perm.forEach((ax, j) => { fake[ax] = perm.length - j; });
  return ndarray._alloc(shape, dt, false, fake);
}

/** Byte range [lo, hi) an array's elements occupy. */
function extent(a: ndarray): [number, number] {
  let lo = a._addr(), hi = lo + a.itemsize;
  a.shape.forEach((n, k) => { const d = (n - 1) * a.strides[k]; if (d < 0) lo += d; else hi += d; });
  return [lo, hi];
}
function overlaps(a: ndarray, b: ndarray): boolean {
  if (a.size === 0 || b.size === 0) return false;
  const [alo, ahi] = extent(a), [blo, bhi] = extent(b);
  return alo < bhi && blo < ahi;
}

interface GOp { ptr: number; dt: DType; st: readonly number[] }

// frame header words (assembly/vm.ts)
const H = {
  MODE: 0, NDIM: 1, NOPS: 2, NREG: 3, NINS: 4, NPRO: 5, BLOCK: 6, TOTAL: 7, ROWLEN: 8, VALREG: 9,
  STORE: 10, OUTOP: 11, REDOP: 12, ACCCODE: 13, FLAG: 14, SHAPE: 15, UNIT: 16, STRIDES: 17, OPS: 18,
  REGS: 19, INS: 20, SCR: 21, ROWALIGN: 22, DOT: 23,
} as const;
const HEADER_WORDS = 24;
const M_ELEM = 0, M_ROWS = 1, M_ACCUM = 2;
const K_TEMP = 0, K_INPUT = 1, K_FIXED = 2, K_OUT = 3;
const IN_DIRECT = 0, IN_GATHER = 1, IN_UNIFORM = 2;
const align16 = (n: number) => (n + 15) & ~15;

export function run(prog: Program, arrays: Map<string, ndarray>, env: Map<string, Py>, opts: RunOpts): ndarray | number | boolean {
  const ins = prog.inputs.map((i) => arrays.get(i.name)!);
  const out = opts.out;
  const red = prog.reduce;
  const T = prog.dtype;

  // ---- shapes ----
  let S = inputShape(prog, ins);
  if (out && !red) {
    let bs: number[];
    try { bs = broadcastShapes(S, out.shape); } catch { throw new ValueError(`operands could not be broadcast together with shapes ${tuple(S)} ${tuple(out.shape)} `); }
    if (!sameShape(bs, out.shape)) throw new ValueError(`non-broadcastable output operand with shape ${tuple(out.shape)} doesn't match the broadcast shape ${tuple(bs)}`);
    S = bs;
  }
  let axis: number | null = null;
  let Sr: number[] = S;
  if (red) {
    // (NumPy reduces a 0-d array over axis 0 or -1 as over no axis)
    if (red.axis !== null && !(S.length === 0 && (red.axis === 0 || red.axis === -1))) axis = normalizeAxis(red.axis, S.length);
    Sr = axis === null ? [] : S.filter((_, k) => k !== axis);
    if (out && !sameShape(out.shape, Sr)) {
      throw new ValueError(`evaluate: output operand with shape ${tuple(out.shape)} doesn't match the result shape ${tuple(Sr)}`);
    }
  }
  if (out && !out._writeable) throw new ValueError("output array is read-only");
  if (red && prog.bare !== undefined) return bareReduce(prog, arrays.get(prog.bare)!, axis, Sr, out);
  const isRed = (k: number) => red !== null && (axis === null || k === axis);

  // ---- per-call values of Python scalars given as variables (NumPy's checks included) ----
  const wvals = prog.wconsts.map((c) => weakTo(evalWeak(c.w, env), c.dt, c.check));

  // ---- a constant result: nothing to run ----
  if (prog.constant && !out && !red) {
    const v = prog.constant.value;
    return typeof v === "bigint" ? Number(v) : v;
  }

  const total = S.reduce((p, d) => p * d, 1);
  if (total > 2 ** 31 - 1) throw new ValueError("evaluate: more than 2**31 - 1 elements are not supported");
  if (!out && !red && opts.order !== "F") {
    const r = runWhole(prog, ins, wvals, S, total);
    if (r !== null) return finish(r, null);
  }

  // ---- iteration order ----
  const big = ins.filter((a) => a.size !== 1);
  const bigStrides = big.map((a) => stridesFor(a.shape, a.strides, S)!);
  let perm: number[];
  const order = red ? "K" : opts.order;
  if (order === "C") perm = [...S.keys()];
  else if (order === "F") perm = [...S.keys()].reverse();
  else if (order === "A") {
    const f = big.length > 0 && big.every((a) => isFContiguous(a.shape, a.strides, a.itemsize) && !isCContiguous(a.shape, a.strides, a.itemsize));
    perm = f ? [...S.keys()].reverse() : [...S.keys()];
  } else perm = bestOrder(S, out && !red ? [...bigStrides, out.strides] : bigStrides);

  // ---- inputs overlapping the output are copied first (unless read exactly where written) ----
  const temps: ndarray[] = [];
  const work = ins.slice();
  const target0 = out;
  if (target0 && !red) {
    work.forEach((a, i) => {
      if (!overlaps(a, target0)) return;
      const st = stridesFor(a.shape, a.strides, red ? Sr : S);
      const same = !red && a.dtype === target0.dtype && a._addr() === target0._addr() && st !== null && st.every((s, k) => s === target0.strides[k] || S[k] === 1);
      if (same) return;
      const c = a.copy();
      temps.push(c);
      work[i] = c;
    });
  }

  // ---- output / accumulator ----
  let res: ndarray;
  const permR = perm.filter((k) => !isRed(k)).map((k) => (axis === null ? k : k > axis ? k - 1 : k));
  if (!red) {
    res = out && !prog.negcheck ? out : (out ? out._allocLike(out.dtype, "K") : allocPerm(S.slice(), T, perm));
  } else {
    // the accumulator is initialised before the run: out only when nothing can fail or alias
    res = out && out.dtype === T && !prog.negcheck && !work.some((a) => overlaps(a, out)) ? out : allocPerm(Sr.slice(), T, permR);
  }

  try {
    if (total === 0) {
      if (red) res.fill(red.op === "sum" ? 0 : 1);
      return finish(res, out);
    }

    // ---- geometry ----
    const gops: GOp[] = [];
    const inputOp = new Map<number, number>();
    work.forEach((a, i) => {
      if (a.size === 1) return;
      inputOp.set(i, gops.length);
      gops.push({ ptr: a._addr(), dt: a.dtype, st: stridesFor(a.shape, a.strides, S)! });
    });
    const resSt = red ? S.map((_, k) => (isRed(k) ? 0 : res.strides[axis === null ? k : k > axis ? k - 1 : k])) : res.strides;
    const outOp = gops.length;
    gops.push({ ptr: res._addr(), dt: res.dtype, st: resSt });
    // dims outermost first, length-1 axes dropped, then coalesced
    let dims = perm.filter((k) => S[k] !== 1).map((k) => ({ n: S[k], st: gops.map((g) => g.st[k]), red: isRed(k) }));
    const merged: typeof dims = [];
    for (let i = dims.length - 1; i >= 0; i--) {
      const d = dims[i];
      const inner = merged[merged.length - 1];
      if (inner && d.st.every((s, j) => s === inner.st[j] * inner.n)) { inner.n *= d.n; inner.st = inner.st.slice(); continue; }
      merged.push({ n: d.n, st: d.st.slice(), red: d.red });
    }
    dims = merged.reverse();
    if (dims.length === 0) dims = [{ n: 1, st: gops.map(() => 0), red: false }];
    const nd = dims.length;
    const unit = new Array<number>(nd);
    for (let k = nd - 1, u = 1; k >= 0; k--) { unit[k] = u; u *= dims[k].n; }

    // ---- mode ----
    let mode = M_ELEM, rowLen = 1;
    if (red) {
      const firstRed = dims.findIndex((d) => d.red);
      const suffix = firstRed < 0 || dims.slice(firstRed).every((d) => d.red);
      if (red.op === "sum" && T.isFloat && suffix) {
        mode = M_ROWS;
        for (let k = firstRed < 0 ? nd : firstRed; k < nd; k++) rowLen *= dims[k].n;
      } else {
        mode = M_ACCUM;
        res.fill(red.op === "sum" ? 0 : 1);
      }
    }
    const flat = (g: number, size: number) => dims.every((d, k) => d.n === 1 || d.st[g] === size * unit[k]);
    const gatherBufNeeded = (i: number) => work[i].size !== 1 && !flat(inputOp.get(i)!, work[i].itemsize);
    const direct = mode === M_ELEM && prog.rootIns >= 0 && res.dtype === T && flat(outOp, T.itemsize);

    // ---- frame ----
    const nregs = prog.regs.length + (direct ? 1 : 0);
    const nops = gops.length;
    let w = HEADER_WORDS;
    const oShape = w; w += nd;
    const oUnit = w; w += nd;
    const oStrides = w; w += nops * nd;
    const oOps = w; w += 4 * nops;
    const oRegs = w; w += 8 * nregs;
    const oIns = w; w += 8 * prog.nins;
    w += w & 1;
    const oScr = w; w += 6 + 3 * nd;
    const headBytes = align16(w * 4);
    let touched = prog.nslots * 8 + res.itemsize;
    work.forEach((a, i) => { if (a.size !== 1) touched += a.itemsize * (gatherBufNeeded(i) ? 2 : 1); });
    const BLOCK = Math.min(tuning.maxBlock, Math.max(tuning.minBlock, Math.floor(tuning.l1 / touched / 64) * 64));
    const blockLen = Math.min(BLOCK, total);
    // blocks aligned to rows when the innermost axis is long and some input can then be read in
    // place (broadcast along the row, or contiguous along it) instead of gathered
    const inner = dims[nd - 1].n;
    const rowAlign = mode !== M_ROWS && nd > 1 && inner >= ROW_ALIGN_MIN && prog.inputs.some((_, i) => {
      if (!gatherBufNeeded(i)) return false;
      const s = dims[nd - 1].st[inputOp.get(i)!];
      return s === 0 || s === work[i].itemsize;
    }) ? inner : 0;
    const fixedBytes = 16 * prog.regs.length;
    // block buffers: the temporaries' slots, then the gathered inputs
    const bufBytes: number[] = new Array<number>(prog.nslots).fill(align16(blockLen * 8));
    const gatherBuf = new Map<number, number>();
    work.forEach((a, i) => {
      if (a.size === 1 || flat(inputOp.get(i)!, a.itemsize)) return;
      gatherBuf.set(i, bufBytes.length);
      bufBytes.push(align16(blockLen * a.itemsize));
    });
    const dataBytes = fixedBytes + bufBytes.reduce((p, b) => p + b + (b >= 2048 ? 4096 : 0), 0);
    const frame = frameBuffer(headBytes + dataBytes);
    {
      const i32 = heap.i32;
      const f = frame >>> 2;
      i32.fill(0, f, f + (headBytes >>> 2));
      const hdr = (k: number, v: number) => { i32[f + k] = v; };
      hdr(H.MODE, mode); hdr(H.NDIM, nd); hdr(H.NOPS, nops); hdr(H.NREG, nregs); hdr(H.NINS, prog.nins);
      hdr(H.NPRO, prog.npro); hdr(H.BLOCK, BLOCK); hdr(H.TOTAL, total); hdr(H.ROWLEN, rowLen);
      hdr(H.VALREG, prog.valReg); hdr(H.STORE, direct ? 0 : 1); hdr(H.OUTOP, outOp);
      hdr(H.REDOP, red?.op === "prod" ? BINARY.multiply : BINARY.add); hdr(H.ACCCODE, T.code);
      hdr(H.SHAPE, oShape); hdr(H.UNIT, oUnit); hdr(H.STRIDES, oStrides); hdr(H.OPS, oOps);
      hdr(H.REGS, oRegs); hdr(H.INS, oIns); hdr(H.SCR, oScr); hdr(H.ROWALIGN, rowAlign);
      hdr(H.DOT, mode === M_ROWS && prog.dot ? 1 : 0);
      for (let k = 0; k < nd; k++) {
        i32[f + oShape + k] = dims[k].n;
        i32[f + oUnit + k] = unit[k];
        for (let g = 0; g < nops; g++) i32[f + oStrides + g * nd + k] = dims[k].st[g];
      }
      gops.forEach((g, j) => {
        const p = f + oOps + 4 * j;
        i32[p] = g.ptr; i32[p + 1] = g.dt.code; i32[p + 2] = g.dt.itemsize;
      });
      const data = frame + headBytes;
      const fixedAt = (r: number) => data + 16 * r;
      // Buffers start at staggered addresses mod 4096 (1024 + 640 k): streams that run in step
      // would otherwise share their low 12 address bits (arrays sit at 16 mod 4096 too) and
      // every load would wait on a store to the "same" address (x86's 4K aliasing): measured
      // 2x slower at 4096-element blocks.
      const bufAt: number[] = [];
      let cursor = data + fixedBytes;
      bufBytes.forEach((b, k) => {
        if (b >= 2048) cursor += (((1024 + 640 * k - cursor) % 4096) + 4096) % 4096;
        bufAt.push(cursor);
        cursor += b;
      });
      const slotAt = (s: number) => bufAt[s];
      const regRec = (r: number, kind: number, dt: DType, buf: number, op: number, ptr: number, stride: number, inMode: number) => {
        const p = f + oRegs + 8 * r;
        i32[p] = kind; i32[p + 1] = dt.code; i32[p + 2] = dt.itemsize; i32[p + 3] = buf; i32[p + 4] = op;
        i32[p + 5] = ptr; i32[p + 6] = stride; i32[p + 7] = inMode;
      };
      prog.regs.forEach((r, j) => {
        if (r.kind === RegKind.temp) regRec(j, K_TEMP, r.dt, slotAt(r.slot), 0, slotAt(r.slot), r.dt.itemsize, 0);
        else if (r.kind === RegKind.fixed) regRec(j, K_FIXED, r.dt, fixedAt(j), 0, fixedAt(j), 0, 0);
      });
      prog.inputs.forEach((inp, i) => {
        const a = work[i];
        if (a.size === 1) { regRec(inp.reg, K_INPUT, a.dtype, 0, 0, a._addr(), 0, IN_UNIFORM); return; }
        const g = gatherBuf.get(i);
        const buf = g === undefined ? 0 : bufAt[g];
        regRec(inp.reg, K_INPUT, a.dtype, buf, inputOp.get(i)!, buf, a.itemsize, g === undefined ? IN_DIRECT : IN_GATHER);
      });
      if (direct) regRec(prog.regs.length, K_OUT, T, 0, outOp, 0, T.itemsize, 0);
      i32.set(prog.code, f + oIns);
      if (direct) i32[f + oIns + 8 * prog.rootIns + 3] = prog.regs.length;
      prog.consts.forEach((c) => writeScalar(c.dt, fixedAt(c.reg), c.value));
      prog.wconsts.forEach((c, j) => writeScalar(c.dt, fixedAt(c.reg), wvals[j]));

      // the fused loop when it reads every input in place and writes the output directly
      const fz = direct && gatherBuf.size === 0 ? fusedOf(prog) : null;
      if (fz !== null) {
        runFused(fz, fusedArgs(fz, fixedAt, work), gops[outOp].ptr, total, T.itemsize);
      } else if (!runFrameParallel({
        frame, bytes: headBytes + dataBytes, regs: oRegs, nregs, mode, total, rowLen, rowAlign,
        f32: T.code === Code.float32, outAddr: gops[outOp].ptr, flag: H.FLAG, heavy: prog.heavy,
      })) kernels.k.vm_run(frame);

      if (heap.i32[f + H.FLAG]) throw new ValueError("Integers to negative integer powers are not allowed.");
    }
    return finish(res, out);
  } catch (e) {
    if (res !== out) res.dispose();
    throw e;
  } finally {
    for (const t of temps) t.dispose();
  }
}

// One frame buffer, reused from call to call (a run calls nothing that could evaluate again);
// replaced when a call needs more, or much less than it holds.
let frameBuf = 0, frameBytes = 0;
function frameBuffer(bytes: number): number {
  if (frameBuf && (frameBytes < bytes || frameBytes > 4 * bytes + (1 << 16))) { free(frameBuf); frameBuf = 0; }
  if (!frameBuf) { frameBuf = alloc(bytes); frameBytes = bytes; }
  return frameBuf;
}

/** The broadcast shape of the inputs; when they do not broadcast, NumPy's error names the first
 *  operation (in evaluation order) whose operands do not. */
function inputShape(prog: Program, ins: ndarray[]): number[] {
  try {
    return broadcastShapes(...ins.map((a) => a.shape));
  } catch (e) {
    const shape = new Map<number, readonly number[]>();
    prog.inputs.forEach((inp, i) => shape.set(inp.reg, ins[i].shape));
    for (const [dst, ...args] of prog.ops) shape.set(dst, broadcastShapes(...args.map((r) => shape.get(r) ?? [])));
    throw e;
  }
}

/** sum / prod of a variable: np.sum / np.prod of the array itself (NumPy's order, bit for bit). */
function bareReduce(prog: Program, a: ndarray, axis: number | null, Sr: number[], out: ndarray | null): ndarray | number | boolean {
  const f = prog.reduce!.op === "sum" ? sum : prod;
  if (!out) return f(a, axis, { dtype: prog.dtype });
  const acc = out.dtype === prog.dtype ? out : ndarray._alloc(Sr.slice(), prog.dtype);
  f(a, axis, { dtype: prog.dtype, out: acc });
  if (acc !== out) { assign(out, acc); acc.dispose(); }
  return out;
}

/** NumPy gives a scalar for a 0-d result, unless an output array was given. */
function finish(res: ndarray, out: ndarray | null): ndarray | number | boolean {
  if (out) {
    if (res !== out) { if (res.size) assign(out, res); res.dispose(); }
    return out;
  }
  if (res.ndim !== 0) return res;
  const v = res.item() as number | boolean;
  res.dispose();
  return v;
}
