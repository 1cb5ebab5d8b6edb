// The .npy format (numpy/lib/format.py): the header NumPy writes, byte for byte (version 1.0
// unless the header needs 2.0), and the reader's checks and messages. Data moves between wasm
// memory and the file bytes with one copy; big-endian data is swapped by the byteswap kernel.
import { ValueError, TypeError as NpTypeError, EOFError } from "../core/errors.js";
import { ndarray } from "../ndarray/ndarray.js";
import { asDType, type DType, type DTypeLike } from "../dtype/dtype.js";
import { heap } from "../runtime/memory.js";
import { resolveReshape } from "../ndarray/shape.js";
import { swapBytes } from "../bytes/view.js";
import { parseLiteral, pyValueRepr, strRepr, PyTuple, type PyValue } from "./pyliteral.js";

export const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY
const ARRAY_ALIGN = 64;
const GROWTH_AXIS_MAX_DIGITS = 21;
const BUFFER_SIZE = 2 ** 18;
export const MAX_HEADER_SIZE = 10000;

/** Python's repr of a shape tuple (every digit: JS would print 2**62 rounded). */
const intRepr = (d: number) => BigInt(d).toString();
const tupleRepr = (shape: readonly number[]) => (shape.length === 1 ? `(${intRepr(shape[0])},)` : `(${shape.map(intRepr).join(", ")})`);

/** Whether NumPy stores `a` in Fortran order: F-contiguous and not C-contiguous. */
const fortranOrder = (a: ndarray): boolean => !a.flags.c_contiguous && a.flags.f_contiguous;

/** The magic string, version, header length and padded header dict NumPy writes for `a`. */
export function npyHeader(a: ndarray): Uint8Array {
  const fortran = fortranOrder(a), shape = a.shape;
  let dict = `{'descr': '${a.dtype.str}', 'fortran_order': ${fortran ? "True" : "False"}, 'shape': ${tupleRepr(shape)}, }`;
  // spare room so the header can be rewritten in place when the array grows along that axis
  if (shape.length) dict += " ".repeat(Math.max(0, GROWTH_AXIS_MAX_DIGITS - intRepr(shape[fortran ? shape.length - 1 : 0]).length));
  const hlen = dict.length + 1; // the final newline
  let lenBytes = 2;
  let pad = ARRAY_ALIGN - ((MAGIC.length + 2 + lenBytes + hlen) % ARRAY_ALIGN);
  if (hlen + pad > 0xffff) { // version 2.0: a 4-byte length
    lenBytes = 4;
    pad = ARRAY_ALIGN - ((MAGIC.length + 2 + lenBytes + hlen) % ARRAY_ALIGN);
  }
  const start = MAGIC.length + 2 + lenBytes;
  const out = new Uint8Array(start + hlen + pad);
  out.set(MAGIC);
  out[6] = lenBytes === 2 ? 1 : 2; // version (1, 0) or (2, 0)
  const dv = new DataView(out.buffer);
  if (lenBytes === 2) dv.setUint16(8, hlen + pad, true); else dv.setUint32(8, hlen + pad, true);
  for (let i = 0; i < dict.length; i++) out[start + i] = dict.charCodeAt(i);
  out.fill(0x20, start + dict.length, out.length - 1);
  out[out.length - 1] = 0x0a;
  return out;
}

/** a's data in file order (C, or F for a Fortran-order header): a live view of wasm memory for
 *  a contiguous array, else of a temporary copy (free it with done()). Valid until the next
 *  allocation. */
export function npyData(a: ndarray, order: "C" | "F" = fortranOrder(a) ? "F" : "C"): { bytes: Uint8Array; done: () => void } {
  const src = order === "F" ? a.T : a;
  const flat = src.flags.c_contiguous ? src : src.flatten();
  const start = flat._addr();
  return { bytes: heap.u8.subarray(start, start + a.nbytes), done: () => { if (flat !== src) flat.dispose(); } };
}

/** np.save's bytes: header, then the data. */
export function npyBytes(a: ndarray): Uint8Array {
  const head = npyHeader(a);
  const out = new Uint8Array(head.length + a.nbytes);
  out.set(head);
  const d = npyData(a);
  out.set(d.bytes, head.length);
  d.done();
  return out;
}

/** The three parts of a header NumPy accepts. */
export interface NpyHeader {
  shape: number[]; fortran: boolean; dtype: DType; swap: boolean; dataStart: number;
  /** the shape as the header wrote it (Python's repr), for messages */
  shapeText: string;
  /** a bool in the shape: Python counts it as an int, but the final reshape refuses it */
  boolShape: boolean;
}

/** A byte source with Python file-read semantics (reads past the end come back short);
 *  readInto copies n bytes that exist straight into wasm memory at `addr`. */
export interface Reader { size: number; read(pos: number, n: number): Uint8Array; readInto(pos: number, n: number, addr: number): void }

/** _read_bytes: exactly n bytes at pos, or NumPy's "EOF: reading ..." ValueError. */
function readExactly(r: Reader, pos: number, n: number, what: string): Uint8Array {
  const b = r.read(pos, n);
  if (b.length !== n) throw new ValueError(`EOF: reading ${what}, expected ${n} bytes got ${b.length}`);
  return b;
}

/** Python's repr of bytes (b'\x93NUMPY'). */
export function bytesRepr(b: Uint8Array): string {
  let s = "";
  for (const c of b) {
    s += c === 0x5c ? "\\\\" : c === 0x27 ? "\\'" : c === 0x0a ? "\\n" : c === 0x0d ? "\\r" : c === 0x09 ? "\\t"
      : c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : "\\x" + c.toString(16).padStart(2, "0");
  }
  return `b'${s}'`;
}

function latin1(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i += 4096) s += String.fromCharCode(...b.subarray(i, i + 4096));
  return s;
}

/** read_magic + _read_array_header: the header's shape, order and dtype (numwasm's dtypes only;
 *  non-native byte order is reported for a swap after reading). */
export function readHeader(r: Reader, maxHeaderSize: number): NpyHeader {
  const magic = readExactly(r, 0, 8, "magic string");
  if (MAGIC.some((c, i) => magic[i] !== c)) {
    throw new ValueError(`the magic string is not correct; expected ${bytesRepr(Uint8Array.from(MAGIC))}, got ${bytesRepr(magic.subarray(0, 6))}`);
  }
  const major = magic[6], minor = magic[7];
  if (minor !== 0 || major < 1 || major > 3) {
    throw new ValueError(`we only support format version (1,0), (2,0), and (3,0), not (${major}, ${minor})`);
  }
  const lenBytes = major === 1 ? 2 : 4;
  const lb = readExactly(r, 8, lenBytes, "array header length");
  const hlen = lenBytes === 2 ? lb[0] | (lb[1] << 8) : new DataView(lb.buffer, lb.byteOffset, 4).getUint32(0, true);
  const raw = readExactly(r, 8 + lenBytes, hlen, "array header");
  const text = major === 3 ? new TextDecoder("utf-8", { fatal: true }).decode(raw) : latin1(raw);
  if (text.length > maxHeaderSize) {
    throw new ValueError(`Header info length (${text.length}) is large and may not be safe to load securely.\n` +
      "To allow loading, adjust `max_header_size` or fully trust the `.npy` file using `allow_pickle=True`.\n" +
      "For safety against large resource use or crashes, sandboxing may be necessary.");
  }
  const parsed = parseLiteral(text);
  if (!parsed) throw new ValueError(`Cannot parse header: ${strRepr(text)}`);
  const d = parsed.value;
  if (!(d instanceof Map)) throw new ValueError(`Header is not a dictionary: ${pyValueRepr(d)}`);
  const keys = [...d.keys()];
  const expected = ["descr", "fortran_order", "shape"];
  if (keys.length !== 3 || !expected.every((k) => d.has(k))) {
    const sorted = keys.slice().sort((a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
    throw new ValueError(`Header does not contain the correct keys: ${pyValueRepr(sorted)}`);
  }
  const shape = d.get("shape")!, fortran = d.get("fortran_order")!, descr = d.get("descr")!;
  if (!(shape instanceof PyTuple) || !shape.items.every((x) => typeof x === "bigint" || typeof x === "boolean")) {
    throw new ValueError(`shape is not valid: ${pyValueRepr(shape)}`);
  }
  if (typeof fortran !== "boolean") throw new ValueError(`fortran_order is not a valid bool: ${pyValueRepr(fortran)}`);
  const { dtype, swap } = descrDType(descr);
  return {
    shape: shape.items.map(Number), shapeText: pyValueRepr(shape), fortran, dtype, swap, dataStart: 8 + lenBytes + hlen,
    boolShape: shape.items.some((x) => typeof x === "boolean"),
  };
}

/** A dtype argument that may name a big-endian type ('>f8', '!i4'): the native dtype, and
 *  whether data read in must be swapped to it. */
export function nativeDType(x: DTypeLike): { dtype: DType; swap: boolean } {
  const big = typeof x === "string" && (x[0] === ">" || x[0] === "!");
  const dtype = asDType(big ? "<" + (x as string).slice(1) : x);
  return { dtype, swap: big && dtype.itemsize > 1 };
}

/** descr_to_dtype for numwasm's dtypes (a type string). */
function descrDType(descr: PyValue): { dtype: DType; swap: boolean } {
  if (typeof descr !== "string") {
    if (Array.isArray(descr)) throw new NpTypeError(`numwasm cannot load structured data (descr ${pyValueRepr(descr)})`);
    throw new ValueError(`descr is not a valid dtype descriptor: ${pyValueRepr(descr)}`);
  }
  try {
    return nativeDType(descr);
  } catch {
    throw new NpTypeError(`numwasm cannot load data of dtype ${strRepr(descr)} (bool, integer and float32 / float64 data only)`);
  }
}

/** read_array after the header: `count` elements into a new array of the header's shape and
 *  order; a short file raises NumPy's message for a real file (`fromfile`) or a byte buffer. */
export function readData(r: Reader, h: NpyHeader, realFile: boolean): ndarray {
  const sz = h.dtype.itemsize;
  let count = 1;
  for (const d of h.shape) count *= d;
  const avail = Math.max(0, r.size - h.dataStart);
  if (count < 0 && !realFile) throw new ValueError("negative dimensions are not allowed"); // numpy.ndarray(count)
  if (avail < count * sz || count < 0) { // (fromfile reads everything for a negative count)
    const have = Math.floor(avail / sz);
    if (realFile) {
      throw new ValueError(`Failed to read all data for array. Expected ${h.shapeText} = ${count} elements, ` +
        `could only read ${have} elements. (file seems not fully written?)`);
    }
    // read in chunks of BUFFER_SIZE bytes' worth of elements: the first short chunk fails
    const per = Math.floor(BUFFER_SIZE / Math.min(BUFFER_SIZE, sz)), chunk = Math.floor(avail / (per * sz));
    const want = Math.min(per, count - chunk * per) * sz;
    throw new ValueError(`EOF: reading array data, expected ${want} bytes got ${avail - chunk * per * sz}`);
  }
  if (h.boolShape) throw new NpTypeError("an integer is required");
  if (h.shape.some((d) => d < 0)) resolveReshape(count, h.shape); // the final reshape's error
  const out = ndarray._alloc(h.shape, h.dtype, false, h.fortran ? "F" : "C");
  if (count) {
    r.readInto(h.dataStart, count * sz, out._addr());
    if (h.swap) swapBytes(out, out);
  }
  return out;
}

/** np.load's first look at a file: which kind it is (numpy/lib/_npyio_impl.py load). */
export function fileKind(r: Reader, allowPickle = false): "npy" | "npz" {
  const head = r.read(0, 6);
  if (head.length === 0) throw new EOFError("No data left in file");
  const zip = head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));
  if (head.length >= 4 && zip) return "npz";
  if (head.length === 6 && MAGIC.every((c, i) => head[i] === c)) return "npy";
  if (allowPickle) throw new ValueError("numwasm cannot load pickled (object) data");
  throw new ValueError("This file contains pickled (object) data. If you trust the file you can load it unsafely using the `allow_pickle=` keyword argument or `pickle.load()`.");
}
