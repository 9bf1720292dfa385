/**
 * Web Worker that decodes Parquet off the main thread (spawned by worker-decoder.ts), so a large or hostile
 * file never freezes the page: the page can always terminate this worker (cancel, time limit, crash).
 * The logic is in decode-worker-core.ts; this file only binds it to the worker scope and to the
 * browser's parquet-wasm (served from our own origin).
 */
/// <reference lib="webworker" />
import type { ToWorker } from './decode-protocol.ts';
import { createDecodeHandler } from './decode-worker-core.ts';
import { loadBrowserParquetWasm } from './parquet-wasm-browser.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createDecodeHandler(
  (msg, transfer = []) => scope.postMessage(msg, transfer),
  loadBrowserParquetWasm,
);
scope.onmessage = (event: MessageEvent<ToWorker>) => handle(event.data);
