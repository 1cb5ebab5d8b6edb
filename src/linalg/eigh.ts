// np.linalg.eigh / eigvalsh: symmetric eigenproblems as LAPACK's dsyevd (assembly/linalg_syev.ts)
// from the triangle UPLO names.
import { ndarray } from "../ndarray/ndarray.js";
import { ValueError, LinAlgError } from "../core/errors.js";
import { params } from "../core/args.js";
import { kernels } from "../runtime/wasm.js";
import { WORK, asArray, scoped, resultType, assertStackedSquare, packed, geometry, infoWords, as, named, transposed } from "./common.js";

/** Eigenvalues (ascending) and, with vectors, the eigenvectors as columns; float64. */
export function eighCore(x: ndarray, uplo: string, vectors: boolean): [ndarray, ndarray | null] {
  const U = uplo.toUpperCase();
  if (U !== "L" && U !== "U") throw new ValueError("UPLO argument must be 'L' or 'U'");
  assertStackedSquare(x);
  const { batch, count, n } = geometry(x);
  const a = packed(x);
  const w = ndarray._alloc([...batch, n], WORK);
  const v = vectors ? ndarray._alloc([...batch, n, n], WORK) : null;
  const info = infoWords(count);
  const e = ndarray._alloc([4 * n + 1], WORK);
  kernels.k.linalg_syev(WORK.code, a._addr(), n, count, U === "L" ? 0 : 1, w._addr(), v ? v._addr() : 0, e._addr(), info.ptr);
  // NaN / inf in the triangle read mostly end here, as in LAPACK (NaN results where it converges)
  if (info.failed().length) throw new LinAlgError("Eigenvalues did not converge");
  return [w, v ? transposed(v) : null];
}

/** np.linalg.eigh(a, UPLO='L'): EighResult (eigenvalues, eigenvectors). */
export function eigh(a: unknown, ...rest: unknown[]): [ndarray, ndarray] {
  const p = params<{ UPLO?: string }>(rest, ["UPLO"]);
  return scoped(() => {
    const x = asArray(a);
    const rt = resultType(x);
    const [w, v] = eighCore(x, p.UPLO ?? "L", true);
    return named([as(w, rt), as(v!, rt)], ["eigenvalues", "eigenvectors"]);
  });
}

/** np.linalg.eigvalsh(a, UPLO='L') */
export function eigvalsh(a: unknown, ...rest: unknown[]): ndarray {
  const p = params<{ UPLO?: string }>(rest, ["UPLO"]);
  return scoped(() => {
    const x = asArray(a);
    return as(eighCore(x, p.UPLO ?? "L", false)[0], resultType(x));
  });
}
