/**
 * Node only: a RowSink over a native DuckDB appender, so generated rows go straight into a typed DuckDB
 * table (contract types exactly: INTEGER not BIGINT, DATE, TIMESTAMP …) without building JS tables.
 * Values are checked against the column type as they arrive: a wrong type is a generator bug and fails fast.
 */
import { DuckDBDateValue, DuckDBTimestampValue, type DuckDBAppender } from '@duckdb/node-api';
import type { Cell, RowSink, SinkColumn } from './sink.ts';

const DAY_MS = 86_400_000;

type Append = (v: Exclude<Cell, null>) => void;

function appendFor(app: DuckDBAppender, table: string, col: SinkColumn): Append {
  const bad = (v: unknown): never => {
    throw new Error(`generator bug: ${table}.${col.name} (${col.type}) got ${JSON.stringify(v)}`);
  };
  switch (col.type) {
    case 'VARCHAR':
      return (v) => (typeof v === 'string' ? app.appendVarchar(v) : bad(v));
    case 'INTEGER':
      return (v) =>
        typeof v === 'number' && Number.isInteger(v) && Math.abs(v) < 2 ** 31 ? app.appendInteger(v) : bad(v);
    case 'DOUBLE':
      return (v) => (typeof v === 'number' && Number.isFinite(v) ? app.appendDouble(v) : bad(v));
    case 'BOOLEAN':
      return (v) => (typeof v === 'boolean' ? app.appendBoolean(v) : bad(v));
    case 'DATE':
      return (v) => {
        const ms =
          typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(`${v}T00:00:00Z`) : NaN;
        return Number.isFinite(ms) ? app.appendDate(new DuckDBDateValue(ms / DAY_MS)) : bad(v);
      };
    case 'TIMESTAMP':
      return (v) =>
        typeof v === 'number' && Number.isInteger(v)
          ? app.appendTimestamp(new DuckDBTimestampValue(BigInt(v) * 1000n))
          : bad(v);
  }
}

export class AppenderSink implements RowSink {
  count = 0;
  private readonly appends: Append[];
  constructor(
    private readonly table: string,
    columns: readonly SinkColumn[],
    private readonly appender: DuckDBAppender,
  ) {
    this.appends = columns.map((c) => appendFor(appender, table, c));
  }

  add(row: readonly Cell[]): void {
    if (row.length !== this.appends.length) {
      throw new Error(
        `generator bug: ${this.table} row has ${row.length} cells, expected ${this.appends.length}`,
      );
    }
    for (let i = 0; i < row.length; i++) {
      const v = row[i];
      if (v === null) this.appender.appendNull();
      else this.appends[i](v);
    }
    this.appender.endRow();
    this.count++;
  }

  close(): void {
    this.appender.closeSync();
  }
}
