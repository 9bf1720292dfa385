/**
 * A WorkerParquetDecoder on Node worker_threads (Node only: benchmark, tests, CLI): the browser's decoder
 * client and worker code, with decode-worker.node.ts in a thread instead of decode.worker.ts in a Web Worker.
 * The worker runs TypeScript through tsx's loader, as the CLI and tests already do.
 * A live worker keeps the process running: call `close()` when done.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FromWorker } from './decode-protocol.ts';
import { WorkerParquetDecoder, type DecodeWorkerPort, type WorkerDecoderOptions } from './worker-decoder.ts';

const require = createRequire(import.meta.url);

/**
 * Node 20 does not apply `--import tsx` from a worker's execArgv to its entry module, so a tiny JS bootstrap
 * registers tsx's ESM loader inside the thread and then imports the TypeScript worker.
 */
function bootstrap(): string {
  // The package's ESM build of `tsx/esm/api` (require.resolve would pick its CommonJS one).
  const tsxApi = pathToFileURL(
    join(dirname(require.resolve('tsx/package.json')), 'dist/esm/api/index.mjs'),
  ).href;
  const entry = new URL('./decode-worker.node.ts', import.meta.url).href;
  return `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
}

export function spawnNodeDecodeWorker(): DecodeWorkerPort {
  const worker = new Worker(bootstrap(), { eval: true });
  return {
    postMessage: (msg, transfer = []) => worker.postMessage(msg, transfer),
    onMessage(listener) {
      const l = (msg: FromWorker): void => listener(msg);
      worker.on('message', l);
      return () => worker.off('message', l);
    },
    onError(listener) {
      const onError = (e: Error): void => listener(e.message);
      const onExit = (code: number): void => listener(`it exited with code ${code}`);
      worker.on('error', onError);
      worker.on('exit', onExit);
      return () => {
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
    },
    terminate: () => void worker.terminate(),
  };
}

export function createNodeWorkerDecoder(
  options: Omit<WorkerDecoderOptions, 'spawn'> = {},
): WorkerParquetDecoder {
  return new WorkerParquetDecoder({ ...options, spawn: spawnNodeDecodeWorker });
}
