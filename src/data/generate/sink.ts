/**
 * Where generated rows go. The generator pushes positional rows (in the table's column order) into a
 * RowSink and never holds a whole table in memory, so 100k exporters stay cheap; the Node writer backs the
 * sinks with DuckDB appenders, tests may use MemorySink.
 *
 * Cell encoding: VARCHAR string, INTEGER integer number, DOUBLE number, BOOLEAN boolean, DATE 'YYYY-MM-DD',
 * TIMESTAMP epoch milliseconds of the local (naive) time, NULL null.
 */
import { CONTRACT, type ColumnType, type TableName } from '../contract.ts';

export type Cell = string | number | boolean | null;

export interface SinkColumn {
  name: string;
  type: ColumnType;
}

export interface RowSink {
  add(row: readonly Cell[]): void;
  readonly count: number;
}

export type SinkFactory = (table: string) => RowSink;

/** Truth tables written beside the dataset; not tables of the contract. */
export const TRUTH_TABLES = {
  'truth-continuation': [
    { name: 'exporter_id', type: 'VARCHAR' },
    { name: 'year', type: 'INTEGER' },
    { name: 'eta', type: 'DOUBLE' },
    { name: 'p_export_next', type: 'DOUBLE' },
    { name: 'p_continuing_next', type: 'DOUBLE' },
  ],
  'truth-matches': [
    { name: 'match_id', type: 'VARCHAR' },
    { name: 'hs_fit', type: 'DOUBLE' },
    { name: 'price_fit', type: 'DOUBLE' },
    { name: 'wishes', type: 'DOUBLE' },
    { name: 'taste', type: 'DOUBLE' },
    { name: 'noise', type: 'DOUBLE' },
    { name: 'affinity', type: 'DOUBLE' },
    { name: 'p_accept', type: 'DOUBLE' },
  ],
} as const satisfies Record<string, readonly SinkColumn[]>;

export type TruthTableName = keyof typeof TRUTH_TABLES;

/** Column names and SQL types of a contract table, in contract order. */
export function contractColumns(table: TableName): SinkColumn[] {
  const spec = CONTRACT.find((t) => t.name === table);
  if (!spec) throw new Error(`unknown table ${table}`);
  return spec.columns.map((c) => ({ name: c.name, type: c.type }));
}

export function columnsOf(table: string): readonly SinkColumn[] {
  if (table in TRUTH_TABLES) return TRUTH_TABLES[table as TruthTableName];
  return contractColumns(table as TableName);
}

/** Collects rows in memory (tests, small previews). */
export class MemorySink implements RowSink {
  readonly rows: Cell[][] = [];
  add(row: readonly Cell[]): void {
    this.rows.push([...row]);
  }
  get count(): number {
    return this.rows.length;
  }
}

/** Counts rows and drops them (dry runs, timing the generator alone). */
export class CountingSink implements RowSink {
  count = 0;
  add(): void {
    this.count++;
  }
}
