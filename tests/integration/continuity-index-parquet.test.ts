/**
 * The index table written as Parquet by parquet-wasm (the browser's download path; here with the Node copy of
 * the same module) reads back in native DuckDB with the contract's types and values, nulls included.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexParquet } from '../../src/data/continuity/index-parquet.ts';
import type { IndexRow } from '../../src/data/continuity/index-table.ts';
import { NodeEngine } from '../../src/data/engine/engine-native.node.ts';
import { nodeParquetWasm } from '../../src/data/parquet/parquet-wasm.node.ts';

describe('index table as Parquet (parquet-wasm)', () => {
  it('round-trips through DuckDB with the contract types', async () => {
    const rows: IndexRow[] = [
      { exporter_id: 'E000001', year: 2024, status: 'continuing', index: 87.25, risk_group: false },
      { exporter_id: 'E000002', year: 2024, status: 'pending', index: null, risk_group: null },
      { exporter_id: '(주)한글', year: 2024, status: 'stopped', index: 3.5, risk_group: true },
    ];
    const bytes = indexParquet(rows, await nodeParquetWasm.get());
    expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe('PAR1');
    const dir = await mkdtemp(join(tmpdir(), 'index-parquet-'));
    const engine = await NodeEngine.create();
    try {
      const file = join(dir, 'index.parquet');
      await writeFile(file, bytes);
      const types = await engine.query<{ column_name: string; column_type: string }>(
        'SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet(?))',
        [file],
      );
      expect(types.map((t) => `${t.column_name} ${t.column_type}`)).toEqual([
        'exporter_id VARCHAR',
        'year INTEGER',
        'status VARCHAR',
        'index DOUBLE',
        'risk_group BOOLEAN',
      ]);
      const back = await engine.query<IndexRow>('SELECT * FROM read_parquet(?)', [file]);
      expect(back).toEqual(rows);
    } finally {
      await engine.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
