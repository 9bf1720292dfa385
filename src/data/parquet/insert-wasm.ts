/**
 * The dataset loader's `InsertFile` step (src/data/dataset/load-dataset.ts) for DuckDB-WASM: decode the
 * file's Parquet bytes with a ParquetDecoder (a Web Worker in the browser) and load the Arrow chunks into
 * the target table. Browser backend:
 *   const engine = await WasmEngine.create();
 *   const insertFile = wasmInsertFile(engine, new WorkerParquetDecoder());
 */
import type { InsertFile } from '../dataset/load-dataset.ts';
import type { ArrowLoadingEngine } from '../engine/engine-wasm-core.ts';
import type { ParquetDecoder } from './decoder.ts';
import type { ParquetLimits } from './parquet-limits.ts';
import { loadParquet } from './parquet-load.ts';

export interface WasmInsertOptions {
  limits?: Partial<ParquetLimits>;
  /** Per file; default DEFAULT_LOAD_TIMEOUT_MS. */
  timeoutMs?: number;
}

export function wasmInsertFile(
  engine: ArrowLoadingEngine,
  decoder: ParquetDecoder,
  options: WasmInsertOptions = {},
): InsertFile {
  return async (file, bytes, target, ctx) => {
    ctx.onStep('decoding');
    const report = await loadParquet(engine, decoder, target, bytes, {
      fileName: file.fileName,
      signal: ctx.signal,
      limits: options.limits,
      timeoutMs: options.timeoutMs,
      onProgress: (p) => {
        if (p.phase === 'inserted' && p.chunksLoaded === 1) ctx.onStep('inserting');
      },
    });
    return report.rows;
  };
}
