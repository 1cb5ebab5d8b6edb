// np.may_share_memory and np.shares_memory over numwasm's one linear memory.
//
// Two strided arrays share an element when some byte address lies in both:
//     start_a + sum(|sa_i| * x_i) == start_b + sum(|sb_j| * y_j),   0 <= x_i, y_j <= ub
// (the itemsize enters as one more variable of coefficient 1 per array). Substituting
// y -> ub - y for one of the arrays turns this into one bounded linear Diophantine equation with
// positive coefficients, sum(A_k * z_k) == rhs with 0 <= z_k <= U_k, whose feasibility decides
// the question (NP-hard in general). It is decided as NumPy decides it (mem_overlap.c, after
// Ramachandran 2006): coefficients sorted from the largest, merged and trimmed; then gcds of the
// leading coefficients are folded in one at a time, and a depth-first search enumerates, from
// the last variable down, only the candidates the extended-Euclid bounds leave. Every
// abandoned branch counts one unit of work; `max_work` caps that count the way NumPy's does,
// so a given max_work gives up (np.TooHardError) on the same problems.
//
// Integers are BigInts: the intermediate products need more than 53 bits (NumPy uses 128-bit
// arithmetic there), and addresses in wasm memory never approach the int64 range, so NumPy's
// OverflowError cannot happen here.
import { ndarray } from "./ndarray.js";
import { fromJS, type ArrayLike } from "./fromjs.js";
import { ValueError, TooHardError } from "../core/errors.js";
import { params } from "../core/args.js";

const NO = 0, YES = 1, TOO_HARD = 2;
type Result = typeof NO | typeof YES | typeof TOO_HARD;

interface Term { a: bigint; ub: bigint }

/** [start, end) of the bytes an array's elements occupy (start === end for an empty array). */
function extent(x: ndarray): [number, number] {
  const base = x._addr();
  let lo = 0, hi = 0;
  for (let i = 0; i < x.ndim; i++) {
    if (x.shape[i] === 0) return [base, base];
    const span = x.strides[i] * (x.shape[i] - 1);
    if (span > 0) hi += span; else lo += span;
  }
  return [base + lo, base + hi + x.itemsize];
}

/** Extended Euclid on positive a1, a2: [g, gamma, epsilon] with gamma*a1 + epsilon*a2 == g. */
function egcd(a1: bigint, a2: bigint): [bigint, bigint, bigint] {
  let r0 = a1, r1 = a2, s0 = 1n, s1 = 0n, t0 = 0n, t1 = 1n;
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  return [r0, s0, t0];
}

/** floor(n / d) and ceil(n / d) for d > 0 (BigInt division truncates). */
const floorDiv = (n: bigint, d: bigint): bigint => { const q = n / d; return n % d !== 0n && n < 0n ? q - 1n : q; };
const ceilDiv = (n: bigint, d: bigint): bigint => { const q = n / d; return n % d !== 0n && n > 0n ? q + 1n : q; };

/** Sort by coefficient (largest first), merge equal coefficients, trim each bound to rhs / a and
 *  drop the variables that can only be 0. Keeps the problem's feasibility. */
function simplify(terms: Term[], rhs: bigint): Term[] {
  if (rhs < 0n || terms.some((t) => t.ub < 0n)) return terms; // infeasible: solve() says so
  terms.sort((x, y) => (x.a > y.a ? -1 : x.a < y.a ? 1 : 0));
  const merged: Term[] = [];
  for (const t of terms) {
    const last = merged[merged.length - 1];
    if (last && last.a === t.a) last.ub += t.ub;
    else merged.push({ ...t });
  }
  const out: Term[] = [];
  for (const t of merged) {
    const ub = t.ub < rhs / t.a ? t.ub : rhs / t.a;
    if (ub !== 0n) out.push({ a: t.a, ub });
  }
  return out;
}

/** Is there an integer z with sum(E[k].a * z_k) == rhs and 0 <= z_k <= E[k].ub? (a_k > 0) */
function solve(E: Term[], rhs: bigint, maxWork: number): Result {
  const n = E.length;
  if (E.some((t) => t.ub < 0n) || rhs < 0n) return NO;
  if (n === 0) return rhs === 0n ? YES : NO;
  if (n === 1) return rhs % E[0].a === 0n && rhs / E[0].a <= E[0].ub ? YES : NO;
  // Folded problems: P[j] stands for E[0..j+1] merged into one variable of coefficient
  // g_j = gcd(a_0, ..., a_{j+1}) (bound: how far that combination can reach), with the Euclid
  // coefficients (G[j], H[j]) of the pair (previous fold or a_0, a_{j+1}).
  const P: Term[] = [], G: bigint[] = [], H: bigint[] = [];
  for (let j = 1; j < n; j++) {
    const prev = j === 1 ? E[0] : P[j - 2];
    const [g, gamma, eps] = egcd(prev.a, E[j].a);
    let ub = 0n;
    if (j < n - 1) ub = (prev.a / g) * prev.ub + (E[j].a / g) * E[j].ub; // the last fold's bound is never read
    P.push({ a: g, ub });
    G.push(gamma);
    H.push(eps);
  }
  const limited = maxWork >= 0;
  let count = 0;
  // Choose x_v (with the fold of the variables before it taking the rest), for v = n-1 down to 1.
  const dfs = (v: number, b: bigint): Result => {
    if (limited && count >= maxWork) return TOO_HARD;
    const first = v === 1 ? E[0] : P[v - 2];
    const a1 = first.a, u1 = first.ub, a2 = E[v].a, u2 = E[v].ub;
    const g = P[v - 1].a;
    if (b % g !== 0n) { count++; return NO; }
    const c = b / g, c1 = a2 / g, c2 = a1 / g;
    // all solutions of a1*x1 + a2*x2 == b: x1 = G*c + c1*t, x2 = H*c - c2*t, t integer
    const x10 = G[v - 1] * c, x20 = H[v - 1] * c;
    const lo1 = ceilDiv(-x10, c1), lo2 = ceilDiv(x20 - u2, c2);
    const hi1 = floorDiv(u1 - x10, c1), hi2 = floorDiv(x20, c2);
    const lo = lo1 > lo2 ? lo1 : lo2, hi = hi1 < hi2 ? hi1 : hi2;
    if (lo > hi) { count++; return NO; }
    if (v === 1) return YES;
    // candidates for x_v from the largest down, as NumPy enumerates them
    const top = x20 - c2 * lo;
    for (let t = 0n; t <= hi - lo; t++) {
      const xv = top - c2 * t;
      const r = dfs(v - 1, b - a2 * xv);
      if (r !== NO) return r;
    }
    count++;
    return NO;
  };
  return dfs(n - 1, rhs);
}

/** NumPy's solve_may_share_memory for two arrays over the same linear memory. */
function overlapOf(a: ndarray, b: ndarray, maxWork: number): Result {
  const [s1, e1] = extent(a), [s2, e2] = extent(b);
  if (!(s1 < e2 && s2 < e1 && s1 < e1 && s2 < e2)) return NO; // bounds apart (or an empty array)
  if (maxWork === 0) return TOO_HARD;
  // a's first byte plus a's offsets meets b's last byte minus b's offsets, or the other way
  // round: the smaller right-hand side (both are >= 0 after the bounds test)
  const rhs = BigInt(Math.min(e2 - 1 - s1, e1 - 1 - s2));
  const terms: Term[] = [];
  for (const x of [a, b]) {
    for (let i = 0; i < x.ndim; i++) {
      if (x.shape[i] <= 1 || x.strides[i] === 0) continue;
      terms.push({ a: BigInt(Math.abs(x.strides[i])), ub: BigInt(x.shape[i] - 1) });
    }
  }
  for (const x of [a, b]) if (x.itemsize > 1) terms.push({ a: 1n, ub: BigInt(x.itemsize - 1) });
  return solve(simplify(terms, rhs), rhs, maxWork);
}

/** max_work as NumPy reads it: None = the function's default; an int (bool too) >= -2. */
function maxWorkArg(v: unknown, dflt: number): number {
  if (v === undefined || v === null) return dflt;
  let n: number;
  if (typeof v === "boolean") n = +v;
  else if (typeof v === "bigint") n = Number(v);
  else if (typeof v === "number" && Number.isInteger(v)) n = v;
  else throw new ValueError("max_work must be an integer");
  if (n < -2) throw new ValueError("Invalid value for max_work");
  return n;
}

/** The two operands, anything that is not an ndarray converted (a new array shares nothing,
 *  but converting raises what NumPy's conversion raises). */
function decide(x: unknown, y: unknown, maxWork: number): Result {
  const a = x instanceof ndarray ? x : fromJS(x as ArrayLike);
  const b = y instanceof ndarray ? y : fromJS(y as ArrayLike);
  try {
    return a === x && b === y ? overlapOf(a, b, maxWork) : NO;
  } finally {
    if (a !== x) a.dispose();
    if (b !== y) b.dispose();
  }
}

/**
 * np.shares_memory(a, b, max_work=-1): whether some element of `a` is also an element of `b`
 * (a byte in common). By default the problem is solved exactly, as in NumPy, with no cap on
 * the work: for most views (slices of one array, transposes, broadcasts) that is immediate, but
 * some hand-made stride patterns take time exponential in the number of dimensions — pass
 * `max_work` (a count of candidate solutions) to bound it: np.TooHardError("Exceeded
 * max_work") is thrown when it runs out. max_work=0 is the bounds check of may_share_memory.
 */
export function shares_memory(a: unknown, b: unknown, ...rest: unknown[]): boolean {
  const p = params<{ max_work?: unknown }>(rest, ["max_work"]);
  const r = decide(a, b, maxWorkArg(p.max_work, -1));
  if (r === TOO_HARD) throw new TooHardError("Exceeded max_work");
  return r === YES;
}

/**
 * np.may_share_memory(a, b, max_work=0): false when `a` and `b` certainly share no memory.
 * By default (max_work=0, or null) only the byte ranges are compared: true if they overlap,
 * even when the elements interleave. max_work=-1 runs the exact test of shares_memory, and a
 * positive max_work runs it within that budget, answering true when the budget runs out.
 */
export function may_share_memory(a: unknown, b: unknown, ...rest: unknown[]): boolean {
  const p = params<{ max_work?: unknown }>(rest, ["max_work"]);
  return decide(a, b, maxWorkArg(p.max_work, 0)) !== NO;
}
