// np.copyto(dst, src, casting='same_kind', where=True): a casting check as NumPy makes it (NEP 50
// for Python scalars), then one strided cast/copy, or a masked copy with `where`.
import { ndarray } from "../ndarray/ndarray.js";
import { ValueError, TypeError as NpTypeError } from "../core/errors.js";
import { params } from "../core/args.js";
import { bool as boolT, int64, uint64, float64, type DType } from "../dtype/dtype.js";
import { can_cast, result_type, checkWeakScalar, type Casting } from "../dtype/promotion.js";
import { assign, overlaps, setScalar } from "../ndarray/assign.js";
import { fromJS, type ArrayLike } from "../ndarray/fromjs.js";
import { stridesFor, assignStrides } from "../ndarray/broadcast.js";
import { writeNd, ndShapePtr, ndStridesPtr } from "../ndarray/nd.js";
import { kernels } from "../runtime/wasm.js";
import { pyType } from "../creation/pyargs.js";
import { copyInto, scoped } from "./common.js";

const CASTINGS = ["no", "equiv", "safe", "same_kind", "unsafe"];
const tuple = (s: readonly number[]) => `(${s.join(",")}${s.length === 1 ? "," : ""})`;

/** A Python scalar source as a 0-d array, after NumPy's checks: the scalar is first converted
 *  to the type it takes against dst (NEP 50: dst's own type when its kind can hold it), then
 *  that type must cast to dst under the rule. 'equiv' also needs the scalar's default type. */
function scalarSource(v: number | boolean | bigint, dt: DType, casting: Casting): ndarray {
  if (typeof v === "boolean") {
    if (!can_cast(boolT, dt, casting)) throw castError(boolT, dt, casting);
    return fromJS(v).reshape([]);
  }
  const isInt = typeof v === "bigint" || (Number.isInteger(v) && !Object.is(v, -0));
  const disc = result_type(dt, v);
  if (casting === "equiv" && ownType(v, isInt) !== disc) {
    throw new NpTypeError(`cannot cast Python ${isInt ? "int" : "float"} to ${disc.name} under the casting rule 'equiv'`);
  }
  const s = ndarray._alloc([], disc);
  if (isInt && disc.isInteger) {
    checkWeakScalar(v, disc); // NumPy's OverflowErrors
    setScalar(disc, s._addr(), v);
  } else s.fill(Number(v));
  if (disc !== dt && !can_cast(disc, dt, casting)) throw castError(disc, dt, casting);
  return s;
}
const castError = (from: DType, to: DType, casting: string) =>
  new NpTypeError(`Cannot cast scalar from ${from.repr()} to ${to.repr()} according to the rule '${casting}'`);

/** The dtype np.asarray gives a Python scalar (null: an int no 64-bit type holds). */
function ownType(v: number | bigint, isInt: boolean): DType | null {
  if (!isInt) return float64;
  const b = BigInt(v);
  return b >= -(2n ** 63n) && b < 2n ** 63n ? int64 : b >= 0n && b < 2n ** 64n ? uint64 : null;
}

/** np.copyto(dst, src, casting='same_kind', where=True). Returns undefined (NumPy's None). */
export function copyto(dst: unknown, src: unknown, ...rest: unknown[]): void {
  const p = params<{ casting?: Casting; where?: unknown }>(rest, ["casting", "where"]);
  if (!(dst instanceof ndarray)) throw new NpTypeError(`copyto() argument 1 must be a numpy.ndarray, not ${pyType(dst)}`);
  const casting = p.casting ?? "same_kind";
  if (!CASTINGS.includes(casting)) throw new ValueError(`casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got '${casting}')`);
  scoped(() => {
    let s: ndarray;
    if (typeof src === "number" || typeof src === "boolean" || typeof src === "bigint") s = scalarSource(src, dst.dtype, casting);
    else {
      s = src instanceof ndarray ? src : fromJS(src as ArrayLike);
      if (s.dtype !== dst.dtype && !can_cast(s.dtype, dst.dtype, casting)) {
        // NumPy names a 0-d source a scalar
        throw new NpTypeError(`Cannot cast ${s.ndim === 0 ? "scalar" : "array data"} from ${s.dtype.repr()} to ${dst.dtype.repr()} according to the rule '${casting}'`);
      }
    }
    const where = p.where ?? true;
    let mask: ndarray | null = null;
    if (where !== true) {
      if (where instanceof ndarray) {
        if (where.dtype !== boolT && !can_cast(where.dtype, boolT, "safe")) {
          throw new NpTypeError(`Cannot cast array data from ${where.dtype.repr()} to dtype('bool') according to the rule 'safe'`);
        }
        mask = where.dtype === boolT ? where : where.astype(boolT);
      } else mask = fromJS(where as ArrayLike, boolT); // a Python object converts by truthiness
    }
    dst._checkWriteable();
    if (!mask) return copyInto(dst, s);
    const ms = stridesFor(mask.shape, mask.strides, dst.shape);
    if (!ms) throw new ValueError(`could not broadcast where mask from shape ${tuple(mask.shape)} into shape ${tuple(dst.shape)}`);
    assignStrides(s.shape, s.strides, dst.shape); // NumPy's broadcast error for src
    if (dst.size === 0) return;
    // the masked kernel copies same-typed elements: cast (or un-alias) the source first
    if (s.dtype !== dst.dtype || overlaps(dst, s)) {
      const t = ndarray._alloc(s.shape.slice(), dst.dtype);
      assign(t, s);
      s = t;
    }
    const nd = writeNd(dst.shape, assignStrides(s.shape, s.strides, dst.shape), dst.strides, ms);
    kernels.k.copy_masked(dst.itemsize, s._addr(), dst._addr(), mask._addr(), nd, ndShapePtr(), ndStridesPtr(0), ndStridesPtr(1), ndStridesPtr(2));
  });
}
