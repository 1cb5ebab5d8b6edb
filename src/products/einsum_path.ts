// np.einsum_path and the contraction plan np.einsum follows when optimize is set: a port of
// numpy/_core/einsumfunc.py (input parsing with its messages, the greedy and optimal path
// searches, the contraction list and the printed report). Index sets are strings of labels.
import { ndarray } from "../ndarray/ndarray.js";
import { ValueError, TypeError as NpTypeError, IndexError, KeyError, RuntimeError } from "../core/errors.js";
import { operand } from "./gufuncs.js";

const SYMBOLS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
/** Python's Ellipsis in an einsum sublist. */
export const ELLIPSIS = "...";

type Sizes = Map<string, number>;
const sizeOf = (idx: Iterable<string>, sizes: Sizes): number => { let r = 1; for (const i of idx) r *= sizes.get(i)!; return r; };
const flopCount = (contract: Set<string>, inner: boolean, terms: number, sizes: Sizes): number =>
  sizeOf(contract, sizes) * (Math.max(1, terms - 1) + (inner ? 1 : 0));
const union = (a: Set<string>, b: Iterable<string>) => { for (const x of b) a.add(x); return a; };

interface Contraction { result: Set<string>; remaining: Set<string>[]; removed: Set<string>; contract: Set<string> }

/** _find_contraction: the contraction of the inputs at `positions`, what stays and what is summed. */
function findContraction(positions: readonly number[], inputs: Set<string>[], output: Set<string>): Contraction {
  const contract = new Set<string>(), remain = new Set(output), remaining: Set<string>[] = [];
  inputs.forEach((s, i) => {
    if (positions.includes(i)) union(contract, s);
    else { remaining.push(s); union(remain, s); }
  });
  const result = new Set([...remain].filter((x) => contract.has(x)));
  remaining.push(result);
  return { result, remaining, removed: new Set([...contract].filter((x) => !result.has(x))), contract };
}

/** itertools.combinations(range(n), 2) */
function* pairs(n: number): Generator<[number, number]> {
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) yield [i, j];
}

function optimalPath(inputs: Set<string>[], output: Set<string>, sizes: Sizes, limit: number): number[][] {
  let full: [number, number[][], Set<string>[]][] = [[0, [], inputs]];
  for (let it = 0; it < inputs.length - 1; it++) {
    const next: typeof full = [];
    for (const [cost, positions, remaining] of full) {
      for (const con of pairs(inputs.length - it)) {
        const c = findContraction(con, remaining, output);
        if (sizeOf(c.result, sizes) > limit) continue;
        next.push([cost + flopCount(c.contract, c.removed.size > 0, 2, sizes), [...positions, con], c.remaining]);
      }
    }
    if (next.length) full = next;
    else {
      const path = minBy(full, (x) => x[0])[1];
      return [...path, [...Array(inputs.length - it).keys()]];
    }
  }
  if (full.length === 0) return [[...inputs.keys()]];
  return minBy(full, (x) => x[0])[1];
}

/** Python's min(key=...): the first of the smallest. */
function minBy<T>(xs: T[], key: (x: T) => number | number[]): T {
  const less = (a: number | number[], b: number | number[]) => {
    if (typeof a === "number") return a < (b as number);
    const bb = b as number[];
    for (let i = 0; i < a.length; i++) if (a[i] !== bb[i]) return a[i] < bb[i];
    return false;
  };
  let best = xs[0], bk = key(best);
  for (const x of xs.slice(1)) { const k = key(x); if (less(k, bk)) { best = x; bk = k; } }
  return best;
}

type Candidate = [[number, number], [number, number], Set<string>[]];

function parsePossible(pos: [number, number], inputs: Set<string>[], output: Set<string>, sizes: Sizes, limit: number,
  pathCost: number, naiveCost: number): Candidate | null {
  const c = findContraction(pos, inputs, output);
  const newSize = sizeOf(c.result, sizes);
  if (newSize > limit) return null;
  const removedSize = sizeOf(inputs[pos[0]], sizes) + sizeOf(inputs[pos[1]], sizes) - newSize;
  const cost = flopCount(c.contract, c.removed.size > 0, 2, sizes);
  if (pathCost + cost > naiveCost) return null;
  return [[-removedSize, cost], pos, c.remaining];
}

function updateOthers(results: Candidate[], best: Candidate): Candidate[] {
  const [bx, by] = best[1];
  const out: Candidate[] = [];
  for (const [cost, [x, y], sets] of results) {
    if (x === bx || x === by || y === bx || y === by) continue;
    sets.splice(by - +(by > x) - +(by > y), 1);
    sets.splice(bx - +(bx > x) - +(bx > y), 1);
    sets.splice(sets.length - 1, 0, best[2][best[2].length - 1]);
    out.push([cost, [x - +(x > bx) - +(x > by), y - +(y > bx) - +(y > by)], sets]);
  }
  return out;
}

function greedyPath(inputs: Set<string>[], output: Set<string>, sizes: Sizes, limit: number): number[][] {
  if (inputs.length === 1) return [[0]];
  if (inputs.length === 2) return [[0, 1]];
  const all = findContraction([...inputs.keys()], inputs, output);
  const naiveCost = flopCount(all.contract, all.removed.size > 0, inputs.length, sizes);
  let combos: Iterable<[number, number]> = pairs(inputs.length);
  let known: Candidate[] = [];
  let pathCost = 0;
  const path: number[][] = [];
  const rounds = inputs.length - 1;
  for (let it = 0; it < rounds; it++) {
    for (const p of combos) {
      if (![...inputs[p[0]]].some((x) => inputs[p[1]].has(x))) continue; // outer products later
      const r = parsePossible(p, inputs, output, sizes, limit, pathCost, naiveCost);
      if (r) known.push(r);
    }
    if (known.length === 0) {
      for (const p of pairs(inputs.length)) {
        const r = parsePossible(p, inputs, output, sizes, limit, pathCost, naiveCost);
        if (r) known.push(r);
      }
      if (known.length === 0) { path.push([...inputs.keys()]); break; }
    }
    const best = minBy(known, (x) => x[0]);
    known = updateOthers(known, best);
    inputs = best[2];
    const last = inputs.length - 1;
    combos = [...Array(last).keys()].map((i): [number, number] => [i, last]);
    path.push(best[1]);
    pathCost += best[0][1];
  }
  return path;
}

/** A sublist entry as a label (Python's einsum_symbols[operator.index(s)]). */
function symbol(s: unknown): string {
  if (s === ELLIPSIS) return "...";
  if (typeof s !== "number" && typeof s !== "boolean" || !Number.isInteger(+s)) {
    throw new NpTypeError("For this input type lists must contain either int or Ellipsis");
  }
  const ch = SYMBOLS[+s < 0 ? +s + SYMBOLS.length : +s];
  if (ch === undefined) throw new IndexError("string index out of range");
  return ch;
}
const sublist = (x: unknown): unknown[] => {
  if (x instanceof ndarray) return x.ndim === 0 ? [] : x.tolist() as unknown[]; // iterated by rows
  if (!Array.isArray(x)) throw new NpTypeError(`'${typeof x}' object is not iterable`);
  return x;
};

export interface ParsedInput { inputs: string; output: string; operands: ndarray[] }

/** _parse_einsum_input: subscripts (string or interleaved sublists) with ellipses expanded into
 *  unused labels and the implicit output made explicit. */
export function parseInput(args: unknown[]): ParsedInput {
  if (args.length === 0) throw new ValueError("No input operands");
  let sub: string, operands: ndarray[];
  if (typeof args[0] === "string") {
    sub = args[0].replace(/ /g, "");
    operands = args.slice(1).map(operand);
    for (const s of sub) if (!".,->".includes(s) && !SYMBOLS.includes(s)) throw new ValueError(`Character ${s} is not a valid symbol.`);
  } else {
    const n = args.length >> 1;
    operands = Array.from({ length: n }, (_, i) => operand(args[2 * i]));
    sub = Array.from({ length: n }, (_, i) => sublist(args[2 * i + 1]).map(symbol).join("")).join(",");
    if (args.length % 2) sub += "->" + sublist(args[args.length - 1]).map(symbol).join("");
  }
  if (sub.includes("-") || sub.includes(">")) {
    const count = (c: string) => sub.split(c).length - 1;
    if (count("-") > 1 || count(">") > 1 || count("->") !== 1) throw new ValueError("Subscripts can only contain one '->'.");
  }
  if (sub.includes(".")) sub = expandEllipses(sub, operands);
  let inputs: string, output: string;
  if (sub.includes("->")) [inputs, output] = sub.split("->");
  else { inputs = sub; output = implicitOutput(sub); }
  for (const ch of output) {
    if (output.split(ch).length !== 2) throw new ValueError(`Output character ${ch} appeared more than once in the output.`);
    if (!inputs.includes(ch)) throw new ValueError(`Output character ${ch} did not appear in the input`);
  }
  if (inputs.split(",").length !== operands.length) throw new ValueError("Number of einsum subscripts must be equal to the number of operands.");
  return { inputs, output, operands };
}

/** The labels appearing once, sorted (Python's sorted(set(...)): code point order). */
function implicitOutput(sub: string): string {
  const tmp = sub.replace(/,/g, "");
  let out = "";
  for (const s of [...new Set(tmp)].sort()) {
    if (!SYMBOLS.includes(s)) throw new ValueError(`Character ${s} is not a valid symbol.`);
    if (tmp.split(s).length === 2) out += s;
  }
  return out;
}

/** Each '...' replaced by as many unused labels as it stands for (NumPy takes them from a set, in
 *  hash order; here the last unused ones in symbol order). */
function expandEllipses(sub: string, operands: ndarray[]): string {
  const used = new Set(sub.replace(/[.,]|->/g, ""));
  const unused = [...SYMBOLS].filter((s) => !used.has(s)).join("");
  let longest = 0;
  const hasOut = sub.includes("->");
  const [inp, outSub] = hasOut ? sub.split("->") : [sub, ""];
  const terms = inp.split(",");
  terms.forEach((t, num) => {
    if (!t.includes(".")) return;
    if (t.split(".").length !== 4 || t.split("...").length !== 2) throw new ValueError("Invalid Ellipses.");
    const op = operands[num];
    if (op === undefined) throw new IndexError("list index out of range");
    const count = op.ndim === 0 ? 0 : Math.max(op.ndim, 1) - (t.length - 3);
    longest = Math.max(longest, count);
    if (count < 0) throw new ValueError("Ellipses lengths do not match.");
    terms[num] = t.replace("...", count === 0 ? "" : unused.slice(-count));
  });
  const outEllipse = longest === 0 ? "" : unused.slice(-longest);
  let res = terms.join(",");
  if (hasOut) return res + "->" + outSub.replace("...", outEllipse);
  const single = implicitOutput(res);
  res += "->" + outEllipse + [...single].filter((s) => !outEllipse.includes(s)).sort().join("");
  return res;
}

/** One step of a plan: the operands it takes (popped in this order), its subscripts, what remains. */
export interface Step { inds: number[]; eq: string; remaining: string[] }
export interface Plan { operands: ndarray[]; steps: Step[]; report: string; path: unknown[] }

type PathOpt = unknown;

/** einsum_path's body: the contraction list for `optimize` (and the report unless `forCall`). */
export function plan(args: unknown[], optimize: PathOpt, forCall: boolean): Plan {
  let pathType: PathOpt = optimize === true ? "greedy" : optimize === null ? false : optimize;
  let explicit = false, memoryLimit: number | null = null;
  if (pathType === false || typeof pathType === "string") { /* a named algorithm */ }
  else if (typeof pathType === "number") throw new NpTypeError(`object of type '${Number.isInteger(pathType) ? "int" : "float"}' has no len()`);
  else if (Array.isArray(pathType) && pathType.length && pathType[0] === "einsum_path") explicit = true;
  else if (Array.isArray(pathType) && pathType.length === 2 && typeof pathType[0] === "string" && typeof pathType[1] === "number") {
    memoryLimit = Math.trunc(pathType[1]);
    pathType = pathType[0];
  } else throw new NpTypeError(`Did not understand the path: ${pyStr(pathType)}`);

  const { inputs: inputSubs, output, operands } = parseInput(args);
  const inputList = inputSubs.split(",");
  let inputSets = inputList.map((x) => new Set(x));
  const outputSet = new Set(output);
  const indices = new Set(inputSubs.replace(/,/g, ""));
  const sizes: Sizes = new Map();
  inputList.forEach((term, t) => {
    const sh = operands[t].shape;
    if (sh.length !== term.length) {
      throw new ValueError(`Einstein sum subscript ${inputSubs[t]} does not contain the correct number of indices for operand ${t}.`);
    }
    [...term].forEach((ch, c) => {
      const dim = sh[c], prev = sizes.get(ch);
      if (prev === undefined || prev === 1) sizes.set(ch, dim);
      else if (dim !== 1 && dim !== prev) throw new ValueError(`Size of label '${ch}' for operand ${t} (${prev}) does not match previous terms (${dim}).`);
    });
  });
  const maxSize = Math.max(...[...inputList, output].map((t) => sizeOf(t, sizes)));
  const limit = memoryLimit ?? maxSize;
  const n = inputList.length;
  let path: number[][];
  if (explicit) path = (pathType as unknown[]).slice(1).map((p) => [...(p as number[])]);
  else if (pathType === false || n === 1 || n === 2 || (indices.size === outputSet.size && [...indices].every((x) => outputSet.has(x)))) {
    path = [[...Array(n).keys()]];
  } else if (pathType === "greedy") path = greedyPath(inputSets, outputSet, sizes, limit);
  else if (pathType === "optimal") path = optimalPath(inputSets, outputSet, sizes, limit);
  else throw new KeyError(`('Path name %s not found', ${pyStr(pathType)})`);

  const costs: number[] = [], scales: number[] = [], outSizes: number[] = [], steps: Step[] = [];
  path.forEach((p, cnum) => {
    const inds = [...p].sort((a, b) => b - a);
    const c = findContraction(inds, inputSets, outputSet);
    inputSets = c.remaining;
    costs.push(flopCount(c.contract, c.removed.size > 0, inds.length, sizes));
    scales.push(c.contract.size);
    outSizes.push(sizeOf(c.result, sizes));
    const taken = inds.map((x) => {
      if (x < 0 || x >= inputList.length) throw new IndexError("pop index out of range");
      return inputList.splice(x, 1)[0];
    });
    const result = cnum === path.length - 1 ? output
      : [...c.result].sort((a, b) => sizes.get(a)! - sizes.get(b)! || (a < b ? -1 : a > b ? 1 : 0)).join("");
    inputList.push(result);
    steps.push({ inds, eq: taken.join(",") + "->" + result, remaining: inputList.slice() });
  });
  if (inputList.length !== 1) {
    throw new RuntimeError(`Invalid einsum_path is specified: ${inputList.length - 1} more operands has to be contracted.`);
  }
  if (forCall) return { operands, steps, report: "", path: [] };

  const inner = inputSubs.split(",").reduce((t, x) => t + new Set(x).size, 0) - indices.size > 0;
  const naive = flopCount(indices, inner, n, sizes);
  const opt = costs.reduce((a, b) => a + b, 0) + 1;
  let s = `  Complete contraction:  ${inputSubs}->${output}\n`;
  s += `         Naive scaling:  ${indices.size}\n`;
  s += `     Optimized scaling:  ${Math.max(...scales)}\n`;
  s += `      Naive FLOP count:  ${pyExp(naive)}\n`;
  s += `  Optimized FLOP count:  ${pyExp(opt)}\n`;
  s += `   Theoretical speedup:  ${pyFixed(naive / opt, 3).padStart(3)}\n`;
  s += `  Largest intermediate:  ${pyExp(Math.max(...outSizes))} elements\n`;
  s += "-".repeat(74) + "\n";
  s += `${"scaling".padStart(6)} ${"current".padStart(24)} ${"remaining".padStart(40)}\n`;
  s += "-".repeat(74);
  steps.forEach((st, i) => {
    s += `\n${String(scales[i]).padStart(4)}    ${st.eq.padStart(24)} ${(st.remaining.join(",") + "->" + output).padStart(40)}`;
  });
  return { operands, steps, report: s, path: ["einsum_path", ...path.map((p) => p.slice())] };
}

/** Python's str() of a path argument, for messages. */
function pyStr(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(pyStr).join(", ")}]`;
  if (typeof x === "string") return `'${x}'`;
  if (x === undefined || x === null) return "None";
  if (typeof x === "boolean") return x ? "True" : "False";
  return String(x);
}

/** Python's f"{x:.Nf}" (ties to even on the exact binary value, where JS's toFixed rounds up). */
function pyFixed(x: number, digits: number): string {
  const s = x.toFixed(digits);
  const scaled = x * 10 ** digits;
  if (Number.isFinite(scaled) && scaled - Math.floor(scaled) === 0.5 && Math.floor(scaled) % 2 === 0) {
    return (Math.floor(scaled) / 10 ** digits).toFixed(digits);
  }
  return s;
}

/** Python's f"{x:.3e}" for a non-negative count: ties to even, two-digit exponent. */
function pyExp(x: number): string {
  let [m, e] = x.toExponential(3).split("e");
  if (Number.isSafeInteger(x) && x >= 1e4) {
    // exact integer: round its decimal digits half to even, as Python does
    const d = String(x), head = +d.slice(0, 4), rest = d.slice(4);
    const half = "5" + "0".repeat(rest.length - 1);
    const up = rest > half || (rest === half && head % 2 === 1);
    let h = head + (up ? 1 : 0), exp = d.length - 1;
    if (h === 10000) { h = 1000; exp++; }
    m = `${String(h)[0]}.${String(h).slice(1)}`;
    e = String(exp);
  }
  const n = +e;
  return `${m}e${n < 0 ? "-" : "+"}${String(Math.abs(n)).padStart(2, "0")}`;
}
