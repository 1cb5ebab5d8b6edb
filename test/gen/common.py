"""Shared encoding of NumPy values into JSON fixtures (read back by test/helpers.mjs)."""
import json, math
import numpy as np


def enc(v):
    """Encode one scalar: exact ints as strings when beyond 2**53, special floats as strings."""
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        v = int(v)
        return v if abs(v) <= 2**53 else str(v)
    v = float(v)
    if math.isnan(v):
        return "nan"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    if v == 0 and math.copysign(1, v) < 0:
        return "-0.0"
    return v


def jsnum(x):
    """The Python value of the JS number x: integral floats (but -0.0) are ints in JS."""
    if isinstance(x, float) and math.isfinite(x) and x == int(x) and not (x == 0 and math.copysign(1, x) < 0):
        return int(x)
    return x


def jsdata(x):
    """jsnum over nested lists."""
    return [jsdata(v) for v in x] if isinstance(x, (list, tuple)) else jsnum(x)


def enc_array(a):
    a = np.asarray(a)
    return {"dtype": a.dtype.name, "shape": list(a.shape), "data": [enc(x) for x in a.ravel(order="C").tolist()]}


def err(e):
    return {"error": type(e).__name__, "message": str(e)}


def dump(path, obj):
    with open(path, "w") as f:
        json.dump(obj, f, indent=0, separators=(",", ":"))
        f.write("\n")
