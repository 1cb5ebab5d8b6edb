// np.evaluate's virtual machine: runs a compiled expression (src/evaluate/) over cache-sized
// blocks of the iteration space, so no full-size temporary ever exists.
//
// The TS side (src/evaluate/run.ts) writes one *frame* per call (layout below): the iteration
// geometry (the broadcast shape with its axes in NumPy's K order, coalesced), the geometry
// operands (array inputs, and the output or accumulator), the register table and the
// instructions (compiled once per expression: src/evaluate/compile.ts). vm_run(frame) then
//   1. runs the prologue (instructions whose operands are all uniform: constants, scalars, size-1
//      arrays) once, with n = 1: their results are registers of stride 0;
//   2. walks the flat iteration space [0, total) in blocks of at most `block` elements (sized by
//      the TS side so a block's buffers stay in L1). For each block, input registers point into
//      their array when it is contiguous in iteration order (no copy), or get the block gathered
//      into their buffer; then every instruction runs over the whole block: binary / unary ops
//      are the ufunc row kernels themselves (ops_loops.ts, resolved by vm_fn into the
//      instruction: one call_indirect), casts the cast kernel, where its own kernel
//      (vm_where.ts). Where the innermost axis is long, blocks end at row ends, so an input
//      broadcast along the row (stride 0) or contiguous along it is read in place too;
//   3. per mode, after each block:
//        elementwise  the value register is scattered into the output (unless the program wrote
//                     the output directly: the output is contiguous in iteration order);
//        rows         float sums whose reduced axes are the innermost ones: each row (the run
//                     one output element reduces) is summed in NumPy's pairwise order. Rows
//                     longer than a block split as NumPy's pairwise recursion does, at nodes of
//                     at most `block` elements, so every partial sum is NumPy's, bit for bit;
//                     short rows go several to a block. sum(x * y) sums the products as it
//                     computes them (vm_dot.ts);
//        accumulate   acc op= value through reduce_into (C order, so every accumulator element
//                     sees its values in NumPy's sequential order): integer sums, products,
//                     and float sums along an outer axis.
// A register is (ptr, stride): stride 0 for uniform values, the itemsize otherwise (or an input's
// own stride along a row). Gathers, scatters and accumulations walk a flat range of the N-D
// geometry as at most 2*ndim-1 boxes (full inner axes, a count on one axis), each one call of an
// N-D kernel (cast / copy, reduce_into).
//
// Frame (i32 words; offsets in words from the frame start, which is 16-byte aligned):
//   header  0 mode (0 elementwise, 1 rows, 2 accumulate)   1 ndim   2 nops   3 nregs   4 ninstr
//           5 nprologue   6 block   7 total   8 rowlen   9 value register   10 store (elementwise)
//           11 output / accumulator operand   12 reduce op (BinOp)   13 accumulator dtype code
//           14 flag (set to 1 by a negcheck that saw a negative)
//           15 shape   16 unit (U[k] = product of shape[k+1..])   17 strides (nops x ndim)
//           18 operands (4 words: ptr, code, itemsize, 0)   19 registers (8 words)
//           20 instructions (8 words)   21 scratch (6 + 3*ndim words, 8-byte aligned)
//           22 row alignment: blocks end at multiples of it (0: none)
//           23 dot: rows mode, and the last instruction is the float multiply giving the value:
//              it is not run, the rows sum the products as they go
//   register  0 kind (0 temp, 1 input operand, 2 fixed, 3 output operand written directly)
//             1 code   2 itemsize   3 buffer   4 operand   5 ptr   6 stride
//             7 input mode (0 contiguous in iteration order, 1 gathered, 2 uniform)
//   instruction  0 class (0 binary, 1 unary, 2 cast, 3 where, 4 negcheck)   1 op (cast: dst code)
//                2 dtype code (where: itemsize)   3 dst   4 a   5 b   6 c   7 row kernel (vm_fn)
import { castDispatch } from "./cast";
import { binaryDispatch, Mode as BMode } from "./binary";
import { pairwiseDispatch } from "./pairwise";
import { RowFn } from "./ops_loops";
import { Code } from "./dtypes";
import { whereRow, negAny } from "./vm_where";
import { pwMul } from "./vm_dot";

const H_MODE = 0, H_NDIM = 1, H_NOPS = 2, H_NREG = 3, H_NINS = 4, H_NPRO = 5, H_BLOCK = 6, H_TOTAL = 7;
const H_ROWLEN = 8, H_VALREG = 9, H_STORE = 10, H_OUTOP = 11, H_REDOP = 12, H_ACCCODE = 13, H_FLAG = 14;
const H_SHAPE = 15, H_UNIT = 16, H_STRIDES = 17, H_OPS = 18, H_REGS = 19, H_INS = 20, H_SCR = 21, H_ROWALIGN = 22;
const H_DOT = 23;

const M_ELEM = 0, M_ROWS = 1, M_ACCUM = 2;
const K_TEMP = 0, K_INPUT = 1, K_OUT = 3;
const IN_DIRECT = 0, IN_GATHER = 1;
const C_BIN = 0, C_UN = 1, C_CAST = 2, C_WHERE = 3, C_NEG = 4;
const A_GATHER = 0, A_SCATTER = 1, A_ACCUM = 2;

// register fields (byte offsets)
const R_KIND: usize = 0, R_CODE: usize = 4, R_SIZE: usize = 8, R_BUF: usize = 12, R_OP: usize = 16;
const R_PTR: usize = 20, R_STRIDE: usize = 24, R_MODE: usize = 28;

@inline function hw(f: usize, i: i32): i32 { return load<i32>(f + (<usize>i << 2)); }
@inline function sec(f: usize, h: i32): usize { return f + (<usize>hw(f, h) << 2); }
@inline function regAt(f: usize, r: i32): usize { return sec(f, H_REGS) + (<usize>r << 5); }
@inline function opAt(f: usize, o: i32): usize { return sec(f, H_OPS) + (<usize>o << 4); }
@inline function wordAt(p: usize, i: i32): i32 { return load<i32>(p + (<usize>i << 2)); }

// ---------------------------------------------------------------- instructions
function runIns(f: usize, from: i32, to: i32, n: i32): void {
  const ins = sec(f, H_INS);
  const regs = sec(f, H_REGS);
  const scr = sec(f, H_SCR);
  for (let i = from; i < to; i++) {
    const ip = ins + (<usize>i << 5);
    const cls = load<i32>(ip);
    const d = regs + (<usize>load<i32>(ip, 12) << 5);
    const a = regs + (<usize>load<i32>(ip, 16) << 5);
    const ap = <usize>load<i32>(a, R_PTR), as = <isize>load<i32>(a, R_STRIDE);
    if (cls == C_NEG) {
      if (negAny(load<i32>(ip, 8), ap, n, as)) store<i32>(f + (<usize>H_FLAG << 2), 1);
      continue;
    }
    const dp = <usize>load<i32>(d, R_PTR), ds = <isize>load<i32>(d, R_STRIDE);
    if (cls == C_BIN) {
      const b = regs + (<usize>load<i32>(ip, 20) << 5);
      changetype<RowFn>(<usize>load<i32>(ip, 28))(ap, <usize>load<i32>(b, R_PTR), dp, n, as, <isize>load<i32>(b, R_STRIDE), ds);
    } else if (cls == C_UN) {
      changetype<RowFn>(<usize>load<i32>(ip, 28))(ap, dp, 0, n, as, ds, 0);
    } else if (cls == C_CAST) {
      store<i32>(scr, n, 8);
      store<i32>(scr, <i32>as, 12);
      store<i32>(scr, <i32>ds, 16);
      castDispatch(load<i32>(ip, 8), load<i32>(ip, 4), ap, dp, 1, scr + 8, scr + 12, scr + 16);
    } else if (cls == C_WHERE) {
      const b = regs + (<usize>load<i32>(ip, 20) << 5);
      const c = regs + (<usize>load<i32>(ip, 24) << 5);
      whereRow(load<i32>(ip, 8), ap, <usize>load<i32>(b, R_PTR), <usize>load<i32>(c, R_PTR), dp, n,
        as, <isize>load<i32>(b, R_STRIDE), <isize>load<i32>(c, R_STRIDE), ds);
    }
  }
}

// ---------------------------------------------------------------- flat ranges as boxes
/** Byte offset of flat position pos in operand o (strides at st). */
function offsetOf(f: usize, st: usize, pos: i32): isize {
  const nd = hw(f, H_NDIM);
  const shape = sec(f, H_SHAPE), unit = sec(f, H_UNIT);
  let off: isize = 0;
  for (let k = 0; k < nd; k++) {
    const idx = (pos / wordAt(unit, k)) % wordAt(shape, k);
    off += <isize>idx * <isize>wordAt(st, k);
  }
  return off;
}

/** One box: c units of axis L from flat position pos (aligned to unit[L]), full axes below. */
function box(f: usize, act: i32, opi: i32, r: usize, s: i32, pos: i32, L: i32, c: i32): void {
  const nd = hw(f, H_NDIM);
  const shape = sec(f, H_SHAPE), unit = sec(f, H_UNIT);
  const st = sec(f, H_STRIDES) + (<usize>(opi * nd) << 2);
  const op = opAt(f, opi);
  const scr = sec(f, H_SCR) + 24;
  const bshape = scr, bost = scr + (<usize>nd << 2), brst = scr + (<usize>nd << 3);
  const bnd = nd - L;
  const rsize = load<i32>(r, R_SIZE), rstride = load<i32>(r, R_STRIDE);
  for (let j = 0; j < bnd; j++) {
    store<i32>(bshape + (<usize>j << 2), j == 0 ? c : wordAt(shape, L + j));
    store<i32>(bost + (<usize>j << 2), wordAt(st, L + j));
    store<i32>(brst + (<usize>j << 2), rstride == 0 ? 0 : rsize * wordAt(unit, L + j));
  }
  const p = <usize>(<isize>load<i32>(op) + offsetOf(f, st, pos));
  const rp = <usize>load<i32>(r, R_PTR) + <usize>(<isize>(pos - s) * <isize>rstride);
  const rcode = load<i32>(r, R_CODE), ocode = load<i32>(op, 4);
  if (act == A_GATHER) castDispatch(ocode, rcode, p, rp, bnd, bshape, bost, brst);
  else if (act == A_SCATTER) castDispatch(rcode, ocode, rp, p, bnd, bshape, brst, bost);
  else binaryDispatch(hw(f, H_REDOP), rcode, BMode.reduce, rp, p, 0, bnd, bshape, brst, bost, 0);
}

/** Apply `act` between register r and operand opi over the flat range [s, s + len). */
function boxes(f: usize, act: i32, opi: i32, r: usize, s: i32, len: i32): void {
  const nd = hw(f, H_NDIM);
  const shape = sec(f, H_SHAPE), unit = sec(f, H_UNIT);
  const end = s + len;
  let pos = s;
  let L = nd - 1;
  let descend = 1;
  // ascend: complete partial rows / planes until pos is aligned to the next level up
  while (L > 0) {
    const up = wordAt(unit, L - 1);
    if (pos % up != 0) {
      const u = wordAt(unit, L);
      const idx = (pos / u) % wordAt(shape, L);
      const c = min(wordAt(shape, L) - idx, (end - pos) / u);
      if (c > 0) { box(f, act, opi, r, s, pos, L, c); pos += c * u; }
      if (pos % up != 0) { descend = L + 1; break; } // the range ends inside this level
    }
    L--;
  }
  if (L == 0) {
    const c = (end - pos) / wordAt(unit, 0);
    if (c > 0) { box(f, act, opi, r, s, pos, 0, c); pos += c * wordAt(unit, 0); }
  }
  // descend: whole units of ever finer levels
  for (let l = descend; l < nd && pos < end; l++) {
    const u = wordAt(unit, l);
    const c = (end - pos) / u;
    if (c > 0) { box(f, act, opi, r, s, pos, l, c); pos += c * u; }
  }
}

// ---------------------------------------------------------------- blocks
/** Point the input registers at block [s, s + len) (gathering where needed), run the block. */
function runBlock(f: usize, s: i32, len: i32): void {
  const nreg = hw(f, H_NREG);
  for (let i = 0; i < nreg; i++) {
    const r = regAt(f, i);
    const kind = load<i32>(r, R_KIND);
    if (kind == K_INPUT) {
      const mode = load<i32>(r, R_MODE);
      if (mode == IN_DIRECT) {
        store<i32>(r, load<i32>(opAt(f, load<i32>(r, R_OP))) + s * load<i32>(r, R_SIZE), R_PTR);
      } else if (mode == IN_GATHER) {
        // inside one row, an input whose innermost stride is 0 (broadcast along the row) or
        // its itemsize is read in place with that stride; otherwise the block is gathered
        const opi = load<i32>(r, R_OP);
        const nd = hw(f, H_NDIM);
        const st = sec(f, H_STRIDES) + (<usize>(opi * nd) << 2);
        const n = wordAt(sec(f, H_SHAPE), nd - 1);
        const inner = wordAt(st, nd - 1);
        if ((inner == 0 || inner == load<i32>(r, R_SIZE)) && s % n + len <= n) {
          store<i32>(r, <i32>(<isize>load<i32>(opAt(f, opi)) + offsetOf(f, st, s)), R_PTR);
          store<i32>(r, inner, R_STRIDE);
        } else {
          store<i32>(r, load<i32>(r, R_BUF), R_PTR);
          store<i32>(r, load<i32>(r, R_SIZE), R_STRIDE);
          boxes(f, A_GATHER, opi, r, s, len);
        }
      }
    } else if (kind == K_OUT) {
      store<i32>(r, load<i32>(opAt(f, load<i32>(r, R_OP))) + s * load<i32>(r, R_SIZE), R_PTR);
    }
  }
  runIns(f, hw(f, H_NPRO), hw(f, H_NINS) - hw(f, H_DOT), len);
}

// ---------------------------------------------------------------- rows (pairwise float sums)
/** NumPy's pairwise sum of n values (stride s bytes) as T, through pairwise.ts (acc -0.0 + sum
 *  is the sum itself, -0.0 included). */
@inline function pw<T>(f: usize, p: usize, n: i32, s: i32): T {
  const slot = sec(f, H_SCR);
  store<T>(slot, <T>-0.0);
  pairwiseDispatch(sizeof<T>() == 8 ? Code.float64 : Code.float32, p, slot, 0, 0, 0, 0, n, s);
  return load<T>(slot);
}

/** Pairwise sum of the n values from element `off` of the block just run. */
function blockSum<T>(f: usize, off: i32, n: i32): T {
  if (hw(f, H_DOT)) {
    const ip = sec(f, H_INS) + (<usize>(hw(f, H_NINS) - 1) << 5);
    const a = regAt(f, load<i32>(ip, 16)), b = regAt(f, load<i32>(ip, 20));
    const as = load<i32>(a, R_STRIDE), bs = load<i32>(b, R_STRIDE);
    return pwMul<T>(<usize>load<i32>(a, R_PTR) + <usize>(off * as), as, <usize>load<i32>(b, R_PTR) + <usize>(off * bs), bs, n);
  }
  const v = regAt(f, hw(f, H_VALREG));
  const vs = load<i32>(v, R_STRIDE);
  return pw<T>(f, <usize>load<i32>(v, R_PTR) + <usize>(off * vs), n, vs);
}

/** Pairwise sum of flat range [s, s + n), split as NumPy's recursion splits (n2 = n/2 rounded
 *  down to a multiple of 8) until a node fits a block. */
function tree<T>(f: usize, s: i32, n: i32): T {
  if (n <= hw(f, H_BLOCK)) {
    runBlock(f, s, n);
    return blockSum<T>(f, 0, n);
  }
  let n2 = n >> 1;
  n2 -= n2 & 7;
  return tree<T>(f, s, n2) + tree<T>(f, s + n2, n - n2);
}

/** Rows [r0, r1) of the rows mode, each into its output element. */
function rows<T>(f: usize, r0: i32, r1: i32): void {
  const L = hw(f, H_ROWLEN);
  const block = hw(f, H_BLOCK);
  const nd = hw(f, H_NDIM);
  const outi = hw(f, H_OUTOP);
  const ost = sec(f, H_STRIDES) + (<usize>(outi * nd) << 2);
  const obase = <isize>load<i32>(opAt(f, outi));
  if (L <= block >> 1) {
    const q = block / L;
    for (let r = r0; r < r1; r += q) {
      const qq = min(q, r1 - r);
      runBlock(f, r * L, qq * L);
      for (let j = 0; j < qq; j++) {
        const sum = blockSum<T>(f, j * L, L);
        store<T>(<usize>(obase + offsetOf(f, ost, (r + j) * L)), <T>0 + sum);
      }
    }
  } else {
    for (let r = r0; r < r1; r++) {
      const sum = tree<T>(f, r * L, L);
      store<T>(<usize>(obase + offsetOf(f, ost, r * L)), <T>0 + sum);
    }
  }
}

/** Blocks over the flat range [a, b) (elementwise and accumulate modes). */
function blocks(f: usize, a: i32, b: i32): void {
  const mode = hw(f, H_MODE), block = hw(f, H_BLOCK);
  const store_ = mode == M_ELEM && hw(f, H_STORE) != 0;
  const row = hw(f, H_ROWALIGN); // blocks end at multiples of `row` (0: no alignment)
  for (let s = a; s < b;) {
    const len = min(b - s, row ? min(block, (s / row + 1) * row - s) : block);
    runBlock(f, s, len);
    if (mode == M_ACCUM) boxes(f, A_ACCUM, hw(f, H_OUTOP), regAt(f, hw(f, H_VALREG)), s, len);
    else if (store_) boxes(f, A_SCATTER, hw(f, H_OUTOP), regAt(f, hw(f, H_VALREG)), s, len);
    s += len;
  }
}

// ---------------------------------------------------------------- entry
export function vmRun(f: usize): void {
  store<i32>(f + (<usize>H_FLAG << 2), 0);
  runIns(f, 0, hw(f, H_NPRO), 1);
  if (hw(f, H_MODE) == M_ROWS) {
    const nrows = hw(f, H_TOTAL) / hw(f, H_ROWLEN);
    if (hw(f, H_ACCCODE) == Code.float64) rows<f64>(f, 0, nrows);
    else rows<f32>(f, 0, nrows);
    return;
  }
  blocks(f, 0, hw(f, H_TOTAL));
}

/** One chunk of a run on the thread pool (src/evaluate/parallel.ts), on this thread's copy of
 *  the frame (the flag is cleared by the caller): part 0: blocks over the flat range [a, b)
 *  (elementwise); 1: rows [a, b); 2: the pairwise-sum node of b elements from flat position a
 *  of a single row, its sum (the accumulator's type) stored at dst. */
export function vmPart(f: usize, part: i32, a: i32, b: i32, dst: usize): void {
  runIns(f, 0, hw(f, H_NPRO), 1);
  const f64 = hw(f, H_ACCCODE) == Code.float64;
  if (part == 0) blocks(f, a, b);
  else if (part == 1) { if (f64) rows<f64>(f, a, b); else rows<f32>(f, a, b); }
  else if (f64) store<f64>(dst, tree<f64>(f, a, b));
  else store<f32>(dst, tree<f32>(f, a, b));
}
