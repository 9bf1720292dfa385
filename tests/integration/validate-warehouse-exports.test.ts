/**
 * Warehouse exports that are almost right (issue 10.8): upper-case column names as Snowflake writes them
 * (EXPORTER_ID) and lower-case ISO country codes (kr) are accepted — renamed / upper-cased on load, each
 * with a warning saying what was changed — on both engines: native DuckDB (CLI) and the browser's path
 * (parquet-wasm decode → Arrow → DuckDB-WASM). What cannot be repaired safely is still refused.
 * The Parquet files are written by native DuckDB, not by our generator.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset, type InsertFile, type LoadResult } from '../../src/data/dataset/load-dataset.ts';
import { nativeInsert } from '../../src/data/dataset/insert-native.node.ts';
import { planFromPath } from '../../src/data/dataset/plan-dir.node.ts';
import type { Engine } from '../../src/data/engine/engine.ts';
import { NodeEngine } from '../../src/data/engine/engine-native.node.ts';
import { BlockingWasmEngine } from '../../src/data/engine/engine-wasm-blocking.node.ts';
import { wasmInsertFile } from '../../src/data/parquet/insert-wasm.ts';
import { createNodeParquetDecoder } from '../../src/data/parquet/parquet-wasm.node.ts';
import { copySample, removeDir, rewriteTable } from './helpers/dataset-fixtures.ts';

let native: NodeEngine;
let wasm: BlockingWasmEngine;
const dirs: string[] = [];

beforeAll(async () => {
  native = await NodeEngine.create();
  wasm = await BlockingWasmEngine.create();
});
afterAll(async () => {
  await native.close();
  await wasm.close();
  await Promise.all(dirs.map(removeDir));
});

const engines: [string, () => { engine: Engine; insertFile: InsertFile }][] = [
  ['native DuckDB', () => ({ engine: native, insertFile: nativeInsert(native) })],
  [
    'DuckDB-WASM (browser path)',
    () => ({ engine: wasm, insertFile: wasmInsertFile(wasm, createNodeParquetDecoder()) }),
  ],
];

async function load(dir: string, which: (typeof engines)[number][1]): Promise<LoadResult> {
  const { engine, insertFile } = which();
  return loadDataset(await planFromPath(dir), { engine, insertFile });
}

async function sampleCopy(): Promise<string> {
  const dir = await copySample();
  dirs.push(dir);
  return dir;
}

/** Rewrites every table with its column names in upper case, as a Snowflake COPY INTO writes them. */
async function upperCaseColumns(dir: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { tables: object };
  const tables = Object.keys(manifest.tables);
  for (const table of tables) {
    const cols = await native.query<{ name: string }>(
      `SELECT column_name AS name FROM (DESCRIBE SELECT * FROM read_parquet(?))`,
      [join(dir, `${table}.parquet`)],
    );
    await rewriteTable(
      dir,
      table,
      `SELECT ${cols.map((c) => `"${c.name}" AS "${c.name.toUpperCase()}"`).join(', ')} FROM t`,
    );
  }
  return tables;
}

describe.each(engines)('warehouse exports on %s', (_name, which) => {
  it('accepts upper-case column names, renames them and says so per table', async () => {
    const dir = await sampleCopy();
    const tables = await upperCaseColumns(dir);
    const r = await load(dir, which);
    expect(r.report.errors).toEqual([]);
    expect(r.activated).toBe(true);
    const renamed = r.report.warnings.filter((w) => w.rule === 'column-case');
    expect(renamed.map((w) => w.table).sort()).toEqual([...tables].sort());
    const exporters = renamed.find((w) => w.table === 'exporters')!;
    expect(exporters.detail).toMatchObject({ id: 'column-case' });
    expect(exporters.detail?.params?.columns).toContain('EXPORTER_ID → exporter_id');
    expect(exporters.message).toContain('EXPORTER_ID → exporter_id');
    // The active tables carry the contract's names, so `SELECT *` results do too.
    const { engine } = which();
    const [row] = await engine.query<Record<string, unknown>>('SELECT * FROM firm_years LIMIT 1');
    expect(Object.keys(row)).toContain('exporter_id');
    expect(Object.keys(row)).not.toContain('EXPORTER_ID');
  });

  it('upper-cases lower-case ISO country codes with a warning that counts them', async () => {
    const dir = await sampleCopy();
    await rewriteTable(
      dir,
      'exports',
      `SELECT * REPLACE (CASE WHEN rowid % 2 = 0 THEN lower(country) ELSE country END AS country) FROM t`,
    );
    await rewriteTable(
      dir,
      'buyers',
      `SELECT * REPLACE (CASE WHEN rowid < 3 THEN 'Kr' ELSE country END AS country) FROM t`,
    );
    const r = await load(dir, which);
    expect(r.report.errors).toEqual([]);
    expect(r.activated).toBe(true);
    const changed = r.report.warnings.filter((w) => w.rule === 'iso-case');
    expect(changed.map((w) => [w.table, w.column])).toEqual([
      ['exports', 'country'],
      ['buyers', 'country'],
    ]);
    const buyers = changed.find((w) => w.table === 'buyers')!;
    expect(buyers.count).toBe(3);
    expect(buyers.detail).toEqual({ id: 'iso2-case' });
    expect(buyers.examples[0]).toMatchObject({ row: 1, country: 'Kr' });
    const { engine } = which();
    const [{ lower }] = await engine.query<{ lower: number }>(
      `SELECT (SELECT count(*) FROM exports WHERE country <> upper(country))::DOUBLE
            + (SELECT count(*) FROM buyers WHERE country <> upper(country))::DOUBLE AS lower`,
    );
    expect(lower).toBe(0);
    const [{ kr }] = await engine.query<{ kr: number }>(
      `SELECT count(*)::DOUBLE AS kr FROM buyers WHERE country = 'KR'`,
    );
    expect(kr).toBeGreaterThanOrEqual(3);
  });

  it('still refuses codes that are not codes in any case, and padded codes', async () => {
    const dir = await sampleCopy();
    await rewriteTable(
      dir,
      'buyers',
      `SELECT * REPLACE (CASE WHEN rowid = 0 THEN 'xx' WHEN rowid = 1 THEN ' KR' ELSE country END AS country) FROM t`,
    );
    const r = await load(dir, which);
    expect(r.activated).toBe(false);
    const bad = r.report.errors.filter((e) => e.rule === 'iso-country');
    expect(bad.map((e) => [e.table, e.column, e.count])).toEqual([['buyers', 'country', 2]]);
    expect(r.report.warnings.filter((w) => w.rule === 'iso-case')).toEqual([]);
  });
});

describe('column names that cannot be repaired safely', () => {
  it('refuses two columns that both match a contract column ignoring case, naming both', async () => {
    const dir = await sampleCopy();
    await rewriteTable(
      dir,
      'exporters',
      `SELECT * EXCLUDE (name), name AS "Name", name || '?' AS "NAME" FROM t`,
    );
    const r = await load(dir, engines[0][1]);
    expect(r.activated).toBe(false);
    const f = r.report.errors.find((e) => e.table === 'exporters' && e.column === 'name')!;
    expect(f.rule).toBe('missing-column');
    expect(f.detail?.id).toBe('column-ambiguous');
    expect(f.message).toMatch(/Name.*NAME/);
  });
});
