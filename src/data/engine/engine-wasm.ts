/**
 * Browser adapter of the Engine: DuckDB-WASM 1.32.0 (DuckDB 1.4.3) in its own Web Worker, single-threaded
 * "eh" bundle (COOP/COEP threads are slower on 2 cores and S3 cannot send those headers;
 * docs/architecture.md#stack-facts).
 *
 * Offline by construction: the .wasm and the worker script are imported with Vite's `?url` from
 * node_modules, so they are served from our own origin (and precached by the PWA) — no CDN, no jsDelivr —
 * and extension autoload / autoinstall are switched off before any query can run.
 * DuckDB-WASM has no Parquet reader without a downloaded extension: Parquet is decoded by
 * src/data/parquet (in another worker) and arrives here as Arrow IPC chunks (`beginArrowLoad`).
 * Browser only: it imports nothing that needs Node.
 */
import { errorMessage } from '../../core/errors.ts';
import {
  AsyncDuckDB,
  ConsoleLogger,
  LogLevel,
  VoidLogger,
  type AsyncDuckDBConnection,
  type InstantiationProgress,
} from '@duckdb/duckdb-wasm';
import ehWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
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

export interface WasmEngineOptions {
  /** Download/compile progress of the 34 MB duckdb-eh.wasm (first start only; later it comes from cache). */
  onInstantiateProgress?: (progress: InstantiationProgress) => void;
  /** Log DuckDB-WASM's internal events to the console (development). */
  debug?: boolean;
}

export class WasmEngine implements ArrowLoadingEngine {
  readonly kind = 'wasm' as const;

  private constructor(
    private readonly db: AsyncDuckDB,
    private readonly conn: AsyncDuckDBConnection,
    private readonly worker: Worker,
  ) {}

  static async create(options: WasmEngineOptions = {}): Promise<WasmEngine> {
    const worker = new Worker(ehWorkerUrl, { name: 'duckdb' });
    try {
      const logger = options.debug ? new ConsoleLogger(LogLevel.DEBUG) : new VoidLogger();
      const db = new AsyncDuckDB(logger, worker);
      await db.instantiate(ehWasmUrl, null, options.onInstantiateProgress);
      performance.mark('export-intel:engine-instantiated');
      await db.open({ path: ':memory:', query: WASM_QUERY_CONFIG });
      const conn = await db.connect();
      await conn.query(OFFLINE_SETTINGS_SQL);
      return new WasmEngine(db, conn, worker);
    } catch (e) {
      worker.terminate();
      throw new Error(
        `The in-browser database could not start: ${errorMessage(e)}. ` +
          'The app may be deployed incompletely (duckdb-eh.wasm or its worker missing).',
        { cause: e },
      );
    }
  }

  async query<T extends object = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    const stmt = await this.conn.prepare(sql);
    try {
      return arrowTableToRows<T>(await stmt.query(...params));
    } finally {
      await stmt.close();
    }
  }

  async queryColumns(sql: string, params: readonly SqlValue[] = []): Promise<Columns> {
    const stmt = await this.conn.prepare(sql);
    try {
      return arrowTableToColumns(await stmt.query(...params));
    } finally {
      await stmt.close();
    }
  }

  async exec(sql: string): Promise<void> {
    await this.conn.query(sql);
  }

  /** Loads Arrow IPC stream chunks into `target` (see StagedArrowLoad: all or nothing). */
  async beginArrowLoad(target: QualifiedName): Promise<ArrowLoad> {
    return new StagedArrowLoad(
      {
        exec: (sql) => this.exec(sql),
        // AsyncDuckDB transfers the buffer to its worker: the caller's chunk is detached afterwards.
        insertIpcStream: (ipc, into) => this.conn.insertArrowFromIPCStream(ipc, into),
      },
      target,
    );
  }

  loadArrowStream(target: QualifiedName, ipcStream: Uint8Array): Promise<void> {
    return loadOneArrowStream(this, target, ipcStream);
  }

  async close(): Promise<void> {
    try {
      await this.conn.close();
      await this.db.terminate();
    } finally {
      this.worker.terminate();
    }
  }
}
