// np.base_repr and np.binary_repr: NumPy's Python code on BigInts, so numbers of any size are
// exact and negative numbers, padding, two's complement widths and errors read as NumPy's.
import { ndarray } from "../ndarray/ndarray.js";
import { ValueError, TypeError as NpTypeError } from "../core/errors.js";
import { params } from "../core/args.js";
import { pyType, pyBool } from "../creation/pyargs.js";
import { pyRepr } from "../dtype/promotion.js";
import { pyInt } from "../polynomial/common.js";

const DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** Python's `s * n`: n an int (or bool), a negative count giving "". */
function strMul(s: string, n: unknown): string {
  if (typeof n === "boolean") n = +n;
  if (typeof n !== "number" || !Number.isInteger(n)) throw new NpTypeError(`can't multiply sequence by non-int of type '${pyType(n)}'`);
  return s.repeat(Math.max(n, 0));
}

/** Python's str.zfill(width). */
function zfill(s: string, width: number): string {
  if (!Number.isInteger(width)) throw new NpTypeError(`'${pyType(width)}' object cannot be interpreted as an integer`);
  return s.padStart(width, "0");
}

/** A 0-d ndarray's value (what Python's int() reads from it; other arrays are NumPy's error). */
function valueOf(x: unknown): unknown {
  if (!(x instanceof ndarray)) return x;
  if (x.ndim !== 0) throw new NpTypeError("only 0-dimensional arrays can be converted to Python scalars");
  return x.item();
}

/** Python's operator.index, exact: a bigint. */
function indexBig(x: unknown): bigint {
  if (x instanceof ndarray) {
    if (x.ndim !== 0 || !x.dtype.isInteger) throw new NpTypeError("only integer scalar arrays can be converted to a scalar index");
    x = x.item();
  }
  if (typeof x === "bigint") return x;
  if (typeof x === "boolean") return BigInt(+x);
  if (typeof x === "number" && Number.isInteger(x) && !Object.is(x, -0)) return BigInt(x);
  throw new NpTypeError(`'${pyType(x)}' object cannot be interpreted as an integer`);
}

/** Python's int(x) of a number, bool or bigint, exact. */
const intBig = (x: unknown): bigint => (typeof x === "bigint" ? x : BigInt(pyInt(x)));

/** np.base_repr(number, base=2, padding=0): digits 0-9A-Z, `padding` zeros in front, a minus
 *  sign for a negative number (after Python's int(), which truncates floats). */
export function base_repr(number: unknown, ...rest: unknown[]): string {
  const p = params<{ base?: unknown; padding?: unknown }>(rest, ["base", "padding"]);
  const base = p.base ?? 2, padding = p.padding ?? 0;
  const b = typeof base === "boolean" ? +base : base;
  if (typeof b !== "number") throw new NpTypeError(`'>' not supported between instances of '${pyType(base)}' and 'int'`);
  if (b > DIGITS.length) throw new ValueError("Bases greater than 36 not handled in base_repr.");
  if (b < 2) throw new ValueError("Bases less than 2 not handled in base_repr.");
  const x = valueOf(number);
  let num = intBig(x);
  if (num < 0n) num = -num;
  const res: string[] = [];
  if (num !== 0n) {
    if (!Number.isInteger(b)) throw new NpTypeError("string indices must be integers, not 'float'");
    const B = BigInt(b);
    for (; num; num /= B) res.push(DIGITS[Number(num % B)]);
  }
  if (pyBool(padding)) res.push(strMul("0", padding));
  if ((x as number) < 0) res.push("-");
  return res.length ? res.reverse().join("") : "0";
}

/** np.binary_repr(num, width=None): binary digits, a minus sign for negative numbers — or with
 *  `width`, their two's complement in that many bits (NumPy's ValueError when too few). */
export function binary_repr(num: unknown, ...rest: unknown[]): string {
  const p = params<{ width?: number | null }>(rest, ["width"]);
  const width = p.width ?? null;
  const insufficient = (binwidth: number) => {
    if (width !== null && width < binwidth) throw new ValueError(`Insufficient bit width=${pyRepr(width)} provided for binwidth=${binwidth}`);
  };
  const n = indexBig(num);
  if (n === 0n) return strMul("0", pyBool(width) ? width : 1);
  if (n > 0n) {
    const binary = n.toString(2);
    const outwidth = width === null ? binary.length : Math.max(binary.length, +width);
    insufficient(binary.length);
    return zfill(binary, outwidth);
  }
  if (width === null) return "-" + (-n).toString(2);
  let poswidth = (-n).toString(2).length;
  if (2n ** BigInt(poswidth - 1) === -n) poswidth -= 1; // gh-8679: no extra digit at the boundaries
  const binary = (2n ** BigInt(poswidth + 1) + n).toString(2);
  const outwidth = Math.max(binary.length, +width);
  insufficient(binary.length);
  return strMul("1", outwidth - binary.length) + binary;
}
