/**
 * The Engine: one small interface over DuckDB so that the same SQL runs in the browser (DuckDB-WASM,
 * engine-wasm.ts) and in Node (native @duckdb/node-api, engine-native.node.ts) — same DuckDB version (1.4.3).
 *
 * Results come back as plain rows whose values are JS primitives: BIGINT / HUGEINT / DECIMAL become
 * `number` (never BigInt — it breaks charts and JSON), DATE / TIMESTAMP become ISO-8601 strings.
 * SQL that needs exact 64-bit integers must CAST to VARCHAR itself.
 */
export type SqlValue = string | number | boolean | null;
export type Value = string | number | boolean | null;
export type Row = Record<string, Value>;

/**
 * A result column by column (Engine.queryColumns): numeric columns (integers, floats, decimals) as Float64Array
 * with NULL → NaN; every other column as an array of Values, converted as `query` converts them.
 */
export type Columns = Record<string, Float64Array | Value[]>;

export interface Engine {
  readonly kind: 'wasm' | 'native';
  /** Runs one statement with `?` placeholders bound to `params` (prepared statement; never string-built). */
  query<T extends object = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /**
   * The same as `query`, column by column: for large numeric results (a model's design matrix) it avoids one JS
   * object per row, 4–5× faster in Node and near zero-copy from Arrow in the browser. Optional, so that other
   * engines can leave it out; callers fall back to `query`.
   */
  queryColumns?(sql: string, params?: readonly SqlValue[]): Promise<Columns>;
  /** Runs statements that return nothing (DDL, SET). No parameters: callers quote identifiers with `ident`. */
  exec(sql: string): Promise<void>;
  /** Creates (or replaces) `schema.table` from an Arrow IPC *stream* (not the file format). */
  loadArrowStream(table: QualifiedName, ipcStream: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

export interface QualifiedName {
  schema: string;
  table: string;
}

/** Quotes an identifier strictly: the only way a user-chosen name (a dropped file's name) enters SQL. */
export function ident(name: string): string {
  if (name.length === 0 || name.length > 120 || name.includes('\u0000')) {
    throw new Error(`invalid identifier ${JSON.stringify(name)}`);
  }
  return '"' + name.replaceAll('"', '""') + '"';
}

export function qualified(q: QualifiedName): string {
  return `${ident(q.schema)}.${ident(q.table)}`;
}

/** Normalises one value from either adapter to the Value domain described above. */
export function toValue(v: unknown): Value {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return v;
    case 'number':
      return Number.isFinite(v) ? v : v; // NaN / ±Infinity pass through; callers that chart must filter
    case 'bigint':
      return Number(v);
    default:
      break;
  }
  if (v instanceof Date) return v.toISOString();
  // Decimal-like objects (Arrow Decimal, node-api DuckDBDecimalValue) and date/time value objects.
  const s = String(v);
  const n = Number(s);
  return Number.isNaN(n) ? s : n;
}
