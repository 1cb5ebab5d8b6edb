// np's window functions and np.i0 (the Bessel function kaiser needs), gathered for src/np.ts.
export { bartlett, blackman, hamming, hanning, kaiser } from "./windows.js";
export { i0 } from "./i0.js";
