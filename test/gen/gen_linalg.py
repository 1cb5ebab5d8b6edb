"""Golden fixtures for np.linalg (test/linalg.test.mjs replays them).

Each case: {"fn", "args", "kwargs", "expect", "tol", ...}. Arguments are argspec specs (arrays
with view ops). "expect" is a tree: {"array": enc_array} / {"scalar": v} / {"tuple": [...],
"names": [...]} / {"error", "message"}. Float results come from LAPACK, whose rounding differs
from ours: element i of an output array must lie within tol * max|expected| of NumPy's (exact
for integers, NaN where NumPy has NaN). Outputs whose signs come from LAPACK details (singular
and eigen vectors) are listed in "signs": {output index: -2 (vectors are columns) or -1 (rows)}
and compared up to one sign per vector; "sorted": eigenvalues compared as sorted sets (eig above
n = 75, where LAPACK's dlaqr0 picks the order), vectors then checked only by reconstruction
("recon": the test rebuilds the input from the factors: qr, svd, eigh, eig).
"""
import math
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from common import dump, enc, enc_array
from argspec import Arr, Tup, to_py, to_js

warnings.simplefilter("ignore")
OUT = os.path.join(os.path.dirname(__file__), "..", "fixtures", "linalg.json")
L = np.linalg
cases = []


def encode(r, names=None):
    if isinstance(r, tuple):
        d = {"tuple": [encode(v) for v in r]}
        if hasattr(r, "_fields"):
            d["names"] = list(r._fields)
        return d
    if isinstance(r, np.ndarray):
        return {"array": enc_array(r)}
    if isinstance(r, (np.generic, int, float, bool)):
        return {"scalar": enc(r)}
    raise TypeError(type(r))


def case(fn, *args, tol=1e-12, atol=0, signs=None, sorted_=False, recon=None, **kwargs):
    py = []
    for a in args:
        py.append(to_py(a, py))
    js = lambda v: enc(v) if isinstance(v, float) else to_js(v)
    c = {"fn": fn, "args": [to_js(a) for a in args], "kwargs": {k: js(v) for k, v in kwargs.items()}}
    try:
        r = getattr(L, fn)(*py, **{k: to_py(v) for k, v in kwargs.items()})
        c["expect"] = encode(r)
        c["tol"] = tol
        if atol:
            c["atol"] = atol
        if signs:
            c["signs"] = signs
        if sorted_:
            c["sorted"] = True
        if recon:
            c["recon"] = recon
    except Exception as e:  # noqa: BLE001
        name = next(k.__name__ for k in type(e).__mro__ if k.__name__ in {"LinAlgError", "ValueError", "TypeError", "IndexError"})
        c["expect"] = {"error": name, "message": str(e)}
    cases.append(c)


def mat(shape, dt="float64", seed=0, ops=(), spd=False, sym=False, lo=-5, hi=5):
    """Random matrices (values with 3 decimals, exact in float32 too when small), optionally
    symmetric or symmetric positive definite; integers for integer dtypes, 0/1 for bool."""
    rng = np.random.default_rng(seed)
    a = rng.uniform(lo, hi, shape)
    if dt == "bool":
        a = a > 0
    elif dt.startswith("int") or dt.startswith("uint"):
        a = np.round(a)
    else:
        a = np.round(a, 2)
    if sym or spd:
        a = a + np.swapaxes(a, -1, -2)
    if spd:
        n = shape[-1]
        a = np.round(a @ np.swapaxes(a, -1, -2) / 4, 2) + n * np.eye(n)
    a = a.astype(dt)
    vals = a.tolist()
    return Arr(vals if a.size else np.zeros(shape).tolist(), dt, ops)


def tol_for(dt, base=1e-12):
    return 2e-6 if dt == "float32" else base


DTS = ["float64", "float32", "int64", "int32", "bool"]

# ---------------------------------------------------------------- det, slogdet, inv, solve
for dt in DTS:
    t = tol_for(dt)
    case("det", mat([3, 3], dt, 1), tol=t)
    case("slogdet", mat([4, 4], dt, 2), tol=t)
    case("inv", mat([4, 4], dt, 3, lo=-9, hi=9), tol=tol_for(dt, 1e-11))
    case("solve", mat([3, 3], dt, 4), mat([3], dt, 5), tol=tol_for(dt, 1e-11))
    case("solve", mat([3, 3], dt, 6), mat([3, 2], dt, 7), tol=tol_for(dt, 1e-11))
for n in [1, 2, 5, 8, 17]:
    case("det", mat([n, n], "float64", 10 + n), tol=1e-12)
    case("inv", mat([n, n], "float64", 20 + n), tol=1e-10)
    case("slogdet", mat([n, n], "float64", 30 + n), tol=1e-12)
# stacks and views
case("det", mat([2, 3, 4, 4], "float64", 40))
case("det", mat([5, 3, 3], "float32", 41), tol=2e-6)
case("slogdet", mat([3, 3, 3], "float64", 42))
case("inv", mat([2, 2, 3, 3], "float64", 43), tol=1e-11)
case("inv", mat([4, 4], "float64", 44, ops=["T"]), tol=1e-11)
case("inv", mat([4, 4], "float64", 45, ops=["::-1, ::-1"]), tol=1e-11)
case("det", mat([6, 8], "float64", 46, ops=["::2, 1::2"]))
case("det", mat([5, 5], "float64", 47, ops=["T"]))
case("solve", mat([2, 3, 3], "float64", 48), mat([2, 3, 2], "float64", 49), tol=1e-11)
case("solve", mat([2, 1, 3, 3], "float64", 50), mat([4, 3, 2], "float64", 51), tol=1e-11)   # batch broadcast
case("solve", mat([2, 3, 3], "float64", 52), mat([3], "float64", 53), tol=1e-11)        # b 1-d: one vector for every matrix
case("solve", mat([3, 3], "float64", 54), mat([4, 3, 1], "float64", 55), tol=1e-11)
case("solve", mat([4, 4], "float64", 56, ops=["T"]), mat([4, 2], "float64", 57, ops=["::-1"]), tol=1e-11)
case("solve", mat([3, 3], "float32", 58), mat([3], "float64", 59), tol=1e-11)
# singular / ill-conditioned / NaN / errors
sing = Arr([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]], "float64")
zero = Arr([[1.0, 2.0], [2.0, 4.0]], "float64")
case("det", zero)
case("slogdet", zero)
case("inv", zero)
case("solve", zero, Arr([1.0, 2.0], "float64"))
case("det", sing, tol=0, atol=1e-14)
case("det", Arr([[1.0, 2.0], [2.0, 4.0]], "int64"))
case("inv", Arr([[1.0, np.nan], [2.0, 3.0]], "float64"))
case("det", Arr([[np.nan, 1.0], [2.0, 3.0]], "float64"))
case("det", Arr([[np.inf, 1.0], [2.0, 3.0]], "float64"))
hilb = [[1.0 / (i + j + 1) for j in range(6)] for i in range(6)]
case("det", Arr(hilb, "float64"), tol=1e-8)
case("inv", Arr(hilb, "float64"), tol=1e-5)
case("solve", Arr(hilb, "float64"), Arr([1.0] * 6, "float64"), tol=1e-5)
case("det", mat([3, 4], "float64", 60))
case("det", mat([3], "float64", 61))
case("inv", mat([2, 3, 4], "float64", 62))
case("solve", mat([3, 3], "float64", 63), mat([4], "float64", 64))
case("solve", mat([3, 3], "float64", 65), mat([2, 3], "float64", 66))
case("solve", mat([2, 3, 3], "float64", 67), mat([4, 3, 1], "float64", 68))
# empty
for fn in ["det", "slogdet", "inv"]:
    case(fn, Arr(np.zeros((1, 1)).tolist(), "float64", [":0, :0"]))
case("det", Arr(np.zeros((0, 3, 3)).tolist(), "float64"))
case("inv", Arr(np.zeros((0, 3, 3)).tolist(), "float64"))
case("slogdet", Arr(np.zeros((0, 3, 3)).tolist(), "float32"))

# ---------------------------------------------------------------- cholesky
for dt in ["float64", "float32", "int64"]:
    case("cholesky", mat([4, 4], dt, 70, spd=True), tol=tol_for(dt))
case("cholesky", mat([4, 4], "float64", 71, spd=True), upper=True)
case("cholesky", mat([2, 3, 3], "float64", 72, spd=True))
case("cholesky", mat([5, 5], "float64", 73, spd=True, ops=["::-1, ::-1"]))
case("cholesky", Arr([[1.0, 2.0], [2.0, 1.0]], "float64"))
case("cholesky", Arr([[4.0, 99.0], [2.0, 5.0]], "float64"))  # upper triangle ignored
case("cholesky", mat([3, 4], "float64", 74))
case("cholesky", Arr(np.zeros((0, 2, 2)).tolist(), "float64"))

# ---------------------------------------------------------------- qr
for shape in [[4, 3], [3, 4], [5, 5], [1, 3], [3, 1], [2, 4, 3]]:
    for mode in ["reduced", "complete", "r", "raw"]:
        case("qr", mat(shape, "float64", 80 + len(cases)), mode=mode, tol=1e-12)
case("qr", mat([4, 3], "float32", 90), tol=2e-6)
case("qr", mat([4, 3], "int64", 91), tol=1e-12)
case("qr", mat([5, 4], "float64", 92, ops=["::-1, ::2"]), tol=1e-12)
case("qr", Arr([[1.0, 2.0], [0.0, 3.0], [0.0, 0.0]], "float64"))   # tau = 0 columns: NumPy's signs
case("qr", Arr([[0.0, 0.0], [0.0, 0.0]], "float64"))
case("qr", mat([4, 3], "float64", 93), mode="bogus")
case("qr", mat([3], "float64", 94))
case("qr", Arr(np.zeros((0, 3)).tolist(), "float64"))

# ---------------------------------------------------------------- eigh, eigvalsh, eig, eigvals
# eigh follows LAPACK dsyevd's steps, so up to n = 25 (where dsyevd runs QL / QR rather than
# divide and conquer) the eigenvectors carry NumPy's signs: compared as they are
for dt in ["float64", "float32", "int64"]:
    case("eigh", mat([5, 5], dt, 100, sym=True), tol=tol_for(dt, 1e-11), recon="eigh")
    case("eigvalsh", mat([5, 5], dt, 101, sym=True), tol=tol_for(dt, 1e-11))
case("eigh", mat([4, 4], "float64", 102), UPLO="U", tol=1e-11, recon="eigh")
case("eigh", mat([4, 4], "float64", 103), tol=1e-11, recon="eigh")       # lower triangle only
case("eigvalsh", mat([4, 4], "float64", 104), UPLO="U", tol=1e-11)
case("eigh", mat([3, 6, 6], "float64", 105, sym=True), tol=1e-11, recon="eigh")
case("eigh", mat([6, 6], "float64", 106, sym=True, ops=["::-1, ::-1"]), tol=1e-11, recon="eigh")
case("eigh", Arr(np.diag([3.0, 1.0, 2.0]).tolist(), "float64"), recon="eigh")
for n in [2, 3, 7, 12, 17, 25]:
    for uplo in ["L", "U"]:
        case("eigh", mat([n, n], "float64", 300 + n), UPLO=uplo, tol=1e-10, recon="eigh")
    case("eigh", mat([n, n], "float32", 330 + n, sym=True), tol=2e-4, recon="eigh")
case("eigh", Arr((np.eye(4) * 1e-300 + np.diag([1e-300] * 3, -1)).tolist(), "float64"), tol=1e-11, recon="eigh")  # dsyevd's scaling
case("eigh", Arr((np.eye(3) * 1e300 + np.diag([2e300] * 2, -1)).tolist(), "float64"), tol=1e-11, recon="eigh")
# NaN / inf as LAPACK meets them: no convergence (LinAlgError), NaN results where dsteqr still
# converges (a 2x2 block, an inf spreading to NaN), nothing at all in the triangle not read
nan6 = np.diag(np.arange(1.0, 7.0)) + np.diag([1.0] * 5, -1)
case("eigh", Arr([[1.0, math.nan], [math.nan, 2.0]], "float64"))
case("eigh", Arr((np.diag(np.arange(1.0, 7.0)) + np.diag([math.nan] * 5, -1)).tolist(), "float64"))
case("eigh", Arr((nan6 + np.diag([0, math.nan, 0, 0, 0, 0])).tolist(), "float64"))
case("eigh", Arr((nan6 + np.diag([0, math.inf, 0, 0, 0, 0])).tolist(), "float64"))
case("eigh", Arr((nan6 + np.diag([math.nan] * 5, 1)).tolist(), "float64"), recon="eigh")   # upper triangle unread
case("eigvalsh", Arr((nan6 + np.diag([math.inf] * 5, 1)).tolist(), "float64"), UPLO="U")
# above 25 LAPACK's divide and conquer picks its own signs
case("eigh", mat([30, 30], "float64", 360, sym=True), tol=1e-10, signs={"1": -2}, recon="eigh")
case("eigvalsh", Arr(np.ones((4, 4)).tolist(), "float64"), tol=1e-12)
case("eigh", mat([4, 4], "float64", 107), UPLO="X")
case("eigh", Arr(np.zeros((1, 1)).tolist(), "float64", [":0, :0"]))
# eig / eigvals: the eigenvalues in LAPACK dgeev's order and the eigenvectors with its signs (the
# kernel runs dgeev's steps); only above n = 75, where LAPACK switches to dlaqr0, the order may
# differ, so that case compares sorted sets and checks the vectors by reconstruction.
for seed in range(3):
    # real eigenvalues: a similarity transform of a diagonal matrix
    rng = np.random.default_rng(110 + seed)
    n = 4 + seed
    P = np.round(rng.uniform(-2, 2, (n, n)), 1) + n * np.eye(n)
    D = np.diag(np.arange(1, n + 1) * (-1.0) ** np.arange(n))
    A = P @ D @ np.linalg.inv(P)
    case("eig", Arr(A.tolist(), "float64"), tol=1e-9, recon="eig")
    case("eigvals", Arr(A.tolist(), "float64"), tol=1e-9)
case("eig", mat([4, 4], "float64", 120, sym=True), tol=1e-10, recon="eig")
case("eig", mat([2, 3, 3], "float64", 121, sym=True), tol=1e-10, recon="eig")
case("eig", Arr([[2.0, 1.0], [0.0, 2.0]], "float64"), tol=1e-12)
case("eigvals", Arr([[1, 2], [3, 4]], "int64"), tol=1e-12)
case("eigvals", mat([3, 3], "float32", 122, sym=True), tol=2e-6)
B3 = [[0, 0, 1], [1, 1, 1], [1, 1, 1]]
case("eig", Arr(B3, "bool"), tol=1e-12, recon="eig")
case("eigvals", Arr(B3, "bool"), tol=1e-12)
F3 = [[-0.6086106159129299, 0.5327215998890392, -2.279026489055327],
      [1.1744986790091876, 1.0669833108953142, -1.3020708582457947],
      [-0.9785485286214127, -0.8011720107811816, 0.043295900283144985]]
case("eig", Arr(F3, "float64"), tol=1e-12, recon="eig")
case("eigvals", Arr(F3, "float64"), tol=1e-12)
# dgebal's permutations isolate eigenvalues (triangular, zero rows / columns)
case("eig", Arr([[1.0, 2.0, 3.0], [0.0, 4.0, 5.0], [0.0, 0.0, 6.0]], "float64"), tol=1e-12, recon="eig")
case("eig", Arr([[1.0, 0.0, 0.0], [2.0, 3.0, 0.0], [4.0, 5.0, 6.0]], "float64"), tol=1e-12, recon="eig")
case("eig", Arr([[2.0, 0.0, 1.0, 0.0], [1.0, 3.0, 2.0, 1.0], [1.0, 0.0, 1.0, 0.0], [0.0, 0.0, 0.0, 5.0]], "float64"), tol=1e-12, recon="eig")
# dgebal's scaling: a badly scaled similarity of a symmetric matrix
S = np.diag(2.0 ** np.array([-10, 0, 10, 5]))
rng = np.random.default_rng(124)
M = np.round(rng.uniform(-5, 5, (4, 4)), 2)
case("eig", Arr((S @ (M + M.T) @ np.linalg.inv(S)).tolist(), "float64"), tol=1e-10, recon="eig")
case("eig", mat([5, 5], "int64", 125, sym=True), tol=1e-10, recon="eig")
case("eig", mat([2, 2, 4, 4], "float64", 126, sym=True), tol=1e-10, recon="eig")
case("eig", Arr([[5.0]], "float64"), tol=1e-12)
case("eig", Arr(np.diag([2.0, 1.0, 2.0]).tolist(), "float64"), tol=1e-12)
case("eig", mat([6, 6], "float32", 127, sym=True), tol=2e-5, recon="eig")
rng = np.random.default_rng(128)
P = np.round(rng.uniform(-2, 2, (8, 8)), 1) + 8 * np.eye(8)
A = P @ np.diag([3.0, -1.0, 0.5, 7.0, -4.0, 2.0, -2.5, 1.5]) @ np.linalg.inv(P)
case("eig", Arr(A.tolist(), "float64"), tol=1e-9, recon="eig")
# above n = 75 LAPACK's dlaqr0 orders the values its own way: sorted sets, vectors by reconstruction
case("eig", mat([80, 80], "float64", 129, sym=True), tol=1e-9, sorted_=True, recon="eig")
case("eig", Arr([[np.nan, 1.0], [2.0, 3.0]], "float64"))
case("eig", mat([3, 4], "float64", 123))

# ---------------------------------------------------------------- svd, svdvals, pinv, matrix_rank, lstsq
for shape in [[5, 3], [3, 5], [4, 4], [1, 4], [4, 1], [2, 3, 2]]:
    for full in [True, False]:
        case("svd", mat(shape, "float64", 130 + len(cases)), full_matrices=full, tol=1e-11, signs={"0": -2, "2": -1}, recon="svd")
    case("svd", mat(shape, "float64", 140 + len(cases)), compute_uv=False, tol=1e-11)
    case("svdvals", mat(shape, "float64", 150 + len(cases)), tol=1e-11)
case("svd", mat([4, 3], "float32", 160), tol=2e-6, signs={"0": -2, "2": -1}, recon="svd")
case("svd", mat([4, 3], "int64", 161), tol=1e-11, signs={"0": -2, "2": -1}, recon="svd")
case("svd", mat([6, 5], "float64", 162, ops=["::-1, 1:"]), tol=1e-11, signs={"0": -2, "2": -1}, recon="svd")
# hermitian=True goes through eigh (dsyevd's steps), so its vectors carry NumPy's signs
case("svd", mat([4, 4], "float64", 163, sym=True), hermitian=True, tol=1e-11, recon="svd")
for n in [2, 9, 25]:
    case("svd", mat([n, n], "float64", 170 + n, sym=True), hermitian=True, tol=1e-10, recon="svd")
case("svd", mat([4, 4], "float64", 164, sym=True), hermitian=True, compute_uv=False, tol=1e-11)
case("svd", Arr([[1.0, 2.0], [2.0, 4.0], [3.0, 6.0]], "float64"), compute_uv=False, tol=1e-12)
# extreme scales: squared norms would overflow / underflow without scaling
tri = np.array([[2.0, -1, 0, 0], [-1, 2, -1, 0], [0, -1, 2, -1], [0, 0, -1, 2.5]])
for k in [1e200, 1e-200]:
    case("svd", Arr((tri * k).tolist(), "float64"), compute_uv=False, tol=1e-13)
    case("svd", Arr((tri[:, :3] * k).tolist(), "float64"), tol=1e-12, signs={"0": -2, "2": -1})
    case("eigvalsh", Arr((tri * k).tolist(), "float64"), tol=1e-13)
    case("det", Arr((tri * k).tolist(), "float64"), tol=1e-13)
    case("cond", Arr((tri * k).tolist(), "float64"), tol=1e-12)
# rank-deficient matrices: the Jacobi rotations once chased their null rows into subnormal
# numbers without converging ("SVD did not converge"), or zeroed rows from inaccurate lengths
lowrank = [np.array([[-1, 2, 0], [-2, 4, 0], [-3, 3, -4]])]
rng = np.random.default_rng(7)
for n, m, r in [(3, 3, 1), (4, 4, 2), (5, 7, 3), (7, 5, 2), (7, 7, 4), (6, 8, 5), (8, 6, 1), (8, 8, 6)]:
    lowrank.append(rng.integers(-5, 6, (n, r)) @ rng.integers(-5, 6, (r, m)))
for i, a in enumerate(lowrank):
    A = Arr(a.tolist(), "int64")
    case("svd", A, compute_uv=False, tol=1e-12)  # the null space has no unique basis: pinv checks the factors
    case("svdvals", Arr((a * 1e-150).tolist(), "float64"), tol=1e-12)
    case("pinv", A, tol=1e-10)
    case("matrix_rank", A)
    case("lstsq", A, Arr(a[:, 0].tolist(), "int64"), tol=1e-10)
case("svd", Arr([[np.nan, 1.0], [1.0, 2.0]], "float64"))
case("svd", mat([3], "float64", 165))
case("svd", Arr(np.zeros((0, 3)).tolist(), "float64"), compute_uv=False)
for dt in ["float64", "float32", "int64"]:
    case("pinv", mat([4, 3], dt, 170), tol=tol_for(dt, 1e-10))
case("pinv", mat([3, 5], "float64", 171), tol=1e-10)
case("pinv", Arr([[1.0, 2.0], [2.0, 4.0]], "float64"), tol=1e-10)
case("pinv", mat([2, 3, 3], "float64", 172), tol=1e-10)
case("pinv", mat([4, 4], "float64", 173, sym=True), hermitian=True, tol=1e-10)
case("pinv", Arr([[1.0, 2.0], [2.0, 4.000001]], "float64"), rcond=1e-3, tol=1e-10)
case("pinv", Arr([[1.0, 2.0], [2.0, 4.000001]], "float64"), rtol=None, tol=1e-6)
case("pinv", Arr(np.zeros((3, 0)).tolist(), "float64"))
case("matrix_rank", Arr([[1.0, 2.0], [2.0, 4.0]], "float64"))
case("matrix_rank", mat([4, 4], "float64", 180))
case("matrix_rank", mat([3, 4, 4], "int64", 181))
case("matrix_rank", Arr(np.diag([1.0, 1e-9, 1e-20]).tolist(), "float64"))
case("matrix_rank", Arr(np.diag([1.0, 1e-9, 1e-20]).tolist(), "float64"), tol=1e-8)
case("matrix_rank", Arr(np.diag([1.0, 1e-9, 1e-20]).tolist(), "float64"), rtol=1e-5)
case("matrix_rank", Arr([1.0, 0.0], "float64"))
case("matrix_rank", Arr([0, 0], "int64"))
case("matrix_rank", mat([4, 4], "float64", 182, sym=True), hermitian=True)
case("lstsq", mat([6, 3], "float64", 190), mat([6], "float64", 191), tol=1e-10)
case("lstsq", mat([6, 3], "float64", 192), mat([6, 2], "float64", 193), tol=1e-10)
case("lstsq", mat([3, 5], "float64", 194), mat([3], "float64", 195), tol=1e-10)
case("lstsq", Arr([[1.0, 2.0], [2.0, 4.0], [3.0, 6.0]], "float64"), Arr([1.0, 2.0, 3.5], "float64"), tol=1e-10)
case("lstsq", mat([5, 3], "float32", 196), mat([5], "float32", 197), tol=2e-6)
case("lstsq", mat([5, 3], "int64", 198), mat([5], "int64", 199), rcond=0.5, tol=1e-10)
case("lstsq", mat([5, 3], "float64", 200), mat([4], "float64", 201))
case("lstsq", mat([2, 5, 3], "float64", 202), mat([2, 5], "float64", 203))
case("lstsq", Arr([[np.nan, 1.0]], "float64"), Arr([1.0], "float64"))

# ---------------------------------------------------------------- norms, cond
vec = mat([7], "float64", 210)
for ordv in [None, 0, 1, 2, 3, 0.5, -1, math.inf, -math.inf]:
    case("norm", vec, ord=ordv, tol=1e-12)
case("norm", vec, ord="fro")
m45 = mat([4, 5], "float64", 211)
for ordv in [None, "fro", "nuc", 1, -1, 2, -2, math.inf, -math.inf]:
    case("norm", m45, ord=ordv, tol=1e-11)
case("norm", m45, ord=3)
case("norm", mat([2, 3, 4], "float64", 212), axis=1, tol=1e-12)
case("norm", mat([2, 3, 4], "float64", 213), axis=Tup(2, 0), ord=1, tol=1e-12)
case("norm", mat([2, 3, 4], "float64", 214), axis=Tup(0, 2), ord=2, keepdims=True, tol=1e-11)
case("norm", mat([2, 3, 4], "float64", 215), axis=Tup(-1, -2), ord=math.inf, keepdims=True, tol=1e-12)
case("norm", mat([2, 3, 4], "float64", 216), keepdims=True, tol=1e-12)
case("norm", mat([2, 3, 4], "float64", 217), axis=Tup(0, 0))
case("norm", mat([2, 3, 4], "float64", 218), axis=Tup(0, 1, 2))
case("norm", mat([3, 4], "float32", 219), tol=2e-6)
case("norm", mat([3, 4], "float32", 220), ord=2, tol=2e-6)
case("norm", mat([3, 4], "int64", 221), ord=1, tol=1e-12)
case("norm", mat([5], "bool", 222), tol=1e-12)
case("norm", mat([4, 4], "float64", 223, ops=["::-1, ::2"]), ord="nuc", tol=1e-11)
case("norm", Arr([np.nan, 1.0], "float64"))
case("matrix_norm", mat([2, 3, 4], "float64", 230), tol=1e-12)
case("matrix_norm", mat([2, 3, 4], "float64", 231), ord=2, keepdims=True, tol=1e-11)
case("matrix_norm", mat([3, 3], "float64", 232), ord=-math.inf, tol=1e-12)
case("vector_norm", mat([2, 3, 4], "float64", 233), tol=1e-12)
case("vector_norm", mat([2, 3, 4], "float64", 234), axis=Tup(0, 2), ord=1, keepdims=True, tol=1e-12)
case("vector_norm", mat([2, 3, 4], "float64", 235), axis=1, ord=math.inf, tol=1e-12)
case("vector_norm", mat([2, 3, 4], "float32", 236), keepdims=True, ord=3, tol=2e-6)
# empty input, negative order: the sum 0.0 raised to 1/ord is inf (0 ** -1 once raised as ints do)
for ordv in [-1, -0.5, 3]:
    case("vector_norm", Arr([], "float64"), ord=ordv)
    case("norm", Arr([], "float32"), ord=ordv)
for p in [None, 1, -1, 2, -2, math.inf, -math.inf, "fro", "nuc"]:
    case("cond", mat([4, 4], "float64", 240), p=p, tol=1e-10)
case("cond", mat([5, 3], "float64", 241), tol=1e-10)
case("cond", mat([2, 3, 3], "float64", 242), p=1, tol=1e-10)
case("cond", Arr([[1.0, 2.0], [2.0, 4.0]], "float64"), p=1)
case("cond", Arr([[1.0, 2.0], [2.0, 4.0]], "float64"), p="fro")
case("cond", Arr(hilb, "float64"), tol=1e-4)
case("cond", mat([3, 3], "float32", 243), p="fro", tol=2e-6)
case("cond", Arr(np.zeros((1, 1)).tolist(), "float64", [":0, :0"]))

# ---------------------------------------------------------------- matrix_power, multi_dot, tensorinv, tensorsolve
im = mat([3, 3], "int64", 250)
for k in [0, 1, 2, 3, 5, 6]:
    case("matrix_power", im, k)
case("matrix_power", mat([3, 3], "float64", 251), -2, tol=1e-10)
case("matrix_power", Arr([[2, 1], [1, 1]], "int64"), -3, tol=1e-12)
case("matrix_power", Arr([[1, 2], [2, 4]], "int64"), -1)
case("matrix_power", mat([2, 3, 3], "float64", 252), 4, tol=1e-12)
case("matrix_power", mat([2, 2], "float32", 253), 7, tol=1e-5)
case("matrix_power", mat([2, 3], "float64", 254), 2)
case("matrix_power", im, 1.5)
case("multi_dot", [mat([3, 4], "float64", 260), mat([4, 5], "float64", 261), mat([5, 2], "float64", 262)], tol=1e-12)
case("multi_dot", [mat([4], "float64", 263), mat([4, 5], "float64", 264), mat([5, 9], "float64", 265), mat([9, 2], "float64", 266), mat([2], "float64", 267)], tol=1e-12)
case("multi_dot", [mat([10, 2], "int64", 268), mat([2, 30], "int64", 269), mat([30, 3], "int64", 270), mat([3, 40], "int64", 271)])
case("multi_dot", [mat([3, 4], "float64", 272)])
case("tensorinv", Arr((np.eye(24).reshape(4, 6, 8, 3) + np.round(np.random.default_rng(271).uniform(-0.2, 0.2, (4, 6, 8, 3)), 2)).tolist(), "float64"), ind=2, tol=1e-9)
case("tensorinv", Arr((np.eye(6).reshape(6, 2, 3)).tolist(), "float64"), ind=1, tol=1e-12)
case("tensorinv", mat([4, 4], "float64", 272), ind=0)
case("tensorsolve", Arr((np.eye(6).reshape(2, 3, 6) * 2 + 0.5).tolist(), "float64"), mat([2, 3], "float64", 273), tol=1e-10)
case("tensorsolve", Arr((np.eye(6).reshape(3, 6, 2) + 0.5).tolist(), "float64"), mat([6], "float64", 275), axes=Tup(0), tol=1e-10)
case("tensorsolve", Arr((np.eye(6).reshape(6, 2, 3) + 0.25).tolist(), "float64"), mat([6], "float64", 276), tol=1e-10)
case("tensorsolve", mat([2, 3, 4], "float64", 277), mat([2, 3], "float64", 278))

# ---------------------------------------------------------------- array-API aliases
case("cross", mat([3], "float64", 280), mat([3], "float64", 281))
case("cross", mat([4, 3], "int64", 282), mat([3], "int64", 283))
case("cross", mat([3, 4], "float64", 284), mat([3, 4], "float64", 285), axis=0)
case("cross", mat([2], "float64", 286), mat([2], "float64", 287))
case("diagonal", mat([2, 3, 4], "int64", 288))
case("diagonal", mat([3, 4], "int64", 289), offset=1)
case("trace", mat([2, 3, 4], "int64", 290))
case("trace", mat([3, 4], "int32", 291), offset=-1, dtype="float32")
case("matmul", mat([2, 3, 4], "int64", 292), mat([4, 2], "int64", 293))
case("matrix_transpose", mat([2, 3, 4], "int64", 294))
case("matrix_transpose", mat([3], "int64", 295))
case("outer", mat([3], "int64", 296), mat([4], "int64", 297))
case("outer", mat([3, 2], "int64", 298), mat([4], "int64", 299))
case("tensordot", mat([2, 3, 4], "int64", 300), mat([3, 4, 5], "int64", 301))
case("tensordot", mat([2, 3], "int64", 302), mat([3, 2], "int64", 303), axes=1)
case("vecdot", mat([2, 3], "int64", 304), mat([3], "int64", 305))
case("vecdot", mat([3, 2], "float64", 306), mat([3, 2], "float64", 307), axis=0, tol=1e-14)

dump(OUT, cases)
print(len(cases), "cases")
