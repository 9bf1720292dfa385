/**
 * What the two DuckDB-WASM adapters share — the browser's (engine-wasm.ts, async, in a Web Worker) and its
 * Node twin (engine-wasm-blocking.node.ts, the blocking build used by tests and the benchmark) — so that the
 * code the browser runs is the code the tests run:
 *   - the settings that keep DuckDB-WASM off the network,
 *   - Arrow result → plain rows (one conversion, giving the same values as engine-native.node.ts),
 *   - loading Arrow IPC chunks into a staging table that replaces the target only when every chunk is in
 *     (a failed or cancelled load leaves the previous table untouched and no half-loaded table behind).
 */
import { DataType, type Table } from 'apache-arrow';
import type { Columns, Engine, QualifiedName, Row, Value } from './engine.ts';
import { ident, qualified, toValue } from './engine.ts';

/**
 * DuckDB-WASM ≥1.29 downloads extensions at run time (docs/architecture.md#stack-facts); with autoload on, a query
 * that needs one (read_parquet, httpfs…) reaches for the network and can hang offline. Off, it fails at once instead.
 */
export const OFFLINE_SETTINGS_SQL =
  'SET autoinstall_known_extensions=false; SET autoload_known_extensions=false;';

/** DuckDB-WASM open() query options: DECIMAL arrives as DOUBLE (Arrow JS decimals lose their scale). */
export const WASM_QUERY_CONFIG = { castDecimalToDouble: true } as const;

/** Arrow table → plain rows with the Value domain of engine.ts (BigInt → number, dates → ISO strings). */
export function arrowTableToRows<T extends object = Row>(table: Table): T[] {
  const fields = table.schema.fields;
  const columns = fields.map((_, i) => table.getChildAt(i));
  const convert = fields.map((f) => converterFor(f.type));
  const rows: T[] = new Array<T>(table.numRows);
  for (let r = 0; r < table.numRows; r++) {
    const row: Record<string, Value> = {};
    for (let c = 0; c < fields.length; c++) row[fields[c].name] = convert[c](columns[c]?.get(r));
    rows[r] = row as T;
  }
  return rows;
}

/**
 * Arrow table → columns (Engine.queryColumns): float and integer columns copied into a Float64Array (NULL →
 * NaN), no per-row objects; the others converted value by value like arrowTableToRows.
 */
export function arrowTableToColumns(table: Table): Columns {
  const out: Columns = {};
  table.schema.fields.forEach((field, c) => {
    const vector = table.getChildAt(c);
    const n = table.numRows;
    const type = field.type;
    // DECIMAL arrives as DOUBLE (WASM_QUERY_CONFIG), so floats and integers cover the numeric types.
    if (vector && (DataType.isFloat(type) || DataType.isInt(type))) {
      const f = new Float64Array(n);
      let i = 0;
      for (const chunk of vector.data) {
        const values = chunk.values as ArrayLike<number | bigint>;
        for (let k = 0; k < chunk.length; k++, i++) f[i] = chunk.getValid(k) ? Number(values[k]) : NaN;
      }
      out[field.name] = f;
    } else {
      const convert = converterFor(type);
      out[field.name] = Array.from({ length: n }, (_, r) => convert(vector?.get(r)));
    }
  });
  return out;
}

function converterFor(type: DataType): (v: unknown) => Value {
  // Arrow JS gives DATE and TIMESTAMP as epoch milliseconds (a number, fractional below 1 ms); node-api
  // gives Date objects. Both become Date#toISOString(), truncated to milliseconds like node-api does.
  if (DataType.isDate(type) || DataType.isTimestamp(type)) {
    return (v) => {
      if (v === null || v === undefined) return null;
      const ms = v instanceof Date ? v.getTime() : Number(v);
      return Number.isFinite(ms) ? new Date(Math.trunc(ms)).toISOString() : null;
    };
  }
  if (DataType.isDecimal(type)) {
    // Only reached if castDecimalToDouble is off: the value's digits are the unscaled integer.
    const scale = 10 ** type.scale;
    return (v) => (v === null || v === undefined ? null : Number(String(v)) / scale);
  }
  return toValue;
}

/** The one operation the staging logic needs from an adapter: DuckDB-WASM's IPC-stream insert. */
export interface ArrowInsertPort {
  exec(sql: string): Promise<void>;
  insertIpcStream(ipc: Uint8Array, into: { schema: string; name: string; create: boolean }): Promise<void>;
}

/** A load in progress: append IPC chunks in order, then commit (or abort). */
export interface ArrowLoad {
  readonly target: QualifiedName;
  append(ipcStream: Uint8Array): Promise<void>;
  /** Atomically replaces `target` with what was appended. At least one chunk must have been appended. */
  commit(): Promise<void>;
  /** Drops what was appended; the target is left as it was. Never throws. */
  abort(): Promise<void>;
}

/** An Engine that can load Arrow data chunk by chunk (both DuckDB-WASM adapters). */
export interface ArrowLoadingEngine extends Engine {
  beginArrowLoad(target: QualifiedName): Promise<ArrowLoad>;
}

let stagingCounter = 0;

export class StagedArrowLoad implements ArrowLoad {
  private readonly staging: QualifiedName;
  private chunks = 0;
  private done = false;

  constructor(
    private readonly port: ArrowInsertPort,
    readonly target: QualifiedName,
  ) {
    this.staging = {
      schema: target.schema,
      table: `__loading_${++stagingCounter}_${target.table}`.slice(0, 110),
    };
  }

  async append(ipcStream: Uint8Array): Promise<void> {
    if (this.done) throw new Error('append() after commit() or abort()');
    if (this.chunks === 0) await this.port.exec(`CREATE SCHEMA IF NOT EXISTS ${ident(this.target.schema)}`);
    const create = this.chunks === 0;
    this.chunks++;
    await this.port.insertIpcStream(ipcStream, {
      schema: this.staging.schema,
      name: this.staging.table,
      create,
    });
  }

  async commit(): Promise<void> {
    if (this.done) throw new Error('commit() after commit() or abort()');
    if (this.chunks === 0) throw new Error(`nothing was appended to ${qualified(this.target)}`);
    this.done = true;
    try {
      await this.port.exec(
        `BEGIN TRANSACTION; DROP TABLE IF EXISTS ${qualified(this.target)}; ` +
          `ALTER TABLE ${qualified(this.staging)} RENAME TO ${ident(this.target.table)}; COMMIT;`,
      );
    } catch (e) {
      await this.port.exec('ROLLBACK').catch(() => undefined);
      await this.dropStaging();
      throw e;
    }
  }

  async abort(): Promise<void> {
    this.done = true;
    await this.dropStaging();
  }

  private async dropStaging(): Promise<void> {
    if (this.chunks === 0) return;
    await this.port.exec(`DROP TABLE IF EXISTS ${qualified(this.staging)}`).catch(() => undefined);
  }
}

/** Engine.loadArrowStream for the adapters: a one-chunk staged load. */
export async function loadOneArrowStream(
  engine: ArrowLoadingEngine,
  target: QualifiedName,
  ipc: Uint8Array,
): Promise<void> {
  const load = await engine.beginArrowLoad(target);
  try {
    await load.append(ipc);
    await load.commit();
  } catch (e) {
    await load.abort();
    throw e;
  }
}
