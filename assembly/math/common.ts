// Small lane helpers shared by the vector math library (assembly/math/*).
// Everything is @inline; no state, no allocation.

// Constants: V8 either keeps a v128.const in a register / stack slot or rematerializes it at each
// use (3 instructions: movq imm64, vmovq, vpunpcklqdq). Where that showed in the measurements
// (exp f64, the trig reduction), a splatted constant is kept as 8 (4) bytes of static data,
// `const cX = memory.data<f64>([X])`, and read with L(cX) (one vmovddup at the use); elsewhere
// F(x) / S(x) splats of literals (faster there: measured per function).
/** Splat the 8-byte constant at static address p (f64 or i64 lanes). */
@inline export function L(p: usize): v128 { return v128.load64_splat(p); }
/** Splat the 4-byte constant at static address p (f32 or i32 lanes). */
@inline export function L32(p: usize): v128 { return v128.load32_splat(p); }
/** Keeps the high 32 bits of an f64 (exact head of a two-part split): v128.and(x, L(cHIGH32)). */
export const cHIGH32 = memory.data<u64>([0xffffffff00000000]);
/** The sign bit of an f64: v128.and(x, L(cSIGN)). */
export const cSIGN = memory.data<u64>([0x8000000000000000]);

/** Horner's rule in f64 lanes on the n (2..10) coefficients stored as consecutive f64 at static
 *  address p, highest degree first: (..(c[0] z + c[1]) z + ..) + c[n-1]. n is a compile-time
 *  constant: the unused steps fold away. */
@inline export function polyL(z: v128, p: usize, n: i32): v128 {
  let r = add(mul(L(p), z), L(p + 8));
  if (n > 2) r = add(mul(r, z), L(p + 16));
  if (n > 3) r = add(mul(r, z), L(p + 24));
  if (n > 4) r = add(mul(r, z), L(p + 32));
  if (n > 5) r = add(mul(r, z), L(p + 40));
  if (n > 6) r = add(mul(r, z), L(p + 48));
  if (n > 7) r = add(mul(r, z), L(p + 56));
  if (n > 8) r = add(mul(r, z), L(p + 64));
  if (n > 9) r = add(mul(r, z), L(p + 72));
  return r;
}

/** As polyL (n = 6, 7, 8 or 10), by Estrin's scheme: independent pairs c_i z + c_(i+1) combined with
 *  z^2, z^4, z^8, for a shorter dependency chain than Horner's. */
@inline export function estrinL(z: v128, p: usize, n: i32): v128 {
  const z2 = mul(z, z);
  const z4 = mul(z2, z2);
  if (n == 7) {
    const top = add(mul(L(p), z2), add(mul(L(p + 8), z), L(p + 16)));
    return add(mul(top, z4), add(mul(add(mul(L(p + 24), z), L(p + 32)), z2), add(mul(L(p + 40), z), L(p + 48))));
  }
  const e0 = add(mul(L(p), z), L(p + 8));
  const e2 = add(mul(L(p + 16), z), L(p + 24));
  const e4 = add(mul(L(p + 32), z), L(p + 40));
  if (n == 6) return add(mul(e0, z4), add(mul(e2, z2), e4));
  const e6 = add(mul(L(p + 48), z), L(p + 56));
  if (n == 8) return add(mul(add(mul(e0, z2), e2), z4), add(mul(e4, z2), e6));
  const e8 = add(mul(L(p + 64), z), L(p + 72));
  return add(add(mul(e0, mul(z4, z4)), mul(add(mul(e2, z2), e4), z4)), add(mul(e6, z2), e8));
}

/** f64x2 splat. */
@inline export function F(x: f64): v128 { return f64x2.splat(x); }
/** f32x4 splat. */
@inline export function S(x: f32): v128 { return f32x4.splat(x); }
/** i64x2 splat. */
@inline export function I(x: i64): v128 { return i64x2.splat(x); }
/** i32x4 splat. */
@inline export function J(x: i32): v128 { return i32x4.splat(x); }

/** m ? a : b, lane by lane (m is a lane mask of all ones / all zeros). */
@inline export function sel(m: v128, a: v128, b: v128): v128 { return v128.bitselect(a, b, m); }

// ---------------------------------------------------------------- f64x2 shorthands
@inline export function add(a: v128, b: v128): v128 { return f64x2.add(a, b); }
@inline export function sub(a: v128, b: v128): v128 { return f64x2.sub(a, b); }
@inline export function mul(a: v128, b: v128): v128 { return f64x2.mul(a, b); }
@inline export function div(a: v128, b: v128): v128 { return f64x2.div(a, b); }
/** |a| with the sign of b (sign bit of b). */
@inline export function copysign(a: v128, b: v128): v128 {
  return v128.or(f64x2.abs(a), v128.and(b, I(0x8000000000000000)));
}

// ---------------------------------------------------------------- f32x4 <-> 2 x f64x2
/** Lanes 0, 1 of an f32x4 as f64x2 (exact). */
@inline export function lo32(x: v128): v128 { return f64x2.promote_low_f32x4(x); }
/** Lanes 2, 3 of an f32x4 as f64x2 (exact). */
@inline export function hi32(x: v128): v128 { return f64x2.promote_low_f32x4(i32x4.shuffle(x, x, 2, 3, 2, 3)); }
/** Two f64x2 rounded to one f32x4 (lanes of a, then of b). */
@inline export function join32(a: v128, b: v128): v128 {
  return i32x4.shuffle(f32x4.demote_f64x2_zero(a), f32x4.demote_f64x2_zero(b), 0, 1, 4, 5);
}

/** Per-lane table lookup of a 16-byte entry at base + off (byte offsets in the low 32 bits
 *  of each i64 lane): look0 loads lane 0's entry, look1 lane 1's. */
@inline export function look0(base: usize, off: v128): v128 {
  return v128.load(base + <usize>i32x4.extract_lane(off, 0));
}
@inline export function look1(base: usize, off: v128): v128 {
  return v128.load(base + <usize>i32x4.extract_lane(off, 2));
}
