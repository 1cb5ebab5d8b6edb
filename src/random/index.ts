// np.random: Generator / default_rng on PCG64 (SeedSequence seeding), the legacy RandomState on
// MT19937, and the module-level legacy functions, all producing NumPy's streams bit for bit.
import { SeedSequence } from "./seedseq.js";
import { BitGenerator, PCG64, MT19937 } from "./bitgen.js";
import { Generator, default_rng } from "./generator.js";
import * as legacy from "./legacy.js";
import type { ndarray } from "../ndarray/ndarray.js";

export const random = {
  SeedSequence, BitGenerator, PCG64, MT19937, Generator, default_rng,
  RandomState: legacy.RandomState,
  seed: legacy.seed, get_state: legacy.get_state, set_state: legacy.set_state,
  rand: legacy.rand, randn: legacy.randn, randint: legacy.randint, random_integers: legacy.random_integers,
  random_sample: legacy.random_sample, random: legacy.random, ranf: legacy.ranf, sample: legacy.sample,
  standard_normal: legacy.standard_normal, normal: legacy.normal, uniform: legacy.uniform,
  choice: legacy.choice_, shuffle: legacy.shuffle_, permutation: legacy.permutation_, bytes: legacy.bytes,
  exponential: legacy.exponential, standard_exponential: legacy.standard_exponential,
  get_bit_generator: legacy.get_bit_generator, set_bit_generator: legacy.set_bit_generator,
  ...(legacy.distributions as Record<"standard_gamma" | "gamma" | "beta" | "chisquare" | "f" | "noncentral_chisquare" | "noncentral_f" |
    "standard_cauchy" | "standard_t" | "pareto" | "weibull" | "power" | "laplace" | "gumbel" | "logistic" | "lognormal" |
    "rayleigh" | "wald" | "triangular" | "negative_binomial" | "poisson" | "binomial" | "geometric" | "logseries" | "zipf" |
    "hypergeometric" | "multinomial" | "dirichlet", (...args: unknown[]) => number | ndarray>),
};
