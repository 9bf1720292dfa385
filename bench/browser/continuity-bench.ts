/**
 * The page that bench/continuity-pipeline.bench.ts opens in headless Chromium (built by Vite, no app shell):
 * `window.continuityBench.logit()` times a logistic-regression fit with the TypeScript twin and the wasm kernel
 * on the same synthetic data; `.pipeline(url)` loads a dataset over HTTP the app's way (DuckDB-WASM in its
 * worker, Parquet decoded by parquet-wasm in another) and times each continuity step.
 */
import { createBrowserBackend } from '../../src/app/browser-backend.ts';
import { runModel, type ModelStep } from '../../src/core/continuity/model-run.ts';
import { createRng } from '../../src/core/random.ts';
import type { LogitKernel } from '../../src/core/stats/logit-kernel.ts';
import { tsLogitKernel } from '../../src/core/stats/logit-kernel-ts.ts';
import { fitLogit } from '../../src/core/stats/logit.ts';
import { loadContinuityData } from '../../src/data/continuity/continuity-data.ts';
import { loadDataset } from '../../src/data/dataset/load-dataset.ts';
import { planFromUrl } from '../../src/data/dataset/plan-url.ts';
import { loadWasmLogitKernel } from '../../wasm/logit-kernel.ts';

const CONTINUITY_TABLES = ['exporters', 'firm_years', 'exports', 'country_macro', 'world_macro'];

/** Seeded synthetic data on mixed scales (as bench/logit-fit.bench.ts), column-major. */
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

async function logit(opts: { rows: number; vars: number; runs: number }) {
  const data = makeData(opts.rows, opts.vars);
  const kernels: LogitKernel[] = [tsLogitKernel, await loadWasmLogitKernel()];
  // Warm-up (untimed): V8 first runs wasm with its baseline compiler and tiers hot functions up in a background
  // thread; on a busy 2-core box that can take long enough to distort a cold measurement.
  const warm = makeData(100_000, opts.vars);
  for (const kernel of kernels) fitLogit(warm.columns, warm.y, { kernel });
  const out: Record<string, { ms: number[]; iterations: number; maxDiff: number }> = {};
  let reference: number[] | null = null;
  for (const kernel of kernels) {
    const ms: number[] = [];
    let estimates: number[] = [];
    let iterations = 0;
    for (let r = 0; r < opts.runs; r++) {
      const t0 = performance.now();
      const fit = fitLogit(data.columns, data.y, { kernel });
      ms.push(performance.now() - t0);
      estimates = fit.coefficients.map((c) => c.estimate);
      iterations = fit.iterations;
    }
    reference ??= estimates;
    const ref = reference;
    out[kernel.name] = {
      ms,
      iterations,
      maxDiff: Math.max(...estimates.map((e, j) => Math.abs(e - ref[j]))),
    };
  }
  return { userAgent: navigator.userAgent, results: out };
}

async function pipeline(url: string) {
  const millis: Record<string, number> = {};
  const t = async <T>(name: string, f: () => Promise<T> | T): Promise<T> => {
    const t0 = performance.now();
    const v = await f();
    millis[name] = performance.now() - t0;
    return v;
  };
  const backend = await t('engine start', () => createBrowserBackend());
  const plan = await planFromUrl(url, { source: 'url' });
  plan.files = plan.files.filter((f) => CONTINUITY_TABLES.includes(f.table));
  const loaded = await t('load 5 tables', () =>
    loadDataset(plan, { engine: backend.engine, insertFile: backend.insertFile, partial: true }),
  );
  if (!loaded.activated)
    throw new Error(`dataset refused: ${JSON.stringify(loaded.report.errors.slice(0, 3))}`);
  const [{ n }] = await backend.engine.query<{ n: number }>('SELECT count(*)::DOUBLE AS n FROM firm_years');
  let step = '';
  let started = performance.now();
  const mark = (s: string) => {
    const now = performance.now();
    if (step) millis[step] = now - started;
    step = s;
    started = now;
  };
  const data = await loadContinuityData(backend.engine, undefined, (s) => mark(s));
  mark('');
  const kernel = await loadWasmLogitKernel();
  const run = runModel(data.features, { variables: null }, kernel, (s: ModelStep) => mark(s));
  mark('');
  Object.assign(millis, run.millis);
  return {
    firmYears: n,
    featureRows: data.features.n,
    labelled: run.model.n,
    variables: run.variables.length,
    auc: run.validation?.auc ?? null,
    millis,
  };
}

declare global {
  interface Window {
    continuityBench: { logit: typeof logit; pipeline: typeof pipeline };
  }
}
window.continuityBench = { logit, pipeline };
const status = document.getElementById('status');
if (status) status.textContent = 'loaded';
