// Shared pieces of splitting work for the pool: NumPy's pairwise-sum tree, and a reusable
// block of task geometry.
import { alloc, free } from "../runtime/memory.js";

/** The nodes of NumPy's pairwise summation of [off, off + n) at depth d, left to right, as
 *  [offset, length]. pw splits a run of n > 128 into n2 = n/2 rounded down to a multiple of 8
 *  and the rest, so nodes of > 128 elements at any depth are exactly the ones its recursion sums. */
export function pairwiseNodes(n: number, minLeaf: number, maxDepth: number): [number, number][] {
  const depth = Math.min(maxDepth, Math.max(0, Math.floor(Math.log2(n / minLeaf))));
  const out: [number, number][] = [];
  const walk = (off: number, len: number, d: number): void => {
    if (d === 0) { out.push([off, len]); return; }
    let n2 = Math.floor(len / 2);
    n2 -= n2 % 8;
    walk(off, n2, d - 1);
    walk(off + n2, len - n2, d - 1);
  };
  walk(0, n, depth);
  return out;
}

/** Combine the sums of pairwiseNodes as the recursion does (`round`: the accumulator type). */
export function pairwiseCombine(v: ArrayLike<number>, round: (x: number) => number, lo = 0, hi = v.length): number {
  if (hi - lo === 1) return v[lo];
  const mid = (lo + hi) >> 1;
  return round(pairwiseCombine(v, round, lo, mid) + pairwiseCombine(v, round, mid, hi));
}

/** A growable block of wasm memory for one task's geometry (one task runs at a time). */
export class Arena {
  private ptr = 0;
  private bytes = 0;
  get(bytes: number): number {
    if (this.bytes < bytes) {
      if (this.ptr) free(this.ptr);
      this.bytes = Math.max(bytes, 1 << 14);
      this.ptr = alloc(this.bytes);
    }
    return this.ptr;
  }
}
