// Scalar reads and writes of one element at a byte address, for item()/get()/set()/tolist().
// Bulk data never goes through here: it moves through the kernels.
import { Code, type DType } from "../dtype/dtype.js";
import { heap } from "../runtime/memory.js";

export type Scalar = number | bigint | boolean;

/** Read as JS value: number for numeric dtypes (64-bit ints rounded to the nearest double), boolean for bool. */
export function readNumber(code: Code, addr: number): number | boolean {
  switch (code) {
    case Code.bool: return heap.u8[addr] !== 0;
    case Code.int8: return heap.i8[addr];
    case Code.uint8: return heap.u8[addr];
    case Code.int16: return addr & 1 ? heap.dv.getInt16(addr, true) : heap.i16[addr >>> 1];
    case Code.uint16: return addr & 1 ? heap.dv.getUint16(addr, true) : heap.u16[addr >>> 1];
    case Code.int32: return addr & 3 ? heap.dv.getInt32(addr, true) : heap.i32[addr >>> 2];
    case Code.uint32: return addr & 3 ? heap.dv.getUint32(addr, true) : heap.u32[addr >>> 2];
    case Code.int64: return Number(readI64(addr));
    case Code.uint64: return Number(readU64(addr));
    case Code.float32: return addr & 3 ? heap.dv.getFloat32(addr, true) : heap.f32[addr >>> 2];
    case Code.float64: return addr & 7 ? heap.dv.getFloat64(addr, true) : heap.f64[addr >>> 3];
  }
  throw new Error(`numwasm: no scalar read for dtype code ${code}`);
}

/** Exact read: bigint for 64-bit integers (printing needs every digit). */
export function readExact(code: Code, addr: number): Scalar {
  if (code === Code.int64) return readI64(addr);
  if (code === Code.uint64) return readU64(addr);
  return readNumber(code, addr);
}

// Elements are aligned unless a.view() reinterpreted memory at an odd offset (NumPy allows
// unaligned arrays): those go through the DataView, which takes any address.
const readI64 = (addr: number): bigint => (addr & 7 ? heap.dv.getBigInt64(addr, true) : heap.i64[addr >>> 3]);
const readU64 = (addr: number): bigint => (addr & 7 ? heap.dv.getBigUint64(addr, true) : heap.u64[addr >>> 3]);

/** Write a JS value already checked/converted for the dtype (unsafe C-style conversion). */
export function writeScalar(dtype: DType, addr: number, v: Scalar): void {
  switch (dtype.code) {
    case Code.bool: heap.u8[addr] = v !== 0 && v !== false && v !== 0n ? 1 : 0; return; // NaN is true
    case Code.int8: heap.i8[addr] = toIntBits(v); return;
    case Code.uint8: heap.u8[addr] = toIntBits(v); return;
    case Code.int16: case Code.uint16:
      if (addr & 1) heap.dv.setInt16(addr, toIntBits(v), true); else heap.i16[addr >>> 1] = toIntBits(v);
      return;
    case Code.int32: case Code.uint32:
      if (addr & 3) heap.dv.setInt32(addr, toIntBits(v), true); else heap.i32[addr >>> 2] = toIntBits(v);
      return;
    case Code.int64: case Code.uint64:
      if (addr & 7) heap.dv.setBigInt64(addr, toBig(v), true); else heap.i64[addr >>> 3] = toBig(v); // both wrap mod 2^64
      return;
    case Code.float32: if (addr & 3) heap.dv.setFloat32(addr, Number(v), true); else heap.f32[addr >>> 2] = Number(v); return;
    case Code.float64: if (addr & 7) heap.dv.setFloat64(addr, Number(v), true); else heap.f64[addr >>> 3] = Number(v); return;
  }
  throw new Error(`numwasm: no scalar write for dtype code ${dtype.code}`);
}

// Integer stores wrap modulo 2^bits; non-finite floats become 0 here (callers that need NumPy's
// float→int cast semantics go through the cast kernel instead).
function toIntBits(v: Scalar): number {
  if (typeof v === "bigint") return Number(BigInt.asIntN(32, v));
  const n = typeof v === "boolean" ? +v : Math.trunc(v);
  return Number.isFinite(n) ? (Math.abs(n) < 2 ** 31 ? n : Number(BigInt.asIntN(32, BigInt(n)))) : 0;
}
function toBig(v: Scalar): bigint {
  if (typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1n : 0n;
  const n = Math.trunc(v);
  return Number.isFinite(n) ? BigInt(n) : 0n;
}
