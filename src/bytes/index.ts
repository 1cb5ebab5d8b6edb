// The byte-level names: a.view / a.byteswap, a.flat (methods on ndarray), np.packbits /
// np.unpackbits.
import "./view.js";
import "./flatiter.js";
export { flatiter } from "./flatiter.js";
export { packbits, unpackbits } from "./packbits.js";
