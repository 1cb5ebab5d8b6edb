// NumPy's pairwise float summation (loops_utils.h.src @TYPE@_pairwise_sum), bit for bit:
//   n < 8        sequential from -0.0 (so a sum of -0.0 stays -0.0)
//   8..128       8 accumulators r[k] += a[i + k], combined ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7)),
//                then the n % 8 rest added in order
//   n > 128      split at n2 = n/2 rounded down to a multiple of 8, recurse on both halves.
// The 8 accumulators are lanes of 4 f64x2 (2 f32x4) vectors on contiguous data: lane-wise adds
// keep every accumulator's order, so the bits are the scalar ones. Sibling leaves are summed
// interleaved (8 f64x2 dependency chains instead of 4) to fill the adder pipelines, when the
// reduction's data fits in L2 (PAIR_MAX_BYTES).
//
// pwLoad<L, T, A> sums a loader's values (conversion T -> A, NaN -> 0, (x - mean)^2...): the
// recursion is the same; every node of at most SCR_N elements is first transformed into the
// caller's scratch (SCR_N * 8 bytes) and summed there, which gives the same bits as summing a
// transformed copy of the whole run (NumPy's temporaries / cast buffers).
import { kernel } from "./nditer";
import { hasLoadA, loadA } from "./reduce_lanes";

export const SCR_N: i32 = 1024;

@inline function at<A>(p: usize, i: i32, s: isize): A { return load<A>(p + <usize>(<isize>i * s)); }

/** The fixed tree of a leaf's 8 accumulators, held as lanes v0 = (r0, r1) ... v3 = (r6, r7):
 *  returns the lanes ((r0 + r1) + (r2 + r3), (r4 + r5) + (r6 + r7)). */
@inline function tree2(v0: v128, v1: v128, v2: v128, v3: v128): v128 {
  const s1 = f64x2.add(i64x2.shuffle(v0, v2, 0, 2), i64x2.shuffle(v0, v2, 1, 3));
  const s2 = f64x2.add(i64x2.shuffle(v1, v3, 0, 2), i64x2.shuffle(v1, v3, 1, 3));
  return f64x2.add(s1, s2);
}
@inline function tree4(v0: v128, v1: v128): f32 {
  return ((f32x4.extract_lane(v0, 0) + f32x4.extract_lane(v0, 1)) + (f32x4.extract_lane(v0, 2) + f32x4.extract_lane(v0, 3)))
    + ((f32x4.extract_lane(v1, 0) + f32x4.extract_lane(v1, 1)) + (f32x4.extract_lane(v1, 2) + f32x4.extract_lane(v1, 3)));
}

/** Sum of the n % 8 rest of a contiguous leaf onto res. */
@inline function rest<A>(res: A, p: usize, i: i32, n: i32): A {
  for (; i < n; i++) res += load<A>(p + (<usize>i * sizeof<A>()));
  return res;
}

/** One contiguous leaf, 8 <= n <= 128. */
function leafC<A>(p: usize, n: i32): A {
  const lim = n & ~7;
  let i = 8;
  let res: A;
  if (sizeof<A>() == 8) {
    let v0 = v128.load(p), v1 = v128.load(p, 16), v2 = v128.load(p, 32), v3 = v128.load(p, 48);
    for (; i < lim; i += 8) {
      const q = p + (<usize>i << 3);
      v0 = f64x2.add(v0, v128.load(q)); v1 = f64x2.add(v1, v128.load(q, 16));
      v2 = f64x2.add(v2, v128.load(q, 32)); v3 = f64x2.add(v3, v128.load(q, 48));
    }
    const t = tree2(v0, v1, v2, v3);
    res = <A>(f64x2.extract_lane(t, 0) + f64x2.extract_lane(t, 1));
  } else {
    let v0 = v128.load(p), v1 = v128.load(p, 16);
    for (; i < lim; i += 8) {
      const q = p + (<usize>i << 2);
      v0 = f32x4.add(v0, v128.load(q)); v1 = f32x4.add(v1, v128.load(q, 16));
    }
    res = <A>tree4(v0, v1);
  }
  return rest<A>(res, p, i, n);
}

/** Two contiguous leaves summed interleaved (8 f64x2 / 4 f32x4 dependency chains instead of 4 / 2):
 *  a (na elements, a multiple of 8) and b (nb >= na). Returns lane 0: a's 8-accumulator tree
 *  (pw(a)), lane 1: b's tree over its first nb & ~7 elements (its rest is the caller's). */
@inline function twoTrees<A>(a: usize, na: i32, b: usize, nb: i32): v128 {
  const limB = nb & ~7;
  let i = 8;
  if (sizeof<A>() == 8) {
    let a0 = v128.load(a), a1 = v128.load(a, 16), a2 = v128.load(a, 32), a3 = v128.load(a, 48);
    let b0 = v128.load(b), b1 = v128.load(b, 16), b2 = v128.load(b, 32), b3 = v128.load(b, 48);
    for (; i < na; i += 8) {
      const q = a + (<usize>i << 3), r = b + (<usize>i << 3);
      a0 = f64x2.add(a0, v128.load(q)); b0 = f64x2.add(b0, v128.load(r));
      a1 = f64x2.add(a1, v128.load(q, 16)); b1 = f64x2.add(b1, v128.load(r, 16));
      a2 = f64x2.add(a2, v128.load(q, 32)); b2 = f64x2.add(b2, v128.load(r, 32));
      a3 = f64x2.add(a3, v128.load(q, 48)); b3 = f64x2.add(b3, v128.load(r, 48));
    }
    for (; i < limB; i += 8) {
      const r = b + (<usize>i << 3);
      b0 = f64x2.add(b0, v128.load(r)); b1 = f64x2.add(b1, v128.load(r, 16));
      b2 = f64x2.add(b2, v128.load(r, 32)); b3 = f64x2.add(b3, v128.load(r, 48));
    }
    const ta = tree2(a0, a1, a2, a3), tb = tree2(b0, b1, b2, b3);
    return f64x2.add(i64x2.shuffle(ta, tb, 0, 2), i64x2.shuffle(ta, tb, 1, 3));
  }
  let a0 = v128.load(a), a1 = v128.load(a, 16);
  let b0 = v128.load(b), b1 = v128.load(b, 16);
  for (; i < na; i += 8) {
    const q = a + (<usize>i << 2), r = b + (<usize>i << 2);
    a0 = f32x4.add(a0, v128.load(q)); b0 = f32x4.add(b0, v128.load(r));
    a1 = f32x4.add(a1, v128.load(q, 16)); b1 = f32x4.add(b1, v128.load(r, 16));
  }
  for (; i < limB; i += 8) {
    const r = b + (<usize>i << 2);
    b0 = f32x4.add(b0, v128.load(r)); b1 = f32x4.add(b1, v128.load(r, 16));
  }
  return f32x4.replace_lane(f32x4.splat(tree4(a0, a1)), 1, tree4(b0, b1));
}
@inline function lane0<A>(v: v128): A { return sizeof<A>() == 8 ? <A>f64x2.extract_lane(v, 0) : <A>f32x4.extract_lane(v, 0); }
@inline function lane1<A>(v: v128): A { return sizeof<A>() == 8 ? <A>f64x2.extract_lane(v, 1) : <A>f32x4.extract_lane(v, 1); }

/** Two sibling contiguous leaves a (na elements, a multiple of 8) and b (nb >= na), summed
 *  interleaved; returns pw(a) + pw(b). */
function leafPairC<A>(a: usize, na: i32, b: usize, nb: i32): A {
  const u = twoTrees<A>(a, na, b, nb);
  return lane0<A>(u) + rest<A>(lane1<A>(u), b, nb & ~7, nb);
}

/** (x, y) in lanes 0 and 1 of A. */
@inline function pack<A>(x: A, y: A): v128 {
  return sizeof<A>() == 8 ? f64x2.replace_lane(f64x2.splat(<f64>x), 1, <f64>y) : f32x4.replace_lane(f32x4.splat(<f32>x), 1, <f32>y);
}

/** pw of two contiguous leaves (8..128 elements each), summed interleaved: lanes 0 and 1. */
function leafTwoV<A>(a: usize, na: i32, b: usize, nb: i32): v128 {
  if ((na & ~7) > (nb & ~7)) { const w = leafTwoV<A>(b, nb, a, na); return pack<A>(lane1<A>(w), lane0<A>(w)); }
  const la = na & ~7, u = twoTrees<A>(a, la, b, nb);
  return pack<A>(rest<A>(lane0<A>(u), a, la, na), rest<A>(lane1<A>(u), b, nb & ~7, nb));
}

/** pw of two contiguous runs (lanes 0 and 1), their trees walked in lockstep so that leaves are
 *  summed in pairs (twice the dependency chains of one leaf: cache-resident data sums faster). */
function twoRuns<A>(p0: usize, n0: i32, p1: usize, n1: i32): v128 {
  if (n0 > 128 && n1 > 128) {
    const h0 = split(n0), h1 = split(n1), z = <usize>sizeof<A>();
    const l = twoRuns<A>(p0, h0, p1, h1), r = twoRuns<A>(p0 + <usize>h0 * z, n0 - h0, p1 + <usize>h1 * z, n1 - h1);
    return sizeof<A>() == 8 ? f64x2.add(l, r) : f32x4.add(l, r);
  }
  if (n0 >= 8 && n1 >= 8 && n0 <= 128 && n1 <= 128) return leafTwoV<A>(p0, n0, p1, n1);
  // the two trees' shapes diverged (rare): each on its own
  const s = <isize>sizeof<A>();
  return pack<A>(pwRec<A>(p0, n0, s, false), pwRec<A>(p1, n1, s, false));
}

/** One strided leaf, 8 <= n <= 128 (a pointer walks the run; the 8 lanes are fixed offsets). */
function leafS<A>(p: usize, n: i32, s: isize): A {
  const s2 = s + s, s3 = s2 + s, s4 = s3 + s, s5 = s4 + s, s6 = s5 + s, s7 = s6 + s, s8 = s7 + s;
  let r0 = load<A>(p), r1 = load<A>(p + <usize>s), r2 = load<A>(p + <usize>s2), r3 = load<A>(p + <usize>s3);
  let r4 = load<A>(p + <usize>s4), r5 = load<A>(p + <usize>s5), r6 = load<A>(p + <usize>s6), r7 = load<A>(p + <usize>s7);
  const lim = n & ~7;
  let q = p + <usize>s8;
  let i = 8;
  for (; i < lim; i += 8) {
    r0 += load<A>(q); r1 += load<A>(q + <usize>s); r2 += load<A>(q + <usize>s2); r3 += load<A>(q + <usize>s3);
    r4 += load<A>(q + <usize>s4); r5 += load<A>(q + <usize>s5); r6 += load<A>(q + <usize>s6); r7 += load<A>(q + <usize>s7);
    q += <usize>s8;
  }
  let res: A = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
  for (; i < n; i++) { res += load<A>(q); q += <usize>s; }
  return res;
}

@inline function split(n: i32): i32 { const h = n >> 1; return h - (h & 7); }

/** A contiguous node (n >= 8) without a call level when it is a leaf or a pair of leaves. */
@inline function smallNode<A>(p: usize, n: i32): A {
  if (n <= 128) return leafC<A>(p, n);
  const n2 = split(n);
  if (n - n2 <= 128) return leafPairC<A>(p, n2, p + (<usize>n2 * sizeof<A>()), n - n2);
  return pwRec<A>(p, n, <isize>sizeof<A>(), true);
}

function pwRec<A>(p: usize, n: i32, s: isize, paired: bool): A {
  if (n < 8) {
    let r: A = <A>-0.0;
    for (let i = 0; i < n; i++) r += at<A>(p, i, s);
    return r;
  }
  const contiguous = s == <isize>sizeof<A>();
  if (n <= 128) return contiguous ? leafC<A>(p, n) : leafS<A>(p, n, s);
  const n2 = split(n);
  const q = p + <usize>(<isize>n2 * s);
  if (paired && contiguous) {
    if (n - n2 <= 128) return leafPairC<A>(p, n2, q, n - n2);
    // children that are leaves or leaf pairs: one call level less
    if (n - n2 <= 256) return smallNode<A>(p, n2) + smallNode<A>(q, n - n2);
  }
  return pwRec<A>(p, n2, s, paired) + pwRec<A>(q, n - n2, s, paired);
}

/** Reductions reading more than this (bytes) stream from beyond L2, where two interleaved
 *  leaves defeat the hardware prefetcher (3x slower from DRAM, slower from L3 too): they go
 *  leaf by leaf. */
export const PAIR_MAX_BYTES: i32 = 1 << 20;

/** NumPy's pairwise sum of n elements of A (float32 / float64) at p, s bytes apart; `paired`:
 *  the data is cache-resident (sum sibling leaves interleaved). */
export function pwMem<A>(p: usize, n: i32, s: isize, paired: bool): A {
  if (!paired && s == <isize>sizeof<A>() && n >= QUAD_MIN) {
    // the tree's four grandchildren, walked together (quad)
    const h = split(n), a = split(h), b = split(n - h), z = <usize>sizeof<A>();
    quad<A>(p, a, p + <usize>a * z, h - a, p + <usize>h * z, b, p + <usize>(h + b) * z, n - h - b);
    return (<A>Q0 + <A>Q1) + (<A>Q2 + <A>Q3);
  }
  return pwRec<A>(p, n, s, paired);
}

// A long contiguous run streaming from DRAM is read faster as four streams far apart than as one
// (1e7 float64 on one thread here: 2.7 -> 2.0 ms; four streams 64 KB apart gain little), so its
// tree's four subtrees at depth 2 are summed together, a node of each in turn: the same tree and
// the same bits as pwRec, only the order in which leaves are read changes.
const QUAD_MIN: i32 = 1 << 15;
// The size of those nodes: one 4 KiB page of float64 per stream and turn, two streams' leaves
// summed in pairs (1e7 float64 on one thread, medians of rounds alternating builds: leaves of at
// most 128 elements, one per stream and turn, ~3.0 ms; nodes of 512, ~2.5 ms; of 1024, ~2.9 ms).
const QUAD_NODE: i32 = 512;
// quad's results: globals are per instance, so per thread (linear memory is shared between them)
let Q0: f64 = 0, Q1: f64 = 0, Q2: f64 = 0, Q3: f64 = 0;

/** Q0..Q3 = pwRec of four contiguous runs (p_j, n_j), split in lockstep while all four are
 *  inner nodes and one is above QUAD_NODE (the values are A's, held exactly in f64 globals). */
function quad<A>(p0: usize, n0: i32, p1: usize, n1: i32, p2: usize, n2: i32, p3: usize, n3: i32): void {
  const z = <usize>sizeof<A>();
  if (n0 > 128 && n1 > 128 && n2 > 128 && n3 > 128 && (n0 > QUAD_NODE || n1 > QUAD_NODE || n2 > QUAD_NODE || n3 > QUAD_NODE)) {
    const h0 = split(n0), h1 = split(n1), h2 = split(n2), h3 = split(n3);
    quad<A>(p0, h0, p1, h1, p2, h2, p3, h3);
    const l0 = <A>Q0, l1 = <A>Q1, l2 = <A>Q2, l3 = <A>Q3;
    quad<A>(p0 + <usize>h0 * z, n0 - h0, p1 + <usize>h1 * z, n1 - h1, p2 + <usize>h2 * z, n2 - h2, p3 + <usize>h3 * z, n3 - h3);
    Q0 = <f64>(l0 + <A>Q0); Q1 = <f64>(l1 + <A>Q1); Q2 = <f64>(l2 + <A>Q2); Q3 = <f64>(l3 + <A>Q3);
    return;
  }
  // nodes of at most QUAD_NODE elements (or trees whose shapes diverged): two by two
  const u = twoRuns<A>(p0, n0, p1, n1), v = twoRuns<A>(p2, n2, p3, n3);
  Q0 = <f64>lane0<A>(u); Q1 = <f64>lane1<A>(u); Q2 = <f64>lane0<A>(v); Q3 = <f64>lane1<A>(v);
}

/** pwRec of four contiguous runs of A at src (element offsets and lengths at geo: off0, n0, ...
 *  off3, n3, i32), walked together as pwMem walks its grandchildren, written to out + j * os.
 *  For the thread pool's pieces of one long sum: four leaves of its tree a quarter of the run
 *  apart, so each thread streams from four places far apart. */
export function pwQuadRuns<A>(src: usize, geo: usize, out: usize, os: usize): void {
  const z = <usize>sizeof<A>();
  const o0 = <usize>load<i32>(geo), o1 = <usize>load<i32>(geo, 8), o2 = <usize>load<i32>(geo, 16), o3 = <usize>load<i32>(geo, 24);
  quad<A>(src + o0 * z, load<i32>(geo, 4), src + o1 * z, load<i32>(geo, 12), src + o2 * z, load<i32>(geo, 20), src + o3 * z, load<i32>(geo, 28));
  store<A>(out, <A>Q0); store<A>(out + os, <A>Q1); store<A>(out + 2 * os, <A>Q2); store<A>(out + 3 * os, <A>Q3);
}

/** L loads T's as they are, floats of A's type: they are summed in place, not transformed. */
@inline function plainFloat<L, T, A>(): bool {
  return kernel<L>().plain() && !isBoolean<T>() && sizeof<T>() == sizeof<A>() && isFloat<T>();
}

/** Write L(x) as A for n elements of T at p (stride s) into dst (contiguous). */
@inline export function transform<L, T, A>(dst: usize, p: usize, n: i32, s: isize, c: A): void {
  let i = 0;
  if (isFloat<A>() && hasLoadA<T, A>() && kernel<L>().vok()) {
    if (s == <isize>sizeof<T>()) {
      const W = <i32>(16 / sizeof<A>());
      const cv = v128.splat<A>(c);
      for (; i <= n - W; i += W) {
        v128.store(dst + (<usize>i * sizeof<A>()), kernel<L>().v<A>(loadA<T, A>(p + (<usize>i * sizeof<T>())), cv));
      }
      p += <usize>i * sizeof<T>();
    }
  }
  for (; i < n; i++) {
    store<A>(dst + (<usize>i * sizeof<A>()), kernel<L>().ld<T, A>(load<T>(p), c));
    p += <usize>s;
  }
}

/** Pairwise sum of L(x) (as A) over n elements of T at p, s bytes apart; scr holds SCR_N A's. */
export function pwLoad<L, T, A>(p: usize, n: i32, s: isize, c: A, scr: usize, paired: bool): A {
  if (plainFloat<L, T, A>()) return pwMem<A>(p, n, s, paired);
  if (n <= SCR_N) {
    transform<L, T, A>(scr, p, n, s, c);
    return pwMem<A>(scr, n, <isize>sizeof<A>(), true);
  }
  const n2 = split(n);
  return pwLoad<L, T, A>(p, n2, s, c, scr, paired) + pwLoad<L, T, A>(p + <usize>(<isize>n2 * s), n - n2, s, c, scr, paired);
}
