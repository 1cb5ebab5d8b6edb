"""Golden fixtures for np.einsum (einsum.json) and np.einsum_path (einsum_path.json), replayed by
test/einsum.test.mjs.

einsum cases are argspec's {"fn", "args", "kwargs", "expect"}; the interleaved form spells
Python's Ellipsis "..." (converted here before NumPy sees it). A float result records "scale"
(the same einsum of the operands' absolute values, in float64) and "tol": the
test accepts |got - expected| <= tol * scale, since the summation order differs (NumPy's own
differs between optimize settings). Integer and bool results are exact. "flags" records the
result's contiguity where the order option decides it.

einsum_path cases are {"args", "kwargs", "path", "report"} (or "expect": an error): NumPy's
path list and its report, character for character. Ellipses are left out of them: NumPy names
the labels an ellipsis stands for in set (hash) order, so its report text is not reproducible.
"""
import math
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from common import dump, enc, enc_array
import argspec
from argspec import Arr, Ref, to_py, sample as data, sample_view as view

warnings.simplefilter("ignore")
NW_ERRORS = {"AxisError", "ValueError", "TypeError", "IndexError", "KeyError", "RuntimeError"}
OUT = os.path.join(os.path.dirname(__file__), "..", "fixtures", "einsum.json")
OUT_PATHS = os.path.join(os.path.dirname(__file__), "..", "fixtures", "einsum_path.json")


def err(e):
    name = next(c.__name__ for c in type(e).__mro__ if c.__name__ in NW_ERRORS)
    return {"error": name, "message": str(e)}


def py_ellipsis(x):
    """The JS spelling of Ellipsis ("...") inside sublists, as Python's."""
    if isinstance(x, list):
        return [py_ellipsis(v) for v in x]
    return Ellipsis if isinstance(x, str) and x == "..." else x


def js_einsum(*args, **kwargs):
    args = [a if isinstance(a, (np.ndarray, str)) else py_ellipsis(a) for a in args]
    if "optimize" in kwargs and isinstance(kwargs["optimize"], list) and kwargs["optimize"] and kwargs["optimize"][0] == "einsum_path":
        kwargs["optimize"] = ["einsum_path"] + [tuple(p) for p in kwargs["optimize"][1:]]
    return np.einsum(*args, **kwargs)


np._nw_einsum = js_einsum


def extra_for(args, kwargs):
    def extra(r):
        out = {}
        if "order" in kwargs and isinstance(r, np.ndarray):
            out["flags"] = [bool(r.flags.c_contiguous), bool(r.flags.f_contiguous)]
        dt = np.asarray(r).dtype
        if dt.kind != "f":
            return out
        pargs = []
        for a in args:
            pargs.append(to_py(a, pargs))
        ops = [np.abs(np.asarray(a, dtype=np.float64)) if isinstance(a, (np.ndarray, int, float)) else a for a in pargs]
        s = js_einsum(*ops, optimize=to_py(kwargs.get("optimize", False)))
        n = sum(np.asarray(a).size for a in pargs if isinstance(a, (np.ndarray, int, float))) + 2
        eps = 1.2e-7 if dt == np.float32 else 2.3e-16
        out.update({"scale": enc_array(np.asarray(s, dtype=np.float64)), "tol": 8 * eps * n})
        return out
    return extra


cases = []


def case(*args, after=None, **kwargs):
    argspec.run_case(cases, err, "_nw_einsum", args, kwargs, after, extra=extra_for(args, kwargs))
    cases[-1]["fn"] = "einsum"


PATTERNS = [
    ("ij,jk->ik", [3, 4], [4, 5]), ("ij,jk", [3, 4], [4, 5]), ("ij,kj->ik", [3, 4], [5, 4]),
    ("ij,jk->ki", [3, 4], [4, 5]), ("ij->ji", [3, 4]), ("ij", [3, 4]), ("ji", [3, 4]), ("ii->i", [4, 4]),
    ("ii", [4, 4]), ("iij->j", [3, 3, 4]), ("iji->j", [3, 2, 3]), ("ijk->", [2, 3, 4]), ("ijk->j", [2, 3, 4]),
    ("ijk->kji", [2, 3, 4]), ("ijk->ki", [2, 3, 4]), ("i,i", [5], [5]), ("i,i->i", [5], [5]), ("i,j", [3], [4]),
    ("i,j->ji", [3], [4]), ("ij,j", [3, 4], [4]), ("ij,i->j", [3, 4], [3]), ("bij,bjk->bik", [2, 3, 4], [2, 4, 5]),
    ("bij,bkj->bik", [2, 3, 4], [2, 5, 4]), ("bij,bjk->ikb", [2, 3, 4], [2, 4, 5]), ("ijk,jil->kl", [3, 4, 5], [4, 3, 2]),
    ("ij,ij->", [3, 4], [3, 4]), ("ij,ij->ij", [3, 4], [3, 4]), ("ij,ji->", [3, 4], [4, 3]), ("ij,ji", [3, 4], [4, 3]),
    ("ii,i->i", [3, 3], [3]), ("iij,jk->ik", [2, 2, 3], [3, 4]), ("ij,jk,kl->il", [2, 3], [3, 4], [4, 5]),
    ("ij,jk,kl", [2, 3], [3, 4], [4, 5]), ("i,i,i", [4], [4], [4]), ("ij,jk,k", [2, 3], [3, 4], [4]),
    ("abc,cd,de->abe", [2, 3, 2], [2, 3], [3, 2]), ("ea,fb,abcd,gc,hd->efgh", [2, 3], [2, 2], [3, 2, 2, 3], [2, 2], [2, 3]),
    ("ij,jk,ki->", [3, 4], [4, 2], [2, 3]), ("i,j,k->ijk", [2], [3], [2]), ("ab,ab,ab->a", [2, 3], [2, 3], [2, 3]),
    ("...ij,...jk->...ik", [2, 3, 4], [4, 5]), ("...ij,...jk->...ik", [2, 1, 3, 4], [5, 4, 2]), ("...,...", [2, 3], [3]),
    ("i...->...", [3, 2, 4]), ("...ii->...i", [2, 3, 3]), ("i...i", [3, 2, 3]), ("...", [2, 3]),
    ("ij...,jk...->ik...", [2, 3, 4], [3, 5, 4]), ("...i,...i", [2, 3], [3]), ("", []), (",", [], []), ("i,", [3], []),
    (",ij->ij", [], [2, 3]), ("iI,Ij->ij", [2, 3], [3, 4]), ("Aa,aB", [2, 3], [3, 2]), ("i,i", [0], [0]),
    ("ij,jk", [2, 0], [0, 3]), ("ij,jk", [0, 3], [3, 2]), ("ij->", [0, 3]), ("ij,jk->ik", [2, 1], [3, 4]),
    ("ij,ij->ij", [2, 3], [1, 3]), ("ij,jk->ik", [2, 3], [1, 4]), ("i i,i", [3, 3], [3]), ("ij, jk -> ik", [2, 3], [3, 2]),
]
CORE = ["ij,jk->ik", "ij->ji", "ii->i", "ii", "ijk->j", "i,i", "i,j", "bij,bjk->bik", "ij,jk,kl->il", "ij,ij->",
        "...ij,...jk->...ik", "ijk,jil->kl", ",", "ij,jk,k", "i,i,i", "ij,i->j"]

for sub, *shapes in PATTERNS:
    for opt in [False, True, "optimal"]:
        case(sub, *[data(s, "float64", i + 1) for i, s in enumerate(shapes)], optimize=opt)
    for opt in [False, True]:
        case(sub, *[data(s, "int64", i + 1) for i, s in enumerate(shapes)], optimize=opt)
for sub, *shapes in PATTERNS:
    if sub not in CORE:
        continue
    for dt in ["float32", "int32", "int8", "uint8", "uint16", "bool", "uint64"]:
        for opt in [False, True]:
            case(sub, *[data(s, dt, i + 1) for i, s in enumerate(shapes)], optimize=opt)

# ------------------------------------------------------------------------- mixed dtypes, JS numbers
for da, db in [("int8", "float32"), ("int32", "int64"), ("bool", "int8"), ("uint64", "int64"), ("float32", "float64"),
               ("uint8", "int8"), ("bool", "float32"), ("int16", "uint32")]:
    for opt in [False, True]:
        case("ij,jk->ik", data([2, 3], da, 1), data([3, 2], db, 2), optimize=opt)
        case("i,i", data([4], da, 1), data([4], db, 2), optimize=opt)
        case("i,i->i", data([4], da, 1), data([4], db, 2), optimize=opt)
        case("ij,j,i->", data([2, 3], da, 1), data([3], db, 2), data([2], da, 3), optimize=opt)
for opt in [False, True]:
    case("i,->i", data([3], "int8"), 2, optimize=opt)
    case("i,->i", data([3], "float32"), 2.5, optimize=opt)
    case(",", 3, 4, optimize=opt)
    case(",", 3, 4.5, optimize=opt)
    case(",,", 2, True, 1.5, optimize=opt)
    case("i,i", [1, 2], [3, 4], optimize=opt)
    case("i,i", [1.5, 2], [True, False], optimize=opt)
    case("ij->", [[True, False], [True, True]], optimize=opt)
    case("ij->i", [[False, False], [True, False]], optimize=opt)
    case("i,i", data([3], "int32"), data([3], "int32"), optimize=opt)
    case("i,i", Arr([2**31 - 1, 2**31 - 1, 5], "int32"), Arr([2, 3, 4], "int32"), optimize=opt)
    case("i->", Arr([2**62, 2**62, 2**62], "int64"), optimize=opt)
    case("ij,jk->ik", Arr([[200, 100], [3, 4]], "uint8"), Arr([[2, 1], [1, 3]], "uint8"), optimize=opt)

# ------------------------------------------------------------------------- views
for dt in ["float64", "int32", "float32", "bool"]:
    for kind in ["T", "rev", "step", "rev_step", "T_rev"]:
        for opt in [False, True]:
            case("ij,jk->ik", view([3, 4], dt, 1, kind), view([4, 5], dt, 2, kind), optimize=opt)
            case("ij,ij->i", view([3, 4], dt, 1, kind), data([3, 4], dt, 2), optimize=opt)
            case("ji,jk->ik", view([4, 3], dt, 1, kind), data([4, 2], dt, 2), optimize=opt)
        case("ii->i", view([4, 4], dt, 3, kind))
        case("ij->ji", view([3, 4], dt, 3, kind))
        case("ij->", view([3, 4], dt, 3, kind))
        case("ii", view([4, 4], dt, 3, kind))
    case("bij,bjk->bik", data([2, 3, 4], dt, 1, ["::-1, :, ::-1"]), data([2, 4, 5], dt, 2, [":, ::-1"]))
    case("bij,bjk->bik", data([3, 4, 2], dt, 1, ["T"]), data([2, 4, 5], dt, 2, ["::-1"]), optimize=True)
    case("i,i", data([10], dt, 1, ["::-2"]), data([5], dt, 2))
    case("...ii->...", data([2, 3, 3], dt, 1, [":, ::-1, ::-1"]))

# ------------------------------------------------------------------------- NaN / inf
nan, inf = math.nan, math.inf
for dt in ["float32", "float64"]:
    for opt in [False, True]:
        case("ij,jk->ik", Arr([[1.0, nan], [inf, 1.0]], dt), Arr([[1.0, 2.0], [0.5, 1.0]], dt), optimize=opt)
        case("i,i", Arr([inf, 1.0], dt), Arr([0.0, 1.0], dt), optimize=opt)
        case("i->", Arr([inf, -inf, 1.0], dt), optimize=opt)
        case("i,i->i", Arr([inf, nan, -0.0], dt), Arr([-1.0, 1.0, 1.0], dt), optimize=opt)

# ------------------------------------------------------------------------- options
f = "float64"
for opt in [False, True]:
    case("ij,jk->ik", data([2, 3], f, 1), data([3, 2], f, 2), out=Arr(np.zeros((2, 2)).tolist(), f), optimize=opt, after="out")
    case("ij,jk->ik", data([2, 3], f, 1), data([3, 2], f, 2), out=Arr(np.zeros((4, 2)).tolist(), f, ["::2"]), optimize=opt, after="out")
    case("ij,jk->ki", data([2, 3], f, 1), data([3, 4], f, 2), out=Arr(np.zeros((4, 2)).tolist(), f), optimize=opt, after="out")
    case("ij,jk->ik", data([2, 3], f, 1), data([3, 2], f, 2), out=Arr(np.zeros((2, 2)).tolist(), "float32"), optimize=opt)
    case("ij,jk->ik", data([2, 3], f, 1), data([3, 2], f, 2), out=Arr(np.zeros((2, 2)).tolist(), "float32"), casting="unsafe",
         optimize=opt, after="out")
    case("ij,jk->ik", data([2, 3], "int32", 1), data([3, 2], "int32", 2), out=Arr(np.zeros((2, 2)).tolist(), "int64"),
         optimize=opt, after="out")
    case("i,i->", data([3], f, 1), data([3], f, 2), out=Arr(0.0, f), optimize=opt, after="out")
    case("ij->i", data([2, 3], f, 1), out=Arr([0.0, 0.0], f), optimize=opt, after="out")
    case("ij->j", data([2, 3], "int64", 1), out=Arr([0.0, 0.0, 0.0], f), optimize=opt, after="out")
    case("ij->ij", data([2, 3], f, 1), out=Arr(np.zeros((2, 3)).tolist(), f), optimize=opt, after="out")
    case("ii->i", data([3, 3], f, 1), out=Arr(np.zeros(3).tolist(), f), optimize=opt, after="out")
    case("ij,jk,kl->il", data([2, 3], f, 1), data([3, 4], f, 2), data([4, 2], f, 3), out=Arr(np.zeros((2, 2)).tolist(), f),
         optimize=opt, after="out")
    case("ij,jk->ik", data([3, 3], f, 1), Ref(1), out=Ref(1), optimize=opt, after=1)
    case("ij->i", data([1, 3], f, 1), out=Arr(np.zeros(4).tolist(), f), optimize=opt, after="out")
    case("ij->i", data([2, 3], f, 1), out=Arr(np.zeros((2, 1)).tolist(), f), optimize=opt)
    case("ij->i", data([2, 3], f, 1), out=Arr(np.zeros(3).tolist(), f), optimize=opt)
    case("ij,k->ik", data([2, 3], f, 1), data([4], f, 2), out=Arr(np.zeros((2, 5)).tolist(), f), optimize=opt)
    case("ij->", data([2, 3], "int64", 1), dtype="float32", optimize=opt)
    case("ij->", data([2, 3], "int32", 1), dtype="float64", optimize=opt)
    case("ij->", data([2, 3], f, 1), dtype="int32", optimize=opt)
    case("ij->", data([2, 3], "int64", 1), dtype="int32", optimize=opt)
    case("ij->i", data([2, 3], f, 1), dtype="int32", casting="unsafe", optimize=opt)
    case("ij,jk", data([2, 3], f, 1), data([3, 2], f, 2), dtype="float32", optimize=opt)
    case("ij,jk", data([2, 3], "float32", 1), data([3, 2], f, 2), dtype="float32", casting="same_kind", optimize=opt)
    case("ij,jk", data([2, 3], "int8", 1), data([3, 2], "int16", 2), dtype="int64", optimize=opt)
    case("i,i", data([3], "bool", 1), data([3], "bool", 2), dtype="int64", optimize=opt)
    case("ij,jk->ik", data([2, 3], f, 1), data([3, 2], f, 2), casting="bad", optimize=opt)
    case("ij,jk->ik", data([2, 3], f, 1), data([3, 2], f, 2), casting="no", optimize=opt)
    case("ij,jk->ik", data([2, 3], "float32", 1), data([3, 2], f, 2), casting="no", optimize=opt)
    case("ij,jk->ik", data([2, 3], f, 1), data([3, 2], f, 2), order="Q", optimize=opt)
    case("ij->ij", data([2, 3], f, 1), foo=1, optimize=opt)
for order in ["C", "F", "A", "K"]:
    case("ij,jk->ki", data([2, 3], f, 1), data([3, 4], f, 2), order=order)
    case("ij,ij->ij", data([3, 2], f, 1, ["T"]), data([3, 2], f, 2, ["T"]), order=order)
    case("ij,ij->ij", data([3, 2], f, 1), data([3, 2], f, 2), order=order)
    case("ij,jk->ik", data([3, 2], f, 1, ["T"]), data([4, 3], f, 2, ["T"]), order=order)
    case("ijk,ijk->kji", data([2, 3, 4], f, 1), data([2, 3, 4], f, 2), order=order)
case("ij,jk->ki", data([2, 3], f, 1), data([3, 4], f, 2), optimize=True, order="F")
case("ij,jk->ki", data([2, 3], f, 1), data([3, 4], f, 2), optimize=True, order="C")
case("ij,jk->ik", data([2, 3], f, 1), data([3, 4], f, 2), optimize=["einsum_path", [0, 1]])
for opt in [False, True]:
    case("ij,ij->ij", data([2, 3], f, 1), data([2, 3], f, 2), optimize=opt, order="F")
    case("ij,k->ijk", data([2, 3], f, 1), data([2], f, 2), optimize=opt, order="F")
    case("ij,jk->ik", data([2, 3], f, 1), data([3, 4], f, 2), optimize=opt, order="c")
    case("ij,jk->ik", data([2, 3], f, 1), data([3, 4], f, 2), optimize=opt, order="q")
    case("ij,jk->ik", data([2, 3], f, 1), data([3, 4], f, 2), optimize=opt, order="A")
case("ij,jk->ik", data([2, 3], f, 1), data([3, 4], f, 2), optimize=5)
case("ij,jk,kl->il", data([2, 3], f, 1), data([3, 4], f, 2), data([4, 2], f, 3), optimize=["einsum_path", [0, 2], [0, 1]])
case("ij,jk,kl->il", data([2, 3], f, 1), data([3, 4], f, 2), data([4, 2], f, 3), optimize=["einsum_path", [0, 1, 2]])
case("ij,jk,kl->il", data([2, 3], f, 1), data([3, 4], f, 2), data([4, 2], f, 3), optimize=["greedy", 4])
case("ij,jk,kl->il", data([2, 3], f, 1), data([3, 4], f, 2), data([4, 2], f, 3), optimize=None)
case("ij,jk,kl->il", data([2, 3], f, 1), data([3, 4], f, 2), data([4, 2], f, 3), optimize="bogus")
case("ij,jk,kl->il", data([2, 3], f, 1), data([3, 4], f, 2), data([4, 2], f, 3), optimize=["einsum_path", [0, 1]])

# ------------------------------------------------------------------------- interleaved form
for opt in [False, True]:
    a, b = data([2, 3], f, 1), data([3, 4], f, 2)
    case(a, [0, 1], b, [1, 2], optimize=opt)
    case(a, [0, 1], b, [1, 2], [2, 0], optimize=opt)
    case(a, [0, 1], optimize=opt)
    case(a, [1, 0], optimize=opt)
    case(a, [0, 1], [0], optimize=opt)
    case(data([4, 4], f, 3), [5, 5], [5], optimize=opt)
    case(a, [30, 51], b, [51, 2], [30, 2], optimize=opt)
    case(data([2, 3, 4], f, 3), ["...", 0], data([4], f, 4), [0], ["..."], optimize=opt)
    case(data([2, 3, 4], f, 3), [0, "..."], [0], optimize=opt)
    case(data([2, 3, 4], "int64", 3), ["...", 0, 1], data([4, 2], "int64", 4), [1, 2], optimize=opt)
    case(a, [0, "x"], optimize=opt)
    case(a, [0, 52], optimize=opt)
    case(a, [0, -1], optimize=opt)
    case(a, ["...", 0, "..."], optimize=opt)
    case(a, [0, 1], b, optimize=opt)
    case(3, [], 4, [], optimize=opt)

# ------------------------------------------------------------------------- errors
a, b = data([2, 3], f, 1), data([4, 5], f, 2)
for opt in [False, True]:
    for sub, *ops in [
        ("ij,jk->ik", a, b), ("i,i->", data([3], f), data([4], f)), ("ijk", a), ("i", a), ("ij,j", a), ("ij", a, a),
        ("ij->ii", a), ("ij->k", a), ("i1", a), ("ij->->i", a), ("ij-i", a), ("ij>i", a), ("ii", a), ("ii->i", a),
        ("iij->j", data([2, 3, 4], f)), ("..i", a), ("...ijk", a),
        ("ij,ij", a, data([2, 1], f)), ("ij,ij", a, data([3, 2], f)), ("i,j,ij", data([2], f), data([3], f), data([3, 2], f)),
        ("ij,jk", a), ("ij,jk,kl", a, data([3, 3], f)), ("ij->i.", a), ("ij->...", a), ("i.j", a),
        ("...i,...i->i", data([2, 3], f), data([2, 3], f)), ("i...,i...", data([2, 3], f), data([2], f)),
        ("ij,jk->ik", data([2, 3], f), data([3], f)), ("iJ", a), ("ij->IJ", a), ("ij.->i", a),
    ]:
        case(sub, *ops, optimize=opt)
    if not opt:
        # with optimize NumPy's message names a label an ellipsis stands for: taken from a set, in hash order
        case("...i,...i", data([2, 3], f), data([4, 3], f), optimize=opt)
    case("", optimize=opt)
    case(optimize=opt)
    case("ij->ji", optimize=opt)
    case("ij,jk->ik", a, data([3, 2], f), out=[1], optimize=False)

# ------------------------------------------------------------------------- einsum_path
paths = []


def path_case(sub, shapes, **kwargs):
    ops = [np.ones(s) for s in shapes]
    kw = dict(kwargs)
    if isinstance(kw.get("optimize"), list) and kw["optimize"] and kw["optimize"][0] == "einsum_path":
        kw["optimize"] = ["einsum_path"] + [tuple(p) for p in kw["optimize"][1:]]
    c = {"args": [sub, *[{"shape": list(s)} for s in shapes]], "kwargs": kwargs}
    try:
        path, report = np.einsum_path(sub, *ops, **kw)
        c["path"] = [p if isinstance(p, str) else list(p) for p in path]
        c["report"] = report
    except Exception as e:
        c["expect"] = err(e)
    paths.append(c)


for opt in ["greedy", "optimal", True, False]:
    path_case("ij,jk,kl->il", [(2, 3), (3, 4), (4, 5)], optimize=opt)
    path_case("ij,jk,kl->il", [(20, 3), (3, 40), (40, 5)], optimize=opt)
    path_case("ea,fb,abcd,gc,hd->efgh", [(10, 10), (10, 10), (10, 10, 10, 10), (10, 10), (10, 10)], optimize=opt)
    path_case("ea,fb,abcd,gc,hd->efgh", [(3, 7), (5, 2), (7, 2, 4, 6), (8, 4), (9, 6)], optimize=opt)
    path_case("abc,cd,de,ef,fa->be", [(4, 5, 6), (6, 7), (7, 3), (3, 8), (8, 4)], optimize=opt)
    path_case("ij,jk,ki->", [(30, 40), (40, 20), (20, 30)], optimize=opt)
    path_case("i,j,k->ijk", [(2,), (3,), (4,)], optimize=opt)
    path_case("ij,jk", [(2, 3), (3, 4)], optimize=opt)
    path_case("ii->i", [(3, 3)], optimize=opt)
    path_case("ij,ij,ij->ij", [(2, 3), (2, 3), (2, 3)], optimize=opt)
    path_case("ab,bc,cd,de,ef,fg", [(2, 30), (30, 4), (4, 50), (50, 6), (6, 70), (70, 8)], optimize=opt)
    path_case("ij,jk,kl", [(1, 3), (3, 4), (4, 1)], optimize=opt)
    path_case("a,b,ab,c,bc", [(5,), (6,), (5, 6), (7,), (6, 7)], optimize=opt)
    path_case("iJ,Jk,kL", [(2, 3), (3, 4), (4, 5)], optimize=opt)
    path_case("ijk,jkl,klm,lmn", [(3, 4, 5), (4, 5, 6), (5, 6, 7), (6, 7, 3)], optimize=opt)
path_case("ij,jk,kl->il", [(20, 3), (3, 40), (40, 5)], optimize=["greedy", 50])
path_case("ij,jk,kl->il", [(20, 3), (3, 40), (40, 5)], optimize=["optimal", 50])
path_case("ij,jk,kl->il", [(20, 3), (3, 40), (40, 5)], optimize=["greedy", 10])
path_case("ij,jk,kl->il", [(20, 3), (3, 40), (40, 5)], optimize=["einsum_path", [1, 2], [0, 1]])
path_case("ij,jk,kl->il", [(20, 3), (3, 40), (40, 5)], optimize=["einsum_path", [0, 1]])
path_case("ij,jk,kl->il", [(20, 3), (3, 40), (40, 5)], optimize="bogus")
path_case("ij,jk,kl->il", [(20, 3), (3, 40), (40, 5)], optimize=[1, 2, 3])
path_case("ij,jk,kl->il", [(20, 3), (3, 40), (40, 5)])
path_case("ij,jk,kl->il", [(20, 3), (3, 41), (40, 5)])
path_case("ij,jk->il", [(2, 3), (3, 4)])
path_case("ij,jk->ik", [(2, 3), (3, 4)], foo=1)
path_case("ij,jk,kl->il", [(20, 3), (3, 40)])

dump(OUT, cases)
dump(OUT_PATHS, paths)
print(f"{len(cases)} einsum cases -> {OUT}, {len(paths)} einsum_path cases -> {OUT_PATHS}")
