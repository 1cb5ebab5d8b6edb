// Float add-reductions (ufunc.reduce, the evaluate VM) in NumPy's pairwise order, bit for bit:
// each run is summed by reduce_pairwise.ts's pwMem and added to its accumulator.
import { Code } from "./dtypes";
import { pwMem, pwQuadRuns, PAIR_MAX_BYTES } from "./reduce_pairwise";

/** Over the outer geometry (C order; acc strides 0 on reduced axes): acc += pairwise(run). */
function outer<T>(axis: i32, ndim: i32, shape: usize, src: usize, ss: usize, acc: usize, as: usize, n: i32, s: isize): void {
  if (axis == ndim) {
    store<T>(acc, load<T>(acc) + pwMem<T>(src, n, s, <i64>n * sizeof<T>() <= PAIR_MAX_BYTES));
    return;
  }
  const len = load<i32>(shape + (<usize>axis << 2));
  const sst = <isize>load<i32>(ss + (<usize>axis << 2));
  const ast = <isize>load<i32>(as + (<usize>axis << 2));
  for (let i = 0; i < len; i++) {
    outer<T>(axis + 1, ndim, shape, src, ss, acc, as, n, s);
    src += <usize>sst; acc += <usize>ast;
  }
}

/** acc[j] += pairwise sum of the run at each outer position; `ndim` outer axes (0 allowed), the
 *  run has `n` elements `runStride` bytes apart. Float32/float64 only. */
export function pairwiseDispatch(code: i32, src: usize, acc: usize, ndim: i32, shape: usize, ss: usize, as: usize, n: i32, runStride: i32): void {
  if (code == Code.float64) outer<f64>(0, ndim, shape, src, ss, acc, as, n, <isize>runStride);
  else if (code == Code.float32) outer<f32>(0, ndim, shape, src, ss, acc, as, n, <isize>runStride);
}

/** Four runs' pairwise sums at once (reduce_pairwise.ts pwQuadRuns). Float32/float64 only. */
export function pairwiseQuadDispatch(code: i32, src: usize, geo: usize, out: usize, os: usize): void {
  if (code == Code.float64) pwQuadRuns<f64>(src, geo, out, os);
  else if (code == Code.float32) pwQuadRuns<f32>(src, geo, out, os);
}
