/**
 * parquet-wasm in Node (tests, bench, CLI). Node only: never import this from browser code.
 *
 * The package's own `./node` build is CommonJS inside a `"type": "module"` package and fails to load in Node
 * ESM ("module is not defined"), so Node uses the same `./esm` build as the browser, initialised
 * synchronously from the .wasm bytes on disk. After a wasm trap the instance is discarded and the next
 * `get()` imports a fresh copy of the glue module (a distinct URL query gives a distinct module instance).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { InlineParquetDecoder } from './decoder.ts';
import type { ParquetWasm, ParquetWasmSource } from './parquet-wasm-types.ts';

const require = createRequire(import.meta.url);
let compiled: WebAssembly.Module | undefined;
let current: Promise<ParquetWasm> | undefined;
let generation = 0;

async function instantiate(): Promise<ParquetWasm> {
  compiled ??= new WebAssembly.Module(readFileSync(require.resolve('parquet-wasm/esm/parquet_wasm_bg.wasm')));
  const glue = pathToFileURL(require.resolve('parquet-wasm/esm')).href;
  const url = generation === 0 ? glue : `${glue}?instance=${generation}`;
  const mod = (await import(/* @vite-ignore */ url)) as ParquetWasm;
  mod.initSync({ module: compiled });
  return mod;
}

export const nodeParquetWasm: ParquetWasmSource = {
  get() {
    current ??= instantiate();
    return current;
  },
  discard() {
    if (current) generation++;
    current = undefined;
  },
};

export function createNodeParquetDecoder(): InlineParquetDecoder {
  return new InlineParquetDecoder(nodeParquetWasm);
}
