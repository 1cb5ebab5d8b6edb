// np.save / np.savez / np.savez_compressed / np.load (.npy and .npz files and bytes), a.tofile /
// np.fromfile (raw binary files). Paths need Node (src/io/node.ts); bytes work everywhere:
// np.save(arr) and np.savez({ a, b }) return the file as a Uint8Array and np.load(bytes) reads
// either (API.md, "Bytes").
import { ValueError, TypeError as NpTypeError, OSError } from "../core/errors.js";
import { params, isOptions } from "../core/args.js";
import { ndarray } from "../ndarray/ndarray.js";
import { float64, type DTypeLike } from "../dtype/dtype.js";
import { heap } from "../runtime/memory.js";
import { asArray, scoped } from "../manipulation/common.js";
import { index, pyType } from "../creation/pyargs.js";
import { swapBytes } from "../bytes/view.js";
import { withFile, readFully, writeFully, type NodeFs } from "./node.js";
import { npyHeader, npyData, npyBytes, readHeader, readData, fileKind, nativeDType, MAX_HEADER_SIZE, type Reader } from "./npy.js";
import { savezMembers, writeNpz, readNpz, type NpzFile } from "./npz.js";
import { ZipWriter, concat } from "./zip.js";

export type { NpzFile };

type Bytes = Uint8Array | ArrayBuffer | ArrayBufferView;

function bytesReader(b: Uint8Array): Reader {
  return {
    size: b.length,
    read: (pos, n) => b.subarray(pos, pos + n),
    readInto: (pos, n, addr) => heap.u8.set(b.subarray(pos, pos + n), addr),
  };
}

function fileReader(fs: NodeFs, fd: number): Reader {
  const size = fs.fstatSync(fd).size;
  return {
    size,
    read(pos, n) {
      const buf = new Uint8Array(Math.max(0, Math.min(n, size - pos)));
      return buf.subarray(0, readFully(fs, fd, buf, 0, buf.length, pos));
    },
    readInto: (pos, n, addr) => { readFully(fs, fd, heap.u8, addr, n, pos); },
  };
}

function asBytes(file: unknown): Uint8Array | null {
  let b: Uint8Array;
  if (file instanceof Uint8Array) b = file;
  else if (ArrayBuffer.isView(file)) b = new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
  else if (file instanceof ArrayBuffer || (typeof SharedArrayBuffer === "function" && file instanceof SharedArrayBuffer)) b = new Uint8Array(file);
  else return null;
  // bytes inside wasm memory (a.data) move when the result's allocation grows the memory
  return b.buffer === heap.u8.buffer ? b.slice() : b;
}

const pathOnly = (fn: string, file: unknown): never => {
  throw new NpTypeError(`${fn}: expected a file path (string), got '${pyType(file)}'`);
};

type LoadOpts = { mmap_mode?: unknown; allow_pickle?: boolean; fix_imports?: boolean; encoding?: string; max_header_size?: number };

/** np.load(file, mmap_mode=None, allow_pickle=False, fix_imports=True, encoding='ASCII', *,
 *  max_header_size=10000): a .npy file (a path in Node, or its bytes as a Uint8Array /
 *  ArrayBuffer / TypedArray) as a new array; big-endian data comes back in native order. A .npz
 *  archive comes back as a plain object of its arrays by name (see NpzFile), all read at once. */
export function load(file: string | Bytes, ...rest: unknown[]): ndarray | NpzFile {
  const p = params<LoadOpts>(rest, ["mmap_mode", "allow_pickle", "fix_imports", "encoding"]);
  const enc = p.encoding ?? "ASCII";
  if (enc !== "ASCII" && enc !== "latin1" && enc !== "bytes") throw new ValueError("encoding must be 'ASCII', 'latin1', or 'bytes'");
  const maxHeader = p.allow_pickle ? Infinity : index(p.max_header_size ?? MAX_HEADER_SIZE);
  const read = (r: Reader, realFile: boolean): ndarray | NpzFile => {
    const kind = fileKind(r, !!p.allow_pickle);
    if (kind === "npz") { // (NumPy ignores mmap_mode here too)
      const member = (b: Uint8Array) => { const m = bytesReader(b); return readData(m, readHeader(m, maxHeader), false); };
      return scoped(() => readNpz(r.read(0, r.size), member));
    }
    if (p.mmap_mode !== undefined && p.mmap_mode !== null) throw new ValueError("numwasm's np.load does not support mmap_mode (arrays live in wasm memory)");
    return readData(r, readHeader(r, maxHeader), realFile);
  };
  const bytes = asBytes(file);
  if (bytes) return read(bytesReader(bytes), false);
  if (typeof file !== "string") return pathOnly("load", file);
  return withFile(file, "r", (fs, fd) => read(fileReader(fs, fd), true));
}

/** np.save(file, arr, allow_pickle=True): write `arr` as a .npy file (".npy" is appended to a
 *  path without it). numwasm: np.save(arr) returns the file's bytes (a Uint8Array) instead. */
export function save(file: unknown, ...rest: unknown[]): Uint8Array | undefined {
  if (typeof file !== "string") {
    if (file === undefined) throw new NpTypeError("save() missing 2 required positional arguments: 'file' and 'arr'");
    return scoped(() => npyBytes(asArray(file)));
  }
  const { arr } = params<{ arr?: unknown }>(rest, ["arr", "allow_pickle", "fix_imports"]);
  if (arr === undefined) throw new NpTypeError("save() missing 1 required positional argument: 'arr'");
  const path = file.endsWith(".npy") ? file : file + ".npy";
  scoped(() => {
    const a = asArray(arr);
    withFile(path, "w", (fs, fd) => writeArray(fs, fd, a, npyHeader(a)));
  });
  return undefined;
}

/** np.savez(file, *args, allow_pickle=True, **kwds): the arrays in an uncompressed .npz archive,
 *  keyword ones (the trailing plain object) under their names, positional ones as arr_0, arr_1...
 *  A path gets ".npz" appended when it lacks it; numwasm: without a path (a leading string) the
 *  archive's bytes come back as a Uint8Array. */
export function savez(...args: unknown[]): Uint8Array | undefined {
  return savezTo(args, false);
}

/** np.savez_compressed(file, *args, allow_pickle=True, **kwds): np.savez with deflated members. */
export function savez_compressed(...args: unknown[]): Uint8Array | undefined {
  return savezTo(args, true);
}

function savezTo(args: unknown[], compress: boolean): Uint8Array | undefined {
  const file = typeof args[0] === "string" ? args[0] : undefined;
  const arrs = args.slice(file === undefined ? 0 : 1);
  const kwds = arrs.length && isOptions(arrs[arrs.length - 1]) ? { ...(arrs.pop() as Record<string, unknown>) } : {};
  delete kwds.allow_pickle; // savez's own keyword (numwasm has no object arrays to pickle)
  if (arrs.some(isOptions)) throw new NpTypeError("the named arrays ({ name: array }) are savez's last argument");
  const members = savezMembers(arrs, kwds);
  return scoped(() => {
    const arrays = members.map(([name, v]): [string, ndarray] => [name, asArray(v)]);
    if (file === undefined) {
      const parts: Uint8Array[] = [];
      // views of wasm memory are copied at once: the next allocation may move it
      writeNpz(new ZipWriter((b) => parts.push(b.buffer === heap.u8.buffer ? b.slice() : b)), arrays, compress);
      return concat(parts);
    }
    withFile(file.endsWith(".npz") ? file : file + ".npz", "w", (fs, fd) => writeNpz(new ZipWriter((b) => writeFully(fs, fd, b)), arrays, compress));
    return undefined;
  });
}

/** The header (if any), then the data straight from wasm memory (file order). */
function writeArray(fs: NodeFs, fd: number, a: ndarray, header: Uint8Array | null, order?: "C"): void {
  const d = npyData(a, order);
  try {
    if (header) writeFully(fs, fd, header);
    writeFully(fs, fd, d.bytes);
  } finally {
    d.done();
  }
}

const textSep = (sep: unknown, fn: string): void => {
  if (sep !== undefined && sep !== "") throw new ValueError(`numwasm's ${fn} handles binary data only (sep=''); text separators are not supported`);
};

/** np.fromfile(file, dtype=float, count=-1, sep='', offset=0): a binary file's items (after
 *  `offset` bytes; `count` of them, or all for a negative count) as a 1-d array. */
export function fromfile(file: string, ...rest: unknown[]): ndarray {
  const p = params<{ dtype?: DTypeLike | null; count?: number; sep?: string; offset?: number; like?: unknown }>(rest, ["dtype", "count", "sep", "offset"]);
  if (typeof file !== "string") return pathOnly("fromfile", file);
  return withFile(file, "r", (fs, fd) => {
    textSep(p.sep, "np.fromfile");
    const { dtype, swap } = p.dtype == null ? { dtype: float64, swap: false } : nativeDType(p.dtype);
    const count = index(p.count ?? -1), offset = index(p.offset ?? 0);
    if (offset < 0) throw new OSError("[Errno 22] Invalid argument", 22);
    const sz = dtype.itemsize;
    let n = Math.floor(Math.max(0, fs.fstatSync(fd).size - offset) / sz);
    if (count >= 0) n = Math.min(n, count);
    const out = ndarray._alloc([n], dtype);
    n = Math.floor(readFully(fs, fd, heap.u8, out._addr(), n * sz, offset) / sz);
    if (n < out.size) throw new OSError("numwasm: the file shrank while it was read");
    if (swap) swapBytes(out, out);
    return out;
  });
}

const methods = {
  /** a.tofile(fid, sep='', format='%s'): the data in C order as raw bytes to a file path. */
  tofile(this: ndarray, fid: string, ...rest: unknown[]): void {
    const p = params<{ sep?: string; format?: string }>(rest, ["sep", "format"]);
    if (typeof fid !== "string") return pathOnly("tofile", fid);
    textSep(p.sep, "a.tofile");
    withFile(fid, "w", (fs, fd) => writeArray(fs, fd, this, null, "C"));
  },
};
Object.assign(ndarray.prototype, methods);

declare module "../ndarray/ndarray.js" {
  interface ndarray {
    /** a.tofile(fid, sep='', format='%s'): raw C-order bytes to a file (Node; binary only). */
    tofile(fid: string, sep?: string | { sep?: string; format?: string }): void;
  }
}

export { loadtxt } from "./text/loadtxt.js";
export { savetxt } from "./text/savetxt.js";
export { fromstring } from "./text/fromstring.js";
export { fromregex } from "./text/fromregex.js";
export { genfromtxt } from "./text/genfromtxt.js";
