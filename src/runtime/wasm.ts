// The one WebAssembly instance and its imported memory. The module is compiled from bytes
// embedded in the JS (src/generated/wasm.ts), synchronously (CommonJS) or asynchronously (ESM).
import { WASM_BASE64 } from "../generated/wasm.js";

/** Kernel exports; signatures mirror assembly/index.ts (pointers and lengths are byte/elem ints). */
export interface Kernels {
  heap_base(): number;
  /** memset / memmove (bytes): use these, not TypedArray fill / copyWithin, on the shared memory. */
  mem_fill(dst: number, value: number, n: number): void;
  mem_copy(dst: number, src: number, n: number): void;
  /** The function table (row kernels are called through it: src/ufunc/rows.ts). */
  table: WebAssembly.Table;
  cast(srcCode: number, dstCode: number, src: number, dst: number, ndim: number, shape: number, sstrides: number, dstrides: number): void;
  copy_nd(itemsize: number, src: number, dst: number, ndim: number, shape: number, sstrides: number, dstrides: number): void;
  fill_nd(itemsize: number, dst: number, ndim: number, shape: number, dstrides: number, valuePtr: number): void;
  affine_f64(code: number, dst: number, n: number, start: number, delta: number): void;
  affine_i64(code: number, dst: number, n: number, start: bigint, delta: bigint): void;
  // ufunc kernels (op codes: src/generated/opcodes.ts, generated from assembly/ops.ts)
  /** out = op(a, b); a, b of dtype code; out of the op's output dtype (BINARY_OUT). ndim -1:
   *  store the table index of the (op, code) row kernel at a (0: none). */
  binary(op: number, code: number, a: number, b: number, out: number, ndim: number, shape: number, as: number, bs: number, os: number): void;
  /** out = op(a); out of the op's output dtype (UNARY_OUT: same / bool / int32 / uint8). */
  unary(op: number, code: number, a: number, out: number, ndim: number, shape: number, as: number, os: number): void;
  /** acc[j] = op(acc[j], src[i]) over src in C order; acc strides 0 on reduced axes; BINARY_OUT "same" ops (and bool-output ops on bool). */
  reduce_into(op: number, code: number, src: number, acc: number, ndim: number, shape: number, ss: number, accs: number): void;
  /** Along axis 0: out[0] = src[0], out[i] = op(out[i-1], src[i]); same ops as reduce_into; out may equal src. */
  accumulate(op: number, code: number, src: number, out: number, ndim: number, shape: number, ss: number, os: number): void;
  /** np.round(a, decimals) into out of the same dtype (ints: decimals >= 0 copies). */
  round_decimals(code: number, a: number, out: number, ndim: number, shape: number, as: number, os: number, decimals: number): void;
  /** dst = src where mask (bool bytes); itemsize 1, 2, 4, 8, 16; src strides may be 0. */
  copy_masked(itemsize: number, src: number, dst: number, mask: number, ndim: number, shape: number, ss: number, ds: number, ms: number): void;
  reduce_pairwise(code: number, src: number, acc: number, ndim: number, shape: number, ss: number, accs: number, n: number, runStride: number): void;
  /** Bitmask of value kinds present: 1 NaN, 2 inf, 4 zero, 8 negative (x < 0), 16 subnormal, 32 sign bit set. */
  classify(code: number, ptr: number, ndim: number, shape: number, strides: number): number;
  // array manipulation (assembly/manip_rows.ts): C-contiguous (outer, n, inner bytes) blocks, i64 index vectors
  manip_repeat_rows(src: number, dst: number, outer: number, n: number, inner: number, counts: number): void;
  manip_compress_rows(src: number, dst: number, outer: number, n: number, inner: number, mask: number): void;
  manip_scatter_rows(src: number, dst: number, outer: number, nsrc: number, ndst: number, inner: number, pos: number): void;
  manip_insert_rows(src: number, vals: number, dst: number, outer: number, n: number, m: number, inner: number, idx: number, perm: number, tmp: number): void;
  manip_nonzero_bounds(mask: number, ndim: number, shape: number, out: number, idx: number): number;
  manip_median_rows(code: number, p: number, rows: number, n: number, out: number): void;
  // indexing (assembly/gather.ts, index_*.ts; descriptors written by src/indexing/kernels.ts)
  /** mode 0: other[j, s] = arr[idx(j), s]; mode 1: arr[idx(j), s] = other[j, s]. */
  index_fancy(mode: number, arr: number, other: number, desc: number): void;
  /** mode 0: other ← arr[mask]; mode 1: arr[mask] ← other. */
  index_mask(mode: number, arr: number, other: number, mask: number, desc: number): void;
  /** Number of nonzero elements (as u32: read with >>> 0). */
  index_count_nonzero(code: number, ptr: number, ndim: number, shape: number, strides: number): number;
  /** i64 coordinates of nonzero elements at out + i*istep + k*kstep; ws: ndim i32 words. */
  index_nonzero(code: number, ptr: number, ndim: number, shape: number, strides: number, out: number, istep: number, kstep: number, ws: number): void;
  /** 1 if an int64 value lies outside [lo, hi) (the first stored at out), else 0. */
  index_check(ptr: number, ndim: number, shape: number, strides: number, lo: bigint, hi: bigint, out: number): number;
  /** int64 dst = src wrapped (mode 1) or clipped (mode 2) into [0, n); nPtr -> n (i64). */
  index_fix(mode: number, src: number, dst: number, ndim: number, shape: number, sstrides: number, dstrides: number, nPtr: number): void;
  /** ufunc.at over the fancy descriptor with the ufunc parameters in aux. */
  index_ufunc_at(arr: number, other: number, desc: number): void;
  // statistics (assembly/select.ts, stats_*.ts): contiguous rows, int64 index vectors
  /** Per row of a contiguous [rows, n] block: row[k] = k-th smallest for each k of the int64 list kth (+ r * perRow; sorted in place; NaNs last). */
  stats_partition_rows(code: number, data: number, rows: number, n: number, kth: number, nk: number, perRow: number): void;
  /** dst[j, r] = src[r, idx[j*js + r*rs]] (int64 idx, negative from the end). */
  stats_take_rows(itemsize: number, src: number, rows: number, n: number, idx: number, js: number, rs: number, nidx: number, dst: number): void;
  /** out[r, :] = stable argsort (int64) of row r (NaNs last); tmp: n int64 of scratch. */
  stats_argsort_rows(code: number, data: number, rows: number, n: number, out: number, tmp: number): void;
  /** out[r, i] = searchsorted(sorted row r, keys row r [i], right ? 'right' : 'left') as int64; row strides ss, ks (0: shared). */
  stats_searchsorted(code: number, sorted: number, rows: number, n: number, ss: number, keys: number, nkeys: number, ks: number, right: number, out: number): void;
  /** 1 increasing, -1 decreasing, 0 neither (NumPy's check_array_monotonic on float64). */
  stats_monotonic(p: number, n: number): number;
  /** out[idx[i]] += 1 (int64), or += w[i] (float64) when w != 0; indices outside [0, nbins) skipped. */
  stats_bincount(idx: number, n: number, w: number, out: number, nbins: number): void;
  /** out[0] = min, out[1] = max of n >= 1 contiguous int64. */
  stats_minmax_i64(p: number, n: number, out: number): void;
  /** dst = src[mask] (n elements of itemsize, n mask bytes); returns the count kept. */
  stats_compress(itemsize: number, src: number, n: number, mask: number, dst: number): number;
  /** np.histogram's equal-bins path over n values of code (f32/f64); int64 counts or float64 weight sums. */
  stats_hist_uniform(code: number, a: number, n: number, first: number, last: number, denom: number, divF32: number, nbins: number, edges: number, w: number, out: number): void;
  /** np.interp core on float64 (slopes: nxp - 1 float64 of scratch, or 0). */
  stats_interp(x: number, nx: number, xp: number, fp: number, nxp: number, left: number, right: number, out: number, slopes: number): void;
  /** NumPy's correlate loop (n1 >= n2; byte strides; mode 0 valid, 1 same, 2 full). */
  stats_correlate(code: number, a: number, n1: number, s1: number, v: number, n2: number, s2: number, mode: number, out: number, os: number): void;
  /** out[i, j] = dot(x[i, :], y[j, :]), contiguous float64. */
  stats_gram(x: number, m: number, y: number, p: number, n: number, out: number): void;
  // linear algebra products (assembly/linalg_matmul.ts)
  /** C = A·B for every matrix of a broadcast stack; prm: i32 m, n, k, A/B/C row and column byte
   *  strides, nb, batch shape, A/B/C batch strides; scratch: linalg_matmul_scratch(code, m, n, k) bytes. */
  linalg_matmul(code: number, a: number, b: number, c: number, prm: number, scratch: number): void;
  linalg_matmul_scratch(code: number, m: number, n: number, k: number): number;
  /** rows of the float micro-kernel (a split of one matrix's rows keeps whole tiles) */
  linalg_matmul_rows(): number;
  // np.linalg decompositions (assembly/linalg_lu.ts, linalg_qr.ts, linalg_syev.ts, linalg_eig.ts): stacks of count packed
  // float matrices factored in place; piv: n i32 scratch; info: one i32 per matrix (LAPACK's meaning)
  /** mode 0: sign -> out0, log|det| -> out1; mode 1: det -> out0 (row-major n x n matrices, LU in
   *  place; factored: 0, or 1 + getrf's info when one matrix and piv already hold its LU). */
  linalg_slogdet(code: number, a: number, n: number, count: number, piv: number, out0: number, out1: number, mode: number, factored: number): void;
  /** A X = B for each matrix: b (n x k row-major) overwritten by X (factored: as linalg_slogdet's). */
  linalg_gesv(code: number, a: number, b: number, n: number, k: number, count: number, piv: number, info: number, factored: number): void;
  /** Columns per panel of the blocked LU. */
  linalg_lu_block(): number;
  /** LU step for the panel from column k0 (factor it, then U12); returns the info so far. */
  linalg_getrf_panel(code: number, a: number, n: number, k0: number, piv: number, info: number): number;
  /** C -= A·B, row-major with leading dimensions (m x k times k x n). */
  linalg_gemm_sub(code: number, c: number, ldc: number, a: number, lda: number, b: number, ldb: number, m: number, n: number, k: number): void;
  /** Lower Cholesky factor in place (strict upper triangle zeroed). */
  linalg_potrf(code: number, a: number, n: number, count: number, info: number): void;
  /** Householder QR of m x n matrices stored column-major (n rows of m); tau: min(m, n) per matrix. */
  linalg_geqrf(code: number, h: number, m: number, n: number, count: number, tau: number): void;
  /** The first mc columns of Q (column-major: mc rows of m) from geqrf's h and tau. */
  linalg_orgqr(code: number, h: number, tau: number, m: number, n: number, mc: number, count: number, q: number): void;
  /** Symmetric eigen (LAPACK dsyevd's steps) from the lower (uplo 0) / upper (1) triangle: w ascending; v (if nonzero): row j = vector j; e: 4n scratch elements. */
  linalg_syev(code: number, a: number, n: number, count: number, uplo: number, w: number, v: number, e: number, info: number): void;
  /** One-sided Jacobi SVD of p rows of length q >= p (rows allocated per matrix): s descending;
   *  wantU: rows become left vectors (completed to `rows`); v (if nonzero): p x p right vectors as rows. */
  linalg_gesvd(code: number, w: number, p: number, q: number, rows: number, count: number, s: number, v: number, wantU: number, info: number): void;
  /** General eigen: wr / wi, and (v nonzero, all real) unit eigenvectors as rows; work: n*n + n elements; info 0 / 1 no convergence / 2 complex. */
  linalg_geev(code: number, a: number, n: number, count: number, work: number, wr: number, wi: number, v: number, info: number): void;
  // sorting, searching, sets (assembly/sort_api.ts)
  /** Scratch bytes sort_rows needs for rows of n elements (op 0 sort, 1 argsort, 2 partition, 3 argpartition). */
  sort_work(code: number, n: number, op: number): number;
  /** op on every row along one axis (n elements, strides sp / sq; ndim outer axes); y: flags (1 stable, 2 refine q's permutation) or kth count, x: kth list (i32). */
  sort_rows(op: number, code: number, p: number, sp: number, q: number, sq: number, n: number, ndim: number, shape: number, ps: number, qs: number, work: number, x: number, y: number): void;
  /** int64 insertion points of v[0..m) in sorted a[0..n) (through an int64 sorter if nonzero); -1: sorter index out of range. */
  searchsorted(code: number, a: number, n: number, sorter: number, v: number, m: number, out: number, right: boolean): number;
  /** Positions of sorted rows (m elements, via int64 perm or 0) starting runs (mode 0), equal to the next (1), or unique among neighbours (2). */
  sort_runs(code: number, data: number, n: number, m: number, perm: number, mode: number, equalNan: boolean, out: number): number;
  /** dst[i] = width bytes at src + idx[i] * sstride (int64 idx). */
  sort_gather(width: number, src: number, sstride: number, idx: number, n: number, dst: number): void;
  /** inv[perm[i]] = r for i in run r (int64). */
  sort_inverse(perm: number, starts: number, nruns: number, n: number, inv: number): void;
  /** int64 indices of the nonzero bytes of mask[0..n); returns the count. */
  sort_mask_positions(mask: number, n: number, out: number): number;
  /** out[i] = (a[i] == some element of sorted b) != invert (bool bytes). */
  sort_isin_member(code: number, b: number, nb: number, a: number, n: number, out: number, invert: boolean): void;
  /** NumPy's sort-based isin flags: ret[order[i]] = (ar[order[i+1]] == ar[order[i]]) != invert. */
  sort_isin_flags(code: number, ar: number, order: number, n: number, invert: boolean, ret: number): void;
  /** out[i] = (a[i] in b) != invert for integers via a span-byte table over [lo, lo + span). */
  sort_isin_table(code: number, b: number, nb: number, a: number, n: number, lo: bigint, span: number, table: number, out: number, invert: boolean): void;
  // reductions (assembly/reduce.ts; kinds in src/reduction/kernels.ts)
  /** Innermost axes reduced: acc = op(acc, block of the last k axes) per outer position, in chunks (pairwise float sums). */
  reduce_h(kind: number, code: number, acode: number, src: number, acc: number, ndim: number, shape: number, ss: number, as: number, k: number, chunk: number, mask: number, ms: number, aux: number, scratch: number): void;
  /** Innermost axis kept: acc[j] = op(acc[j], L(src[j])) in iteration order. */
  reduce_v(kind: number, code: number, acode: number, src: number, acc: number, ndim: number, shape: number, ss: number, as: number, mask: number, ms: number, aux: number): void;
  reduce_scratch_bytes(): number;
  /** argmax / argmin into int64 out (vertical: axis 0 reduced, best = T-typed scratch shaped like out). */
  reduce_arg(kind: number, code: number, vertical: number, src: number, out: number, best: number, ndim: number, shape: number, ss: number, os: number, bs: number): void;
  /** cumsum / cumprod along axis 0 of the geometry (slabs: 1 = slab by slab, 0 = line by line). */
  reduce_cum(kind: number, code: number, acode: number, src: number, out: number, ndim: number, shape: number, ss: number, os: number, slabs: number): void;
  // np.evaluate (assembly/vm.ts: frame layout; assembly/vm_fns.ts)
  /** Run a compiled expression over the frame at `frame`. */
  vm_run(frame: number): void;
  /** One chunk of a threaded run (part 0: flat blocks [a, b); 1: rows [a, b); 2: pairwise node (a, n = b) summed into dst). */
  vm_part(frame: number, part: number, a: number, b: number, dst: number): void;
  /** Row kernel (static Function object address) of a binary (cls 0) / unary (cls 1) op for a dtype code; 0 if none. */
  vm_fn(cls: number, op: number, code: number): number;
  // bytes (assembly/bytes.ts)
  /** dst = src with the bytes of every unit-byte element reversed (unit 2, 4, 8). */
  bytes_swap(unit: number, src: number, dst: number, ndim: number, shape: number, ss: number, ds: number): void;
  /** packbits rows (prm: n, in stride, out stride, little as i32) at every outer position. */
  bytes_pack(size: number, src: number, dst: number, ndim: number, shape: number, ss: number, ds: number, prm: number): void;
  /** unpackbits rows (prm: n, in stride, m, out stride, little as i32) at every outer position. */
  bytes_unpack(src: number, dst: number, ndim: number, shape: number, ss: number, ds: number, prm: number): void;
  // np.random (assembly/random_*.ts): st is a bit generator's state block (src/random/bitgen.ts)
  /** PCG64 state advanced by the 128-bit delta (hi, lo). */
  random_pcg64_advance(st: number, dhi: bigint, dlo: bigint): void;
  /** out[0..n) = draws of fill op (src/random/kernels.ts Fill). */
  random_fill(op: number, st: number, out: number, n: number): void;
  /** out[i] = off[i] + draw in [0, rng[i]]; width 0 (bool), 1, 2, 4, 8 bytes; u64 off / rng with element steps 0 or 1; buf: 4160 bytes of scratch. */
  random_bounded(st: number, width: number, out: number, n: number, off: number, offStep: number, rng: number, rngStep: number, masked: number, buf: number): void;
  /** Fisher-Yates of n items (itemsize bytes, stride apart) from n-1 down to first. */
  random_shuffle(st: number, data: number, n: number, first: number, itemsize: number, stride: number): void;
  /** choice without replacement by Floyd's algorithm into int64 out (hash: setSize u64 words). */
  random_floyd(st: number, out: number, pop: bigint, size: number, hash: number, setSize: number, shuffle: number): void;
  /** _shuffle_int on int64 data. */
  random_shuffle_int(st: number, data: number, n: number, first: number): void;
  /** out[i] = dist(a[i*as], b[i*bs], c[i*cs]) (float64 params and out; src/random/kernels.ts Dist). */
  random_cont(dist: number, st: number, out: number, n: number, a: number, as: number, b: number, bs: number, c: number, cs: number): void;
  /** rows of d multinomial counts (int64 out): n = ns[i*nstep] (int64), p at pv + poffs[i*pstep] (int32 element offsets). */
  random_multinomial(st: number, out: number, rows: number, d: number, ns: number, nstep: number, pv: number, poffs: number, pstep: number): void;
  /** rows of k dirichlet draws (mode 0 legacy gammas, 1 gammas, 2 beta stick-breaking with csum[j] = sum alpha[j:]). */
  random_dirichlet(mode: number, st: number, out: number, rows: number, k: number, alpha: number, csum: number): void;
}

export const PAGE = 65536;
export const MAX_PAGES = 65536; // 4 GiB: the wasm32 limit
/** The memory is shared (a SharedArrayBuffer) wherever worker threads can use it: Node, and
 *  cross-origin-isolated pages. It cannot change later (arrays live in it), so this is decided
 *  at load; a shared memory costs nothing measurable in single-threaded kernels. */
export const sharedMemory = typeof SharedArrayBuffer === "function" &&
  (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated !== false;
export const memory = new WebAssembly.Memory({ initial: 32, maximum: MAX_PAGES, shared: sharedMemory });
/** The compiled module, for worker threads to instantiate over the same memory. */
export let wasmModule: WebAssembly.Module | null = null;

// Filled in by instantiate*(); modules read `kernels.k` lazily, after the entry point ran.
export const kernels = { k: null as unknown as Kernels };
let onReady: ((heapBase: number) => void)[] = [];
export function whenInstantiated(fn: (heapBase: number) => void): void { onReady.push(fn); }

function bytes(): Uint8Array {
  let out: Uint8Array;
  if (typeof atob === "function") {
    const s = atob(WASM_BASE64);
    out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  } else {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    out = new Uint8Array((globalThis as any).Buffer.from(WASM_BASE64, "base64"));
  }
  return sharedMemory ? markMemoryShared(out) : out;
}

/** One binary serves both memories: the kernels use no atomics, so a shared build differs only
 *  in the "shared" bit of the memory import's limits, which is set here. */
function markMemoryShared(b: Uint8Array): Uint8Array {
  let p = 8;
  const leb = (): number => {
    let r = 0, sh = 0, x: number;
    do { x = b[p++]; r += (x & 0x7f) * 2 ** sh; sh += 7; } while (x & 0x80);
    return r;
  };
  while (p < b.length) {
    const id = b[p++], len = leb(), end = p + len;
    if (id === 2) { // import section: (module, name, kind, desc)*
      for (let n = leb(); n > 0; n--) {
        for (let s = 0; s < 2; s++) { const l = leb(); p += l; } // module and field names
        const kind = b[p++];
        if (kind === 2) { b[p] |= 2; return b; } // memory: limits flags (1: has max, 2: shared)
        if (kind === 0) leb();
        else if (kind === 1) { p++; if (b[p++] & 1) leb(); leb(); }
        else if (kind === 3) p += 2;
      }
    }
    p = end;
  }
  throw new Error("numwasm: the wasm module imports no memory");
}
const imports = () => ({ env: { memory, abort() { throw new Error("numwasm: wasm abort"); } } });

function finish(instance: WebAssembly.Instance): void {
  if (kernels.k) return;
  kernels.k = instance.exports as unknown as Kernels;
  const hb = kernels.k.heap_base();
  for (const fn of onReady) fn(hb);
  onReady = [];
}

export function instantiateSync(): void {
  if (kernels.k) return;
  wasmModule = new WebAssembly.Module(bytes() as BufferSource);
  finish(new WebAssembly.Instance(wasmModule, imports()));
}

export async function instantiateAsync(): Promise<void> {
  if (kernels.k) return;
  const { module, instance } = await WebAssembly.instantiate(bytes() as BufferSource, imports());
  wasmModule = module;
  finish(instance);
}
