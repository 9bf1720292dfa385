/**
 * Web Worker: fits the implicit-feedback ALS model off the main thread (at 100,000 buyers it takes seconds and
 * would freeze the page) and sends back only the factors (transferred, not copied).
 */
import { fitAls, type AlsOptions, type InteractionMatrix } from '../../core/matching/index.ts';

export interface CfFitRequest {
  readonly matrix: InteractionMatrix;
  readonly options: AlsOptions;
}

export type CfFitReply =
  | { readonly ok: true; readonly x: Float64Array; readonly y: Float64Array; readonly loss: number[] }
  | { readonly ok: false; readonly message: string };

self.onmessage = (e: MessageEvent<CfFitRequest>) => {
  try {
    const m = fitAls(e.data.matrix, e.data.options);
    const reply: CfFitReply = { ok: true, x: m.rowFactors, y: m.colFactors, loss: [...m.loss] };
    (self as unknown as Worker).postMessage(reply, [m.rowFactors.buffer, m.colFactors.buffer]);
  } catch (err) {
    (self as unknown as Worker).postMessage({
      ok: false,
      message: err instanceof Error ? err.message : String(err),
    });
  }
};
