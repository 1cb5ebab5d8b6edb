// NumPy's product gufuncs: np.matmul "(n?,k),(k,m?)->(n?,m?)", np.vecdot "(n),(n)->()",
// np.matvec "(m,n),(n)->(m)", np.vecmat "(n),(n,m)->(m)". Each is one call of the stacked
// kernel: a vector operand becomes a 1 x k row (first) or k x 1 column (second) and its axis is
// dropped from the result. Batch axes broadcast, the output's included (NumPy's iterator);
// axes / axis / keepdims move core axes around that (axes.ts).
import { ndarray } from "../ndarray/ndarray.js";
import { fromJS, type ArrayLike } from "../ndarray/fromjs.js";
import { ValueError, TypeError as NpTypeError } from "../core/errors.js";
import { isOptions } from "../core/args.js";
import { type DType, asDType } from "../dtype/dtype.js";
import { promote_types, can_cast, type Casting } from "../dtype/promotion.js";
import { copyto } from "../manipulation/copyto.js";
import { scope } from "../runtime/lifetime.js";
import { gemmInto } from "./gemm.js";
import { placeCoreAxes, withAxis, type Spec, type AxesOpts } from "./axes.js";

type GufuncOpts = AxesOpts & { out?: unknown; dtype?: unknown; casting?: Casting };

/** Core dimensions of each operand (1 a vector, 2 a matrix, 0 either: matmul's optional n? / m?),
 *  the signature's distinct core dimensions and its output's core dimensions. */
const SPECS = {
  matmul: { name: "matmul", sig: "(n?,k),(k,m?)->(n?,m?)", a: 0, b: 0, distinct: 3, outCore: 2 },
  vecdot: { name: "vecdot", sig: "(n),(n)->()", a: 1, b: 1, distinct: 1, outCore: 0 },
  matvec: { name: "matvec", sig: "(m,n),(n)->(m)", a: 2, b: 1, distinct: 2, outCore: 1 },
  vecmat: { name: "vecmat", sig: "(n),(n,m)->(m)", a: 1, b: 2, distinct: 2, outCore: 1 },
} as const satisfies Record<string, Spec>;

/** np.asarray: a JS number is a 0-d int64 / float64 array (gufuncs take no weak scalars). */
export const operand = (x: unknown): ndarray => (x instanceof ndarray ? x : fromJS(x as ArrayLike));

const parens = (s: readonly (number | string)[]) => `(${s.join(",")})`;

/** The gufunc's operands (positional out allowed) and options. */
function split(args: unknown[]): [unknown, GufuncOpts] {
  let opts: GufuncOpts = {};
  if (args.length && isOptions(args[args.length - 1])) opts = args.pop() as GufuncOpts;
  if (args.length > 1) throw new globalThis.TypeError(`takes from 2 to 3 positional arguments but ${args.length + 2} were given`);
  if (args.length === 1) {
    if (opts.out !== undefined) throw new globalThis.TypeError("cannot specify 'out' as both a positional and keyword argument");
    return [args[0], opts];
  }
  return [opts.out, opts];
}

function callGufunc(spec: Spec, x: unknown, y: unknown, rest: unknown[]): unknown {
  const [out0, opts] = split(rest);
  const out = Array.isArray(out0) && out0.length === 1 ? out0[0] : out0 ?? null;
  if (out !== null && !(out instanceof ndarray)) throw new NpTypeError("return arrays must be of ArrayType");
  return scope(() => {
    const x1 = operand(x), x2 = operand(y);
    const casting: Casting = opts.casting ?? "same_kind";
    const dt: DType = opts.dtype === undefined || opts.dtype === null ? promote_types(x1.dtype, x2.dtype) : asDType(opts.dtype as string);
    const { a, b, out: o, place } = placeCoreAxes(spec, x1, x2, out, opts);
    const r = compute(spec, a, b, dt, casting, o, [x1, x2]);
    if (out) return out;
    const p = place(r);
    return p.ndim === 0 ? p.item() : p;
  }, (v) => (v instanceof ndarray ? v._owner : null));
}

/** The product of a and b (core axes last) in dtype dt, into out when given; `given`: the
 *  operands as passed (NumPy's messages name their shapes). */
function compute(spec: Spec, a: ndarray, b: ndarray, dt: DType, casting: Casting, out: ndarray | null, given: ndarray[]): ndarray {
  const need = (s: 0 | 1 | 2) => (s === 2 ? 2 : 1);
  [a, b].forEach((v, i) => {
    const req = need(i ? spec.b : spec.a);
    if (v.ndim < req) {
      throw new ValueError(`${spec.name}: Input operand ${i} does not have enough dimensions (has ${v.ndim}, gufunc core with signature ${spec.sig} requires ${req})`);
    }
  });
  const aVec = spec.a === 1 || (spec.a === 0 && a.ndim === 1);
  const bVec = spec.b === 1 || (spec.b === 0 && b.ndim === 1);
  const A = aVec ? withAxis(a, -2) : a; // [..., m, k]
  const B = bVec ? withAxis(b, b.ndim) : b; // [..., k, n]
  const k = A.shape[A.ndim - 1], kb = B.shape[B.ndim - 2];
  if (k !== kb) {
    throw new ValueError(`${spec.name}: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature ${spec.sig} (size ${kb} is different from ${k})`);
  }
  const [m, n] = [A.shape[A.ndim - 2], B.shape[B.ndim - 1]];
  const outCore = [...(aVec ? [] : [m]), ...(bVec ? [] : [n])];
  const batch = batchShape(A.shape.slice(0, -2), B.shape.slice(0, -2), given, outCore);
  for (const [i, v] of [a, b].entries()) {
    if (v.dtype !== dt && !can_cast(v.dtype, dt, casting)) {
      throw new NpTypeError(`Cannot cast ufunc '${spec.name}' input ${i} from ${v.dtype.repr()} to ${dt.repr()} with casting rule '${casting}'`);
    }
  }
  let full = batch;
  if (out) {
    if (!can_cast(dt, out.dtype, casting)) {
      throw new NpTypeError(`Cannot cast ufunc '${spec.name}' output from ${dt.repr()} to ${out.dtype.repr()} with casting rule '${casting}'`);
    }
    full = outBatch(spec, out, batch, outCore);
    out._checkWriteable();
  }
  const Ac = A.dtype === dt ? A : A.astype(dt), Bc = B.dtype === dt ? B : B.astype(dt);
  // an out overlapping a or b is taken care of by gemmInto
  const direct = out && out.dtype === dt;
  const res = direct ? out : ndarray._alloc([...full, ...outCore], dt);
  let C = res;
  if (aVec) C = withAxis(C, bVec ? C.ndim : -2);
  if (bVec) C = withAxis(C, C.ndim);
  gemmInto(Ac, Bc, C);
  if (out && res !== out) copyto(out, res, { casting: "unsafe" });
  return res;
}

/** The broadcast batch shape of the inputs, or NumPy's iterator error naming their remapped shapes. */
function batchShape(sa: number[], sb: number[], [a, b]: ndarray[], outCore: number[]): number[] {
  const nd = Math.max(sa.length, sb.length);
  const res = new Array<number>(nd).fill(1);
  for (const s of [sa, sb]) {
    for (let i = 0; i < s.length; i++) {
      const j = nd - s.length + i;
      if (s[i] === res[j] || s[i] === 1) continue;
      if (res[j] !== 1) {
        // NumPy's iterator prints a one-axis remapped shape as a 1-tuple
        const one = nd + outCore.length === 1;
        const remap = (v: ndarray, bs: number[]) => `${parens(v.shape)}->${one && bs.length ? `(${bs[0]},)` : parens([...bs, ...outCore.map(() => "newaxis")])}`;
        throw new ValueError(`operands could not be broadcast together with remapped shapes [original->remapped]: ${remap(a, sa)} ${remap(b, sb)}  and requested shape ${parens(outCore)}`);
      }
      res[j] = s[i];
    }
  }
  return res;
}

/** The output's batch shape: its core dimensions must match, and its batch axes must hold the inputs'. */
function outBatch(spec: Spec, out: ndarray, batch: number[], outCore: number[]): number[] {
  const nc = outCore.length;
  if (out.ndim < nc) {
    throw new ValueError(`${spec.name}: Output operand 0 does not have enough dimensions (has ${out.ndim}, gufunc core with signature ${spec.sig} requires ${nc})`);
  }
  const core = out.shape.slice(out.ndim - nc);
  core.forEach((d, i) => {
    if (d !== outCore[i]) {
      throw new ValueError(`${spec.name}: Output operand 0 has a mismatch in its core dimension ${i}, with gufunc signature ${spec.sig} (size ${d} is different from ${outCore[i]})`);
    }
  });
  const ob = out.shape.slice(0, out.ndim - nc);
  const full = ob.length >= batch.length ? ob : null;
  const ok = full !== null && batch.every((d, i) => d === 1 || d === full[full.length - batch.length + i]);
  if (!ok) {
    if (ob.length < batch.length) {
      throw new ValueError("output operand requires a reduction along dimension -1, but the reduction is not enabled. The dimension size of 1 does not match the expected output shape.");
    }
    throw new ValueError(`non-broadcastable output operand with shape ${parens(out.shape)} doesn't match the broadcast shape ${parens([...batch, ...outCore])}`);
  }
  return ob;
}

/** np.matmul(x1, x2, out=None, *, dtype=None, casting='same_kind') */
export const matmul = (x1: unknown, x2: unknown, ...rest: unknown[]): unknown => callGufunc(SPECS.matmul, x1, x2, rest);
/** np.vecdot(x1, x2, out=None, *, dtype=None, casting='same_kind') (real dtypes: no conjugation) */
export const vecdot = (x1: unknown, x2: unknown, ...rest: unknown[]): unknown => callGufunc(SPECS.vecdot, x1, x2, rest);
/** np.matvec(x1, x2, out=None, *, dtype=None, casting='same_kind') */
export const matvec = (x1: unknown, x2: unknown, ...rest: unknown[]): unknown => callGufunc(SPECS.matvec, x1, x2, rest);
/** np.vecmat(x1, x2, out=None, *, dtype=None, casting='same_kind') */
export const vecmat = (x1: unknown, x2: unknown, ...rest: unknown[]): unknown => callGufunc(SPECS.vecmat, x1, x2, rest);
