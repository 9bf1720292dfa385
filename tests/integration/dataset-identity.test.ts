/**
 * Per-dataset stores are keyed by the dataset's identity, not its display name (issue 11 scope 5): two exports
 * with the same manifest name are two datasets; the same bytes under another name, or dropped without their
 * manifest, are the same one. Real native DuckDB loads of the bundled sample and of hand-edited copies of it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { nativeInsert } from '../../src/data/dataset/insert-native.node.ts';
import { loadDataset } from '../../src/data/dataset/load-dataset.ts';
import { planFromPath } from '../../src/data/dataset/plan-dir.node.ts';
import { NodeEngine } from '../../src/data/engine/engine-native.node.ts';
import { SAMPLE_DIR, copySample, editManifest, removeDir, rewriteTable } from './helpers/dataset-fixtures.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await removeDir(d);
});

async function load(dir: string) {
  const engine = await NodeEngine.create();
  try {
    const plan = await planFromPath(dir);
    const r = await loadDataset(plan, { engine: Promise.resolve(engine), insertFile: nativeInsert(engine) });
    expect(r.activated, dir).toBe(true);
    return { name: plan.name, identity: r.identity };
  } finally {
    await engine.close();
  }
}

describe('dataset identity', () => {
  it('tells apart two datasets with the same manifest name, and is stable for the same bytes', async () => {
    const sample = await load(SAMPLE_DIR);
    expect(sample.identity).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect((await load(SAMPLE_DIR)).identity).toBe(sample.identity);

    // Same manifest name, one firm renamed: another dataset.
    const edited = await copySample();
    dirs.push(edited);
    await rewriteTable(
      edited,
      'exporters',
      `SELECT * REPLACE (CASE WHEN exporter_id = (SELECT min(exporter_id) FROM t) THEN 'Renamed Co.' ELSE name END AS name) FROM t`,
    );
    const other = await load(edited);
    expect(other.name).toBe(sample.name);
    expect(other.identity).toMatch(/^sha256:/);
    expect(other.identity).not.toBe(sample.identity);
  }, 120_000);

  it('is the same for the same bytes under another name or without a manifest', async () => {
    const sample = await load(SAMPLE_DIR);
    const renamed = await copySample();
    dirs.push(renamed);
    await editManifest(renamed, (m) => {
      m.name = 'a different name';
    });
    expect((await load(renamed)).identity).toBe(sample.identity);

    const bare = await copySample();
    dirs.push(bare);
    // The files the manifest lists, dropped without it (the truth files beside them are not in the manifest).
    for (const f of ['manifest.json', 'truth-continuation.parquet', 'truth-matches.parquet'])
      await rm(join(bare, f));
    const dropped = await load(bare);
    expect(dropped.name).not.toBe(sample.name);
    expect(dropped.identity).toBe(sample.identity);
  }, 120_000);
});
