/**
 * parquet-wasm in the browser (used inside decode.worker.ts). The .wasm file is imported with Vite's `?url`
 * from node_modules, so it is served from our own origin and can be precached for offline use: no CDN.
 */
import { errorMessage } from '../../core/errors.ts';
import init, * as parquetWasm from 'parquet-wasm/esm';
import wasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import type { ParquetWasm } from './parquet-wasm-types.ts';

let ready: Promise<ParquetWasm> | undefined;

/** One instance per worker; a crashed worker is replaced as a whole (worker-decoder.ts). */
export function loadBrowserParquetWasm(): Promise<ParquetWasm> {
  ready ??= init({ module_or_path: wasmUrl }).then(
    () => parquetWasm,
    (e: unknown) => {
      ready = undefined;
      throw new Error(
        `The Parquet decoder (${wasmUrl}) could not be loaded: ${errorMessage(e)}. ` +
          'The app may be deployed incompletely, or the server does not send .wasm files.',
        { cause: e },
      );
    },
  );
  return ready;
}
