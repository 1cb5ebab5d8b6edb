// The generic elementwise loops, written once for every op functor (ops_binary.ts /
// ops_unary.ts): a row kernel per family (BinaryRow / UnaryRow, driven by `ndrun` below) that picks
//   contiguous SIMD      main loop unrolled x4 -> one vector at a time -> scalar tail
//   broadcast scalar     the same loop with the stride-0 operand splatted once (binary)
//   vector x scalar      ops with a vs() form (shifts, int power) when b is a broadcast scalar
//   strided              a tight scalar loop (any strides, negative or zero)
//   heavy ops            (transcendental functions) one loop with a single inlined copy of the
//                        vector function for every layout: vector loads when contiguous, lane
//                        gathers / scatters otherwise, a partial vector for the tail
// Output lanes narrower than input lanes (bool from comparisons, int32 from frexp of float64,
// uint8 from bitwise_count) are produced by `narrowOut`: one output vector is assembled from
// sizeof<T>/sizeof<R> op results, halving the lane width with i16x8/i8x16.narrow_*_s (masks and
// small counts fit) or a 64->32 shuffle. Mask ops then turn 0xFF bytes into 1.
//
// N-D iteration: `ndrun` is nditer.ts's odometer with the row kernel passed as a function
// reference (one call_indirect per row) instead of a type parameter. With ~1000 (op, dtype,
// output) row kernels, a per-kernel instantiation of the odometer would cost ~200 KB of code;
// rows are long enough that the indirect call does not matter.
import { kernel } from "./nditer";
import { splatOf } from "./simd";

// ---------------------------------------------------------------- N-D driver
/** A row kernel: n elements along the innermost axis, pointers p*, byte strides s*. */
export type RowFn = (p0: usize, p1: usize, p2: usize, n: i32, s0: isize, s1: isize, s2: isize) => void;

/** `ndim` value asking the binary / unary export for the table index of its row kernel (stored
 *  as u32 at the first pointer; nothing stored when the op has no loop for the type). The JS side
 *  calls small contiguous operations straight through the exported table: one wasm frame, no
 *  geometry written to memory. */
export const ROW_FN: i32 = -1;

@inline function strideAt(st: usize, axis: i32): isize {
  return st ? <isize>load<i32>(st + (<usize>axis << 2)) : 0;
}

/** Same contract as nditer<K> (nditer.ts): ndim >= 1 (0 = one element), shape / strides are
 *  pointers to ndim i32, a null strides pointer means all-zero strides, empty arrays do nothing. */
export function ndrun(
  fn: RowFn, ndim: i32, shape: usize,
  p0: usize, st0: usize, p1: usize, st1: usize, p2: usize, st2: usize,
): void {
  if (ndim < 1) { fn(p0, p1, p2, 1, 0, 0, 0); return; }
  for (let k = 0; k < ndim; k++) {
    if (load<i32>(shape + (<usize>k << 2)) <= 0) return;
  }
  const last = ndim - 1;
  const n = load<i32>(shape + (<usize>last << 2));
  const s0 = strideAt(st0, last), s1 = strideAt(st1, last), s2 = strideAt(st2, last);
  if (ndim == 1) { fn(p0, p1, p2, n, s0, s1, s2); return; }
  if (ndim == 2) {
    const m = load<i32>(shape);
    const t0 = strideAt(st0, 0), t1 = strideAt(st1, 0), t2 = strideAt(st2, 0);
    if (m >= TILE && n >= TILE && (crosswise(s0, t0) || crosswise(s1, t1) || crosswise(s2, t2))) {
      tiled(fn, m, n, p0, p1, p2, s0, s1, s2, t0, t1, t2);
      return;
    }
  }
  ndOuter(fn, 0, ndim - 2, shape, p0, st0, p1, st1, p2, st2, n, s0, s1, s2);
}

// A 2-D geometry where some operand runs along axis 0 in memory (a transposed view next to
// C-ordered ones, e.g. P.T + Q) thrashes the cache row by row. Blocks of 32 rows x 256 columns
// keep every operand's lines in cache across the block, with rows long enough that the per-row
// call costs little. Per output position the element order is unchanged (rows ascending within
// each column), so the reduce_into / accumulate modes stay sequential.
const TILE = 32, TILE_J = 256;
@inline function crosswise(inner: isize, outer: isize): bool {
  const a = inner < 0 ? -inner : inner, b = outer < 0 ? -outer : outer;
  return b != 0 && a > b;
}
function tiled(
  fn: RowFn, m: i32, n: i32, p0: usize, p1: usize, p2: usize,
  s0: isize, s1: isize, s2: isize, t0: isize, t1: isize, t2: isize,
): void {
  for (let i0 = 0; i0 < m; i0 += TILE) {
    const i1 = min(i0 + TILE, m);
    for (let j0 = 0; j0 < n; j0 += TILE_J) {
      const w = min(j0 + TILE_J, n) - j0;
      for (let i = i0; i < i1; i++) {
        fn(p0 + <usize>(<isize>i * t0 + <isize>j0 * s0), p1 + <usize>(<isize>i * t1 + <isize>j0 * s1),
          p2 + <usize>(<isize>i * t2 + <isize>j0 * s2), w, s0, s1, s2);
      }
    }
  }
}

/**
 * A 2-D float64 geometry where one input X runs down axis 0 in memory (a transposed view: stride 8
 * along axis 0) while the other input Y and the output are contiguous along axis 1 (P.T + Q).
 * Rows go in pairs: X[i, j], X[i+1, j] are adjacent, so two vector loads hold a 2x2 block of X,
 * and two shuffles turn it into row vectors — every load and store is a full vector, instead of
 * one lane at a time. 32-row x 256-column tiles keep X's lines in cache across the rows. Returns
 * false (nothing done) when the geometry is not that; `xa`: X is a (else b).
 */
export function pairTransposed<T, O>(
  m: i32, n: i32, p0: usize, p1: usize, p2: usize,
  s0: isize, s1: isize, s2: isize, t0: isize, t1: isize, t2: isize,
): bool {
  if (!(isFloat<T>() && sizeof<T>() == 8) || m < 4 || n < 4 || s2 != 8) return false;
  const xa = t0 == 8 && s1 == 8 && (s0 > 8 || s0 < -8);
  if (!xa && !(t1 == 8 && s0 == 8 && (s1 > 8 || s1 < -8))) return false;
  const px = xa ? p0 : p1, py = xa ? p1 : p0, sx = xa ? s0 : s1, ty = xa ? t1 : t0;
  for (let i0 = 0; i0 < m; i0 += TILE) {
    const i1 = min(i0 + TILE, m);
    for (let j0 = 0; j0 < n; j0 += TILE_J) {
      const j1 = min(j0 + TILE_J, n);
      let i = i0;
      for (; i < i1; i += 2) {
        const two = i + 1 < i1;
        let x = px + <usize>(<isize>i * 8 + <isize>j0 * sx);
        let y = py + <usize>(<isize>i * ty + <isize>j0 * 8);
        let o = p2 + <usize>(<isize>i * t2 + <isize>j0 * 8);
        let j = j0;
        if (two) {
          for (; j + 1 < j1; j += 2) {
            const v0 = v128.load(x), v1 = v128.load(x + <usize>sx);
            const r0 = i64x2.shuffle(v0, v1, 0, 2), r1 = i64x2.shuffle(v0, v1, 1, 3);
            const y0 = v128.load(y), y1 = v128.load(y + <usize>ty);
            v128.store(o, xa ? kernel<O>().v<T>(r0, y0) : kernel<O>().v<T>(y0, r0));
            v128.store(o + <usize>t2, xa ? kernel<O>().v<T>(r1, y1) : kernel<O>().v<T>(y1, r1));
            x += <usize>(sx * 2); y += 16; o += 16;
          }
        }
        // the odd column (and a last odd row) one element at a time
        const rows = two ? 2 : 1;
        for (let r = 0; r < rows; r++) {
          let xr = x + <usize>(r * 8), yr = y + <usize>(<isize>r * ty), or = o + <usize>(<isize>r * t2);
          for (let jj = j; jj < j1; jj++) {
            const xv = load<T>(xr), yv = load<T>(yr);
            store<T>(or, xa ? kernel<O>().s<T>(xv, yv) : kernel<O>().s<T>(yv, xv));
            xr += <usize>sx; yr += 8; or += 8;
          }
        }
      }
    }
  }
  return true;
}

function ndOuter(
  fn: RowFn, axis: i32, penult: i32, shape: usize,
  p0: usize, st0: usize, p1: usize, st1: usize, p2: usize, st2: usize,
  n: i32, s0: isize, s1: isize, s2: isize,
): void {
  const m = load<i32>(shape + (<usize>axis << 2));
  const t0 = <usize>strideAt(st0, axis), t1 = <usize>strideAt(st1, axis), t2 = <usize>strideAt(st2, axis);
  if (axis == penult) {
    for (let j = 0; j < m; j++) {
      fn(p0, p1, p2, n, s0, s1, s2);
      p0 += t0; p1 += t1; p2 += t2;
    }
  } else {
    for (let j = 0; j < m; j++) {
      ndOuter(fn, axis + 1, penult, shape, p0, st0, p1, st1, p2, st2, n, s0, s1, s2);
      p0 += t0; p1 += t1; p2 += t2;
    }
  }
}

// ---------------------------------------------------------------- operand kinds
/** An input that advances with the loop (contiguous). */
@final export class Stream {
  @inline init<T>(p: usize): T { return <T>0; }
  @inline vec(p: usize, c: v128): v128 { return v128.load(p); }
  @inline one<T>(p: usize, c: T): T { return load<T>(p); }
}
/** A broadcast scalar (stride 0): loaded once, splatted once. */
@final export class Splat {
  @inline init<T>(p: usize): T { return load<T>(p); }
  @inline vec(p: usize, c: v128): v128 { return c; }
  @inline one<T>(p: usize, c: T): T { return c; }
}

// ---------------------------------------------------------------- result vector sources
/** op(a, b) on the vector at byte offset `off` of both inputs. */
@final export class BinSrc<T, O, KA, KB> {
  @inline get(a: usize, b: usize, off: usize, va: v128, vb: v128): v128 {
    return kernel<O>().v<T>(kernel<KA>().vec(a + off, va), kernel<KB>().vec(b + off, vb));
  }
}
/** op(a) on the vector at byte offset `off`. */
@final export class UnSrc<T, O> {
  @inline get(a: usize, b: usize, off: usize, va: v128, vb: v128): v128 {
    return kernel<O>().v<T>(v128.load(a + off));
  }
}

/** One vector of L-sized lanes holding the results for the 16/sizeof<L> elements whose input
 *  starts at byte offset `off` (inputs have T-sized elements; sizeof<L> <= sizeof<T>). */
@inline export function narrowOut<T, L, S>(a: usize, b: usize, off: usize, va: v128, vb: v128, masks: bool = false): v128 {
  if (sizeof<L>() >= sizeof<T>()) return kernel<S>().get(a, b, off, va, vb);
  if (masks && sizeof<T>() == 8 && sizeof<L>() == 1) {
    // Lane masks (all ones / all zeros) survive signed saturating narrows whole, so 64-bit masks
    // narrow as pairs of 32-bit lanes: three rounds of packs, each element's copies merging, and
    // no shuffle (V8 lowers a two-input i8x16.shuffle to several instructions). isnan f64 1e6,
    // one thread: 198 -> 162 us.
    const q0 = i16x8.narrow_i32x4_s(kernel<S>().get(a, b, off, va, vb), kernel<S>().get(a, b, off + 16, va, vb));
    const q1 = i16x8.narrow_i32x4_s(kernel<S>().get(a, b, off + 32, va, vb), kernel<S>().get(a, b, off + 48, va, vb));
    const q2 = i16x8.narrow_i32x4_s(kernel<S>().get(a, b, off + 64, va, vb), kernel<S>().get(a, b, off + 80, va, vb));
    const q3 = i16x8.narrow_i32x4_s(kernel<S>().get(a, b, off + 96, va, vb), kernel<S>().get(a, b, off + 112, va, vb));
    return i8x16.narrow_i16x8_s(i8x16.narrow_i16x8_s(q0, q1), i8x16.narrow_i16x8_s(q2, q3));
  }
  const half: usize = 8 * sizeof<T>() / sizeof<L>(); // input bytes feeding each half
  if (sizeof<L>() == 1) {
    return i8x16.narrow_i16x8_s(narrowOut<T, i16, S>(a, b, off, va, vb), narrowOut<T, i16, S>(a, b, off + half, va, vb));
  } else if (sizeof<L>() == 2) {
    return i16x8.narrow_i32x4_s(narrowOut<T, i32, S>(a, b, off, va, vb), narrowOut<T, i32, S>(a, b, off + half, va, vb));
  }
  return i8x16.shuffle(narrowOut<T, i64, S>(a, b, off, va, vb), narrowOut<T, i64, S>(a, b, off + half, va, vb),
    0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27);
}

// ---------------------------------------------------------------- heavy ops
// Ops whose vector form is long (the transcendental functions, inlined from the math library)
// declare `@inline heavy<T>(): bool`. Their rows run a single loop holding ONE copy of v() for
// every layout: W elements per step, loaded as a vector when contiguous, else gathered lane by
// lane (a broadcast scalar is a gather with stride 0); the tail step computes a partial vector
// (missing lanes repeat element 0) and stores only the valid lanes. Heavy ops have R == T.

/** The op declares heavy<T>() and it is true for T. */
@inline export function isHeavy<O, T>(): bool {
  if (isDefined(kernel<O>().heavy<T>())) return kernel<O>().heavy<T>();
  return false;
}

/** k (1..W) elements from p with byte stride s, as one vector (lanes >= k repeat element 0). */
@inline function gather<T>(p: usize, s: isize, k: i32): v128 {
  let x = v128.splat<T>(load<T>(p));
  x = v128.replace_lane<T>(x, 1, load<T>(p + <usize>(k > 1 ? s : 0)));
  if (sizeof<T>() == 4) {
    x = v128.replace_lane<T>(x, 2, load<T>(p + <usize>(k > 2 ? 2 * s : 0)));
    x = v128.replace_lane<T>(x, 3, load<T>(p + <usize>(k > 3 ? 3 * s : 0)));
  }
  return x;
}
/** Store lanes 0..k-1 of r to p with byte stride s. */
@inline function scatter<T>(p: usize, s: isize, k: i32, r: v128): void {
  store<T>(p, v128.extract_lane<T>(r, 0));
  if (k > 1) store<T>(p + <usize>s, v128.extract_lane<T>(r, 1));
  if (sizeof<T>() == 4) {
    if (k > 2) store<T>(p + <usize>(2 * s), v128.extract_lane<T>(r, 2));
    if (k > 3) store<T>(p + <usize>(3 * s), v128.extract_lane<T>(r, 3));
  }
}

@inline function binHeavy<T, O>(a: usize, b: usize, o: usize, n: i32, sa: isize, sb: isize, so: isize): void {
  const W = <i32>(16 / sizeof<T>());
  const sz = <isize>sizeof<T>();
  let i = 0;
  if (sa == sz && sb == sz && so == sz) {
    // contiguous: see unHeavy
    for (; i <= n - W; i += W, a += 16, b += 16, o += 16) v128.store(o, kernel<O>().v<T>(v128.load(a), v128.load(b)));
  }
  for (; i < n; i += W) {
    const k = min(W, n - i);
    const x = sa == sz && k == W ? v128.load(a) : gather<T>(a, sa, k);
    const y = sb == sz && k == W ? v128.load(b) : gather<T>(b, sb, k);
    const r = kernel<O>().v<T>(x, y);
    if (so == sz && k == W) v128.store(o, r);
    else scatter<T>(o, so, k, r);
    a += <usize>(sa * W); b += <usize>(sb * W); o += <usize>(so * W);
  }
}

@inline function unHeavy<T, O>(a: usize, o: usize, n: i32, sa: isize, so: isize): void {
  const W = <i32>(16 / sizeof<T>());
  const sz = <isize>sizeof<T>();
  let i = 0;
  if (sa == sz && so == sz) {
    // contiguous: plain vector loads and stores (binaryen turns the per-step layout choice below
    // into selects that run the gather too, which costs f32 lanes twice the time)
    for (; i <= n - W; i += W, a += 16, o += 16) v128.store(o, kernel<O>().v<T>(v128.load(a)));
  }
  for (; i < n; i += W) {
    const k = min(W, n - i);
    const r = kernel<O>().v<T>(sa == sz && k == W ? v128.load(a) : gather<T>(a, sa, k));
    if (so == sz && k == W) v128.store(o, r);
    else scatter<T>(o, so, k, r);
    a += <usize>(sa * W); o += <usize>(so * W);
  }
}

/** Final touch on an output vector: lane masks of a bool-output op become 0/1 bytes. */
@inline function fin<O>(v: v128): v128 {
  if (kernel<O>().mask()) return v128.and(v, i8x16.splat(1));
  return v;
}

// ---------------------------------------------------------------- binary
@inline function binLoop<T, R, O, KA, KB>(a: usize, b: usize, o: usize, n: i32): void {
  const ca = kernel<KA>().init<T>(a);
  const cb = kernel<KB>().init<T>(b);
  const va = splatOf<T>(ca);
  const vb = splatOf<T>(cb);
  const E = <i32>(16 / sizeof<R>());                // elements per output vector
  const IB: usize = 16 * sizeof<T>() / sizeof<R>(); // input bytes per output vector
  let i = 0;
  let ia: usize = 0;
  let io: usize = 0;
  if (sizeof<T>() == sizeof<R>()) {
    for (; i <= n - 4 * E; i += 4 * E, ia += 64) {
      // (a + ia) + 16, not a + (ia + 16): binaryen folds the outer constant into the load's
      // offset immediate, so V8 needs one address add per operand instead of one per load.
      // Results are stored two by two (measured: minimum f64 1e5 27.6 -> 24.8 us against all
      // four stores last, add f64 the same within 2%); out is either disjoint from the inputs
      // or one of them exactly (the callers copy otherwise).
      const pa = a + ia, pb = b + ia, po = o + ia;
      const r0 = kernel<BinSrc<T, O, KA, KB>>().get(pa, pb, 0, va, vb);
      const r1 = kernel<BinSrc<T, O, KA, KB>>().get(pa, pb, 16, va, vb);
      v128.store(po, fin<O>(r0));
      v128.store(po, fin<O>(r1), 16);
      const r2 = kernel<BinSrc<T, O, KA, KB>>().get(pa, pb, 32, va, vb);
      const r3 = kernel<BinSrc<T, O, KA, KB>>().get(pa, pb, 48, va, vb);
      v128.store(po, fin<O>(r2), 32);
      v128.store(po, fin<O>(r3), 48);
    }
    io = ia;
  }
  if (sizeof<T>() > sizeof<R>()) {
    // narrowed outputs two vectors a step, operands addressed as (a + ia) + constant (see above)
    for (; i <= n - 2 * E; i += 2 * E, ia += 2 * IB, io += 32) {
      const pa = a + ia, pb = b + ia, po = o + io;
      v128.store(po, fin<O>(narrowOut<T, R, BinSrc<T, O, KA, KB>>(pa, pb, 0, va, vb, kernel<O>().mask())));
      v128.store(po, fin<O>(narrowOut<T, R, BinSrc<T, O, KA, KB>>(pa, pb, IB, va, vb, kernel<O>().mask())), 16);
    }
  }
  for (; i <= n - E; i += E, ia += IB, io += 16) {
    v128.store(o + io, fin<O>(narrowOut<T, R, BinSrc<T, O, KA, KB>>(a + ia, b + ia, 0, va, vb, kernel<O>().mask())));
  }
  for (; i < n; i++, ia += sizeof<T>(), io += sizeof<R>()) {
    store<R>(o + io, kernel<O>().s<T>(kernel<KA>().one<T>(a + ia, ca), kernel<KB>().one<T>(b + ia, cb)));
  }
}

/** binLoop<T, R, O, Stream, Stream> for R as wide as T, walking down from the end: 64-byte steps
 *  from the top, then the first n % (4 vectors) elements forward. A large call that runs after
 *  one that walked up starts on the lines that one touched last, still in L2 (fast.ts). */
@inline function binLoopDown<T, R, O>(a: usize, b: usize, o: usize, n: i32): void {
  const z = i64x2.splat(0);
  const head = n % (64 / <i32>sizeof<T>());
  let off = <usize>n * sizeof<T>();
  const stop = <usize>head * sizeof<T>();
  while (off > stop) {
    off -= 64;
    const pa = a + off, pb = b + off, po = o + off;
    const r3 = kernel<BinSrc<T, O, Stream, Stream>>().get(pa, pb, 48, z, z);
    const r2 = kernel<BinSrc<T, O, Stream, Stream>>().get(pa, pb, 32, z, z);
    v128.store(po, fin<O>(r3), 48);
    v128.store(po, fin<O>(r2), 32);
    const r1 = kernel<BinSrc<T, O, Stream, Stream>>().get(pa, pb, 16, z, z);
    const r0 = kernel<BinSrc<T, O, Stream, Stream>>().get(pa, pb, 0, z, z);
    v128.store(po, fin<O>(r1), 16);
    v128.store(po, fin<O>(r0));
  }
  binLoop<T, R, O, Stream, Stream>(a, b, o, head);
}

/** Contiguous a and out, broadcast scalar b, op with a vs() form (R == T). */
@inline function binLoopVS<T, O>(a: usize, b: usize, o: usize, n: i32): void {
  const cb = load<T>(b);
  const W = <i32>(16 / sizeof<T>());
  let i = 0;
  let off: usize = 0;
  for (; i <= n - 2 * W; i += 2 * W, off += 32) {
    const r0 = kernel<O>().vs<T>(v128.load(a + off), cb);
    const r1 = kernel<O>().vs<T>(v128.load(a + off, 16), cb);
    v128.store(o + off, r0);
    v128.store(o + off, r1, 16);
  }
  for (; i <= n - W; i += W, off += 16) {
    v128.store(o + off, kernel<O>().vs<T>(v128.load(a + off), cb));
  }
  for (; i < n; i++, off += sizeof<T>()) {
    store<T>(o + off, kernel<O>().s<T>(load<T>(a + off), cb));
  }
}

/** Binary row kernel: out (R) = op(a (T), b (T)) for n elements. n < 0 asks for -n elements in
 *  any order, walking down where the loop can (contiguous operands, R as wide as T): out must then
 *  be disjoint from the inputs or exactly one of them, as for every contiguous call. */
@final export class BinaryRow<T, R, O> {
  row(a: usize, b: usize, o: usize, n: i32, sa: isize, sb: isize, so: isize): void {
    const st = <isize>sizeof<T>();
    const sr = <isize>sizeof<R>();
    let down = n < 0;
    if (down) n = -n;
    if (isHeavy<O, T>()) { binHeavy<T, O>(a, b, o, n, sa, sb, so); return; }
    if (kernel<O>().hasV<T>()) {
      if (sizeof<T>() == sizeof<R>()) {
        if (down && sa == st && sb == st && so == sr) { binLoopDown<T, R, O>(a, b, o, n); return; }
      }
      if (so == sr) {
        if (sa == st) {
          if (sb == st) { binLoop<T, R, O, Stream, Stream>(a, b, o, n); return; }
          if (sb == 0) { binLoop<T, R, O, Stream, Splat>(a, b, o, n); return; }
        } else if (sa == 0 && sb == st) {
          binLoop<T, R, O, Splat, Stream>(a, b, o, n); return;
        }
      }
    } else if (kernel<O>().hasVS<T>()) {
      if (so == sr && sa == st && sb == 0) { binLoopVS<T, O>(a, b, o, n); return; }
    }
    for (let i = 0; i < n; i++) {
      store<R>(o, kernel<O>().s<T>(load<T>(a), load<T>(b)));
      a += <usize>sa; b += <usize>sb; o += <usize>so;
    }
  }
}

/** The row function of BinaryRow<T, R, O> (one per instantiation). */
export function binaryRowFn<T, R, O>(): RowFn {
  return (a: usize, b: usize, o: usize, n: i32, sa: isize, sb: isize, so: isize): void => {
    kernel<BinaryRow<T, R, O>>().row(a, b, o, n, sa, sb, so);
  };
}

// ---------------------------------------------------------------- unary
@inline function unLoop<T, R, O>(a: usize, o: usize, n: i32): void {
  const z = i64x2.splat(0);
  const E = <i32>(16 / sizeof<R>());
  const IB: usize = 16 * sizeof<T>() / sizeof<R>();
  let i = 0;
  let ia: usize = 0;
  let io: usize = 0;
  if (sizeof<T>() == sizeof<R>()) {
    for (; i <= n - 4 * E; i += 4 * E, ia += 64, io += 64) {
      const r0 = kernel<O>().v<T>(v128.load(a + ia));
      const r1 = kernel<O>().v<T>(v128.load(a + ia, 16));
      const r2 = kernel<O>().v<T>(v128.load(a + ia, 32));
      const r3 = kernel<O>().v<T>(v128.load(a + ia, 48));
      v128.store(o + io, fin<O>(r0));
      v128.store(o + io, fin<O>(r1), 16);
      v128.store(o + io, fin<O>(r2), 32);
      v128.store(o + io, fin<O>(r3), 48);
    }
  }
  for (; i <= n - E; i += E, ia += IB, io += 16) {
    // (a + ia) + constant offsets, as in binLoop (unrolling this one gained little: isnan f64)
    v128.store(o + io, fin<O>(narrowOut<T, R, UnSrc<T, O>>(a + ia, 0, 0, z, z, kernel<O>().mask())));
  }
  for (; i < n; i++, ia += sizeof<T>(), io += sizeof<R>()) {
    store<R>(o + io, kernel<O>().s<T>(load<T>(a + ia)));
  }
}

/** Unary row kernel: out (R) = op(a (T)) for n elements. */
@final export class UnaryRow<T, R, O> {
  row(a: usize, o: usize, _p: usize, n: i32, sa: isize, so: isize, _s: isize): void {
    if (isHeavy<O, T>()) { unHeavy<T, O>(a, o, n, sa, so); return; }
    if (kernel<O>().hasV<T>()) {
      if (sa == <isize>sizeof<T>() && so == <isize>sizeof<R>()) { unLoop<T, R, O>(a, o, n); return; }
    }
    for (let i = 0; i < n; i++) {
      store<R>(o, kernel<O>().s<T>(load<T>(a)));
      a += <usize>sa; o += <usize>so;
    }
  }
}

/** The row function of UnaryRow<T, R, O>. */
export function unaryRowFn<T, R, O>(): RowFn {
  return (a: usize, o: usize, p: usize, n: i32, sa: isize, so: isize, s: isize): void => {
    kernel<UnaryRow<T, R, O>>().row(a, o, p, n, sa, so, s);
  };
}
