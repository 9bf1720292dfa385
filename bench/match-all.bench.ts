/**
 * Benchmark of `match --event ID --all exporters` at a 5,000 × 5,000 fair (issue 9 scope 2; not a timed test):
 * every exporter's candidate lists and its random top 10 with the exposure boost, native DuckDB, on the
 * 20,000-exporter × 100,000-buyer dataset of matching-pipeline.bench.ts with an extra event of random participants.
 *
 * Reference in the same run: the per-firm path (perFirmCandidateLists: the per-firm pair SQL in chunks of 200,
 * each list's features and sub-scores built on its own), then the product's whole-fair path (candidateLists:
 * set-based SQL + whole-fair-lists.ts, sub-scores computed once over the fair's rows). Both draw every list with
 * the same seed; the bench checks that the lists are identical. Wall time and the process's CPU time (all DuckDB
 * threads included, steadier on a shared machine) are reported, with the ratio to the reference.
 *
 * Run: npx tsx bench/match-all.bench.ts [--fair 5000] [--skip-reference]
 *   → table on stdout, JSON in bench/results/match-all.json. --fair 1000 is a quick run.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDataset } from '../src/cli/open-dataset.ts';
import type { CandidateList } from '../src/data/matching/candidate-list.ts';
import { liveAsOf } from '../src/data/matching/events.ts';
import {
  buildMatchingModel,
  candidateLists,
  perFirmCandidateLists,
  type MatchingModel,
} from '../src/data/matching/matching-model.ts';
import { DEFAULT_RULES } from '../src/data/matching/matching-types.ts';
import { DEFAULT_SAMPLING } from '../src/data/matching/recommend.ts';
import { recommendAll } from '../src/data/matching/recommend-all.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const DATA = process.env.MATCHING_BENCH_DATA ?? join(HERE, 'data', 'matching-big');
const { values } = parseArgs({
  options: {
    fair: { type: 'string', default: '5000' },
    'skip-reference': { type: 'boolean', default: false },
  },
});
const FAIR = Number(values.fair);
if (!existsSync(join(DATA, 'manifest.json'))) {
  console.error(
    `${DATA} is missing: run npx tsx bench/matching-pipeline.bench.ts once (it generates the data).`,
  );
  process.exit(1);
}

interface Run {
  listsMs: number;
  listsCpuMs: number;
  drawMs: number;
  totalMs: number;
  cpuMs: number;
  pairs: number;
  lists: string[][];
}

const cpuNow = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function run(model: MatchingModel, build: () => Promise<CandidateList[]>): Promise<Run> {
  const w0 = performance.now();
  const c0 = cpuNow();
  const lists = await build();
  const w1 = performance.now();
  const c1 = cpuNow();
  const out = recommendAll(
    lists,
    {},
    { ...DEFAULT_SAMPLING, seed: 1 },
    Float64Array.from(model.pastExposure.buyers),
  );
  const w2 = performance.now();
  return {
    listsMs: w1 - w0,
    listsCpuMs: c1 - c0,
    drawMs: w2 - w1,
    totalMs: w2 - w0,
    cpuMs: cpuNow() - c0,
    pairs: lists.reduce((s, l) => s + l.candidates.length, 0),
    lists: out.map((l) => [l.focusId, ...l.items.map((it) => `${it.id}:${it.score}`)]),
  };
}

const native = await openDataset(DATA);
const model = await buildMatchingModel(native, await liveAsOf(native));
await native.exec(
  `INSERT INTO events VALUES ('BENCH-FAIR', 'bench fair', 'consumer_goods_fair', DATE '2025-06-01', DATE '2025-06-03', NULL, 'KR')`,
);
for (const [type, table, id] of [
  ['exporter', 'exporters', 'exporter_id'],
  ['buyer', 'buyers', 'buyer_id'],
] as const) {
  await native.exec(
    `INSERT INTO event_participants SELECT 'BENCH-FAIR', '${type}', ${id}, NULL FROM ${table} ORDER BY hash(${id} || 'f') LIMIT ${FAIR}`,
  );
}
const ids = (
  await native.query<{ id: string }>(
    `SELECT party_id AS id FROM event_participants WHERE event_id = 'BENCH-FAIR' AND party_type = 'exporter' ORDER BY 1`,
  )
).map((r) => r.id);
const filters = { eventId: 'BENCH-FAIR' };
const reference = values['skip-reference']
  ? null
  : await run(model, () => perFirmCandidateLists(native, model, 'exporter', ids, DEFAULT_RULES, filters));
const fair = await run(model, () => candidateLists(native, model, 'exporter', ids, DEFAULT_RULES, filters));
await native.close();
const identical = reference ? JSON.stringify(reference.lists) === JSON.stringify(fair.lists) : null;

const s = (x: number) => `${(x / 1000).toFixed(1)} s`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
const rows: [string, string][] = [
  [
    'fair',
    `${FAIR.toLocaleString()} × ${FAIR.toLocaleString()}, ${fair.pairs.toLocaleString()} eligible pairs`,
  ],
  ['load average (1 min) at the end', os.loadavg()[0].toFixed(1)],
];
if (reference) {
  rows.push(
    ['per-firm path (reference): lists', `${s(reference.listsMs)} wall, ${s(reference.listsCpuMs)} CPU`],
    ['  + random top 10 of every list', s(reference.drawMs)],
    ['  total', `${s(reference.totalMs)} wall, ${s(reference.cpuMs)} CPU`],
  );
}
rows.push(
  [
    'whole-fair path (product): lists',
    `${s(fair.listsMs)} wall, ${s(fair.listsCpuMs)} CPU` +
      (reference
        ? ` (${ratio(reference.listsMs, fair.listsMs)} / ${ratio(reference.listsCpuMs, fair.listsCpuMs)})`
        : ''),
  ],
  ['  + random top 10 of every list', s(fair.drawMs)],
  [
    '  total',
    `${s(fair.totalMs)} wall, ${s(fair.cpuMs)} CPU` +
      (reference
        ? ` (${ratio(reference.totalMs, fair.totalMs)} / ${ratio(reference.cpuMs, fair.cpuMs)} faster)`
        : ''),
  ],
  ['lists identical to the reference (same seed)', identical === null ? 'not run' : String(identical)],
);
const w = Math.max(...rows.map((r) => r[0].length));
console.log(rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n'));
const strip = (r: Run | null) => (r ? { ...r, lists: r.lists.length } : null);
mkdirSync(join(HERE, 'results'), { recursive: true });
writeFileSync(
  join(HERE, 'results', 'match-all.json'),
  JSON.stringify(
    {
      bench: 'match-all',
      measured: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        model: os.cpus()[0]?.model,
        node: process.version,
        load: os.loadavg(),
      },
      fair: FAIR,
      reference: strip(reference),
      wholeFair: strip(fair),
      identical,
    },
    null,
    2,
  ) + '\n',
);
if (identical === false) process.exitCode = 1;
