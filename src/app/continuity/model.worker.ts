/**
 * The continuity model in a Web Worker: screening, fit, validation and index (core/continuity/model-run.ts)
 * run here so that a fit on hundreds of thousands of firm-years never freezes the page. Uses the WebAssembly
 * logit kernel, or the TypeScript twin if wasm cannot be instantiated.
 */
import { errorParams } from '../../core/coded-error.ts';
import { errorMessage, isInputError } from '../../core/errors.ts';
import type { FeatureTable } from '../../core/continuity/feature-table.ts';
import { runModel } from '../../core/continuity/model-run.ts';
import type { LogitKernel } from '../../core/stats/logit-kernel.ts';
import { tsLogitKernel } from '../../core/stats/logit-kernel-ts.ts';
import { loadWasmLogitKernel } from '../../../wasm/logit-kernel.ts';
import type { FromWorker, ToWorker } from './model-protocol.ts';

let table: FeatureTable | null = null;
let kernel: Promise<LogitKernel> | null = null;

function post(message: FromWorker, transfer: Transferable[] = []): void {
  (self as unknown as Worker).postMessage(message, transfer);
}

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const msg = event.data;
  try {
    if (msg.type === 'load') {
      table = msg.table;
      post({ type: 'loaded', id: msg.id });
      return;
    }
    if (!table) throw new Error('no feature table loaded');
    kernel ??= loadWasmLogitKernel().catch(() => tsLogitKernel);
    const run = runModel(table, msg.request, await kernel, (step) =>
      post({ type: 'step', id: msg.id, step }),
    );
    post({ type: 'done', id: msg.id, run }, [run.index.buffer]);
  } catch (e) {
    post({
      type: 'error',
      id: msg.id,
      message: errorMessage(e),
      input: isInputError(e),
      code: isInputError(e) ? e.code : undefined,
      params: errorParams(e),
    });
  }
};
