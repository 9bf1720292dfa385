/**
 * Chooses the collaborative-filtering model and its settings by evaluation (docs/matching-method.md §5), on a
 * validation events only — by default the 2022 and 2023 events of the sample (train before each, test on it) — so that the
 * event the evaluation reports (the latest, 2024) is never used for tuning.
 *
 *   npx tsx scripts/tune-matching-cf.ts [--data DIR] [--events EV2022-CGF,EV2023-ONL]
 *
 * With several validation events (default: both events before the latest one) the criterion is averaged over
 * them, which halves the noise of a single event's 350 × 270 hold-out.
 *
 * For each candidate setting: interaction matrix (evidence weights) → fit (ALS or item-kNN) → re-blend the same
 * candidate lists (the content features do not change) → NDCG@10 and MAP@10 in both directions and on cold-start
 * exporters. Prints a table and writes bench/results/matching-cf-tuning.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fitCollaborative, interactionCounts, type CfOptions } from '../src/core/matching/index.ts';
import { openDataset } from '../src/cli/open-dataset.ts';
import { blendCandidateList } from '../src/data/matching/candidate-list.ts';
import { DEFAULT_CF_SETTINGS, type CfSettings } from '../src/data/matching/cf-settings.ts';
import {
  prepareEvaluation,
  scoreEvaluation,
  type PreparedEvaluation,
} from '../src/data/matching/evaluation.ts';
import { DEFAULT_INTERACTION_WEIGHTS, loadInteractionMatrix } from '../src/data/matching/interactions.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: 'data-samples/sample' },
    events: { type: 'string', default: 'EV2022-CGF,EV2023-ONL' },
  },
});
const engine = await openDataset(values.data);
const validation: PreparedEvaluation[] = [];
for (const eventId of values.events.split(',')) {
  const p = await prepareEvaluation(engine, { eventId });
  console.error(
    `validation event ${p.event.id}: ${p.exporterIds.length} exporters, ${p.buyerIds.length} buyers`,
  );
  validation.push(p);
}

// Evidence weights compared: the first guess (a declined request still counted as interest), outcome-only
// (refusals carry no weight), and outcome-only with stronger web-log signals (the product default).
const WEIGHTS = {
  initial: {
    match: { requested: 1, declined: 0.5, accepted: 2, met: 3, contracted: 5 },
    weblog: { page_view: 0.2, click: 0.3, search: 0.3, save: 1, request: 1 },
  },
  outcome: {
    match: { requested: 0.5, declined: 0, accepted: 2, met: 3, contracted: 5 },
    weblog: { page_view: 0.2, click: 0.3, search: 0.3, save: 1, request: 1 },
  },
  'outcome+web': DEFAULT_INTERACTION_WEIGHTS,
};

interface Row {
  name: string;
  ndcg: number;
  ndcgReverse: number;
  ndcgCold: number;
  map: number;
  mapReverse: number;
  contentNdcg: number;
  contentNdcgReverse: number;
  contentNdcgCold: number;
}

const matrices = new Map<string, Awaited<ReturnType<typeof loadInteractionMatrix>>>();
async function runOne(
  prepared: PreparedEvaluation,
  settings: CfSettings,
  weightsName: keyof typeof WEIGHTS,
): Promise<Row> {
  const key = `${prepared.event.id}|${weightsName}`;
  let matrix = matrices.get(key);
  if (!matrix) {
    matrix = await loadInteractionMatrix(
      engine,
      prepared.model.directory,
      prepared.model.asOf.cutoff,
      WEIGHTS[weightsName],
    );
    matrices.set(key, matrix);
  }
  const model = fitCollaborative(matrix, settings.model);
  const cf = { model, counts: interactionCounts(matrix), kappa: settings.kappa };
  const p = {
    ...prepared,
    model: { ...prepared.model, matrix, cf },
    exporterLists: prepared.exporterLists.map((l) => blendCandidateList(l, cf)),
    buyerLists: prepared.buyerLists.map((l) => blendCandidateList(l, cf)),
  };
  const r = scoreEvaluation(p);
  return {
    name: '',
    ndcg: r.models.hybrid.ndcg,
    ndcgReverse: r.reverse.hybrid.ndcg,
    ndcgCold: r.coldStart.hybrid.ndcg,
    map: r.models.hybrid.map,
    mapReverse: r.reverse.hybrid.map,
    contentNdcg: r.models.content.ndcg,
    contentNdcgReverse: r.reverse.content.ndcg,
    contentNdcgCold: r.coldStart.content.ndcg,
  };
}

async function run(name: string, settings: CfSettings, weightsName: keyof typeof WEIGHTS): Promise<Row> {
  const each: Row[] = [];
  for (const p of validation) each.push(await runOne(p, settings, weightsName));
  const avg = (k: keyof Omit<Row, 'name'>) => each.reduce((s, r) => s + r[k], 0) / each.length;
  const row: Row = {
    name: `${name} w=${weightsName} κ=${settings.kappa}`,
    ndcg: avg('ndcg'),
    ndcgReverse: avg('ndcgReverse'),
    ndcgCold: avg('ndcgCold'),
    map: avg('map'),
    mapReverse: avg('mapReverse'),
    contentNdcg: avg('contentNdcg'),
    contentNdcgReverse: avg('contentNdcgReverse'),
    contentNdcgCold: avg('contentNdcgCold'),
  };
  console.error(
    `${row.name.padEnd(60)} ndcg ${row.ndcg.toFixed(4)} rev ${row.ndcgReverse.toFixed(4)} cold ${row.ndcgCold.toFixed(4)}` +
      `   (content ${row.contentNdcg.toFixed(4)} / ${row.contentNdcgReverse.toFixed(4)} / ${row.contentNdcgCold.toFixed(4)})`,
  );
  return row;
}

const rows: Row[] = [];
const als = (o: Partial<Extract<CfOptions, { kind: 'als' }>>): CfOptions => ({
  ...(DEFAULT_CF_SETTINGS.model as object),
  kind: 'als',
  ...o,
});
const grid: [string, CfOptions][] = [];
for (const factors of [4, 8, 16, 32, 64])
  for (const regularization of [0.1, 1, 10])
    for (const alpha of [2, 10, 40])
      for (const confidence of ['log', 'linear'] as const)
        grid.push([
          `als f=${factors} λ=${regularization} α=${alpha} ${confidence}`,
          als({ factors, regularization, alpha, confidence }),
        ]);
for (const neighbours of [20, 50, 100])
  for (const shrink of [0, 10, 50])
    for (const transform of ['log', 'binary'] as const)
      grid.push([
        `knn K=${neighbours} h=${shrink} ${transform}`,
        { kind: 'item-knn', neighbours, shrink, transform },
      ]);
const only = process.env.TUNE_FILTER ?? '';
// Stage 1: every model on the outcome-weighted matrix with κ = 5.
for (const [name, model] of grid) {
  if (only && !name.includes(only)) continue;
  rows.push(await run(name, { model, kappa: 5, interactions: WEIGHTS.outcome }, 'outcome'));
}
// Stage 2: the three best ALS and the two best item-kNN of stage 1 (by the mean NDCG@10 of both directions)
// × evidence weights × κ, so that both candidates get the same tuning effort.
const byMean = [...rows].sort((a, b) => b.ndcg + b.ndcgReverse - (a.ndcg + a.ndcgReverse));
const stage1 = [
  ...byMean.filter((r) => r.name.startsWith('als')).slice(0, 3),
  ...byMean.filter((r) => r.name.startsWith('knn')).slice(0, 2),
];
for (const best of stage1) {
  const [name, model] = grid.find(([n]) => best.name.startsWith(n + ' ')) as [string, CfOptions];
  for (const weightsName of Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[])
    for (const kappa of [2, 5, 10, 20, 50]) {
      if (weightsName === 'outcome' && kappa === 5) continue;
      rows.push(await run(name, { model, kappa, interactions: WEIGHTS[weightsName] }, weightsName));
    }
}
rows.sort((a, b) => b.ndcg + b.ndcgReverse - (a.ndcg + a.ndcgReverse));
console.log('best by mean NDCG@10 of both directions:');
console.table(rows.slice(0, 15));
mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/matching-cf-tuning.json',
  JSON.stringify(
    { events: validation.map((p) => p.event.id), measured: new Date().toISOString(), rows },
    null,
    2,
  ) + '\n',
);
await engine.close();
