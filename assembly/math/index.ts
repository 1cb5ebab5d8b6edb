// numwasm vector math library: the transcendental functions of the real-valued ufuncs, on
// WebAssembly SIMD lanes, for the unary / binary kernel families (assembly/unary.ts, ops*.ts).
//
// API (stable names; every function is @inline, pure, allocation-free):
//
//   F_f64x2(x: v128): v128     2 f64 lanes          F_f64(x: f64): f64   one element
//   F_f32x4(x: v128): v128     4 f32 lanes          F_f32(x: f32): f32   one element
//   binary F: the same with two arguments, F_f64x2(x, y) etc. (arctan2 takes (y, x) like NumPy)
//
// The scalar forms run the vector code on a splatted lane, so SIMD bodies and scalar tails give
// bit-identical results. Rare lanes (huge trig arguments, overflow / underflow, zeros / inf / NaN)
// are handled inside under a mask test, so callers need no special-casing.
//
//   unary  F: exp exp2 expm1 log log2 log10 log1p sin cos tan arcsin arccos arctan
//             sinh cosh tanh arcsinh arccosh arctanh cbrt
//   binary F: arctan2 pow hypot logaddexp logaddexp2
//
// Semantics are C99 Annex F / NumPy's (nan in -> nan out, signed zeros, +-inf, domain errors give
// NaN without traps; NaN payload / sign bits are not specified). Accuracy: <= 2 ulp in both dtypes
// except logaddexp / logaddexp2 next to a zero result (NumPy's formula, absolute error ~1 ulp of
// ln 2 there; see test/gen/ulp_sweep.py for the measured table).
// float64: fdlibm / musl / ARM optimized-routines algorithms without FMA (see each file);
// float32: exp, exp2, expm1, log, log2, log10, sinh, cosh natively on f32x4 (<= ~1.7 ulp; the
// overflow range of expm1 / sinh / cosh in f64 lanes); sin, cos reduced by pi in f64 lanes with
// one odd polynomial; tanh a rational in f64 lanes; tan in f64 lanes with float-accuracy
// polynomials (musl's __sindf / __cosdf); arcsin, arccos, arctan, arctan2, log1p and the inverse
// hyperbolics in f64 lanes with float-accuracy polynomials; cbrt, pow and hypot evaluate the f64
// algorithm on two f64x2 halves (f32 -> f64 is exact, so the result is the f64 value rounded once
// more).
// Also exported for sibling modules: expScaled (e^(x + xlo) * 2^-adj), expFast32 / expm1Fast32
// (e^x / expm1 for f32 lanes with |x| <= 124 ln2).
//
// Test / benchmark driver: math_eval in ./eval.ts (fn numbering documented there).
export * from "./atrig";
export * from "./exp";
export * from "./hyp";
export * from "./log";
export * from "./misc";
export * from "./pow";
export * from "./trig";
