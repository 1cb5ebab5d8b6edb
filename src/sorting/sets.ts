// np.intersect1d, np.union1d, np.setdiff1d, np.setxor1d, np.isin: NumPy's algorithms
// (numpy/lib/_arraysetops_impl.py) on the sort and set kernels. Inputs are flattened; two
// inputs meet in promote_types of their dtypes (np.concatenate's rule, with JS numbers taken
// as np.asarray takes them).
//
// isin: NumPy picks one of three methods, each with its own answer where inputs break the
// assume_unique promise or mix int64 with uint64, so the same choice is made here:
//   table (integer inputs, small range)   exact membership (a lookup table, as NumPy's);
//   loop (test_elements much smaller)     exact membership (== on mixed int64/uint64 is exact);
//   sort                                  membership under the promoted dtype, or with
//                                         assume_unique NumPy's neighbour test on the stable
//                                         sort, duplicates and all (also on the unique inputs
//                                         where 64-bit integers meet as floats, as NumPy).
// Otherwise membership is a binary search in the sorted test elements (NaN is never a member).
import { ndarray } from "../ndarray/ndarray.js";
import { bool, uint8, int64, uint64, type DType } from "../dtype/dtype.js";
import { promote_types, pyRepr } from "../dtype/promotion.js";
import { intBounds } from "../dtype/info.js";
import { MemoryError, RuntimeError, ValueError } from "../core/errors.js";
import { sizeToString } from "../runtime/memory.js";
import { params } from "../core/args.js";
import { ufuncs } from "../ufunc/ufunc.js";
import { arr, k, argsort1d, concat1d, contiguous, flat, gather, head } from "./common.js";
import { concatenate } from "../manipulation/join.js";
import { sortInPlace } from "./sort.js";
import { unique, runs, Run } from "./unique.js";


const unique1 = (x: unknown) => unique(x) as ndarray;
const common = (a: ndarray, b: ndarray): DType => promote_types(a.dtype, b.dtype);

/** a[mask] for a contiguous 1-d a and a bool mask of its size. */
function compress(a: ndarray, mask: ndarray): ndarray {
  const pos = ndarray._alloc([Math.max(a.size, 1)], int64);
  const c = a.size ? k().sort_mask_positions(mask._addr(), a.size, pos._addr()) : 0;
  const out = gather(a, pos, c);
  pos.dispose();
  return out;
}

/** np.intersect1d(ar1, ar2, assume_unique=False, return_indices=False) */
export function intersect1d(ar1: unknown, ar2: unknown, ...rest: unknown[]): ndarray | ndarray[] {
  const p = params<{ assume_unique?: boolean; return_indices?: boolean }>(rest, ["assume_unique", "return_indices"]);
  let a1 = arr(ar1), a2 = arr(ar2), ind1: ndarray | null = null, ind2: ndarray | null = null;
  if (!p.assume_unique) {
    if (p.return_indices) {
      [a1, ind1] = unique(a1, { return_index: true }) as ndarray[];
      [a2, ind2] = unique(a2, { return_index: true }) as ndarray[];
    } else {
      a1 = unique1(a1);
      a2 = unique1(a2);
    }
  }
  let aux = concat1d([a1, a2], common(a1, a2));
  let perm: ndarray | null = null;
  if (p.return_indices) {
    perm = argsort1d(aux);
    const sorted = gather(aux, perm);
    aux.dispose();
    aux = sorted;
  } else sortInPlace(aux, 0, true);
  const [pos, c] = runs(aux, aux.size, 1, null, Run.dups, false);
  const int1d = gather(aux, pos, c);
  aux.dispose();
  if (!perm) { pos.dispose(); return int1d; }
  let i1 = gather(perm, pos, c);
  let i2 = gather(perm._view([Math.max(perm.size - 1, 0)], [8], perm.offset + 8), pos, c); // aux_sort_indices[1:][mask]
  ufuncs.subtract(i2, a1.size, { out: i2 });
  pos.dispose(); perm.dispose();
  if (ind1 && ind2) {
    // NumPy's ind1[ar1_indices], ind2[ar2_indices]: where values that differ in the inputs'
    // dtypes meet as equal in the common one (uint64 with int64, as float64) these can leave
    // the range (an IndexError) or be negative (counted from the end)
    const j1 = ind1.get(i1) as ndarray, j2 = ind2.get(i2) as ndarray;
    i1.dispose(); i2.dispose();
    i1 = j1; i2 = j2;
  }
  return [int1d, i1, i2];
}

/** np.union1d(ar1, ar2): unique(concatenate((ar1, ar2), axis=None)), a JS number weak there */
export function union1d(ar1: unknown, ar2: unknown): ndarray {
  const aux = concatenate([ar1, ar2], { axis: null });
  const out = unique1(aux);
  aux.dispose();
  return out;
}

/** np.setxor1d(ar1, ar2, assume_unique=False) */
export function setxor1d(ar1: unknown, ar2: unknown, ...rest: unknown[]): ndarray {
  const p = params<{ assume_unique?: boolean }>(rest, ["assume_unique"]);
  let aux: ndarray;
  if (p.assume_unique) aux = concatenate([ar1, ar2], { axis: null }); // a JS number weak there, as in NumPy
  else {
    const a1 = unique1(ar1), a2 = unique1(ar2);
    aux = concat1d([a1, a2], common(a1, a2));
  }
  if (aux.size === 0) return aux;
  sortInPlace(aux, 0, true);
  const [pos, c] = runs(aux, aux.size, 1, null, Run.singles, false);
  const out = gather(aux, pos, c);
  aux.dispose(); pos.dispose();
  return out;
}

/** np.setdiff1d(ar1, ar2, assume_unique=False) */
export function setdiff1d(ar1: unknown, ar2: unknown, ...rest: unknown[]): ndarray {
  const p = params<{ assume_unique?: boolean }>(rest, ["assume_unique"]);
  const a1 = p.assume_unique ? contiguous(arr(ar1).ravel()) : unique1(ar1);
  const a2 = p.assume_unique ? arr(ar2) : unique1(ar2);
  const mask = isin1d(a1, a2, true, true, undefined);
  const out = compress(a1, mask);
  mask.dispose();
  return out;
}

/** np.isin(element, test_elements, assume_unique=False, invert=False, *, kind=None):
 *  a bool array of element's shape. */
export function isin(element: unknown, test_elements: unknown, ...rest: unknown[]): ndarray {
  const p = params<{ assume_unique?: boolean; invert?: boolean; kind?: string | null }>(rest, ["assume_unique", "invert"]);
  const e = arr(element);
  return isin1d(e, arr(test_elements), Boolean(p.assume_unique), Boolean(p.invert), p.kind).reshape(e.shape);
}

const isIntLike = (d: DType) => d.kind === "b" || d.kind === "i" || d.kind === "u";

/** NumPy's _isin over the flattened inputs: a new 1-d bool array of e's size. */
function isin1d(e: ndarray, t: ndarray, assumeUnique: boolean, invert: boolean, kind: string | null | undefined): ndarray {
  const a1 = e.ravel(), a2 = t.ravel();
  if (kind !== undefined && kind !== null && kind !== "sort" && kind !== "table") {
    throw new ValueError(`Invalid kind: '${typeof kind === "string" ? kind : pyRepr(kind)}'. Please use None, 'sort' or 'table'.`);
  }
  const ints = isIntLike(a1.dtype) && isIntLike(a2.dtype);
  if (ints && kind !== "sort") {
    if (a2.size === 0) return filled(a1.size, invert);
    const [lo, hi] = extremes(a2);
    const range = hi - lo;
    const small = range <= 6n * BigInt(a1.size + a2.size);
    const safe = range <= intBounds(a2.dtype === bool ? uint8 : a2.dtype)[1];
    if (safe && (small || kind === "table")) {
      if (range + 1n > 2n ** 63n - 1n) throw new ValueError("Maximum allowed dimension exceeded"); // np.ones(range + 1)
      if (range + 1n > 2n ** 32n) { // NumPy allocates np.ones(range + 1) (bool), beyond numwasm's 4 GiB memory
        throw new MemoryError(`Unable to allocate ${sizeToString(Number(range + 1n))} for an array with shape (${range + 1n},) and data type bool`);
      }
      return range <= 6n * BigInt(a1.size + a2.size) + 65536n ? memberTable(a1, a2, invert, lo, Number(range) + 1) : member(a1, a2, invert, true);
    }
    if (kind === "table") {
      throw new RuntimeError("You have specified kind='table', but the range of values in `ar2` or `ar1` exceed the maximum integer of the datatype. Please set `kind` to None or 'sort'.");
    }
  } else if (kind === "table") {
    throw new ValueError("The 'table' method is only supported for boolean or integer arrays. Please select 'sort' or None for kind.");
  }
  if (a2.size < 10 * a1.size ** 0.145) return member(a1, a2, invert, true);
  if (assumeUnique) return neighbours(a1, a2, invert);
  if (!lossy(a1, a2)) return member(a1, a2, invert, false);
  // NumPy's sort path as written: unique(ar1) (with its inverse) and unique(ar2) meet in the
  // common dtype, where distinct 64-bit integers can become equal floats and so count as members
  const [u1, rev] = unique(a1, { return_inverse: true }) as ndarray[];
  const u2 = unique1(a2);
  const flags = neighbours(u1, u2, invert);
  const out = gather(flags, rev);
  u1.dispose(); rev.dispose(); u2.dispose(); flags.dispose();
  return out;
}

/** The common dtype of a and b is a float that not every 64-bit integer of theirs fits exactly. */
const lossy = (a: ndarray, b: ndarray): boolean =>
  common(a, b).isFloat && [a, b].some((x) => x.dtype === int64 || x.dtype === uint64);

/** NumPy's assume_unique test: a stable sort of a and b together in their common dtype, each
 *  element of a a member when the next one equals it (a new bool array of a's size). */
function neighbours(a1: ndarray, a2: ndarray, invert: boolean): ndarray {
  const ar = concat1d([a1, a2], common(a1, a2));
  const order = argsort1d(ar);
  const ret = ndarray._alloc([ar.size], bool);
  if (ar.size) k().sort_isin_flags(ar.dtype.code, ar._addr(), order._addr(), ar.size, invert, ret._addr());
  const out = flat(head(ret, a1.size));
  ar.dispose(); order.dispose(); ret.dispose();
  return out;
}

function filled(n: number, v: boolean): ndarray {
  const out = ndarray._alloc([n], bool);
  out.fill(v);
  return out;
}

/** Exact min and max of a nonempty integer or bool array. */
function extremes(a: ndarray): [bigint, bigint] {
  const s = flat(a);
  sortInPlace(s, 0, false);
  const big = (x: unknown) => BigInt(typeof x === "boolean" ? +x : (x as number | bigint));
  const r: [bigint, bigint] = [big(s.readFlat(0)), big(s.readFlat(s.size - 1))];
  s.dispose();
  return r;
}

/** Exact membership through a lookup table over [lo, lo + span) holding every t (integers). */
function memberTable(a: ndarray, t: ndarray, invert: boolean, lo: bigint, span: number): ndarray {
  const dt = common(a, t);
  if (!isIntLike(dt)) return member(a, t, invert, true); // a signed / uint64 mix (float64)
  const av = contiguous(a, dt), tv = contiguous(t, dt);
  const out = ndarray._alloc([a.size], bool);
  const table = ndarray._alloc([span], bool);
  if (a.size) k().sort_isin_table(dt.code, tv._addr(), tv.size, av._addr(), a.size, BigInt.asIntN(64, lo), span, table._addr(), out._addr(), invert);
  table.dispose();
  if (av !== a) av.dispose();
  if (tv !== t) tv.dispose();
  return out;
}

/** (x in t) != invert for every x of a, by ==; `exact`: a signed / uint64 mix compares exactly
 *  (as NumPy's == does) instead of in float64 (as its sort path's concatenation does). */
function member(a: ndarray, t: ndarray, invert: boolean, exact: boolean): ndarray {
  let dt = common(a, t);
  let keep: ndarray | null = null; // a's elements that can match at all
  if (exact && dt.kind === "f" && isIntLike(a.dtype) && isIntLike(t.dtype)) {
    dt = uint64;
    if (a.dtype === uint64) {
      const nonneg = ufuncs.greater_equal(t, 0) as ndarray;
      t = compress(contiguous(t), nonneg); // negatives would wrap onto large uint64 values
      nonneg.dispose();
    } else keep = ufuncs.greater_equal(a, 0) as ndarray;
  }
  const b = flat(t, dt);
  sortInPlace(b, 0, false);
  const av = contiguous(a, dt);
  let out = ndarray._alloc([a.size], bool);
  if (a.size) k().sort_isin_member(dt.code, b._addr(), b.size, av._addr(), a.size, out._addr(), invert);
  if (av !== a) av.dispose();
  b.dispose();
  if (keep) {
    const r = invert ? ufuncs.logical_or(out, ufuncs.logical_not(keep)) : ufuncs.logical_and(out, keep);
    out.dispose(); keep.dispose();
    out = r as ndarray;
  }
  return out;
}
