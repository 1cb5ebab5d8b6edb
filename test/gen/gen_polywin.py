"""Golden fixtures for the window functions (bartlett, blackman, hamming, hanning, kaiser), np.i0,
the polynomial functions (polyadd, polysub, polymul, polydiv, polyder, polyint, polyval, vander)
and np.fft's helpers (fftfreq, rfftfreq, fftshift, ifftshift): test/fixtures/polywin.json,
replayed on numwasm by test/polywin.test.mjs.

Each case calls one np function with arguments built the same way on both sides:

  argument spec (JSON)          JS value                        Python value
  {"a": array, "view": ops?}    fresh ndarray, then view ops    same
  {"n": x}                      JS number / boolean             what JS passes: an integral float
                                                                becomes a Python int
  {"list": nested}              nested JS array                 nested list (numbers as for "n")
  null                          null                            None

  view ops: ["T"] | ["get", "<NumPy index string>"]
  array: {"dtype", "shape", "data"}, data flat in C order (test/gen/common.py's encoding).

  case: {"f": name, "args": [spec], "kw": {name: spec}, "exp": result, "ulp": n?, "atol": x?}
  (name: an np attribute, dotted for a namespace: "fft.fftfreq")
  result: {"arr": array} | {"sc": value, "dtype": name} (a NumPy scalar: a JS number / boolean)
          | {"tuple": [result]} | {"input": i} (NumPy returned argument i itself)
          | {"error": class, "message": text}   ("message" left out where numwasm's differs)
  Floats compare bit for bit (NaN equals NaN, -0.0 differs from 0.0) unless the case gives "ulp"
  (cos / exp inside: within that many units in the last place) or "atol" (within that absolute
  difference: windows near their zeros, and float convolutions, which NumPy sums in BLAS).
"""
import math
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import enc, enc_array, err, dump, jsnum, jsdata
from gen_statistics import Spec, A

warnings.simplefilter("ignore")
np.seterr(all="ignore")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures", "polywin.json")

INTS = ["int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64"]
FLOATS = ["float32", "float64"]
ALL = ["bool"] + INTS + FLOATS
rng = np.random.default_rng(20251121)


def N(x):
    return Spec({"n": enc(x) if not isinstance(x, bool) else x}, lambda: jsnum(x))


def encode(x):
    return [encode(v) for v in x] if isinstance(x, (list, tuple)) else enc(x)


def L(x):
    return Spec({"list": encode(jsdata(x))}, lambda: jsdata(x))


def js_of(s):
    return None if s is None else s.js


def py_of(s):
    return None if s is None else s.py()


def result(r, args):
    if isinstance(r, tuple):
        return {"tuple": [result(v, args) for v in r]}
    for i, a in enumerate(args):
        if isinstance(a, np.ndarray) and r is a:
            return {"input": i}
    if isinstance(r, np.ndarray):
        return {"arr": enc_array(r)}
    if isinstance(r, (np.generic, float, int, bool)):
        return {"sc": enc(r), "dtype": np.asarray(r).dtype.name}
    raise TypeError(f"unexpected result {r!r}")


cases = []


def C(f, *args, msg=True, ulp=None, atol=None, **kw):
    c = {"f": f, "args": [js_of(a) for a in args]}
    if kw:
        c["kw"] = {k: js_of(v) for k, v in kw.items()}
    pargs = [py_of(a) for a in args]
    pkw = {k: py_of(v) for k, v in kw.items()}
    try:
        fn = np
        for part in f.split("."):
            fn = getattr(fn, part)
        c["exp"] = result(fn(*pargs, **pkw), pargs)
    except Exception as e:
        c["exp"] = err(e)
        if not msg:
            del c["exp"]["message"]
    if ulp is not None:
        c["ulp"] = ulp
    if atol is not None:
        c["atol"] = atol
    cases.append(c)


def sample(dt, n, lo=-50, hi=50):
    """n values exact in dtype dt, within [lo, hi] as the dtype allows."""
    if dt == "bool":
        return [bool(v) for v in rng.integers(0, 2, n)]
    if dt in INTS:
        info = np.iinfo(dt)
        return [int(v) for v in rng.integers(max(lo, info.min), min(hi, info.max) + 1, n)]
    return [float(v) for v in np.array(rng.uniform(lo, hi, n), dtype=dt)]


# ------------------------------------------------------------------------- window functions
# cos: NumPy's and numwasm's may differ in the last bit; next to a window's zeros that is an
# absolute difference of about one ulp of 1.0
COS_ATOL = 2 * np.finfo(float).eps
LENGTHS = [-5, -1, 0, 1, 2, 3, 4, 5, 6, 7, 12, 51, 256, 1001, 0.5, 1.5, 3.3, 5.5, -0.0, True, False,
           math.nan, math.inf, -math.inf]
for f in ["bartlett", "blackman", "hamming", "hanning"]:
    for M in LENGTHS:
        C(f, N(M), atol=None if f == "bartlett" else COS_ATOL)
    C(f, L([3]))
for M in [-3, 0, 0.5, 1, 2, 3, 6, 11, 64, 5.5, True, math.nan, -math.inf]:
    for beta in [0, 1, 5, 8.6, 14, -3, 40, 700, 800, math.nan, math.inf, False]:
        C("kaiser", N(M), N(beta), ulp=4)
C("kaiser", N(5), L([1, 2]))

# ------------------------------------------------------------------------------------- i0
I0_F64 = [0.0, -0.0, 1e-300, 1e-10, 0.5, 1.0, 2.0, 7.99, 8.0, 8.01, 10.0, 50.0, 100.0, 700.0, 709.0, 710.0,
          -1.0, -8.0, -9.5, -300.0, math.nan, math.inf, -math.inf]
C("i0", A(I0_F64), ulp=4)
C("i0", A(I0_F64[:13] + [80.0, 88.0, 89.0, 1e-30] + I0_F64[16:], "float32"), ulp=4)
C("i0", A(np.linspace(0, 30, 241)), ulp=4)
C("i0", A(np.linspace(-20, 20, 161), "float32"), ulp=4)
for dt in ALL:
    C("i0", A(sample(dt, 12, -20, 20), dt), ulp=4)
for x in [0, 1, 2.5, -9, 8, True, math.nan]:
    C("i0", N(x), ulp=4)
C("i0", A(3.5, "float32"), ulp=4)
C("i0", A(12, "int16"), ulp=4)
C("i0", A([], "float32"))
C("i0", A(np.zeros((0, 3))))
C("i0", A(np.linspace(-12, 12, 12).reshape(3, 4), view=[["T"]]), ulp=4)
C("i0", A(np.linspace(-12, 12, 12), "float32", view=[["get", "::-3"]]), ulp=4)
C("i0", L([[1, 2], [9, -10]]), ulp=4)

# ------------------------------------------------------------------- polyadd, polysub
for f in ["polyadd", "polysub"]:
    for dt in ALL:
        C(f, A(sample(dt, 4), dt), A(sample("int16", 2), "int16"))
        C(f, A(sample("float32", 2), "float32"), A(sample(dt, 3), dt))
        C(f, A(sample(dt, 3), dt), A(sample(dt, 3), dt))
    for a, b in [([1, 2], [3, 4, 5]), ([1, 2, 3], 7), (2.5, [1, 2]), ([], [1, 2]), ([1, 2], []), ([], []),
                 ([-0.0, 1.0], [-0.0]), ([math.nan, 1], [math.inf, -math.inf, 1]), (0, 0)]:
        C(f, L(a), L(b))
    C(f, A([120, 100], "int8"), A([100, 100], "int8"))
    C(f, A([1, 2**63 - 1], "uint64"), A([2**63, 5], "uint64"))
    C(f, A([1.5, -2, 3]), A([4, 5], "int64"))
    C(f, A(np.arange(6.0).reshape(2, 3)), A(np.arange(6.0).reshape(2, 3)))
    C(f, A(np.arange(6.0).reshape(2, 3)), L([1, 2, 3]))
    C(f, A(np.arange(6.0).reshape(2, 3)), L([1, 2]))
    C(f, A(np.arange(8.0), view=[["get", "::-2"]]), A(np.arange(3.0), view=[["get", "::-1"]]))
    C(f, A(np.arange(6.0).reshape(2, 3), view=[["T"]]), L([1, 2, 3]))
    C(f, A(np.arange(6.0), "float32"), N(1.5))
    C(f, A([True, False]), A([True, True, False]))

# ----------------------------------------------------------------------------- polymul
FLOAT_ATOL = 1e-12  # float convolutions: NumPy sums the products in BLAS
for dt in ALL:
    C("polymul", A(sample(dt, 4, -9, 9), dt), A(sample(dt, 3, -9, 9), dt), atol=FLOAT_ATOL if dt in FLOATS else None)
    C("polymul", A(sample(dt, 3, -9, 9), dt), A([1, -2], "int32"), atol=FLOAT_ATOL if dt in FLOATS else None)
for a, b in [([0, 0, 1, 2], [0, 3]), ([0, 0], [1, 2]), ([0], [0]), ([], [1, 2]), ([1, 2], 3), (2, 3), ([-0.0, 2.0], [1.0]),
             ([1, 2], [math.nan, 1]), ([math.inf, 1], [0, 1]), ([1.5, -0.5], [0.25, 2.0, -1.0])]:
    C("polymul", L(a), L(b))
C("polymul", A([100, 3], "int8"), A([5, 2], "int8"))
C("polymul", A([0.5, 1.25, 2], "float32"), A([2, 4]))
C("polymul", A([0, 0], "float32"), A([1, 2], "int8"))
C("polymul", A([True, False, True]), A([True, True]))
C("polymul", A(np.arange(1, 7), view=[["get", "::-2"]]), A([1, 2, 3], "uint8", view=[["get", "::-1"]]))
C("polymul", A(np.arange(6.0).reshape(2, 3)), L([1, 2]))
C("polymul", L([1, 2]), A(np.ones((2, 2))))

# ----------------------------------------------------------------------------- polydiv
for dt in ALL:
    C("polydiv", A(sample(dt, 5, -9, 9), dt), A([2, 1, 3], dt if dt != "bool" else "int8"))
    C("polydiv", A([3, 1, 4, 1], dt if dt != "bool" else "int8"), A(sample(dt, 2, 1, 9), dt))
for u, v in [([1, -3, 2], [1, -1]), ([1, 0, 0, -1], [1, -1]), ([3, 5, 2], [2, 1]), ([1, 2], [1, 2, 3]), ([4, 2], 2),
             (6, [3]), ([1, 2, 3], [0, 1]), ([1, 2, 3], [0]), ([1, 2, 3], [1e-20, 1]), ([1e-9, 2, 3], [1, 1]),
             ([1, 2 + 1e-14, 1], [1, 1]), ([-0.0, 0.0, 5.0], [1.0, 0.0]), ([math.nan, 1, 2], [1, 1]), ([1, 2, 3], [math.inf, 1]),
             ([0, 0, 0], [1, 2]), ([0], [1]), ([], [1]), ([1], []), ([2, 4, 6], [2])]:
    C("polydiv", L(u), L(v))
C("polydiv", A([1.5, 2, 3, 4], "float32"), A([0.5, 1], "float32"))
C("polydiv", A([1.5, 2, 3, 4], "float32"), A([0.5, 1], "float64"))
C("polydiv", A([1, 2, 3, 4], "int64"), A([0.5, 1], "float32"))
C("polydiv", A([1, 2, 3, 4], "uint64"), A([3, 1], "int8"))
C("polydiv", A(np.arange(1.0, 9.0), view=[["get", "::-2"]]), A(np.arange(3.0), view=[["get", "::-1"]]))
# remainders led by values on either side of allclose's atol (1e-8): dropped / kept
C("polydiv", L([1, 2, 3, 4]), L([1, 2, 3 - 5e-9]))
C("polydiv", L([1, 2, 3, 4]), L([1, 2, 3 - 5e-8]))
C("polydiv", L([1, 2, 3, 4]), L([1, 2, 3 + 9e-9]))
C("polydiv", A([[1, 2], [3, 4]]), A([1, 2]), msg=False)

# ------------------------------------------------------------------------------ polyder
for dt in ALL:
    for m in [1, 2]:
        C("polyder", A(sample(dt, 5, -9, 9), dt), N(m))
C("polyder", A([1.5, -2.0, 3.25, 4.0]), N(0))
C("polyder", L([1, 2, 3]), N(0))
for m in [0, 1, 3, 4, 6, 1.7, -0.5, True, False]:
    C("polyder", L([3, -1, 4, 1, 5]), N(m))
C("polyder", L([3.0, 2.5]), m=N(1))
C("polyder", L([1, 2, 3]))
for m in [-1, math.nan, math.inf, -math.inf]:
    C("polyder", L([1, 2, 3]), N(m))
C("polyder", L([1, 2]), None)
C("polyder", N(5))
C("polyder", N(5), N(0))
C("polyder", A([], "float32"))
C("polyder", A([7], "int8"))
C("polyder", A([math.nan, math.inf, -0.0, 1.0]))
C("polyder", A([-0.0, 2.0], "float32"), N(2))
C("polyder", A(np.arange(6.0).reshape(3, 2)))
C("polyder", A(np.arange(12.0).reshape(3, 4)))
C("polyder", A(np.arange(12.0).reshape(3, 4)), N(0))
C("polyder", A(np.arange(10.0), view=[["get", "::-3"]]), N(2))
C("polyder", A([100, 50, 20, 1], "int8"), N(2))

# ------------------------------------------------------------------------------ polyint
for dt in ALL:
    C("polyint", A(sample(dt, 4, -9, 9), dt))
    C("polyint", A(sample(dt, 3, -9, 9), dt), N(2), L([1, 2]))
for m, k in [(0, None), (1, None), (2, None), (3, None), (1, 5), (3, 2.5), (2, [1, 2]), (2, [1, 2, 3]), (3, [1, 2]),
             (2, []), (1, []), (0, []), (1.9, 4), (-1, None), (math.nan, None), (True, None)]:
    C("polyint", L([3, -1, 4, 1]), N(m), None if k is None else (N(k) if not isinstance(k, list) else L(k)))
C("polyint", L([1, 2]), m=N(2), k=A([1.5], "float32"))
C("polyint", L([1, 2]), m=N(2), k=A([1, 2], "int8"))
C("polyint", L([1, 2]), k=N(3))
C("polyint", L([1, 2]), None)
C("polyint", A([1.5, 2.5], "float32"), N(0))
C("polyint", N(5))
C("polyint", N(5), N(0))
C("polyint", A([], "int16"))
C("polyint", A([], "int16"), N(2), N(7))
C("polyint", A([math.nan, -0.0, math.inf]), N(1), N(-0.0))
C("polyint", A(np.arange(6.0).reshape(2, 3)))
C("polyint", A(np.arange(10.0), view=[["get", "::-3"]]), N(2))

# ------------------------------------------------------------------------------ polyval
for dt in ALL:
    C("polyval", A(sample(dt, 4, -5, 5), dt), A(sample("int16", 3, -3, 3), "int16"))
    C("polyval", A(sample("int8", 3, -5, 5), "int8"), A(sample(dt, 4, -3, 3), dt))
    C("polyval", A(sample(dt, 3, -5, 5), dt), A(sample(dt, 5, -3, 3), dt))
    C("polyval", A(sample(dt, 3, -5, 5), dt), N(2))
for p, x in [([1, 2, 3], 2), ([1, 2, 3], 0.5), ([3, 0, 1], -0.0), ([1.5, -2], 2), ([], 3), ([], [1, 2]), ([5], [1, 2, 3]),
             ([1, 2], []), ([1, 2, 3], math.nan), ([1, -1], math.inf), ([2, 0, -1], [[1, 2], [3, 4]]), ([True, True], True),
             ([1, 2, 3], True), ([[1, 2], [3, 4]], 2), ([[1, 2], [3, 4]], [1, 2, 3])]:
    C("polyval", L(p), L(x))
C("polyval", A([1, 2], "int8"), N(300))
C("polyval", A([1, 2], "float32"), N(1.5))
C("polyval", A([100, 3], "int8"), A([100], "int8"))
C("polyval", A([1, 2, 3], "float32"), A(2.5, "float32"))
C("polyval", A([1, 2, 3]), A(2, "uint8"))
C("polyval", A([], "float32"), A(2, "int8"))
C("polyval", A(3), N(2))
C("polyval", A(np.arange(1.0, 7.0), view=[["get", "::-2"]]), A(np.arange(6.0).reshape(2, 3), view=[["T"]]))
C("polyval", A([2**62, 3], "uint64"), A([3, 1], "uint64"))

# ------------------------------------------------------------------------------- vander
for dt in ALL:
    C("vander", A(sample(dt, 4, -6, 6), dt))
    C("vander", A(sample(dt, 3, -6, 6), dt), N(5), increasing=N(True))
for x in [[1, 2, 3, 5], [1.5, -2.0, math.nan, math.inf, -0.0], [], [7]]:
    for N_ in [None, 0, 1, 2, 3, 6]:
        C("vander", L(x), None if N_ is None else N(N_))
        C("vander", L(x), None if N_ is None else N(N_), N(True))
C("vander", L([1, 2, 3]), N=N(4))
C("vander", L([1, 2, 3]), increasing=N(True))
C("vander", A([10, 200, 30], "uint8"), N(4))
C("vander", A([3, 2**40, 7], "int64"), N(3))
C("vander", A([3, 2**63, 7], "uint64"), N(4))
C("vander", A(np.arange(8.0), view=[["get", "::-3"]]), N(4))
C("vander", A(np.arange(8.0, dtype="float32"), view=[["get", "1::2"]]), N(3), N(True))
C("vander", L([[1, 2], [3, 4]]))
C("vander", N(3))
C("vander", L([1, 2]), N(-1))
C("vander", L([1, 2]), N(1.5))

# ------------------------------------------------------------------------ np.fft helpers
for f in ["fft.fftfreq", "fft.rfftfreq"]:
    for n in [0, 1, 2, 3, 4, 5, 8, 9, 16, 17, 1000, -1, -3, 4.5, -0.0, True, False]:
        C(f, N(n))
    for n in [1, 5, 8]:
        for d in [0.1, 2, -0.5, 3.7, 1e-300, 1e300, 5e-324, 0, -0.0, True, False, math.nan, math.inf]:
            C(f, N(n), N(d))
    C(f, N(6), d=N(0.25))
    C(f, N(4), A([[1.0], [2.0], [0.0]]))
    C(f, N(4), A([2, 3], "int32"))
    C(f, N(5), A(np.float32(0.3)))
    C(f, N(3), L([1, 2]))
for f in ["fft.fftshift", "fft.ifftshift"]:
    for shape in [(0,), (1,), (5,), (6,), (3, 4), (4, 5), (2, 3, 5), (0, 3), ()]:
        for dtype in ["int64", "float64", "bool"]:
            C(f, A(np.arange(int(np.prod(shape))).reshape(shape).astype(dtype)))
    x = A(np.arange(60.0).reshape(3, 4, 5))
    for axes in [0, 1, 2, -1, -3, [0, 2], [2, 0], [1, 1], [], 3, -4, [0, 5]]:
        C(f, x, N(axes) if isinstance(axes, int) else L(axes))
    C(f, x, axes=N(-2))
    C(f, A(np.arange(20).reshape(4, 5), view=[["T"]]))
    C(f, A(np.arange(7.0), view=[["get", "::-2"]]))
    C(f, A(np.arange(12.0).reshape(3, 4), view=[["get", "::2, ::-1"]]), N(1))

dump(OUT, cases)
print(f"{len(cases)} cases -> {os.path.relpath(OUT)} ({os.path.getsize(OUT) // 1024} KiB)")
