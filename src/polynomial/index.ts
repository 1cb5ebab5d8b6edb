// np's polynomial functions of the old API (coefficients highest power first), gathered for
// src/np.ts. Not here: poly (a matrix's characteristic polynomial needs eigvals), roots and
// polyfit (eigvals, lstsq), and the poly1d class.
export { polyadd, polysub, polymul, polydiv } from "./arithmetic.js";
export { polyder, polyint } from "./calculus.js";
export { polyval, vander } from "./evaluate.js";
