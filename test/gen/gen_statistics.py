"""Golden fixtures for the statistics functions: test/fixtures/statistics.json, replayed on numwasm
by test/statistics.test.mjs.

Each case calls one np function with arguments built the same way on both sides:

  argument spec (JSON)                     JS value                        Python value
  {"a": array, "view": ops?}               fresh ndarray, then view ops    same
  {"lcg": {n, a, m, scale, dtype}}         ((arange(n)*a % m) / m * scale).astype(dtype), computed
                                           with numwasm's exact ufuncs     same with NumPy (exact
                                           IEEE operations: identical data on both sides)
  {"v": name}                              the case's variable             same object
  {"n": x}                                 JS number / boolean             Python int / float / bool
  {"list": nested}                         nested JS array                 nested list
  null                                     null                            None
  raw JSON string                          the string                      the string

  view ops: ["T"] | ["get", "<NumPy index string>"] | ["reshape", shape] | ["transpose", axes]
  array: {"dtype", "shape", "data"}, data flat in C order (test/gen/common.py's encoding; float32
  elements as their exact double value). A Python float given as {"n": x} is never integral
  (an integral JS number is a Python int).

  case: {"f": name, "args": [spec], "kw": {name: spec | raw}, "vars": {name: spec}, "exp": result,
         "after": {var: array}, "same": var, "tol": rtol?, "zsign": false?}
  result: {"arr": array} | {"sc": value, "dtype": name} (a NumPy scalar: a JS number/boolean)
          | {"tuple": [result]} | {"input": i} (NumPy returned argument i itself)
          | {"error": class, "message": text}
  "tol": floats compare within rtol * max|expected| (the functions that sum products: NumPy
  calls BLAS there, whose summation order and FMA use depend on the machine); otherwise floats
  compare bit for bit (NaN equals NaN) and "zsign": false leaves the sign of zeros unchecked
  (np.partition leaves the order of equal keys such as 0.0 / -0.0 unspecified).
"""
import os, sys, json, math, warnings
import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import enc, enc_array, dump

warnings.simplefilter("ignore")
np.seterr(all="ignore")
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "fixtures", "statistics.json")

INTS = ["int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64"]
FLOATS = ["float32", "float64"]
ALL = ["bool"] + INTS + FLOATS
rng = np.random.default_rng(20240611)


# ---------------------------------------------------------------- argument specs
class Spec:
    def __init__(self, js, py):
        self.js, self.py = js, py


def A(x, dtype=None, view=None):
    arr = np.array(x, dtype=dtype)
    def make():
        a = arr.copy()
        for op in view or []:
            a = apply_view(a, op)
        return a
    js = {"a": enc_array(arr)}
    if view:
        js["view"] = view
    return Spec(js, make)


def apply_view(a, op):
    if op[0] == "T":
        return a.T
    if op[0] == "get":
        return eval(f"a[{op[1]}]", {"a": a, "None": None})
    if op[0] == "reshape":
        return a.reshape(op[1])
    if op[0] == "transpose":
        return a.transpose(op[1])
    raise ValueError(op)


def LCG(n, a=7919, m=10007, scale=1.0, dtype="float64", view=None):
    def make():
        x = ((np.arange(n) * a % m) / m * scale).astype(dtype)
        for op in view or []:
            x = apply_view(x, op)
        return x
    js = {"lcg": {"n": n, "a": a, "m": m, "scale": scale, "dtype": dtype}}
    if view:
        js["view"] = view
    return Spec(js, make)


def V(name):
    return Spec({"v": name}, None)


def N(x):
    assert not (isinstance(x, float) and x.is_integer()), f"integral float {x} would be an int in JS"
    return Spec({"n": enc(x)}, lambda: x)


def L(x):
    def walk(v):
        assert not (isinstance(v, float) and v.is_integer()), f"integral float {v} in a list"
        if isinstance(v, list):
            for c in v:
                walk(c)
    walk(x)
    return Spec({"list": x}, lambda: json.loads(json.dumps(x)))


def js_of(v):
    if isinstance(v, Spec):
        return v.js
    if v is None or isinstance(v, (str, bool)):
        return v
    if isinstance(v, (list, tuple)):
        return [js_of(x) for x in v]
    if isinstance(v, (int, float)):
        return N(v).js
    raise TypeError(v)


def py_of(v, env):
    if isinstance(v, Spec):
        return env[v.js["v"]] if "v" in v.js else v.py()
    if isinstance(v, list):
        return [py_of(x, env) for x in v]
    if isinstance(v, tuple):
        return tuple(py_of(x, env) for x in v)
    return v


NW_ERRORS = {"AxisError", "ValueError", "TypeError", "IndexError", "ZeroDivisionError", "RuntimeError", "OverflowError"}


def enc_result(r, args):
    for i, a in enumerate(args):
        if r is a and not isinstance(a, np.ndarray):
            return {"input": i}
    if isinstance(r, (tuple, list)):
        return {"tuple": [enc_result(x, args) for x in r]}
    if isinstance(r, np.ndarray):
        return {"arr": enc_array(r)}
    if isinstance(r, (np.generic, int, float, bool)):
        return {"sc": enc(r), "dtype": np.asarray(r).dtype.name}
    raise TypeError(type(r))


CASES = []


def C(group, f, *args, vars=None, tol=None, zsign=None, note=None, own=False, **kw):
    env = {k: py_of(v, {}) for k, v in (vars or {}).items()}
    pargs = [py_of(a, env) for a in args]
    pkw = {k: py_of(v, env) for k, v in kw.items()}
    case = {"group": group, "f": f, "args": [js_of(a) for a in args]}
    if kw:
        case["kw"] = {k: js_of(v) for k, v in kw.items()}
    if vars:
        case["vars"] = {k: js_of(v) for k, v in vars.items()}
    try:
        r = getattr(np, f)(*pargs, **pkw)
        case["exp"] = enc_result(r, pargs)
        if own:
            case["own"] = bool(r.flags.owndata)
        if vars:
            case["after"] = {k: enc_array(v) for k, v in env.items() if isinstance(v, np.ndarray)}
            for k, v in env.items():
                if r is v:
                    case["same"] = k
    except Exception as e:
        # NumPy's private subclasses (UFuncTypeError, ...) by their public class
        name = next((c.__name__ for c in type(e).__mro__ if c.__name__ in NW_ERRORS), None)
        assert name, (f, type(e).__name__, e)
        case["exp"] = {"error": name, "message": str(e)}
    if tol is not None:
        case["tol"] = tol
    if zsign is not None:
        case["zsign"] = zsign
    if note:
        case["note"] = note
    CASES.append(case)


# ---------------------------------------------------------------- data
def data(dtype, shape, special=False):
    n = int(np.prod(shape))
    if dtype == "bool":
        return rng.integers(0, 2, n).astype(bool).reshape(shape)
    if dtype in INTS:
        info = np.iinfo(dtype)
        lo, hi = max(info.min, -1000), min(info.max, 1000)
        return rng.integers(lo, hi, n, endpoint=True).astype(dtype).reshape(shape)
    x = np.round(rng.standard_normal(n) * 10, 3).astype(dtype)
    if special and n >= 6:
        x[rng.choice(n, 3, replace=False)] = [np.nan, np.inf, -np.inf][: 3]
    return x.reshape(shape)


def floats(shape, dtype="float64", nan=0):
    x = np.round(rng.standard_normal(int(np.prod(shape))) * 10, 4).astype(dtype)
    if nan:
        x[rng.choice(x.size, nan, replace=False)] = np.nan
    return x.reshape(shape)


# ---------------------------------------------------------------- median
def gen_median():
    g = "median"
    for dt in ALL:
        C(g, "median", A(data(dt, (7,))))
        C(g, "median", A(data(dt, (8,))))
        C(g, "median", A(data(dt, (3, 4))), axis=0)
        C(g, "median", A(data(dt, (3, 5))), axis=1)
    x = A(floats((3, 4, 5)))
    for ax in [None, 0, 1, 2, -1, (0, 1), (0, 2), (1, 2), (2, 0), (0, 1, 2)]:
        C(g, "median", x, axis=list(ax) if isinstance(ax, tuple) else ax)
        C(g, "median", x, axis=list(ax) if isinstance(ax, tuple) else ax, keepdims=True)
    C(g, "median", x, 1, keepdims=True)
    # NaN / inf / -0.0
    C(g, "median", A([1.0, np.nan, 3.0]))
    C(g, "median", A([[1.0, np.nan, 3.0, 4.5], [2.5, 0.5, -1.5, 7.25]]), axis=1)
    C(g, "median", A([[1.0, np.nan], [2.5, 0.5]]), axis=0)
    C(g, "median", A([np.inf, -np.inf, 1.5]))
    C(g, "median", A([np.inf, -np.inf]))
    C(g, "median", A([np.inf, np.inf, 1.5, 2.5]))
    C(g, "median", A([-0.0, -0.0, 1.5]), zsign=False)
    C(g, "median", A([-0.0, 0.0]), zsign=False)
    C(g, "median", A(np.array([1e308, 1.5e308]), dtype="float64"))
    C(g, "median", A(np.array([3e38, 3.2e38], dtype="float32")))
    C(g, "median", A(np.array([2**62 + 1, 2**62 + 3], dtype="int64")))
    C(g, "median", A(np.array([2**63 + 11, 2**64 - 1], dtype="uint64")))
    C(g, "median", A([120, 100], dtype="int8"))
    # empty
    C(g, "median", A(np.zeros(0)))
    C(g, "median", A(np.zeros(0, dtype="int32")))
    C(g, "median", A(np.zeros((0, 3))), axis=0)
    C(g, "median", A(np.zeros((0, 3))), axis=1)
    C(g, "median", A(np.zeros((3, 0))), axis=1)
    C(g, "median", A(np.zeros((3, 0))), axis=0)
    C(g, "median", A(5.5))
    C(g, "median", N(5.5))
    C(g, "median", L([3, 1, 2]))
    # views
    b = floats((4, 6))
    C(g, "median", A(b, view=[["T"]]), axis=0)
    C(g, "median", A(b, view=[["get", "::-1, ::2"]]), axis=1)
    C(g, "median", A(b, view=[["get", "1:, ::-3"]]))
    # out
    C(g, "median", A(floats((3, 4))), axis=1, out=V("o"), vars={"o": A(np.zeros(3))})
    C(g, "median", A(floats((3, 4))), axis=1, keepdims=True, out=V("o"), vars={"o": A(np.zeros((3, 1)))})
    C(g, "median", A([1, 2], dtype="int64"), out=V("o"), vars={"o": A(np.zeros((), dtype="int64"))})
    C(g, "median", A(floats((3, 4))), axis=0, out=V("o"), vars={"o": A(np.zeros(4, dtype="float32"))})
    # larger rows (selection, not sorting)
    C(g, "median", LCG(10001))
    C(g, "median", LCG(10000, dtype="float32"))
    C(g, "median", LCG(3000, a=13, m=101, dtype="int16"))
    C(g, "median", LCG(2400, view=[["reshape", [40, 60]]]), axis=0)
    C(g, "median", LCG(2400, view=[["reshape", [40, 60]]]), axis=1)
    C(g, "median", LCG(5000, a=1, m=5000))  # sorted input
    C(g, "median", LCG(5000, a=1, m=5000, view=[["get", "::-1"]]))  # reversed
    C(g, "median", LCG(5001, a=0, m=7))  # all equal
    C(g, "median", A(floats((3, 5))), 1, None, True)  # overwrite_input: accepted, input left as is
    C(g, "median", A(floats((3, 5))), axis=1, overwrite_input=True)
    # errors
    C(g, "median", A(floats((2, 3))), axis=2)
    C(g, "median", A(floats((2, 3))), axis=-3)
    C(g, "median", A(floats((2, 3))), axis=(0, 0))
    C(g, "median", A(floats((2, 3))), axis=[1, -1])


# ---------------------------------------------------------------- quantile / percentile
METHODS = ["inverted_cdf", "averaged_inverted_cdf", "closest_observation", "interpolated_inverted_cdf", "hazen",
           "weibull", "linear", "median_unbiased", "normal_unbiased", "lower", "higher", "midpoint", "nearest"]


def gen_quantile():
    g = "quantile"
    qs = [0.0, 0.1, 0.25, 0.5, 0.7, 0.9, 1.0]
    # found by a differential fuzz: a weak q landing exactly on an element interpolates (in
    # float64 for integer samples) unless the method takes elements as they are, and unsigned
    # samples at the ends do not wrap (percentile's q / 100 is a float even for an int q)
    for m in METHODS:
        for dt in ["int8", "int32", "uint8", "uint64", "bool"]:
            x = A(np.array([[3, 1, 2]]).astype(dt))
            for q in [0, 0.5, 1]:
                C(g, "quantile", x, N(q), axis=1, method=m)
            for q in [0, 50, 100]:
                C(g, "percentile", x, N(q), axis=1, method=m)
        C(g, "percentile", A(np.array([7, 9], "uint8")), N(100), method=m)
        C(g, "quantile", A(np.array([7, 9], "uint64")), N(0), method=m)
        C(g, "quantile", A(np.array([1.5, 2.5, 3.5], "float32")), N(0.5), method=m)
    for m in METHODS:
        for n in [1, 2, 5, 10]:
            x = A(floats((n,)))
            C(g, "quantile", x, A(qs), method=m)
            C(g, "quantile", x, N(0.3), method=m)
        C(g, "quantile", A(data("int64", (9,))), A(qs), method=m)
        C(g, "quantile", A(data("int8", (6,))), N(0.45), method=m)
        C(g, "quantile", A(data("uint8", (6,))), A(qs), method=m)
        C(g, "quantile", A(data("float32", (7,))), N(0.45), method=m)
        C(g, "quantile", A(data("float32", (7,))), A(qs), method=m)
        C(g, "quantile", A(data("float32", (7,))), A(qs, dtype="float32"), method=m)
        C(g, "quantile", A(floats((4, 5))), A([0.2, 0.6]), axis=1, method=m)
        C(g, "quantile", A(floats((4, 5), nan=3)), A([0.2, 0.6]), axis=0, method=m)
        C(g, "quantile", A(floats((4, 5))), A([[0.2, 0.6], [0.1, 1.0]]), axis=0, method=m)
        C(g, "percentile", A(floats((11,))), A([5.5, 50.0, 95.0]), method=m)
        C(g, "percentile", A(data("int32", (11,))), N(37.5), method=m)
    for dt in ALL:
        C(g, "quantile", A(data(dt, (6, 5))), N(0.35), axis=1)
        C(g, "quantile", A(data(dt, (6, 5))), A([0.35, 0.5]), axis=0)
        C(g, "percentile", A(data(dt, (8,))), A([10, 50, 90]))
    x = A(floats((3, 4, 5)))
    for ax in [None, 0, -1, (0, 1), (2, 0)]:
        axv = list(ax) if isinstance(ax, tuple) else ax
        C(g, "quantile", x, A([0.3, 0.8]), axis=axv)
        C(g, "quantile", x, N(0.3), axis=axv, keepdims=True)
        C(g, "quantile", x, A([0.3, 0.8]), axis=axv, keepdims=True)
        C(g, "percentile", x, N(12.5), axis=axv)
    C(g, "quantile", x, A([0.3]), axis=1)
    C(g, "quantile", x, A(np.zeros(0)), axis=1)
    # integer and bool q (integral virtual indices: no interpolation)
    C(g, "quantile", A([1, 2, 3]), 1)
    C(g, "quantile", A([1, 2, 3]), A([0, 1]))
    C(g, "quantile", A([1.5, 2.5, 3.5]), True)
    C(g, "quantile", A([1, 2, 3, 4]), A([0, 1]), method="hazen")
    C(g, "percentile", A([1, 2, 3, 4]), 50)
    C(g, "percentile", A([1, 2, 3, 4]), A([50], dtype="float32"))
    C(g, "percentile", A([1, 2, 3, 4]), A([25, 50], dtype="int64"))
    # NaN / inf
    C(g, "quantile", A([1.0, np.nan, 3.0]), N(0.5))
    C(g, "quantile", A([1.0, np.nan, 3.0], dtype="float32"), A(0.3))
    C(g, "quantile", A([1.0, np.nan, 3.0]), N(0.5), method="lower")
    C(g, "quantile", A([[1.0, np.nan, 3.0], [1.5, 2.5, 4.5]]), A([0.1, 0.5]), axis=1)
    C(g, "quantile", A([1.0, np.inf, 3.0]), A([0.5, 1.0]))
    C(g, "quantile", A([-np.inf, 1.0, np.inf]), A([0.1, 0.5, 0.9]))
    C(g, "quantile", A([-0.0, 0.0, -0.0]), A([0.1, 0.5]), zsign=False)
    # out
    C(g, "quantile", A(floats((3, 4))), A([0.2, 0.7]), axis=1, out=V("o"), vars={"o": A(np.zeros((2, 3)))})
    C(g, "quantile", A(floats((3, 4))), N(0.2), axis=1, keepdims=True, out=V("o"), vars={"o": A(np.zeros((3, 1)))})
    C(g, "quantile", A(floats((3, 4))), N(0.2), axis=1, out=V("o"), vars={"o": A(np.zeros(3, dtype="float32"))})
    C(g, "quantile", A(floats((3, 4))), N(0.2), axis=1, out=V("o"), vars={"o": A(np.zeros(3, dtype="int64"))})
    C(g, "quantile", A(data("int64", (3, 4))), N(0.2), axis=1, method="lower", out=V("o"), vars={"o": A(np.zeros(3))})
    C(g, "percentile", A(floats((3, 4))), A([20, 70]), axis=0, keepdims=True, out=V("o"), vars={"o": A(np.zeros((2, 1, 4)))})
    C(g, "quantile", A(floats((3, 4))), N(0.2), axis=1, method="nearest", out=V("o"), vars={"o": A(np.zeros(3, dtype="float32"))})
    C(g, "quantile", A(data("int64", (3, 4))), N(0.2), axis=1, method="lower", out=V("o"), vars={"o": A(np.zeros(3, dtype="float32"))})
    C(g, "quantile", A(floats((3, 4))), N(0.2), axis=1, overwrite_input=True)
    # views, bigger data
    b = floats((5, 8))
    C(g, "quantile", A(b, view=[["T"]]), A([0.1, 0.9]), axis=1)
    C(g, "quantile", A(b, view=[["get", "::-1, 1::2"]]), N(0.4), axis=0)
    C(g, "quantile", LCG(4001), A([0.001, 0.25, 0.5, 0.999]))
    C(g, "quantile", LCG(4001, dtype="float32"), A([0.001, 0.25, 0.5, 0.999]), method="median_unbiased")
    C(g, "percentile", LCG(3000, view=[["reshape", [30, 100]]]), A([10, 90]), axis=1, method="nearest")
    # weights (inverted_cdf only)
    w = rng.integers(0, 4, 6).astype(float)
    C(g, "quantile", A(floats((6,))), A([0.0, 0.3, 0.5, 1.0]), weights=A(w), method="inverted_cdf")
    C(g, "quantile", A(floats((6,))), N(0.3), weights=A(w), method="inverted_cdf")
    C(g, "quantile", A(data("int64", (6,))), N(0.3), weights=A([1, 2, 3, 1, 2, 3]), method="inverted_cdf")
    C(g, "quantile", A(floats((2, 6))), A([0.25, 0.75]), axis=1, weights=A(w), method="inverted_cdf")
    C(g, "quantile", A(floats((6, 2))), N(0.6), axis=0, weights=A(w), method="inverted_cdf")
    C(g, "quantile", A(floats((2, 6))), N(0.6), axis=1, weights=A(rng.random((2, 6))), method="inverted_cdf")
    C(g, "quantile", A(floats((3, 4, 2))), A([0.1, 0.9]), axis=[0, 2], weights=A(rng.integers(1, 3, (3, 2))), method="inverted_cdf")
    C(g, "quantile", A(floats((6,))), A([0.25, 0.75], dtype="float32"), weights=A([0.0, 0.0, 1.0, 2.0, 0.0, 1.0]), method="inverted_cdf")
    C(g, "quantile", A([1.0, np.nan, 2.0]), N(0.5), weights=A([1, 1, 1]), method="inverted_cdf")
    C(g, "percentile", A(floats((6,))), A([30, 60]), weights=A(w), method="inverted_cdf")
    # errors
    C(g, "quantile", A([1, 2, 3]), N(1.5))
    C(g, "quantile", A([1, 2, 3]), A([0.5, -0.1]))
    C(g, "quantile", A([1, 2, 3]), A([0.5, np.nan]))
    C(g, "percentile", A([1, 2, 3]), 150)
    C(g, "percentile", A([1, 2, 3]), A([-5, 50]))
    C(g, "quantile", A([1, 2, 3]), A(np.full((2, 2, 2), 0.5)))
    C(g, "quantile", A([1, 2, 3]), A(np.full((2, 2), 0.5)))
    C(g, "quantile", A([1, 2, 3]), A(np.zeros((0, 2))))
    C(g, "quantile", A([1, 2, 3]), N(0.5), method="foo")
    C(g, "quantile", A([1, 2, 3]), N(0.5), weights=A([1, 1, 1]))
    C(g, "quantile", A([[1, 2, 3]]), N(0.5), weights=A([1, 1, 1]), method="inverted_cdf")
    C(g, "quantile", A([[1, 2, 3]]), N(0.5), axis=1, weights=A([1, 1]), method="inverted_cdf")
    C(g, "quantile", A([1, 2, 3]), N(0.5), weights=A([1, -1, 1]), method="inverted_cdf")
    C(g, "quantile", A([1, 2, 3]), N(0.5), weights=A([0, 0, 0]), method="inverted_cdf")
    C(g, "quantile", A(np.zeros(0)), N(0.5))
    C(g, "quantile", A(np.zeros(0, dtype="int64")), N(0.5), method="lower")
    C(g, "quantile", A(np.zeros(0, dtype="int64")), N(0.5))
    C(g, "quantile", A(np.zeros((0, 3))), A([0.5, 0.2]), axis=1)
    C(g, "quantile", A(np.zeros((0, 3))), A([0.5, 0.2]), axis=0)
    C(g, "quantile", A(np.zeros((0, 0))), N(0.5), axis=0)
    C(g, "quantile", A(np.zeros((0, 0), dtype="int32")), N(0.5), axis=0)
    C(g, "quantile", A(np.zeros((0, 2), dtype="int32")), A(np.zeros(0)), axis=0)
    C(g, "quantile", A(np.zeros((0, 2), dtype="int32")), A(np.zeros(0)), axis=0, method="lower")
    C(g, "quantile", A(np.zeros((0, 2))), A(np.zeros(0)), axis=0, method="lower")
    C(g, "quantile", A(np.zeros((0, 2), dtype="int32")), N(0.5), axis=0, method="higher")
    C(g, "quantile", A(floats((2, 3))), N(0.5), axis=3)


def gen_nan():
    g = "nanfunctions"
    for dt in ["float32", "float64", "int64", "uint8", "bool"]:
        x = data(dt, (5, 7))
        if dt in FLOATS:
            x[0, 1] = x[2, 2] = x[2, 5] = x[4, 0] = np.nan
        C(g, "nanmedian", A(x))
        C(g, "nanmedian", A(x), axis=0)
        C(g, "nanmedian", A(x), axis=1)
        C(g, "nanquantile", A(x), A([0.2, 0.5]), axis=1)
        C(g, "nanpercentile", A(x), N(33.3), axis=0)
    y = floats((4, 6), nan=6)
    y[1, :] = np.nan
    C(g, "nanmedian", A(y), axis=1)
    C(g, "nanmedian", A(y), axis=1, keepdims=True)
    C(g, "nanmedian", A(y))
    C(g, "nanmedian", A(y.T), axis=0)
    C(g, "nanmedian", A(np.full(5, np.nan)))
    C(g, "nanmedian", A(np.full((3, 2), np.nan)), axis=0)
    C(g, "nanmedian", A(np.zeros(0)))
    C(g, "nanmedian", A(np.zeros((0, 3))), axis=1)
    C(g, "nanmedian", A(np.zeros((0, 3))), axis=0)
    C(g, "nanmedian", A(np.zeros((0, 3), dtype="int32")), axis=0)
    C(g, "nanmedian", A(np.array([[1e308, 1e308, 1e308]])), axis=1)  # np.ma.median: (x + x) / 2
    C(g, "nanmedian", A(np.array([1e308, 1e308, 1e308])))
    C(g, "nanmedian", A(np.array([[-0.0, np.nan, -0.0, -0.0]])), axis=1)
    C(g, "nanmedian", A(np.array([-0.0, np.nan, -0.0, -0.0])))
    big = floats((3, 700), nan=50)
    C(g, "nanmedian", A(big), axis=1)
    C(g, "nanmedian", A(big.T), axis=0)
    C(g, "nanmedian", A(floats((3, 4, 5), nan=10)), axis=[0, 2])
    C(g, "nanmedian", A(floats((3, 4, 5), nan=10)), axis=[0, 1, 2])
    C(g, "nanmedian", A(y), axis=1, out=V("o"), vars={"o": A(np.zeros(4))})
    C(g, "nanmedian", A(y), axis=3)
    for m in METHODS:
        C(g, "nanquantile", A(y), A([0.1, 0.5, 0.9]), axis=1, method=m)
        C(g, "nanquantile", A(y), N(0.4), axis=0, method=m)
        C(g, "nanquantile", A(y[0]), N(0.4), method=m)
        C(g, "nanpercentile", A(y.astype("float32")), A([25.0, 75.0]), axis=1, method=m)
        C(g, "nanpercentile", A(y.astype("float32")), N(12.5), axis=1, method=m)
    z = floats((3, 5), nan=4)
    z[0, :] = np.nan  # first row all-NaN: NumPy's apply_along_axis keeps that row's dtype
    C(g, "nanquantile", A(z.astype("float32")), A([0.2, 0.8]), axis=1)
    C(g, "nanquantile", A(z.astype("float32")), N(0.2), axis=1)
    C(g, "nanquantile", A(z), A([0.2, 0.8]))
    C(g, "nanquantile", A(np.full(4, np.nan)), A([0.2, 0.8]))
    C(g, "nanquantile", A(np.full(4, np.nan)), N(0.2))
    C(g, "nanquantile", A(np.zeros((0, 3))), A([0.2, 0.8]), axis=1)
    C(g, "nanquantile", A(np.zeros(0)), A([0.2, 0.8]))
    C(g, "nanquantile", A(z), A([0.2, 0.8]), axis=1, keepdims=True)
    C(g, "nanquantile", A(z), A([0.2, 0.8]), axis=1, out=V("o"), vars={"o": A(np.zeros((2, 3), dtype="float32"))})
    C(g, "nanquantile", A(LCG(2000).py().reshape(2, 1000)), A([0.3, 0.6]), axis=1)
    w = rng.integers(1, 4, 5).astype(float)
    C(g, "nanquantile", A(z), A([0.3, 0.7]), axis=1, weights=A(w), method="inverted_cdf")
    C(g, "nanquantile", A(z[1]), N(0.3), weights=A(w), method="inverted_cdf")
    C(g, "nanquantile", A(z[1]), N(0.3), weights=A(w))
    C(g, "nanquantile", A(z), N(1.3), axis=1)
    C(g, "nanpercentile", A(z), N(130.5), axis=1)


# ---------------------------------------------------------------- average
def gen_average():
    g = "average"
    for dt in ALL:
        C(g, "average", A(data(dt, (4, 5))))
        C(g, "average", A(data(dt, (4, 5))), axis=1)
        C(g, "average", A(data(dt, (4, 5))), axis=0, weights=A(data("int32", (4,))))
        C(g, "average", A(data(dt, (4, 5))), weights=A(floats((4, 5), dtype="float32")), returned=True)
    x = floats((3, 4, 5))
    C(g, "average", A(x), axis=[0, 2])
    C(g, "average", A(x), axis=[0, 2], keepdims=True)
    C(g, "average", A(x), axis=[2, 0], weights=A(floats((5, 3))))
    C(g, "average", A(x), axis=[0, 2], weights=A(floats((3, 5))), returned=True)
    C(g, "average", A(x), axis=1, weights=A(floats((4,))), returned=True, keepdims=True)
    C(g, "average", A(x), weights=A(floats((3, 4, 5))), returned=True)
    C(g, "average", A(x), returned=True)
    C(g, "average", A(x), axis=1, returned=True)
    C(g, "average", A([1.0, np.nan, 3.0]))
    C(g, "average", A(np.zeros(0)))
    C(g, "average", A(np.zeros((2, 0))), axis=0)
    C(g, "average", A([1, 2, 3]), weights=A([0, 0, 0]))
    C(g, "average", A([[1, 2, 3]]), weights=A([1, 2, 3]))
    C(g, "average", A([[1, 2, 3]]), weights=A([1, 2]), axis=1)
    C(g, "average", A([[1, 2, 3]]), axis=2)
    C(g, "average", A(data("float32", (6,))), weights=A(data("float32", (6,))))
    C(g, "average", A(data("int8", (6,))), weights=A([True, False, True, True, False, True]))
    C(g, "average", A(floats((5, 6)), view=[["get", "::-1, ::2"]]), axis=0)


# ---------------------------------------------------------------- histograms
def gen_histogram():
    g = "histogram"
    x = floats((100,))
    for b in [1, 5, 10, 37]:
        C(g, "histogram", A(x), b)
    C(g, "histogram", A(x))
    for dt in ALL:
        C(g, "histogram", A(data(dt, (40,))), 7)
        C(g, "histogram", A(data(dt, (40,))), 7, range=[-5.5, 50.25])
    C(g, "histogram", A(data("float32", (50,))), 9, range=[-5, 5])
    C(g, "histogram", A(data("int16", (50,))), 9, range=[-100, 300])
    C(g, "histogram", A(data("uint8", (50,))), 9, range=[3, 3])
    C(g, "histogram", A(np.full(10, 2.5)), 4)
    C(g, "histogram", A(np.full(10, 2.5, dtype="float32")), 4)
    C(g, "histogram", A(np.full(10, 7, dtype="int32")), 4)
    C(g, "histogram", A(x), 10, range=[-3.5, 4.25])
    C(g, "histogram", A(x), 10, range=[0.25, 0.25])
    C(g, "histogram", A(x), 10, density=True)
    C(g, "histogram", A(x), 10, range=[-3.5, 4.25], density=True)
    w = floats((100,))
    C(g, "histogram", A(x), 10, weights=A(w))
    C(g, "histogram", A(x), 10, weights=A(w), density=True)
    C(g, "histogram", A(x), 10, weights=A(w.astype("float32")))
    C(g, "histogram", A(x), 10, weights=A(data("int32", (100,))))
    C(g, "histogram", A(x), 10, weights=A(data("bool", (100,))))
    C(g, "histogram", A(x), 10, weights=A(data("uint8", (100,))), range=[-5.5, 5.5])
    C(g, "histogram", A(x.reshape(10, 10)), 6, weights=A(w.reshape(10, 10)))
    C(g, "histogram", A(x.reshape(10, 10), view=[["T"]]), 6)
    C(g, "histogram", A(x.reshape(10, 10), view=[["get", "::-2"]]), 4, weights=A(w.reshape(10, 10), view=[["get", "::-2"]]))
    C(g, "histogram", A(np.array([1.0, np.nan, 2.0, np.inf])), 3, range=[0.5, 2.5])
    C(g, "histogram", A(np.zeros(0)), 3)
    C(g, "histogram", A(np.zeros(0)), A([0.0, 1.5, 2.0]))
    C(g, "histogram", A(np.zeros(0)), 3, weights=A(np.zeros(0)))
    # explicit edges
    edges = [-20.0, -5.5, 0.0, 0.0, 3.25, 10.0, 25.0]
    C(g, "histogram", A(x), A(edges))
    C(g, "histogram", A(x), A(edges), density=True)
    C(g, "histogram", A(x), A(edges), weights=A(w))
    C(g, "histogram", A(x), A(edges), weights=A(data("int64", (100,))))
    C(g, "histogram", A(x), A(edges, dtype="float32"))
    C(g, "histogram", A(data("int32", (60,))), A([-1000, -3, 0, 7, 500, 1000]))
    C(g, "histogram", A(data("int32", (60,))), A([-1000.5, -3.25, 0.5, 1000.5]))
    C(g, "histogram", A(np.array([1.0, 2.0, 3.0, np.nan])), L([1, 2, 3]))
    C(g, "histogram", A(np.array([1.0, 2.0, 3.0, 3.0])), L([1, 2, 3]), weights=A([0.5, 0.25, 0.125, 1.5]))
    C(g, "histogram", A(x), A([1.5]))
    C(g, "histogram", A(x.reshape(10, 10), view=[["get", "::-1, ::3"]]), A(edges), weights=A(w.reshape(10, 10), view=[["get", "::-1, ::3"]]))
    # big: equal bins in blocks of 65536 with weights, explicit edges with weights
    C(g, "histogram", LCG(70000, scale=100.0), 13, weights=LCG(70000, a=31, m=997))
    # (distinct values: NumPy sorts them with an unstable argsort, so tied values' weights would be
    # summed in an unspecified order)
    C(g, "histogram", LCG(70000, m=70001, scale=100.0), A([0.0, 1.5, 20.0, 50.0, 99.5]), weights=LCG(70000, a=31, m=997))
    C(g, "histogram", LCG(70000, scale=100.0, dtype="float32"), 13)
    # bin estimators
    for rule in ["auto", "fd", "doane", "scott", "stone", "rice", "sturges", "sqrt"]:
        C(g, "histogram", A(x), rule)
        C(g, "histogram", A(data("int32", (80,))), rule)
        C(g, "histogram", A(data("float32", (80,))), rule)
        C(g, "histogram", A(x), rule, range=[-4.5, 4.5])
        C(g, "histogram_bin_edges", A(x), rule)
        C(g, "histogram_bin_edges", A(data("uint8", (30,))), rule)
        C(g, "histogram_bin_edges", A(np.full(8, 3.5)), rule)
        C(g, "histogram_bin_edges", A(np.zeros(0)), rule)
        C(g, "histogram_bin_edges", A(np.array([2.5])), rule)
    C(g, "histogram", LCG(3000, scale=7.0), "auto")
    C(g, "histogram", LCG(3000, scale=7.0), "stone")
    C(g, "histogram_bin_edges", A(x), 5)
    C(g, "histogram_bin_edges", A(x), 5, range=[-1, 1])
    C(g, "histogram_bin_edges", A(x), A(edges))
    C(g, "histogram_bin_edges", A(data("int8", (20,))), 4)
    C(g, "histogram_bin_edges", A(data("float32", (20,))), 4)
    C(g, "histogram_bin_edges", A(data("float32", (20,))), 4, range=[-2.5, 2.5])
    # errors
    C(g, "histogram", A(x), 10, range=[2.5, 1.5])
    C(g, "histogram", A(x), 10, range=[0.5, np.inf])
    C(g, "histogram", A(np.array([1.0, np.inf])), 10)
    C(g, "histogram", A(np.array([1.0, np.nan])), 10)
    C(g, "histogram", A(x), 0)
    C(g, "histogram", A(x), N(2.5))
    C(g, "histogram", A(x), A([1.0, 0.5, 2.0]))
    C(g, "histogram", A(x), A([[1.0, 2.0]]))
    C(g, "histogram", A(x), "foo")
    C(g, "histogram", A(x), "auto", weights=A(w))
    C(g, "histogram", A(x), 10, weights=A(w[:50]))
    C(g, "histogram", A(np.array([1.0, 1.0 + 2**-50])), 100)
    C(g, "histogram", A(x), 10, weights=A(data("bool", (100,))), range=[-1.5, 1.5])
    C(g, "histogram", A(x), A(edges), weights=A(data("bool", (100,))))


def gen_hist2d():
    g = "histogram2d"
    x, y = floats((50,)), floats((50,))
    C(g, "histogram2d", A(x), A(y))
    C(g, "histogram2d", A(x), A(y), 4)
    C(g, "histogram2d", A(x), A(y), L([3, 5]))
    C(g, "histogram2d", A(x), A(y), A([-20.0, -5.5, 0.0, 10.0, 30.0]))
    C(g, "histogram2d", A(x), A(y), [A([-20.0, 0.0, 30.0]), 3])
    C(g, "histogram2d", A(x), A(y), 4, range=[[-5.5, 5.5], [-10, 10]])
    C(g, "histogram2d", A(x), A(y), 4, density=True)
    C(g, "histogram2d", A(x), A(y), 4, weights=A(floats((50,))))
    C(g, "histogram2d", A(x), A(y), 4, weights=A(floats((50,))), density=True)
    C(g, "histogram2d", A(data("int32", (30,))), A(data("int32", (30,))), 3)
    C(g, "histogram2d", A(data("float32", (30,))), A(data("float32", (30,))), 3)
    C(g, "histogram2d", A(np.full(5, 2.5)), A(np.arange(5.0)), 2)
    C(g, "histogram2d", A(np.zeros(0)), A(np.zeros(0)), 2)
    C(g, "histogram2d", A(x), A(y[:40]))
    C(g, "histogram2d", A(x), A(y), 0)
    C(g, "histogram2d", A(x), A(y), L([2]))
    C(g, "histogram2d", A(x), A(y), 3, range=[[-1, 1]])
    C(g, "histogram2d", A(x), A(y), [A([0.0, -1.0]), 2])
    C(g, "histogramdd", A(floats((20, 3))), 3)
    C(g, "histogramdd", A(floats((20, 3))), L([2, 3, 4]), density=True)


def gen_counting():
    g = "bincount"
    C(g, "bincount", A([0, 1, 1, 3, 2, 1, 7]))
    C(g, "bincount", A([0, 1, 1, 3]), minlength=8)
    C(g, "bincount", A([0, 1, 1, 3]), minlength=2)
    C(g, "bincount", A([0, 1, 1, 3]), weights=A([0.5, 0.25, 1.5, -2.0]))
    C(g, "bincount", A([0, 1, 1, 3]), A([1, 2, 3, 4]), 6)
    C(g, "bincount", A([0, 1, 1, 3]), weights=A([1.5, 2.5, 3.5, 4.5], dtype="float32"))
    for dt in ["bool", "int8", "uint8", "uint16", "int32", "uint64"]:
        C(g, "bincount", A(np.abs(data(dt, (20,))) % 9 if dt != "bool" else data(dt, (20,))))
    C(g, "bincount", L([]))
    C(g, "bincount", L([]), minlength=3)
    C(g, "bincount", A(np.zeros(0, dtype="int64")))
    C(g, "bincount", A(np.zeros(0)))
    C(g, "bincount", L([1.5, 2.25]))
    C(g, "bincount", A([1.5]))
    C(g, "bincount", A([1, -1]))
    C(g, "bincount", N(5))
    C(g, "bincount", L([[1]]))
    C(g, "bincount", A([[1]]))
    C(g, "bincount", A([1, 2]), minlength=None)
    C(g, "bincount", A([1, 2]), minlength=-1)
    C(g, "bincount", A([1, 2]), weights=A([1.0]))
    C(g, "bincount", A(np.arange(12) % 5, view=[["get", "::-2"]]), weights=A(floats((12,)), view=[["get", "1::2"]]))
    C(g, "bincount", LCG(5000, a=37, m=311, dtype="int64"), weights=LCG(5000, a=11, m=97))
    g = "digitize"
    bins = [-5.0, -1.0, 0.0, 2.5, 10.0]
    xs = A(np.concatenate([floats((20,)), [-5.0, -1.0, 0.0, 2.5, 10.0, np.nan, np.inf, -np.inf]]))
    C(g, "digitize", xs, A(bins))
    C(g, "digitize", xs, A(bins), right=True)
    C(g, "digitize", xs, A(bins[::-1]))
    C(g, "digitize", xs, A(bins[::-1]), right=True)
    C(g, "digitize", xs, A([0.0, 0.0, 1.0]))
    C(g, "digitize", xs, A([3.0, 3.0, 3.0]))
    C(g, "digitize", A(data("int32", (20,))), A([-500, 0, 10, 700]))
    C(g, "digitize", A(data("int32", (20,))), A([-500.5, 0.5, 10.5]))
    C(g, "digitize", A(data("float32", (20,))), A([-1.5, 0.1, 2.5], dtype="float32"))
    C(g, "digitize", N(2.5), A([1, 2, 3]))
    C(g, "digitize", A(floats((3, 4))), A(bins))
    C(g, "digitize", A([1, 2, 3]), A(np.zeros(0)))
    C(g, "digitize", A(np.zeros(0)), A(bins))
    C(g, "digitize", A(floats((4, 6)), view=[["get", "::-1, 1::2"]]), A(bins))
    C(g, "digitize", A(np.array([2**60 + 1, 2**62], dtype="uint64")), A(np.array([2**60, 2**60 + 1, 2**61], dtype="uint64")))
    C(g, "digitize", A([1.0, 2.0, np.nan]), A([1.0, np.nan]))
    C(g, "digitize", A([1, 2, 3]), A([3, 1, 2]))
    C(g, "digitize", A([1, 2, 3]), A([[1, 2]]))


def gen_correlate():
    g = "correlate"
    tol = 1e-14
    for dt in ALL:
        a, v = data(dt, (9,)), data(dt, (4,))
        t = {"float32": 1e-6, "float64": tol}.get(dt)
        for mode in ["valid", "same", "full"]:
            C(g, "correlate", A(a), A(v), mode, tol=t)
            C(g, "convolve", A(a), A(v), mode, tol=t)
            C(g, "correlate", A(v), A(a), mode, tol=t)
            C(g, "convolve", A(v), A(a), mode, tol=t)
    a = floats((40,))
    for n in [1, 2, 5, 11, 12, 40]:
        v = floats((n,))
        for mode in ["valid", "same", "full"]:
            C(g, "correlate", A(a), A(v), mode, tol=tol)
            C(g, "convolve", A(a), A(v), mode, tol=tol)
    C(g, "correlate", A([1, 2, 3]), A([0, 1, 0.5]))
    C(g, "correlate", A([1, 2, 3]), A([1, 2]), 1)
    C(g, "correlate", A([1, 2, 3], dtype="int8"), A([100, 100], dtype="int8"), "full")
    C(g, "correlate", A(data("int64", (9,))), A(data("float32", (3,))), "same", tol=tol)
    C(g, "correlate", A([1.0, np.nan, 2.0, 3.0]), A([1.0, 2.0]), "full")
    C(g, "correlate", A([1.0, np.inf, 2.0, 3.0]), A([1.0, 0.0]), "full")
    C(g, "convolve", N(3), A([1, 2]))
    C(g, "convolve", A(floats((10,)), view=[["get", "::-2"]]), A(floats((4,)), view=[["get", "::-1"]]), "same", tol=tol)
    C(g, "correlate", A(floats((10,)), view=[["get", "::2"]]), A(floats((3,))), "full", tol=tol)
    C(g, "correlate", LCG(3000), LCG(200, a=13, m=101), "valid", tol=tol)
    C(g, "correlate", A(data("int16", (50,))), A(data("int16", (30,))), "full")
    C(g, "convolve", A(data("int64", (50,))), A(data("int64", (20,))), "same")
    C(g, "convolve", A(data("uint32", (50,))), A(data("uint32", (13,))), "full")
    C(g, "correlate", A(np.zeros(0)), A([1, 2]))
    C(g, "correlate", A([1, 2]), A(np.zeros(0)))
    C(g, "correlate", A([[1, 2]]), A([1, 2]))
    C(g, "correlate", L([[1, 2]]), A([1, 2]))
    C(g, "correlate", N(1), A([1, 2]))
    C(g, "correlate", A([1, 2, 3]), A([1, 2]), "foo")
    C(g, "correlate", A([1, 2, 3]), A([1, 2]), 5)
    C(g, "correlate", A([1, 2, 3]), A([1, 2]), None)
    C(g, "convolve", A(np.zeros(0)), A([1, 2]))
    C(g, "convolve", A([1, 2]), A(np.zeros(0)))
    C(g, "convolve", A([1, 2, 3]), A([1, 2]), "foo")
    # len(a), len(v) are checked first (any depth), then the mode and the depth
    C(g, "convolve", A(np.zeros((0, 4), "int32")), A([3, 3, -1, -5, -5, 4]))
    C(g, "convolve", A(np.zeros((0, 0), "uint64")), A([3, 5]), "bogus")
    C(g, "convolve", A([3, 5]), A(np.zeros((0, 2))))
    C(g, "convolve", A(np.zeros((3, 0))), A([3, 5]))

    g = "cov"
    m = floats((3, 6))
    C(g, "cov", A(m), tol=tol)
    C(g, "cov", A(m), rowvar=False, tol=tol)
    C(g, "cov", A(m), bias=True, tol=tol)
    C(g, "cov", A(m), ddof=0, tol=tol)
    C(g, "cov", A(m), ddof=3, tol=tol)
    C(g, "cov", A(m), ddof=6, tol=tol)
    C(g, "cov", A(m), ddof=8, tol=tol)
    C(g, "cov", A(m[0]), tol=tol)
    C(g, "cov", A(m[0]), A(m[1]), tol=tol)
    C(g, "cov", A(m), A(m[1:]), tol=tol)
    C(g, "cov", A(m.T), A(m[1:].T), rowvar=False, tol=tol)
    C(g, "cov", A(m), fweights=A([1, 2, 1, 3, 1, 1]), tol=tol)
    C(g, "cov", A(m), aweights=A([0.5, 1.5, 1.0, 2.0, 0.25, 1.0]), tol=tol)
    C(g, "cov", A(m), fweights=A([1, 2, 1, 3, 1, 1]), aweights=A([0.5, 1.5, 1.0, 2.0, 0.25, 1.0]), tol=tol)
    C(g, "cov", A(m), fweights=A([1, 2, 1, 3, 1, 1]), aweights=A([0.5, 1.5, 1.0, 2.0, 0.25, 1.0]), ddof=0, tol=tol)
    C(g, "cov", A(m), dtype="float32", tol=1e-6)
    C(g, "cov", A(data("int32", (2, 5))), tol=tol)
    C(g, "cov", A(data("bool", (2, 5))), tol=tol)
    C(g, "cov", A(data("float32", (2, 5))), tol=1e-6)
    C(g, "cov", A(np.zeros((0, 3))))
    C(g, "cov", A([[1.0, np.nan, 2.0], [1.0, 2.0, 3.0]]))
    C(g, "cov", A(np.zeros((2, 2, 2))))
    C(g, "cov", A(m), A(np.zeros((2, 2, 2))))
    C(g, "cov", A(m), ddof=1.5)
    C(g, "cov", A(m), fweights=A([1, 2, 1.5, 1, 1, 1]))
    C(g, "cov", A(m), fweights=A([[1, 2, 1, 1, 1, 1]]))
    C(g, "cov", A(m), fweights=A([1, 2]))
    C(g, "cov", A(m), fweights=A([1, -2, 1, 1, 1, 1]))
    C(g, "cov", A(m), aweights=A([[1, 2, 1, 1, 1, 1]]))
    C(g, "cov", A(m), aweights=A([1, 2]))
    C(g, "cov", A(m), aweights=A([1, -2, 1, 1, 1, 1]))
    C(g, "cov", A([[1, 2, 3]]), A([[1, 2]]))
    g = "corrcoef"
    C(g, "corrcoef", A(m), tol=tol)
    C(g, "corrcoef", A(m), rowvar=False, tol=tol)
    C(g, "corrcoef", A(m[0]), A(m[1]), tol=tol)
    C(g, "corrcoef", A(m[0]), tol=tol)
    C(g, "corrcoef", A([1.0, 2.0, 3.0]), A([3.0, 2.0, 1.0]), tol=tol)
    C(g, "corrcoef", A(m), dtype="float32", tol=1e-6)
    C(g, "corrcoef", A(data("int16", (3, 7))), tol=tol)
    C(g, "corrcoef", A(np.zeros((0, 3))))
    C(g, "corrcoef", A([[1.0, 1.0, 1.0], [1.0, 2.0, 3.0]]), tol=tol)


def gen_differences():
    g = "diff"
    for dt in ALL:
        x = data(dt, (4, 6))
        C(g, "diff", A(x))
        C(g, "diff", A(x), 2, 0)
        C(g, "diff", A(x), n=3)
    x = floats((4, 6))
    C(g, "diff", A(x), prepend=0)
    C(g, "diff", A(x), append=N(1.5), axis=0)
    C(g, "diff", A(x), prepend=A(floats((4, 2))), append=A(floats((4, 1))))
    C(g, "diff", A(data("int8", (5,))), prepend=A([1000], dtype="int16"))
    C(g, "diff", A(x), n=7)
    C(g, "diff", A(x), n=0)
    C(g, "diff", L([1, 2]), n=0)
    C(g, "diff", A(x, view=[["get", "::-1, ::2"]]), axis=0)
    C(g, "diff", A(np.array([1.0, np.inf, np.inf, np.nan])))
    C(g, "diff", A(np.zeros(0)))
    C(g, "diff", A(np.zeros((0, 3))), axis=0)
    C(g, "diff", A(np.zeros((2, 3))), axis=0, n=3)
    C(g, "diff", N(5))
    C(g, "diff", A(x), n=-1)
    C(g, "diff", A(x), axis=2)
    C(g, "diff", A(x), prepend=A(floats((3, 2))))
    # n: None fails NumPy's n < 0, a float its range(n) (after the input and axis checks)
    C(g, "diff", A(np.arange(4.0)), None)
    C(g, "diff", A(np.arange(4.0)), N(1.5))
    C(g, "diff", A(np.arange(4.0)), N(1.5), axis=3)
    C(g, "diff", A(np.arange(4.0)), True)
    C(g, "diff", A(np.arange(6.0).reshape(2, 3)), axis=None)
    # np.concatenate's error order: the axis against the first part (prepend), then part by part
    C(g, "diff", A(x), prepend=A(np.linspace(-1.5, 2.5, 4)))
    C(g, "diff", A(x), axis=-1, prepend=A(np.array([0, 2], "uint64")))
    C(g, "diff", A(np.zeros((0, 4), "int64")), prepend=A([[False]]), append=A(np.array([-5], "int8")))
    g = "ediff1d"
    for dt in ["int8", "uint8", "int64", "float32", "float64"]:
        C(g, "ediff1d", A(data(dt, (3, 3))))
        C(g, "ediff1d", A(data(dt, (5,))), to_begin=A([-1, 0], dtype="int8"), to_end=9)
    C(g, "ediff1d", A([1, 2], dtype="int8"), to_begin=1000)
    C(g, "ediff1d", A([1, 2]), to_begin=N(1.5))
    C(g, "ediff1d", A([1, 2]), to_end=A([1.5]))
    C(g, "ediff1d", A([1.5, 2.5]), to_end=A([[1, 2]]))
    C(g, "ediff1d", A(np.zeros(0)), to_begin=N(0.5))
    C(g, "ediff1d", A([True, False]))
    g = "gradient"
    f1 = floats((7,))
    C(g, "gradient", A(f1))
    C(g, "gradient", A(f1), N(0.5))
    C(g, "gradient", A(f1), 2)
    C(g, "gradient", A(f1), A(np.cumsum(np.abs(floats((7,))) + 0.5)))
    C(g, "gradient", A(f1), A(np.arange(7) * 2))
    C(g, "gradient", A(f1), A(np.arange(7.0) * 0.5))
    C(g, "gradient", A(f1), edge_order=2)
    C(g, "gradient", A(f1), N(0.5), edge_order=2)
    C(g, "gradient", A(f1), A(np.cumsum(np.abs(floats((7,))) + 0.5)), edge_order=2)
    C(g, "gradient", A(data("int32", (6,))))
    C(g, "gradient", A(data("uint8", (6,))), edge_order=2)
    C(g, "gradient", A(data("float32", (6,))), N(0.25))
    C(g, "gradient", A(data("float32", (6,))), A(np.cumsum(np.abs(floats((6,))) + 0.5)))
    f2 = floats((4, 5))
    C(g, "gradient", A(f2))
    C(g, "gradient", A(f2), N(0.5), N(1.5))
    C(g, "gradient", A(f2), A(np.cumsum(np.abs(floats((4,))) + 0.5)), 2)
    C(g, "gradient", A(f2), axis=1)
    C(g, "gradient", A(f2), N(0.5), axis=0, edge_order=2)
    C(g, "gradient", A(f2), axis=[1, 0])
    C(g, "gradient", A(f2, view=[["T"]]), edge_order=2)
    C(g, "gradient", A(np.array([True, False, True])))
    C(g, "gradient", A(f1), A([1.0, 2.0]))
    C(g, "gradient", A(f1), A([[1.0, 2.0]]))
    C(g, "gradient", A(f1), 1, 2)
    C(g, "gradient", A([1.0, 2.0]), edge_order=2)
    C(g, "gradient", A(f1), edge_order=3)
    C(g, "gradient", A(f2), axis=2)
    # any edge_order but 1 takes the second-order edges: f[2] / f[1] out of bounds on short axes,
    # a Python-number spacing of 0 divides by zero in Python first
    C(g, "gradient", A(np.array([[[3, -4], [10, -10], [-8, -4]], [[-10, -10], [0, 5], [2, 0]]], "int8")), edge_order=0)
    C(g, "gradient", A(np.linspace(-1.5, 2.5, 4).reshape(4, 1)), edge_order=0)
    C(g, "gradient", A(f1), edge_order=0)
    C(g, "gradient", A(f1), edge_order=-1)
    C(g, "gradient", A([2.5, -1.0]), A([1.5, 2.25]), edge_order=0)
    C(g, "gradient", A(np.array([[1], [0], [3], [10]], "uint64")), 0, edge_order=2)
    C(g, "gradient", A(np.array([-7], "int8")), 0, edge_order=0)
    C(g, "gradient", A(f1), 0, edge_order=1)
    C(g, "gradient", A(f2), edge_order=None)
    g = "trapezoid"
    for dt in ["bool", "int32", "float32", "float64"]:
        C(g, "trapezoid", A(data(dt, (7,))))
        C(g, "trapezoid", A(data(dt, (3, 7))), axis=0)
    C(g, "trapezoid", A(f1), dx=N(0.5))
    C(g, "trapezoid", A(f1), dx=3)
    C(g, "trapezoid", A(f1), A(np.cumsum(np.abs(floats((7,))))))
    C(g, "trapezoid", A(f2), A(np.cumsum(np.abs(floats((4,))))), axis=0)
    C(g, "trapezoid", A(f2), A(np.cumsum(np.abs(floats((4, 5))), axis=1)))
    C(g, "trapezoid", A([[1, 2, 3]]), A([1, 2]))
    C(g, "trapezoid", A(np.zeros(0)))
    C(g, "trapezoid", A(np.array([1.0, np.nan, 2.0])))
    g = "cross"
    for dt in ["int8", "int32", "uint8", "float32", "float64"]:
        C(g, "cross", A(data(dt, (3,))), A(data(dt, (3,))))
        C(g, "cross", A(data(dt, (4, 3))), A(data(dt, (4, 3))))
    a3, b3 = floats((4, 3)), floats((4, 3))
    C(g, "cross", A(a3), A(b3[0]))
    C(g, "cross", A(a3[:, :2]), A(b3[:, :2]))
    C(g, "cross", A(a3[:, :2]), A(b3))
    C(g, "cross", A(a3), A(b3[:, :2]))
    C(g, "cross", A([1, 2]), A([3, 4]))
    C(g, "cross", A(a3.T), A(b3.T), axisa=0, axisb=0)
    C(g, "cross", A(a3.T), A(b3), axisa=0, axisc=0)
    C(g, "cross", A(a3.T), A(b3.T), axis=0)
    C(g, "cross", A(floats((2, 3, 4))), A(floats((3, 4))), axisa=1, axisb=0, axisc=-1)
    C(g, "cross", A(data("int32", (2, 1, 3))), A(data("int32", (5, 3))))
    C(g, "cross", A([True, False, True]), A([True, True, False]))
    C(g, "cross", A(data("int64", (3,))), A(data("float32", (3,))))
    C(g, "cross", A([1, 2], dtype="int8"), A([4, 5], dtype="int8"), axisc=5)
    C(g, "cross", A(np.ones((2, 3))), A(np.ones((3, 3))))
    C(g, "cross", A([1, 2, 3]), A([4, 5, 6]), axisc=1)
    C(g, "cross", A([[1, 2]]), A([[4, 5]]), axisa=3)
    C(g, "cross", A([1, 2, 3, 4]), A([4, 5, 6]))
    C(g, "cross", N(3), A([4, 5, 6]))
    C(g, "cross", A(np.zeros((0, 3))), A(np.zeros((0, 3))))
    C(g, "cross", A(floats((3, 5)), view=[["T"]]), A(floats((5, 3)), view=[["get", "::-1"]]))


def gen_interp():
    g = "interp"
    xp = np.sort(floats((8,)))
    fp = floats((8,))
    x = np.concatenate([floats((20,)) * 1.5, xp, [np.nan, np.inf, -np.inf]])
    C(g, "interp", A(x), A(xp), A(fp))
    C(g, "interp", A(x), A(xp), A(fp), left=N(-1.5), right=N(99.5))
    C(g, "interp", A(x), A(xp), A(fp), left=np.nan)
    C(g, "interp", A(x[:5]), A(xp), A(fp))  # fewer points than xp: slopes computed as needed
    C(g, "interp", N(2.5), A([1, 2, 3]), A([3, 2, 0]))
    C(g, "interp", A(x), A([0.5]), A([2.5]))
    C(g, "interp", A(x), A([0.5]), A([2.5]), left=N(-1.5), right=N(1.5))
    C(g, "interp", A(x), A([0.5, 0.5, 1.5]), A([2.5, 3.5, 4.5]))
    C(g, "interp", A(x), A(xp[::-1]), A(fp))  # unsorted xp: NumPy's search, whatever it gives
    C(g, "interp", A(x), A(xp), A(np.array([1.0, np.inf, 2.0, np.inf, -np.inf, 3.0, 4.0, np.nan])))
    C(g, "interp", A(x), A(np.array([1.0, 2.0, np.inf, 3.0])), A([1.0, 2.0, 3.0, 4.0]))
    C(g, "interp", A(data("int32", (10,))), A([-500, 0, 500]), A([1, 2, 3]))
    C(g, "interp", A(data("float32", (10,))), A(xp.astype("float32")), A(fp.astype("float32")))
    C(g, "interp", A(floats((3, 4))), A(xp), A(fp))
    C(g, "interp", A(floats((4, 6)), view=[["get", "::-1, ::2"]]), A(np.sort(floats((9,))), view=[["get", "::2"]]), A(floats((10,)), view=[["get", "1::2"]]))
    C(g, "interp", LCG(1000, scale=30.0), A(np.sort(floats((50,)))), A(floats((50,))))
    C(g, "interp", A(np.linspace(-400.0, 800.0, 31)), A([10.0, 350.0, 170.0, 190.0]), A([1.0, 2.0, 3.0, 4.0]), period=360)
    C(g, "interp", A(np.linspace(-400.0, 800.0, 31)), A([10.0, 350.0, 170.0, 190.0]), A([1.0, 2.0, 3.0, 4.0]), period=N(-360.5))
    C(g, "interp", A(np.linspace(-4.0, 8.0, 13)), A([0.5]), A([1.5]), period=3)
    C(g, "interp", A(x), A(np.zeros(0)), A(np.zeros(0)))
    C(g, "interp", A(np.zeros(0)), A(np.zeros(0)), A(np.zeros(0)))
    C(g, "interp", A(np.zeros(0)), A(xp), A(fp))
    C(g, "interp", A(x), A(xp), A(fp[:3]))
    C(g, "interp", N(1.5), A([1, 2]), A([1, 2]), period=0)
    C(g, "interp", N(1.5), A([[1, 2]]), A([1, 2]), period=3)
    C(g, "interp", N(1.5), A([1, 2]), A([1, 2, 3]), period=3)
    C(g, "interp", N(1.5), N(1), N(2))
    # left / right go through PyFloat_AsDouble
    C(g, "interp", N(1.5), A([1, 2]), A([3, 4]), left=L([1, 2]))
    C(g, "interp", N(1.5), A([1, 2]), A([3, 4]), right="x")

# ---------------------------------------------------------------- found by a differential fuzz
def gen_ownership():
    """Results NumPy returns as arrays of their own (flags.owndata, and dispose() frees them) or as
    views (a reshape at the end, a squeeze of a length-1 axis)."""
    g = "ownership"
    a = A(np.array([[4.5, -1.0, 3.0, 8.0], [2.0, 7.5, -3.0, 0.5], [1.0, 6.0, 9.5, -2.0]]))
    C(g, "quantile", a, 0.5, axis=0, own=True)
    C(g, "quantile", a, A([0.25, 0.5]), axis=1, own=True)
    C(g, "quantile", a, 0.5, axis=0, keepdims=True, own=True)
    C(g, "quantile", a, 0.5, axis=1, method="lower", own=True)
    C(g, "quantile", a, A([0.5, 0.7]), own=True)
    C(g, "quantile", A(np.array([[4, 1, 3], [2, 7, 5]])), 0.5, axis=0, method="nearest", own=True)
    C(g, "quantile", a, 0.5, axis=0, method="inverted_cdf", weights=A([1.0, 2.0, 1.0]), own=True)
    C(g, "percentile", a, 30, axis=1, own=True)
    C(g, "percentile", a, A([10, 20]), axis=1, keepdims=True, own=True)
    C(g, "nanquantile", a, A([0.5, 0.7]), own=True)
    C(g, "median", a, axis=0, own=True)
    C(g, "cov", a, tol=1e-12, own=True)
    C(g, "cov", a, rowvar=False, tol=1e-12, own=True)
    C(g, "cov", A([4.5, -1.0, 3.0, 8.0]), own=True)
    C(g, "corrcoef", a, tol=1e-12, own=True)
    C(g, "corrcoef", A([4.5, -1.0, 3.0, 8.0]), A([2.0, 7.5, -3.0, 0.5]), tol=1e-12, own=True)


def gen_fuzz():
    """Regressions from a differential fuzz against NumPy (random dtypes, shapes, views, options)."""
    g = "fuzz"
    # int64 / uint64 edges whose values a double cannot hold: the unsigned range is exact
    big = A(np.array([7, 2**63 - 1, -2**63 + 1, 3], dtype="int64"))
    C(g, "histogram", big, 5)
    C(g, "histogram", big, "sturges")
    C(g, "histogram", A(np.array([0, 2**64 - 1, 2**63, 5], dtype="uint64")), 4)
    C(g, "histogram2d", big, A([-2.5, 5.0, 2.0, -1.0]), L([3, 4]), weights=A([1.0, -9.5, 0.0, -25.0]))
    C(g, "histogram2d", A(np.array([-2**63 + 1], dtype="int64")), A(np.array([9], dtype="int32")), 4, density=True)
    # uint64 samples: the last-edge test compares with the edges' float64 value (it crashed)
    C(g, "histogram2d", A(np.array([2, 10, 4, 0, 7, 7, 9, 9], dtype="uint64")), A(np.array([5, 4, 5, 9, 4, 8, 8, 7], dtype="uint64")))
    # bins given per dimension as an array: operator.index of each element
    C(g, "histogram2d", A([2.5, 3.0]), A([3.0, 1.5]), A([2.0, 8.0]))
    C(g, "histogram2d", A([2.5, 3.0]), A([3.0, 1.5]), A([True, True]))
    C(g, "histogram2d", A([2.5, 3.0]), A([3.0, 1.5]), [True, 2])
    # an infinite estimated width gives 0 bins: NumPy's bincount then sees index -1
    C(g, "histogram", A([3.0, 1e300, -3.0]), "scott")
    C(g, "histogram", A([3.0, 1e300, -3.0]), "scott", range=[4, 5])
    # bool weights and no data: the counts are np.diff of a bool array
    C(g, "histogram", A(np.zeros((2, 0))), A([-5.5, 2.0, 2.0]), weights=A(np.zeros((2, 0), dtype=bool)))
    # cov: the weighted rows are float64, so is the result whatever dtype=
    m = A(np.array([[0.5, 0.25, -1.0, 7.5], [1.5, -2.0, 3.0, 0.0]], dtype="float32"))
    C(g, "cov", m, fweights=A(np.array([2, 0, 1, 1], dtype="int32")), dtype="float32", tol=1e-6)
    C(g, "cov", m, aweights=A([0.5, 1.0, 2.0, 0.0]), dtype="float32", tol=1e-6)
    C(g, "cov", A([0.5, 0.25, -1.0, 7.5]), bias=True, fweights=A([2, 0, 1, 1]), dtype="float32", tol=1e-6)
    C(g, "cov", m, dtype="float32", tol=1e-6)
    # 0-d data: reductions over it come back as scalars, whose dtype must survive
    C(g, "average", A(np.array(5579, dtype="int16")))
    C(g, "average", A(np.array(5579, dtype="int16")), keepdims=True, returned=True)
    C(g, "average", A(np.array(-9, dtype="int32")), weights=A(np.array(-8580935269709512698, dtype="int64")))
    C(g, "average", A(np.array(-2**63 + 1, dtype="int64")), weights=A(np.array(3.25, dtype="float32")), keepdims=True)
    C(g, "nanvar", A(np.array(2.25, dtype="float32")), dtype="float64")
    C(g, "nanstd", A(np.array(2.5)), ddof=1)
    C(g, "nanvar", A(np.array(3, dtype="uint16")), ddof=1, dtype="float32")
    C(g, "var", A(np.array(3, dtype="uint16")), dtype="float32")
    C(g, "std", A(np.array(3, dtype="int8")), keepdims=True, dtype="float32")
    # keepdims on 0-d data: a 0-d array, not a scalar
    C(g, "median", A(np.array(2.5)), keepdims=True)
    C(g, "nanmedian", A(np.array(25.5)), axis=None, keepdims=True)
    C(g, "quantile", A(np.array(1, dtype="int64")), 1, method="midpoint", keepdims=True)
    C(g, "percentile", A(np.array(0)), N(99.9), keepdims=True)
    C(g, "nanpercentile", A(np.array(-5.5, dtype="float32")), N(25.5), method="inverted_cdf", keepdims=True)
    # weighted: a 0-d result stays an array (bool too); nothing to reduce raises at cdf[-1]
    bw = A([[3, 3, 2], [1, 0, 1], [0, 1, 2]])
    C(g, "quantile", A([[True, True, False], [True, True, True], [True, False, True]]), N(0.001), method="inverted_cdf", weights=bw)
    C(g, "quantile", A(np.zeros((0, 6), dtype="int64")), N(0.999), axis=0, keepdims=True, method="inverted_cdf", weights=A(np.zeros(0, dtype="int64")))
    C(g, "quantile", A(np.zeros((4, 0), dtype="uint64")), N(0.9), method="inverted_cdf", weights=A(np.zeros((4, 0))))
    C(g, "percentile", A(np.zeros((3, 0))), N(50.5), axis=1, method="inverted_cdf", weights=A(np.zeros(0)))
    # several axes of empty data with an empty kept axis: _ureduce's reshape(kept + (-1,)) fails
    C(g, "median", A(np.zeros((4, 0, 4), dtype="uint8")), axis=[2, 0])
    C(g, "quantile", A(np.zeros((0, 3, 2, 2))), N(0.5), axis=[2, 3])
    C(g, "percentile", A(np.zeros((0, 0, 0), dtype="int16")), N(25.5), axis=[2, 1], keepdims=True, method="inverted_cdf", weights=A(np.zeros((0, 0, 0), dtype="int64")))
    C(g, "median", A(np.zeros((2, 3, 0, 2))), axis=[2, 3])
    C(g, "nanquantile", A(np.zeros((0, 3, 2))), N(0.5), axis=(1, 2))  # (a list: TypeError in np.nanmean)
    # trapezoid: an n-d x is diffed along axis first (AxisError), a 1-d x indexes with it (IndexError)
    C(g, "trapezoid", A(floats((5, 4, 3))), x=A(floats((5, 4, 3))), axis=3)
    C(g, "trapezoid", A(floats((3, 4))), x=A(floats((3, 4))), axis=-3)
    C(g, "trapezoid", A(floats((3, 4))), x=A(floats((4,))), axis=2)
    # an array beyond intp bytes: ValueError, not MemoryError
    C(g, "bincount", A(np.array([1, 8464569857189836587], dtype="uint64")))
    C(g, "bincount", A(np.array([1, 2**62], dtype="int64")), weights=A([0.5, 1.5]))
    # correlate / convolve mode strings: a known first letter but not the exact name is NumPy's
    # parser error; any other string fails in its converter, which shows the string (%R)
    for mode in ["bogus", "", "x", "it's", 'a"b', "constructor", "Same", "vx", "full ", "VALID"]:
        C(g, "correlate", A([1.0, 2.0, 3.0]), A([0.5, 1.0]), mode)
        C(g, "convolve", A([1, 2, 3]), A([2]), mode=mode)
    # cross: np.broadcast's message, Python tuples
    C(g, "cross", A(floats((3, 7, 3))), A(floats((3, 3))))
    C(g, "cross", A(floats((5, 2))), A(floats((4, 1, 3))))
    # nan* of empty data: NumPy returns np.nanmean(a, axis, out=out, keepdims=keepdims) first
    C(g, "nanmedian", A(np.zeros((3, 0, 4), dtype="int64")), axis=(1, -2))
    C(g, "nanmedian", A(np.zeros((0, 4), dtype="int16")), axis=(0, -2), keepdims=False)
    C(g, "nanmedian", A(np.zeros((3, 0, 4), dtype="int64")), axis=(1, 5))
    C(g, "nanmedian", A(np.zeros((3, 0, 4), dtype="float32")), axis=(1, 2), keepdims=True)
    C(g, "nanmedian", A(np.zeros((3, 0, 4), dtype="float32")), axis=1, out=V("o"), vars={"o": A(np.zeros((3, 4), dtype="int8"))})
    C(g, "nanmedian", A(np.zeros((3, 0, 4), dtype="int32")), axis=1, out=V("o"), vars={"o": A(np.ones((3, 4), dtype="float32"))})
    C(g, "nanquantile", A(np.zeros((2, 0))), A([[0.5, 0.25], [1.0, 0.0]]), axis=(0, 0))
    C(g, "nanpercentile", A(np.zeros((0, 3), dtype="uint8")), L([10, 50]), axis=0, keepdims=True)
    # axis=() merges no axes with a.reshape(a.shape + (-1,)): empty data raises there too
    C(g, "percentile", A(np.zeros((4, 0, 7), dtype="uint32")), L([33.5, 90.5]), method="higher", axis=())
    C(g, "quantile", A(np.zeros((2, 0, 2))), N(0.25), axis=())
    C(g, "median", A(np.zeros((0, 3))), axis=())
    C(g, "quantile", A(floats((2, 3))), N(0.25), axis=())
    # a non-finite autodetected range: NumPy's f-string formats float scalars as Python floats
    C(g, "histogram", A(np.array([-np.inf, 26.52], dtype="float32")))
    C(g, "histogram", A(np.array([[0.1, 2.5], [np.nan, 1.0]], dtype="float32")), 3)
    C(g, "histogram", A(np.array([1.5, np.inf])))
    C(g, "histogram_bin_edges", A(np.array([0.1, np.inf], dtype="float32")), bins="auto")
    C(g, "histogram2d", A(np.array([0.1, np.inf], dtype="float32")), A(np.array([0.1, 2.0], dtype="float32")))
    C(g, "histogramdd", A(np.array([[0.1, -np.inf]], dtype="float32")))
    # quantiles of no integer data: NumPy's np.take fails at the first q's previous index (-1
    # where that q's virtual index is >= n - 1 = -1 and not below 0)
    for m in ["linear", "midpoint", "hazen", "weibull", "median_unbiased", "lower"]:
        for q in [0, 100, L([100, 0]), L([0, 100]), N(25.5)]:
            C(g, "percentile", A(np.zeros(0, dtype="int8")), q, method=m)
    C(g, "quantile", A(np.zeros((0, 3), dtype="uint16")), L([0, 0.5]), axis=0)
    C(g, "quantile", A(np.zeros((0, 3))), L([0.5, 0]), axis=0)


if __name__ == "__main__":
    gen_median()
    gen_quantile()
    gen_nan()
    gen_average()
    gen_histogram()
    gen_hist2d()
    gen_counting()
    gen_correlate()
    gen_differences()
    gen_interp()
    gen_ownership()
    gen_fuzz()
    dump(OUT, {"numpy": np.__version__, "cases": CASES})
    print(f"{len(CASES)} cases -> {os.path.relpath(OUT)} ({os.path.getsize(OUT) // 1024} KiB)", file=sys.stderr)
