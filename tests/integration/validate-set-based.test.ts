/**
 * Validation is set-based (issue 9.4): a fixed handful of statements for a whole dataset, whatever its
 * number of tables and rules, plus one example query per rule that found something. DuckDB-WASM's first
 * executions of the ~65 statements the per-table checks used to run were most of the app's start-up.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/dataset/load-dataset.ts';
import { nativeInsert } from '../../src/data/dataset/insert-native.node.ts';
import { planFromPath } from '../../src/data/dataset/plan-dir.node.ts';
import type { Engine } from '../../src/data/engine/engine.ts';
import { NodeEngine } from '../../src/data/engine/engine-native.node.ts';
import { validateDataset, type LoadedTable } from '../../src/data/validate/validate-dataset.ts';
import { copySample, removeDir, rewriteTable, SAMPLE_DIR } from './helpers/dataset-fixtures.ts';

let engine: NodeEngine;
const dirs: string[] = [];
beforeAll(async () => {
  engine = await NodeEngine.create();
});
afterAll(async () => {
  await engine.close();
  await Promise.all(dirs.map(removeDir));
});

/** The engine with every query and exec counted. */
function counting(inner: Engine): { engine: Engine; statements: string[] } {
  const statements: string[] = [];
  const wrapped: Engine = {
    kind: inner.kind,
    query: (sql, params) => (statements.push(sql), inner.query(sql, params)),
    exec: (sql) => (statements.push(sql), inner.exec(sql)),
    loadArrowStream: (t, ipc) => inner.loadArrowStream(t, ipc),
    close: () => inner.close(),
  };
  return { engine: wrapped, statements };
}

/** Loads a dataset folder into a fresh schema without validating it. */
async function loadRaw(dir: string): Promise<{ schema: string; loaded: LoadedTable[] }> {
  const plan = await planFromPath(dir);
  const schema = `raw_${dirs.length}_${Date.now()}`;
  await engine.exec(`CREATE SCHEMA ${schema}`);
  const insert = nativeInsert(engine);
  for (const f of plan.files) {
    await insert(
      f,
      await f.read(undefined, () => undefined),
      { schema, table: f.table },
      { onStep: () => undefined },
    );
  }
  return {
    schema,
    loaded: plan.files.map((f) => ({ table: f.table, file: f.fileName, expectedRows: f.expectedRows })),
  };
}

describe('set-based validation', () => {
  it('validates the 14-table sample in three statements', async () => {
    const { schema, loaded } = await loadRaw(SAMPLE_DIR);
    const c = counting(engine);
    const report = await validateDataset(c.engine, schema, loaded, { currentYear: 2026 });
    expect(report.errors).toEqual([]);
    expect(report.tables).toHaveLength(14);
    // ISO list, describe every table, count every rule of every table.
    expect(c.statements).toHaveLength(3);
  });

  it('adds one example query per rule that found something, and nothing else', async () => {
    const dir = await copySample();
    dirs.push(dir);
    await rewriteTable(dir, 'exports', `SELECT * REPLACE (-1.0 AS value_usd, 'XX' AS country) FROM t`);
    await rewriteTable(dir, 'exporters', 'SELECT * FROM t UNION ALL (SELECT * FROM t LIMIT 2)');
    const { schema, loaded } = await loadRaw(dir);
    const c = counting(engine);
    const report = await validateDataset(c.engine, schema, loaded, { currentYear: 2026 });
    expect(report.errors.map((e) => `${e.table}.${e.column}:${e.rule}`)).toEqual([
      'exporters.exporter_id:primary-key',
      'exports.country:iso-country',
      'exports.value_usd:range',
    ]);
    expect(report.errors.every((e) => e.examples.length > 0)).toBe(true);
    expect(c.statements).toHaveLength(3 + report.errors.length);
  });

  it('loads, validates and activates the sample with no statement per table after the inserts', async () => {
    const c = counting(engine);
    const plan = await planFromPath(SAMPLE_DIR);
    const r = await loadDataset(plan, { engine: c.engine, insertFile: nativeInsert(engine) });
    expect(r.activated).toBe(true);
    // CREATE SCHEMA, 3 for validation, describe + conform script, USE.
    expect(c.statements.length).toBeLessThanOrEqual(7);
  });
});
