/**
 * The contract validator on real DuckDB: the bundled sample passes, and each kind of contract error
 * is reported with its table, column, rule, count and example rows — and the dataset is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { NodeEngine } from '../../src/data/engine/engine-native.node.ts';
import { loadDataset, type LoadResult } from '../../src/data/dataset/load-dataset.ts';
import { planFromPath } from '../../src/data/dataset/plan-dir.node.ts';
import { nativeInsert } from '../../src/data/dataset/insert-native.node.ts';
import { copySample, editManifest, removeDir, rewriteTable, SAMPLE_DIR } from './helpers/dataset-fixtures.ts';

let engine: NodeEngine;
const dirs: string[] = [];

beforeAll(async () => {
  engine = await NodeEngine.create();
});
afterAll(async () => {
  await engine.close();
  await Promise.all(dirs.map(removeDir));
});

async function load(dir: string, previousSchema?: string): Promise<LoadResult> {
  return loadDataset(await planFromPath(dir), { engine, insertFile: nativeInsert(engine), previousSchema });
}

async function broken(table: string, select: string): Promise<LoadResult> {
  const dir = await copySample();
  dirs.push(dir);
  await rewriteTable(dir, table, select);
  return load(dir);
}

function only(result: LoadResult, rule: string) {
  expect(result.activated).toBe(false);
  const f = result.report.errors.filter((e) => e.rule === rule);
  expect(
    f.length,
    JSON.stringify(result.report.errors.map((e) => `${e.table}.${e.column}:${e.rule}`)),
  ).toBeGreaterThan(0);
  return f[0];
}

describe('contract validation', () => {
  it('accepts the bundled sample without errors and activates it', async () => {
    const r = await load(SAMPLE_DIR);
    expect(r.report.errors).toEqual([]);
    expect(r.activated).toBe(true);
    const [{ n }] = await engine.query<{ n: number }>('SELECT count(*)::DOUBLE AS n FROM exporters');
    expect(n).toBeGreaterThan(1000);
  });

  it('reports a missing required table', async () => {
    const dir = await copySample();
    dirs.push(dir);
    await editManifest(dir, (m) => delete m.tables.buyers);
    const f = only(await load(dir), 'missing-table');
    expect(f.table).toBe('buyers');
  });

  it('reports a missing required column', async () => {
    const f = only(await broken('exporters', 'SELECT * EXCLUDE (founded_year) FROM t'), 'missing-column');
    expect([f.table, f.column]).toEqual(['exporters', 'founded_year']);
  });

  it('reports values that cannot be cast to the contract type, with the row', async () => {
    const f = only(
      await broken(
        'firm_years',
        `SELECT * REPLACE (CASE WHEN rowid = 2 THEN 'many' ELSE employees::VARCHAR END AS employees) FROM t`,
      ),
      'type',
    );
    expect([f.table, f.column, f.count]).toEqual(['firm_years', 'employees', 1]);
    expect(f.examples[0]).toMatchObject({ row: 3, employees: 'many' });
  });

  it('reports a type that can never be cast', async () => {
    const f = only(await broken('buyers', 'SELECT * REPLACE ([1, 2] AS bad_credit) FROM t'), 'type');
    expect(f.column).toBe('bad_credit');
  });

  it('reports duplicate primary keys', async () => {
    const f = only(
      await broken('exporters', 'SELECT * FROM t UNION ALL (SELECT * FROM t LIMIT 2)'),
      'primary-key',
    );
    expect([f.table, f.count]).toEqual(['exporters', 2]);
  });

  it('reports dangling foreign keys', async () => {
    const f = only(
      await broken(
        'exports',
        `SELECT * REPLACE (CASE WHEN rowid < 3 THEN 'NO-SUCH-FIRM' ELSE exporter_id END AS exporter_id) FROM t`,
      ),
      'foreign-key',
    );
    expect([f.table, f.column, f.count]).toEqual(['exports', 'exporter_id', 3]);
    expect(f.message).toContain('exporters.exporter_id');
  });

  it('reports out-of-range values, bad enums, years, countries and HS codes', async () => {
    expect(
      only(
        await broken(
          'exports',
          `SELECT * REPLACE (CASE WHEN rowid = 0 THEN -5 ELSE value_usd END AS value_usd) FROM t`,
        ),
        'range',
      ).column,
    ).toBe('value_usd');
    expect(only(await broken('matches', `SELECT * REPLACE ('maybe' AS status) FROM t`), 'enum').column).toBe(
      'status',
    );
    expect(
      only(await broken('firm_years', `SELECT * REPLACE (year + 500 AS year) FROM t`), 'year').column,
    ).toBe('year');
    expect(
      only(await broken('buyers', `SELECT * REPLACE ('XX' AS country) FROM t`), 'iso-country').column,
    ).toBe('country');
    expect(
      only(
        await broken(
          'exporter_products',
          `SELECT * REPLACE (CAST(CAST(hs_code AS INTEGER) AS VARCHAR) || 'x' AS hs_code) FROM t`,
        ),
        'hs-code',
      ).column,
    ).toBe('hs_code');
  });

  it('refuses a file whose sha256 does not match the manifest, naming the file', async () => {
    const dir = await copySample();
    dirs.push(dir);
    await editManifest(dir, (m) => {
      m.tables.buyers.sha256 = '0'.repeat(64);
    });
    const f = only(await load(dir), 'unreadable-file');
    expect(f.message).toMatch(/buyers\.parquet.*SHA-256/);
  });

  it.each([
    ['an empty file', new Uint8Array(0), /empty/],
    ['text renamed .parquet', new TextEncoder().encode('a,b\n1,2\n'), /text file/],
    ['an HTML page', new TextEncoder().encode('<!doctype html><html></html>'), /not a Parquet file|HTML/],
  ])('refuses %s with a message naming the file', async (_name, bytes, pattern) => {
    const dir = await copySample();
    dirs.push(dir);
    await writeFile(join(dir, 'events.parquet'), bytes);
    await editManifest(dir, (m) => delete m.tables.events.sha256);
    const f = only(await load(dir), 'unreadable-file');
    expect(f.file).toBe('events.parquet');
    expect(f.message).toMatch(pattern);
  });

  it('cancels a load midway, drops what it loaded and keeps the active dataset', async () => {
    const good = await load(SAMPLE_DIR);
    const countSchemas = async () =>
      (await engine.query<{ n: number }>(`SELECT count(*)::DOUBLE AS n FROM information_schema.schemata`))[0]
        .n;
    const before = await countSchemas();
    const abort = new AbortController();
    const plan = await planFromPath(SAMPLE_DIR);
    const attempt = loadDataset(plan, {
      engine,
      insertFile: nativeInsert(engine),
      previousSchema: good.schema,
      signal: abort.signal,
      onProgress: (p) => {
        if (p.files.some((f) => f.step === 'done')) abort.abort();
      },
    });
    await expect(attempt).rejects.toThrow(/cancelled/);
    const [{ s }] = await engine.query<{ s: string }>('SELECT current_schema() AS s');
    expect(s).toBe(good.schema);
    expect(await countSchemas()).toBe(before);
  });

  it('keeps the active dataset when a new one is refused (nothing half-replaced)', async () => {
    const good = await load(SAMPLE_DIR);
    expect(good.activated).toBe(true);
    const dir = await copySample();
    dirs.push(dir);
    await unlink(join(dir, 'exporters.parquet'));
    const bad = await load(dir, good.schema);
    expect(bad.activated).toBe(false);
    expect(bad.report.errors.some((e) => e.table === 'exporters')).toBe(true);
    const [{ s }] = await engine.query<{ s: string }>('SELECT current_schema() AS s');
    expect(s).toBe(good.schema);
    const [{ n }] = await engine.query<{ n: number }>('SELECT count(*)::DOUBLE AS n FROM exporters');
    expect(n).toBeGreaterThan(1000);
  });
});
