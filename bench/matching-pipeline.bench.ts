/**
 * Benchmark of the whole matching path (issue: exporter–buyer matching; not a timed test):
 *
 *  1. One exporter against 100,000 buyers: SQL feature extraction (eligibility + pair features, once per chosen
 *     firm), then scoring and the random top 10 (every slider move). The SQL runs on native DuckDB and on
 *     DuckDB-WASM (the browser's engine, blocking Node build, data loaded the browser's way: parquet-wasm →
 *     Arrow → insert). The scoring compares the optimised columnar path (core rank.ts: typed columns, one fused
 *     pass, size-k heap) with a plain TypeScript twin in the same run (an object per candidate, fuseReciprocal,
 *     full sort).
 *  2. Every participant of a 5,000 × 5,000 fair: all 5,000 exporters' lists (the set-based pair SQL of
 *     whole-fair-pairs.ts + scoring + random top 10 with the exposure boost spreading the fair), native DuckDB,
 *     against the per-firm SQL in chunks of 200 (the path before) measured in the same run.
 *
 * Data: `generate --exporters 20000 --buyers 100000` (written to bench/data/matching-big/ when absent; ignored by
 * git, never committed). The 5,000 × 5,000 fair is added in memory as an extra event of random participants.
 * Run: npx tsx bench/matching-pipeline.bench.ts → table on stdout, JSON in bench/results/matching-pipeline.json.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fuseReciprocal, VARIABLES, type MatchWeights, type SubScores } from '../src/core/matching/index.ts';
import { createRng } from '../src/core/random.ts';
import { openDataset } from '../src/cli/open-dataset.ts';
import { planFromPath } from '../src/data/dataset/plan-dir.node.ts';
import { loadDataset } from '../src/data/dataset/load-dataset.ts';
import { BlockingWasmEngine } from '../src/data/engine/engine-wasm-blocking.node.ts';
import type { Engine } from '../src/data/engine/engine.ts';
import { generateDataset } from '../src/data/generate/write-dataset.node.ts';
import type { CandidateList } from '../src/data/matching/candidate-list.ts';
import { liveAsOf } from '../src/data/matching/events.ts';
import {
  buildMatchingModel,
  candidateList,
  candidateLists,
  perFirmCandidateLists,
  WHOLE_FAIR_CHUNK,
} from '../src/data/matching/matching-model.ts';
import { DEFAULT_RULES } from '../src/data/matching/matching-types.ts';
import { DEFAULT_SAMPLING, recommend } from '../src/data/matching/recommend.ts';
import { recommendAll } from '../src/data/matching/recommend-all.ts';
import { wasmInsertFile } from '../src/data/parquet/insert-wasm.ts';
import { createNodeParquetDecoder } from '../src/data/parquet/parquet-wasm.node.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const DATA = process.env.MATCHING_BENCH_DATA ?? join(HERE, 'data', 'matching-big');
const FOCUS = 12; // exporters timed
const FAIR = 5000;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length
    ? s.length % 2
      ? s[(s.length - 1) / 2]
      : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
    : NaN;
};
/** CPU seconds of this process (all DuckDB threads included) spent in f: the machine is shared, so wall time is noisy. */
async function cpu<T>(f: () => Promise<T>): Promise<[T, number]> {
  const c = process.cpuUsage();
  const r = await f();
  const d = process.cpuUsage(c);
  return [r, (d.user + d.system) / 1000];
}
async function time<T>(f: () => Promise<T> | T): Promise<[T, number]> {
  const t = performance.now();
  const r = await f();
  return [r, performance.now() - t];
}
const ms = (x: number) => `${x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : Math.round(x)} ms`;

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
const manifest = JSON.parse(readFileSync(join(DATA, 'manifest.json'), 'utf8')) as {
  tables: Record<string, { rows: number }>;
};

// ---- native: load, model ------------------------------------------------------------------------------------
const [native, loadNative] = await time(() => openDataset(DATA));
const asOf = await liveAsOf(native);
const [model, modelMs] = await time(() => buildMatchingModel(native, asOf));
const exporterIds = (
  await native.query<{ id: string }>(
    `SELECT DISTINCT exporter_id AS id FROM exporter_products ORDER BY hash(exporter_id) LIMIT ${FOCUS}`,
  )
).map((r) => r.id);

interface PerFirm {
  id: string;
  candidates: number;
  sqlNative: number;
  sqlWasm?: number;
  firstTop10: number;
}
const perFirm: PerFirm[] = [];
let largest: CandidateList | null = null;
for (const id of exporterIds) {
  const [list, sql] = await time(() => candidateList(native, model, 'exporter', id, DEFAULT_RULES, {}));
  const [, first] = await time(() =>
    recommend(list, {}, { ...DEFAULT_SAMPLING, seed: 1 }, model.pastExposure.buyers),
  );
  perFirm.push({ id, candidates: list.candidates.length, sqlNative: sql, firstTop10: first });
  if (!largest || list.candidates.length > largest.candidates.length) largest = list;
}

// ---- slider moves on the largest list: optimised vs plain twin ------------------------------------------------
const big = largest as CandidateList;
const weightsFor = (run: number): MatchWeights => {
  const w: Record<string, number> = {};
  for (const v of VARIABLES) w[v.id] = v.defaultWeight;
  w[VARIABLES[run % VARIABLES.length].id] = (run % 7) * 0.5;
  return w;
};
const fast: number[] = [];
for (let r = 0; r < 61; r++) {
  const [, t] = await time(() =>
    recommend(big, weightsFor(r), { ...DEFAULT_SAMPLING, seed: r }, model.pastExposure.buyers),
  );
  fast.push(t);
}
const rankOnly: number[] = [];
for (let r = 0; r < 61; r++) rankOnly.push((await time(() => big.ranker.topK(weightsFor(r), 10)))[1]);
// Plain twin: one object per candidate with its parts, fuseReciprocal each, full sort, top 10.
const objects = Array.from({ length: big.candidates.length }, (_c, i) => {
  const parts: Record<string, number | null> = {};
  for (const v of VARIABLES) {
    const col = big.hybrid.subScores[v.id];
    if (!col) continue;
    parts[v.id] = big.hybrid.missing[v.id]?.[i] ? null : col[i];
  }
  return { i, parts: parts as SubScores, cf: big.cf[i], alpha: big.alpha[i] };
});
const plain: number[] = [];
let plainTop: number[] = [];
for (let r = 0; r < 11; r++) {
  const [top, t] = await time(() =>
    objects
      .map((o) => ({
        i: o.i,
        s: fuseReciprocal(o.parts, {
          weights: weightsFor(r),
          collaborative: o.alpha > 0 ? o.cf : null,
          blendWeight: o.alpha,
        }).score,
      }))
      .sort((a, b) => b.s - a.s || a.i - b.i)
      .slice(0, 10)
      .map((x) => x.i),
  );
  plain.push(t);
  plainTop = top;
}
const fastTop = Array.from(big.ranker.topK(weightsFor(10), 10).indices);
const agree = fastTop.every((v, k) => v === plainTop[k]);

// ---- DuckDB-WASM (the browser's engine): same SQL extraction ------------------------------------------------------
let wasmLoad = NaN;
try {
  const wasm = await BlockingWasmEngine.create();
  const decoder = createNodeParquetDecoder();
  const [res, t] = await time(async () =>
    loadDataset(await planFromPath(DATA), {
      engine: wasm,
      insertFile: wasmInsertFile(wasm, decoder, { timeoutMs: 0 }),
    }),
  );
  wasmLoad = t;
  if (!res.activated) throw new Error('wasm load refused');
  const wasmModel = { ...model }; // same directory and CF; only the SQL engine differs
  for (const p of perFirm) {
    const [, sql] = await time(() =>
      candidateList(wasm as Engine, wasmModel, 'exporter', p.id, DEFAULT_RULES, {}),
    );
    p.sqlWasm = sql;
  }
  decoder.close();
  await wasm.close();
} catch (e) {
  console.error(`DuckDB-WASM part skipped: ${(e as Error).message}`);
}

// ---- a 5,000 × 5,000 fair ------------------------------------------------------------------------------------------
await native.exec(
  `INSERT INTO events VALUES ('BENCH-FAIR', 'bench fair', 'consumer_goods_fair', DATE '2025-06-01', DATE '2025-06-03', NULL, 'KR')`,
);
await native.exec(
  `INSERT INTO event_participants SELECT 'BENCH-FAIR', 'exporter', exporter_id, NULL FROM exporters ORDER BY hash(exporter_id || 'f') LIMIT ${FAIR}`,
);
await native.exec(
  `INSERT INTO event_participants SELECT 'BENCH-FAIR', 'buyer', buyer_id, NULL FROM buyers ORDER BY hash(buyer_id || 'f') LIMIT ${FAIR}`,
);
const fairIds = (
  await native.query<{ id: string }>(
    `SELECT party_id AS id FROM event_participants WHERE event_id = 'BENCH-FAIR' AND party_type = 'exporter' ORDER BY 1`,
  )
).map((r) => r.id);
// Reference in the same run: the per-firm pair SQL in chunks of 200 (the path before issue 9 scope 2).
const [[refLists, refSql], refCpu] = await cpu(() =>
  time(() =>
    perFirmCandidateLists(native, model, 'exporter', fairIds, DEFAULT_RULES, { eventId: 'BENCH-FAIR' }),
  ),
);
const refPairs = refLists.reduce((s, l) => s + l.candidates.length, 0);
refLists.length = 0; // free before the set-based run
const [[fairLists, fairSql], fairCpu] = await cpu(() =>
  time(() => candidateLists(native, model, 'exporter', fairIds, DEFAULT_RULES, { eventId: 'BENCH-FAIR' })),
);
const exposure = Float64Array.from(model.pastExposure.buyers);
const [fairOut, fairScore] = await time(() =>
  recommendAll(fairLists, {}, { ...DEFAULT_SAMPLING, seed: 1 }, exposure),
);
const fairPairs = fairLists.reduce((s, l) => s + l.candidates.length, 0);
const fairFull = fairOut.filter((l) => l.items.length === 10).length;
await native.close();

// ---- report --------------------------------------------------------------------------------------------------------
const rows: [string, string][] = [
  [
    'dataset',
    `${manifest.tables.exporters.rows.toLocaleString()} exporters × ${manifest.tables.buyers.rows.toLocaleString()} buyers, ${Object.values(
      manifest.tables,
    )
      .reduce((s, t) => s + t.rows, 0)
      .toLocaleString()} rows`,
  ],
  ['load (native DuckDB)', ms(loadNative)],
  ['load (DuckDB-WASM: parquet-wasm → Arrow → insert)', ms(wasmLoad)],
  [
    'model: directory + interactions + exposure + ALS fit',
    `${ms(modelMs)} (ALS ${ms(model.fitMillis)}, ${model.matrix.nnz.toLocaleString()} interactions)`,
  ],
  ['eligible buyers per exporter (median)', median(perFirm.map((p) => p.candidates)).toLocaleString()],
  ['SQL features + sub-scores, one exporter (native, median)', ms(median(perFirm.map((p) => p.sqlNative)))],
  [
    'SQL features + sub-scores, one exporter (DuckDB-WASM, median)',
    ms(median(perFirm.flatMap((p) => (p.sqlWasm === undefined ? [] : [p.sqlWasm])))),
  ],
  ['first top 10 after the SQL (median)', ms(median(perFirm.map((p) => p.firstTop10)))],
  [
    `slider move: rescore + boost + random top 10, ${big.candidates.length.toLocaleString()} candidates (median)`,
    ms(median(fast)),
  ],
  ['  rank only (columnar topK, median)', ms(median(rankOnly))],
  [
    '  plain TS twin (objects + fuseReciprocal + sort, median)',
    `${ms(median(plain))} — ${(median(plain) / median(rankOnly)).toFixed(0)}× the columnar path; same top 10: ${agree}`,
  ],
  [
    `fair ${FAIR.toLocaleString()} × ${FAIR.toLocaleString()}: lists, per-firm SQL in chunks of 200 (reference, before)`,
    `${ms(refSql)} (CPU ${ms(refCpu)}; ${refPairs.toLocaleString()} eligible pairs)`,
  ],
  [
    `fair: lists, set-based SQL (${Math.ceil(fairIds.length / WHOLE_FAIR_CHUNK)} statements)`,
    `${ms(fairSql)} (CPU ${ms(fairCpu)}; ${fairPairs.toLocaleString()} eligible pairs; ${(refSql / fairSql).toFixed(1)}× faster, CPU ${(refCpu / fairCpu).toFixed(1)}×)`,
  ],
  [
    'fair: scoring + random top 10 with exposure boost, all lists',
    `${ms(fairScore)} (${fairFull.toLocaleString()} of ${fairIds.length.toLocaleString()} lists full)`,
  ],
  ['fair: total', ms(fairSql + fairScore)],
];
const w = Math.max(...rows.map((r) => r[0].length));
console.log(rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n'));
mkdirSync(join(HERE, 'results'), { recursive: true });
writeFileSync(
  join(HERE, 'results', 'matching-pipeline.json'),
  JSON.stringify(
    {
      bench: 'matching-pipeline',
      measured: new Date().toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version },
      dataset: {
        dir: DATA,
        rows: Object.fromEntries(Object.entries(manifest.tables).map(([k, v]) => [k, v.rows])),
      },
      loadMs: { native: loadNative, wasm: wasmLoad },
      model: {
        ms: modelMs,
        alsFitMs: model.fitMillis,
        interactions: model.matrix.nnz,
        settings: model.settings,
      },
      perExporter: perFirm,
      sliderMove: {
        candidates: big.candidates.length,
        recommendMs: fast,
        rankOnlyMs: rankOnly,
        plainTwinMs: plain,
        sameTop10: agree,
      },
      fair: {
        size: FAIR,
        sqlMs: fairSql,
        perFirmReferenceMs: refSql,
        cpuMs: fairCpu,
        perFirmReferenceCpuMs: refCpu,
        perFirmReferencePairs: refPairs,
        scoreMs: fairScore,
        pairs: fairPairs,
        lists: fairIds.length,
        fullLists: fairFull,
      },
      seedCheck: createRng(1).next(),
    },
    null,
    2,
  ) + '\n',
);
