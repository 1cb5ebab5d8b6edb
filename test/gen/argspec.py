"""Argument specs shared by generators whose cases call numwasm with arrays, views of earlier
arguments, slices, tuples, dicts and callbacks (gen_manipulation.py, gen_names.py). A spec is
turned into NumPy's value here (to_py) and into the JSON the test decodes (to_js; the JS side is
argDecoder in test/helpers.mjs):

  Arr(data, dtype, ops)   {"array": data, "dtype"?, "ops"?}   a fresh array, then index ops
  Ref(i, ops)             {"ref": i, "ops": [...]}            a view of positional argument i
  Slice("1:3")            {"slice": "1:3"}                     np.s_[1:3] / the index string
  Tup(*items)             {"tuple": [...]}                     a tuple
  Dict(d)                 {"dict": {...}}                      a dict / options object
  Fn(name)                {"fn": name}                         a callback: FUNCS[name] on both sides
  view ops: "T" or an index expression ("::-1", "1:, 0"...)
"""
import math

import numpy as np

from common import enc, enc_array, jsnum, jsdata

# the generator's callbacks by name (the test has a function of the same name)
FUNCS = {}


class Arr:
    def __init__(self, data, dtype=None, ops=()):
        self.data, self.dtype, self.ops = data, dtype, list(ops)


class Slice:
    def __init__(self, s):
        self.s = s


class Tup:
    def __init__(self, *items):
        self.items = items


class Dict:
    def __init__(self, d):
        self.d = d


class Fn:
    def __init__(self, name):
        self.name = name


class Ref:
    """A view of an earlier positional argument (same memory): args[i] with index ops."""
    def __init__(self, i, ops=()):
        self.i, self.ops = i, list(ops)


def apply_ops(a, ops):
    for op in ops:
        a = a.T if op == "T" else eval(f"a[{op}]", {"a": a})
    return a


def to_py(x, prev=()):
    if isinstance(x, Arr):
        return apply_ops(np.array(jsdata(x.data), dtype=x.dtype), x.ops)
    if isinstance(x, Ref):
        return apply_ops(prev[x.i], x.ops)
    if isinstance(x, Slice):
        return eval(f"np.s_[{x.s}]", {"np": np})
    if isinstance(x, Tup):
        return tuple(to_py(v, prev) for v in x.items)
    if isinstance(x, Dict):
        return {k: to_py(v, prev) for k, v in x.d.items()}
    if isinstance(x, Fn):
        return FUNCS[x.name]
    if isinstance(x, list):
        return [to_py(v, prev) for v in x]
    if isinstance(x, (int, float)) and not isinstance(x, bool):
        return jsnum(x)
    return x


def to_js(x):
    if isinstance(x, Arr):
        d = {"array": to_js(x.data)}
        if x.dtype is not None:
            d["dtype"] = x.dtype
        if x.ops:
            d["ops"] = x.ops
        return d
    if isinstance(x, Slice):
        return {"slice": x.s}
    if isinstance(x, Tup):
        return {"tuple": [to_js(v) for v in x.items]}
    if isinstance(x, Dict):
        return {"dict": {str(k): to_js(v) for k, v in x.d.items()}}
    if isinstance(x, Fn):
        return {"fn": x.name}
    if isinstance(x, Ref):
        return {"ref": x.i, "ops": x.ops}
    if isinstance(x, (list, tuple)):
        return [to_js(v) for v in x]
    if isinstance(x, str) or x is None or isinstance(x, bool):
        return x
    return enc(jsnum(x))


def root(a):
    """The array that owns a's memory."""
    while isinstance(a.base, np.ndarray):
        a = a.base
    return a


def describe(r, inputs):
    """The expected result: an array (with its views of the inputs), a JS scalar, a tuple..."""
    if isinstance(r, str):
        return {"str": r}
    if isinstance(r, type) and issubclass(r, np.generic):
        return {"scalar_type": np.dtype(r).name}
    if isinstance(r, tuple) or (isinstance(r, list) and all(isinstance(v, np.ndarray) for v in r)):
        return {"tuple": [describe(v, inputs) for v in r]}
    if isinstance(r, list):
        return {"pylist": [enc(v) for v in r]}
    if r is None:
        return {"none": True}
    if isinstance(r, np.ndarray):
        d = enc_array(r)
        d["writeable"] = bool(r.flags.writeable)
        views = [i for i, a in inputs if root(r) is root(a)]
        if views:
            d["views"] = views
            d["strides"] = list(r.strides)
        return d
    return {"scalar": enc(r)}


def run_case(cases, err, fn, args, kwargs, after=None, shape_only=False, python_only=(AttributeError, AssertionError),
             extra=None):
    """Record NumPy's answer to fn(*args, **kwargs) in `cases`: "a.name" calls a method of the
    first argument, "p.name" reads a property of it, "x.name" is np.name without the first
    argument (there only for the others to be views of); `after`: the positional index or keyword
    of an argument whose contents after the call are recorded; `err` encodes NumPy's exception.
    Exceptions in `python_only` have no JavaScript counterpart: the case is dropped. `extra(r)`
    returns more fields to record about a result (not called when NumPy raises)."""
    c = {"fn": fn, "args": to_js(list(args)), "kwargs": {k: to_js(v) for k, v in kwargs.items()}}
    pargs = []
    for a in args:
        pargs.append(to_py(a, pargs))
    pkw = {k: to_py(v, pargs) for k, v in kwargs.items()}
    inputs = [(i, a) for i, a in enumerate(pargs) if isinstance(a, np.ndarray)]
    try:
        if fn.startswith("a."):
            r = getattr(pargs[0], fn[2:])(*pargs[1:], **pkw)
        elif fn.startswith("p."):
            r = getattr(pargs[0], fn[2:])
        elif fn.startswith("x."):
            r = getattr(np, fn[2:])(*pargs[1:], **pkw)
        else:
            r = getattr(np, fn)(*pargs, **pkw)
        c["expect"] = describe(r, inputs)
        if after is not None:
            c["after"] = enc_array(pargs[after] if isinstance(after, int) else pkw[after])
            c["after_arg"] = after
        if shape_only:
            c["shape_only"] = True
        if extra is not None:
            c.update(extra(r))
    except python_only:
        return
    except Exception as e:
        c["expect"] = err(e)
    cases.append(c)


# ------------------------------------------------------------------------------- sample data
def values(dt, n, seed=0):
    """n values of dtype dt with the edge cases of the type mixed in (exact in that dtype)."""
    rng = np.random.default_rng(seed + n)
    if dt == "bool":
        return [bool(v) for v in rng.integers(0, 2, n)]
    if dt.startswith("float"):
        special = [math.nan, math.inf, -math.inf, -0.0, 0.0, 1.5, -2.25, 1e-300 if dt == "float64" else 1e-30]
        base = list(rng.normal(0, 100, n))
        for i in range(0, n, 3):
            base[i] = special[(i // 3) % len(special)]
        return [float(v) for v in np.array(base, dtype=dt)]
    info = np.iinfo(dt)
    lo, hi = int(info.min), int(info.max)
    base = [int(v) for v in rng.integers(max(lo, -100), min(hi, 100) + 1, n)]
    for i in range(0, n, 4):
        base[i] = [lo, hi, 0, 1][(i // 4) % 4]
    return base


def nested(flat, shape):
    if not shape:
        return flat[0]
    if len(shape) == 1:
        return flat[: shape[0]]
    step = int(np.prod(shape[1:]))
    return [nested(flat[i * step:(i + 1) * step], shape[1:]) for i in range(shape[0])]


def arr(shape, dt="int64", seed=0, ops=()):
    n = int(np.prod(shape)) if shape else 1
    return Arr(nested(values(dt, max(n, 1), seed), list(shape)) if n else np.zeros(shape).tolist(), dt, ops)


def rng_arr(shape, dt="int64", ops=()):
    n = int(np.prod(shape))
    return Arr(nested(list(range(n)), list(shape)) if n else np.zeros(shape).tolist(), dt, ops)


# Input layouts exercised for every function: contiguous, reversed, strided, transposed.
def layouts(shape, dt="int64", seed=0):
    out = [arr(shape, dt, seed)]
    if len(shape) >= 1 and shape[0] > 1:
        out.append(arr(shape, dt, seed, ops=["::-1"]))
        big = [shape[0] * 2] + list(shape[1:])
        out.append(arr(big, dt, seed, ops=["::2"]))
    if len(shape) >= 2:
        out.append(arr(list(reversed(shape)), dt, seed, ops=["T"]))
        out.append(arr(list(reversed(shape)), dt, seed, ops=["T", "::-1, ::-1"]))
    return out


def sample(shape, dt, seed=0, ops=()):
    """An Arr of `shape`: random floats (normal, rounded to 3 decimals) or values()'s integers /
    bools with the type's extremes (so integer products wrap); `ops` make it a view."""
    n = int(np.prod(shape)) if shape else 1
    if dt.startswith("float"):
        rng = np.random.default_rng(seed + 7 * n)
        vals = [float(v) for v in np.round(rng.normal(0, 3, max(n, 1)), 3).astype(dt)]
    else:
        vals = values(dt, max(n, 1), seed)
    return Arr(nested(vals, list(shape)) if n else np.zeros(shape).tolist(), dt, ops)


def sample_view(shape, dt, seed, kind):
    """A sample of `shape` as a view: transposed, reversed, strided, both, or transposed reversed."""
    base, ops = {
        "T": (shape[::-1], ["T"]),
        "rev": (shape, ["::-1"]),
        "step": ([2 * shape[0]] + shape[1:], ["::2"]),
        "rev_step": ([shape[0], 2 * shape[1]], ["::-1, ::2"]),
        "T_rev": (shape[::-1], ["T", "::-1, ::-1"]),
    }[kind]
    return sample(base, dt, seed, ops)
