/**
 * The decoded-Parquet cache (issue 9 scope 4): a second load of the same bytes replays the kept Arrow
 * chunks instead of decoding, with the same table contents; changed bytes decode afresh and load the new
 * contents; a damaged stored entry is refused (the OPFS store then reports a miss). Real DuckDB-WASM (the
 * Node twin of the browser engine) and the real parquet-wasm decoder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/dataset/load-dataset.ts';
import { planFromPath } from '../../src/data/dataset/plan-dir.node.ts';
import { BlockingWasmEngine } from '../../src/data/engine/engine-wasm-blocking.node.ts';
import type { DecodeRequest, DecodeSummary, ParquetDecoder } from '../../src/data/parquet/decoder.ts';
import { CachingParquetDecoder, MemoryDecodedStore } from '../../src/data/parquet/decoded-cache.ts';
import { parseEntry } from '../../src/data/parquet/decoded-store-opfs.ts';
import { wasmInsertFile } from '../../src/data/parquet/insert-wasm.ts';
import { createNodeParquetDecoder } from '../../src/data/parquet/parquet-wasm.node.ts';
import { copySample, removeDir, rewriteTable, SAMPLE_DIR } from './helpers/dataset-fixtures.ts';

/** The real decoder, counting the files it actually decodes. */
class CountingDecoder implements ParquetDecoder {
  readonly decoded: string[] = [];
  private readonly inner = createNodeParquetDecoder();
  decode(bytes: Uint8Array, request: DecodeRequest): Promise<DecodeSummary> {
    this.decoded.push(request.fileName);
    return this.inner.decode(bytes, request);
  }
  close(): void {
    this.inner.close();
  }
}

let wasm: BlockingWasmEngine;
const dirs: string[] = [];
beforeAll(async () => {
  wasm = await BlockingWasmEngine.create();
});
afterAll(async () => {
  await wasm.close();
  await Promise.all(dirs.map(removeDir));
});

async function load(dir: string, decoder: ParquetDecoder) {
  const r = await loadDataset(await planFromPath(dir), {
    engine: wasm,
    insertFile: wasmInsertFile(wasm, decoder),
  });
  expect(r.activated).toBe(true);
  return r;
}

async function fingerprint(schema: string, table: string): Promise<unknown> {
  const [row] = await wasm.query<{ n: bigint | number; h: bigint | number }>(
    `SELECT count(*) AS n, sum(hash(t)) AS h FROM "${schema}"."${table}" t`,
  );
  return { n: Number(row.n), h: String(row.h) };
}

describe('CachingParquetDecoder', () => {
  it('replays the kept chunks on a second load of the same bytes, with the same tables', async () => {
    const store = new MemoryDecodedStore();
    const counting = new CountingDecoder();
    const decoder = new CachingParquetDecoder(counting, store);
    const first = await load(SAMPLE_DIR, decoder);
    const files = first.plan.files.length;
    expect(counting.decoded.length).toBe(files);
    expect(store.entries.size).toBe(files);
    const before = await fingerprint(first.schema!, 'exports');

    const second = await load(SAMPLE_DIR, decoder);
    expect(counting.decoded.length).toBe(files); // nothing decoded again
    expect(decoder.stats).toEqual({ hits: files, misses: files });
    expect(await fingerprint(second.schema!, 'exports')).toEqual(before);
    expect(second.report.tables).toEqual(first.report.tables);
  });

  it('decodes a file again when its bytes changed, and loads the new contents', async () => {
    const dir = await copySample();
    dirs.push(dir);
    const store = new MemoryDecodedStore();
    const counting = new CountingDecoder();
    const decoder = new CachingParquetDecoder(counting, store);
    const first = await load(dir, decoder);
    const oldCount = (await fingerprint(first.schema!, 'exports')) as { n: number };

    await rewriteTable(dir, 'exports', 'SELECT * FROM t WHERE year < 2024');
    counting.decoded.length = 0;
    const second = await load(dir, decoder);
    expect(counting.decoded).toEqual(['exports.parquet']);
    const newCount = (await fingerprint(second.schema!, 'exports')) as { n: number };
    expect(newCount.n).toBeLessThan(oldCount.n);
    expect(newCount.n).toBeGreaterThan(0);
  });

  it('keeps no entry for a file whose decoded chunks exceed the cap', async () => {
    const size = (e: { chunks: { ipc: Uint8Array }[] }) => e.chunks.reduce((s, c) => s + c.ipc.byteLength, 0);
    const all = new MemoryDecodedStore();
    await load(SAMPLE_DIR, new CachingParquetDecoder(createNodeParquetDecoder(), all));
    const sizes = [...all.entries.values()].map(size).sort((a, b) => a - b);
    const cap = sizes[Math.floor(sizes.length / 2)];
    const store = new MemoryDecodedStore();
    await load(SAMPLE_DIR, new CachingParquetDecoder(createNodeParquetDecoder(), store, cap));
    expect(store.entries.size).toBe(sizes.filter((s) => s <= cap).length);
    expect(store.entries.size).toBeLessThan(sizes.length);
    for (const e of store.entries.values()) expect(size(e)).toBeLessThanOrEqual(cap);
  });
});

describe('the OPFS entry format', () => {
  const entry = () => {
    const header = {
      plan: { fileName: 'x.parquet', bytes: 10, rows: 3, columns: ['a'], uncompressedBytes: 10, chunks: [] },
      summary: { rows: 3, columns: ['a'], chunks: 2, decodedBytes: 5 },
      chunks: [
        { rows: 1, length: 2 },
        { rows: 2, length: 3 },
      ],
    };
    const json = new TextEncoder().encode(JSON.stringify(header));
    const out = new Uint8Array(4 + json.length + 5);
    new DataView(out.buffer).setUint32(0, json.length, true);
    out.set(json, 4);
    out.set([1, 2, 3, 4, 5], 4 + json.length);
    return out;
  };

  it('reads back the chunks it was written with', () => {
    const e = parseEntry(entry());
    expect(e.chunks.map((c) => [...c.ipc])).toEqual([
      [1, 2],
      [3, 4, 5],
    ]);
    expect(e.summary.rows).toBe(3);
  });

  it('refuses a truncated or padded entry', () => {
    const full = entry();
    expect(() => parseEntry(full.subarray(0, full.length - 1))).toThrow(/truncated/);
    const padded = new Uint8Array(full.length + 1);
    padded.set(full);
    expect(() => parseEntry(padded)).toThrow(/length/);
  });
});
