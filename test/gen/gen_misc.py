"""Golden fixtures for names added together: np.sinc, unwrap, angle, apply_along_axis,
apply_over_axes, base_repr, binary_repr, poly, require, isfortran, mask_indices, getbufsize /
setbufsize, frompyfunc, and the ndarray method setflags.

Each case is {"fn", "args", "kwargs", "expect"} in argspec.py's encoding; test/misc.test.mjs
replays it with specRunner. Extra fields: "ulp" (floats compared within that many units in the
last place: sin and arctan2 may differ from NumPy's libm in the last bits), "ulp_dtype" (the
dtype of a scalar result, whose ulp that is), "flags" ([C-contiguous, F-contiguous, owndata] of
the result, for np.require).

Some NumPy behaviour is reached through helpers defined here and in the test under the same
name (np.misc_*): frompyfunc's object arrays become np.array of their values (numwasm has no
object dtype, it returns that array), setbufsize reports the old and new size and restores 8192,
setflags runs on an array prepared a named way and reports the flags after.
"""
import math
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from common import dump, jsnum, jsdata
import argspec
from argspec import Arr, Tup, Fn, Ref, arr, rng_arr, layouts

warnings.simplefilter("ignore")
DTYPES = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float32", "float64"]
NUMERIC = DTYPES[1:]
FLOATS = ["float32", "float64"]
NW_ERRORS = {"AxisError", "ValueError", "TypeError", "IndexError", "OverflowError", "RuntimeError", "KeyError",
             "ZeroDivisionError"}

OUT = os.path.join(os.path.dirname(__file__), "..", "fixtures", "misc.json")


def err(e):
    """NumPy's class, or the public one it derives from (UFuncTypeError is a TypeError)."""
    name = next(c.__name__ for c in type(e).__mro__ if c.__name__ in NW_ERRORS)
    return {"error": name, "message": str(e)}


# ---------------------------------------------------------------------------- callbacks
# Each has a JS twin of the same name in test/misc.test.mjs. A JS callback returns JS numbers,
# which count as Python scalars (an integral one as an int: jsnum), so the twins here return
# Python scalars where the JS ones return numbers.
def scale_kw(v, k=1, m=0):
    return v * k + m


def add2(x, y):
    return jsnum(x + y)


def gt1(x):
    return x > 1


def halve(x):
    return jsnum(x / 2)


def pair(x):
    return (jsnum(x * 2), jsnum(0 - x))


def pick3(a, b, c):
    return a if c else b


def const5():
    return 5


def odd_gt1_or_scaled(x):
    return (x > 1) if x % 2 else jsnum(x * 1.5)


argspec.FUNCS.update({
    "mid": lambda v: jsnum((v[0].item() + v[-1].item()) * 0.5),
    "total": lambda v: jsnum(v.sum().item()),
    "rev": lambda v: v[::-1],
    "diag": np.diag,
    "cumsum": np.cumsum,
    "head2": lambda v: v[:2],
    "first2list": lambda v: jsdata(v[:2].tolist()),
    "scale": lambda v, k: v * k,
    "scale_kw": scale_kw,
    "grow": lambda v: np.arange(len(v) + int(v[0])),
    "halve1": lambda v: jsnum(v[0].item() / 2),
    "outer": lambda v: np.multiply.outer(v, v),
    "np_sum": np.sum,
    "np_mean": np.mean,
    "sum_all": lambda a, ax: a.sum(),
    "add_dim": lambda a, ax: np.expand_dims(a, 0),
    "keep": lambda a, ax: a,
    "triu": np.triu,
    "tril": np.tril,
    "band": lambda m, k: np.triu(m, -k) * np.tril(m, k),
    "gt_k": lambda m, k: np.arange(m.size).reshape(m.shape) > k,
    "signed": lambda m, k: np.triu(m, k) - np.tril(m, k),
    "scalar5": lambda m, k: 5,
    "add2": add2, "gt1": gt1, "halve": halve, "pair": pair, "pick3": pick3, "const5": const5,
    "odd_gt1_or_scaled": odd_gt1_or_scaled,
})


# ------------------------------------------------------------------------ helper functions
def natural(r):
    """An object array as np.array of its values (numwasm's frompyfunc result)."""
    if isinstance(r, tuple):
        return tuple(natural(x) for x in r)
    if isinstance(r, np.ndarray) and r.dtype == object:
        return np.zeros(r.shape) if r.size == 0 else np.array(jsdata(r.ravel().tolist())).reshape(r.shape)
    return r


def misc_frompyfunc(func, nin, nout, *args, **kw):
    return natural(np.frompyfunc(func, nin, nout)(*args, **kw))


def misc_frompyfunc_nargs(func, *args, **kw):
    return np.frompyfunc(func, *args, **kw).nargs


def misc_setbufsize(size):
    old = np.setbufsize(size)
    new = np.getbufsize()
    np.setbufsize(8192)
    return (old, new)


def _ro(a):
    a.setflags(write=False)
    return a


def _ro_then_w(a):
    v = _ro(a)[1:]
    a.setflags(write=True)
    return v


PREP = {
    "owner": lambda a: a,
    "owner_ro": _ro,
    "view": lambda a: a[1:],
    "view_of_ro": lambda a: _ro(a)[1:],
    "view_made_ro": lambda a: _ro(a[1:]),
    "T_of_ro": lambda a: _ro(a).T,
    "view_of_ro_owner_w_again": _ro_then_w,
    "broadcast": lambda a: np.broadcast_to(a, (2,) + a.shape),
    "diagonal": lambda a: a.diagonal(),
}


def misc_setflags(a, prep, *args, **kw):
    t = PREP[prep](a)
    r = t.setflags(*args, **kw)
    return (r, t.flags.writeable, t.flags.aligned, a.flags.writeable)


np.misc_frompyfunc = misc_frompyfunc
np.misc_frompyfunc_nargs = misc_frompyfunc_nargs
np.misc_setbufsize = misc_setbufsize
np.misc_setflags = misc_setflags


cases = []


def tolerance(ulp):
    """extra() for a transcendental result: its tolerance, and a scalar's dtype."""
    def f(r):
        d = {"ulp": ulp}
        if isinstance(r, np.floating):
            d["ulp_dtype"] = r.dtype.name
        return d
    return f


def layout_flags(r):
    return {"flags": [bool(r.flags.c_contiguous), bool(r.flags.f_contiguous), bool(r.flags.owndata)]}


def case(fn, *args, after=None, ulp=None, extra=None, **kwargs):
    argspec.run_case(cases, err, fn, args, kwargs, after, extra=tolerance(ulp) if ulp else extra)


SPECIAL = [math.nan, math.inf, -math.inf, -0.0, 0.0, 0.5, -1.5, 1e-300, 2.0, -3.0, 1e-7, 0.25]
# large values apart: an integral JS number beyond 2**53 is encoded as a Python int (a BigInt in JS)
HUGE = {"float32": [1e30, -1e20, 2.0**60, 3.0**30], "float64": [1e300, -1e20, 2.0**60, 3.0**30]}

# ------------------------------------------------------------------------------------ sinc
for dt in DTYPES:
    for a in layouts([3, 4], dt) + [arr([0], dt), arr([], dt), Arr(1, dt)]:
        case("sinc", a, ulp=2)
for dt in FLOATS:
    case("sinc", Arr(SPECIAL, dt), ulp=2)
    case("sinc", Arr(HUGE[dt], dt), ulp=2)
    case("sinc", Arr([[0.5, -0.0], [1.0, 3.5]], dt, ops=["T", "::-1"]), ulp=2)
    case("sinc", Arr(-0.0, dt), ulp=2)
    case("sinc", Arr(0.5, dt), ulp=2)
for x in [0, 0.5, -0.0, 1.5, 2, math.nan, math.inf, True, [0, 1, 2], [0.5, -0.25], [[1.5]], []]:
    case("sinc", x, ulp=2)

# ----------------------------------------------------------------------------------- angle
# bool, int8 and uint8 give float16 in NumPy (arctan2's loop), float32 in numwasm
ANGLE_DTYPES = [dt for dt in DTYPES if dt not in ("bool", "int8", "uint8")]
for dt in ANGLE_DTYPES:
    for a in layouts([3, 4], dt) + [arr([], dt), Arr(-1 if dt[0] != "u" else 0, dt), Arr(2, dt)]:
        case("angle", a)
        case("angle", a, True)
for dt in FLOATS:
    case("angle", Arr(SPECIAL, dt))
    case("angle", Arr(SPECIAL, dt), deg=True)
    case("angle", Arr(HUGE[dt], dt), deg=True)
    case("angle", Arr(-0.0, dt), deg=1)
for x in [1, -1, 0, -0.0, 2.5, -2.5, math.nan, -math.inf, [1, -2, 0], [1.5, -0.0], []]:
    case("angle", x)
    case("angle", x, deg=True)
case("angle", [-1.0, 1.0], deg=0)
case("angle", [-1.0, 1.0], deg=math.nan)
case("angle", [-1.0, 1.0], deg=[])

# ---------------------------------------------------------------------------------- unwrap
phase = [0.0, 0.7853981633974483, 1.5707963267948966, 5.497787143782138, 6.283185307179586]
wave = [float(v) for v in np.mod(1.5 * np.sin(1.1 * np.linspace(0, 25, 40) + 0.26), 2.0) - 1]
case("unwrap", phase)
case("unwrap", [0, 1, 2, -1, 0], period=4)
case("unwrap", [1, 2, 3, 4, 5, 6, 1, 2, 3], period=6)
case("unwrap", [2, 3, 4, 5, 2, 3, 4, 5], period=4)
case("unwrap", [float(v) for v in np.mod(np.linspace(0, 720, 19), 360) - 180], period=360)
case("unwrap", wave, period=2.5)
case("unwrap", wave, 0.1, period=2.5)
case("unwrap", wave, discont=3, period=2.5)
for dt in FLOATS:
    case("unwrap", Arr(wave, dt))
    case("unwrap", Arr(wave, dt), period=2.5)
    case("unwrap", Arr(wave, dt, ops=["::-1"]), math.pi / 4)
    case("unwrap", Arr(wave, dt, ops=["::3"]), None, -1)
    case("unwrap", Arr([wave[:20], wave[20:]], dt, ops=["T"]), axis=0)
    case("unwrap", Arr([wave[:20], wave[20:]], dt), axis=1, period=1.5)
    case("unwrap", Arr([wave[:20], wave[20:]], dt), axis=-2)
    case("unwrap", Arr([0.0, math.pi, 0.0, -math.pi, 0.0, 3 * math.pi], dt))  # steps of exactly period/2
    case("unwrap", Arr([0.0, 3.0, 6.0, 3.0, 0.0, -3.0], dt), period=6)
    case("unwrap", Arr([0.0, math.nan, 1.0, 7.0, math.inf, 2.0], dt))
    case("unwrap", Arr([-0.0, 6.5], dt))
    case("unwrap", Arr([], dt))
    case("unwrap", Arr([[]], dt), axis=0)
    case("unwrap", Arr([1.5], dt))
for dt in NUMERIC:
    for a in layouts([3, 4], dt):
        case("unwrap", a)
        case("unwrap", a, period=6)
        case("unwrap", a, 5, 0, period=6)
        case("unwrap", a, period=7)
    case("unwrap", Arr([0, 3, 6, 9, 6, 3, 0, 1, 5], dt), period=6)  # integer steps of exactly period/2
    case("unwrap", Arr([0, 3, 6, 9, 6, 3, 0, 1, 5], dt), period=7)
    case("unwrap", Arr([0, 3, 6, 9, 6, 3, 0, 1, 5], dt), period=True)
    case("unwrap", Arr([0, 3, 6, 9, 6, 3, 0, 1, 5], dt), discont=-1, period=10)
for dt in ["bool"]:
    for a in layouts([3, 4], dt):
        case("unwrap", a)
        case("unwrap", a, period=2)
for bad in [Arr(3.0), 3, Arr([[1.0, 2.0]]), Arr([1.0, 2.0])]:
    case("unwrap", bad, axis=2)
    case("unwrap", bad, axis=1.5)
case("unwrap", Arr(3.0))

# ------------------------------------------------------------------------ apply_along_axis
def small_layouts(shape, dt):
    """layouts() of small values: the callbacks returning JS numbers read int64 as doubles."""
    return [rng_arr(shape, dt), rng_arr(shape, dt, ops=["::-1"]), rng_arr([shape[0] * 2] + shape[1:], dt, ops=["::2"]),
            rng_arr(shape[::-1], dt, ops=["T"]), rng_arr(shape[::-1], dt, ops=["T", "::-1, ::-1"])]


for dt in DTYPES:
    for a in small_layouts([3, 4], dt):
        for ax in [0, 1, -1]:
            case("apply_along_axis", Fn("total"), ax, a)
            case("apply_along_axis", Fn("first2list"), ax, a)
    for a in layouts([3, 4], dt):
        for ax in [0, 1, -1]:
            case("apply_along_axis", Fn("rev"), ax, a)
            case("apply_along_axis", Fn("cumsum"), ax, a)
        case("apply_along_axis", Fn("diag"), 1, a)
        case("apply_along_axis", Fn("outer"), 0, a)
        case("apply_along_axis", Fn("scale"), 1, a, 3)
        case("apply_along_axis", Fn("scale_kw"), 0, a, 2, m=1)
        case("apply_along_axis", Fn("scale_kw"), 0, a, m=-1)
    for a in [rng_arr([2, 3, 4], dt), rng_arr([4, 3, 2], dt, ops=["T"]), rng_arr([2, 3, 8], dt, ops=["::-1, :, ::2"])]:
        for ax in [0, 1, 2, -1]:
            case("apply_along_axis", Fn("mid"), ax, a)
            case("apply_along_axis", Fn("head2"), ax, a)
            case("apply_along_axis", Fn("diag"), ax, a)
    case("apply_along_axis", Fn("total"), 0, arr([5], dt))
    case("apply_along_axis", Fn("rev"), 0, arr([5], dt))
    case("apply_along_axis", Fn("total"), 1, arr([3, 0], dt))
    case("apply_along_axis", Fn("rev"), 1, arr([3, 0], dt))
    case("apply_along_axis", Fn("total"), 0, arr([3, 0], dt))
    case("apply_along_axis", Fn("halve1"), 1, rng_arr([4, 2], dt))
case("apply_along_axis", Fn("mid"), 0, [[1, 2, 3], [4, 5, 6], [7, 8, 9]])
case("apply_along_axis", Fn("mid"), 1, [[1, 2, 3], [4, 5, 6], [7, 8, 9]])
case("apply_along_axis", Fn("diag"), -1, [[1, 2, 3], [4, 5, 6], [7, 8, 9]])
case("apply_along_axis", Fn("grow"), 1, [[0, 1], [1, 1]])
case("apply_along_axis", Fn("grow"), 1, [[1, 1], [0, 1]])
case("apply_along_axis", Fn("grow"), 1, [[0, 1], [0, 1]])
case("apply_along_axis", Fn("halve1"), 1, Arr([[0, 1], [3, 1], [4, 0]], "int8"))
case("apply_along_axis", Fn("rev"), 0, Arr(3))
case("apply_along_axis", Fn("rev"), 0, 3)
case("apply_along_axis", Fn("rev"), 2, rng_arr([2, 3]))
case("apply_along_axis", Fn("rev"), -3, rng_arr([2, 3]))
case("apply_along_axis", Fn("rev"), 1.0, rng_arr([2, 3]))
case("apply_along_axis", Fn("rev"), 1.5, rng_arr([2, 3]))
case("apply_along_axis", Fn("rev"), None, rng_arr([2, 3]))
case("apply_along_axis", 3, 0, rng_arr([2, 3]))
case("apply_along_axis", 3, 1, rng_arr([0, 3]))

# ------------------------------------------------------------------------ apply_over_axes
for dt in DTYPES:
    for a in [rng_arr([2, 3, 4], dt), rng_arr([4, 3, 2], dt, ops=["T"]), arr([2, 3, 4], dt, ops=["::-1"])]:
        for axes in [[0, 2], 1, -1, [], [0, 1, 2], Arr([2, 0]), -4, Tup(1, 1)]:
            case("apply_over_axes", Fn("np_sum"), a, axes)
        case("apply_over_axes", Fn("np_mean"), a, [0, 1])
        case("apply_over_axes", Fn("keep"), a, [0, 1])
case("apply_over_axes", Fn("np_sum"), rng_arr([6]), 0)
case("apply_over_axes", Fn("np_sum"), rng_arr([2, 0, 3]), [1, 2])
case("apply_over_axes", Fn("np_sum"), rng_arr([2, 3, 4]), 3)
case("apply_over_axes", Fn("np_sum"), rng_arr([2, 3, 4]), -5)
case("apply_over_axes", Fn("np_sum"), rng_arr([2, 3, 4]), 1.5)
case("apply_over_axes", Fn("np_sum"), rng_arr([2, 3, 4]), Arr(1))
case("apply_over_axes", Fn("sum_all"), rng_arr([2, 3, 4]), [0])
case("apply_over_axes", Fn("add_dim"), rng_arr([2, 3]), [0])
case("apply_over_axes", Fn("np_sum"), Arr(3), [])
case("apply_over_axes", 3, rng_arr([2, 3]), [0])

# ---------------------------------------------------------------------- base_repr, binary_repr
NUMS = [0, 1, 5, -5, 10, 35, 36, -36, 255, -255, 2**31, 2**53, 2**60, -2**63, 2**63, 2**64 - 1, 2**70, -2**70,
        2.7, -2.7, -0.5, 0.5, -0.0, True, False]
for n in NUMS:
    for base in [2, 3, 8, 10, 16, 36]:
        case("base_repr", n, base)
    case("base_repr", n)
    case("base_repr", n, 16, 3)
    case("base_repr", n, padding=-2)
    case("base_repr", n, 10, True)
for base in [37, 1, 0, -1, 2.5, 36.5, True, 1.9]:
    case("base_repr", 10, base)
    case("base_repr", 0, base)
for n in [math.nan, math.inf, -math.inf]:
    case("base_repr", n)
case("base_repr", 10, 2, 2.5)
case("base_repr", 0, 2, 2.5)
case("base_repr", Arr(12), 5)
case("base_repr", Arr(-12.5), 5)
case("base_repr", Arr([12], "uint8"), 5)

for n in [0, 1, 2, 3, 5, 127, 128, 255, 256, -1, -2, -3, -5, -127, -128, -129, -255, -256, 2**53, -2**53,
          2**63 - 1, -2**63, 2**64, -2**64 - 1, 2**70, True, False]:
    for w in [None, 0, 1, 2, 3, 4, 5, 8, 9, 16, 64, 70, True]:
        case("binary_repr", n, w)
    case("binary_repr", n, width=8)
for n in [2.5, -0.0, 3.0 + 0.5, math.nan, None, "a", [3]]:
    case("binary_repr", n)
for w in [2.5, 8.5, -1]:
    for n in [0, 5, -5]:
        case("binary_repr", n, w)
case("binary_repr", Arr(5))
case("binary_repr", Arr(-5, "int8"), 8)
case("binary_repr", Arr(5.0))
case("binary_repr", Arr([5]))
case("binary_repr", Arr(True))

# ------------------------------------------------------------------------------------ poly
rng = np.random.default_rng(5)
ROOTS = [[0, 0, 0], [-0.5, 0, 0.5], [1, 2, 3], [3, 2, 1], [1.5, -2.25, 7.0, 0.125, -3.0],
         [float(v) for v in rng.normal(0, 3, 8)], [float(v) for v in rng.normal(0, 100, 12)],
         [math.nan, 1.0], [math.inf, 1.0], [-0.0, 0.0], [1e300, -1e300, 2.0**60], [1e-300, 1.5], [2**53, 3]]
for r in ROOTS:
    if r[0] != 1e300:  # Python ints beyond 64 bits: an object array in NumPy
        case("poly", r)
    for dt in FLOATS:
        case("poly", Arr(r, dt))
        case("poly", Arr(r, dt, ops=["::-1"]))
for dt in DTYPES:
    for a in [arr([5], dt), arr([10], dt, ops=["::2"]), arr([5], dt, ops=["::-1"]), arr([0], dt), Arr(3, dt)]:
        case("poly", a)
for x in [[], 3, 2.5, True, [[]], [[1, 2, 3]], [[1, 2], [3, 4], [5, 6]], [[[1]]], Arr([[]], "float64"),
          rng_arr([2, 3]), rng_arr([3, 0]), Arr([[[1.0]]])]:
    case("poly", x)

# --------------------------------------------------------------------------- require
REQS = [None, [], "", "C", "F", "A", "W", "O", "E", "CW", "FA", "cw", ["C_CONTIGUOUS"], ["f_contiguous", "owndata"],
        ["Aligned", "Writeable"], ["contiguous", "E"], ["FORTRAN"], ["ENSUREARRAY", "OWNDATA", "F"], ("O", "C"),
        "CF", ["C", "FORTRAN"], ["x"], "C_CONTIGUOUS", 1]
for dt in ["int64", "float32", "bool", "uint16"]:
    for a in layouts([3, 4], dt) + [arr([0, 3], dt), Arr(2, dt), arr([1, 4], dt), arr([4, 1], dt, ops=["T"])]:
        for req in REQS:
            case("require", a, None, req, extra=layout_flags)
        case("require", a, "float64", "C", extra=layout_flags)
        case("require", a, "int8", ["F", "O"], extra=layout_flags)
        case("require", a, dtype=dt, requirements="A", extra=layout_flags)
        case("require", a, "float32", extra=layout_flags)
for x in [[[1, 2], [3, 4]], [1.5, 2.5], 3, [], [[True]]]:
    for req in [None, "C", "F", "FW", "O"]:
        case("require", x, None, req, extra=layout_flags)
    case("require", x, "float32", "F", extra=layout_flags)
case("require", rng_arr([2, 2]), "nope", "C")
case("require", rng_arr([2, 2]), "nope")
case("require", rng_arr([2, 2]), None, "C", like=rng_arr([1]), extra=layout_flags)
case("require", rng_arr([2, 2]), None, "C", like=[1])
case("require", rng_arr([2, 2]), requirements="C", like=None, extra=layout_flags)

# ------------------------------------------------------------------------------ isfortran
for dt in ["int8", "float64", "bool"]:
    for a in layouts([3, 4], dt) + [arr([0, 3], dt), arr([3, 0], dt, ops=["T"]), Arr(2, dt), arr([4], dt),
                                    arr([1, 4], dt, ops=["T"]), arr([2, 3, 4], dt, ops=["T"]), arr([4, 6], dt, ops=["T", "::2"])]:
        case("isfortran", a)

# ---------------------------------------------------------------------------- mask_indices
for n in [0, 1, 2, 3, 4, 5]:
    for fn in ["triu", "tril", "band", "gt_k", "signed"]:
        case("mask_indices", n, Fn(fn))
        for k in [-2, -1, 1, 2, 7]:
            case("mask_indices", n, Fn(fn), k)
    case("mask_indices", n, Fn("triu"), k=1)
case("mask_indices", 3, Fn("scalar5"))
case("mask_indices", -1, Fn("triu"))
case("mask_indices", 2.5, Fn("triu"))
case("mask_indices", 3, 7)

# --------------------------------------------------------------------- getbufsize, setbufsize
case("getbufsize")
for v in [16, 4096, 8192, 8192 * 1000, 10**7, 10**7 - 16, 10**7 + 16, 2**62, 2**63, 2**64, 0, 1, 4, 5, 7, 8, 15, 17,
          100, -1, -16, -2**63, -2**64, 1.5, 16.0 + 0.5, -0.5, -1.5, -0.0, math.nan, math.inf, -math.inf, True, False,
          None, "a", [16], Arr(16), Arr(32, "uint8"), Arr(-1), Arr([-1]), Arr([16]), Arr([16, 32]), Arr([], "float64"),
          Arr(16.0 + 0.5), Arr(True), Arr(2**40)]:
    case("misc_setbufsize", v)

# ------------------------------------------------------------------------------ frompyfunc
for dts in [("int64", "int64"), ("int8", "uint8"), ("float64", "int16"), ("float32", "float32"), ("bool", "bool"),
            ("bool", "int32"), ("uint64", "float64")]:
    a, b = rng_arr([3], dts[0]), rng_arr([2, 1], dts[1])
    case("misc_frompyfunc", Fn("add2"), 2, 1, a, b)
    case("misc_frompyfunc", Fn("add2"), 2, 1, rng_arr([2, 3], dts[0], ops=["T"]), rng_arr([6], dts[1], ops=["::-2"]))
    case("misc_frompyfunc", Fn("add2"), 2, 1, a, 1.5)
    case("misc_frompyfunc", Fn("add2"), 2, 1, a, 2)
    case("misc_frompyfunc", Fn("gt1"), 1, 1, rng_arr([2, 3], dts[0]))
    case("misc_frompyfunc", Fn("halve"), 1, 1, rng_arr([4], dts[0]))
    case("misc_frompyfunc", Fn("odd_gt1_or_scaled"), 1, 1, rng_arr([5], dts[0]))
    case("misc_frompyfunc", Fn("pair"), 1, 2, rng_arr([2, 2], dts[0]))
case("misc_frompyfunc", Fn("add2"), 2, 1, Arr([1.5, math.nan, math.inf, -0.0]), Arr([-0.0]))
case("misc_frompyfunc", Fn("add2"), 2, 1, 1, 2)
case("misc_frompyfunc", Fn("add2"), 2, 1, 1.5, True)
case("misc_frompyfunc", Fn("add2"), 2, 1, Arr(1), Arr(2.5))
case("misc_frompyfunc", Fn("add2"), 2, 1, [1, 2], [[10], [20]])
case("misc_frompyfunc", Fn("add2"), 2, 1, rng_arr([0, 3]), rng_arr([3]))
case("misc_frompyfunc", Fn("add2"), 2, 1, rng_arr([3]), rng_arr([2]))
case("misc_frompyfunc", Fn("add2"), 2, 1, rng_arr([3]))
case("misc_frompyfunc", Fn("add2"), 2, 1)
case("misc_frompyfunc", Fn("add2"), 2, 1, 1, 2, 3, 4)
case("misc_frompyfunc", Fn("gt1"), 1, 1, 3)
case("misc_frompyfunc", Fn("gt1"), 1, 1, Arr([], "int8"))
case("misc_frompyfunc", Fn("pair"), 1, 2, 3)
case("misc_frompyfunc", Fn("pair"), 1, 2, rng_arr([0]))
case("misc_frompyfunc", Fn("pick3"), 3, 1, rng_arr([3]), Arr([0.5, 1.5, 2.5]), Arr([[True], [False]]))
case("misc_frompyfunc", Fn("const5"), 0, 1)
for args, kw in [((1, 1), {}), ((2, 1), {"identity": 0}), ((1,), {}), ((), {}), ((1, 1, 0), {}), ((1.5, 1), {}),
                 ((1, 2.5), {}), ((True, 1), {}), ((40, 30), {}), ((1, 1), {"bogus": 1}), ((), {"nin": 1, "nout": 3}),
                 ((0, 0), {}), ((1, 0), {})]:
    case("misc_frompyfunc_nargs", Fn("add2"), *args, **kw)
case("misc_frompyfunc_nargs", 3, 1, 1)

# -------------------------------------------------------------------------------- setflags
# uic=False on a view: NumPy also drops the view's base (a side effect numwasm does not copy:
# its views keep their memory's owner), so it is recorded on owners only
for dt in ["int8", "float64", "bool"]:
    for prep in PREP:
        a = rng_arr([3, 3], dt)
        for args, kw in [((), {"write": True}), ((), {"write": False}), ((True,), {}), ((False,), {}),
                         ((), {"align": False}), ((), {"align": True}), ((None, False), {}),
                         ((), {"uic": True}), ((), {"write": 1}), ((), {"write": "a"}), ((), {"write": []}),
                         ((), {"write": Arr([1])}), ((), {"write": Arr([1, 2])}), ((), {"write": None}),
                         ((), {"write": False, "align": False}), ((True, None, None, 4), {}), ((), {"foo": 1}),
                         ((True,), {"write": True}), ((), {"write": math.nan})]:
            case("misc_setflags", a, prep, *args, **kw)
        if prep.startswith("owner"):
            case("misc_setflags", a, prep, uic=False)
            case("misc_setflags", a, prep, True, False, False)


def main():
    dump(OUT, cases)
    print(f"{len(cases)} cases -> {OUT}")


if __name__ == "__main__":
    main()
