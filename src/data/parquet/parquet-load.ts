/**
 * Loads one Parquet file into a DuckDB-WASM table: the entry point app code (and the Node twin in tests)
 * calls. Checks → decode chunk n+1 (decoder, in a worker in the browser) while chunk n is inserted →
 * replace the target table atomically. Any failure, cancel or time-out leaves the target as it was.
 *
 * Browser:  loadParquet(await WasmEngine.create(), new WorkerParquetDecoder(), {schema, table}, bytes, {fileName})
 * Node:     loadParquet(await BlockingWasmEngine.create(), createNodeParquetDecoder(), …)
 */
import { CancelledError } from '../../core/errors.ts';
import type { QualifiedName } from '../engine/engine.ts';
import type { ArrowLoadingEngine } from '../engine/engine-wasm-core.ts';
import type { ParquetDecoder } from './decoder.ts';
import { throwIfAborted } from './decoder.ts';
import { loadTimeout, translateInsertError } from './parquet-errors.ts';
import type { ParquetLimits } from './parquet-limits.ts';

/** Generous: a legitimate 512 MiB file loads in well under a minute on a 2-core laptop. */
export const DEFAULT_LOAD_TIMEOUT_MS = 5 * 60_000;

export interface LoadProgress {
  fileName: string;
  /** 'checked': the file passed the checks, totals are known. 'inserted': one more chunk is in. */
  phase: 'checked' | 'inserted' | 'done';
  rowsLoaded: number;
  rowsTotal: number;
  chunksLoaded: number;
  chunksTotal: number;
}

export interface LoadParquetOptions {
  fileName: string;
  limits?: Partial<ParquetLimits>;
  signal?: AbortSignal;
  /** Stops the load with InputError('load-timeout'). Default DEFAULT_LOAD_TIMEOUT_MS; 0 = none. */
  timeoutMs?: number;
  onProgress?: (progress: LoadProgress) => void;
  batchSize?: number;
  chunkRows?: number;
}

export interface LoadReport {
  fileName: string;
  table: QualifiedName;
  rows: number;
  columns: string[];
  chunks: number;
  decodedBytes: number;
  /** Wall time, and the part of it spent waiting for DuckDB-WASM inserts. */
  ms: { total: number; insert: number };
}

export async function loadParquet(
  engine: ArrowLoadingEngine,
  decoder: ParquetDecoder,
  target: QualifiedName,
  bytes: Uint8Array,
  options: LoadParquetOptions,
): Promise<LoadReport> {
  const { fileName } = options;
  const started = performance.now();
  throwIfAborted(options.signal);
  const controller = new AbortController();
  const forward = (): void => controller.abort(options.signal?.reason ?? new CancelledError());
  options.signal?.addEventListener('abort', forward, { once: true });
  const timeoutMs = options.timeoutMs ?? DEFAULT_LOAD_TIMEOUT_MS;
  const timeOut = (): void => controller.abort(loadTimeout(fileName, timeoutMs));
  const timer = timeoutMs > 0 ? setTimeout(timeOut, timeoutMs) : 0;
  // The timer cannot fire while a blocking engine (Node twin) keeps the thread busy: check the clock too.
  const checkDeadline = (): void => {
    if (timeoutMs > 0 && performance.now() - started > timeoutMs && !controller.signal.aborted) timeOut();
    throwIfAborted(controller.signal);
  };

  const load = await engine.beginArrowLoad(target);
  const progress: LoadProgress = {
    fileName,
    phase: 'checked',
    rowsLoaded: 0,
    rowsTotal: 0,
    chunksLoaded: 0,
    chunksTotal: 0,
  };
  let insertMs = 0;
  try {
    const summary = await decoder.decode(bytes, {
      fileName,
      limits: options.limits,
      batchSize: options.batchSize,
      chunkRows: options.chunkRows,
      signal: controller.signal,
      onPlan: (plan) => {
        progress.rowsTotal = plan.rows;
        progress.chunksTotal = Math.max(1, plan.chunks.length);
        options.onProgress?.({ ...progress });
        checkDeadline();
      },
      onChunk: async (chunk) => {
        const t = performance.now();
        try {
          await load.append(chunk.ipc);
        } catch (e) {
          throw translateInsertError(e, fileName);
        }
        insertMs += performance.now() - t;
        progress.phase = 'inserted';
        progress.rowsLoaded += chunk.rows;
        progress.chunksLoaded++;
        options.onProgress?.({ ...progress });
        checkDeadline();
      },
    });
    checkDeadline();
    await load.commit();
    options.onProgress?.({ ...progress, phase: 'done' });
    return {
      fileName,
      table: target,
      rows: summary.rows,
      columns: summary.columns,
      chunks: summary.chunks,
      decodedBytes: summary.decodedBytes,
      ms: { total: performance.now() - started, insert: insertMs },
    };
  } catch (e) {
    await load.abort();
    throw e;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', forward);
  }
}
