// The np names for asking about objects and their types: shape/ndim/size, isscalar/iterable,
// real/imag and the complex checks, nan_to_num, asarray_chkfinite, astype, common_type,
// mintypecode, typename, the memory-sharing tests, and the layout flags (require, isfortran);
// importing this module also installs the ndarray members a.real, a.imag, a.conj, a.conjugate,
// a.device, a.to_device and a.setflags.
import "./methods.js";
export { shape, ndim, size, isscalar, iterable } from "./inspect.js";
export {
  real, imag, iscomplex, isreal, iscomplexobj, isrealobj, real_if_close, nan_to_num,
  asarray_chkfinite, astype, common_type, mintypecode, typename,
} from "./types.js";
export { shares_memory, may_share_memory } from "../ndarray/overlap.js";
export { require, isfortran } from "./flags.js";
