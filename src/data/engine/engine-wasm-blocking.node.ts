/**
 * Node twin of the browser adapter: the same DuckDB-WASM engine (1.32.0 = DuckDB 1.4.3, eh bundle) through
 * its *blocking* Node build, which works inside Vitest (docs/architecture.md#stack-facts; the async build needs a
 * Worker polyfill). Tests and the benchmark use it to run the browser's exact path — parquet-wasm decode → Arrow IPC
 * stream → insertArrowFromIPCStream — in Node. Node only; the app uses engine-wasm.ts.
 *
 * Calls are synchronous underneath (they block the event loop); the async signatures match `Engine`.
 */
import { createRequire } from 'node:module';
import {
  createDuckDB,
  NODE_RUNTIME,
  VoidLogger,
  type DuckDBBindings,
  type DuckDBConnection,
} from '@duckdb/duckdb-wasm/blocking';
import type { Columns, QualifiedName, Row, SqlValue } from './engine.ts';
import {
  OFFLINE_SETTINGS_SQL,
  StagedArrowLoad,
  WASM_QUERY_CONFIG,
  arrowTableToColumns,
  arrowTableToRows,
  loadOneArrowStream,
  type ArrowLoad,
  type ArrowLoadingEngine,
} from './engine-wasm-core.ts';

const require = createRequire(import.meta.url);

export class BlockingWasmEngine implements ArrowLoadingEngine {
  readonly kind = 'wasm' as const;

  private constructor(
    private readonly db: DuckDBBindings,
    private readonly conn: DuckDBConnection,
  ) {}

  static async create(): Promise<BlockingWasmEngine> {
    const bundles = {
      mvp: { mainModule: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'), mainWorker: '' },
      eh: { mainModule: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'), mainWorker: '' },
    };
    const db = await createDuckDB(bundles, new VoidLogger(), NODE_RUNTIME);
    await db.instantiate();
    db.open({ path: ':memory:', query: WASM_QUERY_CONFIG });
    const conn = db.connect();
    conn.query(OFFLINE_SETTINGS_SQL);
    return new BlockingWasmEngine(db, conn);
  }

  async query<T extends object = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    const stmt = this.conn.prepare(sql);
    try {
      return arrowTableToRows<T>(stmt.query(...params));
    } finally {
      stmt.close();
    }
  }

  async queryColumns(sql: string, params: readonly SqlValue[] = []): Promise<Columns> {
    const stmt = this.conn.prepare(sql);
    try {
      return arrowTableToColumns(stmt.query(...params));
    } finally {
      stmt.close();
    }
  }

  async exec(sql: string): Promise<void> {
    this.conn.query(sql);
  }

  async beginArrowLoad(target: QualifiedName): Promise<ArrowLoad> {
    return new StagedArrowLoad(
      {
        exec: (sql) => this.exec(sql),
        insertIpcStream: async (ipc, into) => this.conn.insertArrowFromIPCStream(ipc, into),
      },
      target,
    );
  }

  loadArrowStream(target: QualifiedName, ipcStream: Uint8Array): Promise<void> {
    return loadOneArrowStream(this, target, ipcStream);
  }

  async close(): Promise<void> {
    this.conn.close();
    this.db.reset();
  }
}
