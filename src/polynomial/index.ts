// np's polynomial functions of the old API (coefficients highest power first), gathered for
// src/np.ts. Not here: roots and polyfit (eigvals, lstsq), the poly1d class, and poly of a
// matrix (its characteristic polynomial needs eigvals).
export { polyadd, polysub, polymul, polydiv } from "./arithmetic.js";
export { polyder, polyint } from "./calculus.js";
export { polyval, vander } from "./evaluate.js";
export { poly } from "./poly.js";
