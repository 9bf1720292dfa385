/**
 * Engine.queryColumns (the column-by-column fast path the continuity feature table is read with) gives the same
 * values as Engine.query on native DuckDB and on DuckDB-WASM (the browser's engine, blocking build): numeric
 * columns as Float64Array with NULL → NaN (BIGINT and DECIMAL included), other columns as query's Values.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/data/engine.ts';
import { NodeEngine } from '../../src/data/engine-node.ts';
import { BlockingWasmEngine } from '../../src/data/engine-wasm-blocking.ts';

const SQL = `SELECT * FROM (VALUES
    ('E1', 2020, 1.5::DOUBLE, 3::BIGINT, 2.25::DECIMAL(9,2), true, 'continuing', 7::INTEGER),
    ('E2', 2021, NULL, NULL, NULL, NULL, NULL, -1::INTEGER),
    ('E3', 2022, -0.125::DOUBLE, 9007199254740993::BIGINT, -1.5::DECIMAL(9,2), false, 'stopped', NULL)
  ) t(id, year, x, big, dec, flag, status, small) WHERE year >= ? ORDER BY id`;

const engines: [string, () => Promise<Engine>][] = [
  ['native', () => NodeEngine.create()],
  ['wasm', () => BlockingWasmEngine.create()],
];

for (const [name, create] of engines) {
  describe(`queryColumns on ${name} DuckDB`, () => {
    let engine: Engine;
    beforeAll(async () => {
      engine = await create();
    });
    afterAll(() => engine.close());

    it('matches query, numeric columns as Float64Array with NaN for NULL', async () => {
      const q = engine.queryColumns;
      if (!q) throw new Error('queryColumns missing');
      const cols = await q.call(engine, SQL, [2020]);
      const rows = await engine.query<Record<string, unknown>>(SQL, [2020]);
      expect(Object.keys(cols)).toEqual(Object.keys(rows[0]));
      for (const key of ['year', 'x', 'big', 'dec', 'small']) {
        expect(cols[key], key).toBeInstanceOf(Float64Array);
        expect(Array.from(cols[key] as Float64Array)).toEqual(
          rows.map((r) => (r[key] === null ? NaN : r[key])),
        );
      }
      expect(Array.from(cols.x as Float64Array)).toEqual([1.5, NaN, -0.125]);
      expect(cols.id).toEqual(['E1', 'E2', 'E3']);
      expect(cols.flag).toEqual([true, null, false]);
      expect(cols.status).toEqual(['continuing', null, 'stopped']);
    });
  });
}
