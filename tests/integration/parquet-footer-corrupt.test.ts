/**
 * A Parquet footer claiming 2⁶² rows is called corrupt, in the app and in the CLI (issue 11 scope 9). Before,
 * the browser path refused it as "too large for the browser, use the CLI" (manifest without a row count) or
 * as "a layout the browser decoder does not read correctly" (manifest with one), and the CLI said
 * "DuckDB cannot read this Parquet file (Out of buffer) … ZSTD or SNAPPY": three wrong reasons.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_CAPACITY } from '../../src/data/dataset/browser-capacity.ts';
import { loadDataset } from '../../src/data/dataset/load-dataset.ts';
import { planFromPath } from '../../src/data/dataset/plan-dir.node.ts';
import { BlockingWasmEngine } from '../../src/data/engine/engine-wasm-blocking.node.ts';
import { wasmInsertFile } from '../../src/data/parquet/insert-wasm.ts';
import { createNodeParquetDecoder } from '../../src/data/parquet/parquet-wasm.node.ts';
import { patchFooterInt } from '../unit/helpers/parquet-footer-patch.ts';
import { copySample, editManifest, removeDir } from './helpers/dataset-fixtures.ts';
import { runCliSync } from './helpers/cli-runner.ts';

const CORRUPT =
  /exporters\.parquet: the Parquet footer \(the file's metadata\) is corrupt: it claims 4\.6e\+18 rows/;
const WRONG_REASONS = /browser handles up to|layout the browser decoder|DuckDB cannot read|ZSTD or SNAPPY/;

const dirs: string[] = [];
let wasm: BlockingWasmEngine;
beforeAll(async () => {
  wasm = await BlockingWasmEngine.create();
});
afterAll(async () => {
  await wasm?.close();
  await Promise.all(dirs.map(removeDir));
});

/** The sample with exporters.parquet claiming 2⁶² rows (file and row group); the manifest forgets its hash. */
async function sampleWithHugeFooter(keepManifestRows: boolean): Promise<string> {
  const dir = await copySample();
  dirs.push(dir);
  const file = join(dir, 'exporters.parquet');
  const bytes = new Uint8Array(await readFile(file));
  await writeFile(file, patchFooterInt(patchFooterInt(bytes, [3], 2n ** 62n), [4, 0, 3], 2n ** 62n));
  await editManifest(dir, (m) => {
    delete m.tables.exporters.sha256;
    if (!keepManifestRows) delete m.tables.exporters.rows;
  });
  return dir;
}

describe('a footer claiming 2^62 rows', () => {
  for (const keepManifestRows of [false, true]) {
    it(`is corrupt on the browser path (manifest ${keepManifestRows ? 'with' : 'without'} a row count)`, async () => {
      const dir = await sampleWithHugeFooter(keepManifestRows);
      const r = await loadDataset(await planFromPath(dir), {
        engine: wasm,
        insertFile: wasmInsertFile(wasm, createNodeParquetDecoder()),
        capacity: BROWSER_CAPACITY,
      });
      expect(r.activated).toBe(false);
      const finding = r.report.errors.find((f) => f.table === 'exporters');
      expect(finding?.rule).toBe('unreadable-file');
      expect(finding?.message).toMatch(CORRUPT);
      expect(finding?.message).not.toMatch(WRONG_REASONS);
    }, 120_000);
  }

  it('is corrupt in the CLI, exit 2', async () => {
    const dir = await sampleWithHugeFooter(false);
    const r = runCliSync(['validate', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(CORRUPT);
    expect(r.stderr).not.toMatch(WRONG_REASONS);
  }, 120_000);
});
