// Text I/O speed against NumPy: np.loadtxt of 1e6 numbers (200000 x 5, np.savetxt's text in three
// formats, from a path; %d read as int64) and np.savetxt of the same array. `node bench/textio.mjs` (needs
// python3 with numpy for the NumPy column); prints the best of 3 runs of each.
import { writeFileSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import np from "../dist/esm/index.js";

const dir = mkdtempSync(join(tmpdir(), "numwasm-textio-bench-"));
const best = (fn) => { let t = Infinity; for (let i = 0; i < 3; i++) { const t0 = performance.now(); fn(); t = Math.min(t, performance.now() - t0); } return t; };
const x = np.multiply(np.sin(np.arange(1e6)), 1000).reshape(200000, 5);
const rows = [];
for (const fmt of ["%.18e", "%.6f", "%d"]) {
  const path = join(dir, `x${fmt.replace(/\W/g, "")}.txt`);
  const dtype = fmt === "%d" ? "int64" : "float64";
  writeFileSync(path, np.savetxt(null, x, { fmt }));
  const mb = statSync(path).size / 1e6;
  const ours = best(() => np.loadtxt(path, { dtype }));
  let theirs = NaN;
  try {
    theirs = +execFileSync("python3", ["-c", `import numpy as np, time
b = 1e9
for i in range(3):
    t = time.perf_counter(); np.loadtxt(${JSON.stringify(path)}, dtype="${dtype}"); b = min(b, time.perf_counter() - t)
print(b * 1000)`]).toString();
  } catch { /* no NumPy */ }
  rows.push([`loadtxt ${fmt} (${mb.toFixed(1)} MB)`, ours, theirs, mb]);
}
for (const fmt of ["%.18e", "%.6f", "%g", "%d"]) {
  const ours = best(() => np.savetxt(null, x, { fmt }));
  let theirs = NaN;
  try {
    theirs = +execFileSync("python3", ["-c", `import numpy as np, io, time
x = np.sin(np.arange(1e6)).reshape(200000, 5) * 1000
b = 1e9
for i in range(3):
    t = time.perf_counter(); np.savetxt(io.StringIO(), x, fmt=${JSON.stringify(fmt)}); b = min(b, time.perf_counter() - t)
print(b * 1000)`]).toString();
  } catch { /* no NumPy */ }
  rows.push([`savetxt ${fmt}`, ours, theirs, 0]);
}
rmSync(dir, { recursive: true, force: true });
console.log("| case | numwasm | NumPy |\n|---|---:|---:|");
for (const [name, a, b, mb] of rows) {
  const rate = (t) => (mb ? ` (${(mb / (t / 1000)).toFixed(0)} MB/s)` : "");
  console.log(`| ${name} | ${a.toFixed(0)} ms${rate(a)} | ${Number.isNaN(b) ? "n/a" : `${b.toFixed(0)} ms${rate(b)}`} |`);
}
