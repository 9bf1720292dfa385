/**
 * The browser's data backend: DuckDB-WASM (single-threaded eh bundle in its own worker, assets from our
 * origin) and Parquet decoding in a second worker, so decode and insert overlap on two cores and the
 * page stays responsive.
 */
import { WasmEngine } from '../data/engine-wasm.ts';
import { wasmInsertFile } from '../data/parquet/insert-wasm.ts';
import { WorkerParquetDecoder } from '../data/parquet/worker-decoder.ts';
import type { DataBackend } from './data-backend.ts';

export async function createBrowserBackend(): Promise<DataBackend> {
  const engine = await WasmEngine.create();
  return { engine, insertFile: wasmInsertFile(engine, new WorkerParquetDecoder()) };
}
