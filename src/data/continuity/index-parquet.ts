/**
 * The index table as Parquet bytes, written by parquet-wasm from an Arrow table (the browser's way:
 * DuckDB-WASM cannot COPY TO Parquet without the downloaded extension). The caller passes the parquet-wasm
 * instance (browser: loadBrowserParquetWasm; Node tests: nodeParquetWasm), so this module loads nothing.
 * Types: exporter_id and status UTF8, year INT32, index DOUBLE (nullable), risk_group BOOLEAN (nullable).
 */
import { Table, tableToIPC } from 'apache-arrow';
import { boolVector, float64Vector, int32Vector, utf8Vector } from '../arrow-vectors.ts';
import type { ParquetWasm } from '../parquet/parquet-wasm-types.ts';
import type { IndexRow } from './index-table.ts';

export function indexArrowTable(rows: readonly IndexRow[]): Table {
  // Built CSP-safely (no Arrow builders: they use `new Function`, blocked on the page).
  return new Table({
    exporter_id: utf8Vector(rows.map((r) => r.exporter_id)),
    year: int32Vector(rows.map((r) => r.year)),
    status: utf8Vector(rows.map((r) => r.status)),
    index: float64Vector(rows.map((r) => r.index)),
    risk_group: boolVector(rows.map((r) => r.risk_group)),
  });
}

export function indexParquet(rows: readonly IndexRow[], wasm: ParquetWasm): Uint8Array {
  const table = wasm.Table.fromIPCStream(tableToIPC(indexArrowTable(rows), 'stream'));
  const props = new wasm.WriterPropertiesBuilder().setCompression(wasm.Compression.ZSTD).build();
  return wasm.writeParquet(table, props);
}
