/**
 * Match rows → an Arrow table with the contract's `matches` types (VARCHAR ids, TIMESTAMP, DOUBLE), and from
 * there to an Arrow IPC stream or to Parquet bytes (the journal export the warehouse merges; also a valid live
 * status file). parquet-wasm is passed in (browser: loadBrowserParquetWasm, Node: nodeParquetWasm).
 * Columns are built CSP-safely (see ../arrow-vectors.ts).
 */
import { Table, tableToIPC } from 'apache-arrow';
import { float64Vector, timestampMsVector, utf8Vector } from '../arrow-vectors.ts';
import type { ParquetWasm } from '../parquet/parquet-wasm-types.ts';
import { wallClockMillis, type MatchRow } from './match-row.ts';

export function matchesArrowTable(rows: readonly MatchRow[]): Table {
  const text = (pick: (r: MatchRow) => string | null) => utf8Vector(rows.map(pick));
  const time = (pick: (r: MatchRow) => string) =>
    timestampMsVector(rows.map((r) => wallClockMillis(pick(r))));
  return new Table({
    match_id: text((r) => r.match_id),
    event_id: text((r) => r.event_id),
    exporter_id: text((r) => r.exporter_id),
    buyer_id: text((r) => r.buyer_id),
    requested_by: text((r) => r.requested_by),
    requested_at: time((r) => r.requested_at),
    status: text((r) => r.status),
    updated_at: time((r) => r.updated_at),
    contract_value_usd: float64Vector(rows.map((r) => r.contract_value_usd)),
  });
}

export function matchesIpcStream(rows: readonly MatchRow[]): Uint8Array {
  return tableToIPC(matchesArrowTable(rows), 'stream');
}

export function matchesParquet(rows: readonly MatchRow[], wasm: ParquetWasm): Uint8Array {
  const table = wasm.Table.fromIPCStream(matchesIpcStream(rows));
  const props = new wasm.WriterPropertiesBuilder().setCompression(wasm.Compression.ZSTD).build();
  return wasm.writeParquet(table, props);
}
