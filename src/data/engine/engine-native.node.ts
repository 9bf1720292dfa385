/**
 * Node adapter of the Engine: native DuckDB 1.4.3 through @duckdb/node-api (the same engine version as
 * DuckDB-WASM 1.32.0 in the browser), used by the CLI, tests and benchmarks.
 * Native DuckDB reads Parquet itself (`read_parquet`), which the browser cannot do offline.
 */
import {
  DuckDBInstance,
  DuckDBTypeId,
  JSDuckDBValueConverter,
  type DuckDBAppender,
  type DuckDBConnection,
  type DuckDBValue,
} from '@duckdb/node-api';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { endianness, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Columns, Engine, QualifiedName, Row, SqlValue, Value } from './engine.ts';
import { ident, qualified, toValue } from './engine.ts';
import { nodeParquetWasm } from '../parquet/parquet-wasm.node.ts';

/** Column types that queryColumns returns as Float64Array. */
const NUMERIC_TYPES = new Set<DuckDBTypeId>([
  DuckDBTypeId.TINYINT,
  DuckDBTypeId.SMALLINT,
  DuckDBTypeId.INTEGER,
  DuckDBTypeId.BIGINT,
  DuckDBTypeId.UTINYINT,
  DuckDBTypeId.USMALLINT,
  DuckDBTypeId.UINTEGER,
  DuckDBTypeId.UBIGINT,
  DuckDBTypeId.HUGEINT,
  DuckDBTypeId.UHUGEINT,
  DuckDBTypeId.FLOAT,
  DuckDBTypeId.DOUBLE,
  DuckDBTypeId.DECIMAL,
]);

export class NodeEngine implements Engine {
  readonly kind = 'native' as const;
  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly conn: DuckDBConnection,
  ) {}

  static async create(options: { threads?: number } = {}): Promise<NodeEngine> {
    const config: Record<string, string> = {
      autoinstall_known_extensions: 'false',
      autoload_known_extensions: 'false',
    };
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

  /**
   * Chunk by chunk: a numeric column is read from DuckDB's vectors straight into one Float64Array (a fair's pair
   * features are millions of rows × 13 columns; materialising every value as a JS array first took seconds),
   * everything else through the JS converter as query() does.
   */
  async queryColumns(sql: string, params: readonly SqlValue[] = []): Promise<Columns> {
    const result = await this.conn.run(sql, params.length ? (params as DuckDBValue[]) : undefined);
    const names = result.columnNames();
    const ids = names.map((_, j) => result.columnTypeId(j));
    // run() materialises the result, so its row count is known: one column of the right size, no regrowing
    // (3.35 M rows × 13 columns for a fair; fresh pages were a second of the read).
    const total = result.rowCount;
    const numeric: (Float64Array | null)[] = ids.map((t) =>
      NUMERIC_TYPES.has(t) ? new Float64Array(total) : null,
    );
    const other: Value[][] = names.map(() => []);
    let n = 0;
    for (
      let chunk = await result.fetchChunk();
      chunk && chunk.rowCount > 0;
      chunk = await result.fetchChunk()
    ) {
      const rows = chunk.rowCount;
      for (let j = 0; j < names.length; j++) {
        const target = numeric[j];
        if (!target) {
          for (const v of chunk.convertColumnValues(j, JSDuckDBValueConverter)) other[j].push(toValue(v));
          continue;
        }
        const out = target.length >= n + rows ? target : grow(target, n + rows);
        numeric[j] = out;
        const vector = chunk.getColumnVector(j);
        if (readDoubles(vector, rows, out, n)) continue;
        for (let i = 0; i < rows; i++) {
          const v = vector.getItem(i);
          out[n + i] = v === null || v === undefined ? NaN : Number(v);
        }
      }
      n += rows;
    }
    const out: Columns = {};
    names.forEach((name, j) => {
      const f = numeric[j];
      out[name] = f ? f.subarray(0, n) : other[j];
    });
    return out;
  }

  async exec(sql: string): Promise<void> {
    await this.conn.run(sql);
  }

  /**
   * node-api has no Arrow IPC insert, so the stream goes through a temporary Parquet file that DuckDB reads
   * natively: parquet-wasm writes it (uncompressed, fast), `read_parquet` maps the types exactly as it does
   * for any Parquet file. Used by tests and the CLI for data that already is Arrow; Parquet files on disk
   * should use loadParquetFile directly.
   */
  async loadArrowStream(target: QualifiedName, ipcStream: Uint8Array): Promise<void> {
    const wasm = await nodeParquetWasm.get();
    const props = new wasm.WriterPropertiesBuilder().setCompression(wasm.Compression.UNCOMPRESSED).build();
    const parquet = wasm.writeParquet(wasm.Table.fromIPCStream(ipcStream), props);
    const dir = await mkdtemp(join(tmpdir(), 'export-intel-arrow-'));
    try {
      const file = join(dir, 'stream.parquet');
      await writeFile(file, parquet);
      await this.loadParquetFile(target, file);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** Creates `schema.table` from a Parquet file on disk (native reader). */
  async loadParquetFile(target: QualifiedName, path: string): Promise<void> {
    await this.exec(`CREATE SCHEMA IF NOT EXISTS ${ident(target.schema)}`);
    await this.query(`CREATE OR REPLACE TABLE ${qualified(target)} AS SELECT * FROM read_parquet(?)`, [path]);
  }

  /**
   * A native appender on an existing `schema.table`: the fast bulk insert (measured ~1M rows × 5 columns
   * per second here, vs. far slower INSERT … VALUES). Node only; used by the sample generator.
   */
  async createAppender(target: QualifiedName): Promise<DuckDBAppender> {
    return this.conn.createAppender(target.table, target.schema);
  }

  async close(): Promise<void> {
    this.conn.closeSync();
    this.instance.closeSync();
  }
}

/**
 * A DOUBLE vector copied in one go: node-api keeps its values as a Float64Array and its validity as 64-bit words,
 * and getItem tests each row's bit through BigInt — most of the read time of a fair's 3.35 M pair rows. Those are
 * private fields of the pinned @duckdb/node-api version, so their shape is checked and any other vector (or
 * another layout) returns false and takes getItem; tests/integration/engine-query-columns.test.ts pins the
 * values, NULLs included, on both paths.
 */
const LITTLE_ENDIAN = endianness() === 'LE';

function readDoubles(vector: unknown, rows: number, out: Float64Array, at: number): boolean {
  const v = vector as { items?: unknown; validity?: { data?: unknown; offset?: unknown } };
  const items = v.items;
  const validity = v.validity;
  if (!LITTLE_ENDIAN || !(items instanceof Float64Array) || items.length !== rows) return false;
  if (!validity || validity.offset !== 0) return false;
  const data = validity.data;
  if (data !== null && !(data instanceof BigUint64Array)) return false;
  out.set(items, at);
  if (data === null) return true;
  // The words as 32-bit halves (little-endian checked above): bit i = row i valid.
  const words = new Uint32Array(data.buffer, data.byteOffset, data.length * 2);
  for (let i = 0; i < rows; i++) if (((words[i >>> 5] >>> (i & 31)) & 1) === 0) out[at + i] = NaN;
  return true;
}

/** A larger copy (doubling), so appending chunk by chunk stays linear. */
function grow(a: Float64Array, need: number): Float64Array {
  const b = new Float64Array(Math.max(need, a.length * 2, 4096));
  b.set(a);
  return b;
}
