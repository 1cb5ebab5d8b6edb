"""Golden fixtures for array manipulation: reshape, ravel, squeeze, expand_dims, transpose, swapaxes,
moveaxis, rollaxis, atleast_nd, concatenate/stack/…, block, split family, tile, repeat, flip family,
roll, rot90, insert, delete, append, trim_zeros, unstack, pad, triu/tril, diagonal, trace, meshgrid,
copyto, array_equal/array_equiv/allclose/isclose, resize, and the ndarray methods.

Each case is {"fn", "args", "kwargs", "expect"}; test/manipulation.test.mjs calls np[fn](...args,
kwargs) (or args[0][name](...rest, kwargs) for fn "a.name"). Arguments are given as JavaScript sees
them: integral floats become ints before NumPy runs. Argument encoding:
  scalar                        enc(): special floats and ints beyond 2**53 as strings
  {"array", "dtype", "ops"}     np.array(data, dtype), then each op in turn: "T" (transpose) or an
                                index string applied as a[...] (a view: "::-1", "1:, ::2", "...")
  {"slice": "a:b:c"}            a Python slice (numwasm: the string)
  {"tuple": [...]}              a Python tuple (numwasm: a JS array)
  {"dict": {k: v}}              a Python dict (numwasm: a plain object)
  {"fn": name}                  a callback (see FUNCS in the test)
Expectations: an encoded array plus "strides"/"writeable" and "views" (indices of the arguments
whose memory the result is a view of); {"tuple": [...]}; {"scalar": v}; {"none": true};
{"pylist": [...]} (a plain list); {"error", "message"}. "after": the first argument after the
call (copyto, a.resize). "shape_only": values are unspecified (pad mode 'empty').
"""
import math
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from common import err, dump
import argspec
from argspec import Arr, Slice, Tup, Dict, Fn, Ref, to_py, arr, rng_arr, layouts

warnings.simplefilter("ignore")
DTYPES = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float32", "float64"]
NUMERIC = DTYPES[1:]
OUT = os.path.join(os.path.dirname(__file__), "..", "fixtures", "manipulation.json")


def pad_with(vector, pad_width, iaxis, kwargs):
    pad_value = kwargs.get("padder", 10)
    vector[: pad_width[0]] = pad_value
    if pad_width[1]:
        vector[-pad_width[1]:] = pad_value


argspec.FUNCS.update({"pad_with": pad_with})



cases = []


def case(fn, *args, after=None, shape_only=False, **kwargs):
    argspec.run_case(cases, err, fn, args, kwargs, after, shape_only, (AttributeError, AssertionError, KeyError))




# ----------------------------------------------------------------------------- shape and axes
for a in layouts([2, 3, 4]):
    for shape in [[24], [4, 6], [-1, 2], [2, 3, 2, 2], [3, -1], Tup(6, 4)]:
        case("reshape", a, shape)
    case("reshape", a, [4, 6], order="F")
    case("reshape", a, [4, 6], order="A")
    case("reshape", a, [24], copy=False)
    case("reshape", a, [4, 6], copy=True)
    case("reshape", a, [-1], copy=False)
for bad in [[5, 5], [-1, 5], [-1, -1], [7]]:
    case("reshape", rng_arr([2, 3]), bad)
case("reshape", rng_arr([2, 3]), [6], order="K")
case("reshape", rng_arr([2, 3]), [6], order="X")
case("reshape", rng_arr([0, 3]), [3, -1])
case("reshape", rng_arr([0, 3]), [-1])
case("reshape", Arr(5), [1, 1])
case("reshape", Arr(5), [])
case("reshape", [[1, 2], [3, 4]], [4])
for order in ["C", "F", "A", "K"]:
    for a in layouts([2, 3, 4]) + [rng_arr([6], ops=["::-1"]), rng_arr([3, 4], ops=["T", "::-1"]), Arr(3.5), rng_arr([0, 2])]:
        case("ravel", a, order)
case("ravel", [[1, 2], [3, 4]])
# the ndarray methods take NumPy's order keyword as an options object too (fuzz-found)
for m in ["a.flatten", "a.ravel", "a.copy"]:
    for order in ["C", "F", "A", "K"]:
        case(m, rng_arr([2, 3], ops=["T"]), order=order)
        case(m, rng_arr([2, 3]), order)
    case(m, rng_arr([2, 3]), order="X")

for a in [rng_arr([1, 3, 1, 2]), rng_arr([1, 3, 1, 2], ops=["..., ::-1"]), rng_arr([2, 1, 3], ops=["T"]), Arr(3), rng_arr([1, 1]), rng_arr([1, 0, 1])]:
    case("squeeze", a)
    case("a.squeeze", a)
    for axis in [0, 2, -1, Tup(0, 2), Tup(), 1, 5, Tup(0, 0)]:
        case("squeeze", a, axis)
    case("a.squeeze", a, axis=0)

for a in [rng_arr([2, 3]), rng_arr([2, 3], ops=["::-1"]), Arr(7), rng_arr([0, 3]), rng_arr([3, 2], ops=["T"])]:
    for axis in [0, 1, 2, -1, -3, Tup(0, 1), Tup(0, 3), Tup(-1, 0), 3, -4, Tup(0, 0), [1, 2]]:
        case("expand_dims", a, axis)

for a in layouts([2, 3, 4]) + [Arr(2), rng_arr([5])]:
    case("transpose", a)
    case("permute_dims", a)
    for axes in [[2, 0, 1], [0, 2, 1], [-1, 0, 1], [0, 1], [0, 0, 1], [0, 1, 3], Tup(1, 2, 0)]:
        case("transpose", a, axes)
        case("permute_dims", a, axes)
    case("matrix_transpose", a)
    case("a.swapaxes", a, 0, -1)
    for ax1, ax2 in [(0, 1), (0, 2), (-1, -2), (1, 1), (0, 3), (-4, 0)]:
        case("swapaxes", a, ax1, ax2)
    for src, dst in [(0, -1), (-1, 0), (1, 0), ([0, 1], [-1, -2]), ([0, 2], [2, 0]), (0, 3), ([0, 1], [1]), ([0, 0], [1, 2]), ([], [])]:
        case("moveaxis", a, src, dst)
    for axis, start in [(0, 0), (2, 0), (0, 3), (1, -1), (2, 1), (0, 5), (-1, 0), (3, 0), (0, -4)]:
        case("rollaxis", a, axis, start)

for args in [(Arr(1),), (rng_arr([3]),), (rng_arr([2, 3]),), (rng_arr([2, 3, 4]),), (rng_arr([2, 3], ops=["::-1"]),),
             (1, [1, 2], [[1, 2]]), (rng_arr([0]),), ([1.5, 2],), ()]:
    case("atleast_1d", *args)
    case("atleast_2d", *args)
    case("atleast_3d", *args)

# ------------------------------------------------------------------------------------ joining
pairs = [("int8", "int8"), ("int8", "uint8"), ("int16", "float32"), ("uint64", "int64"), ("bool", "int8"),
         ("float32", "float64"), ("uint32", "int32"), ("bool", "bool"), ("int64", "float32"), ("uint8", "uint16")]
for d1, d2 in pairs:
    a, b = arr([2, 3], d1, 1), arr([2, 2], d2, 2)
    case("concatenate", [a, b], 1)
    case("concatenate", [arr([1, 3], d1, 1), arr([2, 3], d2, 2)])
    case("concatenate", [a, b], axis=None)
    case("stack", [arr([2, 3], d1, 1), arr([2, 3], d2, 2)], 1)
    case("vstack", [arr([3], d1, 1), arr([2, 3], d2, 2)])
    case("hstack", [arr([3], d1, 1), arr([2], d2, 2)])
# three or more dtypes promote as NumPy's result_type (from the most generic one), not as a
# left fold of promote_types: int16, uint16, float32 -> float32 (fuzz-found)
for ds in [("int16", "uint16", "float32"), ("int8", "uint8", "float32"), ("uint8", "int8", "uint16", "float32"),
           ("int8", "uint64", "float32"), ("bool", "int32", "uint32", "float64"), ("uint16", "int8", "int16")]:
    case("concatenate", [arr([2], d, k) for k, d in enumerate(ds)])
    case("stack", [arr([2], d, k) for k, d in enumerate(ds)])
    case("column_stack", [arr([2], d, k) for k, d in enumerate(ds)])
    case("block", [arr([2], d, k) for k, d in enumerate(ds)])
for dt in DTYPES:
    for a in layouts([2, 3], dt, 3):
        case("concatenate", [a, arr([2, 3], dt, 4)])
        case("concatenate", [a, a, a], -1)
        case("stack", [a, a], -1)
        case("stack", [a, a], axis=2)
        case("concatenate", [a, arr([1, 3], "float64", 5)], 0)
    case("concatenate", [arr([2, 2], dt, 1), arr([2, 2], "float64")], dtype="int8", casting="unsafe")
    case("concatenate", [arr([2, 2], dt, 1), arr([2], "float64")], axis=None, dtype="float32")
    case("concatenate", [arr([2, 2], dt, 1), arr([2, 2], "int8")], dtype="int16")
    case("concatenate", [arr([2, 2], dt, 1), arr([2, 2], "int8")], casting="safe")
    case("concatenate", [arr([2, 2], dt, 1), arr([2, 2], "int8")], casting="no")
    case("concatenate", [arr([2, 2], dt, 1), arr([2, 2], "int8")], dtype="bool", casting="same_kind")
for args, kw in [(([],), {}), (([Arr(1), Arr(2)],), {}), (([Arr(1), Arr(2)],), {"axis": None}),
                 (([rng_arr([2, 3]), rng_arr([3])],), {}), (([rng_arr([2, 3]), rng_arr([2, 2])],), {}),
                 (([rng_arr([2, 3]), rng_arr([2, 2])], 2), {}), (([rng_arr([2, 3]), rng_arr([2, 2])], -3), {}),
                 (([rng_arr([2, 3]), rng_arr([2, 3])],), {"casting": "foo"}), (([rng_arr([0, 3]), rng_arr([2, 3])],), {}),
                 (([rng_arr([2, 0]), rng_arr([2, 0])], 1), {}), (([[1, 2], [3.5]],), {}), (([[1, 2], [True]],), {}),
                 ((rng_arr([3, 2, 2]),), {}), ((rng_arr([3, 2, 2]), 1), {}), ((rng_arr([3, 2, 2]), None), {}),
                 (([rng_arr([2, 2]), rng_arr([2, 2])],), {"dtype": "float32", "out": Arr([[0] * 2] * 4, "float64")})]:
    case("concatenate", *args, **kw)
    case("concat", *args, **kw)
# axis=None: a Python int / float is weak in the result's dtype and converted as a C value
# (300 into int8 is 44), a Python bool is not weak; with dtype= it is checked as a scalar (fuzz-found)
for args, kw in [(([arr([2], "int8", 6), 300],), {}), (([arr([2], "int32", 6), 2],), {}),
                 (([arr([2], "uint8", 6), -1],), {}), (([arr([2], "uint64", 6), -1],), {}),
                 (([arr([2], "float32", 6), 0.1],), {}), (([arr([2], "int8", 6), 2.5],), {}),
                 (([arr([2], "int8", 6), True],), {}), (([True, 2.5],), {}), (([2, 3],), {}),
                 (([arr([2], "int8", 6), 2**63],), {}), (([arr([2], "int8", 6), 2**64],), {}),
                 (([arr([2], "int8", 6), 300],), {"casting": "safe"}), (([arr([2], "int8", 6), 300],), {"dtype": "int16"}),
                 (([arr([2], "int8", 6), 2.5],), {"dtype": "int8"}), (([arr([2], "int64", 6), Arr(2.5)],), {"dtype": "int8"}),
                 (([arr([2], "int8", 6), Arr(300)],), {})]:
    case("concatenate", *args, axis=None, **kw)
for arrays in [[], [rng_arr([2, 3]), rng_arr([3, 2])], [Arr(1), Arr(2)], [[1, 2], [3, 4]], [rng_arr([0]), rng_arr([0])]]:
    for axis in [0, 1, -1, 2]:
        case("stack", arrays, axis)
case("stack", rng_arr([3, 2]), 1)
case("stack", [rng_arr([2]), rng_arr([2])], dtype="float32")
case("stack", [rng_arr([2]), Arr([1.5, 2.5])], casting="safe", dtype="int64")
for fn in ["vstack", "hstack", "dstack", "column_stack"]:
    for tup in [[Arr(1), Arr(2)], [rng_arr([3]), rng_arr([3])], [rng_arr([2, 3]), rng_arr([2, 3])],
                [rng_arr([2, 3, 2]), rng_arr([2, 3, 2])], [rng_arr([3]), rng_arr([2])], [rng_arr([2, 1]), rng_arr([2])],
                [[1, 2], [3.5, 4]], [], [rng_arr([3], ops=["::-1"]), arr([3], "float32", 1)], rng_arr([2, 3]),
                [rng_arr([2, 3], ops=["T"]), rng_arr([3, 2])]]:
        case(fn, tup)
for fn in ["concatenate", "stack", "vstack", "hstack", "dstack", "column_stack"]:
    case(fn, 5)
    case(fn, Arr(5))
case("vstack", [rng_arr([2]), rng_arr([2])], dtype="int8")
case("hstack", [rng_arr([2]), Arr([1.5])], dtype="int8")
case("hstack", [rng_arr([2]), Arr([1.5])], casting="safe", dtype="int8")

for args in [([1, 2, 3], [4, 5]), (rng_arr([2, 3]), [[7, 8, 9]]), (rng_arr([2, 3]), [7.5]), (Arr(3), 4), ([], [])]:
    case("append", *args)
    case("append", *args, axis=0)
case("append", rng_arr([2, 3]), rng_arr([2, 2]), axis=1)
case("append", rng_arr([2, 3]), rng_arr([2, 2]), 1)
case("append", arr([2], "int8"), arr([2], "uint8"))
case("append", arr([2], "float32"), 1.5)

for blocks in [
    [rng_arr([2, 2]), rng_arr([2, 3])],
    [[rng_arr([2, 2]), rng_arr([2, 1])], [rng_arr([1, 2]), rng_arr([1, 1])]],
    [[1, 2], [3, 4]],
    [1, 2, 3],
    [[arr([2, 2], "int8"), arr([2, 2], "float32")], [arr([1, 4], "uint16")]],
    [rng_arr([3]), [rng_arr([3])]],
    [[], [1]],
    [],
    [[[rng_arr([1, 1, 2])]], [[rng_arr([1, 1, 2])]]],
    [[rng_arr([2]), rng_arr([3])], [rng_arr([5])]],
    [[rng_arr([2, 2]), rng_arr([3, 3])]],
    [rng_arr([2, 3], ops=["::-1"]), rng_arr([2, 3], ops=["T", "T"])],
]:
    case("block", blocks)
case("block", rng_arr([2, 2]))
case("block", 5)

# ----------------------------------------------------------------------------------- splitting
for a in layouts([6, 4]) + [rng_arr([6]), rng_arr([0, 4]), rng_arr([4, 6, 2])]:
    for ios in [2, 3, 1, 4, 6, 0, -1, 2.5, [1, 3], [3, 1], [-2], [], [0, 10], [1, 2, 5], Arr([1, 3])]:
        case("split", a, ios)
        case("array_split", a, ios)
    case("split", a, 2, 1)
    case("array_split", a, 3, axis=-1)
    case("array_split", a, 3, axis=3)
    case("hsplit", a, 2)
    case("vsplit", a, 2)
    case("dsplit", a, 2)
    case("hsplit", a, [1])
case("hsplit", Arr(3), 1)
case("array_split", rng_arr([7]), 3)
case("array_split", rng_arr([2, 7]), 5, 1)
for a in [rng_arr([2, 3, 4]), rng_arr([3], ops=["::-1"]), rng_arr([0, 2]), Arr(1), rng_arr([3, 2], ops=["T"])]:
    for axis in [0, 1, -1, 3]:
        case("unstack", a, axis=axis)
    case("unstack", a)

# ------------------------------------------------------------------------------- reordering
for a in layouts([3, 4]) + [rng_arr([2, 3, 2]), Arr(5), rng_arr([0, 3]), rng_arr([5])]:
    case("flip", a)
    for axis in [0, 1, -1, Tup(0, 1), Tup(), 2, Tup(0, 0)]:
        case("flip", a, axis)
    case("fliplr", a)
    case("flipud", a)
    for k in [1, 2, 3, 4, -1, 0, 5]:
        case("rot90", a, k)
    for axes in [[1, 0], [0, -1], [0, 0], [0, 2], [-2, -1], [0, 1, 2], Tup(1, 2)]:
        case("rot90", a, 1, axes)
    for shift in [1, -1, 2, 7, -13, 0, [1, 2], [[1]]]:
        case("roll", a, shift)
        case("roll", a, shift, 0)
    case("roll", a, 1, -1)
    case("roll", a, [1, -2], [0, 1])
    case("roll", a, [1, 2], [0, 0])
    case("roll", a, 2, [0, 1])
    case("roll", a, [1, 2], [0, 1, 1])
    case("roll", a, 1, 3)
    case("roll", a, 1.7, 0)
for dt in DTYPES:
    for a in layouts([3, 4], dt, 7):
        case("flip", a)
        case("rot90", a)
        case("roll", a, 5)
        case("roll", a, [1, -1], [0, 1])

# ---------------------------------------------------------------------------------- repetition
for dt in DTYPES:
    for a in layouts([2, 3], dt, 9):
        case("repeat", a, 2)
        case("repeat", a, 3, 0)
        case("repeat", a, [1, 0, 2], 1)
        case("repeat", a, [2, 1], axis=0)
        case("tile", a, 2)
        case("tile", a, [2, 1, 2])
for a in [rng_arr([3]), Arr(5), rng_arr([0, 2]), rng_arr([2, 3], ops=["::-1", "T"])]:
    for reps, axis in [(2, None), (0, None), (-1, None), (1.5, None), ([1, 2, 3], None), ([1, 2], None), ([1, -2, 1], None),
                       ([[1, 2, 3]], None), ([True, False, True], None), (Arr([1, 2, 3], "uint64"), None),
                       (Arr([1, 2, 3], "int8"), None), (Arr([1, 0, 2], "float64"), None), (2, 1), (2, -1), ([2], 0), (Arr(2), 0), ([1.5, 2.7, 0.2], None)]:
        case("repeat", a, reps, axis)
    case("a.repeat", a, 2)
    case("a.repeat", a, [3] * 3, axis=-1)
    for reps in [2, [2, 2], [1, 1], [2, 1, 1], [], [0, 3], [3, 0, 2], -1, [1], 1]:
        case("tile", a, reps)
case("tile", [1, 2], 2)
case("tile", [[1, 2]], [2, 1])
case("repeat", 5, 3)
case("repeat", [[1, 2], [3, 4]], [1, 2], axis=-1)

for a in [rng_arr([5]), rng_arr([2, 3]), Arr(4), rng_arr([0]), rng_arr([2, 3], ops=["T"]), arr([3], "float32", 2)]:
    for shape in [7, [2, 4], [3, 3], 0, [0, 2], [1], [2, -3], [], 2]:
        case("resize", a, shape)

# ------------------------------------------------------------------------- insert / delete / trim
for dt in DTYPES:
    for a in layouts([3, 4], dt, 11)[:3]:
        case("delete", a, 1, 0)
        case("delete", a, [0, 2], 1)
        case("delete", a, Slice("::2"), 1)
        case("insert", a, 1, arr([4], dt, 12), 0)
        case("insert", a, [0, 2, 2], arr([3], dt, 13), 1)
        case("insert", a, Slice("1:3"), 5, 1)
for a in [rng_arr([6]), rng_arr([3, 4]), rng_arr([6], ops=["::-1"]), rng_arr([4, 3], ops=["T"]), Arr(5), rng_arr([0])]:
    for obj in [0, -1, 5, 6, -7, [1, 3], [3, 1, 1], [-1, 0], [7], [7, 9], [1.5], [], [[1, 2], [0, 3]], True,
                [True, False], Arr([True, False, True, False, False, True]), Arr([], "float64"), Arr([2], "uint8"),
                Slice("1:4"), Slice("::-2"), Slice("4:1:-1"), Slice("5:"), Slice("::3"), Slice("0:0")]:
        case("delete", a, obj)
        case("delete", a, obj, 0)
        case("delete", a, obj, axis=-1)
    for obj, vals in [(0, 9), (1, [7, 8]), (-1, 9), (6, 9), (7, 9), (-7, 9), ([1], [7, 8]), ([1, 1], [7, 8]), ([0, 6], 9),
                      ([3, 1, 3], [7, 8, 9]), ([-1, 0], [8, 9]), ([0, 10], 9), ([-10, 0], 9), ([-4, 0], [8, 9]),
                      ([1.5, 2], 9), (Arr([True, False, True]), 9), (Arr([2]), 9), (Arr(2), [7, 8]), ([], []),
                      (Slice("1:3"), 9), (Slice("::-1"), [1, 2, 3, 4, 5, 6]), (1, 300.7), (1, [[1, 2]]), (1.5, 9),
                      ([[1]], 9), ([1, 2], [7, 8, 9])]:
        case("insert", a, obj, vals)
        case("insert", a, obj, vals, 0)
        case("insert", a, obj, vals, axis=-1)
rs = np.random.default_rng(5)
for m in [5, 30, 64]:
    obj = [int(v) for v in rs.integers(-50, 51, m)]
    case("insert", rng_arr([50]), obj, list(range(100, 100 + m)))
    case("insert", rng_arr([4, 50]), obj, list(range(100, 100 + m)), axis=1)
    case("insert", arr([50, 3], "float32", 3), sorted(obj), 7.5, axis=0)
case("insert", arr([3], "int8"), 1, 300)
case("insert", arr([3], "int8"), [1, 2], 300)
case("insert", arr([3], "int8"), [1, 2], Arr([300, 2]))
case("insert", arr([3], "uint8"), 1, -1)
case("insert", rng_arr([2, 3]), 1, [7, 8], axis=1)
case("insert", rng_arr([2, 3]), [1], [7, 8], axis=1)
case("insert", rng_arr([2, 3]), [1], [[7], [8]], axis=1)
case("insert", rng_arr([2, 3]), 1, [7, 8, 9], axis=1)
case("insert", rng_arr([2, 3]), 1, [7, 8, 9], axis=2)
case("insert", rng_arr([2, 3]), [0, 3], [[7], [8]], axis=1)
case("delete", rng_arr([2, 3]), 1, axis=2)

# insert through an index array assigns as a fancy index does: an empty value with extra
# leading axes still fits an empty selection (fuzz-found)
case("insert", rng_arr([1, 3, 5]), [], rng_arr([3, 0], "uint8"))
case("insert", rng_arr([2, 5]), [], rng_arr([3, 2, 0]), 1)
case("insert", rng_arr([2, 5]), [], rng_arr([3, 2]), 1)
case("insert", rng_arr([2, 5]), [1], rng_arr([3, 2, 1]), 1)

for filt in [[0, 0, 1, 2, 0, 3, 0, 0], Arr([0, 0, 1, 0]), Arr([0.0, -0.0, math.nan, 0.0]), Arr([0, 0, 0]), Arr([], "int64"),
             Arr([[0, 0, 0], [0, 1, 0], [0, 0, 2]]), Arr([[0, 0], [0, 0]]), Arr([False, True, False]), Arr(0), Arr(3),
             Arr([0, 1, 2, 0], ops=["::-1"]), Arr([[0, 1], [0, 0], [2, 0]], ops=["T"]), [0.0, 1.5, 0.0]]:
    for trim in ["fb", "f", "b", "FB", "bf", "x"]:
        case("trim_zeros", filt, trim)
    case("trim_zeros", filt)
    for axis in [0, -1, 1, Tup(0, 1), Tup()]:
        case("trim_zeros", filt, axis=axis)

# ------------------------------------------------------------------------------------------ pad
for dt in DTYPES:
    for a in [arr([5], dt, 20), arr([3, 4], dt, 21), arr([3, 4], dt, 21, ops=["::-1, ::-1"]), arr([4, 3], dt, 21, ops=["T"])]:
        case("pad", a, 2)
        case("pad", a, [1, 3], "edge")
        case("pad", a, [2, 5], "reflect")
        case("pad", a, [2, 5], "symmetric")
        case("pad", a, [2, 5], "wrap")
        case("pad", a, [2, 5], "reflect", reflect_type="odd")
        case("pad", a, [2, 5], "symmetric", reflect_type="odd")
        case("pad", a, [2, 3], "linear_ramp")
        case("pad", a, [2, 3], "linear_ramp", end_values=[5, -3])
        case("pad", a, [1, 2], "maximum")
        case("pad", a, [1, 2], "minimum", stat_length=2)
        case("pad", a, [2, 2], "mean")
        case("pad", a, [2, 2], "mean", stat_length=[1, 2])
        case("pad", a, [2, 2], "median")
        case("pad", a, [2, 2], "median", stat_length=2)
        case("pad", a, 1, constant_values=7)
        case("pad", a, 1, constant_values=[1.5, -2])
        case("pad", a, 1, "empty", shape_only=True)
x5, x34 = rng_arr([5]), rng_arr([3, 4])
for a in [x5, x34, Arr(3), rng_arr([2, 3, 2])]:
    for pw in [0, 1, [1, 2], [[1, 2]], [[1, 2], [3, 0]], [[1, 1], [0, 2], [2, 0]], [[2], [1]], 1.5, -1, [[1, -2]], True,
               Dict({0: 2}), Dict({-1: [1, 3]}), Arr([1, 2], "uint8"), [], [[1, 2, 3]], [[[1, 2]]]]:
        case("pad", a, pw)
    for mode in ["foo", "edge", "wrap", "reflect", "symmetric", "maximum", "minimum", "mean", "median", "linear_ramp"]:
        case("pad", a, [3, 2], mode)
    case("pad", a, 1, "edge", foo=1)
    case("pad", a, 1, "constant", stat_length=1)
    case("pad", a, [10, 9], "reflect")
    case("pad", a, [10, 9], "symmetric")
    case("pad", a, [10, 9], "wrap")
    case("pad", a, [10, 9], "reflect", reflect_type="odd")
    case("pad", a, 2, "constant", constant_values=[[1, 2], [3, 4], [5, 6]][: max(1, to_py(a).ndim)])
    case("pad", a, 2, "linear_ramp", end_values=[[1, 2]])
    case("pad", a, 2, "maximum", stat_length=0)
    case("pad", a, 2, "mean", stat_length=0)
    case("pad", a, 2, "median", stat_length=0)
    case("pad", a, 2, "mean", stat_length=[[1, 3]])
    case("pad", a, 2, "mean", stat_length=-1)
    case("pad", a, 2, "mean", stat_length=1.5)
    case("pad", a, [1, 2], Fn("pad_with"))
    case("pad", a, [1, 2], Fn("pad_with"), padder=100)
for a in [rng_arr([0]), rng_arr([0, 3])]:
    for mode in ["constant", "edge", "reflect", "wrap", "mean", "empty"]:
        case("pad", a, [1, 1], mode)
        case("pad", a, 0, mode)
    case("pad", a, [[0, 0], [1, 1]], "edge")
case("pad", arr([3], "int8"), 1, constant_values=300)
case("pad", arr([3], "int8"), 1, constant_values=[[300, 2]])
case("pad", arr([3], "int8"), 1, constant_values=math.nan)
case("pad", arr([3], "int64"), 1, constant_values=[[math.nan, 1]])
case("pad", arr([3], "float32"), [2, 3], "linear_ramp", end_values=[[1, 2]])
case("pad", Arr([1, 2, 3, 9], "uint8"), 3, "reflect", reflect_type="odd")
case("pad", Arr([1.0, 2.0, math.nan], "float64"), 2, "median")
case("pad", Arr([1, 2, 3, 4], "int16"), 2, "median")
case("pad", Arr([1, 2, 4, 7], "int16"), 2, "mean")
case("pad", Arr([1, 2, 3, 10], "float32"), 2, "mean")
case("pad", Arr([[1, 2, 3], [4, 5, 6]], "int32"), [[1, 2], [2, 1]], "mean", stat_length=[[1, 2], [3, 1]])
case("pad", Arr([[1, 2, 3], [4, 5, 6]], "float64"), [[1, 2], [2, 1]], "median", stat_length=[[1, 2], [3, 1]])
case("pad", Arr([[1, 2, 3], [4, 5, 6]], "float32"), [[3, 2], [2, 4]], "linear_ramp", end_values=[[0, 10], [-5, 2.5]])

# ----------------------------------------------------------------------- diagonals, triangles
for dt in DTYPES:
    for a in layouts([3, 4], dt, 30):
        case("triu", a)
        case("tril", a, -1)
        case("trace", a)
        case("diagonal", a, 1)
    case("trace", arr([3, 3], dt, 31), dtype="float32")
    case("a.trace", arr([2, 3, 3], dt, 31), 0, 1, 2)
for a in layouts([3, 4]) + [rng_arr([2, 3, 4]), rng_arr([4]), Arr(3), rng_arr([0, 3]), rng_arr([2, 0, 3])]:
    for k in [0, 1, -1, 3, -5, 10]:
        case("triu", a, k)
        case("tril", a, k)
        case("diagonal", a, k)
        case("trace", a, k)
    for ax1, ax2 in [(0, 1), (1, 0), (-1, 0), (0, 2), (2, 0), (1, 1), (0, -3)]:
        case("diagonal", a, 0, ax1, ax2)
        case("a.diagonal", a, 1, axis1=ax1, axis2=ax2)
        case("trace", a, 0, ax1, ax2)
    case("a.trace", a, offset=1)
    case("trace", a, dtype="int8")
    case("trace", a, dtype="bool")
case("trace", rng_arr([3, 3]), 0, 0, 1, None, Arr([0], "float64"))
case("trace", rng_arr([2, 3, 3]), 0, 1, 2, None, Arr([0, 0], "int32"))
case("triu", [[1, 2], [3, 4]])
case("tril", [1, 2, 3])

# ------------------------------------------------------------------------------------ meshgrid
for xi in [([1, 2, 3], [4, 5]), ([1, 2, 3],), ([1, 2], [3, 4, 5], [6, 7]), (), (Arr([1.5, 2.5], "float32"), Arr([1, 2, 3], "int8")),
           (rng_arr([2, 2]), [1, 2]), (Arr(3), [1, 2]), ([], [1, 2]), (rng_arr([4], ops=["::-1"]), rng_arr([3], ops=["::2"]))]:
    case("meshgrid", *xi)
    case("meshgrid", *xi, indexing="ij")
    case("meshgrid", *xi, sparse=True)
    case("meshgrid", *xi, sparse=True, indexing="ij", copy=False)
    case("meshgrid", *xi, copy=False)
case("meshgrid", [1, 2], [3], indexing="foo")

# ------------------------------------------------------------------------------ broadcasting
# a mismatch names the shapes as NumPy's C loop finds it: axis by axis, then argument by
# argument (fuzz-found through np.select)
for shapes in [[Tup(2), Tup(4, 5), Tup(5, 4)], [Tup(3), Tup(2, 1)], [Tup(0), Tup(5)], [Tup(2, 1), Tup(1, 3), Tup(4, 1, 1)],
               [Tup(3), Tup(2, 1), Tup(2)], [Tup(1, 2), Tup(3, 1), Tup(4, 2)], [Tup(), Tup(2, 3)], []]:
    case("broadcast_shapes", *shapes)
case("broadcast_arrays", rng_arr([2]), rng_arr([4, 5]), rng_arr([5, 4]))
case("broadcast_arrays", rng_arr([3]), rng_arr([2, 1]), rng_arr([2]))

# -------------------------------------------------------------------------------------- copyto
for dt in DTYPES:
    for sdt in DTYPES:
        for casting in ["same_kind", "safe", "unsafe", "no", "equiv"]:
            case("copyto", arr([2, 3], dt, 40), arr([3], sdt, 41), casting, after=0)
    for v in [True, 5, 300, -1, 2.5, math.nan, math.inf, -0.0, 2**63, 1e300]:
        for casting in ["same_kind", "safe", "unsafe", "no", "equiv"]:
            case("copyto", arr([3], dt, 42), v, casting, after=0)
    case("copyto", arr([2, 3], dt, 43), arr([2, 3], dt, 44), where=Arr([True, False, True]), after=0)
    case("copyto", arr([2, 3], dt, 43), arr([2, 1], "float64", 45), casting="unsafe", where=[[True], [False]], after=0)
    case("copyto", arr([2, 3], dt, 43), 7, where=Arr([[1, 0, 1], [0, 1, 0]], "bool"), after=0)
    case("copyto", arr([4, 3], dt, 46, ops=["::-2"]), arr([3, 2], dt, 47, ops=["T"]), after=0)
for kw in [{"where": [1, 0, 1]}, {"where": [1.5, 0, 1]}, {"where": Arr([1, 0, 1])}, {"where": Arr([1.5, 0, 1])}, {"where": [True, False]},
           {"where": False}, {"where": True}, {"casting": "foo"}]:
    case("copyto", arr([3], "int8", 48), [1, 2, 3], after=0, **kw)
case("copyto", arr([3], "int8", 48), 1000, where=False, after=0)
case("copyto", arr([3], "int8", 48), [1, 2], after=0)
case("copyto", arr([3], "int8", 48), [1, 2, 300], after=0)
case("copyto", arr([3], "int8", 48), [1, 2, 3.5], after=0)
case("copyto", [1, 2], [3, 4])
case("copyto", rng_arr([5]), rng_arr([5], ops=["::-1"]), after=0)
case("copyto", Arr(1.5), 7, after=0)
# a 0-d source array that cannot be cast is a "scalar" in NumPy's message (fuzz-found)
case("copyto", arr([3], "uint32", 49), Arr(-1), after=0)
case("copyto", arr([3], "uint32", 49), Arr(-1), where=Arr([True, False, True]), after=0)
case("copyto", arr([3], "uint32", 49), Arr([-1]), after=0)
case("copyto", rng_arr([0, 3]), 7, after=0)

# ------------------------------------------------------------------------------- comparisons
for dt in DTYPES:
    a, b = arr([4], dt, 50), arr([4], dt, 50)
    case("array_equal", a, b)
    case("array_equal", a, b, True)
    case("array_equal", a, arr([4], dt, 51))
    case("array_equiv", a, arr([2, 4], dt, 50))
    case("isclose", a, b)
    case("isclose", a, arr([4], dt, 51), equal_nan=True)
    case("isclose", a, 5)
    case("isclose", a, 1.5, 0.5, 1)
    case("allclose", a, b)
    case("allclose", a, b, equal_nan=True)
for x, y in [([1, 2, 3], [1, 2, 3]), ([1, 2, 3], [1, 2]), ([1, 2], [[1, 2], [1, 2]]), ([1, math.nan], [1, math.nan]),
             (Arr([1.0, math.nan], "float32"), Arr([1.0, math.nan])), (1, 1), (1, 1.0), (math.nan, math.nan), ([], []),
             ([[1, 2], [3]], [1]), (Arr([1, 2], "int8"), Arr([1, 2], "uint64")), (Arr([0.0]), Arr([-0.0])), (Arr([True, False]), [1, 0]),
             ([math.inf, -math.inf], [math.inf, -math.inf]), ([1, 2], [1, 2.0000001])]:
    case("array_equal", x, y)
    case("array_equal", x, y, equal_nan=True)
    case("array_equiv", x, y)
    case("allclose", x, y)
    case("allclose", x, y, equal_nan=True)
for x, y, kw in [([1e10, 1e-7], [1.00001e10, 1e-8], {}), ([1e10, 1e-8], [1.00001e10, 1e-9], {}), ([1e-8, 1e-7], [0.0, 0.0], {}),
                 ([1e-100, 1e-7], [0.0, 0.0], {"atol": 0.0}), ([1.0, math.nan], [1.0, math.nan], {}), ([1.0, math.nan], [1.0, math.nan], {"equal_nan": True}),
                 ([math.inf, -math.inf, math.inf], [math.inf, math.inf, 1.5], {}), ([1, 2, 3], [1, 2, 4], {}),
                 (Arr([100, 120], "int8"), Arr([-100, 120], "int8"), {}), (Arr([250, 3], "uint8"), 3, {}), (Arr([1.0, 1.001], "float32"), 1, {"rtol": 1e-3}),
                 (Arr([1.0, 1.0001], "float32"), Arr([1.0, 1.0], "float32"), {}), (Arr([1.0, 1.00001], "float32"), 1.0000001, {"rtol": 0, "atol": 1e-5}),
                 (1, 1.00001, {}), (1, 2, {}), (math.nan, math.nan, {"equal_nan": True}), (math.inf, math.inf, {}), (True, 1, {}),
                 ([1, 2], [[1], [2.5]], {}), ([1, 2], [1, 2, 3], {}), ([1e-9, 2], [0, 2], {"rtol": [0, 1e-5]}), ([1.0, 2.0], [1.1, 2.0], {"atol": Arr([0.2, 0.0])}),
                 (Arr([0.1, 0.2], "float32"), Arr([0.1, 0.2]), {}), ([1, 2], [1, 2], {"atol": math.inf}), ([1.0], [1.5], {"rtol": 1, "atol": 0}),
                 (Arr([[1, 2], [3, 4]], "int16"), Arr([1, 2], "uint32"), {}), (Arr([5], "int64"), 5, {"rtol": 0, "atol": 0}), (-0.0, 0.0, {}),
                 (Arr(np.float32([3.3, 2.7, 3.3000002, 2.6999998]).tolist(), "float32"), 3, {"rtol": 0.1, "atol": 0}),
                 (Arr(np.float32([3.3, 2.7, 3.3000002, 2.6999998]).tolist(), "float32"), 3, {"rtol": 0.1, "atol": 1e-9}),
                 (Arr(np.float32([1.1, 0.9, 1.1000001]).tolist(), "float32"), True, {"rtol": 0.1, "atol": 0}),
                 (Arr([1, 2], "int8"), True, {}), (Arr([1.0, 2.0], "float32"), Arr(1, "int64"), {"rtol": 0.5})]:
    case("isclose", x, y, **kw)
    case("allclose", x, y, **kw)

# --------------------------------------------------------------------------- in-place resize
for shape in [[6], [2, 3], [2], [0], [2, 2, 2], [-2], []]:
    # numwasm cannot count references: refcheck=False is the NumPy behaviour it has
    case("a.resize", rng_arr([4]), *([shape] if shape != [] else []), refcheck=False, after=0)
    case("a.resize", arr([2, 2], "float32", 60), shape, refcheck=False, after=0)
case("a.resize", rng_arr([4]), 2, 3, refcheck=False, after=0)
case("a.resize", rng_arr([4], ops=["::2"]), 2, refcheck=False, after=0)
case("a.resize", rng_arr([2, 2], ops=["T"]), 5, refcheck=False, after=0)
case("a.resize", rng_arr([2, 2], ops=["..."]), 5, refcheck=False, after=0)
case("a.resize", rng_arr([2, 2], ops=["T"]), [2, 3], refcheck=False, after=0)

# ------------------------------------------------------ out=, overlapping memory, properties
for a in layouts([2, 3]) + [rng_arr([3]), rng_arr([2, 3, 2]), Arr(1)]:
    case("p.mT", a)
    case("p.T", a)
out42 = Arr([[0] * 2] * 4, "float64")
case("concatenate", [rng_arr([2, 2]), rng_arr([2, 2])], 0, out42)
case("concatenate", [rng_arr([2, 2]), rng_arr([2, 2])], out=Arr([[0] * 4] * 2, "int8"), axis=1)
case("concatenate", [rng_arr([2, 2]), rng_arr([2, 2])], out=Arr([[0] * 4] * 2, "int8"), axis=1, casting="unsafe")
case("concatenate", [rng_arr([2, 2]), rng_arr([2, 2])], out=Arr([[0] * 2] * 4, "int64", ops=["::-1"]))
case("concatenate", [rng_arr([2, 2]), rng_arr([2, 2])], out=Arr([[0] * 2] * 4, "int64", ops=["T"]))
case("stack", [rng_arr([2]), rng_arr([2])], 1, Arr([[0] * 2] * 2, "float32"))
case("stack", [rng_arr([2]), rng_arr([2])], out=Arr([[0] * 3] * 2, "float32"))
case("stack", [rng_arr([2]), rng_arr([2])], out=Arr([[0] * 2] * 2, "bool"))
# sources overlapping the destination
case("copyto", rng_arr([6]), Ref(0, ["::-1"]), after=0)
case("copyto", rng_arr([6]), Ref(0, ["::-1"]), where=[True, False] * 3, after=0)
case("copyto", rng_arr([3, 3]), Ref(0, ["T"]), where=Arr([[True, False, True]] * 3), after=0)
case("copyto", rng_arr([2, 4], ops=[":, 1:"]), Ref(0, ["::-1"]), where=[True, False, True], after=0)
case("copyto", Arr([1.5, -2.5, 3.5]), Ref(0, ["::-1"]), casting="unsafe", after=0)

dump(OUT, cases)
print(f"{len(cases)} cases -> {os.path.relpath(OUT)} ({os.path.getsize(OUT) // 1024} KiB)")
