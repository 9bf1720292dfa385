/**
 * Benchmark of the matching model build (issue 9 scope 1; not a timed test): the implicit-ALS fit by conjugate
 * gradient — 3 steps per party from its previous factors, parties without interactions skipped (Takács, Pilászy &
 * Tikk 2011; `implicit`'s use_cg) — on the WebAssembly SIMD kernel and on its TypeScript twin, against the exact
 * Cholesky solve per party (the solver before issue 9) as the reference measured in the same run.
 *
 *  1. 20,000 exporters × 100,000 buyers (bench/data/matching-big, generated as in matching-pipeline.bench.ts when
 *     absent): the whole model build with the product setting, stage by stage, and the ALS fit alone with each
 *     solver on the same interaction matrix.
 *  2. Quality: NDCG@10 of the hybrid on the sample's held-out event (EV2024-CGF), both directions, per solver —
 *     the faster fit must rank as well (within the noise of one event, ≈ 0.015).
 *
 * Run: npm run bench -- matching-als → table on stdout, JSON in bench/results/matching-als.json.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  fitAls,
  fitCollaborative,
  tsAlsCgKernel,
  type AlsCgKernel,
  type AlsOptions,
} from '../src/core/matching/index.ts';
import { openDataset } from '../src/cli/open-dataset.ts';
import { generateDataset } from '../src/data/generate/write-dataset.node.ts';
import { DEFAULT_CF_SETTINGS, type CfSettings } from '../src/data/matching/cf-settings.ts';
import { evaluateMatching } from '../src/data/matching/evaluation.ts';
import { liveAsOf } from '../src/data/matching/events.ts';
import { buildMatchingModel, type CfFitter } from '../src/data/matching/matching-model.ts';
import { loadWasmAlsKernel } from '../wasm/als-kernel.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const DATA = process.env.MATCHING_BENCH_DATA ?? join(HERE, 'data', 'matching-big');
const SAMPLE = join(HERE, '..', 'data-samples', 'sample');

const ms = (x: number) => `${x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : Math.round(x)} ms`;
const time = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
};

if (!existsSync(join(DATA, 'manifest.json'))) {
  console.error(`generating ${DATA} (20,000 exporters, 100,000 buyers)…`);
  await generateDataset({
    seed: 42,
    exporters: 20000,
    buyers: 100000,
    startYear: 2015,
    endYear: 2024,
    out: DATA,
  });
}

const wasm = await loadWasmAlsKernel();
const { kind: _kind, ...product } = DEFAULT_CF_SETTINGS.model as { kind: 'als' } & AlsOptions;

interface Variant {
  readonly name: string;
  readonly options: AlsOptions;
}
const VARIANTS: Variant[] = [
  { name: 'Cholesky per party (reference, before)', options: { ...product, solver: 'cholesky' } },
  { name: 'CG 3 steps, TypeScript', options: { ...product, solver: 'cg', kernel: tsAlsCgKernel } },
  { name: 'CG 3 steps, wasm SIMD (product)', options: { ...product, solver: 'cg', kernel: wasm } },
];

// ---- 1. 20k × 100k ------------------------------------------------------------------------------------------------
const engine = await openDataset(DATA);
const [model, buildMs] = await (async () => {
  const t = performance.now();
  const m = await buildMatchingModel(engine, await liveAsOf(engine));
  return [m, performance.now() - t] as const;
})();
await engine.close();
const matrix = model.matrix;
let activeRows = 0;
let activeCols = 0;
for (let i = 0; i < matrix.nRows; i++)
  if (matrix.byRow.offsets[i + 1] > matrix.byRow.offsets[i]) activeRows++;
for (let j = 0; j < matrix.nCols; j++)
  if (matrix.byCol.offsets[j + 1] > matrix.byCol.offsets[j]) activeCols++;
const fits = VARIANTS.map((v) => {
  const [fitted, t] = time(() => fitAls(matrix, v.options));
  return { name: v.name, ms: t, model: fitted };
});
// How far each fit's predictions are from the exact one on the pairs that matter (the observed ones).
const exact = fits[0].model;
const dot = (a: Float64Array, ao: number, b: Float64Array, bo: number, f: number) => {
  let s = 0;
  for (let i = 0; i < f; i++) s += a[ao + i] * b[bo + i];
  return s;
};
const meanAbsGap = fits.map((fit) => {
  let s = 0;
  const f = fit.model.factors;
  for (let u = 0; u < matrix.nRows; u++) {
    for (let p = matrix.byRow.offsets[u]; p < matrix.byRow.offsets[u + 1]; p++) {
      const i = matrix.byRow.indices[p];
      s += Math.abs(
        dot(fit.model.rowFactors, u * f, fit.model.colFactors, i * f, f) -
          dot(exact.rowFactors, u * f, exact.colFactors, i * f, f),
      );
    }
  }
  return s / matrix.nnz;
});

// ---- 2. quality on the sample's held-out event ---------------------------------------------------------------------
const fitterWith =
  (kernel: AlsCgKernel | undefined): CfFitter =>
  async (m, options) =>
    fitCollaborative(m, kernel && options.kind === 'als' ? { ...options, kernel } : options);
const quality: { name: string; exportersNdcg: number; buyersNdcg: number; coldNdcg: number; ms: number }[] =
  [];
for (const v of VARIANTS) {
  const sample = await openDataset(SAMPLE);
  const { kind: _k, ...rest } = v.options as AlsOptions & { kind?: string };
  const settings: CfSettings = {
    ...DEFAULT_CF_SETTINGS,
    model: { kind: 'als', ...rest, kernel: undefined },
  };
  const t = performance.now();
  const r = await evaluateMatching(sample, { settings, fit: fitterWith(v.options.kernel) });
  quality.push({
    name: v.name,
    exportersNdcg: r.models.hybrid.ndcg,
    buyersNdcg: r.reverse.hybrid.ndcg,
    coldNdcg: r.coldStart.hybrid.ndcg,
    ms: performance.now() - t,
  });
  await sample.close();
}

// ---- report --------------------------------------------------------------------------------------------------------
const ref = fits[0].ms;
const rows: [string, string][] = [
  [
    'dataset',
    `${matrix.nRows.toLocaleString()} exporters × ${matrix.nCols.toLocaleString()} buyers, ${matrix.nnz.toLocaleString()} interactions (${activeRows.toLocaleString()} + ${activeCols.toLocaleString()} parties with any)`,
  ],
  [
    'model build, product setting (CG wasm): total',
    `${ms(buildMs)} = ${Object.entries(model.stageMillis)
      .map(([k, v]) => `${k} ${ms(v)}`)
      .join(' + ')}`,
  ],
  ...fits.map((f, i): [string, string] => [
    `ALS fit f = 32, 15 sweeps: ${f.name}`,
    `${ms(f.ms)} (${(ref / f.ms).toFixed(1)}× the reference; mean |Δ prediction| on observed pairs ${meanAbsGap[i].toFixed(4)})`,
  ]),
  ...quality.map((q): [string, string] => [
    `sample EV2024-CGF NDCG@10 hybrid: ${q.name}`,
    `exporters' lists ${q.exportersNdcg.toFixed(4)}, buyers' ${q.buyersNdcg.toFixed(4)}, cold-start ${q.coldNdcg.toFixed(4)} (evaluation ${ms(q.ms)})`,
  ]),
];
const w = Math.max(...rows.map((r) => r[0].length));
console.log(rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n'));
mkdirSync(join(HERE, 'results'), { recursive: true });
writeFileSync(
  join(HERE, 'results', 'matching-als.json'),
  JSON.stringify(
    {
      bench: 'matching-als',
      measured: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        model: os.cpus()[0]?.model,
        node: process.version,
        load: os.loadavg(),
      },
      dataset: {
        dir: DATA,
        exporters: matrix.nRows,
        buyers: matrix.nCols,
        interactions: matrix.nnz,
        activeRows,
        activeCols,
      },
      modelBuild: { ms: buildMs, stages: model.stageMillis },
      fits: fits.map((f, i) => ({
        solver: f.name,
        ms: f.ms,
        speedup: ref / f.ms,
        meanAbsGap: meanAbsGap[i],
      })),
      quality,
    },
    null,
    2,
  ) + '\n',
);
