/**
 * Web Worker: fits the implicit-feedback ALS model off the main thread (at 100,000 buyers it takes seconds and
 * would freeze the page), on the WebAssembly CG kernel when it loads, and sends back only the factors
 * (transferred, not copied).
 */
import { errorMessage } from '../../core/errors.ts';
import { fitAls, type AlsOptions, type InteractionMatrix } from '../../core/matching/index.ts';
import { loadAlsKernel } from '../../data/matching/cf-kernel.ts';

export interface CfFitRequest {
  readonly matrix: InteractionMatrix;
  readonly options: AlsOptions;
}

export type CfFitReply =
  | { readonly ok: true; readonly x: Float64Array; readonly y: Float64Array; readonly loss: number[] }
  | { readonly ok: false; readonly message: string };

self.onmessage = async (e: MessageEvent<CfFitRequest>) => {
  try {
    const cg = (e.data.options.solver ?? 'cg') === 'cg';
    const m = fitAls(
      e.data.matrix,
      cg ? { ...e.data.options, kernel: await loadAlsKernel() } : e.data.options,
    );
    const reply: CfFitReply = { ok: true, x: m.rowFactors, y: m.colFactors, loss: [...m.loss] };
    (self as unknown as Worker).postMessage(reply, [m.rowFactors.buffer, m.colFactors.buffer]);
  } catch (err) {
    (self as unknown as Worker).postMessage({
      ok: false,
      message: errorMessage(err),
    });
  }
};
