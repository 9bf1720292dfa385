/**
 * The app's collaborative fit: ALS in a Web Worker (cf.worker.ts), so the page stays responsive while a large
 * dataset's model is fitted; the worker is closed after each fit. Item-kNN (fast to build), or a browser without
 * module workers, fits in the page as before.
 */
import { alsModelFromFactors } from '../../core/matching/index.ts';
import { fitInProcess, type CfFitter } from '../../data/matching/matching-model.ts';
import type { CfFitReply, CfFitRequest } from './cf.worker.ts';

export const fitInWorker: CfFitter = async (matrix, options) => {
  if (options.kind !== 'als' || typeof Worker === 'undefined') return fitInProcess(matrix, options);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./cf.worker.ts', import.meta.url), { type: 'module', name: 'matching-cf' });
  } catch {
    return fitInProcess(matrix, options);
  }
  try {
    const reply = await new Promise<CfFitReply>((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<CfFitReply>) => resolve(e.data);
      worker.onerror = (e) => reject(new Error(e.message || 'collaborative-filtering worker failed'));
      const { kind: _kind, ...als } = options;
      const request: CfFitRequest = { matrix, options: als };
      worker.postMessage(request);
    });
    if (!reply.ok) throw new Error(reply.message);
    const f = reply.x.length / Math.max(1, matrix.nRows);
    return alsModelFromFactors(matrix.nRows, matrix.nCols, f, reply.x, reply.y, reply.loss);
  } finally {
    worker.terminate();
  }
};
