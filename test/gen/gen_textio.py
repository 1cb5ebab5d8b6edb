"""Golden fixtures for text I/O: np.loadtxt, np.genfromtxt, np.savetxt, np.fromstring, np.fromregex.

loadtxt / genfromtxt   {text, kw, file, lines, gz?}: the input text, keyword arguments (dtype as a
                       name; converters by name from CONVERTERS, which test/textio.test.mjs mirrors
                       in JS) and NumPy's result reading the text from a file path ("file": what
                       numwasm must give for a path and for the file's bytes) and from the list of
                       its lines (text.splitlines(keepends=True)). A result is enc_array's record,
                       {error, message}, or {structured: dtype} where NumPy's result has a dtype
                       numwasm lacks (structured, str, complex): numwasm raises NotImplementedError.
savetxt                {src: gen_bytes-style {hex, dtype, shape}, kw, text | error}.
fromstring             {string, kw, result}; "prefix": NumPy leaves items past the text's end
                       uninitialised (count too large), so only the first `prefix` are compared.
fromregex              {text, regexp, dtype, result}: NumPy's structured result with one field of
                       `dtype` per group, as numwasm's plain array (fields side by side).
"""
import gzip
import io
import os
import sys
import tempfile
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from common import dump, enc_array, err

warnings.simplefilter("ignore")
OUT = os.path.join(os.path.dirname(__file__), "..", "fixtures", "textio.json")


def _bad(s):
    raise ValueError("bad value")


CONVERTERS = {
    "x10": lambda s: float(s) * 10,
    "empty0": lambda s: float(s.strip() or 0),
    "hex": lambda s: int(s, 16),
    "bad": _bad,
    "yesno": lambda s: 1 if s == "yes" else 0,
    "pct": lambda s: float(s.strip("%")) / 100,
}


def kwargs(kw):
    """JSON kwargs -> Python: converters by name ({col: name} or one name)."""
    out = dict(kw)
    c = out.get("converters")
    if isinstance(c, str):
        out["converters"] = CONVERTERS[c]
    elif isinstance(c, dict):
        out["converters"] = {int(k): CONVERTERS[v] for k, v in c.items()}
    for k in ("missing_values", "filling_values"):
        if isinstance(out.get(k), dict):
            out[k] = {int(c): v for c, v in out[k].items()}
    for k in ("usecols", "delimiter", "missing_values", "filling_values", "comments"):
        if isinstance(out.get(k), list):
            out[k] = tuple(out[k]) if k in ("usecols", "delimiter") else out[k]
    return out


def result(fn):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            r = fn()
        if r.dtype.names is not None or r.dtype.kind in "USOc":  # dtypes numwasm lacks: NotImplementedError
            return {"structured": str(r.dtype)}
        return enc_array(r)
    except Exception as e:  # noqa: BLE001
        return err(e)


TMP = tempfile.mkdtemp()


def read_case(func, text, kw, gz=False, encoding="utf-8"):
    path = os.path.join(TMP, "case.txt" + (".gz" if gz else ""))
    data = text.encode(encoding)
    with (gzip.open(path, "wb") if gz else open(path, "wb")) as f:
        f.write(data)
    case = {"text": text, "kw": kw, "file": result(lambda: func(path, **kwargs(kw)))}
    if gz:
        case["gz"] = True
    else:
        case["lines"] = result(lambda: func(text.splitlines(keepends=True), **kwargs(kw)))
    if encoding != "utf-8":
        case["bytes_encoding"] = encoding
    return case


LOADTXT = [
    ("1 2 3\n4 5 6\n", {}),
    ("1 2 3\n4 5 6", {}),
    ("", {}),
    ("\n\n", {}),
    ("# only a comment\n", {}),
    ("5\n", {}),
    ("1 2 3\n", {}),
    ("1\n2\n3\n", {}),
    ("1 2 3\n4 5\n", {}),
    ("1 2\n3 4 5\n", {}),
    ("1,2,x\n", {"delimiter": ","}),
    ("1,,3\n", {"delimiter": ","}),
    ("1,2,\n3,4,\n", {"delimiter": ","}),
    (",1,2\n", {"delimiter": ","}),
    ("1, 2 ,3\n", {"delimiter": ","}),
    ("  1   2\t3  \n\t4 5 6\n", {}),
    ("1\t2\n3\t4\n", {"delimiter": "\t"}),
    ("1,2\r\n3,4\r\n", {"delimiter": ","}),
    ("1 2\r3 4\r", {}),
    ("1 2 # comment\n# full line\n3 4#x\n", {}),
    ("1 2 % c\n3 4\n", {"comments": "%"}),
    ("1 2 ; c\n3 4 // d\n", {"comments": [";", "//"]}),
    ("1 2 -- c\n3 4\n", {"comments": "--"}),
    ("1 # 2\n", {"comments": None}),
    ("1 2\n", {"comments": ""}),
    ("1,2\n", {"comments": [",", "#"], "delimiter": ","}),
    ("1 2\n", {"comments": ";;", "quotechar": '"'}),
    ('"1",2\n"3","4"\n', {"delimiter": ",", "quotechar": '"'}),
    ('"1,2",3\n', {"delimiter": ",", "quotechar": '"'}),
    ('"1""2",3\n', {"delimiter": ",", "quotechar": '"'}),
    ('"1"  ,2\n', {"delimiter": ",", "quotechar": '"'}),
    ('"",2\n', {"delimiter": ",", "quotechar": '"'}),
    ('""\n', {"delimiter": ",", "quotechar": '"'}),
    ('"1\n2",3\n', {"delimiter": ",", "quotechar": '"'}),
    ("'1' '2'\n", {"quotechar": "'"}),
    ("nan inf -inf +1e5 -0 1.5e-3 .5 5. NaN INF Infinity -nan +inf\n", {}),
    ("1e400 -1e400 1e-400 4.9e-324 2.2250738585072014e-308\n", {}),
    ("0.1 0.2 0.30000000000000004 1.7976931348623157e308 123456789012345678901234567890\n", {}),
    ("1.000000000000000055511151231257827e-01 9007199254740993 1e23 8.98846567431158e307\n", {}),
    ("1_0\n", {}),
    ("0x10\n", {}),
    ("1e\n", {}),
    ("infinit\n", {}),
    ("1.5\n", {"dtype": "int64"}),
    ("1 -2 +3 007\n", {"dtype": "int64"}),
    (" 12 \n", {"dtype": "int8", "delimiter": ","}),
    ("127 -128\n", {"dtype": "int8"}),
    ("128\n", {"dtype": "int8"}),
    ("-129\n", {"dtype": "int8"}),
    ("255 0 +7\n", {"dtype": "uint8"}),
    ("256\n", {"dtype": "uint8"}),
    ("-1\n", {"dtype": "uint8"}),
    ("-0\n", {"dtype": "uint16"}),
    ("9223372036854775807 -9223372036854775808\n", {"dtype": "int64"}),
    ("9223372036854775808\n", {"dtype": "int64"}),
    ("18446744073709551615 0\n", {"dtype": "uint64"}),
    ("18446744073709551616\n", {"dtype": "uint64"}),
    ("2147483647 -2147483648\n", {"dtype": "int32"}),
    ("4294967295\n", {"dtype": "uint32"}),
    ("1 0 -5 2\n", {"dtype": "bool"}),
    ("true\n", {"dtype": "bool"}),
    ("1.5 2.5\n", {"dtype": "float32"}),
    ("0.1 1e39 1e-46 16777217\n", {"dtype": "float32"}),
    ("1 2 3\n4 5 6\n", {"dtype": "int32", "unpack": True}),
    ("1 2 3\n4 5 6\n", {"usecols": [0, 2]}),
    ("1 2 3\n4 5 6\n", {"usecols": 1}),
    ("1 2 3\n4 5 6\n", {"usecols": -1}),
    ("1 2 3\n4 5\n", {"usecols": [-1, 0]}),
    ("1 2 3\n4 5\n", {"usecols": [2]}),
    ("1 2 3\n", {"usecols": [5]}),
    ("1 2 3\n", {"usecols": [1.5]}),
    ("a 1\nb 2\n", {"usecols": [1]}),
    ("h1\nh2\n1 2\n3 4\n", {"skiprows": 2}),
    ("h1\n", {"skiprows": 5}),
    ("1 2\n", {"skiprows": -1}),
    ("1 2\n\n3 4\n5 6\n", {"max_rows": 2}),
    ("1 2\n3 4\n", {"max_rows": 0}),
    ("1 2\n3 4\n", {"max_rows": -1}),
    ("1 2\n3 4 5\n", {"max_rows": 1}),
    ("5\n", {"ndmin": 1}),
    ("5\n", {"ndmin": 2}),
    ("1 2 3\n", {"ndmin": 2}),
    ("1\n2\n3\n", {"ndmin": 2}),
    ("1\n2\n3\n", {"ndmin": 1}),
    ("", {"ndmin": 2}),
    ("1 2\n", {"ndmin": 3}),
    ("1 2\n3 4\n", {"converters": {"0": "x10"}}),
    ("1 2\n3 4\n", {"converters": "x10"}),
    ("1,,3\n", {"delimiter": ",", "converters": "empty0"}),
    ("ff 10\n", {"converters": {"0": "hex"}, "dtype": "int64"}),
    ("ff 10\n", {"converters": {"-1": "hex", "0": "hex"}, "dtype": "uint8"}),
    ("1 2\n", {"converters": {"0": "bad"}}),
    ("1 2\n", {"converters": {"5": "x10"}}),
    ("1 2 3\n", {"converters": {"2": "x10"}, "usecols": [2, 0]}),
    ("1 2 3\n", {"converters": {"1": "x10"}, "usecols": [2, 0]}),
    ("yes 1\nno 2\n", {"converters": {"0": "yesno"}, "dtype": "bool"}),
    ("1 2\n", {"delimiter": ", "}),
    ("1 2\n", {"delimiter": "\n"}),
    ("1 2\n", {"quotechar": "#"}),
    ("1,2\n", {"delimiter": ",", "quotechar": ","}),
    ("1 2\n", {"comments": " "}),
    ("\u00a01\u00a02\u2003\n", {}),
    ("1\u00a0,2\n", {"delimiter": ","}),
    ("1 2\u00e9\n", {}),
]

GENFROMTXT = [
    ("1 2\n3 4\n", {}),
    ("1 2\n3 x\n", {}),
    ("1 2\n3 x\n", {"loose": False}),
    ("1,2\n3,\n", {"delimiter": ","}),
    ("1,2\n3,\n", {"delimiter": ",", "dtype": "int64"}),
    ("1,2\n3,\n", {"delimiter": ",", "dtype": "uint8"}),
    ("1,2\n3,\n", {"delimiter": ",", "filling_values": 99}),
    ("1,2,3\n,,\n", {"delimiter": ",", "filling_values": [7, 8]}),
    ("1,2,3\n,,\n", {"delimiter": ",", "filling_values": {"2": -5}}),
    ("1, N/A\n3, 4\n", {"delimiter": ",", "missing_values": "N/A", "loose": False}),
    ("1, N/A\n3, 4\n", {"delimiter": ",", "missing_values": "N/A", "filling_values": -1, "loose": False}),
    ("1, ??\n3, 4\n", {"delimiter": ",", "missing_values": {"1": "??"}, "loose": False}),
    ("1, -999\n3, 4\n", {"delimiter": ",", "missing_values": "-999"}),
    ("1 2\n3 4 5\n6 7\n", {}),
    ("1 2\n3 4 5\n6 7\n", {"invalid_raise": False}),
    ("1 2\n\n3 4 5\n6 7 8\n", {}),
    ("1 2\n3 4\n6 7\n", {"skip_footer": 1}),
    ("1 2\n3 4\n6 7 8\n", {"skip_footer": 1}),
    ("h\n1 2\n3 4\n", {"skip_header": 1}),
    ("h\n", {"skip_header": 3}),
    ("1 2\n3 4\n6 7\n", {"dtype": None}),
    ("1 2.5\n3 4\n", {"dtype": None}),
    ("1.5 2.5\n3 4\n", {"dtype": None}),
    ("True false\nTRUE False\n", {"dtype": None}),
    ("1 True\n", {"dtype": None}),
    ("", {"dtype": None}),
    ("a b\n", {"dtype": None}),
    ("1 ,2\n, 4\n", {"dtype": None, "delimiter": ","}),
    ("1.5 2\n3 4\n", {"dtype": "int32"}),
    ("1.5 2\n3 4\n", {"dtype": "int64"}),
    ("1e3 nan\n", {"dtype": "int16"}),
    ("True False\nx true\n", {"dtype": "bool"}),
    ("123456\n789012\n", {"delimiter": 3}),
    ("123456\n789012\n", {"delimiter": [1, 2, 3]}),
    (" 1 | 2 \n 3 | 4 \n", {"delimiter": "|"}),
    (" 1 | 2 \n 3 | 4 \n", {"delimiter": "|", "autostrip": True}),
    ("", {}),
    ("# c\n1 2 # x\n\n3 4\n", {}),
    ("; c\n1 2 ; x\n", {"comments": ";"}),
    ("1 2 # 3\n", {"comments": None}),
    ("1 2\n", {}),
    ("5\n", {}),
    ("5\n", {"ndmin": 2}),
    ("1 2\n", {"ndmin": 1}),
    ("1\n2\n", {"ndmin": 2}),
    ("1 2\n3 4\n", {"usecols": [1]}),
    ("1 2\n3 4\n", {"usecols": -1}),
    ("1 2 3\n3 4\n", {"usecols": [0, 2]}),
    ("1 2\n3 4\n", {"max_rows": 1}),
    ("1 2\n3 4\n", {"max_rows": 0}),
    ("1 2\n3 4\n", {"max_rows": 1, "skip_footer": 1}),
    ("1 2\n3 4\n", {"unpack": True}),
    ("1 50%\n2 25%\n", {"converters": {"1": "pct"}}),
    ("1 2\n", {"converters": "x10"}),
    ("1 2\n", {"ndmin": 4}),
    ("1e400 -1e400 1_0 0x1\n", {}),
    ("9223372036854775808\n", {"dtype": "int64"}),
    ("1,2\r\n3,4\r\n", {"delimiter": ","}),
]

SAVETXT_ARRAYS = {
    "f8": np.array([[1.5, -0.0, np.nan], [np.inf, -np.inf, 1e-300], [0.1, 2.5, 123456789.125]]),
    "f8_1d": np.array([0.5, 1.5, 2.5, 3.5, -1e22, 5e-324]),
    "f8_round": np.array([[0.125, 0.375, 2.675, 1.0000000000000002, 9.995, 0.5]]),
    "f4": np.array([[0.1, 1 / 3, 16777216.0], [np.nan, -np.inf, 3.4028235e38]], dtype=np.float32),
    "i8": np.array([[0, -1, 9223372036854775807], [-9223372036854775808, 255, -255]], dtype=np.int64),
    "u8": np.array([[0, 1, 18446744073709551615]], dtype=np.uint64),
    "b": np.array([[True, False], [False, True]]),
    "u1": np.array([0, 7, 200, 255], dtype=np.uint8),
    "empty": np.zeros((0, 3)),
    "nocols": np.zeros((2, 0)),
    "0d": np.array(5.0),
    "3d": np.zeros((1, 1, 1)),
}
SAVETXT = [
    ("f8", {}), ("f8_1d", {}), ("f4", {}), ("i8", {}), ("u8", {}), ("b", {}), ("u1", {}),
    ("f8", {"fmt": "%.3f"}), ("f8", {"fmt": "%10.4e"}), ("f8", {"fmt": "%-12.3g|"}), ("f8", {"fmt": "%+.2E"}),
    ("f8", {"fmt": "%g"}), ("f8", {"fmt": "%#.3g"}), ("f8", {"fmt": "%s"}), ("f8", {"fmt": "%r"}),
    ("f8", {"fmt": "%d"}), ("f8_1d", {"fmt": "%d"}), ("f8_1d", {"fmt": "%.0f"}), ("f8_1d", {"fmt": "%.0e"}),
    ("f8_1d", {"fmt": "%#.0f"}), ("f8_1d", {"fmt": "%.20f"}), ("f8_1d", {"fmt": "%.17g"}), ("f8_1d", {"fmt": "%F"}),
    ("f8_round", {"fmt": "%.2f"}), ("f8_round", {"fmt": "%.1e"}), ("f8_round", {"fmt": "%.3g"}),
    ("f8_round", {"fmt": "%.18e"}), ("f8_round", {"fmt": "%.25e"}), ("f8_round", {"fmt": "%.30f"}),
    ("f8", {"fmt": "%x"}), ("f8", {"fmt": "%c"}),
    ("f4", {"fmt": "%.10e"}), ("f4", {"fmt": "%s"}), ("f4", {"fmt": "%r"}), ("f4", {"fmt": "%.3f"}),
    ("i8", {"fmt": "%d"}), ("i8", {"fmt": "%x"}), ("i8", {"fmt": "%#X"}), ("i8", {"fmt": "%#o"}),
    ("i8", {"fmt": "%08d"}), ("i8", {"fmt": "%-8d|"}), ("i8", {"fmt": "%+d"}), ("i8", {"fmt": "% d"}),
    ("i8", {"fmt": "%.5d"}), ("i8", {"fmt": "%e"}), ("i8", {"fmt": "%s"}), ("i8", {"fmt": "%r"}), ("i8", {"fmt": "%5.1f"}),
    ("u8", {"fmt": "%d"}), ("u8", {"fmt": "%x"}), ("u8", {"fmt": "%g"}),
    ("b", {"fmt": "%d"}), ("b", {"fmt": "%s"}), ("b", {"fmt": "%.2f"}), ("b", {"fmt": "%x"}), ("b", {"fmt": "%r"}),
    ("u1", {"fmt": "%c"}), ("u1", {"fmt": "%3o"}), ("u1", {"fmt": "%s"}),
    ("i8", {"fmt": ["%d", "%x", "%s"]}), ("i8", {"fmt": ["%d"]}), ("i8", {"fmt": "%d,%d;%d"}),
    ("i8", {"fmt": "%d %d"}), ("i8", {"fmt": "%d %d %d %d"}), ("i8", {"fmt": "%q"}), ("i8", {"fmt": "%d%%"}),
    ("i8", {"fmt": "%(x)d"}),
    ("i8", {"fmt": "%d", "delimiter": ","}), ("i8", {"fmt": "%d", "delimiter": " | ", "newline": "\r\n"}),
    ("i8", {"fmt": "%d", "header": "a b c"}), ("i8", {"fmt": "%d", "header": "line1\nline2", "footer": "end\nx"}),
    ("i8", {"fmt": "%d", "header": "h", "comments": "%% "}), ("i8", {"fmt": "%d", "footer": "f", "comments": ""}),
    ("empty", {}), ("empty", {"header": "h"}), ("nocols", {}), ("0d", {}), ("3d", {}),
    ("f8", {"fmt": "%d"}),
]

FROMSTRING = [
    ("1 2 3", {"sep": " "}), ("1,2,3", {"sep": ","}), ("1, 2,3 ,4", {"sep": ","}), ("1 2 x", {"sep": " "}),
    ("1,2,", {"sep": ","}), ("1,,2", {"sep": ","}), ("1, ,2", {"sep": ","}), ("1, ,2", {"sep": ",", "dtype": "int32"}),
    ("1,  ", {"sep": ",", "dtype": "int32"}), ("1, -", {"sep": ",", "dtype": "int32"}),
    ("\x01\x02", {"dtype": "uint8"}), ("1 2", {}),
    ("1 2 3", {"sep": " ", "dtype": "int64"}), ("1.5 2 3", {"sep": " ", "dtype": "int64"}),
    ("1 2 3", {"sep": " ", "count": 2}), ("1 2 3", {"sep": " ", "count": 0}), ("1 2 3 ", {"sep": " ", "count": 3}),
    ("1 2 3 x", {"sep": " ", "count": 3}), ("", {"sep": " "}), ("   ", {"sep": " "}),
    ("nan inf -inf 1e5 +3 .5 5. infinity -nan(abc) 1e400 NAN(x_1) Inf", {"sep": " "}),
    ("1  \n 2\t3", {"sep": " "}), ("1;2", {"sep": " ; "}), ("1 ;2", {"sep": ";"}), ("1  ; 2", {"sep": ";"}),
    ("1;2;", {"sep": ";"}), (" 1;2", {"sep": ";"}), ("1, 2", {"sep": ",", "count": 1}), ("1xx2", {"sep": "x"}),
    ("1 x 2", {"sep": "x"}), ("1::2", {"sep": "::"}), ("1: :2", {"sep": ": :"}),
    ("300 -300 99999999999999999999 -99999999999999999999 +5 010", {"sep": " ", "dtype": "int8"}),
    ("300 99999999999999999999 7 010", {"sep": " ", "dtype": "uint8"}),
    ("-5", {"sep": " ", "dtype": "uint8"}), ("+5", {"sep": " ", "dtype": "uint32"}), ("0x1A", {"sep": " ", "dtype": "int16"}),
    ("-9223372036854775808 -9223372036854775809 9223372036854775808 0000000000000000000000012", {"sep": " ", "dtype": "int64"}),
    ("18446744073709551615 18446744073709551616", {"sep": " ", "dtype": "uint64"}),
    ("70000 -70000 4294967296", {"sep": " ", "dtype": "int32"}), ("4294967295 4294967296", {"sep": " ", "dtype": "uint32"}),
    ("1 0 2 0.0 nan", {"sep": " ", "dtype": "bool"}), ("1, ,2", {"sep": ",", "dtype": "bool"}),
    ("0.1 1e39 16777217", {"sep": " ", "dtype": "float32"}), ("1e3 2", {"sep": " ", "dtype": "int64"}),
    (" -\n9", {"sep": ";", "dtype": "int32"}), ("-1;+\n2", {"sep": ";", "dtype": "int64"}), ("+ 1", {"sep": " ", "dtype": "uint8"}),
]

FROMREGEX = [
    ("1 2\n3 4\n", r"(\d+) (\d+)", "int64"),
    ("1 2\n3 4\n", r"(\d+) \d+", "int64"),
    ("1 2\n3 4\n", r"\d+", "int64"),
    ("1 300\n3 4\n", r"(\d+) (\d+)", "int8"),
    ("1 300\n3 4\n", r"(\d+) (\d+)", "int16"),
    ("1.5 x\n3 4\n", r"(\S+) (\S+)", "float64"),
    ("1.5 x\n3 4\n", r"(\S+) (\S+)", "int64"),
    (" 1_0 , inf\n", r"([^,]+),([^,]+)", "float64"),
    (" 1_0 , 7\n", r"([^,]+),([^,]+)", "int64"),
    ("0 1 x\n", r"(\S+)", "bool"),
    ("", r"(\d) (\d)", "int64"),
    ("a=1.5;b=-2e3;c=.5\n", r"\w=(?P<val>[-+.\de]+)", "float64"),
    ("x=1\nX=2\n", r"(?i)x=(\d)", "uint8"),
    ("v1 v22 v333", r"v(\d+)", "float32"),
    ("1 2", r"(\d)", [("a", "i8")]),
]


def fromregex_result(text, rx, dtype):
    if not isinstance(dtype, str):
        return None
    ngroups = max(__import__("re").compile(rx).groups, 1)
    sdt = [(f"f{i}", dtype) for i in range(ngroups)]
    def run():
        out = np.fromregex(io.StringIO(text), rx, sdt)
        cols = [out[f"f{i}"] for i in range(ngroups)]
        return cols[0] if ngroups == 1 else np.stack(cols, axis=-1).reshape(len(out), ngroups)
    return result(run)


def main():
    fx = {"loadtxt": [], "genfromtxt": [], "savetxt": [], "fromstring": [], "fromregex": [], "errors": []}
    for text, kw in LOADTXT:
        fx["loadtxt"].append(read_case(np.loadtxt, text, kw))
    fx["loadtxt"].append(read_case(np.loadtxt, "1 2\n3 4\n", {}, gz=True))
    fx["loadtxt"].append(read_case(np.loadtxt, "1,2\n3,4\u00e9\n", {"delimiter": ",", "encoding": "latin1"}, encoding="latin1"))
    for text, kw in GENFROMTXT:
        fx["genfromtxt"].append(read_case(np.genfromtxt, text, kw))
    fx["genfromtxt"].append(read_case(np.genfromtxt, "1 2\n3 4\n", {}, gz=True))
    for name, kw in SAVETXT:
        a = SAVETXT_ARRAYS[name]
        src = {"hex": np.ascontiguousarray(a).tobytes().hex(), "dtype": a.dtype.name, "shape": list(a.shape)}
        b = io.StringIO()
        try:
            np.savetxt(b, a, **kw)
            rec = {"text": b.getvalue()}
        except Exception as e:  # noqa: BLE001
            rec = err(e)
        fx["savetxt"].append({"src": src, "kw": kw, **rec})
    for s, kw in FROMSTRING:
        r = result(lambda: np.fromstring(s, **kw))
        case = {"string": s, "kw": kw, "result": r}
        if "data" in r and kw.get("count", -1) >= 0:
            try:
                n = len(np.fromstring(s, sep=kw["sep"], dtype=kw.get("dtype", float)))
            except ValueError:
                n = kw["count"]
            if n < kw["count"]:
                case["prefix"] = n
        fx["fromstring"].append(case)
    for text, rx, dt in FROMREGEX:
        fx["fromregex"].append({"text": text, "regexp": rx, "dtype": dt, "result": fromregex_result(text, rx, dt)})
    # a missing file; paths with a suffix numwasm reads as it is
    missing = "/nonexistent-numwasm/data.txt"
    fx["errors"].append({"fn": "loadtxt", "path": missing, **err(_raises(lambda: np.loadtxt(missing)))})
    fx["errors"].append({"fn": "genfromtxt", "path": missing, **err(_raises(lambda: np.genfromtxt(missing)))})
    dump(OUT, fx)


def _raises(fn):
    try:
        fn()
    except Exception as e:  # noqa: BLE001
        return e
    raise AssertionError("expected an error")


if __name__ == "__main__":
    main()
