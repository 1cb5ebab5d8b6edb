// np.random's parameterized distributions: out[i] = dist(a[i], b[i], c[i]) for float64 parameter
// vectors read with element steps 0 (one value for all) or 1 (broadcast by TypeScript to the
// output's shape, C order: NumPy's multi-iterator order). Each sampler is NumPy's C draw for draw
// (distributions.c for Generator, legacy-distributions.c for RandomState); they draw through
// `BG`, which serves either bit generator.
import { BG, gen } from "./random_bitgen";
import { normal, expo, legacyGauss } from "./random_fill";
import { log_f64 } from "./math/index";

// Distribution codes (src/random/kernels.ts Dist mirrors them)
export const enum Dist {
  normal = 0, exponential = 1, uniform = 2,
  legacyNormal = 100, legacyExponential = 101,
}

@inline function sample(dist: i32, st: usize, a: f64, b: f64, c: f64): f64 {
  switch (dist) {
    case Dist.normal: return a + b * normal<BG>(st);
    case Dist.exponential: return a * expo<BG>(st);
    case Dist.uniform: return a + b * gen<BG>().f64(st);
    case Dist.legacyNormal: return a + b * legacyGauss(st);
    case Dist.legacyExponential: return a * -log_f64(1.0 - gen<BG>().f64(st));
  }
  return c; // unknown code
}

/** out[i] = dist(a[i*as], b[i*bs], c[i*cs]) as float64, i < n. */
export function randomCont(dist: i32, st: usize, out: usize, n: i32, a: usize, as: i32, b: usize, bs: i32, c: usize, cs: i32): void {
  for (let i = 0; i < n; i++) {
    const x = sample(dist, st,
      load<f64>(a + (<usize>(i * as) << 3)), load<f64>(b + (<usize>(i * bs) << 3)), load<f64>(c + (<usize>(i * cs) << 3)));
    store<f64>(out + (<usize>i << 3), x);
  }
}
