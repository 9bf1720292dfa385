/**
 * The browser's decoder client (WorkerParquetDecoder) and worker logic (decode-worker-core.ts), run on a
 * Node worker thread instead of a Web Worker: chunks in order with flow control, errors with their codes,
 * cancel at any moment by terminating the worker, and a fresh worker after a decoder crash.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CancelledError } from '../../src/core/errors.ts';
import { BlockingWasmEngine } from '../../src/data/engine/engine-wasm-blocking.node.ts';
import { decodeAll } from '../../src/data/parquet/decoder.ts';
import { createNodeWorkerDecoder } from '../../src/data/parquet/worker-decoder.node.ts';
import { loadParquet } from '../../src/data/parquet/parquet-load.ts';

const read = (p: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../fixtures/parquet-testing/${p}`, import.meta.url)));
const decoder = createNodeWorkerDecoder();
let wasm: BlockingWasmEngine;

beforeAll(async () => {
  wasm = await BlockingWasmEngine.create();
});

afterAll(async () => {
  decoder.close();
  await wasm?.close();
});

describe('WorkerParquetDecoder on a worker thread', () => {
  it('hands over every chunk in order and loads the rows', { timeout: 30_000 }, async () => {
    const seen: number[] = [];
    const summary = await decoder.decode(read('data/sort_columns.parquet'), {
      fileName: 'sort_columns.parquet',
      chunkRows: 1,
      onChunk: async (c) => {
        await new Promise((r) => setTimeout(r, 20)); // a slow consumer: the worker must wait for acks
        seen.push(c.index);
      },
    });
    expect(seen).toEqual([0, 1]);
    expect(summary).toMatchObject({ rows: 6, chunks: 2, columns: ['a', 'b'] });
    await loadParquet(wasm, decoder, { schema: 'w', table: 't' }, read('data/alltypes_tiny_pages.parquet'), {
      fileName: 'tiny',
    });
    expect(await wasm.query('SELECT count(*) AS n FROM w.t')).toEqual([{ n: 7300 }]);
  });

  it('reports refused files with their code and file name', { timeout: 30_000 }, async () => {
    const bomb = 'data/large_string_map.brotli.parquet';
    await expect(decodeAll(decoder, read(bomb), { fileName: bomb })).rejects.toMatchObject({
      name: 'InputError',
      code: 'too-large',
      message: expect.stringMatching(/^data\/large_string_map\.brotli\.parquet: refused by the size limit/),
    });
  });

  it('cancels by terminating the worker, then works again with a new one', { timeout: 30_000 }, async () => {
    const controller = new AbortController();
    const pending = decodeAll(decoder, read('data/alltypes_tiny_pages_plain.parquet'), {
      fileName: 'x',
      signal: controller.signal,
      onPlan: () => controller.abort(), // the worker is decoding by now
    });
    await expect(pending).rejects.toBeInstanceOf(CancelledError);
    const again = await decodeAll(decoder, read('data/alltypes_plain.parquet'), { fileName: 'y' });
    expect(again.rows).toBe(8);
  });

  it('replaces the worker after the decoder crashes', { timeout: 30_000 }, async () => {
    const crash = 'bad_data/ARROW-GH-41321.parquet';
    await expect(decodeAll(decoder, read(crash), { fileName: crash })).rejects.toMatchObject({
      code: 'decoder-crashed',
    });
    expect((await decodeAll(decoder, read('data/alltypes_plain.parquet'), { fileName: 'z' })).rows).toBe(8);
  });
});
