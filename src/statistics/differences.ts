// np.diff, np.ediff1d, np.gradient, np.trapezoid, np.cross: NumPy's formulas as ufunc calls on
// views (slices along an axis), so every value, dtype and error is the one NumPy's gives.
import { ndarray } from "../ndarray/ndarray.js";
import { params } from "../core/args.js";
import { ValueError, TypeError as NpTypeError, IndexError, ZeroDivisionError, AxisError } from "../core/errors.js";
import { index } from "../creation/pyargs.js";
import { type DType, float64, bool as boolT } from "../dtype/dtype.js";
import { can_cast, promote_types, pyRepr } from "../dtype/promotion.js";
import { broadcastShapes } from "../ndarray/broadcast.js";
import { shapeStr } from "../ndarray/shape.js";
import { ufuncs } from "../ufunc/ufunc.js";
import { asArray, scoped, axisIndex, normalizeAxisTuple, moveAxis, sliceAxis, takeAxis, nd, any, uf } from "./common.js";

type Num = number | ndarray;
const call = uf;
/** Python arithmetic on Python numbers (weak results), NumPy's once an array or NumPy scalar is in. */
const PY: Record<string, (a: number, b: number) => number> = {
  add: (a, b) => a + b, subtract: (a, b) => a - b, multiply: (a, b) => a * b, divide: (a, b) => a / b, negative: (a) => -a,
};
const callS = (name: string, ...args: unknown[]): Num =>
  args.every((a) => typeof a === "number") ? PY[name](args[0] as number, args[1] as number) : uf(name, ...args);

/** a along `axis` extended by `extra` (each broadcast to length 1 there when 0-d): one copy.
 *  Errors as np.concatenate's: the axis against the first part, then each part in turn. */
function concatAxis(parts: ndarray[], axis: number): ndarray {
  const dt = parts.map((p) => p.dtype).reduce((x, y) => promote_types(x, y));
  const shape = parts[0].shape.slice();
  if (axis >= shape.length) throw new AxisError(axis, shape.length);
  for (let k = 1; k < parts.length; k++) {
    if (parts[k].ndim !== shape.length) {
      throw new ValueError(`all the input arrays must have same number of dimensions, but the array at index 0 has ${shape.length} dimension(s) and the array at index ${k} has ${parts[k].ndim} dimension(s)`);
    }
    for (let i = 0; i < shape.length; i++) {
      if (i !== axis && parts[k].shape[i] !== parts[0].shape[i]) {
        throw new ValueError(`all the input array dimensions except for the concatenation axis must match exactly, but along dimension ${i}, the array at index 0 has size ${parts[0].shape[i]} and the array at index ${k} has size ${parts[k].shape[i]}`);
      }
    }
  }
  shape[axis] = parts.reduce((n, p) => n + p.shape[axis], 0);
  const out = ndarray._alloc(shape, dt);
  let at = 0;
  for (const p of parts) {
    sliceAxis(out, axis, at, at + p.shape[axis]).set("...", p);
    at += p.shape[axis];
  }
  return out;
}

/** np.broadcast_to(x, shape) as a view. */
function broadcastTo(x: ndarray, shape: number[]): ndarray {
  const off = shape.length - x.ndim;
  return x._view(shape.slice(), shape.map((d, i) => (i < off || x.shape[i - off] !== d ? 0 : x.strides[i - off])));
}

type DiffOpts = { n?: number; axis?: number; prepend?: unknown; append?: unknown };

/** np.diff(a, n=1, axis=-1, prepend=<no value>, append=<no value>) */
export function diff(a: unknown, ...rest: unknown[]): unknown {
  const p = params<DiffOpts>(rest, ["n", "axis", "prepend", "append"]);
  if (p.n === null) throw new NpTypeError("'<' not supported between instances of 'NoneType' and 'int'");
  const n = p.n ?? 1;
  if (n === 0) return a;
  if (n < 0) throw new ValueError("order must be non-negative but got " + pyRepr(n));
  return scoped(() => {
    let x = asArray(a);
    if (x.ndim === 0) throw new ValueError("diff requires input that is at least one dimensional");
    if (p.axis === null) throw new NpTypeError("'NoneType' object cannot be interpreted as an integer");
    const axis = axisIndex(p.axis ?? -1, x.ndim);
    const parts: ndarray[] = [];
    const edge = (v: unknown) => {
      const e = asArray(v);
      if (e.ndim > 0) return e;
      const shape = x.shape.slice();
      shape[axis] = 1;
      return broadcastTo(e, shape);
    };
    if (p.prepend !== undefined && p.prepend !== null) parts.push(edge(p.prepend));
    parts.push(x);
    if (p.append !== undefined && p.append !== null) parts.push(edge(p.append));
    if (parts.length > 1) x = concatAxis(parts, axis);
    const op = x.dtype === boolT ? "not_equal" : "subtract";
    const count = index(n); // NumPy's range(n): a float n is a TypeError here, after the joins
    for (let i = 0; i < count; i++) x = call(op, sliceAxis(x, axis, 1, null), sliceAxis(x, axis, null, -1));
    return x;
  });
}

/** np.ediff1d(ary, to_end=None, to_begin=None) */
export function ediff1d(ary: unknown, ...rest: unknown[]): ndarray {
  const p = params<{ to_end?: unknown; to_begin?: unknown }>(rest, ["to_end", "to_begin"]);
  return scoped(() => {
    const x = asArray(ary).reshape([-1]);
    const dt = x.dtype;
    const given = (v: unknown) => v !== undefined && v !== null;
    if (!given(p.to_begin) && !given(p.to_end)) return call("subtract", sliceAxis(x, 0, 1, null), sliceAxis(x, 0, null, -1));
    const part = (v: unknown, name: string): ndarray | null => {
      if (!given(v)) return null;
      const e = asArray(v);
      if (!can_cast(e.dtype, dt, "same_kind")) throw new NpTypeError(`dtype of \`${name}\` must be compatible with input \`ary\` under the \`same_kind\` rule.`);
      return e.reshape([-1]);
    };
    const begin = part(p.to_begin, "to_begin"), end = part(p.to_end, "to_end");
    const lb = begin?.size ?? 0, le = end?.size ?? 0, ld = Math.max(x.size - 1, 0);
    const out = ndarray._alloc([ld + lb + le], dt);
    if (begin && lb) out.set(`0:${lb}`, begin);
    if (end && le) out.set(`${lb + ld}:`, end);
    ufuncs.subtract(sliceAxis(x, 0, 1, null), sliceAxis(x, 0, null, -1), { out: out.get(`${lb}:${lb + ld}`) as ndarray });
    return out;
  });
}

/** np.gradient(f, *varargs, axis=None, edge_order=1) */
export function gradient(f: unknown, ...rest: unknown[]): ndarray | ndarray[] {
  let opts: { axis?: number | number[] | null; edge_order?: number } = {};
  const last = rest[rest.length - 1];
  if (last !== null && typeof last === "object" && !Array.isArray(last) && !(last instanceof ndarray)) {
    opts = last as typeof opts;
    rest = rest.slice(0, -1);
  }
  return scoped(() => {
    let F = asArray(f);
    const N = F.ndim;
    const axes = opts.axis === undefined || opts.axis === null ? [...Array(N).keys()] : normalizeAxisTuple(opts.axis, N);
    const edgeOrder = opts.edge_order ?? 1;
    const ndimOf = (v: unknown) => (v instanceof ndarray ? v.ndim : Array.isArray(v) ? 1 : 0);
    let dx: Num[];
    if (rest.length === 0) dx = axes.map(() => 1.0);
    else if (rest.length === 1 && ndimOf(rest[0]) === 0) dx = axes.map(() => rest[0] as Num);
    else if (rest.length === axes.length) {
      dx = rest.map((v, i) => {
        if (ndimOf(v) === 0) return v instanceof ndarray ? v : (v as number);
        let d = asArray(v);
        if (d.ndim !== 1) throw new ValueError("distances must be either scalars or 1d");
        if (d.shape[0] !== F.shape[axes[i]]) throw new ValueError("when 1d, distances must match the length of the corresponding dimension");
        if (d.dtype.isInteger) d = d.astype(float64);
        const dd = call("subtract", sliceAxis(d, 0, 1, null), sliceAxis(d, 0, null, -1));
        // constant spacing: NumPy reduces it to the scalar diffx[0]
        if (dd.size === 0) throw new IndexError("index 0 is out of bounds for axis 0 with size 0");
        if (!any(call("not_equal", dd, nd(dd.get("0:1")).reshape([])))) return nd(dd.get("0:1")).reshape([]);
        return dd;
      });
    } else throw new NpTypeError("invalid number of arguments");
    if (opts.edge_order === null) throw new NpTypeError("'>' not supported between instances of 'NoneType' and 'int'");
    if (edgeOrder > 2) throw new ValueError("'edge_order' greater than 2 not supported");
    let otype: DType = F.dtype;
    if (!F.dtype.isFloat) {
      if (F.dtype.isInteger) F = F.astype(float64);
      otype = float64;
    }
    const outs: ndarray[] = [];
    for (let k = 0; k < axes.length; k++) {
      const axis = axes[k], h = dx[k];
      if (F.shape[axis] < edgeOrder + 1) {
        throw new ValueError("Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) elements are required.");
      }
      const out = ndarray._alloc(F.shape.slice(), otype);
      const s = (start: number | null, stop: number | null) => sliceAxis(F, axis, start, stop);
      const at = (i: number) => takeAxis(F, axis, i);
      const uniform = !(h instanceof ndarray) || h.ndim === 0;
      if (uniform) {
        sliceAxis(out, axis, 1, -1).set("...", call("divide", call("subtract", s(2, null), s(null, -2)), callS("multiply", 2.0, h)));
      } else {
        const dx1 = sliceAxis(h, 0, 0, -1), dx2 = sliceAxis(h, 0, 1, null);
        const shape = new Array(N).fill(1);
        shape[axis] = -1;
        const a = call("divide", call("negative", dx2), call("multiply", dx1, call("add", dx1, dx2))).reshape(shape);
        const b = call("divide", call("subtract", dx2, dx1), call("multiply", dx1, dx2)).reshape(shape);
        const c = call("divide", dx1, call("multiply", dx2, call("add", dx1, dx2))).reshape(shape);
        sliceAxis(out, axis, 1, -1).set("...", call("add", call("add", call("multiply", a, s(null, -2)), call("multiply", b, s(1, -1))), call("multiply", c, s(2, null))));
      }
      const elem = (v: ndarray, i: number): Num => nd(v.get(i < 0 ? `${i}:${i + 1 || ""}` : `${i}:${i + 1}`)).reshape([]);
      const put = (i: number, v: unknown) => {
        const view = takeAxis(out, axis, i);
        if (v instanceof ndarray) view.set("...", v);
        else view.fill(v as number);
      };
      if (edgeOrder === 1) {
        const d0 = uniform ? h : elem(h as ndarray, 0), dn = uniform ? h : elem(h as ndarray, -1);
        put(0, callS("divide", call("subtract", at(1), at(0)), d0));
        put(-1, callS("divide", call("subtract", at(-1), at(-2)), dn));
      } else {
        // NumPy's second-order edges (any edge_order but 1): a Python-number spacing of 0 is a
        // Python float division by zero, then f[0], f[1], f[2] along the axis are indexed
        if (uniform && !(h instanceof ndarray) && Number(h) === 0) throw new ZeroDivisionError("float division by zero");
        if (!uniform && (h as ndarray).shape[0] < 2) throw new IndexError(`index 1 is out of bounds for axis 0 with size ${h.shape[0]}`);
        if (F.shape[axis] < 3) throw new IndexError(`index ${F.shape[axis]} is out of bounds for axis ${axis} with size ${F.shape[axis]}`);
        let a: Num, b: Num, c: Num;
        if (uniform) {
          a = callS("divide", -1.5, h); b = callS("divide", 2.0, h); c = callS("divide", -0.5, h);
        } else {
          const d1 = elem(h as ndarray, 0), d2 = elem(h as ndarray, 1);
          const s12 = callS("add", d1, d2);
          a = callS("divide", callS("negative", callS("add", callS("multiply", 2.0, d1), d2)), callS("multiply", d1, s12));
          b = callS("divide", s12, callS("multiply", d1, d2));
          c = callS("divide", callS("negative", d1), callS("multiply", d2, s12));
        }
        put(0, callS("add", callS("add", callS("multiply", a, at(0)), callS("multiply", b, at(1))), callS("multiply", c, at(2))));
        if (uniform) {
          a = callS("divide", 0.5, h); b = callS("divide", -2.0, h); c = callS("divide", 1.5, h);
        } else {
          const d1 = elem(h as ndarray, -2), d2 = elem(h as ndarray, -1);
          const s12 = callS("add", d1, d2);
          a = callS("divide", d2, callS("multiply", d1, s12));
          b = callS("divide", callS("negative", callS("add", d2, d1)), callS("multiply", d1, d2));
          c = callS("divide", callS("add", callS("multiply", 2.0, d2), d1), callS("multiply", d2, s12));
        }
        put(-1, callS("add", callS("add", callS("multiply", a, at(-3)), callS("multiply", b, at(-2))), callS("multiply", c, at(-1))));
      }
      outs.push(out);
    }
    return axes.length === 1 ? outs[0] : outs;
  });
}

/** np.trapezoid(y, x=None, dx=1.0, axis=-1) */
export function trapezoid(y: unknown, ...rest: unknown[]): unknown {
  const p = params<{ x?: unknown; dx?: unknown; axis?: number }>(rest, ["x", "dx", "axis"]);
  return scoped(() => {
    const Y = asArray(y);
    const X = p.x === undefined || p.x === null ? null : asArray(p.x);
    // an n-d x is diffed along axis before NumPy's slice lists index with it (AxisError first)
    const dnd = X && X.ndim !== 1 ? diff(X, { axis: p.axis ?? -1 }) : null;
    let axis = p.axis ?? -1;
    if (axis < -Y.ndim || axis >= Y.ndim) throw new IndexError("list assignment index out of range");
    if (axis < 0) axis += Y.ndim;
    let d: unknown;
    if (!X) d = p.dx ?? 1.0;
    else if (dnd) d = dnd;
    else {
      const dd = call("subtract", sliceAxis(X, 0, 1, null), sliceAxis(X, 0, null, -1));
      const shape = new Array(Y.ndim).fill(1);
      shape[axis] = dd.shape[0];
      d = dd.reshape(shape);
    }
    const avg = call("divide", call("multiply", d, call("add", sliceAxis(Y, axis, 1, null), sliceAxis(Y, axis, null, -1))), 2.0);
    return ufuncs.add.reduce(avg, { axis });
  });
}

/** np.cross(a, b, axisa=-1, axisb=-1, axisc=-1, axis=None) */
export function cross(a: unknown, b: unknown, ...rest: unknown[]): unknown {
  const p = params<{ axisa?: number; axisb?: number; axisc?: number; axis?: number | null }>(rest, ["axisa", "axisb", "axisc", "axis"]);
  return scoped(() => {
    let axisa = p.axisa ?? -1, axisb = p.axisb ?? -1, axisc = p.axisc ?? -1;
    if (p.axis !== undefined && p.axis !== null) axisa = axisb = axisc = p.axis;
    let A = asArray(a), B = asArray(b);
    if (A.ndim < 1 || B.ndim < 1) throw new ValueError("At least one array has zero dimension");
    A = moveAxis(A, axisIndex(axisa, A.ndim, "axisa"), A.ndim - 1);
    B = moveAxis(B, axisIndex(axisb, B.ndim, "axisb"), B.ndim - 1);
    const na = A.shape[A.ndim - 1], nb = B.shape[B.ndim - 1];
    if (![2, 3].includes(na) || ![2, 3].includes(nb)) throw new ValueError("incompatible dimensions for cross product\n(dimension must be 2 or 3)");
    const sa = A.shape.slice(0, -1), sb = B.shape.slice(0, -1);
    let shape: number[];
    try { shape = broadcastShapes(sa, sb); } catch {
      // np.broadcast's message: Python tuples, "(3, 7)"
      throw new ValueError(`shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape ${shapeStr(sa)} and arg 1 with shape ${shapeStr(sb)}.`);
    }
    const three = na === 3 || nb === 3;
    if (three) { shape = [...shape, 3]; axisc = axisIndex(axisc, shape.length, "axisc"); }
    const dt = promote_types(A.dtype, B.dtype);
    const cp = ndarray._alloc(shape, dt);
    A = A.astype(dt); B = B.astype(dt);
    const comp = (x: ndarray, i: number) => takeAxis(x, x.ndim - 1, i);
    const [a0, a1, b0, b1] = [comp(A, 0), comp(A, 1), comp(B, 0), comp(B, 1)];
    const mul = (x: ndarray, y: ndarray, out: ndarray) => ufuncs.multiply(x, y, { out });
    if (!three) {
      mul(a0, b1, cp);
      ufuncs.subtract(cp, call("multiply", a1, b0), { out: cp });
      return cp;
    }
    const [c0, c1, c2] = [comp(cp, 0), comp(cp, 1), comp(cp, 2)];
    if (na === 2) {
      const b2 = comp(B, 2);
      mul(a1, b2, c0);
      mul(a0, b2, c1);
      ufuncs.negative(c1, { out: c1 });
      mul(a0, b1, c2);
      ufuncs.subtract(c2, call("multiply", a1, b0), { out: c2 });
    } else if (nb === 3) {
      const a2 = comp(A, 2), b2 = comp(B, 2);
      mul(a1, b2, c0);
      const tmp = call("multiply", a2, b1);
      ufuncs.subtract(c0, tmp, { out: c0 });
      mul(a2, b0, c1);
      mul(a0, b2, tmp);
      ufuncs.subtract(c1, tmp, { out: c1 });
      mul(a0, b1, c2);
      mul(a1, b0, tmp);
      ufuncs.subtract(c2, tmp, { out: c2 });
    } else {
      const a2 = comp(A, 2);
      mul(a2, b1, c0);
      ufuncs.negative(c0, { out: c0 });
      mul(a2, b0, c1);
      mul(a0, b1, c2);
      ufuncs.subtract(c2, call("multiply", a1, b0), { out: c2 });
    }
    return moveAxis(cp, cp.ndim - 1, axisc);
  });
}
