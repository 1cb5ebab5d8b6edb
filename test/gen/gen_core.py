"""Golden fixtures (inputs are chosen so that their JS spelling means the same: a float that is
integral, like 1.0, is a Python int in numwasm, so float inputs here are never integral) for the ndarray core: np.array inference, views, reshape/transpose/ravel,
copy/astype/fill, item/get/set, errors. Each case is a small program in a mini-language that
test/core.test.mjs replays on numwasm:
  make: {"data": nested list (encoded), "dtype": name or None} or {"arange": n, "dtype", "shape"}
  ops:  list of [op, *args] applied in turn to the current array.
"""
import sys, os, warnings
import math
import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from common import enc, enc_array, err, dump

warnings.simplefilter("ignore")
DTYPES = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float32", "float64"]


def make(spec):
    if "arange" in spec:
        return np.arange(spec["arange"]).astype(spec.get("dtype", "int64")).reshape(spec["shape"])
    return np.array(spec["data"], dtype=spec.get("dtype"))


def index_expr(parts):
    out = []
    for p in parts:
        out.append("None" if p is None else str(p))
    return ",".join(out)


def apply(a, op):
    name, args = op[0], op[1:]
    if name == "reshape":
        return a.reshape(args[0], order=args[1] if len(args) > 1 else "C")
    if name == "transpose":
        return a.transpose(*args) if args else a.transpose()
    if name == "T":
        return a.T
    if name in ("ravel", "flatten", "copy"):
        return getattr(a, name)(*args)
    if name == "astype":
        return a.astype(args[0], casting=args[1]) if len(args) > 1 else a.astype(args[0])
    if name == "get":
        return eval("a[" + index_expr(args) + "]")
    if name == "set":
        exec("a[" + index_expr(args[:-1]) + "] = v", {"a": a, "v": args[-1], "np": np})
        return a
    if name == "fill":
        a.fill(args[0])
        return a
    if name == "item":
        return a.item(*args)
    raise ValueError(name)


def describe(r, orig):
    if not isinstance(r, np.ndarray) or (r.ndim == 0 and False):
        return {"scalar": enc(r)}
    d = enc_array(r)
    d["strides"] = list(r.strides)
    d["c"] = bool(r.flags.c_contiguous)
    d["f"] = bool(r.flags.f_contiguous)
    d["view"] = bool(np.shares_memory(r, orig)) if r.size and orig.size else None
    return d


cases = []


def enc_nested(x):
    return [enc_nested(v) for v in x] if isinstance(x, list) else enc(x)


def case(make_spec, ops):
    spec = dict(make_spec)
    if "data" in spec:
        spec["data"] = enc_nested(spec["data"])
    ops_enc = [[op[0]] + [enc_nested(v) if isinstance(v, (list, float, int)) and not isinstance(v, bool) and op[0] in ("set", "fill") else v for v in op[1:]] for op in ops]
    try:
        a = make(make_spec)
    except Exception as e:
        cases.append({"make": spec, "ops": ops_enc, "expect": err(e)})
        return
    orig = a
    try:
        for op in ops:
            a = apply(a, op)
        cases.append({"make": spec, "ops": ops_enc, "expect": describe(a, orig), "after": enc_array(orig)})
    except Exception as e:
        cases.append({"make": spec, "ops": ops_enc, "expect": err(e), "after": enc_array(orig)})


# --- np.array dtype/shape inference ---
inputs = [
    [1, 2, 3], [1.5, 2], [True, False], [True, 2], [True, 2.5], [[1, 2], [3, 4]], [], [[], []], [[[]]],
    5, 2.5, True, [2**53], [2**62], [2**63], [-1, 1.5], [[1], [2.5]], [[1, 2], [3, [4]]], [[[1], [2]], [[3], 4]], [0.0, -0.0], [1e308, -1e308],
    [[1, 2], [3]], [1, [2, 3]], [[[1, 2], [3, 4]], [[5, 6], [7]]], [[1, 2], 3],
    # each Python int is int64, or uint64 beyond it: the two together are float64 (fuzz-found)
    [0, 2**63], [1, 2**64 - 1], [-1, 2**63], [[2**63], [2**63 - 1]], [2**63, 2**63 + 4096], [2**63, 2**64 - 1],
    [True, 2**63], [2.5, 2**63],
]
for data in inputs:
    case({"data": data, "dtype": None}, [])
for dt in DTYPES:
    case({"data": [0, 1, 2, 127], "dtype": dt}, [])
    case({"data": [[1.5, -1.5], [0.0, 2.7]], "dtype": dt}, [])
    case({"data": [True, False], "dtype": dt}, [])
for dt in ["int8", "uint8", "int16", "uint16", "int32", "uint32"]:
    case({"data": [1, 300, 70000, 5_000_000_000], "dtype": dt}, [])
    case({"data": [-1], "dtype": dt}, [])
case({"data": [2**64], "dtype": "uint64"}, [])
case({"data": [-1], "dtype": "uint64"}, [])
case({"data": [2**63], "dtype": "int64"}, [])
# floats among 64-bit Python ints (BigInts in JS): truncated for an integer dtype, truthiness for
# bool (they raised a JS RangeError; fuzz-found through np.piecewise's condlist)
for data, dt in [([2.5, 2**63], "uint64"), ([-2.5, 2**62], "int64"), ([-math.inf, 2**63, 0], "bool"),
                 ([math.nan, 2**63], "bool"), ([math.nan, 2**63], "uint64"), ([-0.5, 2**62], "uint8")]:
    case({"data": data, "dtype": dt}, [])

# --- views: reshape / transpose / ravel / flatten ---
for shape in [[24], [2, 3, 4], [4, 6]]:
    for target in [[6, 4], [2, 12], [-1], [3, -1, 2], [24, 1], [1, 24], [2, 2, 2, 3]]:
        for order in ["C", "F"]:
            case({"arange": 24, "shape": shape}, [["reshape", target, order]])
            case({"arange": 24, "shape": shape}, [["T"], ["reshape", target, order]])
for bad in [[5], [7, -1], [-1, -1], [-1, 5], [0, -1], [25]]:
    case({"arange": 24, "shape": [2, 3, 4]}, [["reshape", bad]])
case({"arange": 0, "shape": [0]}, [["reshape", [0, 5]]])
case({"arange": 0, "shape": [0, 3]}, [["reshape", [-1]]])
case({"arange": 0, "shape": [0, 3]}, [["reshape", [3, -1]]])
case({"arange": 1, "shape": []}, [["reshape", [1, 1]]])
case({"arange": 1, "shape": [1, 1]}, [["reshape", []]])
for axes in [[0, 1, 2], [2, 0, 1], [1, 0, 2], [0, 0, 1], [0, 1], [0, 1, 3], [-1, 0, 1]]:
    case({"arange": 24, "shape": [2, 3, 4]}, [["transpose", axes]])
for order in ["C", "F", "A", "K"]:
    for pre in [[], [["T"]], [["get", "::2"]], [["get", ":", "::-1"]]]:
        case({"arange": 24, "shape": [4, 6]}, pre + [["ravel", order]])
        case({"arange": 24, "shape": [4, 6]}, pre + [["flatten", order]])
        case({"arange": 24, "shape": [4, 6]}, pre + [["copy", order]])
case({"arange": 24, "shape": [4, 6]}, [["ravel", "X"]])

# --- basic indexing (views) ---
idx = [[0], [-1], [1, 2], ["1:3"], ["::-1"], ["::2", "1::2"], ["...", 0], [None], ["...", None], [0, "...", 1],
       ["-2:"], ["5:1:-1"], ["10:20"], [":", None, "::-2"], [0, 0, 0], [4], [-5], [0, 0, 0, 0], ["...", "..."], ["1:1"],
       ["::-1", "::-1", 1]]
for ix in idx:
    case({"arange": 24, "shape": [2, 3, 4]}, [["get", *ix]])
    case({"arange": 24, "shape": [4, 6]}, [["get", *ix]])
case({"arange": 24, "shape": [4, 6]}, [["get", "::2"], ["get", ":", "::-3"], ["get", 1]])
case({"arange": 1, "shape": []}, [["get", "..."]])
case({"arange": 1, "shape": []}, [["get", None]])
case({"arange": 1, "shape": []}, [["get", 0]])

# --- set (value broadcast + cast), fill, item, astype ---
for dt in ["int8", "uint8", "int32", "float32", "float64", "bool", "uint64"]:
    for v in [1, -1, 300, 2.7, -2.7, True, float("nan"), float("inf"), 2**63]:
        case({"arange": 6, "shape": [2, 3], "dtype": dt}, [["set", 0, 1, v]])
        case({"arange": 6, "shape": [2, 3], "dtype": dt}, [["fill", v]])
case({"arange": 6, "shape": [2, 3]}, [["set", ":", [7, 8, 9]]])
case({"arange": 6, "shape": [2, 3]}, [["set", ":", [7, 8]]])
case({"arange": 6, "shape": [2, 3]}, [["set", "::-1", [[1, 2, 3]]]])
case({"arange": 6, "shape": [2, 3], "dtype": "int8"}, [["set", ":", [1, 2, 600]]])
case({"arange": 6, "shape": [2, 3], "dtype": "int8"}, [["set", ":", [1.5, 2.5, -3.5]]])
case({"arange": 12, "shape": [3, 4]}, [["set", ":", "::-1", [[0, 1, 2, 3]]]])
for args in [[], [0], [5], [-1], [6], [1, 2], [1, 3], [[1, 2]]]:
    case({"arange": 6, "shape": [2, 3]}, [["item", *args]])
case({"arange": 1, "shape": [1, 1, 1]}, [["item"]])
FLOAT_VALS = [0, 1, -1, 2.5, -2.5, 255, 256, -129, 1e10, float("nan"), float("inf"), -0.0, 1e300]
INT_VALS = {"int64": [0, 1, -1, 255, 256, -129, 2**40, -(2**63), 2**63 - 1], "int32": [0, 1, -1, 255, 256, -129, 2**31 - 1, -(2**31)],
            "int8": [0, 1, -1, 127, -128], "uint8": [0, 1, 255, 128], "uint64": [0, 1, 2**63, 2**64 - 1, 2**53 + 1], "bool": [True, False]}
for s in ["float64", "float32", "int64", "int32", "int8", "uint8", "bool", "uint64"]:
    for d in DTYPES:
        case({"data": FLOAT_VALS if s.startswith("float") else INT_VALS[s], "dtype": s}, [["astype", d]])
        case({"arange": 24, "shape": [4, 6], "dtype": s}, [["T"], ["get", "::-1"], ["astype", d]])

# astype(casting=) refusals: NumPy names a 0-d array "scalar" in the message (differential fuzz)
for shape in [[], [2]]:
    for d, casting in [("float32", "equiv"), ("uint8", "no"), ("int8", "safe"), ("int16", "same_kind"), ("float64", "safe")]:
        case({"arange": 2 if shape else 1, "shape": shape, "dtype": "float64" if d != "float64" else "int64"}, [["astype", d, casting]])
    case({"arange": 2 if shape else 1, "shape": shape, "dtype": "uint8"}, [["astype", "float32", "equiv"]])

dump(os.path.join(os.path.dirname(__file__), "..", "fixtures", "core.json"), cases)
print(f"{len(cases)} core cases")
