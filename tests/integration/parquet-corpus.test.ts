/**
 * Every file of the Parquet test corpus (tests/fixtures/parquet-testing, see its README and MANIFEST.tsv)
 * through both of our readers, each file with its own time limit:
 *   (a) the browser path, run in Node: sniff + limits + parquet-wasm decode → Arrow IPC chunks →
 *       DuckDB-WASM (blocking build) insertArrowFromIPCStream → count(*);
 *   (b) native DuckDB 1.4.3 read_parquet, behind the same sniff + limits.
 * MANIFEST's `expect`/`rows` describe DuckDB 1.5.6. Where a path differs, the tables below say so and why;
 * everything not listed must match the manifest: `ok` → exactly its row count, `error` → an InputError
 * whose message starts with the file's name. Failed loads must leave no table (nor staging table) behind.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CancelledError, isInputError } from '../../src/core/errors.ts';
import { NodeEngine } from '../../src/data/engine/engine-native.node.ts';
import { BlockingWasmEngine } from '../../src/data/engine/engine-wasm-blocking.node.ts';
import { loadParquet } from '../../src/data/parquet/parquet-load.ts';
import { loadParquetFileNative } from '../../src/data/parquet/parquet-load-native.node.ts';
import { createNodeParquetDecoder } from '../../src/data/parquet/parquet-wasm.node.ts';

const ROOT = fileURLToPath(new URL('../fixtures/parquet-testing/', import.meta.url));
const BOMB = 'data/large_string_map.brotli.parquet';
const PER_FILE_MS = 20_000;

interface ManifestRow {
  path: string;
  expect: 'ok' | 'error';
  rows: number | undefined;
}

const manifest: ManifestRow[] = readFileSync(`${ROOT}MANIFEST.tsv`, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [path, , expect, rows] = line.split('\t');
    return { path, expect: expect as 'ok' | 'error', rows: rows === '' ? undefined : Number(rows) };
  });

type Outcome = { rows: number; why: string } | { code: string; why: string };

const BOMB_WHY =
  'decompression bomb (2 GiB from 4 KB): refused by the size limit before decompressing; DuckDB would take ' +
  '~45 s and 6-10 GB, the browser would run out of memory';

/** Browser path (parquet-wasm → DuckDB-WASM) outcomes that differ from the manifest. */
const BROWSER: Record<string, Outcome> = {
  [BOMB]: { code: 'too-large', why: BOMB_WHY },
  // Known-bad files that DuckDB tolerates; arrow-rs (inside parquet-wasm) checks more and refuses them.
  'bad_data/ARROW-GH-45185.parquet': {
    code: 'corrupt-data',
    why: 'known-bad file: first repetition level is not 0',
  },
  'bad_data/ARROW-RS-GH-6229-LEVELS.parquet': {
    code: 'corrupt-data',
    why: 'known-bad file: missing repetition levels',
  },
  'data/nation.dict-malformed.parquet': {
    code: 'corrupt-data',
    why: 'malformed dictionary page, as its name says',
  },
  // Valid files whose metadata the arrow-rs version in parquet-wasm 0.7.1 cannot parse.
  'data/dict-page-offset-zero.parquet': {
    code: 'unsupported-feature',
    why: 'arrow-rs rejects dictionary_page_offset=0',
  },
  // Types DuckDB-WASM's Arrow insert or the decoder cannot take: refused up front from the footer, by column.
  'data/float16_nonzeros_and_nans.parquet': {
    code: 'unsupported-type',
    why: 'FLOAT16: no Arrow Float16 in DuckDB-WASM',
  },
  'data/float16_zeros_and_nans.parquet': {
    code: 'unsupported-type',
    why: 'FLOAT16: no Arrow Float16 in DuckDB-WASM',
  },
  'data/floating_orders_nan_count.parquet': { code: 'unsupported-type', why: 'has FLOAT16 columns' },
  'data/unknown-logical-type.parquet': {
    code: 'unsupported-type',
    why: 'a logical type id from the future (2555)',
  },
  // arrow-rs reads 0 rows here (the file-level num_rows is 0, the row group says 6): refused, not loaded short.
  'data/repeated_no_annotation.parquet': {
    code: 'row-count-mismatch',
    why: 'decoder would silently lose 6 rows',
  },
  // Valid files DuckDB 1.5.6 cannot read but parquet-wasm can: better than the reference.
  'data/hadoop_lz4_compressed.parquet': { rows: 4, why: 'arrow-rs reads the old Hadoop LZ4 codec' },
  'data/hadoop_lz4_compressed_larger.parquet': {
    rows: 10_000,
    why: 'arrow-rs reads the old Hadoop LZ4 codec',
  },
  'data/non_hadoop_lz4_compressed.parquet': { rows: 4, why: 'arrow-rs reads the old raw-block LZ4 codec' },
  'data/map_no_value.parquet': {
    rows: 3,
    why: 'arrow-rs accepts a MAP without value (3 rows, as hyparquet reads)',
  },
};
for (const row of manifest.filter((r) => r.path.startsWith('data/geospatial/'))) {
  BROWSER[row.path] = {
    code: 'unsupported-type',
    why: 'GEOMETRY/GEOGRAPHY logical types: not in parquet-wasm 0.7.1',
  };
}

/** Native path (DuckDB 1.4.3 + our checks) outcomes that differ from the manifest (DuckDB 1.5.6). */
const NATIVE: Record<string, Outcome> = {
  [BOMB]: { code: 'too-large', why: BOMB_WHY },
};

function outcomeFor(row: ManifestRow, overrides: Record<string, Outcome>): Outcome {
  const o = overrides[row.path];
  if (o) return o;
  if (row.expect === 'ok') return { rows: row.rows ?? NaN, why: 'manifest' };
  return { code: '*', why: 'manifest: DuckDB fails on it' };
}

let wasm: BlockingWasmEngine;
let native: NodeEngine;
const decoder = createNodeParquetDecoder();
let counter = 0;

beforeAll(async () => {
  [wasm, native] = await Promise.all([BlockingWasmEngine.create(), NodeEngine.create({ threads: 1 })]);
});

afterAll(async () => {
  await wasm?.close();
  await native?.close();
});

async function tablesIn(engine: { query: NodeEngine['query'] }, schema: string): Promise<string[]> {
  const rows = await engine.query<{ name: string }>(
    'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = ?',
    [schema],
  );
  return rows.map((r) => r.name);
}

async function expectOutcome(
  path: string,
  expected: Outcome,
  load: () => Promise<{ count: () => Promise<number> }>,
  tablesLeft: () => Promise<string[]>,
): Promise<void> {
  let loaded: { count: () => Promise<number> } | undefined;
  let error: unknown;
  try {
    loaded = await load();
  } catch (e) {
    error = e;
  }
  if ('rows' in expected) {
    if (error) throw error;
    expect(await loaded!.count(), `${path} (${expected.why})`).toBe(expected.rows);
    return;
  }
  expect(loaded, `${path} should fail (${expected.why})`).toBeUndefined();
  if (!isInputError(error)) throw error;
  expect(error.message.startsWith(`${path}: `), error.message).toBe(true);
  if (expected.code !== '*') expect(error.code, error.message).toBe(expected.code);
  expect(await tablesLeft(), 'a failed load leaves no table behind').toEqual([]);
}

describe('Parquet corpus, browser path (parquet-wasm → Arrow IPC → DuckDB-WASM)', () => {
  for (const row of manifest) {
    const expected = outcomeFor(row, BROWSER);
    it(
      `${row.path} → ${'rows' in expected ? `${expected.rows} rows` : expected.code}`,
      { timeout: PER_FILE_MS },
      async () => {
        const schema = `b${++counter}`;
        const target = { schema, table: 't' };
        const bytes = new Uint8Array(readFileSync(ROOT + row.path));
        await expectOutcome(
          row.path,
          expected,
          async () => {
            await loadParquet(wasm, decoder, target, bytes, { fileName: row.path, timeoutMs: PER_FILE_MS });
            return {
              count: async () =>
                (await wasm.query<{ n: number }>(`SELECT count(*) AS n FROM ${schema}.t`))[0].n,
            };
          },
          () => tablesIn(wasm, schema),
        );
      },
    );
  }
});

describe('Parquet corpus, native DuckDB read_parquet (same checks first)', () => {
  for (const row of manifest) {
    const expected = outcomeFor(row, NATIVE);
    it(
      `${row.path} → ${'rows' in expected ? `${expected.rows} rows` : expected.code}`,
      { timeout: PER_FILE_MS },
      async () => {
        const schema = `n${++counter}`;
        await expectOutcome(
          row.path,
          expected,
          async () => {
            await loadParquetFileNative(native, { schema, table: 't' }, ROOT + row.path, {
              fileName: row.path,
            });
            return {
              count: async () =>
                (await native.query<{ n: number }>(`SELECT count(*) AS n FROM ${schema}.t`))[0].n,
            };
          },
          () => tablesIn(native, schema),
        );
      },
    );
  }
});

describe('bad input loses nothing and never hangs', () => {
  const read = (p: string): Uint8Array => new Uint8Array(readFileSync(ROOT + p));

  it('refuses the decompression bomb quickly, saying it is the size limit', { timeout: 5_000 }, async () => {
    const started = performance.now();
    const err = await loadParquet(wasm, decoder, { schema: 'bomb', table: 't' }, read(BOMB), {
      fileName: BOMB,
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(isInputError(err) && err.code).toBe('too-large');
    expect((err as Error).message).toMatch(/refused by the size limit: its footer declares 2048 MiB/);
  });

  it('keeps the previous table when a replacement fails', { timeout: PER_FILE_MS }, async () => {
    const target = { schema: 'keep', table: 't' };
    await loadParquet(wasm, decoder, target, read('data/alltypes_plain.parquet'), { fileName: 'a.parquet' });
    for (const bad of [
      'data/nation.dict-malformed.parquet',
      'synthetic-bad/truncated-half-alltypes_plain.parquet',
    ]) {
      await expect(loadParquet(wasm, decoder, target, read(bad), { fileName: bad })).rejects.toThrow(bad);
    }
    expect(await wasm.query('SELECT count(*) AS n FROM keep.t')).toEqual([{ n: 8 }]);
    expect(await tablesIn(wasm, 'keep')).toEqual(['t']);
  });

  it('loads a multi-chunk file chunk by chunk, reporting progress', { timeout: PER_FILE_MS }, async () => {
    const progress: string[] = [];
    const report = await loadParquet(
      wasm,
      decoder,
      { schema: 'chunks', table: 't' },
      read('data/sort_columns.parquet'),
      {
        fileName: 'sort_columns.parquet',
        chunkRows: 1,
        onProgress: (p) =>
          progress.push(`${p.phase} ${p.rowsLoaded}/${p.rowsTotal} ${p.chunksLoaded}/${p.chunksTotal}`),
      },
    );
    expect(report.chunks).toBe(2);
    expect(progress).toEqual(['checked 0/6 0/2', 'inserted 3/6 1/2', 'inserted 6/6 2/2', 'done 6/6 2/2']);
    const native6 = await native.query('SELECT * FROM read_parquet(?) ORDER BY ALL', [
      ROOT + 'data/sort_columns.parquet',
    ]);
    expect(await wasm.query('SELECT * FROM chunks.t ORDER BY ALL')).toEqual(native6);
  });

  it('stops on cancel between chunks and leaves nothing behind', { timeout: PER_FILE_MS }, async () => {
    const controller = new AbortController();
    const load = loadParquet(
      wasm,
      decoder,
      { schema: 'cancel', table: 't' },
      read('data/sort_columns.parquet'),
      {
        fileName: 'sort_columns.parquet',
        chunkRows: 1,
        signal: controller.signal,
        onProgress: (p) => p.phase === 'inserted' && controller.abort(),
      },
    );
    await expect(load).rejects.toBeInstanceOf(CancelledError);
    expect(await tablesIn(wasm, 'cancel')).toEqual([]);
  });

  it('stops at the time limit with a load-timeout error', { timeout: PER_FILE_MS }, async () => {
    const err = await loadParquet(
      wasm,
      decoder,
      { schema: 'slow', table: 't' },
      read('data/sort_columns.parquet'),
      {
        fileName: 'sort_columns.parquet',
        chunkRows: 1,
        timeoutMs: 1,
        onProgress: () => {
          const until = performance.now() + 5;
          while (performance.now() < until); // a slow insert, so the 1 ms limit passes mid-load
        },
      },
    ).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isInputError(err) && err.code).toBe('load-timeout');
    expect(await tablesIn(wasm, 'slow')).toEqual([]);
  });

  it(
    'recovers after the decoder crashes (a wasm trap) by starting a fresh instance',
    { timeout: PER_FILE_MS },
    async () => {
      const crash = 'bad_data/ARROW-GH-41321.parquet';
      await expect(
        loadParquet(wasm, decoder, { schema: 'crash', table: 'a' }, read(crash), { fileName: crash }),
      ).rejects.toMatchObject({
        code: 'decoder-crashed',
      });
      await loadParquet(wasm, decoder, { schema: 'crash', table: 'b' }, read('data/alltypes_plain.parquet'), {
        fileName: 'ok',
      });
      expect(await wasm.query('SELECT count(*) AS n FROM crash.b')).toEqual([{ n: 8 }]);
    },
  );
});
