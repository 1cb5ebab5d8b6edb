"""np.polyfit and np.roots (and np.poly of a square matrix) against NumPy: writes
test/fixtures/polyfit.json for test/polyfit.test.mjs. Results go through numwasm's own SVD and
eigenvalue kernels, not LAPACK, so values are compared within a relative tolerance of each
output's largest magnitude; dtypes, shapes, result structure and errors exactly."""
import json, math, os
import numpy as np
from common import enc, enc_array, err

rng = np.random.default_rng(11)
cases = []


def enc_out(r):
    if isinstance(r, (tuple, list)):
        return {"tuple": [enc_out(v) for v in r]}
    if isinstance(r, np.ndarray):
        return {"arr": enc_array(r)}
    return {"sc": enc(r)}


def arg(x):
    if isinstance(x, np.ndarray):
        return {"array": enc_array(x)}
    return x


def case(fn, *args, tol=1e-9, **kw):
    c = {"fn": fn, "args": [arg(a) for a in args], "kw": {k: arg(v) for k, v in kw.items()}, "tol": tol}
    try:
        c["exp"] = enc_out(getattr(np, fn)(*args, **kw))
    except Exception as e:
        c["exp"] = err(e)
    cases.append(c)


x = np.linspace(-2, 3, 25)
y = 0.5 * x**3 - x**2 + 2 + rng.normal(0, 0.1, x.size)
for deg in [0, 1, 2, 3, 5]:
    case("polyfit", x, y, deg)
case("polyfit", x, y, 3, full=True)
case("polyfit", x, y, 2, cov=True)
case("polyfit", x, y, 2, cov="unscaled")
case("polyfit", x, y, 2, w=np.abs(rng.normal(1, 0.3, x.size)))
case("polyfit", x, np.stack([y, 2 * y + 1], 1), 2)
case("polyfit", x, np.stack([y, 2 * y + 1], 1), 2, cov=True)
case("polyfit", x, np.stack([y, 2 * y + 1], 1), 2, full=True, w=np.linspace(1, 2, x.size))
case("polyfit", x.astype(np.float32), y.astype(np.float32), 2, tol=1e-5)
case("polyfit", np.arange(10), np.arange(10) ** 2, 2)  # int input: float64
case("polyfit", [1, 2, 3], [2, 4, 6], 1)
case("polyfit", [1, 2, 3], [2, 4, 6], 1, rcond=1e-3)
case("polyfit", x[::-2], y[::-2], 2)
case("polyfit", x, y, -1)
case("polyfit", x.reshape(5, 5), y, 1)
case("polyfit", x[:0], y[:0], 1)
case("polyfit", x, y.reshape(1, 5, 5), 1)
case("polyfit", x, y[:-1], 1)
case("polyfit", x, y, 1, w=np.ones((5, 5)))
case("polyfit", x, y, 1, w=np.ones(3))
case("polyfit", [1, 2, 3], [1, 2, 3], 3, cov=True)

for p in [[1, -3, 2], [1, -6, 11, -6], [2, -3, -11, 6], [1, -10, 35, -50, 24], [0, 0, 1, -3, 2, 0, 0],
          [5], [0, 0], [0, 3, 0], [1, 0], np.array([1, -3, 2], np.float32), np.array([1, -3, 2], np.int8),
          [1.5, -7.5, 9]]:
    case("roots", np.asarray(p) if isinstance(p, np.ndarray) else p, tol=1e-5 if isinstance(p, np.ndarray) and p.dtype == np.float32 else 1e-9)
case("roots", [[1, 2], [3, 4]])
# edge cases: NaN (polyfit's least squares passes it through; roots' eigvals raises), 0-d, negative strides
case("polyfit", np.array([0.0, 1, 2]), np.array([1.0, np.nan, 3]), 1)
case("roots", np.array([1.0, np.nan, 2]))
case("roots", np.array(5.0))
case("roots", np.poly([1.0, 2, 4])[::-1])  # roots 1, 1/2, 1/4
case("roots", 5)
case("polyfit", np.arange(6.0)[::-1], (np.arange(6.0) ** 2)[::-1], 2)
case("poly", np.array([[2.0, 1.0], [1.0, 3.0]]))
case("poly", np.array([[1, 2, 0], [0, 3, 1], [0, 0, 5]]))
case("poly", np.array([[2.0, 1.0], [1.0, 3.0]], np.float32), tol=1e-5)
# matrices with complex eigenvalues: NumPy convolves in complex and keeps the real part of the
# conjugate pairs (numwasm raised ValueError); a tiny matrix exercises dgeev's range scaling
rot = np.array([[0.0, -1.0], [1.0, 0.0]])
case("poly", rot)
case("poly", np.array([[1, -2, 3], [4, 0, -1], [2, 5, 1]]))
case("poly", np.random.default_rng(5).normal(size=(6, 6)))
case("poly", np.random.default_rng(6).normal(size=(5, 5)).astype(np.float32), tol=1e-5)
case("poly", rot * 1e-160)
case("poly", np.array([[2.0, 0, 0], [0, 0, -3], [0, 3, 0]]))
# no roots of a float32 constant: NumPy's empty result is float64; a fit through one point at x = 0
# makes the least squares NaN (lstsq's own message)
case("roots", np.array([0, -0.655], np.float32))
case("roots", np.array([3], np.float32))
case("polyfit", np.array([0]), np.array([2.0]), 3)
# companion matrices with -0.0 entries (-p[1:] / p[0] of zero coefficients): LAPACK's SIGN(a, -0.0)
# is -|a| (gfortran), which orders a +-r pair as -r, r
for p in [[1, 0, -4], [1, 0, -1, 0], [2, 0, -8, 0], [0, 1, 0, -9, 0, 0], [1, 0, -5, 0, 4], [1, -0.0, -2.25]]:
    case("roots", p)
case("roots", np.array([-1, -0.0, 16], np.float32), tol=1e-5)
case("roots", np.array([1, 0, -1, 0, 0], np.float32), tol=1e-5)
# a column norm below 2^-1000 inside dgebal's balancing (numwasm's norm was NaN there, and the
# balancing never ended): a companion matrix spanning 1e300
case("poly", np.array([[-1.0, -1e300, -1.0], [1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]))
case("poly", np.array([[-117.68, -2.368e301, -139.28], [1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]))

out = os.path.join(os.path.dirname(__file__), "..", "fixtures", "polyfit.json")
with open(out, "w") as f:
    json.dump(cases, f)
print(f"{len(cases)} cases -> {out}")
