// ndarray methods for the products: NumPy's a.dot(b, out=None), and, as every ufunc is a method
// here (API.md), a.matmul / a.vecdot / a.matvec / a.vecmat and the in-place a.imatmul (a @= b).
import { ndarray } from "../ndarray/ndarray.js";
import { dot } from "./dot.js";
import { matmul, vecdot, matvec, vecmat } from "./gufuncs.js";

const proto = ndarray.prototype as unknown as Record<string, unknown>;
for (const [name, f] of Object.entries({ dot, matmul, vecdot, matvec, vecmat })) {
  proto[name] = function (this: ndarray, other: unknown, ...rest: unknown[]) { return f(this, other, ...rest); };
}
proto.imatmul = function (this: ndarray, other: unknown) { return matmul(this, other, { out: this }); };

declare module "../ndarray/ndarray.js" {
  interface ndarray {
    /** a.dot(b, out=None): np.dot(a, b) */
    dot(b: unknown, out?: ndarray | { out?: ndarray }): ndarray | number | boolean;
    /** np.matmul(a, b, ...) */
    matmul(b: unknown, opts?: unknown): ndarray | number | boolean;
    /** np.vecdot(a, b, ...) */
    vecdot(b: unknown, opts?: unknown): ndarray | number | boolean;
    /** np.matvec(a, b, ...) */
    matvec(b: unknown, opts?: unknown): ndarray | number | boolean;
    /** np.vecmat(a, b, ...) */
    vecmat(b: unknown, opts?: unknown): ndarray | number | boolean;
    /** a @= b: np.matmul(a, b, out=a) */
    imatmul(b: unknown): ndarray;
  }
}
