// The chart of `npm run bench`: an SVG of each library's speed relative to NumPy, case by case, on a
// log scale (no dependencies). bench/run.mjs calls renderChart with what it writes to
// bench/results/latest.json; to redraw from that file:
//
//   node bench/chart.mjs [bench/results/latest.json] [bench/results/latest.svg]
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const LIBS = [
  { id: "numwasm", label: "numwasm", color: "#1f63b5" },
  { id: "numpy-ts", label: "numpy-ts", color: "#e08a00" },
  { id: "tfjs-wasm", label: "tfjs-wasm (float32)", color: "#12967a" },
];
const GROUPS = {
  overhead: "Small arrays: per-call overhead",
  elementwise: "Elementwise",
  layout: "Broadcast and transposed operands",
  linalg: "Matrix products",
  sorting: "Sorting and selection",
  reductions: "Reductions",
  evaluate: "np.evaluate (fused) vs the same expression op by op",
  workloads: "Whole workloads",
};
const FONT = "system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif";

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const fmtX = (r) => (r >= 100 ? r.toFixed(0) : r >= 10 ? r.toFixed(1) : r >= 0.995 ? r.toFixed(2) : r >= 0.0995 ? r.toFixed(2) : r.toPrecision(2)) + "×";
const tickLabel = (t) => (t >= 1 ? `${t}×` : `${+t.toPrecision(2)}×`);

/** The 1-2-5 values from lo to hi (inclusive), or only the powers of ten when that is too many. */
function ticks(lo, hi) {
  const out = [];
  for (let e = Math.floor(Math.log10(lo)) - 1; e <= Math.ceil(Math.log10(hi)) + 1; e++) {
    for (const m of [1, 2, 5]) {
      const t = +(m * 10 ** e).toPrecision(3);
      if (t >= lo * 0.999 && t <= hi * 1.001) out.push(t);
    }
  }
  return out.length > 13 ? out.filter((t) => Math.abs(Math.log10(t) - Math.round(Math.log10(t))) < 1e-9) : out;
}
const snapDown = (x) => { const e = Math.floor(Math.log10(x)); for (const m of [5, 2, 1]) if (m * 10 ** e <= x) return m * 10 ** e; return 10 ** e; };
const snapUp = (x) => { const e = Math.floor(Math.log10(x)); for (const m of [1, 2, 5, 10]) if (m * 10 ** e >= x) return m * 10 ** e; return 10 ** (e + 1); };

/** SVG text of the chart for a latest.json object. */
export function renderChart(data) {
  const libs = LIBS.filter((l) => l.id === "numwasm" || (data.peers && l.id in data.peers)).map((l) =>
    // numwasm's default settings may use its thread pool (the other libraries run on one thread)
    l.id === "numwasm" && data.threads?.pool > 1 ? { ...l, label: `${l.label} (${data.threads.pool} threads)` } : l,
  );
  const speed = (c, lib) => {
    const t = lib.id === "numwasm" ? c.numwasm : c.peers?.[lib.id];
    if (t === "none") return { none: true };
    return typeof t === "number" && typeof c.numpy === "number" && t > 0 ? { r: c.numpy / t } : {};
  };
  const all = data.cases.flatMap((c) => libs.map((l) => speed(c, l).r).filter((r) => r > 0));

  const W = 980, left = 262, right = 58, plotL = left + 12, plotR = W - right;
  const barH = 9, barGap = 3, casePad = 9, groupH = 30;
  const blockH = libs.length * barH + (libs.length - 1) * barGap + 2 * casePad;
  const top = 128; // title, subtitle, legend, direction labels, top tick labels

  let lo = 0.5, hi = 2;
  if (all.length) {
    lo = snapDown(Math.min(1, ...all) / 1.5);
    hi = snapUp(Math.max(1, ...all) * 1.5);
  }
  const L = Math.log(lo), H = Math.log(hi);
  const x = (r) => plotL + ((Math.log(Math.min(Math.max(r, lo), hi)) - L) / (H - L)) * (plotR - plotL);
  const x1 = x(1);

  // rows: group headings and cases, in the order of the data
  const rows = [];
  let y = top, lastGroup = null;
  for (const c of data.cases) {
    if (c.group !== lastGroup) { rows.push({ heading: GROUPS[c.group] ?? c.group ?? "", y }); y += groupH; lastGroup = c.group; }
    rows.push({ c, y }); y += blockH;
  }
  const plotBottom = y + 6;
  const Hh = plotBottom + 72;

  const s = [];
  s.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${Hh}" viewBox="0 0 ${W} ${Hh}" font-family="${FONT}" font-size="12">`);
  s.push(`<rect width="${W}" height="${Hh}" fill="#ffffff"/>`);
  // title and subtitle
  const title = `How fast is each library relative to NumPy?`;
  const sub = [data.date, data.machine, `Node ${data.node}`, `NumPy ${data.numpy ?? "n/a"}`,
    ...Object.entries(data.peers ?? {}).map(([id, p]) => (p.version ? `${id} ${p.version}` : `${id} not loaded`)),
    ...(data.quick ? ["--quick run"] : [])].join(" · ");
  s.push(`<text x="20" y="32" font-size="20" font-weight="600" fill="#111">${esc(title)}</text>`);
  s.push(`<text x="20" y="54" font-size="12" fill="#555">${esc(sub)}</text>`);
  s.push(`<text x="20" y="72" font-size="12" fill="#555">${esc("Bar length: NumPy's time ÷ the library's time (median per call), log scale. Right of the line: faster than NumPy.")}</text>`);
  // legend
  let lx = 20;
  for (const l of libs) {
    s.push(`<rect x="${lx}" y="86" width="14" height="14" rx="2" fill="${l.color}"/>`);
    s.push(`<text x="${lx + 20}" y="98" font-size="13" fill="#222">${esc(l.label)}</text>`);
    lx += 44 + l.label.length * 8;
  }
  if (!all.length) {
    s.push(`<text x="20" y="${top + 20}" fill="#a00">No NumPy times in this run: nothing to compare with.</text>`);
  }

  // axis: grid lines, tick labels at the top and the bottom, the 1x line
  const tk = ticks(lo, hi);
  s.push(`<text x="${x1 - 8}" y="${top - 24}" text-anchor="end" font-size="11" fill="#666">← slower than NumPy</text>`);
  s.push(`<text x="${x1 + 8}" y="${top - 24}" font-size="11" fill="#666">faster than NumPy →</text>`);
  // alternate case backgrounds first, so that grid lines and bars are drawn over them
  let k = 0;
  for (const r of rows) if (r.c && k++ % 2 === 0) s.push(`<rect x="10" y="${r.y}" width="${W - 20}" height="${blockH}" fill="#f4f6f9"/>`);
  for (const t of tk) {
    const tx = x(t).toFixed(1);
    s.push(`<line x1="${tx}" y1="${top - 4}" x2="${tx}" y2="${plotBottom}" stroke="${t === 1 ? "none" : "#dde1e6"}" stroke-width="1"/>`);
    s.push(`<text x="${tx}" y="${top - 8}" text-anchor="middle" font-size="11" fill="#555">${tickLabel(t)}</text>`);
    s.push(`<text x="${tx}" y="${plotBottom + 16}" text-anchor="middle" font-size="11" fill="#555">${tickLabel(t)}</text>`);
  }
  for (const r of rows) {
    if (r.heading !== undefined) {
      s.push(`<text x="20" y="${r.y + 20}" font-size="13" font-weight="600" fill="#222">${esc(r.heading)}</text>`);
      s.push(`<line x1="20" y1="${r.y + 26}" x2="${W - 20}" y2="${r.y + 26}" stroke="#b9c0c8" stroke-width="1"/>`);
      continue;
    }
    const { c } = r;
    const mid = r.y + blockH / 2;
    s.push(`<text x="${left}" y="${mid + 4}" text-anchor="end" font-size="12.5" fill="#111">${esc(c.name)}</text>`);
    libs.forEach((l, i) => {
      const by = r.y + casePad + i * (barH + barGap);
      const v = speed(c, l);
      if (!v.r) {
        const why = v.none ? "no such operation" : data.peers?.[l.id]?.error ? "not loaded" : c.errors?.[l.id] ? "error" : "not measured";
        s.push(`<text x="${x1 + 5}" y="${by + barH - 1}" font-size="9.5" font-style="italic" fill="#8a9099">${l.id}: ${why}</text>`);
        return;
      }
      const bx = Math.min(x1, x(v.r)), bw = Math.max(Math.abs(x(v.r) - x1), 1.5);
      s.push(`<rect x="${bx.toFixed(1)}" y="${by}" width="${bw.toFixed(1)}" height="${barH}" fill="${l.color}"><title>${esc(`${l.label}, ${c.name}: ${fmtX(v.r)} NumPy's speed`)}</title></rect>`);
      const label = fmtX(v.r) + (c.mismatch?.includes(l.id) ? " ≠" : "");
      const faster = v.r >= 1;
      s.push(`<text x="${(faster ? x(v.r) + 4 : x(v.r) - 4).toFixed(1)}" y="${by + barH - 1}" font-size="10" ${faster ? "" : 'text-anchor="end" '}fill="#333">${esc(label)}</text>`);
    });
  }
  s.push(`<line x1="${x1.toFixed(1)}" y1="${top - 4}" x2="${x1.toFixed(1)}" y2="${plotBottom}" stroke="#222" stroke-width="1.6"/>`);
  const foot = [
    "Same inputs and the same computation in every library (NumPy: same shapes and dtypes). tfjs has no float64, so it runs every case in float32.",
    "≠: the result differs from numwasm's. Times, ratios and notes: bench/results/latest.md.",
  ];
  foot.forEach((t, i) => s.push(`<text x="20" y="${plotBottom + 40 + 15 * i}" font-size="11" fill="#666">${esc(t)}</text>`));
  s.push("</svg>");
  return s.join("\n") + "\n";
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const input = process.argv[2] ?? fileURLToPath(new URL("results/latest.json", import.meta.url));
  const output = process.argv[3] ?? input.replace(/\.json$/, ".svg");
  writeFileSync(output, renderChart(JSON.parse(readFileSync(input, "utf8"))));
  console.log(`written to ${output}`);
}
