/**
 * Benchmark (not a test): live refresh of 실시간 매칭 현황 — the time from a changed status file (its bytes, as
 * the poller receives them) to updated dashboard aggregates, for a fair with 5,000 exporters, 5,000 buyers and
 * 50,000 match records (target under 1 s).
 *
 *   npx tsx bench/fair-live.bench.ts [--reps N]
 *
 * Paths, each a warm median of `reps` refreshes after one cold one (every refresh takes a newer file with 5,000
 * changed statuses, as the agency's system would write it):
 *   wasm     the browser's code path in Node: DuckDB-WASM (blocking build) + the parquet-wasm decoder (the
 *            decode worker's code, inline) → loadFeed (checks, older-file guard) → liveSnapshot (merge with the
 *            dataset and the journal, funnel, timeline, 3 breakdowns, 2 lists of parties without a meeting,
 *            waiting requests)
 *   native   the same data layer on native DuckDB 1.4.3 (reads the Parquet itself): the reference ratio
 * Prints a table and writes bench/results/fair-live.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NodeEngine } from '../src/data/engine/engine-native.node.ts';
import { BlockingWasmEngine } from '../src/data/engine/engine-wasm-blocking.node.ts';
import type { Engine } from '../src/data/engine/engine.ts';
import { loadFeed, type FeedInsert } from '../src/data/fair/feed-load.ts';
import { liveSnapshot } from '../src/data/fair/live-snapshot.ts';
import { ensureLiveTables, replaceJournalTable } from '../src/data/fair/live-tables.ts';
import { loadParquet } from '../src/data/parquet/parquet-load.ts';
import { createNodeParquetDecoder } from '../src/data/parquet/parquet-wasm.node.ts';

const EXPORTERS = 5_000;
const BUYERS = 5_000;
const MATCHES = 50_000;
const CHANGED = 5_000;
const REPS = Number(process.argv[process.argv.indexOf('--reps') + 1]) || 7;
const HERE = fileURLToPath(new URL('.', import.meta.url));
const RESULTS = join(HERE, 'results', 'fair-live.json');
const DIR = join(tmpdir(), 'fair-live-bench');
const EVENT = { id: 'EV-BENCH', startDate: '2025-06-18', endDate: '2025-06-20' };

/** The fair as a dataset: contract tables with contract types, generated in SQL (deterministic hashes). */
const FAIR_SQL = `
CREATE SCHEMA IF NOT EXISTS ds; USE ds;
CREATE OR REPLACE TABLE exporters AS SELECT printf('E%06d', i) AS exporter_id, printf('수출기업 %d', i) AS name,
  (['화장품', '식품', '의류·패션', '생활용품', '전자제품', '완구·스포츠'])[1 + i % 6] AS industry FROM range(${EXPORTERS}) t(i);
CREATE OR REPLACE TABLE buyers AS SELECT printf('B%06d', i) AS buyer_id, printf('Buyer %d', i) AS name,
  (['US', 'CN', 'JP', 'VN', 'HK', 'TW', 'TH', 'DE', 'AU', 'ID'])[1 + (hash(i) % 10)::BIGINT] AS country FROM range(${BUYERS}) t(i);
CREATE OR REPLACE TABLE exporter_products AS SELECT printf('E%06d', i) AS exporter_id,
  (['330499', '190230', '610910', '392410', '851631', '950300'])[1 + (i + j) % 6] AS hs_code
  FROM range(${EXPORTERS}) t(i), range(2) u(j);
CREATE OR REPLACE TABLE events AS SELECT '${EVENT.id}' AS event_id, 'Bench fair' AS name, 'consumer_goods_fair' AS kind,
  DATE '${EVENT.startDate}' AS start_date, DATE '${EVENT.endDate}' AS end_date, 'KR' AS country;
CREATE OR REPLACE TABLE event_participants AS
  SELECT '${EVENT.id}' AS event_id, 'exporter' AS party_type, exporter_id AS party_id, (4 + hash(exporter_id) % 9)::INTEGER AS max_meetings FROM exporters
  UNION ALL SELECT '${EVENT.id}', 'buyer', buyer_id, (4 + hash(buyer_id) % 9)::INTEGER FROM buyers;
CREATE OR REPLACE TABLE matches AS SELECT printf('M%07d', i) AS match_id, '${EVENT.id}' AS event_id,
  printf('E%06d', hash(i) % ${EXPORTERS}) AS exporter_id, printf('B%06d', hash(i * 7 + 1) % ${BUYERS}) AS buyer_id,
  'exporter' AS requested_by,
  TIMESTAMP '${EVENT.startDate} 09:00:00' + to_minutes((hash(i + 3) % 1440)::BIGINT) AS requested_at,
  (['requested', 'accepted', 'declined', 'met', 'contracted'])[1 + (hash(i + 5) % 5)::BIGINT] AS status,
  TIMESTAMP '${EVENT.startDate} 09:00:00' + to_minutes((1440 + hash(i + 3) % 1440)::BIGINT) AS updated_at,
  CAST(NULL AS DOUBLE) AS contract_value_usd FROM range(${MATCHES}) t(i);`;

/** Status file k: every match of the fair, with CHANGED statuses moved on at a time later than file k−1's. */
function statusFileSql(k: number, path: string): string {
  return `COPY (SELECT * REPLACE (
      CASE WHEN (hash(match_id) % ${MATCHES / CHANGED}) = ${k % (MATCHES / CHANGED)} THEN (['accepted', 'met', 'contracted', 'declined'])[1 + ${k} % 4] ELSE status END AS status,
      CASE WHEN (hash(match_id) % ${MATCHES / CHANGED}) = ${k % (MATCHES / CHANGED)} THEN TIMESTAMP '${EVENT.endDate} 19:00:00' + to_minutes(${k}) ELSE updated_at END AS updated_at)
    FROM matches) TO '${path}' (FORMAT parquet, COMPRESSION zstd)`;
}

interface Timing {
  total: number;
  load: number;
  snapshot: number;
}

async function run(
  engine: Engine,
  insert: FeedInsert,
  files: Uint8Array[],
): Promise<{ cold: Timing; warm: Timing[] }> {
  await engine.exec(FAIR_SQL);
  await ensureLiveTables(engine);
  await replaceJournalTable(engine, []);
  const times: Timing[] = [];
  for (const bytes of files) {
    const t0 = performance.now();
    await loadFeed(engine, insert, bytes, 'matches-live.parquet');
    const t1 = performance.now();
    const snap = await liveSnapshot(engine, EVENT, {
      bucketMinutes: 30,
      waitMinutes: 60,
      now: `${EVENT.endDate} 20:00:00`,
    });
    const t2 = performance.now();
    if (snap.summary.total !== MATCHES)
      throw new Error(`expected ${MATCHES} matches, got ${snap.summary.total}`);
    times.push({ total: t2 - t0, load: t1 - t0, snapshot: t2 - t1 });
  }
  return { cold: times[0], warm: times.slice(1) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const med = (ts: Timing[]): Timing => ({
  total: median(ts.map((t) => t.total)),
  load: median(ts.map((t) => t.load)),
  snapshot: median(ts.map((t) => t.snapshot)),
});

mkdirSync(DIR, { recursive: true });
const native = await NodeEngine.create();
await native.exec(FAIR_SQL);
const paths: string[] = [];
for (let k = 1; k <= REPS + 1; k++) {
  const p = join(DIR, `status-${k}.parquet`);
  await native.exec(statusFileSql(k, p));
  paths.push(p);
}
const files = paths.map((p) => new Uint8Array(readFileSync(p)));
await native.close();

const wasmEngine = await BlockingWasmEngine.create();
const decoder = createNodeParquetDecoder();
const wasmInsert: FeedInsert = async (bytes, target, fileName) => {
  await loadParquet(wasmEngine, decoder, target, bytes, { fileName });
};
const wasm = await run(wasmEngine, wasmInsert, files);
await wasmEngine.close();

const nativeEngine = await NodeEngine.create();
let n = 0;
const nativeInsert: FeedInsert = async (bytes, target) => {
  const p = join(DIR, `in-${n++}.parquet`);
  writeFileSync(p, bytes);
  await nativeEngine.loadParquetFile(target, p);
};
const nat = await run(nativeEngine, nativeInsert, files);
await nativeEngine.close();

const rows = [
  { path: 'wasm (browser path)', cold: wasm.cold, warm: med(wasm.warm) },
  { path: 'native DuckDB', cold: nat.cold, warm: med(nat.warm) },
];
const ms = (v: number) => `${v.toFixed(0)} ms`;
console.log(
  `Live refresh: ${EXPORTERS.toLocaleString()} exporters × ${BUYERS.toLocaleString()} buyers, ${MATCHES.toLocaleString()} matches; status file ${(files[1].byteLength / 1024).toFixed(0)} KiB, ${CHANGED.toLocaleString()} changes per file; warm median of ${REPS}`,
);
console.log(
  '| path | cold total | warm total | file → table (decode, checks) | merge + aggregates | × native |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.path} | ${ms(r.cold.total)} | ${ms(r.warm.total)} | ${ms(r.warm.load)} | ${ms(r.warm.snapshot)} | ${(r.warm.total / rows[1].warm.total).toFixed(1)} |`,
  );
}
mkdirSync(join(HERE, 'results'), { recursive: true });
writeFileSync(
  RESULTS,
  JSON.stringify(
    {
      benchmark: 'fair-live',
      when: new Date().toISOString(),
      machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
      fair: {
        exporters: EXPORTERS,
        buyers: BUYERS,
        matches: MATCHES,
        changedPerFile: CHANGED,
        fileBytes: files[1].byteLength,
      },
      reps: REPS,
      targetMs: 1000,
      results: rows,
    },
    null,
    2,
  ),
);
console.log(`wrote ${RESULTS}`);
