// Inflate (RFC 1951 raw deflate) in TypeScript: np.load of deflated .npz members where there is
// no node:zlib (browsers). Errors carry zlib's texts and codes (Z_DATA_ERROR -3, Z_BUF_ERROR -5).
import { LEN_BASE, LEN_EXTRA, DIST_BASE, DIST_EXTRA, CL_ORDER, FIXED_LIT, FIXED_DIST, canonicalCodes } from "./flate.js";

export class InflateError extends Error {
  constructor(message: string, readonly errno: number) { super(message); }
}
const bad = (what: string) => new InflateError(what, -3);
const truncated = () => new InflateError("incomplete or truncated stream", -5);

/** A decoding table: entry (symbol << 4 | code length) at every index whose low bits are the
 *  symbol's (bit-reversed) code; 0 where no code leads. */
interface Table { t: Uint16Array; bits: number }

/** zlib's inflate_table checks: no over-subscribed set, and no incomplete one except a single
 *  code of length 1 (not for the code-length code). Throws `what` (zlib's message) otherwise. */
function table(lengths: Uint8Array, what: string, single = true): Table {
  const count = new Uint16Array(16);
  let bits = 0;
  for (const l of lengths) { count[l]++; if (l > bits) bits = l; }
  let left = 1;
  for (let l = 1; l < 16; l++) if ((left = (left << 1) - count[l]) < 0) throw bad(what);
  if (left > 0 && bits !== 0 && !(single && bits === 1)) throw bad(what);
  const t = new Uint16Array(1 << bits), codes = canonicalCodes(lengths);
  for (let s = 0; s < lengths.length; s++) {
    const l = lengths[s];
    if (l) for (let i = codes[s]; i < t.length; i += 1 << l) t[i] = (s << 4) | l;
  }
  return { t, bits };
}

let fixed: [Table, Table] | null = null;

/** The raw deflate stream `src` inflated; `size` is the expected length (a ZIP member's), which
 *  the output may not exceed. Bytes after the final block are ignored, as zlib does. */
export function inflate(src: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let pos = 0, buf = 0, cnt = 0, o = 0;
  const need = (n: number) => {
    while (cnt < n) {
      if (pos >= src.length + 4) throw truncated();
      buf |= (src[pos++] ?? 0) << cnt; // zeros past the end; overrun is checked below
      cnt += 8;
    }
  };
  const take = (n: number) => {
    need(n);
    const v = buf & ((1 << n) - 1);
    buf >>>= n;
    cnt -= n;
    return v;
  };
  const decode = (tab: Table, what: string) => {
    need(tab.bits);
    const e = tab.t[buf & ((1 << tab.bits) - 1)];
    if (!e) throw bad(what);
    buf >>>= e & 15;
    cnt -= e & 15;
    return e >> 4;
  };
  const overrun = () => pos * 8 - cnt > src.length * 8;
  const full = () => new InflateError("the data is longer than the archive says", -3);
  try {
    for (let final = 0; !final;) {
      final = take(1);
      const type = take(2);
      if (type === 0) { // stored: the bytes that follow the next byte boundary
        take(cnt & 7);
        pos -= cnt >> 3;
        buf = cnt = 0;
        if (pos + 4 > src.length) throw truncated();
        const len = src[pos] | (src[pos + 1] << 8), nlen = src[pos + 2] | (src[pos + 3] << 8);
        if (len !== (~nlen & 0xffff)) throw bad("invalid stored block lengths");
        pos += 4;
        if (pos + len > src.length) throw truncated();
        if (o + len > size) throw full();
        out.set(src.subarray(pos, pos + len), o);
        pos += len;
        o += len;
        continue;
      }
      let lit: Table, dist: Table;
      if (type === 1) {
        fixed ??= [table(FIXED_LIT, ""), table(FIXED_DIST, "")];
        [lit, dist] = fixed;
      } else if (type === 2) {
        [lit, dist] = dynamicTables(take, decode);
      } else throw bad("invalid block type");
      for (;;) {
        const sym = decode(lit, "invalid literal/length code");
        if (sym < 256) {
          if (o >= size) throw full();
          out[o++] = sym;
        } else if (sym === 256) {
          break;
        } else {
          const li = sym - 257;
          if (li >= 29) throw bad("invalid literal/length code");
          const len = LEN_BASE[li] + take(LEN_EXTRA[li]);
          const di = decode(dist, "invalid distance code");
          if (di >= 30) throw bad("invalid distance code");
          const d = DIST_BASE[di] + take(DIST_EXTRA[di]);
          if (d > o) throw bad("invalid distance too far back");
          if (o + len > size) throw full();
          if (d >= len) out.copyWithin(o, o - d, o - d + len);
          else for (let i = 0; i < len; i++) out[o + i] = out[o + i - d];
          o += len;
        }
        if (overrun()) throw truncated();
      }
    }
  } catch (e) {
    // past the end the reader sees zeros: what they decode to is not the stream's fault
    if (e instanceof InflateError && overrun()) throw truncated();
    throw e;
  }
  if (overrun()) throw truncated();
  return out.subarray(0, o);
}

/** A dynamic block's header: the code-length code, then the literal/length and distance codes. */
function dynamicTables(take: (n: number) => number, decode: (t: Table, what: string) => number): [Table, Table] {
  const nlit = take(5) + 257, ndist = take(5) + 1, ncl = take(4) + 4;
  if (nlit > 286 || ndist > 30) throw bad("too many length or distance symbols");
  const clLens = new Uint8Array(19);
  for (let i = 0; i < ncl; i++) clLens[CL_ORDER[i]] = take(3);
  const cl = table(clLens, "invalid code lengths set", false);
  const lens = new Uint8Array(nlit + ndist);
  for (let i = 0; i < lens.length;) {
    const sym = decode(cl, "invalid code lengths set");
    if (sym < 16) { lens[i++] = sym; continue; }
    let prev = 0, rep: number;
    if (sym === 16) {
      if (i === 0) throw bad("invalid bit length repeat");
      prev = lens[i - 1];
      rep = 3 + take(2);
    } else rep = sym === 17 ? 3 + take(3) : 11 + take(7);
    if (i + rep > lens.length) throw bad("invalid bit length repeat");
    lens.fill(prev, i, i + rep);
    i += rep;
  }
  if (!lens[256]) throw bad("invalid code -- missing end-of-block");
  return [table(lens.subarray(0, nlit), "invalid literal/lengths set"), table(lens.subarray(nlit), "invalid distances set")];
}
