// A growing buffer of parsed values of one dtype (rows of a text file), copied
// into a new array's wasm memory once at the end; and NumPy's PyArray_Pack of a converter's
// result (a JS value) into that dtype.
import { ndarray } from "../../ndarray/ndarray.js";
import { type DType } from "../../dtype/dtype.js";
import { heap } from "../../runtime/memory.js";
import { fieldDouble, fieldInt, noUnderscores, scanned, type IntRange } from "./numbers.js";

/** The integer range of a dtype (bool parses as int64, as NumPy's npy_to_bool). */
function intRange(dt: DType): IntRange {
  const bits = BigInt(dt.kind === "b" ? 64 : dt.itemsize * 8);
  const [bigLo, bigHi] = dt.kind === "u" ? [0n, (1n << bits) - 1n] : [-(1n << (bits - 1n)), (1n << (bits - 1n)) - 1n];
  return { lo: Number(bigLo), hi: Number(bigHi), bigLo, bigHi };
}

export class ValueStore {
  private buf: ArrayBuffer;
  private f64!: Float64Array;
  private f32!: Float32Array;
  private i32!: Int32Array;
  private view!: ArrayBufferView & { [i: number]: number };
  private readonly range: IntRange;

  constructor(readonly dtype: DType, capacity = 1024) {
    this.buf = new ArrayBuffer(Math.max(capacity, 16) * dtype.itemsize);
    this.views();
    this.range = intRange(dtype);
  }

  private views(): void {
    const b = this.buf;
    this.f64 = new Float64Array(b); this.f32 = new Float32Array(b); this.i32 = new Int32Array(b);
    const d = this.dtype;
    this.view = (d.itemsize === 8 ? this.i32 : new (d.TypedArray as unknown as new (b: ArrayBuffer) => ArrayBufferView & { [i: number]: number })(b));
  }

  /** Room for n items in all. */
  reserve(n: number): void {
    const sz = this.dtype.itemsize;
    if (n * sz <= this.buf.byteLength) return;
    const grown = new ArrayBuffer(Math.max(n * sz, this.buf.byteLength * 2));
    new Uint8Array(grown).set(new Uint8Array(this.buf));
    this.buf = grown;
    this.views();
  }

  /** Parse s[a, b) as NumPy's loadtxt does for this dtype into item k; false if it is not one. */
  parse(s: string, a: number, b: number, k: number): boolean {
    const d = this.dtype;
    if (d.kind === "f") {
      if (!fieldDouble(s, a, b)) return false;
      if (d.itemsize === 8) this.f64[k] = scanned[0]; else this.f32[k] = scanned[0];
      return true;
    }
    const v = fieldInt(s, a, b, this.range);
    if (v === undefined) return false;
    this.setInt(k, v);
    return true;
  }

  /** An exact integer (or bool: nonzero) into item k. */
  setInt(k: number, v: number | bigint): void {
    const d = this.dtype;
    if (d.kind === "b") { this.view[k] = v != 0 ? 1 : 0; return; } // eslint-disable-line eqeqeq
    if (d.itemsize < 8) { this.view[k] = Number(v); return; }
    if (typeof v === "bigint") {
      this.i32[2 * k] = Number(BigInt.asIntN(32, v));
      this.i32[2 * k + 1] = Number(BigInt.asIntN(32, v >> 32n));
    } else if ((v | 0) === v) {
      this.i32[2 * k] = v;
      this.i32[2 * k + 1] = v >> 31;
    } else {
      const hi = Math.floor(v / 4294967296);
      this.i32[2 * k] = v - hi * 4294967296;
      this.i32[2 * k + 1] = hi;
    }
  }

  /** PyArray_Pack: a converter's result into item k; false where NumPy raises. */
  pack(x: unknown, k: number): boolean {
    const d = this.dtype;
    if (typeof x === "string") {
      const t = noUnderscores(x); // as Python's float() / int()
      if (d.kind === "f") return this.parse(t, 0, t.length, k);
      if (d.kind === "b") { this.view[k] = x.length ? 1 : 0; return true; }
      return this.parse(t, 0, t.length, k);
    }
    if (typeof x === "boolean") x = x ? 1 : 0;
    if (x === null && d.kind === "f") x = NaN;
    if (typeof x === "bigint") {
      if (d.kind === "f") x = Number(x);
      else return d.kind === "b" || (x >= this.range.bigLo && x <= this.range.bigHi) ? (this.setInt(k, x), true) : false;
    }
    if (typeof x !== "number") return false;
    if (d.kind === "f") { if (d.itemsize === 8) this.f64[k] = x; else this.f32[k] = x; return true; }
    if (d.kind === "b") { this.view[k] = x !== 0 ? 1 : 0; return true; }
    if (!Number.isFinite(x)) return false;
    const t = Math.trunc(x);
    if (Math.abs(t) > 9007199254740992) return this.pack(BigInt(t), k); // (the bounds of 64 bits are not numbers)
    if (t < this.range.lo || t > this.range.hi) return false;
    this.setInt(k, t);
    return true;
  }

  /** A new array of `shape` holding the first (product of shape) items. */
  toArray(shape: number[]): ndarray {
    const out = ndarray._alloc(shape, this.dtype);
    if (out.nbytes) heap.u8.set(new Uint8Array(this.buf, 0, out.nbytes), out._addr());
    return out;
  }
}
