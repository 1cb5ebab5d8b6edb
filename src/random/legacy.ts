// np.random.RandomState (numpy/random/mtrand.pyx): the legacy interface on MT19937, with its own
// algorithms where they differ from Generator's (the polar-method gauss with a cached second
// value, -log(1 - U) exponentials, masked-rejection randint), and the module-level functions
// (np.random.seed, rand, randn, randint, ...) on one global RandomState.
import { ValueError, TypeError as NpTypeError } from "../core/errors.js";
import { params } from "../core/args.js";
import { ndarray } from "../ndarray/ndarray.js";
import { asDType, type DTypeLike } from "../dtype/dtype.js";
import { heap } from "../runtime/memory.js";
import { callable } from "./callable.js";
import { BitGenerator, MT19937, HAS_GAUSS, GAUSS } from "./bitgen.js";
import { Fill, fillArray, asF64, float64, type SizeLike } from "./fill.js";
import { boundedIntegers } from "./bounded.js";
import { uniformDraw } from "./generator.js";
import { choice, shuffle, permutation, randomBytes } from "./permute.js";
import { legacyDistributionMethods } from "./distributions.js";
import type { SharedDistributions } from "./distributions.js";

type State = Record<string, unknown> | unknown[];

class RandomStateImpl {
  /** @internal */
  _bit_generator: BitGenerator;
  /** @internal */
  _st: number;

  constructor(seed: unknown = null) {
    if (seed instanceof BitGenerator) {
      this._bit_generator = seed;
    } else {
      const mt = new MT19937();
      if (seed !== null && seed !== undefined) mt._legacy_seeding(seed);
      this._bit_generator = mt;
    }
    this._st = this._bit_generator._st;
    this.resetGauss();
  }

  /** @internal */ resetGauss(): void {
    heap.dv.setInt32(this._st + HAS_GAUSS, 0, true);
    heap.dv.setFloat64(this._st + GAUSS, 0, true);
  }

  /** seed(seed=None): legacy MT19937 seeding. */
  seed(seed: unknown = null): void {
    if (!(this._bit_generator instanceof MT19937)) throw new NpTypeError("can only re-seed a MT19937 BitGenerator");
    this._bit_generator._legacy_seeding(seed);
    this.resetGauss();
  }

  /** get_state(legacy=True): ('MT19937', key, pos, has_gauss, cached_gaussian), or the dict. */
  get_state(...args: unknown[]): State {
    const p = params<{ legacy?: boolean }>(args, ["legacy"]);
    const st = { ...this._bit_generator.state } as Record<string, unknown>;
    st.has_gauss = heap.dv.getInt32(this._st + HAS_GAUSS, true);
    st.gauss = heap.dv.getFloat64(this._st + GAUSS, true);
    const legacy = (p.legacy ?? true) && st.bit_generator === "MT19937";
    if (!legacy) return st;
    const s = st.state as { key: ndarray; pos: number };
    return ["MT19937", s.key, s.pos, st.has_gauss, st.gauss];
  }

  /** set_state(state): the legacy tuple (3 or 5 entries) or the dict. */
  set_state(state: State): void {
    let st: Record<string, unknown>;
    if (Array.isArray(state)) {
      if (state[0] !== "MT19937") throw new ValueError("set_state can only be used with legacy MT19937 state instances.");
      st = { bit_generator: state[0], state: { key: state[1], pos: state[2] } };
      if (state.length > 3) { st.has_gauss = state[3]; st.gauss = state[4]; }
    } else if (state !== null && typeof state === "object") {
      if (!("bit_generator" in state) || !("state" in state)) throw new ValueError("state dictionary is not valid.");
      st = state;
    } else {
      throw new NpTypeError("state must be a dict or a tuple.");
    }
    this._bit_generator.state = st;
    heap.dv.setFloat64(this._st + GAUSS, Number(st.gauss ?? 0), true);
    heap.dv.setInt32(this._st + HAS_GAUSS, Number(st.has_gauss ?? 0), true);
  }

  /** random_sample(size=None): floats in [0, 1). */
  random_sample(...args: unknown[]): number | ndarray {
    const p = params<{ size?: SizeLike }>(args, ["size"]);
    return fillArray(this, Fill.double, p.size, float64, null);
  }
  random(...args: unknown[]): number | ndarray { return this.random_sample(...args); }

  /** rand(d0, d1, ...) */
  rand(...dims: number[]): number | ndarray { return this.random_sample(dims.length ? dims : null); }

  /** randn(d0, d1, ...) */
  randn(...dims: number[]): number | ndarray { return this.standard_normal(dims.length ? dims : null); }

  /** standard_normal(size=None): the polar-method gauss. */
  standard_normal(...args: unknown[]): number | ndarray {
    const p = params<{ size?: SizeLike }>(args, ["size"]);
    return fillArray(this, Fill.legacyGauss, p.size, float64, null);
  }

  /** standard_exponential(size=None): -log(1 - U). */
  standard_exponential(...args: unknown[]): number | ndarray {
    const p = params<{ size?: SizeLike }>(args, ["size"]);
    return fillArray(this, Fill.legacyExpo, p.size, float64, null);
  }

  /** uniform(low=0.0, high=1.0, size=None) */
  uniform(...args: unknown[]): number | ndarray {
    const p = params<{ low?: unknown; high?: unknown; size?: SizeLike }>(args, ["low", "high", "size"]);
    return uniformDraw(this, p.low ?? 0, p.high ?? 1, p.size, true);
  }

  /** randint(low, high=None, size=None, dtype=int): masked rejection on [low, high). */
  randint(...args: unknown[]): number | boolean | ndarray {
    const p = params<{ low?: unknown; high?: unknown; size?: SizeLike; dtype?: DTypeLike }>(args, ["low", "high", "size", "dtype"]);
    let low = p.low, high = p.high;
    if (high === undefined || high === null) { high = low; low = 0; }
    return boundedIntegers(this, low, high, p.size, asDType(p.dtype ?? "int64"), true, false);
  }

  /** random_integers(low, high=None, size=None): [low, high] (deprecated in NumPy). */
  random_integers(...args: unknown[]): number | ndarray {
    const p = params<{ low?: unknown; high?: unknown; size?: SizeLike }>(args, ["low", "high", "size"]);
    let low = p.low, high = p.high;
    if (high === undefined || high === null) { high = low; low = 1; }
    // randint(low, high + 1): NumPy's open-interval checks and messages
    const up = typeof high === "bigint" ? high + 1n : typeof high === "number" ? Math.trunc(high) + 1 : asF64(high).astype("int64").add(1);
    return boundedIntegers(this, low, up, p.size, asDType("int64"), true, false) as number | ndarray;
  }

  /** choice(a, size=None, replace=True, p=None) */
  choice(...args: unknown[]): unknown {
    const p = params<{ a?: unknown; size?: SizeLike; replace?: boolean; p?: unknown }>(args, ["a", "size", "replace", "p"]);
    return choice(this, p.a, p.size, p.replace ?? true, p.p ?? null, 0, true, true);
  }

  /** shuffle(x): in place along the first axis. */
  shuffle(x: unknown): void { shuffle(this, x, 0); }

  /** permutation(x) */
  permutation(x: unknown): ndarray { return permutation(this, x, 0); }

  /** bytes(length) */
  bytes(length: number): Uint8Array {
    return randomBytes(length, (n) => this.randint(0, 4294967296, n, "uint32") as ndarray);
  }

  toString(): string { return `RandomState(${this._bit_generator instanceof MT19937 ? "MT19937" : "PCG64"})`; }
}

// the parameterized distributions (distributions.ts)
Object.assign(RandomStateImpl.prototype, legacyDistributionMethods);
// its declared type: the distributions it shares with Generator
interface RandomStateImpl extends SharedDistributions {}

export type RandomState = RandomStateImpl;
/** np.random.RandomState(seed=None) */
export const RandomState = callable(RandomStateImpl);

// ---------------------------------------------------------------- module-level functions

let global: RandomStateImpl | null = null;
/** The global RandomState behind np.random.seed, rand, ... (seeded from OS entropy on first use). */
const rs = (): RandomStateImpl => (global ??= new RandomStateImpl());

type Method = { [K in keyof RandomStateImpl]: RandomStateImpl[K] extends (...a: never[]) => unknown ? K : never }[keyof RandomStateImpl];
const bound = <K extends Method>(k: K): RandomStateImpl[K] =>
  ((...a: unknown[]) => (rs()[k] as (...x: unknown[]) => unknown)(...a)) as RandomStateImpl[K];

export const seed = bound("seed");
export const get_state = bound("get_state");
export const set_state = bound("set_state");
export const rand = bound("rand");
export const randn = bound("randn");
export const randint = bound("randint");
export const random_integers = bound("random_integers");
export const random_sample = bound("random_sample");
export const random = bound("random_sample");
export const ranf = bound("random_sample");
export const sample = bound("random_sample");
export const standard_normal = bound("standard_normal");
export const normal = bound("normal");
export const uniform = bound("uniform");
export const choice_ = bound("choice");
export const shuffle_ = bound("shuffle");
export const permutation_ = bound("permutation");
export const bytes = bound("bytes");
export const exponential = bound("exponential");
export const standard_exponential = bound("standard_exponential");
/** np.random.gamma, beta, ...: the global RandomState's distributions */
export const distributions = Object.fromEntries(Object.keys(legacyDistributionMethods).map((k) => [k, bound(k as Method)]));

/** get_bit_generator(): the global RandomState's bit generator. */
export const get_bit_generator = (): BitGenerator => rs()._bit_generator;
/** set_bit_generator(bitgen): the global RandomState draws from bitgen. */
export function set_bit_generator(bitgen: BitGenerator): void { global = new RandomStateImpl(bitgen); }
