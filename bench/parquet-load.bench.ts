/**
 * Benchmark (not a test): loading a generated 100,000-exporter dataset from Parquet (zstd), the browser's
 * way versus native DuckDB reading the same files in the same run.
 *
 *   npx tsx bench/parquet-load.bench.ts [--rows N] [--exporters N] [--reps N]
 *
 * Paths, each loading every table into a fresh-named table, warm median of `reps` runs after one cold run:
 *   native-2t / native-1t   DuckDB 1.4.3 read_parquet (2 threads = this box's default; 1 thread)
 *   wasm-pipelined          the browser path: decode in a worker thread (same code as decode.worker.ts) while
 *                           DuckDB-WASM (blocking build) inserts the previous chunk — what the app does
 *   wasm-pipelined-4x       the same with chunks of 4 row groups (491,520 rows) instead of 1
 *   wasm-sequential         the same on one thread: decode, IPC, insert, chunk after chunk
 *   wasm-ctas-floor         DuckDB-WASM copying the loaded tables (CREATE TABLE AS): the cost of building the
 *                           tables inside DuckDB-WASM alone, a floor no decoder can go below
 *   decode-only             parquet-wasm readParquet + intoIPCStream without insert (split in two)
 *   hyparquet-decode        hyparquet to JS columns, no Arrow, no insert: a lower bound for that library
 * Prints a table (rows/s, MB/s of Parquet, ratio to native) and writes bench/results/parquet-load.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parquetRead } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { NodeEngine } from '../src/data/engine/engine-native.node.ts';
import { BlockingWasmEngine } from '../src/data/engine/engine-wasm-blocking.node.ts';
import type { ParquetDecoder } from '../src/data/parquet/decoder.ts';
import { createNodeWorkerDecoder } from '../src/data/parquet/worker-decoder.node.ts';
import { DEFAULT_BATCH_SIZE } from '../src/data/parquet/parquet-decode.ts';
import { loadParquet } from '../src/data/parquet/parquet-load.ts';
import { DEFAULT_CHUNK_ROWS, planParquet } from '../src/data/parquet/parquet-plan.ts';
import { createNodeParquetDecoder, nodeParquetWasm } from '../src/data/parquet/parquet-wasm.node.ts';

const PATH_NAMES = [
  'native-2t',
  'native-1t',
  'wasm-pipelined',
  'wasm-pipelined-4x',
  'wasm-sequential',
  'wasm-ctas-floor',
  'decode-only',
  'hyparquet-decode',
] as const;
const args = parseArgs(process.argv.slice(2));
const EXPORT_ROWS = args.rows ?? 2_500_000;
const EXPORTERS = args.exporters ?? 100_000;
const REPS = args.reps ?? 3;
const HERE = fileURLToPath(new URL('.', import.meta.url));
const DATA_DIR = join(HERE, 'data', 'parquet-load');
const RESULTS = join(HERE, 'results', 'parquet-load.json');
const LIMITS = { maxUncompressedBytes: 2 ** 31, maxDecodedBytes: 2 ** 31 };

interface DataFile {
  table: string;
  path: string;
  bytes: number;
  rows: number;
}

interface Timing {
  cold: number;
  warm: number[];
  median: number;
  /** Sub-timings (medians of warm runs), e.g. decode / ipc / insert. */
  parts?: Record<string, number>;
}

type Run = number | { ms: number; parts?: Record<string, number> };

/**
 * Each path runs in its own child process (this script with `--child <path>`), so that no path pays for
 * another's garbage (three DuckDB-WASM instances and their buffers in one heap kept V8's GC threads busy
 * on both cores and slowed whichever path ran next).
 */
async function main(): Promise<void> {
  if (args.child) {
    const files = JSON.parse(process.env.BENCH_FILES ?? '[]') as DataFile[];
    process.stdout.write(JSON.stringify(await runChild(args.child, files)));
    return;
  }
  console.error(
    `generating ${EXPORTERS.toLocaleString()} exporters, ${EXPORT_ROWS.toLocaleString()} export rows…`,
  );
  const files = await generate();
  for (const f of files) console.error(`  ${f.table}: ${f.rows.toLocaleString()} rows, ${mb(f.bytes)} MB`);
  const results: Record<string, Record<string, Timing>> = {};
  const load: Record<string, number> = {};
  for (const path of PATH_NAMES) {
    load[path] = round(loadavg()[0], 2);
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), '--child', path, '--reps', String(REPS)],
      { env: { ...process.env, BENCH_FILES: JSON.stringify(files) }, encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    if (child.status !== 0) throw new Error(`${path} failed:\n${child.stderr}`);
    results[path] = JSON.parse(child.stdout) as Record<string, Timing>;
    for (const [table, t] of Object.entries(results[path])) {
      console.error(`  ${path.padEnd(17)} ${table.padEnd(11)} cold ${s(t.cold)}  warm median ${s(t.median)}`);
    }
  }
  report(files, results, load);
}

/** Runs one path: a cold run then `REPS` warm runs of every file, in this fresh process. */
async function runChild(path: string, files: DataFile[]): Promise<Record<string, Timing>> {
  const runs = new Map<string, { ms: number; parts?: Record<string, number> }[]>();
  const { run, close, only } = await setUpPath(path, files);
  const targets = only ? files.filter((f) => only.includes(f.table)) : files;
  for (let rep = 0; rep <= (only ? 1 : REPS); rep++) {
    for (const f of targets) {
      const r = await run(f);
      runs.set(f.table, [...(runs.get(f.table) ?? []), typeof r === 'number' ? { ms: r } : r]);
    }
  }
  await close();
  return Object.fromEntries([...runs].map(([table, list]) => [table, summarize(list)]));
}

async function setUpPath(
  path: string,
  files: DataFile[],
): Promise<{ run: (f: DataFile) => Promise<Run>; close: () => Promise<void> | void; only?: string[] }> {
  const native = /^native-(\d)t$/.exec(path);
  if (native) {
    const engine = await NodeEngine.create({ threads: Number(native[1]) });
    return {
      run: (f) => time(() => engine.loadParquetFile({ schema: 'main', table: f.table }, f.path)),
      close: () => engine.close(),
    };
  }
  if (path === 'decode-only') return { run: decodeOnly, close: () => undefined };
  if (path === 'hyparquet-decode') return { run: hyparquetDecode, close: () => undefined, only: ['exports'] };
  const wasm = await BlockingWasmEngine.create();
  if (path === 'wasm-ctas-floor') {
    // The floor: DuckDB-WASM building the same tables from tables it already holds (no decode, no IPC).
    const decoder = createNodeParquetDecoder();
    for (const f of files) await browserLoad(wasm, decoder, f);
    return {
      run: (f) => time(() => wasm.exec(`CREATE OR REPLACE TABLE copy AS FROM ${f.table}`)),
      close: () => wasm.close(),
    };
  }
  const decoder = path === 'wasm-sequential' ? createNodeParquetDecoder() : createNodeWorkerDecoder();
  const chunkRows = path === 'wasm-pipelined-4x' ? 4 * DEFAULT_CHUNK_ROWS : undefined;
  return {
    run: (f) => browserLoad(wasm, decoder, f, chunkRows),
    close: async () => {
      decoder.close();
      await wasm.close();
    },
  };
}

function summarize(list: { ms: number; parts?: Record<string, number> }[]): Timing {
  const warm = list.slice(1);
  const timing: Timing = {
    cold: list[0].ms,
    warm: warm.map((r) => r.ms),
    median: median(warm.map((r) => r.ms)),
  };
  const parts = warm[0]?.parts;
  if (parts) {
    timing.parts = Object.fromEntries(
      Object.keys(parts).map((k) => [k, median(warm.map((r) => r.parts![k]))]),
    );
  }
  return timing;
}

/** The browser's path: returns wall ms, with the insert share as a part. */
async function browserLoad(
  wasm: BlockingWasmEngine,
  decoder: ParquetDecoder,
  f: DataFile,
  chunkRows?: number,
): Promise<{ ms: number; parts: Record<string, number> }> {
  const bytes = new Uint8Array(readFileSync(f.path));
  const r = await loadParquet(wasm, decoder, { schema: 'main', table: f.table }, bytes, {
    fileName: f.table,
    limits: LIMITS,
    timeoutMs: 0,
    chunkRows,
  });
  if (r.rows !== f.rows) throw new Error(`${f.table}: loaded ${r.rows} rows, expected ${f.rows}`);
  return {
    ms: r.ms.total,
    parts: { insert: r.ms.insert, 'decode+ipc (not overlapped)': r.ms.total - r.ms.insert },
  };
}

async function decodeOnly(f: DataFile): Promise<{ ms: number; parts: Record<string, number> }> {
  const wasm = await nodeParquetWasm.get();
  const bytes = new Uint8Array(readFileSync(f.path));
  const started = performance.now();
  const plan = planParquet(bytes, { fileName: f.table, limits: LIMITS });
  let decode = 0;
  let ipc = 0;
  for (const chunk of plan.chunks) {
    const t0 = performance.now();
    const table = wasm.readParquet(bytes, { batchSize: DEFAULT_BATCH_SIZE, rowGroups: chunk.rowGroups });
    const t1 = performance.now();
    table.intoIPCStream();
    decode += t1 - t0;
    ipc += performance.now() - t1;
  }
  return { ms: performance.now() - started, parts: { decode, ipc } };
}

async function hyparquetDecode(f: DataFile): Promise<{ ms: number }> {
  const buf = readFileSync(f.path);
  const file = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
  const started = performance.now();
  let rows = 0;
  await parquetRead({ file, compressors, onComplete: (data: unknown[]) => (rows = data.length) });
  if (rows !== f.rows) throw new Error(`hyparquet read ${rows} rows, expected ${f.rows}`);
  return { ms: performance.now() - started };
}

async function time(f: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await f();
  return performance.now() - t;
}

/** A dataset shaped like ours (docs/data-contract.md): exporters, firm_years (10 years each), exports. */
async function generate(): Promise<DataFile[]> {
  mkdirSync(DATA_DIR, { recursive: true });
  const engine = await NodeEngine.create();
  const out = (t: string): string => join(DATA_DIR, `${t}.parquet`).replaceAll("'", "''");
  const countries =
    "['US','CN','VN','JP','DE','IN','ID','MX','TH','GB','FR','AU','CA','MY','PH','SG','TW','HK','AE','SA','BR','TR','PL','NL']";
  await engine.exec(`
    COPY (SELECT printf('E%06d', i) AS exporter_id, '수출기업 ' || i AS name, 'Exporter ' || i AS name_en,
            (['서울','경기','부산','대구','인천','광주','대전','울산'])[1 + i % 8] AS region,
            'C' || lpad((10 + i % 24)::VARCHAR, 2, '0') AS industry, (1960 + i % 64)::INTEGER AS founded_year,
            CASE WHEN i % 3 = 0 THEN NULL ELSE 'https://e' || i || '.example.kr' END AS homepage
          FROM range(${EXPORTERS}) t(i))
      TO '${out('exporters')}' (FORMAT parquet, COMPRESSION zstd);
    COPY (SELECT printf('E%06d', e) AS exporter_id, (2015 + y)::INTEGER AS year,
            (5 + hash(e * 10 + y) % 500)::INTEGER AS employees, (hash(e * 31 + y) % 50000000000)::DOUBLE AS sales_krw,
            ((hash(e * 37 + y) % 4000000000)::DOUBLE - 1000000000) AS net_income_krw,
            ((hash(e * 41 + y) % 6000000000)::DOUBLE - 1000000000) AS operating_profit_krw,
            (hash(e * 43) % 10000000000)::DOUBLE AS capital_krw,
            CASE WHEN y = 0 THEN NULL ELSE ((hash(e * 47 + y) % 2000)::DOUBLE / 1000 - 1) END AS sales_growth,
            hash(e * 53 + y) % 4 = 0 AS lang_staff, (hash(e * 59 + y) % 6)::INTEGER AS overseas_marketing_staff,
            hash(e * 61 + y) % 3 = 0 AS trade_show, (hash(e * 67 + y) % 5)::INTEGER AS certifications,
            CASE WHEN e % 7 = 0 THEN NULL ELSE (1 + hash(e * 71 + y) % 10)::INTEGER END AS credit_grade
          FROM range(${EXPORTERS}) a(e), range(10) b(y) ORDER BY exporter_id, year)
      TO '${out('firm_years')}' (FORMAT parquet, COMPRESSION zstd);
    COPY (SELECT printf('E%06d', i % ${EXPORTERS}) AS exporter_id, (2015 + (i // ${EXPORTERS}) % 10)::INTEGER AS year,
            ${countries}[1 + (hash(i) % 24)::INTEGER] AS country,
            printf('%02d%04d', 1 + hash(i * 7) % 97, hash(i * 11) % 10000) AS hs_code,
            (hash(i * 13) % 100000000)::DOUBLE / 100 AS value_usd
          FROM range(${EXPORT_ROWS}) t(i) ORDER BY exporter_id, year)
      TO '${out('exports')}' (FORMAT parquet, COMPRESSION zstd);`);
  const files: DataFile[] = [];
  for (const table of ['exports', 'firm_years', 'exporters']) {
    const path = join(DATA_DIR, `${table}.parquet`);
    const [{ n }] = await engine.query<{ n: number }>('SELECT count(*) AS n FROM read_parquet(?)', [path]);
    files.push({ table, path, bytes: statSync(path).size, rows: n });
  }
  await engine.close();
  return files;
}

function report(
  files: DataFile[],
  results: Record<string, Record<string, Timing>>,
  load: Record<string, number>,
): void {
  const totalRows = files.reduce((a, f) => a + f.rows, 0);
  const totalBytes = files.reduce((a, f) => a + f.bytes, 0);
  const sum = (path: string, key: 'median' | 'cold'): number =>
    files.reduce((a, f) => a + (results[path]?.[f.table]?.[key] ?? NaN), 0);
  const reference = sum('native-2t', 'median');
  const reference1 = sum('native-1t', 'median');
  const summary = Object.keys(results)
    .filter((p) => files.every((f) => results[p][f.table]))
    .map((path) => {
      const ms = sum(path, 'median');
      return {
        path,
        cold_s: round(sum(path, 'cold') / 1000, 3),
        warm_median_s: round(ms / 1000, 3),
        rows_per_s: Math.round(totalRows / (ms / 1000)),
        parquet_mb_per_s: round(totalBytes / 1e6 / (ms / 1000), 1),
        ratio_to_native_2t: round(ms / reference, 2),
        ratio_to_native_1t: round(ms / reference1, 2),
      };
    });
  const header = ['path', 'cold s', 'warm s', 'rows/s', 'MB/s', '× native 2t', '× native 1t'];
  const rows = summary.map((r) => [
    r.path,
    r.cold_s.toFixed(2),
    r.warm_median_s.toFixed(2),
    r.rows_per_s.toLocaleString(),
    r.parquet_mb_per_s.toFixed(1),
    r.ratio_to_native_2t.toFixed(2),
    r.ratio_to_native_1t.toFixed(2),
  ]);
  console.log(
    `\nWhole dataset: ${totalRows.toLocaleString()} rows, ${mb(totalBytes)} MB of Parquet (zstd), ${REPS} warm reps, ` +
      `one process per path (1-min load average before each: ${Object.values(load).join(', ')} on ${cpus().length} CPUs)\n`,
  );
  console.log(table([header, ...rows]));
  const ex = results['hyparquet-decode']?.exports;
  if (ex) {
    const pw = results['decode-only'].exports;
    console.log(
      `\nexports only, decode without insert: parquet-wasm ${s(pw.median)} (decode ${s(pw.parts!.decode)} + IPC ${s(pw.parts!.ipc)}), ` +
        `hyparquet to JS arrays ${s(ex.median)} (${(ex.median / pw.median).toFixed(1)}× slower)`,
    );
  }
  const browser = summary.find((r) => r.path === 'wasm-pipelined');
  const verdict = browser
    ? `browser path (wasm-pipelined) is ${browser.ratio_to_native_2t}× native DuckDB with 2 threads ` +
      `(${browser.ratio_to_native_1t}× with 1 thread); aim ≤ 3×: ${browser.ratio_to_native_2t <= 3 ? 'met' : 'NOT met'}`
    : 'no browser result';
  console.log(`\n${verdict}`);
  mkdirSync(join(HERE, 'results'), { recursive: true });
  const json = {
    benchmark: 'parquet-load',
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpu_model: cpus()[0]?.model,
      total_mem_gib: round(totalmem() / 2 ** 30, 1),
      node: process.version,
      platform: process.platform,
      arch: process.arch,
    },
    versions: {
      duckdb_native: '1.4.3 (@duckdb/node-api 1.4.3-r.3)',
      duckdb_wasm: '1.32.0',
      parquet_wasm: '0.7.1',
      hyparquet: '1.31.5',
    },
    load_average_1m_before_each_path: load,
    params: {
      exporters: EXPORTERS,
      export_rows: EXPORT_ROWS,
      reps: REPS,
      compression: 'zstd',
      batch_size: DEFAULT_BATCH_SIZE,
    },
    files: files.map((f) => ({ table: f.table, rows: f.rows, bytes: f.bytes })),
    reference: 'native-2t',
    summary,
    per_table: results,
    verdict,
  };
  writeFileSync(RESULTS, JSON.stringify(json, null, 2) + '\n');
  console.log(`wrote ${RESULTS}`);
}

function parseArgs(argv: string[]): { rows?: number; exporters?: number; reps?: number; child?: string } {
  const out: { rows?: number; exporters?: number; reps?: number; child?: string } = {};
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    const value = argv[i + 1];
    if (key === 'child' && (PATH_NAMES as readonly string[]).includes(value)) {
      out.child = value;
      continue;
    }
    const n = Number(value);
    if (!(key === 'rows' || key === 'exporters' || key === 'reps') || !Number.isInteger(n) || n <= 0) {
      throw new Error(
        `usage: npx tsx bench/parquet-load.bench.ts [--rows N] [--exporters N] [--reps N] (got ${argv[i]})`,
      );
    }
    out[key] = n;
  }
  return out;
}

function table(cells: string[][]): string {
  const widths = cells[0].map((_, c) => Math.max(...cells.map((r) => r[c].length)));
  return cells
    .map((r) => r.map((v, c) => (c === 0 ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join('  '))
    .join('\n');
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x: number, d: number): number => Math.round(x * 10 ** d) / 10 ** d;
const mb = (b: number): string => (b / 1e6).toFixed(1);
const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

await main();
