/**
 * Benchmark (not a test): does the continuity index read the export pattern? On a generated panel whose
 * continuation is planted on exported-at-t and exported-at-(t−1) with different weights (plus capability and
 * destination crisis: `generate --continuation history`), the out-of-time AUC on the firms whose history alone
 * cannot decide (exported in exactly one of t−1, t) for
 *   - the planted model (the reference: truth-continuation.parquet's p_continuing_next),
 *   - the default model with today's candidates (with the export-history indicators), and
 *   - the default model with the candidate set before them (no exported_prev/prev2, years since first export,
 *     export run),
 * side by side on the same test rows, plus the gaps to the planted AUC.
 *
 *   npx tsx bench/continuity-history.bench.ts [--exporters 6000] [--seed 5]
 *
 * Prints a table and writes bench/results/continuity-history.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runModel, type ModelRun } from '../src/core/continuity/model-run.ts';
import { auc } from '../src/core/stats/metrics.ts';
import { CANDIDATE_NAMES, HISTORY_ADDITIONS } from '../src/data/continuity/candidates.ts';
import { loadContinuityData } from '../src/data/continuity/continuity-data.ts';
import { planFromPath } from '../src/data/dataset/plan-dir.node.ts';
import { nativeInsert } from '../src/data/dataset/insert-native.node.ts';
import { loadDataset } from '../src/data/dataset/load-dataset.ts';
import { NodeEngine } from '../src/data/engine/engine-native.node.ts';
import { generateDataset } from '../src/data/generate/write-dataset.node.ts';
import { loadWasmLogitKernel } from '../wasm/logit-kernel.ts';

const { values } = parseArgs({
  options: { exporters: { type: 'string', default: '6000' }, seed: { type: 'string', default: '5' } },
});
const exporters = Number(values.exporters);
const seed = Number(values.seed);

const dir = mkdtempSync(join(tmpdir(), 'continuity-history-'));
const engine = await NodeEngine.create();
try {
  await generateDataset({
    out: dir,
    seed,
    exporters,
    buyers: 40,
    startYear: 2014,
    endYear: 2023,
    continuation: 'history',
  });
  const loaded = await loadDataset(await planFromPath(dir), { engine, insertFile: nativeInsert(engine) });
  if (!loaded.activated) throw new Error('generated dataset did not validate');
  const data = await loadContinuityData(engine);
  const f = data.features;
  const truth = new Map(
    (
      await engine.query<{ id: string; year: number; p: number | null }>(
        `SELECT exporter_id AS id, year, p_continuing_next AS p FROM read_parquet(?)`,
        [join(dir, 'truth-continuation.parquet')],
      )
    ).map((r) => [`${r.id}|${r.year}`, r.p]),
  );
  const kernel = await loadWasmLogitKernel();
  const oldCandidates = CANDIDATE_NAMES.filter((n) => !HISTORY_ADDITIONS.includes(n));
  const t0 = performance.now();
  const now = runModel(f, { variables: null }, kernel);
  const t1 = performance.now();
  const before = runModel(f, { variables: null, candidates: oldCandidates }, kernel);
  const t2 = performance.now();

  const col = (name: string) => f.columns[f.names.indexOf(name)];
  const eNow = col('exported_now');
  const ePrev = col('exported_prev');
  /** AUC of a run's out-of-time probabilities (and of the planted ones) on the undecided test firms. */
  function undecided(run: ModelRun): { n: number; events: number; model: number; planted: number } {
    const v = run.validation;
    if (!v) throw new Error('no validation');
    const model: number[] = [];
    const planted: number[] = [];
    const labels: number[] = [];
    v.testRows.forEach((row, m) => {
      if (eNow[row] + ePrev[row] !== 1) return;
      const p = truth.get(`${f.exporterId[row]}|${f.year[row]}`);
      if (p === null || p === undefined) return;
      model.push(v.testProbabilities[m]);
      planted.push(p);
      labels.push(f.label[row]);
    });
    return {
      n: labels.length,
      events: labels.reduce((s, y) => s + y, 0),
      model: auc(model, labels),
      planted: auc(planted, labels),
    };
  }
  const a = undecided(now);
  const b = undecided(before);
  const rows = [
    { model: 'planted (reference)', auc: a.planted, gap: 0, variables: '-' },
    {
      model: 'default, today’s candidates',
      auc: a.model,
      gap: a.planted - a.model,
      variables: now.variables.join(' '),
    },
    {
      model: 'default, candidates before the history indicators',
      auc: b.model,
      gap: b.planted - b.model,
      variables: before.variables.join(' '),
    },
  ];
  console.log(
    `\ncontinuity index on the undecided firms (exported in exactly one of t−1, t), out of time: test year ` +
      `${now.validation?.testYear}, ${a.n} firms (${a.events} continuing); ${exporters} exporters, seed ${seed}\n`,
  );
  console.log('| model | AUC (undecided) | gap to planted |');
  console.log('| --- | ---: | ---: |');
  for (const r of rows) console.log(`| ${r.model} | ${r.auc.toFixed(4)} | ${r.gap.toFixed(4)} |`);
  console.log(
    `\nAUC on all test rows: today ${now.validation?.auc.toFixed(4)}, before ${before.validation?.auc.toFixed(4)}`,
  );
  console.log(`dropped today: ${now.dropped.map((d) => `${d.name} (${d.reason})`).join(', ') || 'none'}`);
  console.log(`fit + validation: today ${(t1 - t0).toFixed(0)} ms, before ${(t2 - t1).toFixed(0)} ms`);
  const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'continuity-history.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: { cpus: cpus().length, node: process.version },
        exporters,
        seed,
        testYear: now.validation?.testYear,
        undecided: { n: a.n, events: a.events },
        rows,
        allRows: { today: now.validation?.auc, before: before.validation?.auc },
        dropped: now.dropped.map((d) => ({ name: d.name, reason: d.reason })),
        notes: now.notes.map((n) => n.code),
      },
      null,
      2,
    ),
  );
  console.log(`wrote ${out}`);
} finally {
  await engine.close();
  rmSync(dir, { recursive: true, force: true });
}
