// Deflate (RFC 1951 raw stream) in TypeScript: np.savez_compressed where there is no node:zlib
// (browsers). Greedy LZ77 over a 32 KiB window with hash chains, then per block of 16K symbols
// the cheapest of stored, fixed and dynamic Huffman coding. On .npy data it compresses about as
// well as zlib's default level (no lazy matching, but longer chains), more slowly; any inflater
// reads the result.
import { LEN_BASE, LEN_EXTRA, DIST_BASE, DIST_EXTRA, CL_ORDER, CL_EXTRA, FIXED_LIT, FIXED_DIST, canonicalCodes } from "./flate.js";

const WSIZE = 1 << 15, HBITS = 15, MAX_CHAIN = 64, MIN_MATCH = 3, MAX_MATCH = 258, BLOCK = 1 << 14;

// symbol lookups: length 3..258 -> code index 0..28; distance -> code index 0..29
const LEN_CODE = new Uint8Array(MAX_MATCH + 1);
for (let c = 0; c < 29; c++) LEN_CODE.fill(c, LEN_BASE[c], c < 28 ? LEN_BASE[c + 1] : MAX_MATCH + 1);
const distCode = (d: number): number => {
  let c = 0;
  while (c < 29 && DIST_BASE[c + 1] <= d) c++;
  return c;
};

/** LSB-first bit output into a growing buffer. */
class Bits {
  out = new Uint8Array(1 << 16);
  n = 0;
  private buf = 0;
  private cnt = 0;
  put(value: number, bits: number): void {
    this.buf |= value << this.cnt;
    this.cnt += bits;
    while (this.cnt >= 8) {
      this.byte(this.buf & 255);
      this.buf >>>= 8;
      this.cnt -= 8;
    }
  }
  /** Pad to a byte boundary with zero bits. */
  align(): void { if (this.cnt) this.put(0, 8 - this.cnt); }
  byte(b: number): void {
    this.reserve(1);
    this.out[this.n++] = b;
  }
  /** Whole bytes (after align()). */
  raw(b: Uint8Array): void {
    this.reserve(b.length);
    this.out.set(b, this.n);
    this.n += b.length;
  }
  private reserve(k: number): void {
    if (this.n + k <= this.out.length) return;
    const grown = new Uint8Array(Math.max(this.out.length * 2, this.n + k));
    grown.set(this.out.subarray(0, this.n));
    this.out = grown;
  }
}

/** Huffman code lengths for `freq`, none longer than `limit`, forming a complete code; at least
 *  two codes (as zlib: a lone code still gets a sibling so every inflater accepts the set). */
export function codeLengths(freq: ArrayLike<number>, limit: number): Uint8Array {
  const lens = new Uint8Array(freq.length);
  const syms: number[] = [];
  for (let s = 0; s < freq.length; s++) if (freq[s]) syms.push(s);
  for (let s = 0; syms.length < 2; s++) if (!freq[s]) syms.push(s);
  syms.sort((a, b) => freq[a] - freq[b] || a - b);
  // two-queue Huffman: leaves 0..m-1 in weight order, internal nodes m..2m-2 as they are made
  const m = syms.length, weight = new Float64Array(2 * m), parent = new Int32Array(2 * m);
  syms.forEach((s, i) => { weight[i] = freq[s]; });
  let leaf = 0, node = m;
  const pick = (next: number) => (leaf < m && (node >= next || weight[leaf] <= weight[node]) ? leaf++ : node++);
  for (let next = m; next < 2 * m - 1; next++) {
    const a = pick(next), b = pick(next);
    weight[next] = weight[a] + weight[b];
    parent[a] = parent[b] = next;
  }
  const depth = new Uint8Array(2 * m - 1), count = new Int32Array(limit + 1);
  for (let k = 2 * m - 3; k >= 0; k--) depth[k] = depth[parent[k]] + 1;
  for (let k = 0; k < m; k++) count[Math.min(depth[k], limit)]++;
  // clipping oversubscribes the code (Kraft sum above 2^limit): zlib's fix, one unit at a time,
  // moves a leaf from the deepest level below the limit down one, a clipped leaf up beside it
  let kraft = 0;
  for (let d = 1; d <= limit; d++) kraft += count[d] * 2 ** (limit - d);
  for (; kraft > 2 ** limit; kraft--) {
    let d = limit - 1;
    while (!count[d]) d--;
    count[d]--;
    count[d + 1] += 2;
    count[limit]--;
  }
  // the rarest symbols take the longest codes
  for (let d = limit, k = 0; d > 0; d--) for (let j = 0; j < count[d]; j++) lens[syms[k++]] = d;
  return lens;
}

/** Run-length coding of the concatenated code lengths with symbols 16, 17, 18. */
function lengthRuns(lens: Uint8Array): { sym: number[]; extra: number[] } {
  const sym: number[] = [], extra: number[] = [];
  const emit = (s: number, x = 0) => { sym.push(s); extra.push(x); };
  for (let i = 0; i < lens.length;) {
    const v = lens[i];
    let run = 1;
    while (i + run < lens.length && lens[i + run] === v) run++;
    i += run;
    if (v === 0) {
      for (; run >= 11; run -= Math.min(run, 138)) emit(18, Math.min(run, 138) - 11);
      if (run >= 3) { emit(17, run - 3); run = 0; }
    } else {
      emit(v);
      for (run--; run >= 3; run -= Math.min(run, 6)) emit(16, Math.min(run, 6) - 3);
    }
    for (; run > 0; run--) emit(v);
  }
  return { sym, extra };
}

const trim = (lens: Uint8Array, min: number): number => {
  let n = lens.length;
  while (n > min && !lens[n - 1]) n--;
  return n;
};

/** The raw deflate stream of `data`. */
export function deflate(data: Uint8Array): Uint8Array {
  const n = data.length, w = new Bits();
  const head = new Int32Array(1 << HBITS).fill(-1), prev = new Int32Array(WSIZE);
  const hash = (i: number) => (Math.imul(data[i] | (data[i + 1] << 8) | (data[i + 2] << 16), 0x9e3779b1) >>> (32 - HBITS));
  const insert = (i: number) => {
    const h = hash(i);
    prev[i & (WSIZE - 1)] = head[h];
    head[h] = i;
  };
  // one block's symbols: a literal byte (dist 0) or a match (length, distance)
  const lit = new Uint16Array(BLOCK), dist = new Uint16Array(BLOCK);
  let count = 0, blockStart = 0;
  const litFreq = new Uint32Array(286), distFreq = new Uint32Array(30);

  const flush = (end: number, final: boolean) => {
    litFreq[256]++;
    const litLens = codeLengths(litFreq, 15), distLens = codeLengths(distFreq, 15);
    const nlit = trim(litLens, 257), ndist = trim(distLens, 1);
    const runs = lengthRuns(Uint8Array.from([...litLens.subarray(0, nlit), ...distLens.subarray(0, ndist)]));
    const clFreq = new Uint32Array(19);
    for (const s of runs.sym) clFreq[s]++;
    const clLens = codeLengths(clFreq, 7);
    let ncl = 19;
    while (ncl > 4 && !clLens[CL_ORDER[ncl - 1]]) ncl--;
    const dataBits = (ll: Uint8Array, dl: Uint8Array) => {
      let b = 0;
      for (let s = 0; s < 286; s++) b += litFreq[s] * (ll[s] + (s > 256 ? LEN_EXTRA[s - 257] : 0));
      for (let s = 0; s < 30; s++) b += distFreq[s] * (dl[s] + DIST_EXTRA[s]);
      return b;
    };
    let dyn = 14 + 3 * ncl + dataBits(litLens, distLens);
    for (let s = 0; s < 19; s++) dyn += clFreq[s] * (clLens[s] + (s >= 16 ? CL_EXTRA[s - 16] : 0));
    const fixed = dataBits(FIXED_LIT, FIXED_DIST);
    const stored = (end - blockStart) * 8 + 40 * Math.max(1, Math.ceil((end - blockStart) / 65535));
    if (stored <= Math.min(dyn, fixed) + 3) {
      for (let s = blockStart; s < end || s === blockStart; s += 65535) {
        const len = Math.min(65535, end - s);
        w.put(final && s + len >= end ? 1 : 0, 1);
        w.put(0, 2);
        w.align();
        w.put(len, 16);
        w.put(len ^ 0xffff, 16);
        w.raw(data.subarray(s, s + len));
      }
    } else {
      const dynamic = dyn < fixed;
      w.put(final ? 1 : 0, 1);
      w.put(dynamic ? 2 : 1, 2);
      const ll = dynamic ? litLens : FIXED_LIT, dl = dynamic ? distLens : FIXED_DIST;
      if (dynamic) {
        w.put(nlit - 257, 5);
        w.put(ndist - 1, 5);
        w.put(ncl - 4, 4);
        for (let i = 0; i < ncl; i++) w.put(clLens[CL_ORDER[i]], 3);
        const clCodes = canonicalCodes(clLens);
        runs.sym.forEach((s, i) => {
          w.put(clCodes[s], clLens[s]);
          if (s >= 16) w.put(runs.extra[i], CL_EXTRA[s - 16]);
        });
      }
      const lc = canonicalCodes(ll), dc = canonicalCodes(dl);
      for (let i = 0; i < count; i++) {
        const d = dist[i];
        if (!d) { w.put(lc[lit[i]], ll[lit[i]]); continue; }
        const c = LEN_CODE[lit[i]], dcode = distCode(d);
        w.put(lc[257 + c], ll[257 + c]);
        w.put(lit[i] - LEN_BASE[c], LEN_EXTRA[c]);
        w.put(dc[dcode], dl[dcode]);
        w.put(d - DIST_BASE[dcode], DIST_EXTRA[dcode]);
      }
      w.put(lc[256], ll[256]);
    }
    count = 0;
    blockStart = end;
    litFreq.fill(0);
    distFreq.fill(0);
  };

  for (let i = 0; i < n;) {
    let best = 0, bestDist = 0;
    if (i + MIN_MATCH <= n) {
      const max = Math.min(MAX_MATCH, n - i);
      for (let c = head[hash(i)], chain = MAX_CHAIN; c >= 0 && i - c <= WSIZE && chain > 0; c = prev[c & (WSIZE - 1)], chain--) {
        if (data[c + best] !== data[i + best]) continue;
        let len = 0;
        while (len < max && data[c + len] === data[i + len]) len++;
        if (len > best) {
          best = len;
          bestDist = i - c;
          if (len === max) break;
        }
      }
      insert(i);
    }
    if (best >= MIN_MATCH) {
      lit[count] = best;
      dist[count++] = bestDist;
      litFreq[257 + LEN_CODE[best]]++;
      distFreq[distCode(bestDist)]++;
      for (let k = 1; k < best && i + k + MIN_MATCH <= n; k++) insert(i + k);
      i += best;
    } else {
      lit[count] = data[i];
      dist[count++] = 0;
      litFreq[data[i++]]++;
    }
    if (count === BLOCK) flush(i, i === n);
  }
  if (blockStart < n || n === 0) flush(n, true); // (the last full block may have been final)
  w.align();
  return w.out.slice(0, w.n);
}
