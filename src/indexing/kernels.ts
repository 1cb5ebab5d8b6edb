// The TypeScript side of the indexing kernels (assembly/gather.ts, index_*.ts): descriptor words,
// axis coalescing, NumPy's iteration order, and thin wrappers that hand geometry to wasm.
// Nothing here loops over elements.
import { kernels } from "../runtime/wasm.js";
import { heap, scratch, SCRATCH_BYTES, alloc, free } from "../runtime/memory.js";
import { ndarray } from "../ndarray/ndarray.js";
import { int64 } from "../dtype/dtype.js";
import { writeNd, ndShapePtr, ndStridesPtr } from "../ndarray/nd.js";
import { cStrides, orderByStrides } from "../ndarray/shape.js";

/** An int64 index array as the fancy kernel reads it. */
export interface IndexOperand {
  arr: ndarray;        // int64, values already checked to lie in [-n, n)
  n: number;           // length of the axis it indexes
  st: number;          // byte stride of that axis in arr
  strides: number[];   // its byte strides along B (0 where broadcast)
}

/** A subspace block: extents and byte strides on the arr and other sides. */
export interface Sub { shape: number[]; a: number[]; o: number[] }

/** Merge axes that every operand walks as one run, dropping length-1 axes (shape and each strides
 *  list are in C order; the result too). Empty shapes stay empty. */
export function coalesce(shape: readonly number[], strides: readonly (readonly number[])[]): { shape: number[]; strides: number[][] } {
  const outShape: number[] = [];
  const outStrides: number[][] = strides.map(() => []);
  for (let ax = 0; ax < shape.length; ax++) {
    const d = shape[ax];
    if (d === 1) continue;
    const n = outShape.length;
    if (n > 0 && d !== 0 && outShape[n - 1] !== 0 && strides.every((s, j) => outStrides[j][n - 1] === s[ax] * d)) {
      outShape[n - 1] *= d;
      for (let j = 0; j < strides.length; j++) outStrides[j][n - 1] = strides[j][ax];
      continue;
    }
    outShape.push(d);
    for (let j = 0; j < strides.length; j++) outStrides[j].push(strides[j][ax]);
  }
  return { shape: outShape, strides: outStrides };
}

/** NumPy's iterator axis order over raw strides (length-1 axes keep theirs), outermost first. */
export const bestOrder = (ndim: number, strides: readonly (readonly number[])[]): number[] =>
  orderByStrides(ndim, strides).reverse();

/** Words of a block sub-descriptor (gather.ts). */
function subWords(sub: Sub, itemsize: number, aux: number): number[] {
  return [sub.shape.length, itemsize, aux, ...sub.shape, ...sub.a, ...sub.o];
}

/** Run fn with `words` (i32) written to memory, followed by `tailBytes` of 16-aligned space. */
function withWords<T>(words: number[], tailBytes: number, fn: (desc: number, tail: number) => T): T {
  const head = (words.length * 4 + 15) & ~15;
  const bytes = head + tailBytes;
  // the scratch block's first part carries writeNd geometry; descriptors use its second half
  const half = SCRATCH_BYTES / 2;
  const own = bytes > half ? alloc(bytes) : 0;
  const base = own || scratch + half;
  heap.i32.set(words, base >>> 2);
  try {
    return fn(base, base + head);
  } finally {
    if (own) free(own);
  }
}

/** Words of the fancy part (gather.ts) for index space B. */
function fancyWords(B: readonly number[], aB: readonly number[], oB: readonly number[], idx: IndexOperand[]): number[] {
  const w = [idx.length, B.length, ...B, ...aB, ...oB];
  for (const x of idx) w.push(x.arr._addr(), x.n, x.st, ...x.strides);
  for (let k = 0; k < idx.length; k++) w.push(0);
  return w;
}

/** B with at least one axis (the kernel's odometer needs one). */
function atLeast1(B: number[], ...strides: number[][]): void {
  if (B.length === 0) { B.push(1); for (const s of strides) s.push(0); }
}

/** Descriptor words of a fancy pass (both parts coalesced) and the coalesced subspace shape;
 *  the block's itemsize and aux words are filled in by the caller. */
function fancyGeometry(B: readonly number[], aB: readonly number[], oB: readonly number[], idx: IndexOperand[], sub: Sub): { words: number[]; subShape: number[] } {
  const c = coalesce(B, [aB, oB, ...idx.map((x) => x.strides)]);
  const [cb, co, ...ci] = c.strides;
  atLeast1(c.shape, cb, co, ...ci);
  const s = coalesce(sub.shape, [sub.a, sub.o]);
  const words = [...subWords({ shape: s.shape, a: s.strides[0], o: s.strides[1] }, 0, 0),
    ...fancyWords(c.shape, cb, co, idx.map((x, k) => ({ ...x, strides: ci[k] })))];
  return { words, subShape: s.shape };
}

/** mode 0: other[j, s] = arr[idx(j), s]; mode 1: arr[idx(j), s] = other[j, s]. B axes run in
 *  C order as given; `aB` are arr strides along B (take_along_axis), usually zeros.
 *  `scalarTail` writes a broadcast value into spare descriptor bytes and returns its address. */
export function fancy(
  mode: 0 | 1, itemsize: number, arr: number, other: number,
  B: readonly number[], aB: readonly number[], oB: readonly number[], idx: IndexOperand[], sub: Sub,
  scalarTail?: (tail: number) => number,
): void {
  const { words } = fancyGeometry(B, aB, oB, idx, sub);
  words[1] = itemsize;
  withWords(words, scalarTail ? 16 : 0, (desc, tail) => {
    kernels.k.index_fancy(mode, arr, scalarTail ? scalarTail(tail) : other, desc);
  });
}

/** ufunc.at over the same geometry (arr strides along B are zero); `op` fills the aux words
 *  of assembly/index_at.ts. */
export function fancyAt(
  arr: number, other: number, B: number[], oB: number[], idx: IndexOperand[], sub: Sub,
  op: { nin: number; op: number; codeA: number; codeIn: number; codeOut: number; sizeIn: number; sizeOut: number },
): void {
  const { words, subShape } = fancyGeometry(B, B.map(() => 0), oB, idx, sub);
  const size = subShape.reduce((p, d) => p * d, 1);
  // temporaries of one (coalesced) subspace block, C-ordered, for the casts around the op
  const tin = alloc(Math.max(size * op.sizeIn, 16)), tout = alloc(Math.max(size * op.sizeOut, 16));
  try {
    const auxAt = words.length;
    words.push(op.nin, op.op, op.codeA, op.codeIn, op.codeOut, tin, tout, ...cStrides(subShape, op.sizeIn), ...cStrides(subShape, op.sizeOut));
    withWords(words, 0, (desc) => {
      heap.i32[(desc >>> 2) + 2] = desc + auxAt * 4; // the aux pointer
      kernels.k.index_ufunc_at(arr, other, desc);
    });
  } finally {
    free(tin); free(tout);
  }
}

/** mode 0: other ← arr[mask]; mode 1: arr[mask] ← other. The mask (bool) covers mshape with mask
 *  strides mS and arr strides aM; other advances oStep bytes per true element. */
export function masked(
  mode: 0 | 1, itemsize: number, arr: number, other: number, mask: number,
  mshape: readonly number[], mS: readonly number[], aM: readonly number[], oStep: number, sub: Sub,
  scalarTail?: (tail: number) => number,
): void {
  const c = coalesce(mshape, [mS, aM]);
  const [cm, ca] = c.strides;
  atLeast1(c.shape, cm, ca);
  const s = coalesce(sub.shape, [sub.a, sub.o]);
  const words = [...subWords({ shape: s.shape, a: s.strides[0], o: s.strides[1] }, itemsize, 0),
    c.shape.length, oStep, ...c.shape, ...cm, ...ca];
  withWords(words, scalarTail ? 16 : 0, (desc, tail) => {
    const o = scalarTail ? scalarTail(tail) : other;
    kernels.k.index_mask(mode, arr, o, mask, desc);
  });
}

/** Number of nonzero elements of a. */
export function countNonzero(a: ndarray): number {
  if (a.size === 0) return 0;
  const nd = writeNd(a.shape, a.strides);
  return kernels.k.index_count_nonzero(a.dtype.code, a._addr(), nd, ndShapePtr(), ndStridesPtr(0)) >>> 0;
}

/** Coordinates of a's nonzero elements (a.ndim >= 1) into a new int64 array of shape
 *  [count, ndim] (rows) or [ndim, count] (index arrays). */
export function nonzeroCoords(a: ndarray, layout: "rows" | "arrays", count = countNonzero(a)): ndarray {
  const nd = a.ndim;
  const out = ndarray._alloc(layout === "rows" ? [count, nd] : [nd, count], int64);
  if (count === 0) return out;
  const i32 = heap.i32, sp = ndShapePtr() >>> 2, tp = ndStridesPtr(0) >>> 2;
  for (let k = 0; k < nd; k++) { i32[sp + k] = a.shape[k]; i32[tp + k] = a.strides[k]; }
  const [istep, kstep] = layout === "rows" ? [8 * nd, 8] : [8, 8 * count];
  kernels.k.index_nonzero(a.dtype.code, a._addr(), nd, ndShapePtr(), ndStridesPtr(0), out._addr(), istep, kstep, ndStridesPtr(1));
  return out;
}

/** The first int64 value of a outside [lo, hi), or null. */
export function firstOutside(a: ndarray, lo: number | bigint, hi: number | bigint): bigint | null {
  if (a.size === 0) return null;
  const nd = writeNd(a.shape, a.strides);
  const at = ndStridesPtr(2);
  const bad = kernels.k.index_check(a._addr(), nd, ndShapePtr(), ndStridesPtr(0), BigInt(lo), BigInt(hi), at);
  return bad ? heap.i64[at >>> 3] : null;
}

/** A new C-ordered int64 array: a wrapped ('wrap') or clipped ('clip') into [0, n); n > 0. */
export function fixIndices(a: ndarray, mode: "wrap" | "clip", n: number): ndarray {
  const out = ndarray._alloc(a.shape.slice(), int64);
  if (a.size === 0) return out;
  const nd = writeNd(a.shape, a.strides, out.strides);
  const np = ndStridesPtr(3);
  heap.i64[np >>> 3] = BigInt(n);
  kernels.k.index_fix(mode === "wrap" ? 1 : 2, a._addr(), out._addr(), nd, ndShapePtr(), ndStridesPtr(0), ndStridesPtr(1), np);
  return out;
}
