/**
 * Node adapter of the Engine: native DuckDB 1.4.3 through @duckdb/node-api (the same engine version as
 * DuckDB-WASM 1.32.0 in the browser), used by the CLI, tests and benchmarks.
 * Native DuckDB reads Parquet itself (`read_parquet`), which the browser cannot do offline.
 */
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { tableFromIPC } from 'apache-arrow';
import type { Engine, QualifiedName, Row, SqlValue } from './engine.ts';
import { ident, qualified, toValue } from './engine.ts';

export class NodeEngine implements Engine {
  readonly kind = 'native' as const;
  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly conn: DuckDBConnection,
  ) {}

  static async create(options: { threads?: number } = {}): Promise<NodeEngine> {
    const config: Record<string, string> = { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' };
    if (options.threads) config.threads = String(options.threads);
    const instance = await DuckDBInstance.create(':memory:', config);
    const conn = await instance.connect();
    return new NodeEngine(instance, conn);
  }

  async query<T extends object = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    const reader = await this.conn.runAndReadAll(sql, params.length ? (params as DuckDBValue[]) : undefined);
    const rows = reader.getRowObjectsJS();
    for (const row of rows) {
      for (const k of Object.keys(row)) (row as Record<string, unknown>)[k] = toValue(row[k]);
    }
    return rows as T[];
  }

  async exec(sql: string): Promise<void> {
    await this.conn.run(sql);
  }

  async loadArrowStream(target: QualifiedName, ipcStream: Uint8Array): Promise<void> {
    // Native DuckDB has no IPC-stream insert in node-api; go through row values. Only used by tests that
    // check the browser decode path end to end in Node (small files), never on the hot path.
    const table = tableFromIPC(ipcStream);
    const cols = table.schema.fields.map((f) => f.name);
    await this.exec(`CREATE SCHEMA IF NOT EXISTS ${ident(target.schema)}`);
    const jsonRows = JSON.stringify(
      table.toArray().map((r) => Object.fromEntries(cols.map((c) => [c, toValue(r[c])]))),
    );
    await this.query(`CREATE OR REPLACE TABLE ${qualified(target)} AS SELECT * FROM read_json_auto(?)`, [jsonRows]);
  }

  /** Creates `schema.table` from a Parquet file on disk (native reader). */
  async loadParquetFile(target: QualifiedName, path: string): Promise<void> {
    await this.exec(`CREATE SCHEMA IF NOT EXISTS ${ident(target.schema)}`);
    await this.query(`CREATE OR REPLACE TABLE ${qualified(target)} AS SELECT * FROM read_parquet(?)`, [path]);
  }

  async close(): Promise<void> {
    this.conn.closeSync();
    this.instance.closeSync();
  }
}
