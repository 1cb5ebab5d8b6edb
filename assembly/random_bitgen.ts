// The bit generators of np.random (NumPy's bitgen_t): PCG64 (XSL-RR 128/64) and MT19937. Their
// state is a block of linear memory owned by the TypeScript object (src/random/bitgen.ts); the
// layout is shared with TS through the offsets below. Draws advance that state in place.
//
// Two ways to draw: `BG` reads the kind code in the block and branches (one predictable branch
// per draw: what every distribution kernel uses, so each exists once for both generators), and
// `Pcg` / `Mt`, the kind fixed at compile time, for the few hot fill loops, instantiated with
// a switch on the kind at their entry (`withGen`).

// ---- state block layout (bytes; src/random/bitgen.ts mirrors it) ----
export const KIND = 0;        // i32: 0 PCG64, 1 MT19937
export const HAS_UINT32 = 4;  // i32: PCG64 keeps the high half of a 64-bit draw for next_uint32
export const UINTEGER = 8;    // u32
export const HAS_GAUSS = 12;  // i32: the legacy (RandomState) gauss cache
export const GAUSS = 16;      // f64
export const PCG_STATE = 32;  // u64 state hi, lo, inc hi, lo
export const MT_POS = 32;     // i32
export const MT_KEY = 48;     // u32[624]
export const MT_N = 624;

export const KIND_PCG64 = 0;
export const KIND_MT19937 = 1;

// PCG's default 128-bit multiplier, 2549297995355413924 * 2^64 + 4865540595714422341
const MUL_HI: u64 = 2549297995355413924;
const MUL_LO: u64 = 4865540595714422341;

/** The high 64 bits of the 128-bit product a * b (wasm has no 64x64->128 multiply). */
@inline export function mulhi64(a: u64, b: u64): u64 {
  const a0 = a & 0xffffffff, a1 = a >> 32, b0 = b & 0xffffffff, b1 = b >> 32;
  const p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  const mid = (p00 >> 32) + (p01 & 0xffffffff) + (p10 & 0xffffffff);
  return p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
}

/** PCG64: state = state * MUL + inc (mod 2^128), then the XSL-RR output of the new state. */
@inline function pcgNext64(st: usize): u64 {
  const shi = load<u64>(st, PCG_STATE), slo = load<u64>(st, PCG_STATE + 8);
  const ihi = load<u64>(st, PCG_STATE + 16), ilo = load<u64>(st, PCG_STATE + 24);
  const plo = slo * MUL_LO;
  const phi = mulhi64(slo, MUL_LO) + slo * MUL_HI + shi * MUL_LO;
  const lo = plo + ilo;
  const hi = phi + ihi + (lo < plo ? 1 : 0);
  store<u64>(st, hi, PCG_STATE);
  store<u64>(st, lo, PCG_STATE + 8);
  return rotr<u64>(hi ^ lo, hi >> 58);
}

@inline function pcgNext32(st: usize): u32 {
  if (load<i32>(st, HAS_UINT32)) {
    store<i32>(st, 0, HAS_UINT32);
    return load<u32>(st, UINTEGER);
  }
  const r = pcgNext64(st);
  store<i32>(st, 1, HAS_UINT32);
  store<u32>(st, <u32>(r >> 32), UINTEGER);
  return <u32>r;
}

/** MT19937's regeneration of all 624 words (mt19937_gen). */
function mtGen(st: usize): void {
  const key = st + MT_KEY;
  const UPPER: u32 = 0x80000000, LOWER: u32 = 0x7fffffff, A: u32 = 0x9908b0df;
  let i = 0;
  for (; i < MT_N - 397; i++) {
    const y = (load<u32>(key + (<usize>i << 2)) & UPPER) | (load<u32>(key + (<usize>(i + 1) << 2)) & LOWER);
    store<u32>(key + (<usize>i << 2), load<u32>(key + (<usize>(i + 397) << 2)) ^ (y >> 1) ^ (-(y & 1) & A));
  }
  for (; i < MT_N - 1; i++) {
    const y = (load<u32>(key + (<usize>i << 2)) & UPPER) | (load<u32>(key + (<usize>(i + 1) << 2)) & LOWER);
    store<u32>(key + (<usize>i << 2), load<u32>(key + (<usize>(i + 397 - MT_N) << 2)) ^ (y >> 1) ^ (-(y & 1) & A));
  }
  const y = (load<u32>(key + ((MT_N - 1) << 2)) & UPPER) | (load<u32>(key) & LOWER);
  store<u32>(key + ((MT_N - 1) << 2), load<u32>(key + (396 << 2)) ^ (y >> 1) ^ (-(y & 1) & A));
  store<i32>(st, 0, MT_POS);
}

@inline function mtNext32(st: usize): u32 {
  let pos = load<i32>(st, MT_POS);
  if (pos == MT_N) { mtGen(st); pos = 0; }
  let y = load<u32>(st + MT_KEY + (<usize>pos << 2));
  store<i32>(st, pos + 1, MT_POS);
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >> 18;
  return y;
}

/** A bit generator whose kind is known at compile time (the hot fill loops). */
@final export class Pcg {
  @inline u64(st: usize): u64 { return pcgNext64(st); }
  @inline u32(st: usize): u32 { return pcgNext32(st); }
  @inline f64(st: usize): f64 { return <f64>(pcgNext64(st) >> 11) * (1.0 / 9007199254740992.0); }
}
@final export class Mt {
  @inline u64(st: usize): u64 { const hi = <u64>mtNext32(st); return (hi << 32) | <u64>mtNext32(st); }
  @inline u32(st: usize): u32 { return mtNext32(st); }
  @inline f64(st: usize): f64 {
    const a = mtNext32(st) >> 5, b = mtNext32(st) >> 6;
    return (<f64>a * 67108864.0 + <f64>b) / 9007199254740992.0;
  }
}
/** Either, by the kind code in the state block: NumPy's bitgen_t calls through function pointers. */
@final export class BG {
  @inline u64(st: usize): u64 { return load<i32>(st, KIND) == KIND_PCG64 ? pcgNext64(st) : kernel_mt().u64(st); }
  @inline u32(st: usize): u32 { return load<i32>(st, KIND) == KIND_PCG64 ? pcgNext32(st) : mtNext32(st); }
  @inline f64(st: usize): f64 { return load<i32>(st, KIND) == KIND_PCG64 ? kernel_pcg().f64(st) : kernel_mt().f64(st); }
}
@inline function kernel_mt(): Mt { return changetype<Mt>(0); }
@inline function kernel_pcg(): Pcg { return changetype<Pcg>(0); }
@inline export function gen<G>(): G { return changetype<G>(0); }

/** next_float: 24 random bits scaled to [0, 1). */
@inline export function nextF32<G>(st: usize): f32 { return <f32>(gen<G>().u32(st) >> 8) * (<f32>1.0 / <f32>16777216.0); }

/** PCG64 advance by delta (mod 2^128): Brown's jump-ahead for an LCG, as pcg_advance_lcg_128. */
export function pcg64_advance(st: usize, dhi: u64, dlo: u64): void {
  let curMulHi = MUL_HI, curMulLo = MUL_LO;
  let curPlusHi = load<u64>(st, PCG_STATE + 16), curPlusLo = load<u64>(st, PCG_STATE + 24);
  let accMulHi: u64 = 0, accMulLo: u64 = 1, accPlusHi: u64 = 0, accPlusLo: u64 = 0;
  while (dhi != 0 || dlo != 0) {
    if (dlo & 1) {
      // acc_mult *= cur_mult; acc_plus = acc_plus * cur_mult + cur_plus
      const mlo = accMulLo * curMulLo;
      const mhi = mulhi64(accMulLo, curMulLo) + accMulLo * curMulHi + accMulHi * curMulLo;
      accMulHi = mhi; accMulLo = mlo;
      const plo = accPlusLo * curMulLo;
      const phi = mulhi64(accPlusLo, curMulLo) + accPlusLo * curMulHi + accPlusHi * curMulLo;
      accPlusLo = plo + curPlusLo;
      accPlusHi = phi + curPlusHi + (accPlusLo < plo ? 1 : 0);
    }
    // cur_plus = (cur_mult + 1) * cur_plus; cur_mult *= cur_mult
    const m1lo = curMulLo + 1, m1hi = curMulHi + (m1lo == 0 ? 1 : 0);
    const nplo = m1lo * curPlusLo;
    const nphi = mulhi64(m1lo, curPlusLo) + m1lo * curPlusHi + m1hi * curPlusLo;
    curPlusHi = nphi; curPlusLo = nplo;
    const nmlo = curMulLo * curMulLo;
    const nmhi = mulhi64(curMulLo, curMulLo) + 2 * curMulLo * curMulHi;
    curMulHi = nmhi; curMulLo = nmlo;
    dlo = (dlo >> 1) | (dhi << 63);
    dhi >>= 1;
  }
  // state = acc_mult * state + acc_plus
  const shi = load<u64>(st, PCG_STATE), slo = load<u64>(st, PCG_STATE + 8);
  const plo = accMulLo * slo;
  const phi = mulhi64(accMulLo, slo) + accMulLo * shi + accMulHi * slo;
  const lo = plo + accPlusLo;
  store<u64>(st, phi + accPlusHi + (lo < plo ? 1 : 0), PCG_STATE);
  store<u64>(st, lo, PCG_STATE + 8);
}

// MUL^2 mod 2^128: two steps at once, t(k+2) = MUL2 t(k) + (MUL + 1) inc
const MUL2_HI: u64 = 1710491942223705148;
const MUL2_LO: u64 = 5953435361322512025;

/** n PCG64 outputs into out as raw u64 words or doubles. The state is held in locals (a store to
 *  out could alias the state block, so the generic loop reloads it every draw) and advanced as two
 *  interleaved chains (even and odd draws, each two steps at a time), whose multiplications the
 *  CPU overlaps; the state written back is the last draw's, as one step at a time gives. */
export function pcgFill64(st: usize, out: usize, n: i32, asDouble: bool): void {
  if (n <= 0) return;
  const ihi = load<u64>(st, PCG_STATE + 16), ilo = load<u64>(st, PCG_STATE + 24);
  // t0 = step(s), t1 = step(t0): the states after draws 0 and 1
  let hi0 = load<u64>(st, PCG_STATE), lo0 = load<u64>(st, PCG_STATE + 8);
  let plo = lo0 * MUL_LO;
  let phi = mulhi64(lo0, MUL_LO) + lo0 * MUL_HI + hi0 * MUL_LO;
  lo0 = plo + ilo; hi0 = phi + ihi + (lo0 < plo ? 1 : 0);
  plo = lo0 * MUL_LO;
  phi = mulhi64(lo0, MUL_LO) + lo0 * MUL_HI + hi0 * MUL_LO;
  let lo1 = plo + ilo, hi1 = phi + ihi + (lo1 < plo ? 1 : 0);
  // C2 = (MUL + 1) * inc
  const m1 = MUL_LO + 1;
  const clo = m1 * ilo, chi = mulhi64(m1, ilo) + m1 * ihi + MUL_HI * ilo;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const r0 = rotr<u64>(hi0 ^ lo0, hi0 >> 58), r1 = rotr<u64>(hi1 ^ lo1, hi1 >> 58);
    if (asDouble) {
      store<f64>(out + (<usize>i << 3), <f64>(r0 >> 11) * (1.0 / 9007199254740992.0));
      store<f64>(out + (<usize>i << 3), <f64>(r1 >> 11) * (1.0 / 9007199254740992.0), 8);
    } else {
      store<u64>(out + (<usize>i << 3), r0);
      store<u64>(out + (<usize>i << 3), r1, 8);
    }
    if (i + 2 >= n) break; // t1 is the last draw's state
    const a = lo0 * MUL2_LO, b = lo1 * MUL2_LO;
    const ah = mulhi64(lo0, MUL2_LO) + lo0 * MUL2_HI + hi0 * MUL2_LO;
    const bh = mulhi64(lo1, MUL2_LO) + lo1 * MUL2_HI + hi1 * MUL2_LO;
    lo0 = a + clo; hi0 = ah + chi + (lo0 < a ? 1 : 0);
    lo1 = b + clo; hi1 = bh + chi + (lo1 < b ? 1 : 0);
  }
  if (i + 1 == n) {
    // n odd: the last draw is chain 0's
    const r0 = rotr<u64>(hi0 ^ lo0, hi0 >> 58);
    if (asDouble) store<f64>(out + (<usize>i << 3), <f64>(r0 >> 11) * (1.0 / 9007199254740992.0));
    else store<u64>(out + (<usize>i << 3), r0);
    hi1 = hi0; lo1 = lo0;
  }
  store<u64>(st, hi1, PCG_STATE);
  store<u64>(st, lo1, PCG_STATE + 8);
}
