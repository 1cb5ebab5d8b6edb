// np.unique and NumPy 2's unique_values / unique_counts / unique_inverse / unique_all.
//
// Sort-based, as NumPy's fallback path: a stable argsort (or a stable value sort when no
// indices are asked for), then runs of equal elements (assembly/sort_sets.ts). Stability makes
// the representative of equal-comparing values (-0.0 / 0.0, NaNs under equal_nan) the first one
// in the input; NumPy's hash-based and quicksort paths pick one implementation-specifically.
// unique_values returns its values sorted (NumPy's order there is the hash table's: "may vary").
// With an axis, rows (the other axes flattened) are ordered lexicographically, NaN last, and
// compared with == (so rows holding NaN never merge: NumPy compares them as structured records).
import { ndarray } from "../ndarray/ndarray.js";
import { int64 } from "../dtype/dtype.js";
import { normalizeAxis, TypeError } from "../core/errors.js";
import { params } from "../core/args.js";
import { ufuncs } from "../ufunc/ufunc.js";
import { assign } from "../ndarray/assign.js";
import { Op, STABLE, INDIRECT, arr, k, alongAxis, argsort1d, axisArg, flat, gather, head } from "./common.js";
import { sortInPlace } from "./sort.js";

type UniqueOpts = {
  return_index?: boolean; return_inverse?: boolean; return_counts?: boolean;
  axis?: number | null; equal_nan?: boolean; sorted?: boolean;
};

export const enum Run { starts = 0, dups = 1, singles = 2 }

/** Positions (int64, a prefix of a new n-element array) of runs in sorted rows; returns [positions, count]. */
export function runs(data: ndarray, n: number, m: number, perm: ndarray | null, mode: Run, equalNan: boolean): [ndarray, number] {
  const pos = ndarray._alloc([Math.max(n, 1)], int64);
  const c = n ? k().sort_runs(data.dtype.code, data._addr(), n, m, perm ? perm._addr() : 0, mode, equalNan, pos._addr()) : 0;
  return [pos, c];
}

/** counts[r] = starts[r+1] - starts[r] (the last run ends at n). */
function runCounts(starts: ndarray, c: number, n: number): ndarray {
  const ext = ndarray._alloc([c + 1], int64);
  if (c) assign(ext._view([c], [8]), head(starts, c));
  ext.set(c, n);
  const counts = ufuncs.subtract(ext._view([c], [8], 8), ext._view([c], [8])) as ndarray;
  ext.dispose();
  return counts;
}

interface Parts { values: ndarray; index?: ndarray; inverse?: ndarray; counts?: ndarray }

/** unique of a contiguous 1-d array that may be sorted in place. */
function unique1d(a: ndarray, o: UniqueOpts, equalNan: boolean, inverseShape: number[]): Parts {
  const n = a.size;
  const needPerm = Boolean(o.return_index || o.return_inverse);
  let perm: ndarray | null = null, aux: ndarray;
  if (needPerm) {
    perm = argsort1d(a);
    aux = gather(a, perm);
  } else {
    aux = a;
    sortInPlace(aux, 0, true);
  }
  const [starts, c] = runs(aux, n, 1, null, Run.starts, equalNan && a.dtype.isFloat);
  const res: Parts = { values: gather(aux, starts, c) };
  if (o.return_index) res.index = gather(perm!, starts, c);
  if (o.return_inverse) {
    const inv = ndarray._alloc([n], int64);
    k().sort_inverse(perm!._addr(), starts._addr(), c, n, inv._addr());
    res.inverse = inv.reshape(inverseShape);
  }
  if (o.return_counts) res.counts = runCounts(starts, c, n);
  if (aux !== a) aux.dispose();
  starts.dispose(); perm?.dispose();
  return res;
}

/** unique rows of a C-contiguous (n, m) array. */
function uniqueRows(a: ndarray, o: UniqueOpts): Parts {
  const [n, m] = a.shape;
  const sz = a.itemsize;
  // lexicographic order: stable passes over the columns from the last to the first
  const perm = ndarray._alloc([n], int64);
  if (m === 0) { // no columns: all rows equal, the identity order
    const z = ndarray._alloc([n], a.dtype, true);
    alongAxis(Op.argsort, z, 0, perm, STABLE);
    z.dispose();
  }
  for (let j = m - 1; j >= 0; j--) {
    alongAxis(Op.argsort, a._view([n], [m * sz], a.offset + j * sz), 0, perm, j === m - 1 ? STABLE : STABLE | INDIRECT);
  }
  const [starts, c] = runs(a, n, m, perm, Run.starts, false);
  const first = gather(perm, starts, c);
  const res: Parts = { values: gather(a, first, c, m * sz, [c, m]) };
  if (o.return_index) res.index = first; else first.dispose();
  if (o.return_inverse) {
    res.inverse = ndarray._alloc([n], int64);
    k().sort_inverse(perm._addr(), starts._addr(), c, n, res.inverse._addr());
  }
  if (o.return_counts) res.counts = runCounts(starts, c, n);
  starts.dispose(); perm.dispose();
  return res;
}

function uniqueParts(ar: unknown, o: UniqueOpts): Parts {
  const a = arr(ar);
  if (o.axis !== undefined && o.axis !== null) {
    // NumPy's np.moveaxis(ar, axis, 0) iterates a non-integer axis (its 1-d path reads an int)
    if (typeof o.axis === "number" && !Number.isInteger(o.axis) && a.ndim !== 1) throw new TypeError("'float' object is not iterable");
    o = { ...o, axis: axisArg(o.axis) }; // a bool is an int axis
  }
  const equalNan = o.equal_nan ?? true;
  if (o.axis === undefined || o.axis === null || a.ndim === 1) {
    if (o.axis !== undefined && o.axis !== null) normalizeAxis(o.axis, a.ndim);
    const f = flat(a);
    try { return unique1d(f, o, equalNan, a.shape.slice()); } finally { f.dispose(); }
  }
  const axis = normalizeAxis(o.axis, a.ndim);
  // move axis to the front, flatten the rest into rows
  const perm = [axis, ...a.shape.keys()].filter((d, i) => i === 0 || d !== axis);
  const moved = a.transpose(perm);
  const rest = moved.shape.slice(1);
  const rows = flat(moved).reshape([moved.shape[0], rest.reduce((x, y) => x * y, 1)]);
  const res = uniqueRows(rows, o);
  rows.dispose();
  // values back in the input's layout: (c, ...rest) with axis 0 moved to `axis`
  const v = res.values.reshape([res.values.shape[0], ...rest]);
  const back = [...Array(a.ndim).keys()].map((d) => (d === axis ? 0 : d < axis ? d + 1 : d));
  res.values = v.transpose(back);
  return res;
}

function pack(p: Parts, o: UniqueOpts): ndarray | ndarray[] {
  const out = [p.values];
  if (o.return_index) out.push(p.index!);
  if (o.return_inverse) out.push(p.inverse!);
  if (o.return_counts) out.push(p.counts!);
  return out.length === 1 ? out[0] : out;
}

/** np.unique(ar, return_index=False, return_inverse=False, return_counts=False, axis=None, *,
 *  equal_nan=True, sorted=True): the array, or [values, index?, inverse?, counts?]. */
export function unique(ar: unknown, ...rest: unknown[]): ndarray | ndarray[] {
  const o = params<UniqueOpts>(rest, ["return_index", "return_inverse", "return_counts", "axis"]);
  return pack(uniqueParts(ar, o), o);
}

/** An array that also carries NumPy's named-tuple field names as properties. */
function named<T extends Record<string, ndarray>>(fields: T): ndarray[] & T {
  return Object.assign(Object.values(fields), fields);
}

/** np.unique_values(x): the distinct values (NaNs kept apart), sorted. */
export function unique_values(x: unknown): ndarray {
  return uniqueParts(x, { equal_nan: false }).values;
}

/** np.unique_counts(x) -> UniqueCountsResult(values, counts) */
export function unique_counts(x: unknown) {
  const p = uniqueParts(x, { return_counts: true, equal_nan: false });
  return named({ values: p.values, counts: p.counts! });
}

/** np.unique_inverse(x) -> UniqueInverseResult(values, inverse_indices) */
export function unique_inverse(x: unknown) {
  const p = uniqueParts(x, { return_inverse: true, equal_nan: false });
  return named({ values: p.values, inverse_indices: p.inverse! });
}

/** np.unique_all(x) -> UniqueAllResult(values, indices, inverse_indices, counts) */
export function unique_all(x: unknown) {
  const p = uniqueParts(x, { return_index: true, return_inverse: true, return_counts: true, equal_nan: false });
  return named({ values: p.values, indices: p.index!, inverse_indices: p.inverse!, counts: p.counts! });
}
