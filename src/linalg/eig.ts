// placeholder, replaced below
import { ndarray } from "../ndarray/ndarray.js";
export function eig(a: unknown): [ndarray, ndarray] { throw new Error("todo " + String(a)); }
export function eigvals(a: unknown): ndarray { throw new Error("todo " + String(a)); }
