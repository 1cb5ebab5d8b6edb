#!/usr/bin/env python3
"""NumPy side of `npm run bench`: time the same operations as bench/run.mjs and print JSON.

    python3 bench/numpy_bench.py [--quick] [--only JSON_LIST_OF_NAMES] [FILTER]
    python3 bench/numpy_bench.py [--quick] --serve

Output: {"numpy": version, "python": version, "results": {name: seconds_per_call}}, where each
time is the median over repeats of timeit loops (each loop runs >= 0.1 s, 11 repeats; with --quick >= 0.02 s, 3 repeats).
With --serve (what bench/run.mjs uses): one JSON line {"numpy", "python"} first, then for each case
name read from stdin one line {"name", "time"} (time null for an unknown name), so that each case
is timed in NumPy right before numwasm's timing of it, not minutes apart.
Case names must match bench/run.mjs.
"""
import json
import platform
import re
import statistics
import sys
import time
import timeit

import numpy as np

# name -> (setup, statement); names are shared with bench/run.mjs.
CASES = {
    "zeros(1000)": ("", "np.zeros(1000)"),
    "ones(1e5)": ("", "np.ones(100_000)"),
    "add 3 elems, in np.scope": ("a = np.array([1.5, 2.5, 3.5]); b = np.array([4.5, 5.5, 6.5])", "np.add(a, b)"),
    "add 3 elems": ("a = np.array([1.5, 2.5, 3.5]); b = np.array([4.5, 5.5, 6.5])", "np.add(a, b)"),
    "add f64 1e3": ("a = np.ones(1000); b = np.full(1000, 2.5)", "np.add(a, b)"),
    "add f64 1e5": ("a = np.ones(100_000); b = np.full(100_000, 2.5)", "np.add(a, b)"),
    "add f64 1e7": ("a = np.ones(10_000_000); b = np.full(10_000_000, 2.5)", "np.add(a, b)"),
    "multiply f32 1e5": ("a = np.full(100_000, 1.5, np.float32); b = np.full(100_000, 2.5, np.float32)", "np.multiply(a, b)"),
    "minimum f64 1e5": ("a = np.linspace(0, 1, 100_000); b = np.full(100_000, 0.5)", "np.minimum(a, b)"),
    "sqrt f64 1e5": ("a = np.linspace(0, 100, 100_000)", "np.sqrt(a)"),
    "exp f64 1e5": ("a = np.linspace(-5, 5, 100_000)", "np.exp(a)"),
    "exp f32 1e5": ("a = np.linspace(-5, 5, 100_000, dtype=np.float32)", "np.exp(a)"),
    "tan f64 1e5": ("a = np.linspace(-1.5, 1.5, 100_000)", "np.tan(a)"),
    "arctan f64 1e5": ("a = np.linspace(-3, 3, 100_000)", "np.arctan(a)"),
    "log1p f32 1e5": ("a = np.linspace(0, 10, 100_000, dtype=np.float32)", "np.log1p(a)"),
    "exp f64 1e7": ("a = np.linspace(-5, 5, 10_000_000)", "np.exp(a)"),
    "P.T + Q 1000x1000": ("p = np.ones((1000, 1000)); q = np.full((1000, 1000), 0.5)", "np.add(p.T, q)"),
    "(1000,1)+(1,1000)": ("a = np.ones((1000, 1)); b = np.full((1, 1000), 0.5)", "np.add(a, b)"),
    "astype f64->f32 1e5": ("a = np.ones(100_000)", "a.astype('float32')"),
    "arange(1e6)": ("", "np.arange(1_000_000)"),
    "copy 1000x1000 transposed": ("t = np.ones((1000, 1000)).T", "t.copy(order='C')"),
    "str 1000 elems": ("a = np.arange(1000) / 7", "str(a)"),
    "matmul f64 200x200": ("r = np.random.default_rng(1); a = r.random((200, 200)); b = r.random((200, 200))", "a @ b"),
    "matmul f64 1000x1000": ("r = np.random.default_rng(1); a = r.random((1000, 1000)); b = r.random((1000, 1000))", "a @ b"),
    "linalg.solve f64 500x500": ("r = np.random.default_rng(1); a = r.random((500, 500)) + 2 * np.eye(500); b = r.random(500)", "np.linalg.solve(a, b)"),
    "linalg.det 10000 stacked 3x3": ("a = np.random.default_rng(1).random((10000, 3, 3))", "np.linalg.det(a)"),
    "linalg.eigh f64 100x100": ("a = np.random.default_rng(1).random((100, 100)); a = a + a.T", "np.linalg.eigh(a)"),
    "sort f64 1e6": ("a = np.random.default_rng(1).random(1_000_000)", "np.sort(a)"),
    "argsort f64 1e6": ("a = np.random.default_rng(1).random(1_000_000)", "np.argsort(a)"),
    "searchsorted 1e5": ("r = np.random.default_rng(1); a = np.sort(r.random(1_000_000)); v = r.random(100_000)", "np.searchsorted(a, v)"),
    "default_rng.random 1e6": ("r = np.random.default_rng(1)", "r.random(1_000_000)"),
    "default_rng.standard_normal 1e6": ("r = np.random.default_rng(1)", "r.standard_normal(1_000_000)"),
    "default_rng.integers(0, 100) 1e6": ("r = np.random.default_rng(1)", "r.integers(0, 100, 1_000_000)"),
    "median f64 1e6": ("a = np.random.default_rng(1).random(1_000_000)", "np.median(a)"),
    "sum f64 1e5": ("a = np.random.default_rng(1).random(100_000)", "np.sum(a)"),
    "sum f64 1e7": ("a = np.full(10_000_000, 0.5)", "np.sum(a)"),
    "max f64 1e5": ("a = np.random.default_rng(1).random(100_000)", "np.max(a)"),
    "argmax f64 1e5": ("a = np.random.default_rng(1).random(100_000)", "np.argmax(a)"),
    "mean axis0 1000x1000": ("a = np.random.default_rng(1).random((1000, 1000))", "np.mean(a, axis=0)"),
    "evaluate 2*a+3*b*b f64 1e7": ("r = np.random.default_rng(1); a = r.random(10_000_000); b = r.random(10_000_000)", "2*a + 3*b*b"),
    "evaluate a*b+c f32 1e7": ("r = np.random.default_rng(1); a, b, c = (r.random(10_000_000, dtype=np.float32) for _ in range(3))", "a*b + c"),
    "evaluate sum(a*b) f64 1e7": ("r = np.random.default_rng(1); a = r.random(10_000_000); b = r.random(10_000_000)", "np.sum(a*b)"),
    "evaluate 2*a+3*b*b f64 1e5": ("r = np.random.default_rng(1); a = r.random(100_000); b = r.random(100_000)", "2*a + 3*b*b"),
    "evaluate sin(a)**2+cos(b)**2 f64 1e6": ("r = np.random.default_rng(1); a = r.random(1_000_000); b = r.random(1_000_000)", "np.sin(a)**2 + np.cos(b)**2"),
    # whole workloads; the random inputs are drawn in the setup, outside the timing (as in run.mjs)
    "standardize 1e6x10": ("x = np.random.default_rng(1).random((1_000_000, 10))", "(x - x.mean(axis=0)) / x.std(axis=0)"),
    "pairwise distances 1000x3": ("p = np.random.default_rng(1).random((1000, 3))", "np.sqrt(((p[:, None, :] - p[None, :, :])**2).sum(-1))"),
    "monte-carlo pi 1e6": ("r = np.random.default_rng(1); x = r.random(1_000_000); y = r.random(1_000_000)", "4 * np.mean(x*x + y*y < 1)"),
    "softmax rows 1000x1000": (
        "x = np.random.default_rng(1).random((1000, 1000))",
        "e = np.exp(x - x.max(1, keepdims=True)); e / e.sum(1, keepdims=True)",
    ),
}


def measure(setup, stmt, target, repeats):
    ns = {"np": np}
    exec(setup, ns)
    timer = timeit.Timer(stmt, globals=ns)
    number = 1
    while True:  # like Timer.autorange, with our own target time per loop
        if timer.timeit(number) >= target:
            break
        number *= 2 if number < 8 else 4
    return statistics.median(timer.repeat(repeats, number)) / number


def main(argv):
    quick = "--quick" in argv
    only, pattern, i = None, None, 0
    while i < len(argv):
        a = argv[i]
        if a == "--only":
            only = json.loads(argv[i + 1])
            i += 1
        elif not a.startswith("--"):
            pattern = re.compile(a, re.I)
        i += 1
    # Warm up before the first case, which otherwise reads 10-50% slower than the same statement
    # timed right after it ("add 3 elems, in np.scope" vs "add 3 elems": 363 vs 321 ns).
    warm = timeit.Timer("np.add(a, b)", "a = np.ones(3); b = np.ones(3)", globals={"np": np})
    end = time.perf_counter() + (0.1 if quick else 0.5)
    while time.perf_counter() < end:
        warm.timeit(1000)
    target, repeats = (0.02, 3) if quick else (0.1, 11)
    if "--serve" in argv:
        print(json.dumps({"numpy": np.__version__, "python": platform.python_version()}), flush=True)
        for line in sys.stdin:
            name = line.strip()
            t = measure(*CASES[name], target, repeats) if name in CASES else None
            print(json.dumps({"name": name, "time": t}), flush=True)
        return
    results = {}
    for name, (setup, stmt) in CASES.items():
        if only is not None and name not in only:
            continue
        if pattern and not pattern.search(name):
            continue
        results[name] = measure(setup, stmt, target, repeats)
        print(f"numpy  {name}: {results[name] * 1e9:.0f} ns", file=sys.stderr)
    print(json.dumps({"numpy": np.__version__, "python": platform.python_version(), "results": results}))


if __name__ == "__main__":
    main(sys.argv[1:])
