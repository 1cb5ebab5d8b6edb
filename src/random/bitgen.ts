// Bit generators: np.random.PCG64 and np.random.MT19937. Each owns a state block in wasm memory
// (layout: assembly/random_bitgen.ts) that the kernels advance in place; the block is freed when
// the object is garbage collected. Seeding and state get/set are one-off work done here (BigInt
// for PCG64's 128-bit words); the draws are in wasm.
import { ValueError, TypeError as NpTypeError } from "../core/errors.js";
import { ndarray } from "../ndarray/ndarray.js";
import { asDType } from "../dtype/dtype.js";
import { array } from "../creation/basic.js";
import { alloc, free, heap } from "../runtime/memory.js";
import { kernels } from "../runtime/wasm.js";
import { callable } from "./callable.js";
import { SeedSequence, type Entropy } from "./seedseq.js";
import { Fill, fillArray, type SizeLike } from "./fill.js";

// state block layout (assembly/random_bitgen.ts)
export const KIND = 0, HAS_UINT32 = 4, UINTEGER = 8, HAS_GAUSS = 12, GAUSS = 16, PCG_STATE = 32, MT_POS = 32, MT_KEY = 48;
export const MT_N = 624;
const BLOCK = 2560;
const KIND_PCG64 = 0, KIND_MT19937 = 1;

const blocks = new FinalizationRegistry<number>((p) => free(p));
const M128 = (1n << 128n) - 1n;
const M64 = (1n << 64n) - 1n;

type Seed = SeedSequence | Entropy | null | undefined;
const toSeedSeq = (seed: Seed): SeedSequence => (seed instanceof SeedSequence ? seed : new SeedSequence((seed ?? null) as Entropy | null));

export abstract class BitGenerator {
  /** @internal address of the state block */
  readonly _st: number;
  /** @internal */
  _seed_seq: SeedSequence | null;

  constructor(seed: Seed, kind: number) {
    this._st = alloc(BLOCK, true);
    blocks.register(this, this._st);
    heap.dv.setInt32(this._st + KIND, kind, true);
    this._seed_seq = toSeedSeq(seed);
  }

  get seed_seq(): SeedSequence | null { return this._seed_seq; }

  abstract get state(): Record<string, unknown>;
  abstract set state(v: Record<string, unknown>);

  /** Child bit generators from the seed sequence's children. */
  spawn(n_children: number): BitGenerator[] {
    if (n_children < 0) throw new ValueError("n_children must be non-negative");
    if (this._seed_seq === null) throw new NpTypeError("The underlying SeedSequence does not implement spawning.");
    const C = this.constructor as new (s: SeedSequence) => BitGenerator;
    return this._seed_seq.spawn(n_children).map((s) => new C(s));
  }

  /** random_raw(size=None, output=True): raw 64-bit words (uint64). */
  random_raw(size: SizeLike = null, output = true): unknown {
    const r = fillArray(this, Fill.raw, size, asDType("uint64"), null);
    return output ? r : null;
  }
}

/** 128-bit words at a PCG64 block offset (two u64, high first). */
function get128(st: number, off: number): bigint {
  return (heap.dv.getBigUint64(st + off, true) << 64n) | heap.dv.getBigUint64(st + off + 8, true);
}
function set128(st: number, off: number, v: bigint): void {
  heap.dv.setBigUint64(st + off, (v >> 64n) & M64, true);
  heap.dv.setBigUint64(st + off + 8, v & M64, true);
}
const MUL = (2549297995355413924n << 64n) + 4865540595714422341n;

class PCG64Impl extends BitGenerator {
  constructor(seed: Seed = null) {
    super(seed, KIND_PCG64);
    // pcg64_set_seed with generate_state(4, uint64): state = w0:w1, inc = w2:w3
    const words = this._seed_seq!._words(8);
    const u64 = (k: number) => (BigInt(words[2 * k + 1]) << 32n) | BigInt(words[2 * k]);
    const initstate = (u64(0) << 64n) | u64(1), initseq = (u64(2) << 64n) | u64(3);
    // pcg_setseq_128_srandom_r: state = 0, inc = initseq << 1 | 1, step, state += initstate, step
    const inc = ((initseq << 1n) | 1n) & M128;
    let s = inc;
    s = (s + initstate) & M128;
    s = (s * MUL + inc) & M128;
    set128(this._st, PCG_STATE, s);
    set128(this._st, PCG_STATE + 16, inc);
  }

  get state(): Record<string, unknown> {
    const st = this._st;
    return {
      bit_generator: "PCG64",
      state: { state: get128(st, PCG_STATE), inc: get128(st, PCG_STATE + 16) },
      has_uint32: heap.dv.getInt32(st + HAS_UINT32, true),
      uinteger: heap.dv.getUint32(st + UINTEGER, true),
    };
  }

  set state(value: Record<string, unknown>) {
    if (value === null || typeof value !== "object" || Array.isArray(value)) throw new NpTypeError("state must be a dict");
    if (value.bit_generator !== "PCG64") throw new ValueError("state must be for a PCG64 RNG");
    const s = value.state as { state: bigint | number; inc: bigint | number };
    set128(this._st, PCG_STATE, BigInt(s.state) & M128);
    set128(this._st, PCG_STATE + 16, BigInt(s.inc) & M128);
    heap.dv.setInt32(this._st + HAS_UINT32, Number(value.has_uint32), true);
    heap.dv.setUint32(this._st + UINTEGER, Number(value.uinteger), true);
  }

  /** advance(delta): as if delta draws had been made (delta wraps mod 2^128); returns this. */
  advance(delta: bigint | number): this {
    const d = BigInt.asUintN(128, BigInt(delta));
    kernels.k.random_pcg64_advance(this._st, BigInt.asIntN(64, d >> 64n), BigInt.asIntN(64, d & M64));
    heap.dv.setInt32(this._st + HAS_UINT32, 0, true);
    heap.dv.setUint32(this._st + UINTEGER, 0, true);
    return this;
  }

  /** jumped(jumps=1): a new PCG64 advanced by jumps * (phi - 1) * 2^128. */
  jumped(jumps: bigint | number = 1): PCG64Impl {
    const g = new PCG64Impl();
    g.state = this.state;
    return g.advance(0x9e3779b97f4a7c15f39cc0605cedc835n * BigInt(jumps));
  }
}

class MT19937Impl extends BitGenerator {
  constructor(seed: Seed = null) {
    super(seed, KIND_MT19937);
    const val = this._seed_seq!._words(MT_N);
    const key = this.key();
    key[0] = 0x80000000; // MSB is 1: a non-zero initial array
    for (let i = 1; i < MT_N; i++) key[i] = val[i];
    heap.dv.setInt32(this._st + MT_POS, MT_N - 1, true); // NumPy leaves pos at 623
  }

  /** @internal the 624 key words as a live view (valid until memory grows) */
  key(): Uint32Array { return new Uint32Array(heap.u8.buffer, this._st + MT_KEY, MT_N); }

  /** mt19937_seed: Knuth's linear recurrence from one 32-bit word. */
  /** @internal */ seedWord(s: number): void {
    const key = this.key();
    for (let pos = 0; pos < MT_N; pos++) {
      key[pos] = s;
      s = (Math.imul(1812433253, (s ^ (s >>> 30)) >>> 0) + pos + 1) >>> 0;
    }
    this.resetPos(MT_N);
  }

  /** @internal */ resetPos(pos: number): void {
    heap.dv.setInt32(this._st + MT_POS, pos, true);
    heap.dv.setInt32(this._st + HAS_GAUSS, 0, true);
    heap.dv.setFloat64(this._st + GAUSS, 0, true);
  }

  /** mt19937_init_by_array */
  /** @internal */ seedArray(init: readonly number[]): void {
    this.seedWord(19650218);
    const mt = this.key(), len = init.length;
    let i = 1, j = 0;
    for (let k = Math.max(MT_N, len); k; k--) {
      const p = (mt[i - 1] ^ (mt[i - 1] >>> 30)) >>> 0;
      mt[i] = (((mt[i] ^ Math.imul(p, 1664525)) >>> 0) + init[j] + j) >>> 0;
      i++; j++;
      if (i >= MT_N) { mt[0] = mt[MT_N - 1]; i = 1; }
      if (j >= len) j = 0;
    }
    for (let k = MT_N - 1; k; k--) {
      const p = (mt[i - 1] ^ (mt[i - 1] >>> 30)) >>> 0;
      mt[i] = (((mt[i] ^ Math.imul(p, 1566083941)) >>> 0) - i) >>> 0;
      i++;
      if (i >= MT_N) { mt[0] = mt[MT_N - 1]; i = 1; }
    }
    mt[0] = 0x80000000;
    this.resetPos(MT_N);
  }

  /** _legacy_seeding(seed): RandomState's seeding (an int in [0, 2^32), a 1-d array, or None). */
  _legacy_seeding(seed: unknown): void {
    if (seed === null || seed === undefined) {
      const val = new SeedSequence()._words(MT_N), key = this.key();
      key[0] = 0x80000000;
      for (let i = 1; i < MT_N; i++) key[i] = val[i];
      this.resetPos(MT_N);
    } else if (typeof seed === "number" || typeof seed === "bigint" || (seed instanceof ndarray && seed.size === 1 && seed.dtype.kind !== "f")) {
      const v = seed instanceof ndarray ? Number(seed.ravel().item()) : seed;
      if (typeof v === "number" && !Number.isInteger(v)) throw new NpTypeError("Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'");
      if (v < 0 || v > 0xffffffff) throw new ValueError("Seed must be between 0 and 2**32 - 1");
      this.seedWord(Number(v));
    } else {
      const obj = seed instanceof ndarray ? seed : array(seed as number[]);
      if (obj.size === 0) throw new ValueError("Seed must be non-empty");
      if (obj.dtype.kind === "f") throw new NpTypeError(`Cannot cast array data from dtype('${obj.dtype.name}') to dtype('int64') according to the rule 'safe'`);
      if (obj.ndim !== 1) throw new ValueError("Seed array must be 1-d");
      const vals = (obj.tolist() as number[]).map(Number);
      if (vals.some((v) => v < 0 || v > 0xffffffff)) throw new ValueError("Seed must be between 0 and 2**32 - 1");
      this.seedArray(vals);
    }
    this._seed_seq = null;
  }

  get state(): Record<string, unknown> {
    return {
      bit_generator: "MT19937",
      state: { key: array(Array.from(this.key()), "uint32"), pos: heap.dv.getInt32(this._st + MT_POS, true) },
    };
  }

  set state(value: Record<string, unknown> | unknown[]) {
    if (Array.isArray(value)) {
      if (value[0] !== "MT19937" || (value.length !== 3 && value.length !== 5)) throw new ValueError("state is not a legacy MT19937 state");
      value = { bit_generator: "MT19937", state: { key: value[1], pos: value[2] } };
    }
    if (value === null || typeof value !== "object") throw new NpTypeError("state must be a dict");
    const v = value as Record<string, unknown>;
    if (v.bit_generator !== "MT19937") throw new ValueError("state must be for a MT19937 PRNG");
    const s = v.state as { key: unknown; pos: number };
    const k = s.key instanceof ndarray ? (s.key.ravel().tolist() as number[]) : (s.key as number[]);
    if (k.length !== MT_N) throw new ValueError(`could not broadcast input array from shape (${k.length},) into shape (${MT_N},)`);
    const key = this.key();
    for (let i = 0; i < MT_N; i++) key[i] = Number(k[i]) >>> 0;
    heap.dv.setInt32(this._st + MT_POS, Number(s.pos), true);
  }
}

export type PCG64 = PCG64Impl;
export type MT19937 = MT19937Impl;
/** np.random.PCG64(seed=None) */
export const PCG64 = callable(PCG64Impl);
/** np.random.MT19937(seed=None) */
export const MT19937 = callable(MT19937Impl);
