// dtype objects: one frozen instance per type, looked up by name, type code or array-protocol string.
import { TypeError as NpTypeError } from "../core/errors.js";

export type Kind = "b" | "i" | "u" | "f" | "c";
export type TypedArrayCtor =
  | Uint8ArrayConstructor | Int8ArrayConstructor | Int16ArrayConstructor | Uint16ArrayConstructor
  | Int32ArrayConstructor | Uint32ArrayConstructor | BigInt64ArrayConstructor | BigUint64ArrayConstructor
  | Float32ArrayConstructor | Float64ArrayConstructor;

/** Codes shared with the WASM kernels (assembly/dtypes.ts): keep the two in step. */
export const enum Code {
  bool = 0, int8 = 1, uint8 = 2, int16 = 3, uint16 = 4, int32 = 5, uint32 = 6,
  int64 = 7, uint64 = 8, float32 = 9, float64 = 10, complex64 = 11, complex128 = 12,
}

export class DType {
  /** `str` is the array-protocol string ("<f8", "|b1"). */
  readonly str: string;
  constructor(
    readonly name: string,
    readonly code: Code,
    readonly char: string,
    readonly kind: Kind,
    readonly itemsize: number,
    /** NumPy's type number (`dtype.num`). */
    readonly num: number,
    /** TypedArray class holding one element per slot (complex: two slots per element). */
    readonly TypedArray: TypedArrayCtor,
  ) {
    this.str = (itemsize === 1 ? "|" : "<") + kind + itemsize;
  }
  /** NumPy's dtype.alignment: the itemsize (complex: of one part). */
  get alignment(): number { return this.kind === "c" ? this.itemsize / 2 : this.itemsize; }
  get isInteger(): boolean { return this.kind === "i" || this.kind === "u"; }
  get isFloat(): boolean { return this.kind === "f"; }
  get isComplex(): boolean { return this.kind === "c"; }
  /** 64-bit integers: read and written through BigInt64Array/BigUint64Array. */
  get isBig(): boolean { return this.code === Code.int64 || this.code === Code.uint64; }
  get byteorder(): string { return this.itemsize === 1 ? "|" : "="; }
  get type(): string { return this.name; }
  get descr(): [string, string][] { return [["", this.str]]; }
  toString(): string { return this.name; }
  toJSON(): string { return this.name; }
  repr(): string { return `dtype('${this.name}')`; }
  [Symbol.for("nodejs.util.inspect.custom")](): string { return this.repr(); }
  [Symbol.for("Jupyter.display")](): { "text/plain": string } { return { "text/plain": this.repr() }; }
  equals(other: DTypeLike): boolean { return asDType(other) === this; }
}

const mk = (n: string, c: Code, ch: string, k: Kind, sz: number, num: number, T: TypedArrayCtor) =>
  Object.freeze(new DType(n, c, ch, k, sz, num, T));

export const bool = mk("bool", Code.bool, "?", "b", 1, 0, Uint8Array);
export const int8 = mk("int8", Code.int8, "b", "i", 1, 1, Int8Array);
export const uint8 = mk("uint8", Code.uint8, "B", "u", 1, 2, Uint8Array);
export const int16 = mk("int16", Code.int16, "h", "i", 2, 3, Int16Array);
export const uint16 = mk("uint16", Code.uint16, "H", "u", 2, 4, Uint16Array);
export const int32 = mk("int32", Code.int32, "i", "i", 4, 5, Int32Array);
export const uint32 = mk("uint32", Code.uint32, "I", "u", 4, 6, Uint32Array);
export const int64 = mk("int64", Code.int64, "l", "i", 8, 7, BigInt64Array);
export const uint64 = mk("uint64", Code.uint64, "L", "u", 8, 8, BigUint64Array);
export const float32 = mk("float32", Code.float32, "f", "f", 4, 11, Float32Array);
export const float64 = mk("float64", Code.float64, "d", "f", 8, 12, Float64Array);

/** Indexed by Code. Complex slots are filled by the complex issue. */
export const ALL: DType[] = [bool, int8, uint8, int16, uint16, int32, uint32, int64, uint64, float32, float64];

const byName = new Map<string, DType>();
for (const d of ALL) {
  byName.set(d.name, d);
  // type codes and kind+size, bare or with a native/irrelevant byte-order prefix
  for (const code of [d.char, d.kind + d.itemsize]) {
    for (const prefix of ["", "<", "=", "|"]) byName.set(prefix + code, d);
    if (d.itemsize === 1) byName.set(">" + code, d); // byte order means nothing for one byte
  }
}
const aliases: Record<string, DType> = {
  bool_: bool, byte: int8, ubyte: uint8, short: int16, ushort: uint16,
  intc: int32, uintc: uint32, int: int64, int_: int64, intp: int64, uint: uint64, uintp: uint64,
  long: int64, ulong: uint64, longlong: int64, ulonglong: uint64, float: float64, double: float64, single: float32,
  // one object per type: 'q'/'Q' (long long) are the same 64-bit types as 'l'/'L' here
  q: int64, Q: uint64, p: int64, P: uint64,
};
for (const [k, v] of Object.entries(aliases)) {
  byName.set(k, v);
  if (k.length === 1) for (const prefix of ["<", "=", "|"]) byName.set(prefix + k, v);
}
const REMOVED_ALIASES = new Set(["int0", "uint0", "bool8"]);

export type DTypeLike = DType | string | { dtype: DType } | NumberConstructor | BooleanConstructor | BigIntConstructor;

/** np.dtype(x): resolve anything NumPy accepts as a dtype; throws np.TypeError as NumPy does. */
export function asDType(x: DTypeLike): DType {
  if (x instanceof DType) return x;
  if (typeof x === "string") {
    const d = byName.get(x);
    if (d) return d;
    if (REMOVED_ALIASES.has(x)) throw new NpTypeError(`Alias '${x}' was removed in NumPy 2.0. Use a name without a digit at the end.`);
    if (/^>[a-zA-Z?]\d*$/.test(x) && byName.has("<" + x.slice(1))) {
      throw new NpTypeError(`numwasm arrays use native (little-endian) byte order only; got '${x}'`);
    }
    throw new NpTypeError(`data type '${x}' not understood`);
  }
  if (x === Number) return float64;
  if (x === Boolean) return bool;
  if (x === BigInt) return int64;
  if (x && typeof x === "object" && (x as { dtype?: unknown }).dtype instanceof DType) return (x as { dtype: DType }).dtype;
  throw new NpTypeError(`Cannot interpret '${String(x)}' as a data type`);
}

/** Optional dtype argument: undefined/null stay undefined. */
export function optDType(x: DTypeLike | null | undefined): DType | undefined {
  return x === undefined || x === null ? undefined : asDType(x);
}
