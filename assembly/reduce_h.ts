// Horizontal reductions: the innermost axes are reduced, each accumulator element takes whole runs.
//
// Geometry (from src/reduction/plan.ts, NumPy's reduction iterator): ndim axes, outer first; the
// last `k` axes form the block that one outer position reduces (acc strides 0 over it). The block
// is cut, in C order, into chunks of `chunk` elements: one chunk is what one call of NumPy's inner
// loop sees (a cast / gather buffer, or the whole unbuffered run). Float sums add each chunk's
// pairwise sum to the accumulator in order; other ops fold elements (order matters only for float
// products, which go sequentially). With a where-mask, each maximal run of True within a chunk is
// one call (NumPy's masked loop). k > 1 (the operand is not one strided run) gathers chunks
// through the scratch buffer, as NumPy's buffers do.
//
// Scratch (from TS, SCRATCH_BYTES): [0, CH*8) gathered values, [CH*8, CH*9) gathered mask bytes,
// then SCR_N*8 bytes for pwLoad.
import { kernel } from "./nditer";
import { pwLoad, transform, SCR_N, PAIR_MAX_BYTES } from "./reduce_pairwise";
import { LdPlain, cvt } from "./reduce_ops";
import { anyAll, countNz, countValid, intSumWide, laneFold } from "./reduce_lanes";

export const CH: i32 = 8192; // NumPy's default buffer size (elements)
const MASK_OFF: usize = <usize>CH * 8;
const PW_OFF: usize = <usize>CH * 9;
export const SCRATCH_BYTES: i32 = CH * 9 + SCR_N * 8;

@inline function sameType<T, A>(): bool {
  return isBoolean<T>() == isBoolean<A>() && isFloat<T>() == isFloat<A>() && isSigned<T>() == isSigned<A>() && sizeof<T>() == sizeof<A>();
}

/** acc combined with the n elements (T, loaded through L) at p, stride s. */
export function runH<O, L, T, A>(acc: A, p: usize, n: i32, s: isize, c: A, scr: usize, paired: bool): A {
  if (kernel<O>().pairwise<A>()) {
    // Integers (bool: 0/1) summed into float64, as mean does: every partial sum is an integer below
    // 2^53 (4-byte ones: while n <= 2^21), so the pairwise sum is the exact integer sum, which
    // integer lanes give several times faster.
    if (isDefined(kernel<O>().isAdd()) && kernel<L>().plain() && isInteger<T>() && sizeof<T>() <= 4 && sizeof<A>() == 8 &&
      (sizeof<T>() <= 2 || n <= 1 << 21)) {
      return <A>(acc + <A>intSumWide<T, i64>(p, n, s));
    }
    return <A>(acc + pwLoad<L, T, A>(p, n, s, c, scr + PW_OFF, paired));
  }
  if (!kernel<O>().ordered<A>()) {
    if (kernel<L>().plain() && sameType<T, A>() && s == <isize>sizeof<T>()) return laneFold<O, A>(acc, p, n);
    if (isDefined(kernel<L>().isNonZero())) {
      if (isDefined(kernel<O>().isOr())) return <A>(<i32>acc != 0 || anyAll<T>(p, n, s, false));
      if (isDefined(kernel<O>().isAnd())) return <A>(<i32>acc != 0 && anyAll<T>(p, n, s, true));
      if (isDefined(kernel<O>().isAdd()) && isInteger<A>() && !isBoolean<A>() && sizeof<A>() == 8) return <A>(acc + <A>countNz<T>(p, n, s));
    }
    if (isDefined(kernel<L>().isNotNaN()) && isFloat<T>() && isInteger<A>() && sizeof<A>() == 8) return <A>(acc + <A>countValid<T>(p, n, s));
    if (isDefined(kernel<O>().isAdd()) && kernel<L>().plain() && isInteger<T>() && isInteger<A>() && !isBoolean<A>() && sizeof<A>() == 8) {
      return <A>(acc + intSumWide<T, A>(p, n, s));
    }
  }
  for (let i = 0; i < n; i++) {
    acc = kernel<O>().s<A>(acc, kernel<L>().ld<T, A>(load<T>(p), c));
    p += <usize>s;
  }
  return acc;
}

/** Address of row `row` (C order over the first k-1 block axes) of a block. */
@inline function rowAddr(p: usize, k: i32, shape: usize, st: usize, row: i32): usize {
  for (let d = k - 2; d >= 0; d--) {
    const n = load<i32>(shape + (<usize>d << 2));
    p += <usize>(<isize>(row % n) * <isize>load<i32>(st + (<usize>d << 2)));
    row /= n;
  }
  return p;
}

/** Gather block elements [start, start + n) in C order into dst: values through L as A, or
 *  (mask) bytes. */
function gather<L, T, A>(dst: usize, p: usize, k: i32, shape: usize, st: usize, start: i32, n: i32, c: A, mask: bool): void {
  const n0 = load<i32>(shape + (<usize>(k - 1) << 2));
  const s0 = <isize>load<i32>(st + (<usize>(k - 1) << 2));
  let row = start / n0, col = start % n0;
  while (n > 0) {
    const take = min(n0 - col, n);
    const q = rowAddr(p, k, shape, st, row) + <usize>(<isize>col * s0);
    if (mask) {
      for (let i = 0; i < take; i++) store<u8>(dst + <usize>i, load<u8>(q + <usize>(<isize>i * s0)));
      dst += <usize>take;
    } else {
      transform<L, T, A>(dst, q, take, s0, c);
      dst += <usize>take * sizeof<A>();
    }
    n -= take; row++; col = 0;
  }
}

/** acc combined with elements [a, b) of the block (k == 1: strided run; else gathered). */
@inline function part<O, L, T, A>(acc: A, p: usize, k: i32, shape: usize, st: usize, a: i32, b: i32, c: A, scr: usize, paired: bool): A {
  if (k == 1) return runH<O, L, T, A>(acc, p + <usize>(<isize>a * <isize>load<i32>(st)), b - a, <isize>load<i32>(st), c, scr, paired);
  gather<L, T, A>(scr, p, k, shape, st, a, b - a, c, false);
  return runH<O, LdPlain, A, A>(acc, scr, b - a, <isize>sizeof<A>(), c, scr, true);
}

/** The next run of True mask bytes at or after i, below end: (start << 32) | stop. */
@inline function nextRun(mp: usize, ms: isize, base: i32, i: i32, end: i32): i64 {
  while (i < end && load<u8>(mp + <usize>(<isize>(i - base) * ms)) == 0) i++;
  let j = i;
  while (j < end && load<u8>(mp + <usize>(<isize>(j - base) * ms)) != 0) j++;
  return (<i64>i << 32) | <i64>j;
}

/** One outer position: the block's chunks (and, with a mask, their True runs: NumPy's masked
 *  loop calls the inner loop once per run) into acc. Only float sums care about chunks and
 *  blocks (pairwise); other ops go row by row. One call site per kernel keeps code size down. */
function hBlock<O, L, T, A>(
  acc: A, p: usize, k: i32, shape: usize, st: usize, total: i32, chunk: i32,
  m: usize, mst: usize, c: A, scr: usize, paired: bool,
): A {
  if (!kernel<O>().pairwise<A>()) {
    const last = k - 1;
    const n0 = load<i32>(shape + (<usize>last << 2));
    const s0 = <isize>load<i32>(st + (<usize>last << 2));
    const m0: isize = m ? <isize>load<i32>(mst + (<usize>last << 2)) : 0;
    for (let row = 0; row < total / n0; row++) {
      const q = rowAddr(p, k, shape, st, row);
      const mp = m ? rowAddr(m, k, shape, mst, row) : 0;
      let i = 0;
      while (i < n0) {
        let j = n0;
        if (m) { const r = nextRun(mp, m0, 0, i, n0); i = <i32>(r >> 32); j = <i32>r; }
        if (j > i) acc = runH<O, L, T, A>(acc, q + <usize>(<isize>i * s0), j - i, s0, c, scr, false);
        i = j;
      }
    }
    return acc;
  }
  for (let start = 0; start < total; start += chunk) {
    const end = min(total, start + chunk);
    let mp: usize = 0, ms: isize = 0;
    if (m) {
      if (k == 1) { ms = <isize>load<i32>(mst); mp = m + <usize>(<isize>start * ms); }
      else { gather<LdPlain, u8, u8>(scr + MASK_OFF, m, k, shape, mst, start, end - start, 0, true); mp = scr + MASK_OFF; ms = 1; }
    }
    let i = start;
    while (i < end) {
      let j = end;
      if (m) { const r = nextRun(mp, ms, start, i, end); i = <i32>(r >> 32); j = <i32>r; }
      if (j > i) acc = part<O, L, T, A>(acc, p, k, shape, st, i, j, c, scr, paired);
      i = j;
    }
  }
  return acc;
}

/** Odometer over the outer axes [d, nOuter). aux: byte offset from an accumulator element to
 *  its loader parameter (the mean, for var), 0 if none. */
function hOuter<O, L, T, A>(
  d: i32, nOuter: i32, shape: usize, p: usize, ss: usize, acc: usize, as: usize, m: usize, ms: usize,
  aux: isize, k: i32, total: i32, chunk: i32, scr: usize, paired: bool,
): void {
  if (d == nOuter) {
    const c: A = aux != 0 ? load<A>(acc + <usize>aux) : cvt<i32, A>(0);
    const off = <usize>nOuter << 2;
    store<A>(acc, hBlock<O, L, T, A>(load<A>(acc), p, k, shape + off, ss + off, total, chunk, m, m ? ms + off : 0, c, scr, paired));
    return;
  }
  const n = load<i32>(shape + (<usize>d << 2));
  const sp = <isize>load<i32>(ss + (<usize>d << 2)), sa = <isize>load<i32>(as + (<usize>d << 2));
  const sm: isize = m ? <isize>load<i32>(ms + (<usize>d << 2)) : 0;
  for (let i = 0; i < n; i++) {
    hOuter<O, L, T, A>(d + 1, nOuter, shape, p, ss, acc, as, m, ms, aux, k, total, chunk, scr, paired);
    p += <usize>sp; acc += <usize>sa; m += <usize>sm;
  }
}

/** Entry for one (op, loader, T, A): see the header. */
export function reduceH<O, L, T, A>(
  src: usize, acc: usize, ndim: i32, shape: usize, ss: usize, as: usize,
  k: i32, chunk: i32, mask: usize, ms: usize, aux: isize, scr: usize,
): void {
  let total = 1;
  let bytes = <i64>sizeof<T>();
  for (let d = 0; d < ndim; d++) {
    const n = load<i32>(shape + (<usize>d << 2));
    if (n <= 0) return;
    if (d >= ndim - k) total *= n;
    bytes *= <i64>n;
  }
  // a negative chunk: this call is a piece of a larger reduction (a thread's share), whose data
  // streams from memory however small the piece: never interleave leaves
  const paired = chunk >= 0 && bytes <= <i64>PAIR_MAX_BYTES;
  if (chunk < 0) chunk = -chunk;
  hOuter<O, L, T, A>(0, ndim - k, shape, src, ss, acc, as, mask, ms, aux, k, total, chunk > 0 ? chunk : total, scr, paired);
}
