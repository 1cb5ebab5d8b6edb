// np's polynomial functions of the old API (coefficients highest power first), gathered for
// src/np.ts. Not here: the poly1d class.
export { polyadd, polysub, polymul, polydiv } from "./arithmetic.js";
export { polyder, polyint } from "./calculus.js";
export { polyval, vander } from "./evaluate.js";
export { poly } from "./poly.js";
export { polyfit, roots } from "./fit.js";
