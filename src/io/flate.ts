// What deflate.ts and inflate.ts share: RFC 1951's tables and canonical Huffman codes.

/** Length codes 257..285: base length and extra bits. */
export const LEN_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
export const LEN_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
/** Distance codes 0..29: base distance and extra bits. */
export const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
  4097, 6145, 8193, 12289, 16385, 24577];
export const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
/** The order in which a dynamic block sends the code-length code's lengths. */
export const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
/** Extra bits of the code-length symbols 16 (repeat 3-6), 17 (3-10 zeros), 18 (11-138 zeros). */
export const CL_EXTRA = [2, 3, 7];

/** The fixed Huffman code lengths (block type 1): literal/length, then distance. */
export const FIXED_LIT = Uint8Array.from({ length: 288 }, (_, i) => (i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8));
export const FIXED_DIST = new Uint8Array(32).fill(5); // codes 30 and 31 never occur

/** Canonical codes for the code lengths (RFC 1951 3.2.2), bit-reversed: deflate sends a code's
 *  first bit in the lowest bit. */
export function canonicalCodes(lengths: ArrayLike<number>): Uint16Array {
  const count = new Uint16Array(16), next = new Uint16Array(16);
  for (let i = 0; i < lengths.length; i++) count[lengths[i]]++;
  count[0] = 0;
  for (let b = 1, code = 0; b < 16; b++) next[b] = code = (code + count[b - 1]) << 1;
  const codes = new Uint16Array(lengths.length);
  for (let s = 0; s < lengths.length; s++) {
    const len = lengths[s];
    if (!len) continue;
    let c = next[len]++, r = 0;
    for (let i = 0; i < len; i++, c >>= 1) r = (r << 1) | (c & 1);
    codes[s] = r;
  }
  return codes;
}
