/**
 * The parquet-wasm API as this code uses it, and how an instance is obtained.
 *
 * parquet-wasm keeps its WebAssembly instance in module state, and a Rust panic inside it (a wasm trap)
 * leaves that instance in an unknown state. So callers get instances through a `ParquetWasmSource` that
 * can `discard()` a crashed one: in the browser the decode worker is replaced (worker-decoder.ts), in Node
 * a fresh copy of the module is loaded (parquet-wasm.node.ts).
 */
import type * as ParquetWasmModule from 'parquet-wasm/esm';

export type ParquetWasm = typeof ParquetWasmModule;

export interface ParquetWasmSource {
  get(): Promise<ParquetWasm>;
  /** Forget the current instance (after a trap); the next `get()` starts a fresh one. */
  discard(): void;
}
