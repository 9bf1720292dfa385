/**
 * The DuckDB-WASM adapter (its Node twin) against the native one: the same SQL gives the same plain values
 * (BigInt → number, DECIMAL → number, DATE / TIMESTAMP → ISO strings), parameters bind the same way, and
 * both adapters' loadArrowStream create-or-replace a table from an Arrow IPC stream correctly.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeEngine } from '../../src/data/engine/engine-native.node.ts';
import { BlockingWasmEngine } from '../../src/data/engine/engine-wasm-blocking.node.ts';
import { decodeAll } from '../../src/data/parquet/decoder.ts';
import { createNodeParquetDecoder } from '../../src/data/parquet/parquet-wasm.node.ts';

const fixture = (p: string): string => new URL(`../fixtures/parquet-testing/${p}`, import.meta.url).pathname;
let wasm: BlockingWasmEngine;
let native: NodeEngine;

beforeAll(async () => {
  [wasm, native] = await Promise.all([BlockingWasmEngine.create(), NodeEngine.create({ threads: 1 })]);
});

afterAll(async () => {
  await wasm?.close();
  await native?.close();
});

describe('WASM and native adapters agree', () => {
  it('on value conversion', async () => {
    const sql = `SELECT 42::BIGINT AS big, 7::INTEGER AS i, 1.25::DECIMAL(10, 2) AS d2, 3.5::DECIMAL(38, 10) AS d38,
      DATE '2024-03-05' AS day, TIMESTAMP '2024-03-05 10:11:12.345678' AS ts, 'E000001' AS id, true AS flag,
      NULL::VARCHAR AS missing, 2.5::DOUBLE AS x, DATE '1969-12-31' AS before_epoch`;
    const expected = {
      big: 42,
      i: 7,
      d2: 1.25,
      d38: 3.5,
      day: '2024-03-05T00:00:00.000Z',
      ts: '2024-03-05T10:11:12.345Z',
      id: 'E000001',
      flag: true,
      missing: null,
      x: 2.5,
      before_epoch: '1969-12-31T00:00:00.000Z',
    };
    expect(await native.query(sql)).toEqual([expected]);
    expect(await wasm.query(sql)).toEqual([expected]);
  });

  it('on prepared-statement parameters', async () => {
    const sql = 'SELECT ?::INTEGER + 1 AS n, upper(?) AS s, ? IS NULL AS isnull, ?::DOUBLE * 2 AS x';
    const params = [41, 'kr', null, 1.5];
    expect(await wasm.query(sql, params)).toEqual(await native.query(sql, params));
    expect(await wasm.query(sql, params)).toEqual([{ n: 42, s: 'KR', isnull: true, x: 3 }]);
  });

  it('on loadArrowStream: same rows as read_parquet, replacing the table', async () => {
    const path = fixture('data/alltypes_plain.parquet');
    const decoded = await decodeAll(createNodeParquetDecoder(), new Uint8Array(readFileSync(path)), {
      fileName: 'alltypes_plain.parquet',
    });
    expect(decoded.ipcChunks).toHaveLength(1);
    const target = { schema: 'arrow', table: 't' };
    for (const engine of [wasm, native]) {
      await engine.exec(
        'CREATE SCHEMA IF NOT EXISTS arrow; CREATE OR REPLACE TABLE arrow.t AS SELECT 1 AS old',
      );
      await engine.loadArrowStream(target, decoded.ipcChunks[0].slice());
    }
    const sql = 'SELECT id, bool_col, int_col, double_col, string_col::VARCHAR AS s FROM arrow.t ORDER BY id';
    const reference = await native.query(
      'SELECT id, bool_col, int_col, double_col, string_col::VARCHAR AS s FROM read_parquet(?) ORDER BY id',
      [path],
    );
    expect(reference).toHaveLength(8);
    expect(await native.query(sql)).toEqual(reference);
    expect(await wasm.query(sql)).toEqual(reference);
  });
});
