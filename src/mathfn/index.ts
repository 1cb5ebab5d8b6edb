// np's real-input function_base math: sinc, angle, unwrap, gathered for src/np.ts.
export { sinc, angle } from "./elementary.js";
export { unwrap } from "./unwrap.js";
