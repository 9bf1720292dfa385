/**
 * Node only: `generateDataset` writes a complete sample dataset — one zstd Parquet file per contract
 * table, manifest.json with row counts and sha256, truth.json and the truth Parquet files — to a folder.
 * Rows stream from the generator into typed DuckDB tables through appenders and are written with
 * `COPY … (FORMAT parquet, COMPRESSION zstd)` on one thread, so the same arguments give byte-identical files.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { InputError } from '../../core/errors.ts';
import { CONTRACT_ID, TABLE_NAMES, type Manifest } from '../contract.ts';
import { ident } from '../engine/engine.ts';
import { NodeEngine } from '../engine/engine-native.node.ts';
import { AppenderSink } from './appender-sink.node.ts';
import { generateTables, type Progress } from './generate-tables.ts';
import { checkArgs, createdTimestamp, datasetName, type GenerateArgs } from './options.ts';
import { TRUTH_TABLES, columnsOf, type TruthTableName } from './sink.ts';
import { buildTruth, type TruthFileInfo } from './truth.ts';

export interface GenerateDatasetOptions extends GenerateArgs {
  /** Output folder; created when missing. Existing files of the same names are replaced. */
  out: string;
  onProgress?: Progress;
}

export interface WrittenFile {
  path: string;
  rows: number;
  sha256: string;
  bytes: number;
}

export interface GenerateDatasetResult {
  dir: string;
  manifest: Manifest;
  truth: ReturnType<typeof buildTruth>;
  /** Contract tables and truth files, by table name. */
  files: Record<string, WrittenFile>;
  /** Total bytes written (Parquet + JSON). */
  bytes: number;
  elapsedMs: number;
}

const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;

async function sha256File(path: string): Promise<{ sha256: string; bytes: number }> {
  const buf = await readFile(path);
  return { sha256: createHash('sha256').update(buf).digest('hex'), bytes: buf.byteLength };
}

async function prepareDir(out: string): Promise<string> {
  const dir = resolve(out);
  const info = await stat(dir).catch(() => null);
  if (info && !info.isDirectory()) throw new InputError(`--out ${out}: exists and is not a folder`, 'usage');
  await mkdir(dir, { recursive: true }).catch((e: NodeJS.ErrnoException) => {
    throw new InputError(`--out ${out}: cannot create the folder (${e.code ?? e.message})`, 'usage');
  });
  return dir;
}

export async function generateDataset(opts: GenerateDatasetOptions): Promise<GenerateDatasetResult> {
  const t0 = performance.now();
  const args = checkArgs({
    seed: opts.seed,
    exporters: opts.exporters,
    buyers: opts.buyers,
    startYear: opts.startYear,
    endYear: opts.endYear,
    singleMarket: opts.singleMarket,
    continuation: opts.continuation,
  });
  const progress = opts.onProgress ?? (() => {});
  const dir = await prepareDir(opts.out);
  const tableNames: string[] = [...TABLE_NAMES, ...(Object.keys(TRUTH_TABLES) as TruthTableName[])];

  // One thread: DuckDB keeps insertion order either way, but one thread rules out any run-to-run
  // difference in how row groups are cut, and the generator (JS) is the bottleneck anyway.
  const engine = await NodeEngine.create({ threads: 1 });
  const files: Record<string, WrittenFile> = {};
  let world: ReturnType<typeof generateTables>;
  try {
    await engine.exec('CREATE SCHEMA gen');
    const sinks = new Map<string, AppenderSink>();
    for (const name of tableNames) {
      const cols = columnsOf(name);
      await engine.exec(
        `CREATE TABLE gen.${ident(name)} (${cols.map((c) => `${ident(c.name)} ${c.type}`).join(', ')})`,
      );
      sinks.set(
        name,
        new AppenderSink(name, cols, await engine.createAppender({ schema: 'gen', table: name })),
      );
    }
    world = generateTables(
      args,
      (t) => {
        const s = sinks.get(t);
        if (!s) throw new Error(`generator bug: no sink for table ${t}`);
        return s;
      },
      progress,
    );
    for (const s of sinks.values()) s.close();

    progress('writing Parquet (zstd)');
    for (const name of tableNames) {
      const file = `${name}.parquet`;
      const path = join(dir, file);
      await engine.exec(`COPY gen.${ident(name)} TO ${sqlString(path)} (FORMAT parquet, COMPRESSION zstd)`);
      files[name] = {
        path: file,
        rows: (sinks.get(name) as AppenderSink).count,
        ...(await sha256File(path)),
      };
    }
  } finally {
    await engine.close();
  }

  const manifest: Manifest = {
    contract: CONTRACT_ID,
    name: datasetName(args),
    created: createdTimestamp(args),
    tables: Object.fromEntries(
      TABLE_NAMES.map((t) => [t, { path: files[t].path, rows: files[t].rows, sha256: files[t].sha256 }]),
    ),
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');

  const truthFiles = Object.fromEntries(
    (Object.keys(TRUTH_TABLES) as TruthTableName[]).map((t) => [
      t,
      { path: files[t].path, rows: files[t].rows, sha256: files[t].sha256 } satisfies TruthFileInfo,
    ]),
  ) as Record<TruthTableName, TruthFileInfo>;
  const truth = buildTruth(
    world,
    Object.fromEntries(
      TABLE_NAMES.map((t) => [t, { path: files[t].path, rows: files[t].rows, sha256: files[t].sha256 }]),
    ),
    truthFiles,
  );
  await writeFile(join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');

  let bytes = 0;
  for (const f of Object.values(files)) bytes += f.bytes;
  for (const j of ['manifest.json', 'truth.json']) bytes += (await stat(join(dir, j))).size;
  return { dir, manifest, truth, files, bytes, elapsedMs: performance.now() - t0 };
}
