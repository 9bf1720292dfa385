/**
 * The browser's data backend: DuckDB-WASM (single-threaded eh bundle in its own worker, assets from our
 * origin) and Parquet decoding in a second worker, so decode and insert overlap on two cores and the
 * page stays responsive. Decoded files are kept in OPFS (decoded-cache.ts), and so are the contract
 * checks' reports (validation-cache.ts).
 */
import { WasmEngine } from '../data/engine/engine-wasm.ts';
import { CachingParquetDecoder } from '../data/parquet/decoded-cache.ts';
import { OpfsDecodedStore } from '../data/parquet/decoded-store-opfs.ts';
import { opfsAvailable } from '../data/opfs-files.ts';
import { wasmInsertFile } from '../data/parquet/insert-wasm.ts';
import { WorkerParquetDecoder } from '../data/parquet/worker-decoder.ts';
import type { ValidationCache } from '../data/dataset/validation-cache.ts';
import { OpfsValidationStore } from '../data/dataset/validation-store-opfs.ts';
import type { DataBackend } from './data-backend.ts';

export async function createBrowserBackend(): Promise<DataBackend> {
  const engine = await WasmEngine.create();
  // Decoded files are kept in OPFS by their bytes' hash: a warm start replays them instead of decoding.
  const decoder = opfsAvailable()
    ? new CachingParquetDecoder(new WorkerParquetDecoder(), new OpfsDecodedStore())
    : new WorkerParquetDecoder();
  return { engine, insertFile: wasmInsertFile(engine, decoder) };
}

/**
 * Reports kept in OPFS for this build: the bundle's URL carries its content hash, so a deploy with other
 * checks checks afresh. None in development, where the URL stays the same while the code changes.
 */
export function browserValidationCache(): ValidationCache | undefined {
  if (import.meta.env.DEV || !opfsAvailable()) return undefined;
  return { store: new OpfsValidationStore(), build: import.meta.url };
}
