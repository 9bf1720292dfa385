/**
 * Benchmark (not a test) of the continuity index in headless Chromium, with Node references from the same run:
 *
 * 1. Logistic-regression fit on 1,000,000 rows × 20 variables, TypeScript twin vs WebAssembly kernel, in the
 *    browser (a small page built by Vite: bench/browser/continuity-bench.*) and in Node — ratio wasm/TS in each.
 * 2. The whole continuity pipeline on a generated 100,000-exporter × 10-year dataset (status SQL, feature SQL +
 *    reading the feature table into typed columns, screening, fit, out-of-time validation, index), in the browser
 *    the app's way (DuckDB-WASM in its worker, Parquet over HTTP decoded by parquet-wasm in another worker, the
 *    model on the wasm kernel) and in Node on native DuckDB (the CLI's way) — time per step and the ratio.
 *
 *   npx tsx bench/continuity-pipeline.bench.ts [--data DIR] [--rows 1000000] [--vars 20] [--runs 3]
 *
 * The dataset defaults to bench/data/continuity-100k (git-ignored), generated on first use (~40 s, seed 42);
 * `--data /tmp/big` reuses one made by `npm run --silent cli -- generate --out /tmp/big --exporters 100000
 * --buyers 5000`. Only the five tables the index reads are loaded in the browser. Prints a table and writes
 * bench/results/continuity-pipeline.json.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium } from '../scripts/chromium.ts';
import { build } from 'vite';
import { createRng } from '../src/core/random.ts';
import type { LogitKernel } from '../src/core/stats/logit-kernel.ts';
import { tsLogitKernel } from '../src/core/stats/logit-kernel-ts.ts';
import { fitLogit } from '../src/core/stats/logit.ts';
import { runContinuityPipeline } from '../src/data/continuity/continuity-pipeline.ts';
import { planFromPath } from '../src/data/dataset/plan-dir.node.ts';
import { nativeInsert } from '../src/data/dataset/insert-native.node.ts';
import { loadDataset } from '../src/data/dataset/load-dataset.ts';
import { NodeEngine } from '../src/data/engine/engine-native.node.ts';
import { generateDataset } from '../src/data/generate/write-dataset.node.ts';
import { loadWasmLogitKernel } from '../wasm/logit-kernel.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    rows: { type: 'string', default: '1000000' },
    vars: { type: 'string', default: '20' },
    runs: { type: 'string', default: '3' },
  },
});
const HERE = fileURLToPath(new URL('.', import.meta.url));
const DATA = values.data ?? join(HERE, 'data', 'continuity-100k');
const ROWS = Number(values.rows);
const VARS = Number(values.vars);
const RUNS = Number(values.runs);
const STEPS = ['status', 'features', 'screening', 'fit', 'validation', 'index'] as const;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

async function ensureDataset(): Promise<void> {
  if (existsSync(join(DATA, 'manifest.json'))) return;
  console.log(`generating 100,000 exporters into ${DATA} …`);
  mkdirSync(DATA, { recursive: true });
  await generateDataset({
    seed: 42,
    exporters: 100_000,
    buyers: 5_000,
    startYear: 2015,
    endYear: 2024,
    out: DATA,
  });
}

/** The same synthetic data as the browser page (bench/browser/continuity-bench.ts). */
function makeData(n: number, p: number): { columns: Float64Array[]; y: Float64Array } {
  const rng = createRng(20240601);
  const columns = Array.from({ length: p }, () => new Float64Array(n));
  const y = new Float64Array(n);
  const scale = [1, 1e9, 0.05, 30, 1];
  for (let i = 0; i < n; i++) {
    const common = rng.normal();
    let eta = -0.4;
    for (let j = 0; j < p; j++) {
      const z = j % 6 === 5 ? (rng.next() < 0.3 ? 1 : 0) : 0.5 * common + 0.87 * rng.normal();
      eta += (j % 5 === 4 ? 0 : (0.6 / (1 + (j % 7))) * (j % 2 ? -1 : 1)) * z;
      columns[j][i] = j % 6 === 5 ? z : scale[j % 5] * z + (j % 3) * scale[j % 5];
    }
    y[i] = rng.next() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
  }
  return { columns, y };
}

async function nodeLogit(): Promise<Record<string, number[]>> {
  const data = makeData(ROWS, VARS);
  const out: Record<string, number[]> = {};
  const kernels: LogitKernel[] = [tsLogitKernel, await loadWasmLogitKernel()];
  const warm = makeData(100_000, VARS); // untimed warm-up, as in the browser page
  for (const kernel of kernels) fitLogit(warm.columns, warm.y, { kernel });
  for (const kernel of kernels) {
    out[kernel.name] = [];
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      fitLogit(data.columns, data.y, { kernel });
      out[kernel.name].push(performance.now() - t0);
    }
  }
  return out;
}

async function nodePipeline(): Promise<Record<string, number>> {
  const engine = await NodeEngine.create();
  try {
    const plan = await planFromPath(DATA);
    const t0 = performance.now();
    await loadDataset(plan, { engine, insertFile: nativeInsert(engine) });
    const load = performance.now() - t0;
    const r = await runContinuityPipeline(engine, { kernel: await loadWasmLogitKernel() });
    return { 'load (all tables)': load, ...r.millis };
  } finally {
    await engine.close();
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.parquet': 'application/vnd.apache.parquet',
  '.css': 'text/css',
};

function serve(root: string, data: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    const [base, rel] = path.startsWith('/data/')
      ? [data, path.slice(6)]
      : [root, path.slice(1) || 'continuity-bench.html'];
    const file = normalize(join(base, rel));
    if (!file.startsWith(normalize(base)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}` });
    }),
  );
}

interface BrowserLogit {
  userAgent: string;
  results: Record<string, { ms: number[]; iterations: number; maxDiff: number }>;
}
interface BrowserPipeline {
  firmYears: number;
  featureRows: number;
  labelled: number;
  variables: number;
  auc: number | null;
  millis: Record<string, number>;
}

async function browserRuns(): Promise<{ logit: BrowserLogit; pipeline: BrowserPipeline }> {
  const outDir = mkdtempSync(join(tmpdir(), 'continuity-bench-'));
  try {
    await build({
      configFile: false,
      root: join(HERE, 'browser'),
      base: './',
      logLevel: 'warn',
      worker: { format: 'es' },
      build: {
        outDir,
        emptyOutDir: true,
        target: 'es2022',
        assetsInlineLimit: 0,
        chunkSizeWarningLimit: 4000,
        rollupOptions: { input: join(HERE, 'browser', 'continuity-bench.html') },
      },
    });
    const { server, url } = await serve(outDir, DATA);
    const browser = await launchChromium(['--js-flags=--max-old-space-size=8192']);
    try {
      const page = await browser.newPage();
      page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
      await page.goto(`${url}/continuity-bench.html`);
      await page.waitForFunction(() => document.getElementById('status')?.textContent === 'loaded');
      page.setDefaultTimeout(15 * 60_000);
      const logit = await page.evaluate((o) => window.continuityBench.logit(o), {
        rows: ROWS,
        vars: VARS,
        runs: RUNS,
      });
      const pipeline = await page.evaluate((u) => window.continuityBench.pipeline(u), `${url}/data/`);
      return { logit, pipeline };
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

await ensureDataset();
const loadBefore = loadavg()[0];
console.log(`dataset ${DATA}; logit ${ROWS.toLocaleString('en-US')} × ${VARS}, ${RUNS} runs per kernel`);
const node = { logit: await nodeLogit(), pipeline: await nodePipeline() };
const browser = await browserRuns();

console.log('\n1. Logistic-regression fit (median)');
console.log('   where      TS twin     wasm      TS/wasm');
const tsB = median(browser.logit.results.ts.ms);
const wasmB = median(browser.logit.results.wasm.ms);
const tsN = median(node.logit.ts);
const wasmN = median(node.logit.wasm);
console.log(`   chromium   ${fmt(tsB).padStart(8)}  ${fmt(wasmB).padStart(8)}  ${(tsB / wasmB).toFixed(2)}×`);
console.log(`   node       ${fmt(tsN).padStart(8)}  ${fmt(wasmN).padStart(8)}  ${(tsN / wasmN).toFixed(2)}×`);
console.log(
  `   (browser wasm estimates differ from TS by at most ${browser.logit.results.wasm.maxDiff.toExponential(1)})`,
);

const p = browser.pipeline;
console.log(
  `\n2. Continuity pipeline: ${p.firmYears.toLocaleString('en-US')} firm-years, ${p.featureRows.toLocaleString('en-US')} feature rows, ` +
    `${p.labelled.toLocaleString('en-US')} labelled, ${p.variables} variables, OOT AUC ${p.auc?.toFixed(4)}`,
);
console.log('   step          chromium   node native   ratio');
let totalB = 0;
let totalN = 0;
for (const s of STEPS) {
  const b = p.millis[s] ?? NaN;
  const n = node.pipeline[s] ?? NaN;
  totalB += b;
  totalN += n;
  console.log(`   ${s.padEnd(12)}  ${fmt(b).padStart(9)}  ${fmt(n).padStart(11)}  ${(b / n).toFixed(1)}×`);
}
console.log(
  `   ${'total'.padEnd(12)}  ${fmt(totalB).padStart(9)}  ${fmt(totalN).padStart(11)}  ${(totalB / totalN).toFixed(1)}×`,
);
console.log(
  `   (before the pipeline: DuckDB-WASM start ${fmt(p.millis['engine start'])}, loading the 5 tables ${fmt(p.millis['load 5 tables'])}; ` +
    `native load of all tables ${fmt(node.pipeline['load (all tables)'])})`,
);

const results = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    memGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  chromium: browser.logit.userAgent,
  dataset: DATA,
  logit: { rows: ROWS, vars: VARS, runs: RUNS, chromium: browser.logit.results, node: node.logit },
  pipeline: { chromium: browser.pipeline, node: node.pipeline },
};
mkdirSync(join(HERE, 'results'), { recursive: true });
writeFileSync(join(HERE, 'results', 'continuity-pipeline.json'), JSON.stringify(results, null, 2) + '\n');
console.log(
  `\nload average ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)} on ${cpus().length} cores; wrote bench/results/continuity-pipeline.json`,
);
