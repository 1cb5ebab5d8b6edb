// np.i0, the modified Bessel function of the first kind of order 0, as NumPy computes it: Cephes'
// Chebyshev series on [0, 8] and on (8, inf), each evaluated by whole-array ufunc calls in
// NumPy's order, so results differ from NumPy's only where exp and sqrt round differently.
import { ndarray } from "../ndarray/ndarray.js";
import { float64 } from "../dtype/dtype.js";
import { zeros_like } from "../creation/basic.js";
import { asArray, scoped, uf } from "../statistics/common.js";

type Num = ndarray | number;

// Chebyshev coefficients for exp(-x) I0(x) on [0, 8] (in (x / 2) - 2) and for
// exp(-x) sqrt(x) I0(x) on (8, inf) (in 32 / x - 2): NumPy's _i0A and _i0B.
const I0A = [
  -4.4153416464793395e-18, 3.3307945188222384e-17, -2.431279846547955e-16, 1.715391285555133e-15,
  -1.1685332877993451e-14, 7.676185498604936e-14, -4.856446783111929e-13, 2.95505266312964e-12,
  -1.726826291441556e-11, 9.675809035373237e-11, -5.189795601635263e-10, 2.6598237246823866e-09,
  -1.300025009986248e-08, 6.046995022541919e-08, -2.670793853940612e-07, 1.1173875391201037e-06,
  -4.4167383584587505e-06, 1.6448448070728896e-05, -5.754195010082104e-05, 0.00018850288509584165,
  -0.0005763755745385824, 0.0016394756169413357, -0.004324309995050576, 0.010546460394594998,
  -0.02373741480589947, 0.04930528423967071, -0.09490109704804764, 0.17162090152220877,
  -0.3046826723431984, 0.6767952744094761,
];
const I0B = [
  -7.233180487874754e-18, -4.830504485944182e-18, 4.46562142029676e-17, 3.461222867697461e-17,
  -2.8276239805165836e-16, -3.425485619677219e-16, 1.7725601330565263e-15, 3.8116806693526224e-15,
  -9.554846698828307e-15, -4.150569347287222e-14, 1.54008621752141e-14, 3.8527783827421426e-13,
  7.180124451383666e-13, -1.7941785315068062e-12, -1.3215811840447713e-11, -3.1499165279632416e-11,
  1.1889147107846439e-11, 4.94060238822497e-10, 3.3962320257083865e-09, 2.266668990498178e-08,
  2.0489185894690638e-07, 2.8913705208347567e-06, 6.889758346916825e-05, 0.0033691164782556943,
  0.8044904110141088,
];

/** Clenshaw's recurrence for the Chebyshev series `vals` at x (NumPy's _chbevl; the
 *  coefficients are weak Python floats, so a float32 x stays float32). */
function chbevl(x: ndarray, vals: readonly number[]): ndarray {
  let b0: Num = vals[0], b1: Num = 0, b2: Num = 0;
  for (let i = 1; i < vals.length; i++) {
    b2 = b1;
    b1 = b0;
    b0 = uf("add", uf("subtract", uf("multiply", x, b1), b2), vals[i]);
  }
  return uf("multiply", 0.5, uf("subtract", b0, b2));
}

/** exp(x) * chbevl(x / 2 - 2, A), for 0 <= x <= 8 */
const inner = (x: ndarray) => uf("multiply", uf("exp", x), chbevl(uf("subtract", uf("divide", x, 2), 2), I0A));
/** exp(x) * chbevl(32 / x - 2, B) / sqrt(x), for x > 8 (and NaN) */
const outer = (x: ndarray) =>
  uf("divide", uf("multiply", uf("exp", x), chbevl(uf("subtract", uf("divide", 32, x), 2), I0B)), uf("sqrt", x));

/** y[mask] = f(x[mask]), as NumPy's piecewise (f is not called when no element is selected). */
function piece(y: ndarray, x: ndarray, mask: ndarray, f: (v: ndarray) => ndarray): void {
  const v = x.get(mask) as ndarray;
  if (v.size > 0) y.set(mask, f(v));
}

/** np.i0(x): elementwise; integers and bools as float64, a 0-d x gives a 0-d array (as NumPy). */
export function i0(x: unknown): ndarray {
  return scoped(() => {
    let a = asArray(x);
    if (!a.dtype.isFloat) a = a.astype(float64);
    a = uf("absolute", a);
    const y = zeros_like(a);
    const low = uf("less_equal", a, 8);
    piece(y, a, low, inner);
    piece(y, a, uf("logical_not", low), outer);
    return y;
  });
}
