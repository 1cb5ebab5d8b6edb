"""Golden fixtures for every real-valued NumPy ufunc (and np.fix / np.round / np.around / np.clip):
test/fixtures/ufunc.json, replayed on numwasm by test/ufunc.test.mjs.

Every case is a small program: build the arguments, call one function, compare the result (or the
error) and, where it matters, the arrays the call wrote into. The same argument encoding drives
the Python side here and the JS side there, so what NumPy computed is exactly what numwasm replays:

  argument spec (JSON)                       JS value                     Python value
  {"ref": key, "shape": s?}                  fx.inputs[key] as ndarray    same, reshaped to s
  {"a": array, "view": ops?}                 fresh ndarray, then ops      same
  {"v": name, "view": ops?}                  the case's variable `name`   same (shares memory)
  {"n": x}                                   JS number / boolean          Python int/float/bool
  {"list": nested}                           nested JS array              nested list
  {"tuple": nested}                          JS array                     tuple (axes)
  null                                       null                         None
  view ops: ["T"] | ["get", *index parts] | ["transpose", axes] | ["reshape", shape]
            | ["broadcast_to", shape]        (index parts as in gen_core.py: "::-1", 0, None...)

  array: {"dtype", "shape", "data"}, data flat in C order: bool as 0/1; ints as JSON numbers, or
  strings beyond 2**53; float64 as the shortest repr; float32 as the shortest *float32* repr (the
  test rounds it with Math.fround; the generator checks that this round-trips); NaN/inf as
  "nan"/"inf"/"-inf". JS numbers ({"n": x}) that are Python floats are never integral (a JS
  integral number is a Python int, API.md); -0.0 is written as -0.0.

  case: {"f": "add" | "add.reduce" | ..., or "m": method name with "self": spec (a.add(b) is
         np.add(a, b); a.iadd(b) is np.add(a, b, out=a): Python's a += b),
         "args": [spec...], "kw": {name: spec | raw JSON}, "vars": {name: spec},
         "errstate": {...}, "exp": result, "after": {var: array}, "same": var | [var...],
         "ulp": n, "var": "unary" | "outer"}
  result: {"arr": array} | {"sc": value, "dtype": name} (NumPy returned a NumPy scalar: numwasm
          returns a JS number/boolean) | {"tuple": [result...]} | {"none": true}
          | {"error": numwasm class, "message": NumPy's text, "np_error": NumPy's class if other}
  "ulp": allowed distance in units in the last place of the output dtype for float outputs: 0 (bit
  exact, -0 != +0) for exact operations, 4 for transcendental functions. NaN matches any NaN.
  "zsign": false for maximum/minimum/fmax/fmin: the sign of a zero result is not checked (NumPy
  returns either zero operand, and which one differs between its own SIMD and scalar loops).
  "var": loop-grid cases the test also replays on contiguous / reversed / tiled copies.
  "note": why a case has no "after" (NumPy wrote into the out array before raising; numwasm
  promises to leave every argument unchanged, and the test checks that instead).

numwasm has no float16. Where NumPy's loop yields float16 (np.sqrt(int8), np.arctan2(bool, int8),
np.frexp(uint8)...), numwasm uses the next loop NumPy would pick, float32: the expected array then
has dtype float32 and "np_dtype": "float16", with values NumPy computes with float16 replaced by
float32 in the resolved loop signature (the same as computing on x.astype(np.float32)).

Which NumPy: NumPy 2.4 as installed, with the AVX-512 dispatch targets switched off
(NPY_DISABLE_CPU_FEATURES below): NumPy's AVX-512 float64 transcendental loops (Intel SVML) are up to
3 ulp off the correctly rounded result and exist only on AVX-512 machines, while the AVX2/baseline
loops call the C library (glibc, < 1 ulp); and NumPy's AVX-512 arctan2 loop gets
np.arctan2.reduce wrong (not the sequential fold). Exact operations agree on every path (but for
the zero signs of "zsign" cases). The fixtures are therefore the same on any x86-64-v3 machine. The
generator reruns every case in a child process with the default dispatch and reports (stderr) the
largest ulp difference per ufunc and every case that differs beyond its tolerance.
"""
import os, sys

if __name__ == "__main__" and "--child" not in sys.argv:
    os.environ["NPY_DISABLE_CPU_FEATURES"] = "X86_V4 AVX512_ICL AVX512_SPR"

import json
import subprocess, math, warnings
import numpy as np

warnings.simplefilter("ignore")
np.seterr(all="ignore")
HERE = os.path.dirname(os.path.abspath(__file__))

DTYPES = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float32", "float64"]
INTS = ["int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64"]
NW_ERRORS = ["AxisError", "FloatingPointError", "OverflowError", "ZeroDivisionError", "IndexError", "ValueError", "TypeError", "MemoryError"]

# ---------------------------------------------------------------- the ufuncs
UNARY = ["negative", "positive", "absolute", "fabs", "sign", "reciprocal", "square", "sqrt", "cbrt", "logical_not",
         "isnan", "isinf", "isfinite", "signbit", "spacing", "frexp", "modf", "invert", "bitwise_count",
         "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "arcsin", "arccos", "arctan",
         "sinh", "cosh", "tanh", "arcsinh", "arccosh", "arctanh", "deg2rad", "radians", "rad2deg", "degrees",
         "floor", "ceil", "trunc", "rint"]
BINARY = ["add", "subtract", "multiply", "divide", "floor_divide", "remainder", "fmod", "divmod", "power", "float_power",
          "heaviside", "gcd", "lcm", "equal", "not_equal", "less", "less_equal", "greater", "greater_equal",
          "logical_and", "logical_or", "logical_xor", "maximum", "minimum", "fmax", "fmin", "copysign", "nextafter",
          "ldexp", "bitwise_and", "bitwise_or", "bitwise_xor", "left_shift", "right_shift", "logaddexp", "logaddexp2",
          "arctan2", "hypot"]
# Other names of the same ufunc object (np.true_divide is np.divide, ...): a smaller grid each.
ALIASES = {"true_divide": "divide", "mod": "remainder", "pow": "power", "abs": "absolute", "bitwise_not": "invert"}
ALIAS_DTYPES = ["bool", "int8", "uint64", "float32", "float64"]
# Not ufuncs in NumPy, but elementwise and in the issue.
FUNCS = ["fix", "round", "around", "clip"]
ALL_NAMES = UNARY + BINARY + list(ALIASES) + FUNCS
TRANSCENDENTAL = {"cbrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "arcsin", "arccos",
                  "arctan", "sinh", "cosh", "tanh", "arcsinh", "arccosh", "arctanh", "power", "pow", "float_power",
                  "logaddexp", "logaddexp2", "arctan2", "hypot"}


def base_name(c):
    """The ufunc a case exercises: "add.reduce" -> add, method "ipower" -> power."""
    if "m" in c:
        m = c["m"]
        return m[1:] if m.startswith("i") and hasattr(np, m[1:]) and not hasattr(np, m) else m
    return c["f"].split(".")[0]


def ulp_of(c):
    return 4 if base_name(c) in TRANSCENDENTAL else 0


# NumPy leaves the sign of a zero result open when both operands are zeros of either sign: its
# maximum/minimum/fmax/fmin loops return either operand (it differs between its own SIMD and scalar
# paths), so for these the test does not check the sign of zero results.
ZERO_SIGN_FREE = {"maximum", "minimum", "fmax", "fmin"}


# ---------------------------------------------------------------- input values
F64_SPECIAL = [math.nan, math.inf, -math.inf, 0.0, -0.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
               1.0, -1.0, 0.5, 1e-300, 710.0, -745.0, 88.7, -103.0]
F32_SPECIAL = [math.nan, math.inf, -math.inf, 0.0, -0.0, 1e-45, 1.1754944e-38, 3.4028235e38,
               1.0, -1.0, 0.5, 1e-30, 710.0, -745.0, 88.7, -103.0, 89.0, -104.0, -87.5]
F64_EDGE = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1.5, 2.5, -2.5, 3.5, -3.5, 0.1, -0.7, 2.0, 3.0, 10.0, 100.5,
            0.9999999999999999, 1.0000000000000002, -0.9999999999999999, -1.0000000000000002, 1e-5, -1e-8,
            1e-300, 5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1e300, -1e300,
            1.7976931348623157e308, -1.7976931348623157e308, 4503599627370495.5, 4503599627370497.0, 1e16,
            3.141592653589793, 1.5707963267948966, 709.78, 710.0, -745.2, 88.7, 1e10, math.nan, math.inf, -math.inf]
F32_EDGE = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1.5, 2.5, -2.5, 3.5, -3.5, 0.1, -0.7, 2.0, 3.0, 10.0, 100.5,
            0.99999994, 1.0000001, -0.99999994, -1.0000001, 1e-5, -1e-8, 1e-38, 1e-45, -1e-45, 1.1754944e-38,
            1.1754942e-38, 1e30, -1e30, 3.4028235e38, -3.4028235e38, 8388607.5, 8388609.0, 16777216.0,
            3.1415927, 1.5707964, 88.72, 89.0, -103.9, -87.3, 1e10, math.nan, math.inf, -math.inf]
INT_EDGE = {
    "bool": [False, True],
    "int8": [0, 1, -1, 2, -2, 3, -3, 5, 7, -7, 8, 16, 63, 64, 100, -100, 126, 127, -127, -128],
    "uint8": [0, 1, 2, 3, 5, 7, 8, 16, 100, 127, 128, 200, 254, 255],
    "int16": [0, 1, -1, 2, -3, 7, 255, 256, -129, 1000, -1000, 32766, 32767, -32767, -32768],
    "uint16": [0, 1, 2, 3, 7, 255, 256, 1000, 32767, 32768, 65534, 65535],
    "int32": [0, 1, -1, 2, -3, 7, 255, 65536, -65537, 100000, 16777217, 2**31 - 2, 2**31 - 1, -2**31 + 1, -2**31],
    "uint32": [0, 1, 2, 3, 7, 255, 65536, 16777217, 2**31, 2**32 - 2, 2**32 - 1],
    "int64": [0, 1, -1, 2, -3, 7, 2**24 + 1, 2**31, 2**32, -2**40, 2**53, 2**53 + 1, -(2**53 + 1), 2**62,
              2**63 - 2, 2**63 - 1, -2**63 + 1, -2**63],
    "uint64": [0, 1, 2, 3, 7, 2**32, 2**53 + 1, 2**63 - 1, 2**63, 2**64 - 2, 2**64 - 1],
}
EDGE = dict(INT_EDGE, float32=F32_EDGE, float64=F64_EDGE)
# Second operands of binary ufuncs (outer grid x[:, None] op y[None, :]): fewer values.
BIN = {
    "bool": [False, True],
    "int8": [0, 1, -1, 2, -3, 7, 127, -128, -127],
    "uint8": [0, 1, 2, 3, 7, 128, 254, 255],
    "int16": [0, 1, -1, 2, -3, 7, 255, 32767, -32768],
    "uint16": [0, 1, 2, 7, 255, 32768, 65535],
    "int32": [0, 1, -1, 2, -3, 7, 65536, 2**31 - 1, -2**31],
    "uint32": [0, 1, 2, 7, 65536, 2**31, 2**32 - 1],
    "int64": [0, 1, -1, 2, -3, 7, 2**32, 2**53 + 1, 2**63 - 1, -2**63],
    "uint64": [0, 1, 2, 7, 2**32, 2**53 + 1, 2**63, 2**64 - 1],
    "float32": [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 3.0, 7.5, 1e-45, 1e-30, 3.4028235e38, math.nan, math.inf, -math.inf],
    "float64": [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 3.0, 7.5, 5e-324, 1e-300, 1.7976931348623157e308, math.nan, math.inf, -math.inf],
}
SAME_PAIRS = [(d, d) for d in DTYPES]
MIXED_PAIRS = [("int8", "uint8"), ("uint8", "int8"), ("int16", "uint16"), ("uint32", "int32"), ("int32", "float32"),
               ("float32", "int32"), ("uint64", "int64"), ("int64", "uint64"), ("bool", "int8"), ("int8", "bool"),
               ("float32", "float64"), ("float64", "float32"), ("int64", "float32"), ("uint8", "float32"),
               ("int8", "float64"), ("bool", "float64"), ("uint64", "float64"), ("int16", "int64")]
LDEXP_PAIRS = [("float64", "int64"), ("float64", "int32"), ("float64", "int8"), ("float64", "uint8"), ("float64", "uint32"),
               ("float64", "uint64"), ("float32", "int32"), ("float32", "int64"), ("float32", "int8"), ("float32", "uint16"),
               ("int32", "int32"), ("uint8", "int8"), ("bool", "bool")]

# ---------------------------------------------------------------- encoding


def f32_short(v):
    """Shortest decimal that names this float32 (as a Python float: JSON writes it shortest)."""
    s = str(np.float32(v))
    x = float(s)
    assert np.float32(x).tobytes() == np.float32(v).tobytes(), (v, s)
    return x


def enc_val(v, dt):
    if dt == "bool":
        return int(bool(v))
    if dt in INTS:
        v = int(v)
        return v if abs(v) <= 2**53 else str(v)
    v = float(v)
    if math.isnan(v):
        return "nan"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    return f32_short(v) if dt == "float32" else v


def enc_arr(a):
    a = np.asarray(a)
    dt = a.dtype.name
    assert dt in DTYPES, dt
    return {"dtype": dt, "shape": list(a.shape), "data": [enc_val(x, dt) for x in a.ravel(order="C").tolist()]}


def dec_val(v, dt):
    if isinstance(v, str):
        return {"nan": math.nan, "inf": math.inf, "-inf": -math.inf}[v] if dt in ("float32", "float64") else int(v)
    return v


def dec_arr(e):
    return np.array([dec_val(v, e["dtype"]) for v in e["data"]], dtype=e["dtype"]).reshape(e["shape"])


def enc_scalar(x):
    """A Python scalar as a JS number/boolean (asserting that the JS spelling means the same)."""
    if isinstance(x, (bool, np.bool_)):
        return bool(x)
    if isinstance(x, int):
        assert float(x) == x, x  # exactly a double
        return x
    x = float(x)
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    assert not x.is_integer() or math.copysign(1, x) < 0 and x == 0, f"{x} would be a Python int in JS"
    return x


def dec_scalar(v):
    if isinstance(v, str):
        return {"nan": math.nan, "inf": math.inf, "-inf": -math.inf}[v]
    return v


def enc_nested(x):
    return [enc_nested(v) for v in x] if isinstance(x, (list, tuple)) else enc_scalar(x)


def dec_nested(x):
    return [dec_nested(v) for v in x] if isinstance(x, list) else dec_scalar(x)


# argument spec helpers
def R(key, shape=None):
    return {"ref": key, "shape": shape} if shape is not None else {"ref": key}


INTERNED = {}


def A(arr, dtype=None, view=None):
    """A fresh array; arrays of 4 or more elements go to the shared "inputs" table (by content)."""
    e = enc_arr(np.asarray(arr, dtype=dtype))
    if len(e["data"]) >= 4:
        k = json.dumps(e, separators=(",", ":"))
        if k not in INTERNED:
            INTERNED[k] = f"#{len(INTERNED)}"
            INPUTS[INTERNED[k]] = e
        s = {"ref": INTERNED[k]}
    else:
        s = {"a": e}
    if view:
        s["view"] = view
    return s


def V(name, view=None):
    return {"v": name, "view": view} if view else {"v": name}


def N(x):
    return {"n": enc_scalar(x)}


def L(x):
    """A JS array that NumPy sees as a list (array_like, or an index array in ufunc.at)."""
    return {"list": enc_nested(x)}


def T(x):
    """A JS array that NumPy sees as a tuple (a tuple of axes)."""
    return {"tuple": enc_nested(x)}


INPUTS = {}


def add_input(key, values, dtype):
    INPUTS[key] = enc_arr(np.array(values, dtype=dtype))
    return key


for _d in DTYPES:
    add_input(_d, EDGE[_d], _d)
    add_input("bin_" + _d, BIN[_d], _d)
add_input("special_float64", F64_SPECIAL, "float64")
add_input("special_float32", F32_SPECIAL, "float32")


def index_expr(parts):
    return ",".join("None" if p is None else str(p) for p in parts)


def apply_view(a, op):
    name, args = op[0], op[1:]
    if name == "T":
        return a.T
    if name == "get":
        return eval("a[" + index_expr(args) + "]")
    if name == "transpose":
        return a.transpose(args[0])
    if name == "reshape":
        return a.reshape(args[0])
    if name == "broadcast_to":
        return np.broadcast_to(a, args[0])
    raise ValueError(name)


def is_spec(x):
    return isinstance(x, dict) and any(k in x for k in ("ref", "a", "v", "n", "list", "tuple"))


def build(spec, env):
    if spec is None:
        return None
    if "n" in spec:
        return dec_scalar(spec["n"])
    if "list" in spec:
        return dec_nested(spec["list"])
    if "tuple" in spec:
        return tuple(dec_nested(spec["tuple"]))
    if "ref" in spec:
        a = dec_arr(INPUTS[spec["ref"]])
        if spec.get("shape") is not None:
            a = a.reshape(spec["shape"])
    elif "a" in spec:
        a = dec_arr(spec["a"])
    else:
        a = env[spec["v"]]
    for op in spec.get("view", []):
        a = apply_view(a, op)
    return a


def build_kw(v, env):
    if is_spec(v):
        return build(v, env)
    if isinstance(v, list):
        vals = [build_kw(x, env) for x in v]
        return tuple(vals)
    return v


# ---------------------------------------------------------------- running one case


def err(e):
    name = next(c.__name__ for c in type(e).__mro__ if c.__name__ in NW_ERRORS)
    d = {"error": name, "message": str(e)}
    if type(e).__name__ != name:
        d["np_error"] = type(e).__name__
    return d


def resolve(path):
    obj = np
    for p in path.split("."):
        obj = getattr(obj, p)
    return obj


def outputs(r):
    return list(r) if isinstance(r, tuple) else [r]


def has_f16(r):
    return any(isinstance(x, (np.ndarray, np.generic)) and x.dtype == np.float16 for x in outputs(r))


def invoke(c, env):
    args = [build(s, env) for s in c.get("args", [])]
    kw = {k: build_kw(v, env) for k, v in c.get("kw", {}).items()}
    if "m" in c:
        self = build(c["self"], env)
        m = c["m"]
        if m.startswith("i") and hasattr(np, m[1:]) and not hasattr(np, m):  # iadd -> np.add(self, b, out=self)
            return resolve(m[1:])(self, *args, out=self, **kw)
        return resolve(m)(self, *args, **kw)
    return resolve(c["f"])(*args, **kw)


def out_hides_f16(c, env0):
    """With out= given the result dtype is out's: run the call without out to see whether NumPy's
    loop was float16 (numwasm runs float32 there). Returns the loop's output dtypes, or None."""
    kw = c.get("kw", {})
    if "out" not in kw:
        return None
    c2 = dict(c, kw={k: v for k, v in kw.items() if k not in ("out", "where")})
    env = {k: v.copy() if isinstance(v, np.ndarray) else v for k, v in env0.items()}
    try:
        r = invoke(c2, env)
    except Exception:
        return None
    return [o.dtype for o in outputs(r)] if has_f16(r) else None


def invoke_f32(c, env, r, loop_outs=None):
    """NumPy's result with every float16 of the resolved loop replaced by float32."""
    args = [build(s, env) for s in c.get("args", [])]
    kw = {k: build_kw(v, env) for k, v in c.get("kw", {}).items()}
    if "m" in c:  # a.sqrt() is np.sqrt(a) (an in-place method never yields float16: it writes into a)
        assert base_name(c) == c["m"], c
        fn = resolve(c["m"])
        args = [build(c["self"], env)] + args
    else:
        fn = resolve(c["f"])
    if isinstance(fn, np.ufunc):
        outs = loop_outs if loop_outs is not None else [o.dtype for o in outputs(r)]
        sig = [None] * fn.nin + [np.float32 if d == np.float16 else d for d in outs]
        return fn(*args, signature=tuple(sig), **kw)
    # np.fix / np.round / np.clip: cast the small-integer and bool arrays that became float16
    args = [a.astype(np.float32) if isinstance(a, np.ndarray) and a.dtype.name in ("bool", "int8", "uint8") else a for a in args]
    return fn(*args, **kw)


def describe(r, np_r=None):
    if isinstance(r, tuple):
        return {"tuple": [describe(x, None if np_r is None else y) for x, y in zip(r, np_r if np_r is not None else [None] * len(r))]}
    if r is None:
        return {"none": True}
    if isinstance(r, np.ndarray):
        d = {"arr": enc_arr(r)}
    elif isinstance(r, np.generic):
        d = {"sc": enc_val(r, r.dtype.name), "dtype": r.dtype.name}
    else:
        raise TypeError(type(r))
    if np_r is not None and np_r.dtype != r.dtype:
        d["np_dtype"] = np_r.dtype.name
    return d


CASES = {}


_FRESH = {}


def fresh_reduce_error(c):
    """NumPy's error text for a comparison ufunc's reduce depends on its dispatch cache (what ran
    before in the process). Record what a fresh process says, the state a numwasm user starts in."""
    f = c.get("f", "")
    if "." not in f or not c["exp"]["message"].startswith("ufunc"):
        return
    name, method = f.split(".")
    if name not in ("equal", "not_equal", "less", "less_equal", "greater", "greater_equal"):
        return
    try:
        dt = build(c["args"][0], {}).dtype.name
    except Exception:
        return
    key = (name, method, dt)
    if key not in _FRESH:
        code = ("import numpy as np\ntry:\n np.%s.%s(np.zeros((2, 3), %r)%s)\nexcept Exception as e: print(type(e).__name__); print(e)"
                % (name, method, dt, ", [0]" if method == "reduceat" else ""))
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.split("\n", 1)
        _FRESH[key] = {"error": out[0], "message": out[1].rstrip("\n")} if len(out) == 2 and out[0] else None
    if _FRESH[key]:
        c["exp"] = dict(_FRESH[key])


def case(sec, c):
    """Run case c with NumPy and file it under section sec."""
    c = {k: v for k, v in c.items() if v is not None}
    env0 = {k: build(s, {}) for k, s in c.get("vars", {}).items()}
    env = {k: v.copy() if isinstance(v, np.ndarray) else v for k, v in env0.items()}
    with np.errstate(**c.get("errstate", {"all": "ignore"})):
        try:
            r = invoke(c, env)
            f16_loop = has_f16(r) or out_hides_f16(c, env0)
            if f16_loop:
                env_b = {k: v.copy() if isinstance(v, np.ndarray) else v for k, v in env0.items()}
                r16, r = r, invoke_f32(c, env_b, r, f16_loop if not has_f16(r) else None)
                c["exp"] = describe(r, r16)
                env = env_b
            else:
                c["exp"] = describe(r)
            same = c.pop("same_check", None)
            if same is not None:
                ids = same if isinstance(same, list) else [same]
                outs = outputs(r)
                assert all(o is env[n] for o, n in zip(outs, ids)), "NumPy did not return out"
                c["same"] = same
        except Exception as e:
            c.pop("same_check", None)
            c["exp"] = err(e)
            fresh_reduce_error(c)
    if c.get("vars"):
        after = {}
        for k, v in env.items():
            if not isinstance(v, np.ndarray):
                continue
            if "error" in c["exp"] and not np.array_equal(v, env0[k], equal_nan=True):
                c["note"] = f"NumPy wrote into {k} before raising; numwasm leaves arguments unchanged"
                continue
            after[k] = enc_arr(v)
        if after:
            c["after"] = after
    if "ulp" not in c:
        c["ulp"] = ulp_of(c)
    if base_name(c) in ("logaddexp", "logaddexp2") and "arr" in c["exp"] and len(c.get("args", [])) == 2:
        # log(e^x + e^y) cancels towards 0 for x ~ -y: there the result is only defined to within
        # the inputs' rounding (NumPy's own float32 loop is an input ulp off), so each element
        # also accepts an absolute error of 4 ulp of its larger input
        try:
            x, y = np.broadcast_arrays(*[np.asarray(build(a, {})) for a in c["args"]])
            dt = np.dtype(c["exp"]["arr"]["dtype"])
            m = np.maximum(np.abs(x.astype(dt)), np.abs(y.astype(dt)))
            tol = (4 * np.spacing(m)).ravel()
            c["atol_el"] = [float(t) if np.isfinite(t) else 0.0 for t in tol]
        except Exception:
            pass
    if base_name(c) in ZERO_SIGN_FREE:
        c["zsign"] = False
    CASES.setdefault(sec, []).append(c)
    return c


# ================================================================ 1. the loop grid
def loops():
    for name in UNARY:
        for d in DTYPES:
            case("loops", {"f": name, "args": [R(d)], "var": "unary"})
    for name, target in ALIASES.items():
        for d in ALIAS_DTYPES:
            if target in UNARY:
                case("loops", {"f": name, "args": [R(d)], "var": "unary"})
            else:
                case("loops", {"f": name, "args": [R(d, [-1, 1]), R("bin_" + d, [1, -1])], "var": "outer"})
    for name in BINARY:
        pairs = SAME_PAIRS + MIXED_PAIRS + (LDEXP_PAIRS if name == "ldexp" else [])
        for a, b in pairs:
            c = case("loops", {"f": name, "args": [R(a, [-1, 1]), R("bin_" + b, [1, -1])], "var": "outer"})
            if name in ("power",) and c["exp"].get("message") == "Integers to negative integer powers are not allowed.":
                # the error is kept; the grid is redone with the non-negative exponents
                key = add_input("binpos_" + b, [v for v in BIN[b] if v >= 0], b)
                case("loops", {"f": name, "args": [R(a, [-1, 1]), R(key, [1, -1])], "var": "outer"})
    for d in DTYPES:
        case("loops", {"f": "fix", "args": [R(d)], "var": "unary"})
        for dec in [0, 1, 2, -1, -2, 3]:
            case("loops", {"f": "round", "args": [R(d), N(dec)], "var": "unary"})
        for dec in [0, 1, -1]:
            case("loops", {"f": "around", "args": [R(d), N(dec)], "var": "unary"})
    # rounding to decimals: half-even after scaling, huge decimals, huge values
    for dt in ["float64", "float32"]:
        vals = [0.125, 0.375, 2.675, 1.005, 0.5, 1.5, 2.5, -2.5, -0.5, 12345.6789, -0.001, 1e-8, 1e300, math.nan, math.inf, -0.0]
        for dec in [2, 3, -1, -3, 10, 400, -400, -300]:
            case("loops", {"f": "round", "args": [A(vals, dt), N(dec)], "var": "unary"})
    for dt in INTS:
        vals = [v for v in [0, 5, 15, 25, -25, 35, 125, -125, 127, -128, 255, 1234, 2**31 - 1, 2**63 - 1] if np.can_cast(np.min_scalar_type(v), dt)]
        for dec in [-1, -2, -3, 1, -20]:
            case("loops", {"f": "round", "args": [A(vals, dt), N(dec)], "var": "unary"})
    # decimals is a C int: operator.index (None, floats refused), then its range
    for dec in [None, 1.5, 2**31, -2**40, True]:
        case("loops", {"f": "round", "args": [A([1.25, -2.5]), N(dec) if dec is not None else None]})
    # clip with scalar bounds (null = None)
    bounds = [(0, 5), (-1, 1), (None, 3), (-2, None), (5, 0), (1.5, 2.5), (-0.5, None), (-200, 200), (-1, 300),
              (None, None), (math.nan, 1), (0, math.inf), (True, None)]
    for d in DTYPES:
        for lo, hi in bounds:
            case("loops", {"f": "clip", "args": [R(d), None if lo is None else N(lo), None if hi is None else N(hi)], "var": "unary"})
    # clip with array bounds (broadcast)
    x = np.array([[-3.5, -1.0, 0.0, 2.5], [1.0, 7.0, math.nan, -0.0]])
    case("loops", {"f": "clip", "args": [A(x), A([0.0, -2.0, 1.0, 0.5]), A([[1.0], [3.0]])]})
    case("loops", {"f": "clip", "args": [A(x), None, A([0.0, -2.0, 1.0, math.nan])]})
    case("loops", {"f": "clip", "args": [A(x, "float32"), A([[0.5], [-2.5]], "float64"), None]})
    case("loops", {"f": "clip", "args": [A([1, 5, 9, -4], "int8"), A([2, 2, 2, 2], "int16"), N(6)]})
    case("loops", {"f": "clip", "args": [A([1, 5, 9, 200], "uint8"), A([2], "int8"), A([6], "uint8")]})
    case("loops", {"f": "clip", "args": [A([1, 5, 9], "int32"), A([2, 3], "int32"), None]})
    # 0-d 64-bit integers beyond 2**53 between the two bounds (no JS-number round trip)
    big = np.array(2**63 - 1, "int64")
    case("loops", {"f": "clip", "args": [A(big), N(-300), N(5)]})
    case("loops", {"f": "clip", "args": [A(big), N(-300), A(big)]})
    case("loops", {"f": "clip", "args": [A(np.array(2**64 - 1, "uint64")), N(1), N(5)]})
    case("loops", {"f": "clip", "args": [A(np.array(2**64 - 1, "uint64")), N(1), A(np.array([5, 2**64 - 2], "uint64"))]})


# ================================================================ 10. special values sweep
def special():
    floaty = [n for n in UNARY if n not in ("invert", "bitwise_count")] + ["fix", "round", "around"]
    for name in floaty:
        for d in ["float64", "float32"]:
            case("special", {"f": name, "args": [R("special_" + d)], "var": "unary"})


# ================================================================ 2. weak scalars
WEAK_UFUNCS = ["add", "subtract", "multiply", "divide", "floor_divide", "remainder", "power", "maximum", "fmin", "less",
               "equal", "greater_equal", "bitwise_and", "left_shift", "arctan2", "hypot", "copysign", "logical_and", "gcd",
               "heaviside", "ldexp", "nextafter", "logaddexp"]
WEAK_ARRAYS = {"int8": [0, 1, -1, 127, -128], "uint8": [0, 1, 2, 255], "int32": [0, 1, -1, 2**31 - 1, -2**31],
               "float32": [0.0, 1.5, -2.5, 3.4028235e38, math.nan], "float64": [0.0, 1.5, -2.5, 1e308, math.nan]}
WEAK_SCALARS = [1, -1, 300, 1.5, -0.0, True, 2**40]


def weak():
    for name in WEAK_UFUNCS:
        for d, vals in WEAK_ARRAYS.items():
            for s in WEAK_SCALARS:
                case("weak", {"f": name, "args": [A(vals, d), N(s)]})
                case("weak", {"f": name, "args": [N(s), A(vals, d)]})
    # power with the exponents numwasm runs as square / reciprocal / positive: special values,
    # negative strides, empty and 0-d operands
    special = [0.0, -0.0, math.inf, -math.inf, math.nan, 1e-310, 1e200, -3.5, 0.1, 7.0]
    for d in ["float32", "float64"]:
        for e in [2, -1, 1]:
            for arr in [A(special, d), A(special, d, view=[["get", "::-2"]]), A(np.zeros(0, d)), A(np.asarray(-2.5, d))]:
                case("weak", {"f": "power", "args": [arr, N(e)]})
    # unary on numbers, numbers with numbers: NumPy scalars come back as JS numbers/booleans
    for name in ["negative", "absolute", "sqrt", "exp", "sin", "floor", "rint", "isnan", "signbit", "logical_not",
                 "invert", "bitwise_count", "square", "reciprocal", "frexp", "modf", "fix", "round", "sign", "spacing"]:
        for s in [2, -3, 2.5, -0.0, True, math.nan, math.inf, 2**53, 0.1]:
            case("weak", {"f": name, "args": [N(s)]})
    pairs = [(2, 3), (2, 3.5), (2.5, 3.5), (True, True), (True, 2), (True, 2.5), (-7, 2), (7, -2), (7.5, -2), (2**62, 2**62),
             (2**63, 1), (-2**63, -1), (1, 0), (1.5, 0), (-1.5, 0), (0.1, 0.2), (2, -1), (2.5, -1), (math.nan, 1), (1, math.inf)]
    for name in ["add", "subtract", "multiply", "divide", "floor_divide", "remainder", "divmod", "power", "maximum", "fmax",
                 "less", "equal", "arctan2", "bitwise_and", "left_shift", "gcd", "logical_xor", "copysign", "hypot", "ldexp"]:
        for x, y in pairs:
            case("weak", {"f": name, "args": [N(x), N(y)]})
    # 0-d arrays are strong (not weak), but the result of a ufunc on 0-d arrays is a scalar
    zd = [("int8", 2), ("uint8", 200), ("int16", -3), ("float32", 1.5), ("float64", 2.5), ("bool", True), ("int64", 7)]
    for da, va in zd:
        case("weak", {"f": "negative", "args": [A(np.array(va, da))]})
        case("weak", {"f": "sqrt", "args": [A(np.array(va, da))]})
        case("weak", {"f": "add", "args": [A(np.array(va, da)), N(1)]})
        case("weak", {"f": "add", "args": [A(np.array(va, da)), N(300)]})
        case("weak", {"f": "multiply", "args": [A(np.array(va, da)), N(1.5)]})
        for db, vb in zd:
            case("weak", {"f": "add", "args": [A(np.array(va, da)), A(np.array([vb, vb], db))]})
            case("weak", {"f": "add", "args": [A(np.array(va, da)), A(np.array(vb, db))]})
    case("weak", {"f": "add", "args": [A(np.array(2, "int8")), N(2)], "vars": {"o": A(np.array(0, "int8"))}, "kw": {"out": V("o")}, "same_check": "o"})
    case("weak", {"f": "divmod", "args": [A(np.array(7, "int16")), A(np.array(-2, "int16"))]})
    # ldexp: a Python int mantissa against a bool exponent is the default int (float64 loop)
    for s in [-7, 300, 2**40, True, 2.5]:
        case("weak", {"f": "ldexp", "args": [N(s), A([True, False, True], "bool")]})
    # comparisons with out-of-range Python ints do not overflow
    for name in ["less", "greater", "equal", "not_equal", "less_equal", "greater_equal"]:
        for d in ["int8", "uint8", "int32", "uint64"]:
            for s in [300, -1, -300, 2**40, -2**40, 2**63, 1.5]:
                case("weak", {"f": name, "args": [A(WEAK_ARRAYS.get(d, [0, 1, 2**63, 2**64 - 1]), d), N(s)]})
    # JS arrays as array_like
    case("weak", {"f": "add", "args": [L([1, 2, 3]), L([0.5, 1.5, 2.5])]})
    case("weak", {"f": "add", "args": [L([1, 2, 3]), N(1)]})
    case("weak", {"f": "add", "args": [A([1, 2], "int8"), L([1, 2])]})
    case("weak", {"f": "multiply", "args": [L([[1], [2]]), L([True, False])]})
    case("weak", {"f": "less", "args": [L([1.5, 2.5]), N(2)]})
    case("weak", {"f": "sqrt", "args": [L([1, 4, 9])]})


# ================================================================ 3. broadcasting
def broadcasting():
    shapes = [((3, 1), (1, 4)), ((2, 3), (3,)), ((), (2, 2)), ((2, 2), ()), ((0, 3), (1, 3)), ((2, 0), (2, 1)), ((4, 1, 3), (2, 1)),
              ((1,), (5,)), ((2, 1, 1), (1, 3, 1)), ((0,), (0,)), ((0,), (1,)), ((1, 1), (1,)), ((5,), (5,)),
              ((2, 3), (4,)), ((2, 3), (3, 2)), ((3,), (4,)), ((0,), (2,)), ((2, 1), (3, 2, 2)), ((1, 2, 3), (2, 1, 2))]
    fs = [("add", "float64", "float64"), ("subtract", "int32", "int8"), ("less", "float64", "int64"), ("maximum", "float32", "float32"),
          ("arctan2", "float64", "float32"), ("logical_and", "bool", "int8"), ("divmod", "int64", "int64"), ("floor_divide", "float64", "int16")]
    for sa, sb in shapes:
        for name, da, db in fs:
            na, nb = int(np.prod(sa)), int(np.prod(sb))
            x = (np.arange(na) * 1.25 - 2).astype(da).reshape(sa) if da != "bool" else (np.arange(na) % 2 == 0).reshape(sa)
            y = (np.arange(nb) * 0.75 + 0.5).astype(db).reshape(sb) if db != "bool" else (np.arange(nb) % 3 == 0).reshape(sb)
            case("broadcast", {"f": name, "args": [A(x), A(y)]})
    # unary ufunc on empty and 0-d arrays
    for sh in [(0,), (2, 0), (0, 3, 2), ()]:
        for name in ["sqrt", "negative", "frexp", "isnan"]:
            case("broadcast", {"f": name, "args": [A(np.ones(sh) * 2.25)]})
    # three-operand broadcast errors (out included)
    case("broadcast", {"f": "add", "args": [A(np.ones((2, 3))), A(np.ones(3))], "vars": {"o": A(np.zeros((4, 3)))}, "kw": {"out": V("o")}})
    case("broadcast", {"f": "add", "args": [A(np.ones(3)), N(1.5)], "vars": {"o": A(np.zeros(4))}, "kw": {"out": V("o")}})
    case("broadcast", {"f": "add", "args": [A(np.ones(3)), N(1.5)], "vars": {"o": A(np.zeros(1))}, "kw": {"out": V("o")}})
    case("broadcast", {"f": "add", "args": [A(np.ones((3, 1))), A(np.ones(3))], "vars": {"o": A(np.zeros((3, 1)))}, "kw": {"out": V("o")}})
    case("broadcast", {"f": "divmod", "args": [A(np.ones(3)), A(np.ones(3))], "vars": {"q": A(np.zeros(3)), "r": A(np.zeros(2))}, "kw": {"out": [V("q"), V("r")]}})


# ================================================================ 4. non-contiguous inputs
def strided():
    bases = {
        "float64": np.arange(24).reshape(4, 6) * 0.75 - 7.25,
        "float32": (np.arange(24).reshape(4, 6) * 1.5 - 17.25).astype("float32"),
        "int32": np.arange(24).reshape(4, 6) * 7 - 80,
        "int8": (np.arange(24).reshape(4, 6) * 11 - 120).astype("int8"),
        "uint8": (np.arange(24).reshape(4, 6) * 11).astype("uint8"),
        "int64": np.arange(24).reshape(4, 6) * 3**30 - 2**40,
        "bool": (np.arange(24).reshape(4, 6) % 3 == 0),
    }
    b3 = {d: v.reshape(2, 3, 4) for d, v in bases.items()}
    views46 = [[["T"]], [["get", "::-1"]], [["get", ":", "::-1"]], [["get", "::-1", "::-1"]], [["T"], ["get", "::-1"]],
               [["get", "::2"]], [["get", ":", "::2"]], [["get", "1:3", "1::2"]], [["get", "::-2", "::3"]], [["get", 2]],
               [["get", ":", 1]], [["get", None, ":", "::-1"]], [["broadcast_to", [3, 4, 6]]]]
    views234 = [[["transpose", [2, 0, 1]]], [["transpose", [1, 2, 0]], ["get", "::-1"]], [["get", "::-1", ":", "::2"]],
                [["T"]], [["get", ":", "::-1", "1:"]]]
    un = ["negative", "sqrt", "sin", "absolute", "isnan", "invert", "rint"]
    bi = ["add", "subtract", "multiply", "divide", "maximum", "less", "arctan2", "power", "bitwise_and", "logical_xor", "copysign", "floor_divide"]
    for d, base in bases.items():
        for view in views46:
            for name in un:
                case("strided", {"f": name, "args": [A(base, view=view)]})
            for name in ["add", "divide", "maximum", "less"]:
                case("strided", {"f": name, "args": [A(base, view=view), A(base, view=view)]})
        for view in views234:
            for name in ["negative", "sqrt", "sin", "invert"]:
                case("strided", {"f": name, "args": [A(b3[d], view=view)]})
    # mixed: two differently strided operands of the same shape, and strided with a broadcast one
    for d in ["float64", "int32", "int8", "float32"]:
        x = bases[d]
        for name in bi:
            case("strided", {"f": name, "args": [A(x, view=[["T"], ["get", "::-1"]]), A(x[::-1, ::-1].copy().T)]})
            case("strided", {"f": name, "args": [A(x, view=[["get", "::2", "::-1"]]), A(x[0], view=[["get", "::-1"]])]})
            case("strided", {"f": name, "args": [A(x, view=[["get", ":", "::-2"]]), A(x[:, :1])]})
        case("strided", {"f": "add", "args": [A(x, view=[["get", ":", 0]]), A(x, view=[["get", 0, "::-1"], ["get", ":4"]])]})
        case("strided", {"f": "add", "args": [A(x[0], view=[["get", None, ":"]]), A(x[:, 0], view=[["get", ":", None]])]})
        case("strided", {"f": "add", "args": [A(x, view=[["broadcast_to", [2, 4, 6]]]), A(x, view=[["T"], ["get", None, "...", 0]])]})
    # strided output
    for d in ["float64", "int32", "float32"]:
        x = bases[d]
        case("strided", {"f": "add", "args": [A(x[0]), A(x[1])], "vars": {"o": A(np.zeros((3, 12), d))}, "kw": {"out": V("o", [["get", 1, "::2"]])}})
        case("strided", {"f": "negative", "args": [A(x)], "vars": {"o": A(np.zeros((6, 4), d))}, "kw": {"out": V("o", [["T"]])}})
        case("strided", {"f": "sqrt", "args": [A(x, view=[["get", "::-1"]])], "vars": {"o": A(np.zeros((4, 6), "float64" if d == "int32" else d))}, "kw": {"out": V("o", [["get", "::-1", "::-1"]])}})
        case("strided", {"f": "multiply", "args": [A(x[:, :3]), N(2)], "vars": {"o": A(np.ones((4, 6), d))}, "kw": {"out": V("o", [["get", ":", "1::2"]])}})


# ================================================================ 5. out= / where= / dtype= / casting=
def out_opts():
    f64, i64, f32, i8 = (np.array([1.5, -2.5, 3.25]), np.array([1, -2, 3]), np.array([1.5, -2.5, 3.25], "float32"),
                         np.array([100, -100, 7], "int8"))
    O = lambda dt, shape=(3,), fill=9: {"o": A(np.full(shape, fill, dt))}
    so = lambda: V("o")
    # out of the result dtype / other dtypes (same_kind rule)
    for odt in DTYPES:
        case("out", {"f": "add", "args": [A(f64), A(f64)], "vars": O(odt), "kw": {"out": so()}, "same_check": "o"})
        case("out", {"f": "add", "args": [A(i64), A(i64)], "vars": O(odt), "kw": {"out": so()}, "same_check": "o"})
        case("out", {"f": "add", "args": [A(i8), A(i8)], "vars": O(odt), "kw": {"out": so()}, "same_check": "o"})
        case("out", {"f": "less", "args": [A(f64), A(f64)], "vars": O(odt), "kw": {"out": so()}, "same_check": "o"})
        case("out", {"f": "sqrt", "args": [A(i8)], "vars": O(odt), "kw": {"out": so()}, "same_check": "o"})
    case("out", {"f": "add", "args": [A(f64), A(f64)], "vars": O("float64"), "kw": {"out": [so()]}, "same_check": "o"})
    case("out", {"f": "divmod", "args": [A(f64), N(0.75)], "vars": {"q": A(np.zeros(3)), "r": A(np.zeros(3))}, "kw": {"out": [V("q"), V("r")]}, "same_check": ["q", "r"]})
    case("out", {"f": "frexp", "args": [A(f64)], "vars": {"m": A(np.zeros(3)), "e": A(np.zeros(3, "int32"))}, "kw": {"out": [V("m"), V("e")]}, "same_check": ["m", "e"]})
    case("out", {"f": "frexp", "args": [A(f64)], "vars": {"m": A(np.zeros(3)), "e": A(np.zeros(3, "int64"))}, "kw": {"out": [V("m"), V("e")]}, "same_check": ["m", "e"]})
    case("out", {"f": "modf", "args": [A(f64)], "vars": {"m": A(np.zeros(3))}, "kw": {"out": [V("m"), None]}})
    case("out", {"f": "divmod", "args": [A(f64), N(0.75)], "vars": {"q": A(np.zeros(3))}, "kw": {"out": [V("q")]}})
    # out broadcasting: inputs broadcast to out's shape, not the other way round
    case("out", {"f": "add", "args": [A(f64), N(1)], "vars": O("float64", (2, 3)), "kw": {"out": so()}, "same_check": "o"})
    case("out", {"f": "add", "args": [A(f64), N(1)], "vars": O("float64", (3, 1)), "kw": {"out": so()}})
    case("out", {"f": "add", "args": [A(f64), N(1)], "vars": O("float64", (1,)), "kw": {"out": so()}})
    case("out", {"f": "add", "args": [A(f64), N(1)], "vars": O("float64", (4,)), "kw": {"out": so()}})
    case("out", {"f": "add", "args": [A(f64), N(1)], "vars": O("float64", ()), "kw": {"out": so()}})
    case("out", {"f": "add", "args": [A(np.array(2.5)), N(1)], "vars": O("float64", ()), "kw": {"out": so()}, "same_check": "o"})
    # out aliasing an input
    case("out", {"f": "add", "args": [V("o"), A(f64)], "vars": {"o": A(f64 * 2)}, "kw": {"out": V("o")}, "same_check": "o"})
    case("out", {"f": "subtract", "args": [V("o", [["get", "::-1"]]), V("o")], "vars": {"o": A(np.arange(6.0) * 1.5)}, "kw": {"out": V("o")}, "same_check": "o"})
    case("out", {"f": "add", "args": [V("o", [["get", ":-1"]]), N(1)], "vars": {"o": A(np.arange(6.0))}, "kw": {"out": V("o", [["get", "1:"]])}})
    case("out", {"f": "negative", "args": [V("o", [["get", "::-1"]])], "vars": {"o": A(np.arange(7) - 3)}, "kw": {"out": V("o")}, "same_check": "o"})
    # out errors
    case("out", {"f": "add", "args": [A(f64), A(f64)], "kw": {"out": A(np.zeros(3), view=[["broadcast_to", [2, 3]]])}})
    case("out", {"f": "add", "args": [A(f64), A(f64)], "kw": {"out": N(1.5)}})
    case("out", {"f": "add", "args": [A(f64), A(f64)], "kw": {"out": L([0.5, 0.5, 0.5])}})
    case("out", {"f": "add", "args": [A(f64), A(f64)], "vars": {"o": A(np.zeros(3)), "p": A(np.zeros(3))}, "kw": {"out": [V("o"), V("p")]}})
    case("out", {"f": "divmod", "args": [A(f64), A(f64)], "vars": {"o": A(np.zeros(3))}, "kw": {"out": V("o")}})
    # where=
    mask = np.array([True, False, True])
    for name, args in [("add", [A(f64), A(f64)]), ("sqrt", [A(f64)]), ("add", [A(i64), N(1)]), ("maximum", [A(f64), A(i64)]),
                       ("divmod", [A(i64), N(2)])]:
        kwo = {"out": [V("q"), V("r")]} if name == "divmod" else {"out": so()}
        vars_ = {"q": A(np.full(3, 9)), "r": A(np.full(3, 9))} if name == "divmod" else O("float64" if name != "add" or args[0]["a"]["dtype"] == "float64" else "int64")
        for w in [A(mask), A(np.array(False)), L([False, True, True]), {"raw": True}]:
            kw = dict(kwo, where=w if "raw" not in w else True)
            case("out", {"f": name, "args": args, "vars": vars_, "kw": kw, "same_check": ["q", "r"] if name == "divmod" else "o"})
    case("out", {"f": "add", "args": [A(np.ones((2, 3))), A(f64)], "vars": O("float64", (2, 3)), "kw": {"out": so(), "where": A([[True], [False]])}, "same_check": "o"})
    case("out", {"f": "add", "args": [A(np.ones((2, 3))), A(f64)], "vars": O("float64", (2, 3)), "kw": {"out": so(), "where": A(mask)}, "same_check": "o"})
    case("out", {"f": "add", "args": [A(f64), A(f64)], "vars": O("float64"), "kw": {"out": so(), "where": A([True, False])}})
    case("out", {"f": "add", "args": [A(f64), A(f64)], "vars": O("float64"), "kw": {"out": so(), "where": A([1, 0, 1])}})
    case("out", {"f": "add", "args": [A(f64), A(f64)], "vars": O("float64", (3,)), "kw": {"out": so(), "where": A(np.array([[True, False, True]]))}})
    case("out", {"f": "add", "args": [A(i8), A(i8)], "vars": O("float32"), "kw": {"out": so(), "where": A(mask), "dtype": "float32"}, "same_check": "o"})
    # dtype=
    for dt in DTYPES:
        case("out", {"f": "add", "args": [A(i8), A(i8)], "kw": {"dtype": dt}})
        case("out", {"f": "add", "args": [A(f64), A(i64)], "kw": {"dtype": dt}})
        case("out", {"f": "add", "args": [A(f64), A(i64)], "kw": {"dtype": dt, "casting": "unsafe"}})
        case("out", {"f": "sqrt", "args": [A(i8)], "kw": {"dtype": dt}})
        case("out", {"f": "divide", "args": [A(i8), A(i8)], "kw": {"dtype": dt}})
        case("out", {"f": "less", "args": [A(i8), A(f32)], "kw": {"dtype": dt}})
        case("out", {"f": "multiply", "args": [A(i8), N(100)], "kw": {"dtype": dt}})
    case("out", {"f": "add", "args": [A(i8), A(i8)], "kw": {"dtype": "f4"}})
    case("out", {"f": "add", "args": [A(i8), A(i8)], "kw": {"dtype": "<i2"}})
    case("out", {"f": "floor_divide", "args": [A(f64), A(f64)], "kw": {"dtype": "int64", "casting": "unsafe"}})
    # casting=
    for casting in ["no", "equiv", "safe", "same_kind", "unsafe", "bogus"]:
        case("out", {"f": "add", "args": [A(i8), A(np.array([1, 2, 3], "int16"))], "kw": {"casting": casting}})
        case("out", {"f": "add", "args": [A(f64), A(f64)], "kw": {"casting": casting}})
        case("out", {"f": "add", "args": [A(f64), N(1.5)], "kw": {"casting": casting}})
        case("out", {"f": "add", "args": [A(i8), N(1)], "kw": {"casting": casting}})
        case("out", {"f": "add", "args": [A(f64), A(f64)], "vars": O("float32"), "kw": {"out": so(), "casting": casting}})
        case("out", {"f": "add", "args": [A(f64), A(f64)], "vars": O("int64"), "kw": {"out": so(), "casting": casting}})
        case("out", {"f": "add", "args": [A(i8), A(i8)], "vars": O("int64"), "kw": {"out": so(), "casting": casting}})
        case("out", {"f": "add", "args": [A(f32), A(f32)], "kw": {"dtype": "float64", "casting": casting}})
        case("out", {"f": "sqrt", "args": [A(i64)], "kw": {"casting": casting}})
        case("out", {"f": "add", "args": [A(i64), A(np.array([1, 2, 3], "uint64"))], "kw": {"casting": casting}})


# ================================================================ 6. in-place methods and ufunc methods on arrays
def inplace():
    i64 = np.array([5, -7, 0, 9])
    i8 = np.array([100, -100, 7, 0], "int8")
    f64 = np.array([1.5, -2.5, 0.0, 9.0])
    f32 = np.array([1.5, -2.5, 0.0, 9.0], "float32")
    u8 = np.array([200, 3, 0, 255], "uint8")
    b = np.array([True, False, True, False])
    selfs = {"i64": i64, "i8": i8, "f64": f64, "f32": f32, "u8": u8, "b": b}
    others = [N(2), N(-3), N(1.5), N(300), N(True), A(np.array([2, 3, -1, 4])), A(np.array([0.5, 2.0, -1.5, 4.0])),
              A(np.array([2, 3, 1, 4], "int8")), A(np.array([True, True, False, False])), A(np.array([2.5, -1.5, 3.0, 0.25], "float32"))]
    ms = ["iadd", "isubtract", "imultiply", "idivide", "itrue_divide", "ifloor_divide", "iremainder", "ipower", "ibitwise_and",
          "ibitwise_or", "ibitwise_xor", "ileft_shift", "iright_shift", "imaximum", "iminimum", "ifmod", "iarctan2", "ilogical_and"]
    for m in ms:
        for sk, sv in selfs.items():
            for o in others:
                case("inplace", {"m": m, "self": V("a"), "vars": {"a": A(sv)}, "args": [o], "same_check": "a"})
    # overlapping views: NumPy buffers the overlapping input
    base = np.arange(8) * 1.5
    case("inplace", {"m": "iadd", "self": V("a", [["get", "1:"]]), "vars": {"a": A(base)}, "args": [V("a", [["get", ":-1"]])]})
    case("inplace", {"m": "iadd", "self": V("a", [["get", ":-1"]]), "vars": {"a": A(base)}, "args": [V("a", [["get", "1:"]])]})
    case("inplace", {"m": "isubtract", "self": V("a"), "vars": {"a": A(base)}, "args": [V("a", [["get", "::-1"]])]})
    case("inplace", {"m": "imultiply", "self": V("a", [["get", "::2"]]), "vars": {"a": A(base)}, "args": [V("a", [["get", "1::2"]])]})
    case("inplace", {"m": "iadd", "self": V("a"), "vars": {"a": A(np.arange(9).reshape(3, 3))}, "args": [V("a", [["T"]])]})
    case("inplace", {"m": "iadd", "self": V("a", [["get", "1:", "1:"]]), "vars": {"a": A(np.arange(16).reshape(4, 4))}, "args": [V("a", [["get", ":-1", ":-1"]])]})
    case("inplace", {"m": "iadd", "self": V("a"), "vars": {"a": A(np.arange(6).reshape(2, 3))}, "args": [V("a", [["get", 0]])]})
    # the self array broadcasts nothing: a (3,) += (2,3) fails
    case("inplace", {"m": "iadd", "self": V("a"), "vars": {"a": A(np.arange(3))}, "args": [A(np.ones((2, 3), "int64"))]})
    case("inplace", {"m": "iadd", "self": V("a"), "vars": {"a": A(np.arange(6).reshape(2, 3))}, "args": [A(np.array([1, 2, 3]))], "same_check": "a"})
    case("inplace", {"m": "iadd", "self": V("a"), "vars": {"a": A(np.arange(3))}, "args": [A(np.array([1.5, 2.5, 3.5]))], "kw": {"casting": "unsafe"}, "same_check": "a"})
    case("inplace", {"m": "iadd", "self": V("a"), "vars": {"a": A(np.arange(4))}, "args": [N(10)], "kw": {"where": A(np.array([True, False, True, False]))}, "same_check": "a"})
    # non-in-place methods: a.add(b) is np.add(a, b)
    for m in ["add", "subtract", "multiply", "divide", "power", "less", "equal", "maximum", "floor_divide", "negative", "sqrt",
              "absolute", "sin", "isnan", "invert", "logical_not", "divmod", "frexp", "arctan2", "left_shift", "rint", "ldexp"]:
        uf = getattr(np, m)
        for sk in ["i64", "f64", "i8", "b"]:
            args = [] if uf.nin == 1 else [A(np.array([2, 3, 1, 4], "int8"))]
            case("methods", {"m": m, "self": A(selfs[sk]), "args": args})
    case("methods", {"m": "add", "self": A(f64), "args": [A(f64)], "vars": {"o": A(np.zeros(4))}, "kw": {"out": V("o")}, "same_check": "o"})
    case("methods", {"m": "add", "self": A(i8), "args": [N(1)], "kw": {"dtype": "float32"}})


# ================================================================ 7. integer semantics
def intsem():
    for d in INTS:
        ii = np.iinfo(d)
        lo, hi = int(ii.min), int(ii.max)
        signed = lo < 0
        w = ii.bits
        ok = lambda v: lo <= v <= hi
        A_ = lambda v: A(np.array([x for x in v if ok(x)], d))

        def P(name, xs, ys, **extra):
            """Elementwise pairs, keeping the pairs whose both values fit the dtype."""
            keep = [(x, y) for x, y in zip(xs, ys) if ok(x) and ok(y)]
            case("intsem", dict({"f": name, "args": [A(np.array([x for x, _ in keep], d)), A(np.array([y for _, y in keep], d))]}, **extra))

        P("add", [hi, hi, lo, lo, hi, 0], [1, hi, -1, lo, lo, lo])
        P("subtract", [lo, lo, hi, 0, 0, 1], [1, hi, -1, 1, lo, 2])
        P("multiply", [hi, lo, hi, lo, hi // 2 + 1, lo, 3], [2, -1, hi, lo, 2, 1, hi])
        case("intsem", {"f": "square", "args": [A_([hi, lo, 16, -16, 2**(w // 2), 2**(w // 2) - 1, -1])]})
        for name in ["negative", "absolute", "positive", "sign", "bitwise_count", "invert", "reciprocal", "fix", "floor", "rint"]:
            case("intsem", {"f": name, "args": [A_([lo, lo + 1, -1, 0, 1, 2, -2, hi, hi - 1])]})
        xs = [7, -7, 7, -7, 0, 0, lo, lo, hi, hi, 1, -1, 6, -6, 3, -3, 0, hi, lo, lo + 1, 5]
        ys = [2, 2, -2, -2, 3, -3, -1, 1, -1, 2, 0, 0, 3, 3, 0, 0, 0, hi, lo, lo, hi]
        for name in ["floor_divide", "remainder", "divmod", "fmod", "divide", "true_divide", "mod"]:
            P(name, xs, ys)
        P("power", [2, 3, 0, 0, 1, -1, -1, 2, 3, 7, hi, lo, 2, 3, 2, -2, 5], [3, 2, 0, 5, 100, 3, 4, w - 1, 2 * w, 0, 2, 3, w, w + 1, 2 * w + 3, w - 1, hi])
        if signed:
            P("power", [2, 3, 1], [1, -1, 2])
            case("intsem", {"f": "power", "args": [A_([2, 3, 1]), N(-1)]})
            case("intsem", {"f": "power", "args": [N(2), A_([1, -1, 2])]})
            case("intsem", {"f": "power", "args": [A_([2, 3, 1]), A_([-1])], "kw": {"dtype": "float64"}})
            P("float_power", [2, 3, 1], [-1, -2, 3])
        case("intsem", {"f": "power", "args": [A_([2, 3, 1]), N(-1.5)]})
        case("intsem", {"f": "power", "args": [A_([2, 3, 1]), N(0.5)]})
        shifts = [0, 1, w - 1, w, w + 1, 2 * w, 100, -1, -w, hi, lo]
        for name, v in [("left_shift", 1), ("left_shift", hi), ("left_shift", -1), ("right_shift", hi), ("right_shift", lo if signed else hi // 3), ("right_shift", -1)]:
            P(name, [v] * len(shifts), shifts)
        P("right_shift", [-1, -8, -9, lo + 1, 255], [1, 2, w, w - 1, 4])
        P("gcd", [12, -12, 12, -12, 0, 0, 7, lo, lo, lo, hi, 2**(w - 2), 6, 0, hi, 2**(w - 1) + 1], [18, 18, -18, -18, 5, 0, -14, 0, lo, -1, hi, 2**(w - 3), 0, -5, hi - 1, 2**(w - 1) - 1])
        P("lcm", [12, -12, 12, -12, 0, 0, 7, lo, lo, lo, hi, 2**(w - 2), 6, 0, hi, 2**(w - 1) + 1], [18, 18, -18, -18, 5, 0, -14, 0, lo, -1, hi, 2**(w - 3), 0, -5, hi - 1, 2**(w - 1) - 1])
        case("intsem", {"f": "bitwise_count", "args": [A_([-1, lo, -2, 0, hi, -(2**(w - 2)), 5, 255])]})
        for name in ["maximum", "minimum", "fmax", "fmin", "heaviside", "hypot", "copysign", "arctan2", "nextafter", "ldexp", "logaddexp"]:
            P(name, [lo, hi, 0, -1, 5, 3], [hi, lo, -1, 0, 5, 2])
    # mixed-signedness with 64 bits: equal/less compare exactly; arithmetic goes to float64
    big = [0, 1, 2**63 - 1, 2**63, 2**64 - 1, 2**53 + 1]
    sig = [0, -1, 2**63 - 1, -2**63, 2**53 + 1, 1]
    for name in ["equal", "not_equal", "less", "less_equal", "greater", "greater_equal", "add", "maximum", "bitwise_and", "floor_divide", "right_shift", "gcd"]:
        case("intsem", {"f": name, "args": [A(np.array(big, "uint64")), A(np.array(sig, "int64"))]})
        case("intsem", {"f": name, "args": [A(np.array(sig, "int64")), A(np.array(big, "uint64"))]})
    # floats: signs of floor_divide / remainder / divmod / fmod with specials
    fx = [7.5, -7.5, 7.5, -7.5, 0.0, -0.0, 0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 5.0, -5.0, 1e300, 3.0, 3.0, -3.0,
          1.0, 0.5, -0.5, 1e-300, 6.0, 1e16, 0.3]
    fy = [2.0, 2.0, -2.0, -2.0, 3.0, 3.0, -3.0, -3.0, 2.0, 2.0, 2.0, math.inf, math.inf, -math.inf, -math.inf, 1e-300, 0.0, -0.0, 0.0,
          math.nan, 0.1, 0.1, 1e300, 0.2, 3.0, 0.1]
    for d in ["float64", "float32"]:
        for name in ["floor_divide", "remainder", "divmod", "fmod", "divide"]:
            case("intsem", {"f": name, "args": [A(np.array(fx, d)), A(np.array(fy, d))]})
        for name in ["power", "float_power"]:
            px = [0.0, -0.0, 0.0, -0.0, 1.0, -1.0, -1.0, 2.0, -2.0, math.nan, 1.0, math.inf, -math.inf, -8.0, 0.5, 10.0, -1.0, 2.0]
            py = [0.0, -1.0, -1.5, -3.0, math.nan, math.inf, -math.inf, 0.5, 3.0, 0.0, math.inf, -0.5, 3.0, 1.0 / 3, -1075.0, 308.5, 0.5, 1024.0]
            case("intsem", {"f": name, "args": [A(np.array(px, d)), A(np.array(py, d))]})
    # int / bool division by zero
    for d in ["int8", "uint8", "int64", "uint64", "bool"]:
        x = np.array([0, 1, 1, 0] if d == "bool" else [0, 1, 5, 100], d)
        z = np.zeros(4, d)
        for name in ["floor_divide", "remainder", "divmod", "fmod", "divide"]:
            case("intsem", {"f": name, "args": [A(x), A(z)]})


# ================================================================ 8. np.seterr / np.errstate
ERR_CASES = [
    ("divide", [1.0, -1.0], [0.0, 0.0]), ("divide", [0.0], [0.0]), ("divide", [1.0, 0.0], [0.0, 0.0]), ("multiply", [1e308], [10.0]),
    ("exp", [1000.0]), ("exp", [-1000.0]), ("sqrt", [-1.0]), ("subtract", [math.inf], [math.inf]), ("log", [0.0]), ("log", [-1.0]),
    ("multiply", [1e-300], [1e-300]), ("add", [1e308], [1e308]), ("power", [0.0], [-1.5]), ("arcsin", [2.0]), ("arccosh", [0.5]),
    ("log1p", [-1.0]), ("arctanh", [1.0]), ("sin", [math.inf]), ("cos", [-math.inf]), ("tan", [math.inf]), ("cosh", [1000.0]),
    ("square", [1e200]), ("reciprocal", [0.0]), ("fmod", [1.0], [0.0]), ("remainder", [1.0], [0.0]), ("floor_divide", [1.0], [0.0]),
    ("divmod", [1.0], [0.0]), ("remainder", [math.inf], [2.0]), ("floor_divide", [math.inf], [2.0]), ("ldexp", [1.0], [2000]),
    ("ldexp", [1.0], [-2000]), ("nextafter", [1e-320], [0.0]), ("float_power", [-1.0], [0.5]), ("logaddexp", [math.inf], [math.inf]),
    ("maximum", [math.nan], [1.5]), ("fmax", [math.nan], [1.5]), ("less", [math.nan], [1.5]), ("equal", [math.nan], [math.nan]),
    ("add", [math.nan], [1.5]), ("sqrt", [math.nan]), ("log", [math.nan]), ("rint", [math.nan]), ("floor", [math.inf]),
    ("spacing", [math.inf]), ("isnan", [math.nan]), ("hypot", [1e308], [1e308]), ("exp2", [1024.0]), ("expm1", [710.0]),
    ("divide", [1e-320], [1e10]), ("multiply", [math.inf], [0.0]), ("arctan2", [0.0], [0.0]), ("sign", [math.nan]),
    ("heaviside", [math.nan], [0.5]), ("copysign", [math.nan], [-1.0]), ("modf", [math.inf]), ("frexp", [math.nan]),
]
INT_ERR_CASES = [("floor_divide", [1, 2], [0, 1]), ("remainder", [1], [0]), ("divmod", [1], [0]), ("fmod", [1], [0]),
                 ("divide", [1], [0]), ("divide", [0], [0]), ("reciprocal", [0]), ("add", [2**62], [2**62]),
                 ("multiply", [2**62], [4]), ("power", [3], [100]), ("negative", [-2**63]), ("absolute", [-2**63]),
                 ("gcd", [-2**63], [0]), ("left_shift", [1], [100])]


def errstate_cases():
    modes = [{"all": "raise"}, {"divide": "raise"}, {"over": "raise"}, {"under": "raise"}, {"invalid": "raise"},
             {"all": "raise", "divide": "ignore"}, {"all": "ignore"}, {"all": "warn"}]
    for name, *ops in ERR_CASES:
        for dt in ["float64", "float32"]:
            args = [A(np.array(o, dt)) if isinstance(o[0], float) else A(np.array(o, "int32")) for o in ops]
            for m in modes:
                case("errstate", {"f": name, "args": args, "errstate": m})
    for name, *ops in INT_ERR_CASES:
        for dt in ["int64", "int8", "uint8"]:
            try:
                args = [A(np.array(o, dt)) for o in ops]
            except OverflowError:
                continue
            for m in [{"all": "raise"}, {"divide": "raise"}, {"over": "raise"}, {"invalid": "raise"}]:
                case("errstate", {"f": name, "args": args, "errstate": m})
    case("errstate", {"f": "floor_divide", "args": [A(np.array([-128], "int8")), A(np.array([-1], "int8"))], "errstate": {"all": "raise"}})
    case("errstate", {"f": "floor_divide", "args": [A(np.array([-2**63])), A(np.array([-1]))], "errstate": {"over": "raise"}})
    case("errstate", {"f": "divmod", "args": [A(np.array([-2**31], "int32")), A(np.array([-1], "int32"))], "errstate": {"over": "raise"}})
    # scalars, reductions and in-place under raise
    case("errstate", {"f": "divide", "args": [N(1.5), N(0)], "errstate": {"all": "raise"}})
    case("errstate", {"f": "floor_divide", "args": [N(1), N(0)], "errstate": {"all": "raise"}})
    case("errstate", {"f": "add.reduce", "args": [A(np.array([1e308, 1e308]))], "errstate": {"all": "raise"}})
    case("errstate", {"f": "multiply.accumulate", "args": [A(np.array([1e200, 1e200, 0.0]))], "errstate": {"over": "raise"}})
    case("errstate", {"m": "idivide", "self": V("a"), "vars": {"a": A(np.array([1.5, 2.5]))}, "args": [N(0)], "errstate": {"all": "raise"}})


def seterr_steps():
    """A sequence of np.seterr / np.geterr calls with NumPy's return values."""
    steps = []
    np.seterr(divide="warn", over="warn", under="ignore", invalid="warn")
    for call, kw in [("geterr", None), ("seterr", {"all": "raise"}), ("geterr", None), ("seterr", {"divide": "ignore"}),
                     ("geterr", None), ("seterr", {"all": "ignore", "divide": "raise"}), ("geterr", None),
                     ("seterr", {"under": "warn", "invalid": "print"}), ("geterr", None), ("seterr", {}),
                     ("seterr", {"divide": "warn", "over": "warn", "under": "ignore", "invalid": "warn"}), ("geterr", None),
                     ("seterr", {"all": "bogus"}), ("seterr", {"divide": "nope"}), ("geterr", None)]:
        try:
            r = getattr(np, call)(**kw) if kw is not None else getattr(np, call)()
            steps.append({"call": call, "args": [] if kw is None else [kw], "exp": r})
        except Exception as e:
            steps.append({"call": call, "args": [kw], "exp": err(e)})
    np.seterr(all="ignore")
    return steps


# ================================================================ 9. ufunc objects and methods
def objects():
    props = []
    for name in UNARY + BINARY + list(ALIASES):
        uf = getattr(np, name)
        ident = uf.identity
        if isinstance(ident, float):
            ident = {"nan": "nan", "inf": "inf", "-inf": "-inf"}.get(str(ident), ident)
        props.append({"name": name, "nin": uf.nin, "nout": uf.nout, "nargs": uf.nargs, "identity": ident,
                      "np_ntypes": uf.ntypes, "np_types": uf.types})
    aliases = [[a, b, getattr(np, a) is getattr(np, b)] for a, b in
               list(ALIASES.items()) + [("radians", "deg2rad"), ("degrees", "rad2deg"), ("around", "round"), ("fix", "trunc")]]
    return props, aliases


def methods():
    a2 = np.array([[1, -2, 3], [4, 5, -6]], "int8")
    f2 = np.array([[1.5, -2.5, math.nan], [4.0, 0.5, -0.0]])
    i3 = np.arange(24).reshape(2, 3, 4) - 11
    b2 = np.array([[True, False, True], [True, True, True]])
    e = np.zeros((0, 3))
    red = ["add", "multiply", "maximum", "minimum", "fmax", "fmin", "logical_and", "logical_or", "logical_xor", "bitwise_and",
           "bitwise_or", "bitwise_xor", "subtract", "divide", "floor_divide", "gcd", "lcm", "hypot", "logaddexp", "power",
           "arctan2", "equal", "less", "true_divide", "remainder", "copysign"]
    for name in red:
        for x in [a2, f2, b2, e, i3]:
            for axis in [0, -1, None, [0, 1], [], 2]:
                case("methods", {"f": name + ".reduce", "args": [A(x), T(axis) if isinstance(axis, list) else (None if axis is None else N(axis))]})
        case("methods", {"f": name + ".reduce", "args": [A(a2)]})
        case("methods", {"f": name + ".reduce", "args": [A(np.zeros(0, "int32"))]})
    for name in ["add", "multiply", "maximum", "minimum", "logical_and", "bitwise_or"]:
        for x in [a2, f2, e, i3, b2]:
            case("methods", {"f": name + ".reduce", "args": [A(x)], "kw": {"axis": 1, "keepdims": True}})
            case("methods", {"f": name + ".reduce", "args": [A(x)], "kw": {"axis": None, "keepdims": True}})
            case("methods", {"f": name + ".reduce", "args": [A(x), N(0)], "kw": {"initial": N(10)}})
            case("methods", {"f": name + ".reduce", "args": [A(x), None], "kw": {"initial": N(-0.5)}})
            case("methods", {"f": name + ".reduce", "args": [A(x), N(-1)], "kw": {"where": A(np.array([True, False, True])), "initial": N(1)}})
            case("methods", {"f": name + ".reduce", "args": [A(x), N(-1)], "kw": {"where": A(np.array([True, False, True]))}})
            for dt in ["float32", "int8", "int64", "bool", "uint16"]:
                case("methods", {"f": name + ".reduce", "args": [A(x), N(0)], "kw": {"dtype": dt}})
        case("methods", {"f": name + ".reduce", "args": [A(f2)], "vars": {"o": A(np.zeros(3))}, "kw": {"axis": 0, "out": V("o")}, "same_check": "o"})
        case("methods", {"f": name + ".reduce", "args": [A(f2)], "vars": {"o": A(np.zeros((1, 3), "float32"))}, "kw": {"axis": 0, "out": V("o"), "keepdims": True}, "same_check": "o"})
        case("methods", {"f": name + ".reduce", "args": [A(a2)], "vars": {"o": A(np.zeros(3, "int8"))}, "kw": {"axis": 0, "out": V("o"), "initial": N(1000)}})
    case("methods", {"f": "add.reduce", "args": [A(np.array([1e308, 1e308, -1e308]))]})
    case("methods", {"f": "add.reduce", "args": [A(np.array([0.1] * 10))]})
    case("methods", {"f": "add.reduce", "args": [A(np.array([-0.0, -0.0]))]})
    case("methods", {"f": "add.reduce", "args": [A(np.array([], "float64"))]})
    case("methods", {"f": "maximum.reduce", "args": [A(np.array([1.0, math.nan, 3.0]))]})
    case("methods", {"f": "minimum.reduce", "args": [A(np.array([-0.0, 0.0]))]})
    case("methods", {"f": "maximum.reduce", "args": [A(np.array([-0.0, 0.0]))]})
    case("methods", {"f": "fmax.reduce", "args": [A(np.array([math.nan, math.nan]))]})
    case("methods", {"f": "add.reduce", "args": [A(np.arange(24.0).reshape(2, 3, 4)), T([0, 2])]})
    case("methods", {"f": "add.reduce", "args": [A(np.arange(24.0).reshape(2, 3, 4), view=[["T"]]), T([-1, 0])], "kw": {"keepdims": True}})
    case("methods", {"f": "add.reduce", "args": [A(i3), T([0, 0])]})
    case("methods", {"f": "add.reduce", "args": [A(i3), N(3)]})
    case("methods", {"f": "add.reduce", "args": [A(i3), N(-4)]})
    case("methods", {"f": "add.reduce", "args": [A(i3), N(-1)], "kw": {"where": A(np.array([True, False, True, False]))}})
    case("methods", {"f": "maximum.reduce", "args": [A(i3), T([0, 2])], "kw": {"where": A(np.array([[True], [False], [True]])), "initial": N(-100)}})
    case("methods", {"f": "minimum.reduce", "args": [A(f2), N(1)], "kw": {"where": A(np.array([[True, False, True], [False, False, False]])), "initial": N(math.inf)}})
    case("methods", {"f": "add.reduce", "args": [A(np.array(5.5))]})
    case("methods", {"f": "add.reduce", "args": [A(np.array(5.5)), None]})
    case("methods", {"f": "negative.reduce", "args": [A(a2)]})
    case("methods", {"f": "divmod.reduce", "args": [A(a2)]})
    case("methods", {"f": "maximum.reduce", "args": [A(np.array([], "float64"))]})
    case("methods", {"f": "maximum.reduce", "args": [A(e), N(0)]})
    case("methods", {"f": "maximum.reduce", "args": [A(e), N(1)]})
    case("methods", {"f": "maximum.reduce", "args": [A(np.array([], "float64"))], "kw": {"initial": N(-math.inf)}})
    case("methods", {"f": "add.reduce", "args": [A(np.array([100, 100], "int8"))]})
    case("methods", {"f": "add.reduce", "args": [A(np.array([200, 100], "uint8"))]})
    case("methods", {"f": "add.reduce", "args": [A(np.array([2**31 - 1, 1], "int32"))]})
    case("methods", {"f": "multiply.reduce", "args": [A(np.array([2**32, 2**32], "uint64"))]})
    # accumulate
    for name in ["add", "multiply", "maximum", "minimum", "subtract", "logical_or", "bitwise_xor", "fmin", "divide", "floor_divide", "logaddexp"]:
        for x in [a2, f2, e, b2]:
            for axis in [0, 1, -1, None, 2]:
                case("methods", {"f": name + ".accumulate", "args": [A(x)] + ([] if axis == 0 else [None if axis is None else N(axis)])})
            case("methods", {"f": name + ".accumulate", "args": [A(x)], "kw": {"dtype": "float32"}})
        case("methods", {"f": name + ".accumulate", "args": [A(np.array([3, 1, 4, 1, 5, 9, 2, 6], "int16"))]})
        case("methods", {"f": name + ".accumulate", "args": [A(np.array([3, 1, 4, 1, 5, 9, 2, 6], "int16"), view=[["get", "::-2"]])]})
    case("methods", {"f": "add.accumulate", "args": [A(np.array(5.0))]})
    case("methods", {"f": "add.accumulate", "args": [A(np.array([100, 100, 100], "int8"))]})
    case("methods", {"f": "add.accumulate", "args": [A(np.array([True, True, True]))]})
    case("methods", {"f": "add.accumulate", "args": [A(f2), T([0, 1])]})
    case("methods", {"f": "negative.accumulate", "args": [A(f2)]})
    case("methods", {"f": "add.accumulate", "args": [A(f2)], "vars": {"o": A(np.zeros((2, 3)))}, "kw": {"out": V("o")}, "same_check": "o"})
    # outer
    for name in ["add", "multiply", "subtract", "equal", "less", "maximum", "power", "arctan2", "divmod", "logical_and", "left_shift"]:
        case("methods", {"f": name + ".outer", "args": [A(np.array([1, 2, 3], "int8")), A(np.array([0.5, -1.5]))]})
        case("methods", {"f": name + ".outer", "args": [A(a2), A(np.array([2, 3], "int64"))]})
        case("methods", {"f": name + ".outer", "args": [A(np.array([1, 2])), N(2)]})
        case("methods", {"f": name + ".outer", "args": [L([1, 2]), L([3, 4, 5])]})
        case("methods", {"f": name + ".outer", "args": [A(np.array([True, False])), A(np.array([True, True, False]))]})
    case("methods", {"f": "add.outer", "args": [A(e), A(np.arange(3.0))]})
    case("methods", {"f": "add.outer", "args": [A(np.array(2.5)), A(np.array(1.5))]})
    case("methods", {"f": "sqrt.outer", "args": [A(np.arange(3.0)), A(np.arange(3.0))]})
    case("methods", {"f": "add.outer", "args": [A(np.array([1, 2], "int8")), N(300)]})
    # at
    for name, vals in [("add", N(1)), ("add", L([1, 2, 3, 4])), ("subtract", N(1.5)), ("multiply", N(2)), ("maximum", L([5, -5, 50, 0])),
                       ("minimum", N(2)), ("bitwise_or", N(8)), ("power", N(2)), ("divide", N(2)), ("floor_divide", N(2)),
                       ("logical_and", N(False))]:
        for dt in ["int64", "float64", "int8", "float32", "bool"]:
            for idx in [[0, 0, 2, 2], [1, -1, 1, -4]]:
                case("methods", {"f": name + ".at", "vars": {"a": A(np.array([1, 2, 3, 4], dt))}, "args": [V("a"), L(idx), vals]})
    for name in ["negative", "absolute", "sqrt", "invert", "logical_not", "square"]:
        for dt in ["int64", "float64", "bool"]:
            case("methods", {"f": name + ".at", "vars": {"a": A(np.array([1, -2, 3, 4], dt) if dt != "bool" else np.array([True, False, True, False]))}, "args": [V("a"), L([0, 1, 1])]})
    case("methods", {"f": "add.at", "vars": {"a": A(np.array([1, 2, 3, 4]))}, "args": [V("a"), L([5]), N(1)]})
    case("methods", {"f": "add.at", "vars": {"a": A(np.array([1, 2, 3, 4]))}, "args": [V("a"), L([0, 1]), L([1, 2, 3])]})
    case("methods", {"f": "add.at", "vars": {"a": A(np.array([1, 2, 3, 4]))}, "args": [V("a"), L([0, 1])]})
    case("methods", {"f": "add.at", "vars": {"a": A(np.array([1, 2, 3, 4]))}, "args": [V("a"), A(np.array([3, 3, 0]))], "kw": {}, "note": "indices as an ndarray"})
    case("methods", {"f": "add.at", "vars": {"a": A(np.arange(12.0).reshape(3, 4))}, "args": [V("a"), L([0, 2, 0]), A(np.array([1.0, 10.0, 100.0, 1000.0]))]})
    case("methods", {"f": "add.at", "vars": {"a": A(np.arange(12.0).reshape(3, 4))}, "args": [V("a", [["T"]]), L([1, 1]), N(0.5)]})
    case("methods", {"f": "add.at", "vars": {"a": A(np.array([1, 2, 3], "int8"))}, "args": [V("a"), L([0, 0]), N(127)]})
    case("methods", {"f": "add.at", "vars": {"a": A(np.array([1, 2, 3], "int8"))}, "args": [V("a"), L([0]), N(300)]})
    case("methods", {"f": "add.at", "vars": {"a": A(np.array([1, 2, 3]))}, "args": [V("a"), L([]), N(1)]})
    # reduceat
    x8 = np.arange(8) * 1.5
    for name in ["add", "multiply", "maximum", "minimum", "logical_or", "subtract", "bitwise_xor"]:
        for idx in [[0, 4, 1, 5], [0, 3, 6], [5], [0, 0, 7, 7], [7, 2]]:
            for dt in ["float64", "int32", "bool"]:
                case("methods", {"f": name + ".reduceat", "args": [A(x8.astype(dt)), L(idx)]})
    m34 = np.arange(12).reshape(3, 4)
    case("methods", {"f": "add.reduceat", "args": [A(m34), L([0, 2])]})
    case("methods", {"f": "add.reduceat", "args": [A(m34), L([0, 2]), N(1)]})
    case("methods", {"f": "add.reduceat", "args": [A(m34), L([0, 2])], "kw": {"axis": -1, "dtype": "float32"}})
    case("methods", {"f": "add.reduceat", "args": [A(x8), L([0, 9])]})
    case("methods", {"f": "add.reduceat", "args": [A(x8), L([-1])]})
    case("methods", {"f": "add.reduceat", "args": [A(x8), L([])]})
    case("methods", {"f": "add.reduceat", "args": [A(np.array([], "float64")), L([0])]})
    case("methods", {"f": "add.reduceat", "args": [A(x8), A(np.array([1, 3]))]})
    case("methods", {"f": "add.reduceat", "args": [A(x8), L([1, 3])], "vars": {"o": A(np.zeros(2))}, "kw": {"out": V("o")}, "same_check": "o"})


# ================================================================ main
def exact_signature(c):
    """For the default-dispatch comparison: a case's expected result, as JSON."""
    return json.dumps(c["exp"], sort_keys=True)


def ulp_distance(x, y, dt):
    """Distance in units in the last place between two encoded floats of dtype dt (NaN == NaN)."""
    x, y = dec_val(x, dt), dec_val(y, dt)
    if math.isnan(x) or math.isnan(y):
        return 0 if math.isnan(x) and math.isnan(y) else math.inf
    it, ft = (np.int64, np.float64) if dt == "float64" else (np.int32, np.float32)
    def key(v):
        i = int(np.array(v, ft).view(it))
        return i if i >= 0 else -(i & (2 ** (np.dtype(it).itemsize * 8 - 1) - 1))
    return abs(key(x) - key(y))


def exp_distance(a, b, zsign=True):
    """Largest ulp distance between two expected results of the same structure; None if they differ otherwise."""
    if "tuple" in a:
        if "tuple" not in b or len(a["tuple"]) != len(b["tuple"]):
            return None
        ds = [exp_distance(x, y, zsign) for x, y in zip(a["tuple"], b["tuple"])]
        return None if None in ds else max(ds)
    if "arr" in a or "sc" in a:
        if "arr" in a:
            if "arr" not in b or a["arr"]["dtype"] != b["arr"]["dtype"] or a["arr"]["shape"] != b["arr"]["shape"]:
                return None
            dt, xs, ys = a["arr"]["dtype"], a["arr"]["data"], b["arr"]["data"]
        else:
            if "sc" not in b or a["dtype"] != b["dtype"]:
                return None
            dt, xs, ys = a["dtype"], [a["sc"]], [b["sc"]]
        if dt not in ("float32", "float64"):
            return 0 if xs == ys else None
        d = 0
        for x, y in zip(xs, ys):
            if x != y or (x == 0 and y == 0 and zsign and math.copysign(1, x) != math.copysign(1, y)):
                if x == 0 and y == 0 and not zsign:
                    continue
                d = max(d, ulp_distance(x, y, dt) or 1)
        return d
    return 0 if a == b else None


def regressions():
    """Cases a differential fuzz against NumPy found numwasm getting wrong (filed where they belong)."""
    f3 = np.array([10.0, 4.0, 1.0])
    for x, kw in [(f3, {"where": A(np.array([True, False, True])), "initial": N(100)}),
                  (np.array([10], "int32"), {"where": A(np.array([False])), "initial": N(3)}),
                  (np.array([10.5, 4.0, 1.0]), {"where": A(np.array([True, False, True])), "initial": N(math.inf)}),
                  (np.array([[8.0, 2.0], [4.0, 2.0]]), {"axis": 1, "where": A(np.array([True, False])), "initial": N(64), "keepdims": True})]:
        for name in ["subtract", "divide"]:
            case("methods", {"f": name + ".reduce", "args": [A(x)], "kw": kw})
    case("methods", {"f": "subtract.reduce", "args": [A(np.zeros((2, 2), "int64"))], "kw": {"axis": None, "dtype": "uint64", "initial": N(-2)}})
    for x in [np.array([1.5, 2.0]), np.zeros(0), np.ones((2, 2)), np.array([3, 4], "int8")]:
        for name in ["add", "subtract", "maximum"]:
            case("methods", {"f": name + ".accumulate", "args": [A(x)], "kw": {"axis": None}})
    # integer power: the exponents are checked after dtype='s cast, and not at all when empty
    case("intsem", {"f": "power", "args": [A(np.zeros(0, "int64")), N(-3)]})
    case("intsem", {"f": "power", "args": [A(np.zeros((2, 0), "int32")), A(np.array([[-1], [2]], "int32"))]})
    case("intsem", {"f": "power", "args": [A(np.array([2, 3], "uint32")), A(np.array([1, 4294967295], "uint32"))], "kw": {"dtype": "int32"}})
    case("intsem", {"f": "power", "args": [A(np.array([2, 3], "uint64")), A(np.array([1, 2**64 - 1], "uint64"))], "kw": {"dtype": "int64"}})
    # a Python float into an integer loop forced by dtype=
    for name in ["subtract", "minimum", "multiply", "remainder"]:
        for v in [1.5, -0.0, math.nan, math.inf]:
            case("out", {"f": name, "args": [A(np.array([1, 2])), N(v)], "kw": {"dtype": "int64"}})
        case("out", {"f": name, "args": [A(np.array([1, 2])), N(1.5)], "kw": {"dtype": "int64", "casting": "unsafe"}})
        case("out", {"f": name, "args": [A(np.array([1, 2])), N(2)], "kw": {"dtype": "int32"}})

    fuzz_methods()
    fuzz_ufn()


def fuzz_ufn():
    """Found by a differential fuzz of ufunc calls, promotion and creation (fuzz-ufn)."""
    # a lone Python int resolves by value (2**63 is uint64); that loop is not reused for -8
    for name, big in [("negative", 2**63 + 4096), ("trunc", 2**63), ("absolute", 2**63 + 2048), ("square", 2**63)]:
        case("intsem", {"f": name, "args": [N(big)]})
        case("intsem", {"f": name, "args": [N(-8)]})
    # np.clip: a JS -0 bound is a Python float (never dropped as an int bound); a Python scalar
    # `a` is np.asarray(a) (strong); dtype= / casting= / where= reach the ufunc (NumPy's
    # **kwargs) with its checks, Python ints converted first; broadcasting names all operands
    u16 = np.array([5, 1, 65534, 63], "uint16")
    C = lambda args, kw=None, **extra: case("out", dict({"f": "clip", "args": args, "kw": kw or {}}, **extra))
    C([A(u16), N(-0.0), A(np.array(5, "uint16"))])
    C([A(u16), N(-0.0), N(5)])
    C([A(u16), N(-0.0), None])
    C([N(8), A(np.array([64, 1], "int32")), N(2147483646)])
    C([N(1e-300), N(1.5), A(np.array([1e-38, 300, 2.5], "float32"))])
    C([N(8), N(0), N(5)])
    C([N(8.5), N(0), N(5)])
    ints = np.array([1, 2, -3, 7])
    for lo, hi, kw in [(N(0), N(5), {"dtype": "float32"}), (N(0), None, {"dtype": "float32"}), (N(0.5), None, {"dtype": "int64"}),
                       (N(math.nan), A(np.array(math.inf)), {"dtype": "int64"}), (N(False), A(np.array(-2.0**63)), {"dtype": "bool"}),
                       (N(0), N(5), {"dtype": "int32", "casting": "no"}), (N(0), N(5), {"dtype": "int32", "casting": "unsafe"}),
                       (A(np.array(2)), N(-64), {"dtype": "uint64"}),
                       (N(1), N(3.5), {"dtype": "uint64"}), (N(-1), N(5), {"dtype": "uint8"}),
                       (A(np.zeros(3)), N(5), {}), (A(np.zeros(3)), None, {}), (A(np.zeros((2, 1))), A(np.ones(3)), {})]:
        C([A(ints), lo, hi], kw)
    C([A(ints), N(0), N(5)], {"where": A(np.array([True, False, True, False])), "out": V("o")}, vars={"o": A(np.zeros(4, "int64"))}, same_check="o")
    C([A(ints), N(0), N(5)], {"dtype": "float64", "out": V("o")}, vars={"o": A(np.zeros(4, "int32"))})
    C([A(ints), N(0), N(5)], {"casting": "unsafe", "dtype": "float64", "out": V("o")}, vars={"o": A(np.zeros(4, "int32"))}, same_check="o")
    case("out", {"m": "clip", "self": A(ints), "args": [N(2), None], "kw": {"dtype": "float32"}})
    case("out", {"m": "clip", "self": A(ints), "args": [N(2), N(3)], "kw": {"dtype": "uint8"}})
    # the 3-input clip loop: weak scalars promoted against the arrays, then NumPy's linear
    # search (first loop all operands cast to safely), not the pairwise promotion
    for lo, hi in [(A(np.array([0], "uint16")), A(np.array([5.5], "float32"))), (N(0), A(np.array([5.5], "float32"))),
                   (N(0.5), A(np.array([5], "int16"))), (A(np.array([0], "uint8")), N(300)), (A(np.array([0, 3], "uint16")), A(np.array([5], "int8"))),
                   (A(np.array([0], "uint64")), N(5)), (A(np.array([0], "int32")), N(5.5))]:
        C([A(np.array([1, -7], "int8")), lo, hi])
    C([A(np.array([1.5, -7], "float32")), A(np.array([0], "int16")), N(5.5)])
    C([A(np.array([1.5, -7], "float32")), A(np.array([0], "int32")), N(5)])
    C([A(np.array([True, False])), N(0), N(5)])
    # input checks with dtype= / casting=: the lone Python scalar of a unary ufunc is
    # np.asarray(x) (strong: cast-checked, wraps like an array); a Python int into a bool loop
    # is checked as int64; Python ints are converted (OverflowError, 'equiv') before any cast is
    # checked; comparisons take a Python int as it is (no 'equiv' refusal, no cast of the array
    # to a wider loop); ldexp's exponent is checked against its own loop type; subtract's
    # bool loop has NumPy's message
    O = lambda f, args, kw=None, **extra: case("out", dict({"f": f, "args": args, "kw": kw or {}}, **extra))
    for name, x, kw in [("trunc", 100, {"dtype": "uint64", "casting": "no"}), ("trunc", 100, {"casting": "no"}),
                        ("negative", 100, {"dtype": "int8", "casting": "no"}), ("negative", 100, {"dtype": "int64", "casting": "no"}),
                        ("negative", 1.5, {"dtype": "float32", "casting": "equiv"}), ("negative", 300, {"dtype": "int8"}),
                        ("sign", 0.1, {"dtype": "uint32", "casting": "safe"}), ("negative", -0.0, {"dtype": "int8"}),
                        ("floor", 1, {"dtype": "uint8", "casting": "same_kind"})]:
        O(name, [N(x)], kw)
    b2 = np.array([True, False])
    O("add", [A(b2), N(1)], {"dtype": "bool"})
    O("add", [A(b2), N(1)], {"dtype": "bool", "casting": "unsafe"})
    O("maximum", [A(b2), N(300)], {"dtype": "bool", "casting": "unsafe"})
    O("add", [A(np.array([1, 2])), N(-64)], {"dtype": "uint64"})
    O("minimum", [A(np.array([1, 2])), N(-9007199254740992)], {"dtype": "uint16"})
    O("fmax", [A(np.array([1, 64], "uint8")), N(300)], {"casting": "equiv"})
    C([A(ints), None, N(-9007199254740992)], {"dtype": "uint16"})
    O("equal", [N(31), A(np.array([[8], [31]], "int8"))], {"casting": "equiv"})
    O("greater_equal", [N(-9007199254740992), A(np.array([1, 200], "uint8"))], {"casting": "no"})
    O("less", [A(np.array([1, 200], "uint8")), N(300)], {"casting": "equiv"})
    O("greater", [A(np.array([4294967295], "uint32")), N(4294967294)], {"casting": "equiv", "out": V("o")}, vars={"o": A(np.zeros(1, "float32"))})
    for e in ["int64", "int16", "int32", "uint8"]:
        for casting in ["no", "safe"]:
            O("ldexp", [A(np.array([1.5, 3.0], "float32")), A(np.array([2, 3], e))], {"casting": casting})
    O("subtract", [L([1]), A(np.array([3, 7, 1], "uint32"))], {"dtype": "bool", "casting": "safe"})
    O("subtract", [A(b2), A(b2)], {"dtype": "bool"})
    O("negative", [A(b2)], {"dtype": "bool"})
    # logical_and / or / xor take a Python scalar through NumPy's bool promoter: its truth
    # counts (a tiny float is true against float32), an int beyond int64 overflows a C long
    f32 = np.array([0.0, 1.0, -2.5], "float32")
    for name in ["logical_and", "logical_or", "logical_xor"]:
        for x, y in [(A(f32), N(1e-46)), (N(-1e-46), A(f32)), (A(f32), N(math.nan)), (A(np.array([0, 1], "uint64")), N(2**64 - 2048)),
                     (A(np.array([0, 1], "uint64")), N(2**63)), (A(np.array([0, 1], "int64")), N(-2**63)),
                     (A(np.array([0, 1], "int16")), N(-2**63 - 4096)), (A(np.array([0, 1], "int8")), N(300)), (N(2**64), N(1)), (N(0.5), N(-0.0))]:
            O(name, [x, y])
        O(name, [A(f32), N(1e-46)], {"out": V("o")}, vars={"o": A(np.zeros(3, "bool"))}, same_check="o")
        O(name, [A(f32), N(1e-46)], {"where": A(np.array([True, True, False])), "out": V("o")}, vars={"o": A(np.zeros(3, "bool"))})
        O(name, [N(32766), A(np.array(False))], {"dtype": "bool", "casting": "no"})


def fuzz_methods():
    """Found by a differential fuzz of the ufunc methods and of calls with options (fuzz-ufm)."""
    M = lambda f, args, kw=None, **extra: case("methods", dict({"f": f, "args": args, "kw": kw or {}}, **extra))
    # a 0-d array takes an integer axis 0 or -1 (and reduces nothing)
    M("add.reduce", [A(np.array(5))], {"axis": 0})
    M("subtract.reduce", [A(np.array(5.5))], {"axis": -1, "keepdims": True})
    M("heaviside.reduce", [A(np.array(2.97))], {"axis": -1, "where": A(np.array(False)), "initial": N(3)})
    M("maximum.reduce", [A(np.array(2.5))], {"axis": 0})
    # bitwise_and's identity -1 is all ones in an unsigned loop
    M("bitwise_and.reduce", [A(np.array([6, 7, 2], "uint16"))])
    M("bitwise_and.reduce", [A(np.zeros(0, "uint8"))])
    M("bitwise_and.reduce", [A(np.array([6, 7, 2], "uint64"))], {"where": A(np.array([False, True, False]))})
    # with out=, NumPy promotes (out, input): uint64 into an int64 out reduces in float64
    for x, o in [(np.array([2**62 + 5, 1], "int64"), "uint64"), (np.array([5, 3], "int64"), "uint64"), (np.array([5, 1], "uint64"), "int64")]:
        for name in ["add", "bitwise_xor", "right_shift"]:
            M(name + ".reduce", [A(x)], {"out": V("o")}, vars={"o": A(np.zeros((), o))})
    M("bitwise_or.accumulate", [A(np.array([5, 1, 3], "uint32"))], {"out": V("o")}, vars={"o": A(np.zeros(3, "float64"))})
    # initial=None: start from the first element, counted once
    M("add.reduce", [A(np.array([1, 2, 3]))], {"initial": None})
    M("add.reduce", [A(np.array([[1.5, 2.0], [3.0, 4.0]]))], {"axis": 0, "initial": None})
    M("multiply.reduce", [A(np.array([[1, 2], [3, 4]]))], {"axis": None, "initial": None})
    # axis=(): masked-out elements keep initial; integer power checks its exponents
    M("subtract.reduce", [A(np.array([5.5, 1.0]))], {"axis": T([]), "initial": N(3), "where": A(np.array([True, False]))})
    M("remainder.reduce", [A(np.array([True, False, True]))], {"axis": T([]), "initial": True, "where": A(np.array([False, True, False]))})
    M("power.reduce", [A(np.array([2, -1], "int32"))], {"axis": T([]), "initial": N(2)})
    M("power.accumulate", [A(np.array([2, -1, 3], "int8"))])
    M("power.accumulate", [A(np.array([-2.0, 1.0, 3.0], "float32"))], {"dtype": "int8"})
    # reduceat: indices checked before the loop; a piece of one element is that element
    M("less.reduceat", [A(np.zeros(0)), L([0])])
    M("less.reduceat", [A(np.zeros((4, 2), "int32")), L([])], {"axis": 1})
    M("add.reduceat", [A(np.zeros((4, 2), "int8")), L([])], {"axis": 1})
    M("logical_and.reduceat", [A(np.zeros((2, 4), "int8")), L([])], {"axis": 0})
    M("divmod.reduceat", [A(np.array([2, 3], "uint16")), L([5])])
    M("hypot.reduceat", [A(np.array([2.5, -4.0, 2.25, -3.0])), L([0, 3])])
    M("gcd.reduceat", [A(np.array([-2, 6, -4], "int16")), L([1, 2, 2])])
    M("add.reduceat", [A(np.array([1, 6, 5, 6], "uint16")), L([0, 1, 3, 3])], {"dtype": "uint16"})
    for name in ["accumulate", "reduceat"]:
        M("ldexp." + name, [A(np.array([2, 3], "int32"))] + ([L([0])] if name == "reduceat" else []))
        M("ldexp." + name, [A(np.array([2, 3], "uint8"))] + ([L([0])] if name == "reduceat" else []), {"dtype": "float64"})
    # ufunc.at resolves its loop before it looks at the indices
    M("left_shift.at", [V("a"), L([0, 5]), N(0.5)], vars={"a": A(np.array([1, 2, 3], "int8"))})
    M("add.outer", [A(np.array([1.5])), N(2**63)])
    # casting is checked before broadcasting; a Python bool is a bool for 'no' / 'equiv'
    for name, x, y in [("maximum", np.zeros(3, "int32"), []), ("power", np.zeros((2, 2), "int16"), [1.5, 2.5]), ("arctan2", np.zeros((), "int64"), [2])]:
        case("inplace", {"m": "i" + name, "self": V("a"), "vars": {"a": A(x)}, "args": [L(y)]})
    for casting in ["no", "equiv", "safe"]:
        case("out", {"f": "remainder", "args": [A(np.array([5, 6], "uint64")), N(False)], "kw": {"casting": casting}})
        case("out", {"f": "sqrt", "args": [N(True)], "kw": {"casting": casting}})
        case("out", {"f": "logical_xor", "args": [A(np.array([1.5, 0.0], "float32")), A(np.array([True, False]))], "kw": {"casting": casting}})
        case("out", {"f": "logical_or", "args": [A(np.array([1, 0], "uint64")), A(np.array([1, 0], "int64"))], "kw": {"casting": casting}})
    for outs in [("int32", "float64"), ("float64", "int32")]:
        case("out", {"f": "divmod", "args": [A(np.array([1.5, -2.5])), N(2)], "vars": {"q": A(np.zeros(2, outs[0])), "r": A(np.zeros(2, outs[1]))}, "kw": {"out": [V("q"), V("r")]}})
        case("out", {"f": "modf", "args": [A(np.array([1.5, -2.5]))], "vars": {"q": A(np.zeros(2, outs[0])), "r": A(np.zeros(2, outs[1]))}, "kw": {"out": [V("q"), V("r")]}})
    # np.round into out=: rint / multiply / divide's cast check, integers copied with same_kind
    for x, d, o in [(np.array([1.5, 2.5]), 0, "int64"), (np.array([1.5, 2.5], "float32"), 2, "int64"), (np.array([15, -25]), -1, "int32"),
                    (np.array([5, 25]), 2, "bool"), (np.array(7, "uint32"), 20, "bool"), (np.array([-5, 15, -6], "int32"), -5, "float64"),
                    (np.array([True, False]), 0, "int64"), (np.array([5, 25], "int8"), 1, "int16"), (np.array([1.25, -2.5]), -1, "float32")]:
        case("out", {"f": "round", "args": [A(x), N(d)], "vars": {"o": A(np.zeros(x.shape, o))}, "kw": {"out": V("o")}, "same_check": "o"})


def generate():
    loops()
    special()
    weak()
    broadcasting()
    strided()
    out_opts()
    inplace()
    intsem()
    errstate_cases()
    methods()
    regressions()


if __name__ == "__main__":
    generate()
    if "--child" in sys.argv:
        json.dump({sec: [c["exp"] for c in cs] for sec, cs in CASES.items()}, sys.stdout)
        sys.exit(0)
    props, aliases = objects()
    out = {"numpy": np.__version__, "inputs": INPUTS, "sections": CASES, "seterr": seterr_steps(),
           "objects": {"props": props, "aliases": aliases}}
    path = os.path.join(HERE, "..", "fixtures", "ufunc.json")
    with open(path, "w") as f:
        f.write('{"numpy":' + json.dumps(out["numpy"]) + ',\n"inputs":{\n')
        f.write(",\n".join(json.dumps(k) + ":" + json.dumps(v, separators=(",", ":")) for k, v in INPUTS.items()))
        f.write('},\n"seterr":' + json.dumps(out["seterr"], separators=(",", ":")))
        f.write(',\n"objects":' + json.dumps(out["objects"], separators=(",", ":")))
        f.write(',\n"sections":{\n')
        parts = []
        for sec, cs in CASES.items():
            parts.append(json.dumps(sec) + ":[\n" + ",\n".join(json.dumps(c, separators=(",", ":"), allow_nan=False) for c in cs) + "]")
        f.write(",\n".join(parts) + "}}\n")
    counts = {sec: len(cs) for sec, cs in CASES.items()}
    print(f"{sum(counts.values())} ufunc cases: {counts}; {os.path.getsize(path) / 1e6:.2f} MB", flush=True)
    # Which results depend on NumPy's CPU dispatch? Re-run in a child with the default dispatch.
    if "--no-dispatch-check" not in sys.argv:
        env = dict(os.environ)
        env.pop("NPY_DISABLE_CPU_FEATURES", None)
        child = subprocess.run([sys.executable, __file__, "--child"], env=env, capture_output=True, text=True, check=True)
        other = json.loads(child.stdout)
        diffs, worst = [], {}
        for sec, cs in CASES.items():
            for c, e in zip(cs, other[sec]):
                if exact_signature(c) == json.dumps(e, sort_keys=True):
                    continue
                d = exp_distance(c["exp"], e, c.get("zsign", True))
                if d is None or d > 0:
                    diffs.append((sec, c, d))
                    worst[base_name(c)] = max(worst.get(base_name(c), 0), d if d is not None else math.inf)
        bad = [(s, c, d) for s, c, d in diffs if d is None or d > c["ulp"]]
        print(f"default dispatch: {len(diffs)} cases differ; largest distance (ulp) per ufunc: {worst}", file=sys.stderr)
        for s, c, d in bad[:30]:
            print(f"  beyond tolerance: {s}: {base_name(c)} {d} {json.dumps(c['args'])[:150]}", file=sys.stderr)
