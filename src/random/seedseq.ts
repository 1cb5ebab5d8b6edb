// np.random.SeedSequence (numpy/random/bit_generator.pyx): entropy (an int, a sequence of ints,
// or fresh OS entropy) hashed into a pool of 32-bit words, from which bit generators draw their
// initial state. All arithmetic is on uint32 (Math.imul, >>> 0), as NumPy's C.
import { ValueError, TypeError as NpTypeError } from "../core/errors.js";
import { ndarray } from "../ndarray/ndarray.js";
import { array } from "../creation/basic.js";
import { asDType } from "../dtype/dtype.js";
import { callable } from "./callable.js";

const POOL_SIZE = 4;
const INIT_A = 0x43b0d7e5, MULT_A = 0x931e8875, INIT_B = 0x8b51f9dd, MULT_B = 0x58f38ded;
const MIX_MULT_L = 0xca01f9dd, MIX_MULT_R = 0x4973f715;

/** A Python int as JS: a number (exact when integral) or a BigInt. */
export type PyInt = number | bigint;
export type Entropy = PyInt | string | readonly (PyInt | string)[] | ndarray;

/** _int_to_uint32_array: the words of a non-negative integer, lowest first ([0] for 0). */
function intWords(x: PyInt): number[] {
  let n = typeof x === "bigint" ? x : BigInt(x);
  if (n < 0n) throw new ValueError("expected non-negative integer");
  if (n === 0n) return [0];
  const out: number[] = [];
  while (n > 0n) { out.push(Number(n & 0xffffffffn)); n >>= 32n; }
  return out;
}

function isPyInt(x: unknown): x is PyInt {
  return typeof x === "bigint" || (typeof x === "number" && Number.isInteger(x));
}

/** _coerce_to_uint32_array */
function coerce(x: unknown): number[] {
  if (x instanceof ndarray) {
    if (x.dtype.kind === "f" || x.dtype.kind === "c") throw new NpTypeError("seed must be integer");
    const flat = x.ravel().tolist() as (number | boolean)[];
    return x.dtype.name === "uint32" ? flat.map(Number) : coerce(flat.map(Number));
  }
  if (typeof x === "string") {
    if (x.startsWith("0x")) x = BigInt(x);
    else if (/^\d+$/.test(x)) x = BigInt(x);
    else throw new ValueError("unrecognized seed string");
  }
  if (isPyInt(x)) return intWords(x);
  if (typeof x === "number" || typeof x === "boolean") throw new NpTypeError("seed must be integer");
  if (!Array.isArray(x)) throw new NpTypeError(`'${typeof x}' object is not iterable`);
  const out: number[] = [];
  for (const v of x) {
    if (Array.isArray(v) || v instanceof ndarray) throw new NpTypeError("SeedSequence does not accept nested sequences.");
    out.push(...coerce(v));
  }
  return out;
}

function hashmix(value: number, h: { c: number }): number {
  value = (value ^ h.c) >>> 0;
  h.c = Math.imul(h.c, MULT_A) >>> 0;
  value = Math.imul(value, h.c) >>> 0;
  return (value ^ (value >>> 16)) >>> 0;
}

function mix(x: number, y: number): number {
  const r = (Math.imul(MIX_MULT_L, x) - Math.imul(MIX_MULT_R, y)) >>> 0;
  return (r ^ (r >>> 16)) >>> 0;
}

/** 128 bits from the OS (Web Crypto: Node and browsers), as SeedSequence() draws them. */
export function osEntropy(bits: number): bigint {
  const w = new Uint32Array(bits / 32);
  globalThis.crypto.getRandomValues(w);
  let n = 0n;
  for (let i = w.length - 1; i >= 0; i--) n = (n << 32n) | BigInt(w[i]);
  return n;
}

export interface SeedSequenceOptions { spawn_key?: readonly PyInt[]; pool_size?: number; n_children_spawned?: number }

class SeedSequenceImpl {
  readonly entropy: Entropy;
  readonly spawn_key: readonly PyInt[];
  readonly pool_size: number;
  n_children_spawned: number;
  /** the mixed pool (uint32 words) */
  readonly _pool: Uint32Array;

  constructor(entropy: Entropy | null = null, opts: SeedSequenceOptions = {}) {
    const poolSize = opts.pool_size ?? POOL_SIZE;
    if (poolSize < POOL_SIZE) throw new ValueError(`The size of the entropy pool should be at least ${POOL_SIZE}`);
    if (entropy === null || entropy === undefined) entropy = osEntropy(poolSize * 32);
    else if (!(isPyInt(entropy) || Array.isArray(entropy) || entropy instanceof ndarray)) {
      throw new NpTypeError(`SeedSequence expects int or sequence of ints for entropy not ${String(entropy)}`);
    }
    this.entropy = entropy;
    this.spawn_key = [...(opts.spawn_key ?? [])];
    this.pool_size = poolSize;
    this.n_children_spawned = opts.n_children_spawned ?? 0;
    this._pool = new Uint32Array(poolSize);
    this.mixEntropy(this.assembledEntropy());
  }

  /** @internal */ assembledEntropy(): number[] {
    let run = coerce(this.entropy);
    const spawn = coerce(this.spawn_key);
    // pad the run entropy to the pool size when there is a spawn key (gh-16539)
    if (spawn.length > 0 && run.length < this.pool_size) run = [...run, ...new Array<number>(this.pool_size - run.length).fill(0)];
    return [...run, ...spawn];
  }

  /** @internal */ mixEntropy(e: number[]): void {
    const m = this._pool, h = { c: INIT_A };
    for (let i = 0; i < m.length; i++) m[i] = hashmix(i < e.length ? e[i] : 0, h);
    for (let s = 0; s < m.length; s++) {
      for (let d = 0; d < m.length; d++) if (s !== d) m[d] = mix(m[d], hashmix(m[s], h));
    }
    for (let s = m.length; s < e.length; s++) {
      for (let d = 0; d < m.length; d++) m[d] = mix(m[d], hashmix(e[s], h));
    }
  }

  get pool(): ndarray { return array(Array.from(this._pool), "uint32"); }

  /** n uint32 words of state. */
  _words(n: number): Uint32Array {
    const out = new Uint32Array(n);
    let h = INIT_B;
    for (let i = 0; i < n; i++) {
      let v = (this._pool[i % this._pool.length] ^ h) >>> 0;
      h = Math.imul(h, MULT_B) >>> 0;
      v = Math.imul(v, h) >>> 0;
      out[i] = (v ^ (v >>> 16)) >>> 0;
    }
    return out;
  }

  /** generate_state(n_words, dtype=uint32): uint64 words are pairs of uint32, low word first. */
  generate_state(n_words: number, dtype: unknown = "uint32"): ndarray {
    const name = typeof dtype === "string" ? dtype : String(dtype);
    const wide = name === "uint64" || name === "u8" || name === "<u8";
    if (!wide && name !== "uint32" && name !== "u4" && name !== "<u4") throw new ValueError("only support uint32 or uint64");
    const w = this._words(wide ? 2 * n_words : n_words);
    if (!wide) return array(Array.from(w), "uint32");
    const out = ndarray._alloc([n_words], asDType("uint64"));
    (out.data as BigUint64Array).set(Array.from({ length: n_words }, (_, i) => (BigInt(w[2 * i + 1]) << 32n) | BigInt(w[2 * i])));
    return out;
  }

  spawn(n_children: number): SeedSequenceImpl[] {
    if (n_children < 0) throw new ValueError("n_children must be non-negative");
    const out: SeedSequenceImpl[] = [];
    for (let i = this.n_children_spawned; i < this.n_children_spawned + n_children; i++) {
      out.push(new SeedSequenceImpl(this.entropy, { spawn_key: [...this.spawn_key, i], pool_size: this.pool_size }));
    }
    this.n_children_spawned += n_children;
    return out;
  }

  get state(): Record<string, unknown> {
    return { entropy: this.entropy, spawn_key: this.spawn_key, pool_size: this.pool_size, n_children_spawned: this.n_children_spawned };
  }
}

export type SeedSequence = SeedSequenceImpl;
/** np.random.SeedSequence(entropy=None, { spawn_key, pool_size, n_children_spawned }) */
export const SeedSequence = callable(SeedSequenceImpl);
