/**
 * Match rows → an Arrow table with the contract's `matches` types (VARCHAR ids, TIMESTAMP, DOUBLE), and from
 * there to an Arrow IPC stream or to Parquet bytes (the journal export the warehouse merges; also a valid live
 * status file). parquet-wasm is passed in (browser: loadBrowserParquetWasm, Node: nodeParquetWasm).
 *
 * The columns are assembled from typed arrays with `makeData`, not with Arrow's builders (`vectorFromArray`):
 * the builders compile their null check with `new Function`, which the app's Content-Security-Policy (no
 * 'unsafe-eval') forbids on the page — the export would fail in the browser while passing every Node test.
 */
import {
  Float64,
  Table,
  TimestampMillisecond,
  Utf8,
  makeData,
  makeVector,
  tableToIPC,
  type Vector,
} from 'apache-arrow';
import type { ParquetWasm } from '../parquet/parquet-wasm-types.ts';
import { wallClockMillis, type MatchRow } from './match-row.ts';

function validity(isValid: (i: number) => boolean, n: number): { bitmap: Uint8Array; nulls: number } {
  const bitmap = new Uint8Array(Math.ceil(n / 8));
  let nulls = 0;
  for (let i = 0; i < n; i++) {
    if (isValid(i)) bitmap[i >> 3] |= 1 << (i & 7);
    else nulls++;
  }
  return { bitmap, nulls };
}

export function utf8Vector(values: readonly (string | null)[]): Vector<Utf8> {
  const encoder = new TextEncoder();
  const parts = values.map((v) => (v === null ? new Uint8Array(0) : encoder.encode(v)));
  const offsets = new Int32Array(values.length + 1);
  for (let i = 0; i < parts.length; i++) offsets[i + 1] = offsets[i] + parts[i].byteLength;
  const data = new Uint8Array(offsets[values.length]);
  parts.forEach((p, i) => data.set(p, offsets[i]));
  const { bitmap, nulls } = validity((i) => values[i] !== null, values.length);
  return makeVector(
    makeData({
      type: new Utf8(),
      length: values.length,
      nullCount: nulls,
      nullBitmap: nulls ? bitmap : null,
      valueOffsets: offsets,
      data,
    }),
  );
}

export function float64Vector(values: readonly (number | null)[]): Vector<Float64> {
  const data = Float64Array.from(values, (v) => v ?? 0);
  const { bitmap, nulls } = validity((i) => values[i] !== null, values.length);
  return makeVector(
    makeData({
      type: new Float64(),
      length: values.length,
      nullCount: nulls,
      nullBitmap: nulls ? bitmap : null,
      data,
    }),
  );
}

export function timestampMsVector(millis: readonly number[]): Vector<TimestampMillisecond> {
  return makeVector(
    makeData({
      type: new TimestampMillisecond(),
      length: millis.length,
      nullCount: 0,
      data: BigInt64Array.from(millis, (m) => BigInt(m)),
    }),
  );
}

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
