/**
 * Node twin of decode.worker.ts on worker_threads (Node only: benchmark, tests), running the same
 * decode-worker-core.ts with Node's parquet-wasm, so the browser's decode-in-a-worker pipeline (decode
 * chunk n+1 while chunk n is inserted) can be measured and tested in Node. Spawned by worker-decoder.node.ts.
 */
import { parentPort } from 'node:worker_threads';
import type { ToWorker } from './decode-protocol.ts';
import { createDecodeHandler } from './decode-worker-core.ts';
import { nodeParquetWasm } from './parquet-wasm.node.ts';

const port = parentPort;
if (!port) throw new Error('decode-worker.node.ts must run in a worker thread');
const handle = createDecodeHandler(
  (msg, transfer = []) => port.postMessage(msg, transfer),
  () => nodeParquetWasm.get(),
);
port.on('message', (msg: ToWorker) => handle(msg));
