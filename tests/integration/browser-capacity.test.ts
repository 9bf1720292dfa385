/**
 * A dataset too large for the browser is refused before the user waits (issue 9): from the manifest's
 * row counts before any file is read, and for a table the manifest gives no count for, from its Parquet
 * footer before it is decoded or inserted. The message names the size, the limit, what the load had done by
 * then (nothing downloaded, or that one file) and the CLI command.
 * Without limits (the CLI) the same data loads.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { isInputError } from '../../src/core/errors.ts';
import { BROWSER_CAPACITY } from '../../src/data/dataset/browser-capacity.ts';
import type { DatasetPlan } from '../../src/data/dataset/dataset-plan.ts';
import { nativeInsert } from '../../src/data/dataset/insert-native.node.ts';
import { loadDataset, type InsertFile } from '../../src/data/dataset/load-dataset.ts';
import { planFromPath } from '../../src/data/dataset/plan-dir.node.ts';
import { NodeEngine } from '../../src/data/engine/engine-native.node.ts';
import { copySample, editManifest, removeDir, SAMPLE_DIR } from './helpers/dataset-fixtures.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map(removeDir)));

/** Records which files were read and inserted. */
function watch(plan: DatasetPlan, engine: NodeEngine) {
  const read: string[] = [];
  const inserted: string[] = [];
  const files = plan.files.map((f) => ({
    ...f,
    read: (s: AbortSignal | undefined, b: Parameters<typeof f.read>[1]) => {
      read.push(f.table);
      return f.read(s, b);
    },
  }));
  const native = nativeInsert(engine);
  const insertFile: InsertFile = (file, bytes, target, ctx) => {
    inserted.push(file.table);
    return native(file, bytes, target, ctx);
  };
  return { plan: { ...plan, files }, insertFile, read, inserted };
}

async function refusal(p: Promise<unknown>, code = 'too-large-for-browser'): Promise<Error> {
  const e = await p.then(
    () => null,
    (err: unknown) => err as Error,
  );
  expect(e).not.toBeNull();
  expect(isInputError(e)).toBe(true);
  expect((e as { code?: string }).code).toBe(code);
  return e as Error;
}

describe('browser capacity', () => {
  it('refuses 300,000 exporters from the manifest before reading a single file', async () => {
    const dir = await copySample();
    dirs.push(dir);
    await editManifest(dir, (m) => {
      m.tables.exporters.rows = 300_000;
    });
    const engine = await NodeEngine.create();
    const w = watch(await planFromPath(dir), engine);
    const e = await refusal(
      loadDataset(w.plan, { engine, insertFile: w.insertFile, capacity: BROWSER_CAPACITY }),
    );
    expect(e.message).toMatch(/300,000 exporters/);
    expect(e.message).toMatch(/150,000 exporters/);
    expect(e.message).toMatch(/npm run --silent cli -- continuity --data/);
    // What happened: the manifest's count, before any data file.
    expect(e.message).toMatch(/The manifest says/);
    expect(e.message).toMatch(/before downloading any data file/);
    expect(w.read).toEqual([]);
    await engine.close();
  });

  it('refuses too many rows over all tables from the manifest', async () => {
    const engine = await NodeEngine.create();
    const w = watch(await planFromPath(SAMPLE_DIR), engine);
    const e = await refusal(
      loadDataset(w.plan, {
        engine,
        insertFile: w.insertFile,
        capacity: { maxExporters: 1e9, maxTotalRows: 100_000 },
      }),
    );
    expect(e.message).toMatch(/100,000 rows/);
    expect(w.read).toEqual([]);
    await engine.close();
  });

  it('reads the footer of a table the manifest gives no count for, and stops before inserting it', async () => {
    const { e, w } = await refuseFromFooter(true);
    expect(e.message).toMatch(/2,000 exporters/);
    // Not "before downloading": this file was downloaded, and its footer read, before the refusal.
    expect(e.message).toMatch(/Parquet footer of exporters\.parquet/);
    expect(e.message).toMatch(/after that file downloaded, before decoding it/);
    expect(e.message).not.toMatch(/before download/);
    expect(w.read).toContain('exporters');
    expect(w.inserted).not.toContain('exporters');
  });

  it('refuses from a footer while the engine is still starting, without waiting for it', async () => {
    const { e, w } = await refuseFromFooter(false);
    expect(e.message).toMatch(/Parquet footer of exporters\.parquet/);
    expect(w.inserted).toEqual([]);
  });

  it('loads the sample within the browser limits, and any size without them (the CLI)', async () => {
    const engine = await NodeEngine.create();
    const plan = await planFromPath(SAMPLE_DIR);
    const r = await loadDataset(plan, {
      engine,
      insertFile: nativeInsert(engine),
      capacity: BROWSER_CAPACITY,
    });
    expect(r.activated).toBe(true);
    const r2 = await loadDataset(plan, { engine, insertFile: nativeInsert(engine) });
    expect(r2.activated).toBe(true);
    await engine.close();
  });
});

/** The sample without the exporters' row count, against a limit of 1,000 exporters; `ready`: is the engine? */
async function refuseFromFooter(ready: boolean) {
  const dir = await copySample();
  dirs.push(dir);
  await editManifest(dir, (m) => {
    delete m.tables.exporters.rows;
  });
  const engine = await NodeEngine.create();
  try {
    const w = watch(await planFromPath(dir), engine);
    const e = await refusal(
      loadDataset(w.plan, {
        // Not ready: an engine that never starts — the refusal must not wait for it.
        engine: ready ? engine : new Promise<never>(() => undefined),
        insertFile: w.insertFile,
        capacity: { maxExporters: 1_000, maxTotalRows: 1e9 },
      }),
      'too-large-for-browser-footer',
    );
    return { e, w };
  } finally {
    await engine.close();
  }
}
