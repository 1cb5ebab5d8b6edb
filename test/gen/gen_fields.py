"""Golden fixtures for a.getfield / a.setfield on numwasm's (non-structured) dtypes: part of each
element's bytes read or written as another dtype at a byte offset. test/fields.test.mjs replays
them (argspec's records; setfield's cases record the array after the call)."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from common import dump
import argspec
from argspec import Arr, sample

OUT = os.path.join(os.path.dirname(__file__), "..", "fixtures", "fields.json")
cases = []


def err(e):
    return {"error": type(e).__name__, "message": str(e)}


def case(fn, *args, after=None, **kwargs):
    argspec.run_case(cases, err, fn, args, kwargs, after)


SIZES = {"bool": 1, "int8": 1, "uint8": 1, "int16": 2, "uint16": 2, "int32": 4, "uint32": 4, "int64": 8, "uint64": 8,
         "float32": 4, "float64": 8}
for src in ["int32", "int64", "float64", "uint16", "bool", "float32"]:
    for dt, size in SIZES.items():
        if size > SIZES[src]:
            case("a.getfield", sample([2, 3], src, 1), dt)
            continue
        for off in range(0, SIZES[src] - size + 1, max(1, size // 2)):
            case("a.getfield", sample([2, 3], src, 1), dt, off)
    case("a.getfield", sample([2, 3], src, 2, ["T"]), "uint8", SIZES[src] - 1)
    case("a.getfield", sample([4, 3], src, 2, ["::-2, ::-1"]), "uint8")
    case("a.getfield", sample([], src, 3), "uint8")
    case("a.getfield", sample([0, 2], src, 3), "uint8")
x = sample([2, 3], "int32", 4)
case("a.getfield", x, "int16", offset=2)
case("a.getfield", x, "int16", 3)
case("a.getfield", x, "int16", -1)
case("a.getfield", x, "int64")
case("a.getfield", x, "int64", -1)
case("a.getfield", x, "float32")
case("a.getfield", x, "int16", True)
case("a.getfield", x, None)
case("a.getfield", Arr([1.5, -2.25], "float64"), "int32", 4)
case("a.getfield", Arr([1.5, -2.25], "float64"), "float64")
for val, dt, off in [(7, "int16", 2), (7, "int16", 0), ([1, 2, 3], "int16", 0), (3.7, "int16", 0), (1e10, "float32", 0),
                     (-1, "uint8", 3), (300, "uint8", 1), (True, "bool", 0), ([[1], [2]], "int8", 2), (2.5, "float32", 0)]:
    case("a.setfield", sample([2, 3], "int32", 5), val, dt, off, after=0)
case("a.setfield", sample([2, 3], "float64", 5), 1.5, "float32", 4, after=0)
case("a.setfield", sample([2, 3], "int64", 5, ["T"]), -1, "int32", 4, after=0)
case("a.setfield", sample([2, 3], "int64", 5), 2**40, "int32", 4)
case("a.setfield", sample([2, 3], "int32", 5), 7, "int16", 3)
case("a.setfield", sample([2, 3], "int32", 5), 7, "int64")
case("a.setfield", sample([2, 3], "int32", 5), [1, 2], "int16")
case("a.setfield", sample([2, 3], "int32", 5), 7, "int16", offset=2, after=0)
dump(OUT, cases)
print(f"{len(cases)} cases -> {OUT}")
