/**
 * Engine.queryColumns (the column-by-column fast path the continuity feature table is read with) gives the same
 * values as Engine.query on native DuckDB and on DuckDB-WASM (the browser's engine, blocking build): numeric
 * columns as Float64Array with NULL → NaN (BIGINT and DECIMAL included), other columns as query's Values.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/data/engine/engine.ts';
import { NodeEngine } from '../../src/data/engine/engine-native.node.ts';
import { BlockingWasmEngine } from '../../src/data/engine/engine-wasm-blocking.node.ts';

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

    it('reads NULLs at every bit position of many chunks (the DOUBLE fast path on native)', async () => {
      const q = engine.queryColumns;
      if (!q) throw new Error('queryColumns missing');
      // 5,000 rows = three DuckDB chunks; NULLs on word boundaries (63, 64), at chunk edges and scattered.
      const sql = `SELECT CASE WHEN i % 7 = 3 OR i IN (0, 63, 64, 2047, 2048, 4999) THEN NULL ELSE i * 0.5 - 7 END::DOUBLE AS x,
        CASE WHEN i >= 2048 THEN NULL ELSE i END::DOUBLE AS y, i::DOUBLE AS z FROM range(5000) t(i) ORDER BY i`;
      const cols = await q.call(engine, sql);
      const rows = await engine.query<{ x: number | null; y: number | null; z: number }>(sql);
      for (const key of ['x', 'y', 'z'] as const)
        expect(Array.from(cols[key] as Float64Array), key).toEqual(rows.map((r) => r[key] ?? NaN));
      expect((cols.x as Float64Array)[63]).toBeNaN();
      expect((cols.x as Float64Array)[65]).toBe(65 * 0.5 - 7);
    });
  });
}
