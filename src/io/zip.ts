// ZIP archives (.npz) as Python's zipfile writes and reads them. Writing gives zipfile's bytes
// for np.savez: every local header carries a ZIP64 extra field (NumPy opens each member with
// force_zip64), the time stamp is ZipInfo's default 1980-01-01 00:00, permissions rw-------,
// and the central directory / end records switch to ZIP64 past zipfile's limits. Reading
// follows zipfile's lookup of the end record (archive comments, data prepended to the archive,
// ZIP64) and its checks, with BadZipFile's messages.
import { BadZipFile, NotImplementedError, RuntimeError, ValueError } from "../core/errors.js";
import { strRepr } from "./pyliteral.js";
import { bytesRepr } from "./npy.js";
import { nodeZlib } from "./node.js";

export const STORED = 0, DEFLATED = 8;

/** zipfile's ZIP64_LIMIT (2**31 - 1) and ZIP_FILECOUNT_LIMIT: beyond them the central
 *  directory needs ZIP64 records. An object so that tests can lower them. */
export const limits = { zip64: 0x7fffffff, count: 0xffff };

const SIG_LOCAL = 0x04034b50, SIG_CENTRAL = 0x02014b50, SIG_END = 0x06054b50, SIG_END64 = 0x06064b50, SIG_LOCATOR = 0x07064b50;
// zipfile's struct formats (signatures as "L")
const FILE_HEADER = "<L2B4HL2L2H", CENTRAL_DIR = "<L4B4HL2L5H2L", END = "<L4H2LH", END64 = "<LQ2H2L4Q", LOCATOR = "<LLQL";
const ZIP64_VERSION = 45, UNIX = 3, DATE_1980 = (1 << 5) | 1, OWNER_RW = 0o600 << 16;
const UTF8_NAME = 0x800, ENCRYPTED = 0x1, PATCHED = 0x20, STRONG_ENCRYPTION = 0x40;
const WIDTH: Record<string, number> = { B: 1, H: 2, L: 4, Q: 8 };

const parsed = new Map<string, number[]>();

/** The field widths of a Python struct format ("<" and B/H/L/Q with repeat counts). */
function fields(fmt: string): number[] {
  let w = parsed.get(fmt);
  if (!w) {
    w = [];
    for (const [, n, c] of fmt.slice(1).matchAll(/(\d*)([BHLQ])/g)) for (let i = 0; i < (n ? +n : 1); i++) w.push(WIDTH[c]);
    parsed.set(fmt, w);
  }
  return w;
}

/** struct.calcsize */
const calcsize = (fmt: string): number => fields(fmt).reduce((s, w) => s + w, 0);

/** struct.pack for unsigned little-endian fields (numbers up to 2**53). */
function pack(fmt: string, ...values: number[]): Uint8Array {
  const out = new Uint8Array(calcsize(fmt)), dv = new DataView(out.buffer);
  let at = 0, i = 0;
  for (const w of fields(fmt)) {
    const v = values[i++];
    if (w === 8) { dv.setUint32(at, v % 2 ** 32, true); dv.setUint32(at + 4, Math.floor(v / 2 ** 32), true); }
    else if (w === 4) dv.setUint32(at, v, true);
    else if (w === 2) dv.setUint16(at, v, true);
    else out[at] = v;
    at += w;
  }
  return out;
}

/** struct.unpack of the bytes at `at`. */
function unpack(fmt: string, b: Uint8Array, at: number): number[] {
  const dv = new DataView(b.buffer, b.byteOffset + at, calcsize(fmt)), out: number[] = [];
  let o = 0;
  for (const w of fields(fmt)) {
    out.push(w === 8 ? dv.getUint32(o, true) + dv.getUint32(o + 4, true) * 2 ** 32
      : w === 4 ? dv.getUint32(o, true) : w === 2 ? dv.getUint16(o, true) : dv.getUint8(o));
    o += w;
  }
  return out;
}

let crcTable: Int32Array | null = null;

/** CRC-32 of `data` continuing from `crc` (node:zlib's when it has one). */
export function crc32(data: Uint8Array, crc = 0): number {
  const z = nodeZlib();
  return z?.crc32 ? z.crc32(data, crc) >>> 0 : crc32js(data, crc);
}

/** CRC-32 in TypeScript (the reflected polynomial 0xEDB88320, one table lookup a byte). */
export function crc32js(data: Uint8Array, crc = 0): number {
  const t = (crcTable ??= Int32Array.from({ length: 256 }, (_, n) => {
    for (let k = 0; k < 8; k++) n = n & 1 ? 0xedb88320 ^ (n >>> 1) : n >>> 1;
    return n;
  }));
  let c = ~crc;
  for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]) & 255] ^ (c >>> 8);
  return ~c >>> 0;
}

/** A name as zipfile stores it: cut at a NUL, ASCII, else UTF-8 with flag bit 11. */
function encodeName(name: string): { bytes: Uint8Array; flags: number } {
  const cut = name.indexOf("\0");
  if (cut >= 0) name = name.slice(0, cut);
  const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.exec(name);
  if (lone) {
    const at = [...name.slice(0, lone.index)].length, code = lone[0].charCodeAt(0).toString(16);
    throw new ValueError(`'utf-8' codec can't encode character '\\u${code}' in position ${at}: surrogates not allowed`);
  }
  const bytes = new TextEncoder().encode(name);
  return { bytes, flags: /^[\0-\x7f]*$/.test(name) ? 0 : UTF8_NAME };
}

interface Written { name: Uint8Array; flags: number; method: number; crc: number; size: number; csize: number; offset: number }

/** Writes an archive member by member to `sink` (its bytes are used before the next call). */
export class ZipWriter {
  private members: Written[] = [];
  private pos = 0;
  constructor(private readonly sink: (bytes: Uint8Array) => void) {}

  private emit(b: Uint8Array): void {
    this.sink(b);
    this.pos += b.length;
  }

  /** A member: `chunks` as stored (compressed for DEFLATED); `size` and `crc` describe the
   *  uncompressed data. */
  add(name: string, method: number, chunks: Uint8Array[], size: number, crc: number): void {
    const { bytes, flags } = encodeName(name);
    const csize = chunks.reduce((s, c) => s + c.length, 0);
    const m: Written = { name: bytes, flags, method, crc, size, csize, offset: this.pos };
    const zip64 = zip64Extra([size, csize]);
    this.emit(concat([pack(FILE_HEADER, SIG_LOCAL, ZIP64_VERSION, 0, flags, method, 0, DATE_1980, crc, 0xffffffff, 0xffffffff,
      bytes.length, zip64.length), bytes, zip64]));
    for (const c of chunks) this.emit(c);
    this.members.push(m);
  }

  /** The central directory and the end records (_write_end_record). */
  finish(): void {
    const start = this.pos;
    for (const m of this.members) {
      const big = m.size > limits.zip64 || m.csize > limits.zip64, far = m.offset > limits.zip64;
      const extra = zip64Extra([...(big ? [m.size, m.csize] : []), ...(far ? [m.offset] : [])]);
      this.emit(concat([pack(CENTRAL_DIR, SIG_CENTRAL, ZIP64_VERSION, UNIX, ZIP64_VERSION, 0, m.flags, m.method, 0, DATE_1980, m.crc,
        big ? 0xffffffff : m.csize, big ? 0xffffffff : m.size, m.name.length, extra.length, 0, 0, 0, OWNER_RW,
        far ? 0xffffffff : m.offset), m.name, extra]));
    }
    const count = this.members.length, size = this.pos - start;
    if (count > limits.count || start > limits.zip64 || size > limits.zip64) {
      const end64 = this.pos;
      this.emit(pack(END64, SIG_END64, 44, ZIP64_VERSION, ZIP64_VERSION, 0, 0, count, count, size, start));
      this.emit(pack(LOCATOR, SIG_LOCATOR, 0, end64, 1));
    }
    const c = Math.min(count, 0xffff);
    this.emit(pack(END, SIG_END, 0, 0, c, c, Math.min(size, 0xffffffff), Math.min(start, 0xffffffff), 0));
  }
}

/** A ZIP64 extended-information extra field with these 8-byte values (none: empty). */
const zip64Extra = (values: number[]): Uint8Array =>
  (values.length ? pack(`<HH${values.length}Q`, 1, 8 * values.length, ...values) : new Uint8Array(0));

/** The parts end to end in one new array. */
export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

// ---------------------------------------------------------------- reading

/** A central directory entry (ZipInfo). */
export interface ZipEntry {
  /** the name cut at a NUL, as ZipInfo keeps it; `stored` is the full one */
  name: string; stored: string;
  flags: number; method: number; crc: number; csize: number; size: number;
  /** the local header's position in the bytes (prepended data accounted for) */
  offset: number;
}

const CP437_HIGH = "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0";

/** A stored name: UTF-8 with flag bit 11, else code page 437 (zipfile's historical default). */
function decodeName(b: Uint8Array, flags: number): string {
  if (flags & UTF8_NAME) {
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(b);
    } catch {
      throw new ValueError("'utf-8' codec can't decode a member name of the archive");
    }
  }
  let s = "";
  for (const c of b) s += c < 128 ? String.fromCharCode(c) : CP437_HIGH[c - 128];
  return s;
}

/** _EndRecData (+ _EndRecData64): the end record's central directory size and offset, where
 *  the record starts, and whether ZIP64 records precede it. */
function endRecord(b: Uint8Array): { size: number; offset: number; at: number; zip64: boolean } | null {
  const n = b.length;
  let at = -1;
  if (n >= 22 && unpack("<L", b, n - 22)[0] === SIG_END && b[n - 2] === 0 && b[n - 1] === 0) at = n - 22;
  else { // a comment follows the record: search the last 64 KiB for its signature
    for (let i = n - 4; i >= Math.max(0, n - (1 << 16) - 22); i--) {
      if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 5 && b[i + 3] === 6) { at = i; break; }
    }
    if (at < 0 || at + 22 > n) return null;
  }
  const [, , , , , size, offset] = unpack(END, b, at);
  const loc = at - calcsize(LOCATOR);
  if (loc < 0 || unpack("<L", b, loc)[0] !== SIG_LOCATOR) return { size, offset, at, zip64: false };
  const [, disk, , disks] = unpack(LOCATOR, b, loc);
  if (disk !== 0 || disks > 1) throw new BadZipFile("zipfiles that span multiple disks are not supported");
  const rec = loc - calcsize(END64);
  if (rec < 0 || unpack("<L", b, rec)[0] !== SIG_END64) return { size, offset, at, zip64: false };
  const r = unpack(END64, b, rec);
  return { size: r[8], offset: r[9], at, zip64: true };
}

/** The archive's entries (_RealGetContents), in central directory order. */
export function readDirectory(b: Uint8Array): ZipEntry[] {
  const end = endRecord(b);
  if (!end) throw new BadZipFile("File is not a zip file");
  // nonzero when other data precedes the archive (a self-extracting stub, say)
  const concat = end.at - end.size - end.offset - (end.zip64 ? calcsize(END64) + calcsize(LOCATOR) : 0);
  const start = end.offset + concat;
  if (start < 0) throw new BadZipFile("Bad offset for central directory");
  const cd = b.subarray(start, start + end.size), entries: ZipEntry[] = [];
  for (let p = 0; p < end.size;) {
    if (p + 46 > cd.length) throw new BadZipFile("Truncated central directory");
    const f = unpack(CENTRAL_DIR, cd, p);
    if (f[0] !== SIG_CENTRAL) throw new BadZipFile("Bad magic number for central directory");
    const [flags, method, , , crc, csize, size, nameLen, extraLen, commentLen] = f.slice(5, 15);
    if (f[3] > 63) throw new NotImplementedError(`zip file version ${(f[3] / 10).toFixed(1)}`);
    const stored = decodeName(cd.subarray(p + 46, p + 46 + nameLen), flags);
    const e: ZipEntry = { name: stored.split("\0")[0], stored, flags, method, crc, csize, size, offset: f[18] };
    decodeExtra(e, cd.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen));
    e.offset += concat;
    entries.push(e);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** ZipInfo._decodeExtra: ZIP64 values for the fields that say 0xFFFFFFFF. */
function decodeExtra(e: ZipEntry, extra: Uint8Array): void {
  for (let p = 0; extra.length - p >= 4;) {
    const [tp, ln] = unpack("<HH", extra, p);
    if (p + 4 + ln > extra.length) throw new BadZipFile(`Corrupt extra field ${tp.toString(16).padStart(4, "0")} (size=${ln})`);
    if (tp === 1) {
      let q = p + 4;
      const next = (field: string) => {
        if (q + 8 > p + 4 + ln) throw new BadZipFile(`Corrupt zip64 extra field. ${field} not found.`);
        q += 8;
        return unpack("<Q", extra, q - 8)[0];
      };
      if (e.size === 0xffffffff) e.size = next("File size");
      if (e.csize === 0xffffffff) e.csize = next("Compress size");
      if (e.offset === 0xffffffff) e.offset = next("Header offset");
    }
    p += 4 + ln;
  }
}

/** A member's data as stored, after ZipFile.open's checks of its local header. */
export function entryData(b: Uint8Array, e: ZipEntry): Uint8Array {
  if (e.offset < 0) throw new BadZipFile("Bad offset for file header"); // (zipfile: a failed seek)
  if (e.offset + 30 > b.length) throw new BadZipFile("Truncated file header");
  const h = unpack(FILE_HEADER, b, e.offset);
  if (h[0] !== SIG_LOCAL) throw new BadZipFile("Bad magic number for file header");
  const nameAt = e.offset + 30, nameBytes = b.subarray(nameAt, nameAt + h[10]);
  if (e.flags & PATCHED) throw new NotImplementedError("compressed patched data (flag bit 5)");
  if (e.flags & STRONG_ENCRYPTION) throw new NotImplementedError("strong encryption (flag bit 6)");
  if (decodeName(nameBytes, h[3]) !== e.stored) {
    throw new BadZipFile(`File name in directory ${strRepr(e.stored)} and header ${bytesRepr(nameBytes)} differ.`);
  }
  if (e.flags & ENCRYPTED) throw new RuntimeError(`File ${strRepr(e.name)} is encrypted, password required for extraction`);
  const start = nameAt + h[10] + h[11];
  return b.subarray(start, start + e.csize);
}
