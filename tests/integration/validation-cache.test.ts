/**
 * A warm start of unchanged bytes does not run the contract checks again (issue 9 scope 4): the report is
 * kept by the bytes it was computed from, and any change — one table's bytes, the year the checks use,
 * the checking code's build — checks afresh. A report whose checks renamed columns is never replayed (the
 * rename must run again), and a refused dataset is refused again from its kept report.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { nativeInsert } from '../../src/data/dataset/insert-native.node.ts';
import { loadDataset, type LoadOptions } from '../../src/data/dataset/load-dataset.ts';
import { planFromPath } from '../../src/data/dataset/plan-dir.node.ts';
import {
  isValidationReport,
  MemoryValidationStore,
  type ValidationStore,
} from '../../src/data/dataset/validation-cache.ts';
import { NodeEngine } from '../../src/data/engine/engine-native.node.ts';
import { copySample, removeDir, rewriteTable, SAMPLE_DIR } from './helpers/dataset-fixtures.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map(removeDir)));

async function load(dir: string, store: ValidationStore, extra: Partial<LoadOptions> = {}) {
  const engine = await NodeEngine.create();
  try {
    const r = await loadDataset(await planFromPath(dir), {
      engine,
      insertFile: nativeInsert(engine),
      validations: { store, build: 'test-build' },
      currentYear: 2025,
      ...extra,
    });
    const columns = r.schema
      ? (
          await engine.query<{ c: string }>(
            `SELECT column_name AS c FROM information_schema.columns WHERE table_schema = ? AND table_name = 'buyers'`,
            [r.schema],
          )
        ).map((x) => x.c)
      : [];
    return { ...r, columns };
  } finally {
    await engine.close();
  }
}

describe('validation reports kept by the bytes they checked', () => {
  it('checks the sample once, then reuses the identical report for the same bytes', async () => {
    const store = new MemoryValidationStore();
    const first = await load(SAMPLE_DIR, store);
    await Promise.resolve(); // the put is not awaited by the load
    expect(first.activated).toBe(true);
    expect(first.checksReused).toBe(false);
    expect(store.reports.size).toBe(1);
    const second = await load(SAMPLE_DIR, store);
    expect(second.checksReused).toBe(true);
    expect(second.activated).toBe(true);
    expect(second.report).toEqual(first.report);
    expect(second.identity).toBe(first.identity);
  });

  it('checks again when one table changed, when the year changed and when the build changed', async () => {
    const store = new MemoryValidationStore();
    await load(SAMPLE_DIR, store);
    const dir = await copySample();
    dirs.push(dir);
    // One buyer fewer: the interests of that buyer now dangle (a real foreign-key error).
    await rewriteTable(dir, 'buyers', 'SELECT * FROM t ORDER BY buyer_id LIMIT (SELECT count(*) - 1 FROM t)');
    const changed = await load(dir, store);
    expect(changed.checksReused).toBe(false);
    expect(changed.report.tables.find((t) => t.table === 'buyers')?.rows).toBe(1_499);
    expect((await load(SAMPLE_DIR, store, { currentYear: 2026 })).checksReused).toBe(false);
    const otherBuild = await load(SAMPLE_DIR, store, { validations: { store, build: 'next-build' } });
    expect(otherBuild.checksReused).toBe(false);
  });

  it('refuses a dataset with errors again from its kept report, with the same findings', async () => {
    const dir = await copySample();
    dirs.push(dir);
    await rewriteTable(dir, 'exporters', 'SELECT * REPLACE (1700 AS founded_year) FROM t');
    const store = new MemoryValidationStore();
    const first = await load(dir, store);
    expect(first.activated).toBe(false);
    expect(first.report.errors.map((e) => e.rule)).toContain('range');
    const again = await load(dir, store);
    expect(again.checksReused).toBe(true);
    expect(again.activated).toBe(false);
    expect(again.report).toEqual(first.report);
  });

  it('never replays a report whose checks renamed columns: the rename runs on every load', async () => {
    const dir = await copySample();
    dirs.push(dir);
    await rewriteTable(dir, 'buyers', 'SELECT buyer_id AS BUYER_ID, * EXCLUDE (buyer_id) FROM t');
    const store = new MemoryValidationStore();
    const first = await load(dir, store);
    expect(first.report.warnings.map((w) => w.rule)).toContain('column-case');
    expect(store.reports.size).toBe(0);
    const again = await load(dir, store);
    expect(again.checksReused).toBe(false);
    expect(again.activated).toBe(true);
    expect(again.columns).toContain('buyer_id');
  });

  it('checks as usual when the store fails or holds something that is not a report', async () => {
    const broken: ValidationStore = {
      get: () => Promise.reject(new Error('quota')),
      put: () => Promise.reject(new Error('quota')),
    };
    const r = await load(SAMPLE_DIR, broken);
    expect(r.activated).toBe(true);
    expect(r.checksReused).toBe(false);
    expect(isValidationReport({ ok: true, errors: [], warnings: [], tables: [] })).toBe(true);
    expect(isValidationReport({ ok: true, errors: [{}], warnings: [], tables: [] })).toBe(false);
    expect(isValidationReport('{"ok":true}')).toBe(false);
    expect(isValidationReport(null)).toBe(false);
  });
});
