/**
 * The index table as Parquet bytes, written by parquet-wasm from an Arrow table (the browser's way:
 * DuckDB-WASM cannot COPY TO Parquet without the downloaded extension). The caller passes the parquet-wasm
 * instance (browser: loadBrowserParquetWasm; Node tests: nodeParquetWasm), so this module loads nothing.
 * Types: exporter_id and status UTF8, year INT32, index DOUBLE (nullable), risk_group BOOLEAN (nullable).
 */
import { Bool, Float64, Int32, Table, Utf8, tableToIPC, vectorFromArray } from 'apache-arrow';
import type { ParquetWasm } from '../parquet/parquet-wasm-types.ts';
import type { IndexRow } from './index-table.ts';

export function indexArrowTable(rows: readonly IndexRow[]): Table {
  return new Table({
    exporter_id: vectorFromArray(
      rows.map((r) => r.exporter_id),
      new Utf8(),
    ),
    year: vectorFromArray(
      rows.map((r) => r.year),
      new Int32(),
    ),
    status: vectorFromArray(
      rows.map((r) => r.status),
      new Utf8(),
    ),
    index: vectorFromArray(
      rows.map((r) => r.index),
      new Float64(),
    ),
    risk_group: vectorFromArray(
      rows.map((r) => r.risk_group),
      new Bool(),
    ),
  });
}

export function indexParquet(rows: readonly IndexRow[], wasm: ParquetWasm): Uint8Array {
  const table = wasm.Table.fromIPCStream(tableToIPC(indexArrowTable(rows), 'stream'));
  const props = new wasm.WriterPropertiesBuilder().setCompression(wasm.Compression.ZSTD).build();
  return wasm.writeParquet(table, props);
}
