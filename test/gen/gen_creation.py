"""Golden fixtures for the range/matrix/buffer creation functions: arange, linspace, logspace,
geomspace, indices, fromfunction, eye, identity, diag, diagflat, tri, frombuffer, fromiter.

Each case is {"fn", "args", "kwargs", "expect"} and test/creation.test.mjs calls
np[fn](...args, kwargs) on numwasm. Arguments are given as JavaScript sees them: an integral
number is a Python int there, so integral floats are turned into ints before NumPy runs.
Argument encoding (decoded by the test):
  scalar                 enc(): special floats and ints beyond 2**53 as strings
  {"array": d, "dtype"}  np.array(d, dtype)
  {"bytes": [...]}       a byte buffer (the test tries Uint8Array, ArrayBuffer, DataView, ...)
  {"iter": [...]}        a one-shot iterator (a JS generator) over the items
  {"fn": name}           a callback for fromfunction (see FUNCS)
Expectations: an encoded array; {"error", "message"}; {"tuple": [...]} (retstep, sparse
indices), whose items are arrays or {"scalar": v}. "ulp": n allows n units in the last place
(power/log10 results, computed by different libms), except at the flat indices in "exact".
"readonly": true for np.diag's view of a 2-d input.
"""
import functools
import math
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from common import enc, enc_array, err, dump, jsnum, jsdata

warnings.simplefilter("ignore")
DTYPES = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float32", "float64"]
NUMERIC = DTYPES[1:]


class Arr:
    def __init__(self, data, dtype=None):
        self.data, self.dtype = data, dtype


class Bytes:
    def __init__(self, data):
        self.data = bytes(data)


class Iter:
    def __init__(self, items):
        self.items = items


class Fn:
    def __init__(self, name):
        self.name = name


FUNCS = {
    "add": lambda *xs: functools.reduce(np.add, xs),
    "first": lambda *xs: xs[0],
    "affine": lambda i, j: i * 3 + j,
    "kw": lambda i, j, offset: i + j + offset,
}



def to_py(x):
    if isinstance(x, Arr):
        return np.array(jsdata(x.data), dtype=x.dtype)
    if isinstance(x, Bytes):
        return x.data
    if isinstance(x, Iter):
        return iter(jsdata(x.items))
    if isinstance(x, Fn):
        return FUNCS[x.name]
    if isinstance(x, (list, tuple)):
        return [to_py(v) for v in x]
    if isinstance(x, (int, float)) and not isinstance(x, bool):
        return jsnum(x)
    return x


def to_js(x):
    if isinstance(x, Arr):
        return {"array": to_js(x.data), "dtype": x.dtype}
    if isinstance(x, Bytes):
        return {"bytes": list(x.data)}
    if isinstance(x, Iter):
        return {"iter": to_js(x.items)}
    if isinstance(x, Fn):
        return {"fn": x.name}
    if isinstance(x, (list, tuple)):
        return [to_js(v) for v in x]
    if isinstance(x, str) or x is None or isinstance(x, bool):
        return x
    return enc(jsnum(x))


def describe(r):
    if isinstance(r, tuple):
        return {"tuple": [describe(v) for v in r]}
    if isinstance(r, np.ndarray):
        return enc_array(r)
    return {"scalar": enc(r)}


cases = []


def case(fn, *args, ulp=None, exact=None, **kwargs):
    c = {"fn": fn, "args": to_js(list(args)), "kwargs": {k: to_js(v) for k, v in kwargs.items()}}
    try:
        r = getattr(np, fn)(*to_py(list(args)), **{k: to_py(v) for k, v in kwargs.items()})
        c["expect"] = describe(r)
        if fn == "diag" and isinstance(r, np.ndarray) and not r.flags.writeable:
            c["readonly"] = True
        if ulp is not None:
            c["ulp"] = ulp
            if exact is not None:
                c["exact"] = exact(r)
    except Exception as e:
        c["expect"] = err(e)
    cases.append(c)


# ---------------------------------------------------------------------------------- arange
for args in [(10,), (0,), (-3,), (2, 9), (9, 2), (2, 9, 3), (9, 2, -3), (-7, 7, 2), (5, 5), (0, 10, 20),
             (0, 1, 0.1), (1, 1.3, 0.1), (0.5, 5), (0, 5, 0.5), (-1.5, 2.5, 0.25), (10, 0, -1.5), (1e-3, 1e-2, 1e-3),
             (0, 1, 1 / 3), (0.1, 0.9, 0.2), (1, 2, 0.1), (100, -100, -7.5), (3.5,), (-0.0, 3), (0, -0.0),
             (0, 1, math.inf), (0, -1, math.inf), (0.5, 1.5, 1e18), (0.5, 1e-300, 1e-310), (2**53, 2**53 + 6), (-2**62, -2**62 + 10, 3),
             (2**63 - 5, 2**63 - 1), (0, 2**62, 2**60), (True, 5), (True, 5, True), (False, 2), (5, None), (5, None, 2),
             (0, 1000), (0.25, 1000.75, 0.7), (-3, 1000, 7), (1e15, 1e15 + 1000.5, 0.5)]:
    case("arange", *args)
for dt in DTYPES:
    for args in [(5,), (2, 9), (0.5, 5), (1.5, 4, 0.5), (0, 5, 1.5), (-3, 3), (10, 0, -3), (2,), (1, 3), (0, 40, 3),
                 (0.3, 100.9, 0.7), (250, 260), (-130, 130, 7), (0, 70000, 3000)]:
        case("arange", *args, dtype=dt)
    case("arange", 0, 5, 1, dt)  # dtype positional
for dt in ["float32", "float64"]:
    case("arange", 0.1, 1000.3, 0.37, dtype=dt)
    case("arange", -1e6, 1e6, 1234.5678, dtype=dt)
    case("arange", 16777200, 16777230, dtype=dt)
case("arange", 0, 300, 20, dtype="int8")
case("arange", 0, 70000, 1000, dtype="uint16")
case("arange", 2**53 + 1, 2**53 + 9, 3, dtype="int64")
case("arange", 2**63, 2**63 + 2048 * 4, 2048, dtype="uint64")
case("arange", 2**64 - 10, 2**64 - 1, 2, dtype="uint64")
case("arange", stop=5)
case("arange", 5, stop=8)
case("arange", start=2, stop=8, step=2)
case("arange", 0, 5, 0.5, dtype="int64")
# errors
case("arange", 0, 10, 0)
case("arange", 0.0 + 0.5, 10, 0)
case("arange", 0, 10, -0.0)
case("arange", 0, math.nan)
case("arange", math.nan)
case("arange", 0, 1, math.nan)
case("arange", 0, math.inf)
case("arange", -math.inf, 0, 0.5)
case("arange", 0, 1e20)
case("arange", 2**64)
case("arange", 0, 2**62)
case("arange", 3, dtype="bool")
case("arange", 200, 300, 20, dtype="int8")
case("arange", -3.5, 0, dtype="uint8")
case("arange", -1, 2, dtype="uint64")
case("arange", 300.5, 310, dtype="int8")
case("arange", 0, 300, 200, dtype="int8")
case("arange", start=5)
case("arange", dtype="int64")

# -------------------------------------------------------------------------------- linspace
for args, kw in [((0, 1), {}), ((0, 1, 5), {}), ((0, 1, 10), {}), ((0, 1, 10), {"endpoint": False}), ((1, 0, 7), {}),
                 ((-2.5, 11.75, 13), {}), ((0, 1, 1), {}), ((0, 1, 0), {}), ((0, 1, 1), {"endpoint": False}),
                 ((0, 1, 2), {}), ((3, 3, 4), {}), ((-0.0, 0.0, 3), {}), ((0, 5e-324, 3), {}), ((0, 1e-320, 5), {}),
                 ((0, math.inf, 3), {}), ((math.inf, math.inf, 3), {}), ((0, math.nan, 3), {}), ((-9e18, 9e18, 5), {}), ((0.5, 3.5e18, 4), {}), ((1e-300, 2e-300, 3), {}),
                 ((2**53, 2**53 + 10, 11), {}), ((True, 3, 4), {}), ((0.1, 0.7, 1000), {}), ((-1, 1, 101), {"endpoint": False}),
                 ((0, 10, 4), {"dtype": "int64"}), ((-5, 5, 4), {"dtype": "int64"}), ((0, 1, 5), {"dtype": "bool"}),
                 ((0, 1, 5), {"retstep": True}), ((0, 1, 5), {"retstep": True, "endpoint": False}),
                 ((0, 1, 1), {"retstep": True}), ((0, 1, 0), {"retstep": True}), ((2, 3, True), {}),
                 ((0, 1, 5), {"axis": -1}), ((0, 1, 5), {"axis": 1}), ((0, 1, -1), {}), ((0, 1, 2.5), {})]:
    case("linspace", *args, **kw)
for dt in NUMERIC:
    case("linspace", 0, 100, 9, dtype=dt)
    case("linspace", 0.5, 20.25, 13, endpoint=False, dtype=dt)
for dt in ["int8", "int16", "int32", "int64", "float32", "float64"]:
    case("linspace", -7.5, 6.5, 11, dtype=dt)
# array start/stop, broadcasting and axis
case("linspace", [0, 1], [2, 3], 5)
case("linspace", [0, 1], [2, 3], 5, axis=1)
case("linspace", [0, 1], [2, 3], 5, axis=-1)
case("linspace", [0, 1], 1, 3, retstep=True)
case("linspace", 0, [1, 2], 3, endpoint=False, retstep=True)
case("linspace", 0, [0, 2], 3)
case("linspace", [[0], [10]], [1, 2, 3], 4)
case("linspace", [[0], [10]], [1, 2, 3], 4, axis=2)
case("linspace", [[0], [10]], [1, 2, 3], 4, axis=1, endpoint=False)
case("linspace", [[0], [10]], [1, 2, 3], 4, axis=-2, dtype="int32")
case("linspace", [0, 1], [2, 3], 5, axis=2)
case("linspace", [0, 1], [2, 3], 5, axis=-3)
case("linspace", [0, 1], [2, 3], 1)
case("linspace", [0, 1], [2, 3], 0, axis=1)
case("linspace", [0, 5e-324], [1, 1e-323], 3)
case("linspace", Arr(0), Arr(1), 3, retstep=True)
case("linspace", Arr([1, 2], "int16"), 5.5, 3)
case("linspace", Arr([1, 2], "float32"), 5.5, 4)
case("linspace", Arr([1, 2], "float32"), Arr(5.5, "float32"), 7, retstep=True)
case("linspace", Arr([0.1, 0.2], "float32"), Arr([1e7, -3.3], "float32"), 6, axis=1)
case("linspace", Arr([1, 2], "float32"), Arr(5.5), 4)
case("linspace", Arr([True, False]), 5, 3)
case("linspace", Arr([1, 2], "int8"), Arr([7, 100], "uint8"), 5, dtype="uint8")
case("linspace", Arr([[1.5, -2.5]], "float64"), Arr([[4], [8]], "float64"), 6, axis=1, dtype="int64", retstep=True)

# -------------------------------------------------------------------------- logspace/geomspace
def ends(axis=0, endpoint=True):
    """Flat indices NumPy sets exactly: the first and (with endpoint) last sample along axis."""
    def f(r):
        if r.size == 0:
            return []
        idx = np.arange(r.size).reshape(r.shape)
        idx = np.moveaxis(idx, axis, 0)
        out = list(idx[0].ravel())
        if endpoint and idx.shape[0] > 1:
            out += list(idx[-1].ravel())
        return sorted(int(i) for i in out)
    return f


for args, kw in [((0, 3, 4), {}), ((0, 2), {}), ((0, 3, 4), {"endpoint": False}), ((-2, 2, 9), {}), ((0.5, 2.5, 7), {}),
                 ((0, 2, 3), {"base": 2}), ((0, 10, 11), {"base": 2}), ((0, 3, 4), {"base": 0.5}), ((0, 1, 5), {"base": math.e}),
                 ((1, -1, 6), {"base": 3.5}), ((0, 3, 4), {"dtype": "int64"}), ((0, 3, 4), {"dtype": "float32"}),
                 ((0, 3, 1), {}), ((0, 3, 0), {}), ((0, 10, 6), {"base": -2}), ((0, 1, 3), {"base": 1}),
                 ((0, 2, 3), {"base": Arr(2.0)}), ((0, 3, 4), {"base": [2, 10]}), ((0, 3, 4), {"base": [2, 10], "axis": 1}),
                 (([0, 1], 3, 4), {"base": [2, 10], "axis": -1}), ((0, 3, 4), {"base": [2, 10], "axis": 2}),
                 (([0, 1], [2, 4], 3), {}), (([0, 1], [2, 4], 3), {"axis": 1}), ((Arr([0, 1], "float32"), 2, 5), {}),
                 ((0, 1, -1), {})]:
    case("logspace", *args, ulp=2, **kw)
for args, kw in [((1, 1000, 4), {}), ((1, 1000, 4), {"endpoint": False}), ((1, 2, 3), {}), ((1, 256, 9), {}),
                 ((2, 3, 50), {}), ((-1, -1000, 4), {}), ((-1, 1000, 4), {}), ((1000, 1, 4), {}), ((1e-3, 1e3, 7), {}),
                 ((1, 1000, 4), {"dtype": "int64"}), ((1, 2, 3), {"dtype": "float32"}), ((1, 1000, 1), {}),
                 ((1, 1000, 0), {}), ((1, 1000, 1), {"endpoint": False}), ((0.1, 10, 5), {}), ((5, 5, 3), {}),
                 ((math.nan, 5, 3), {}), ((1, math.inf, 3), {}), (([1, -2], [1000, -32], 4), {}),
                 (([1, -2], [1000, -32], 4), {"axis": 1}), (([[1], [10]], [100, 1000], 3), {"axis": -1}),
                 ((Arr([1, 2], "float32"), Arr(5, "float32"), 3), {"dtype": "float32"}), ((Arr([1, 2], "float32"), 5, 3), {}),
                 ((0, 1), {}), ((1, 0), {}), (([1, 0], 5), {}), ((1, 10, -1), {})]:
    axis = kw.get("axis", 0)
    endpoint = kw.get("endpoint", True)

    def exact(r, axis=axis, endpoint=endpoint):
        return ends(axis if axis >= 0 else r.ndim + axis, endpoint)(r)
    case("geomspace", *args, ulp=2, exact=exact, **kw)

# ---------------------------------------------------------------------------- eye/identity/tri
for args, kw in [((3,), {}), ((0,), {}), ((1,), {}), ((3, 5), {}), ((5, 3), {}), ((4,), {"k": 1}), ((4,), {"k": -2}),
                 ((3, 5), {"k": 3}), ((3, 5), {"k": 5}), ((3, 5), {"k": -3}), ((3, 5), {"k": -7}), ((3, None, 1), {}),
                 ((3, 4, 1, "int32"), {}), ((3,), {"order": "F"}), ((3, 4), {"k": 1, "order": "F"}), ((-1,), {}),
                 ((2.5,), {}), ((2, 3, 1.5), {}), ((4, 0), {})]:
    case("eye", *args, **kw)
for dt in DTYPES:
    case("eye", 3, 4, -1, dtype=dt)
    case("identity", 3, dtype=dt)
    case("tri", 3, 5, 1, dtype=dt)
case("identity", 0)
case("identity", 4)
for args, kw in [((3,), {}), ((1,), {}), ((0,), {}), ((3, 5), {}), ((5, 3), {}), ((4,), {"k": 1}), ((4,), {"k": -2}),
                 ((3, 5, 2), {}), ((3, 5, 10), {}), ((3, 5, -10), {}), ((2, 4, -5), {}), ((-1,), {}), ((3, -1), {}),
                 ((-2, 3), {}), ((3, None, -1), {}), ((4, 2), {"k": 1}), ((2.5,), {}), ((3, 4), {"k": -1, "dtype": "int8"})]:
    case("tri", *args, **kw)

# ---------------------------------------------------------------------------- diag/diagflat
for v in [[1, 2, 3], [1.5, -2.5], [True, False, True], [], [7]]:
    for k in [0, 1, -1, 3, -2]:
        case("diag", v, k)
m = [[1, 2, 3], [4, 5, 6]]
for k in [0, 1, 2, 3, 5, -1, -2, -5]:
    case("diag", m, k)
    case("diag", Arr(m, "float32"), k=k)
case("diag", [[1, 2], [3, 4], [5, 6]], -1)
case("diag", [[]])
case("diag", Arr([1, 2, 3], "uint8"), 1)
case("diag", Arr([1, 2, 3], "int16"), -1)
case("diag", [[[1]]])
case("diag", 5)
for v, k in [([[1, 2], [3, 4]], 0), ([[1, 2], [3, 4]], -1), ([[1, 2], [3, 4]], 2), ([1, 2, 3], 0), (5, 0), (5, -2), ([], 1),
             (Arr([[1.5, 2], [3, 4], [5, 6]], "float32"), 1)]:
    case("diagflat", v, k)
case("diagflat", [1, 2], k=-3)

# ---------------------------------------------------------------------------- indices/fromfunction
for dims, kw in [([2, 3], {}), ([4], {}), ([2, 3, 4], {}), ([], {}), ([2, 0], {}), ([2, 3], {"dtype": "float32"}),
                 ([3, 2], {"dtype": "int8"}), ([2, 2], {"dtype": "bool"}), ([3], {"dtype": "bool"}), ([2, 3], {"sparse": True}),
                 ([2, 3, 1], {"sparse": True, "dtype": "uint16"}), ([2, 3], {"dtype": "float64"}), ([-1, 2], {})]:
    case("indices", dims, **kw)
for fn, shape, kw in [("add", [2, 3], {}), ("add", [2, 3], {"dtype": "int64"}), ("first", [4], {}), ("add", [2, 2, 3], {}),
                      ("affine", [3, 4], {"dtype": "int32"}), ("affine", [3, 2], {}), ("first", [3, 2], {"dtype": "uint8"}),
                      ("kw", [2, 2], {"offset": 10})]:
    case("fromfunction", Fn(fn), shape, **kw)

# ---------------------------------------------------------------------------- frombuffer/fromiter
raw = bytes(range(1, 65)) + bytes([0x00, 0x00, 0xc0, 0x7f, 0, 0, 0x80, 0xff, 0, 0, 0, 0, 0, 0, 0xf0, 0x7f])
for dt in DTYPES:
    case("frombuffer", Bytes(raw), dtype=dt)
    case("frombuffer", Bytes(raw[:48]), dt, 3, 8)
    case("frombuffer", Bytes(raw), dtype=dt, count=2, offset=16)
for dt in [">i2", ">u4", ">f8", ">i8", ">f4", ">u1", "<i4", "=f8", "|b1"]:
    case("frombuffer", Bytes(raw[:32]), dtype=dt)
case("frombuffer", Bytes(raw[:16]))
case("frombuffer", Bytes(b""))
case("frombuffer", Bytes(b"abcdefgh"), count=0)
case("frombuffer", Bytes(b"abcdefgh"), dtype="uint8", count=-5)
case("frombuffer", Bytes(b"abcdefgh"), dtype="int16", offset=1, count=2)
case("frombuffer", Bytes(b"abcdefgh"), offset=8)
case("frombuffer", Bytes(b"abc"))
case("frombuffer", Bytes(b"abcdefgh"), offset=9)
case("frombuffer", Bytes(b"abcdefgh"), offset=-1)
case("frombuffer", Bytes(b"abcdefgh"), dtype="uint8", count=9)
case("frombuffer", Bytes(b"abcdefgh"), dtype="int16", offset=1)
case("frombuffer", Bytes(b"abcdefgh"), dtype="int32", offset=4, count=2)
case("frombuffer", [1, 2])
case("frombuffer", Arr([1, 2, 3], "int16"), dtype="uint8")
case("frombuffer", Arr([[1, 2], [3, 4]], "int32"), dtype="int64")

for items, dt, kw in [([1, 2, 3], "int64", {}), ([1, 2, 3], "float32", {}), ([1.5, -2.7, 3], "int8", {}), ([True, 2.5], "float64", {}),
                      ([], "float64", {}), ([1, 2, 3], "int8", {"count": 2}), ([1, 2, 3], "int8", {"count": 5}),
                      ([1, 2, 300], "int8", {}), ([-1], "uint8", {}), ([math.nan], "int64", {}), ([math.inf], "int64", {}),
                      ([1e20], "int64", {}), ([2**63 - 1, -2**63], "int64", {}), ([2**64 - 1], "uint64", {}), ([0, 2, 0.5], "bool", {}),
                      ([1, 2], None, {}), ([[1], 2, 3], "int8", {}), ([[1], 2, 3], "float64", {}), ([1, 2, 3], "int64", {"count": -5}),
                      ([1, 2, 3], "int64", {"count": 0}), ([1.5, math.nan, -math.inf, -0.0], "float64", {}),
                      (list(range(200)), "uint8", {"count": 150})]:
    case("fromiter", Iter(items), dt, **kw)
case("fromiter", Iter([1, 2]))
case("fromiter", 5, "int64")

# np.full / np.full_like fill as copyto(a, v, casting='unsafe') (differential fuzz): a Python
# float into an integer dtype is cast (NaN / inf / out of range give the cast's values, no
# error), a Python int must fit even an empty result, an array value must broadcast to it
for v, dt in [(math.nan, "int64"), (math.inf, "uint8"), (-math.inf, "int32"), (1.5e20, "int16"),
              (-2.5, "uint8"), (-0.0, "uint8"), (2.7, "int8"), (300, "bool")]:
    case("full", [2], v, dtype=dt)
    case("full_like", Arr([1, 2], "uint8"), v, dtype=dt)
case("full_like", Arr([1, 2], "uint8"), -math.inf)
for shape, v, dt in [([0], 300, "int8"), ([0, 2], -129, "uint8"), ([2], -129, "uint8")]:
    case("full", shape, v, dtype=dt)
    case("full_like", Arr(np.zeros(shape).tolist(), "float64"), v, dtype=dt)
# shape arguments as NumPy's PyArray_IntpConverter reads them (np.empty: errors only)
for shape in [True, False, 2.5, [2, True], [2.5], "ab", None, -1, [3, -1], 2**63, [1, 2**63], 1e20, math.nan]:
    for fn in ["empty", "zeros", "ones"]:
        case(fn, shape)
for shape in [[], 0, [0, 3], [2, 1]]:
    case("zeros", shape)
    case("ones", shape, dtype="int8")
case("full", True, 1.0)
case("full", [2, 2.5], 1.0)
case("full", [0], Arr([7, 7], "uint32"), dtype="int32")
case("full", [4, 0], Arr([-64, 64], "int8"), dtype="uint64")
case("full", [4, 1], Arr([-64, 64], "int8"))

dump(os.path.join(os.path.dirname(__file__), "..", "fixtures", "creation.json"), cases)
print(f"{len(cases)} cases")
