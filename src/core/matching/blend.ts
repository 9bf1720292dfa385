/**
 * Hybrid blending of content and collaborative scores with a confidence weight n/(n+κ)
 * (docs/matching-method.md#5-collaborative-filtering-and-blending--cf-ts-blendts).
 *
 *   α(n) = n / (n + κ)            n = the party's number of interactions (distinct counterparts it has matched or
 *                                  interacted with in the web log), κ = how many interactions make CF half-trusted
 *   α_pair = α(n_exporter) · α(n_buyer)
 *   side score = (1 − α_pair) · content + α_pair · cf
 *
 * A firm with no history on either side gets α = 0 and falls back to the content score (cold start, 콜드스타트):
 * the product's CF has nothing to say about it, and a new buyer must not be buried under established ones just
 * because the interaction matrix has not met it yet. Default κ = 5.
 */
import { InputError } from '../errors.ts';

export const DEFAULT_KAPPA = 5;

/** n / (n + κ); n ≤ 0 or NaN → 0. κ must be ≥ 0 (κ = 0: full trust as soon as n > 0). */
export function blendWeight(n: number, kappa: number = DEFAULT_KAPPA): number {
  if (!(kappa >= 0) || !Number.isFinite(kappa)) {
    throw new InputError(`κ (kappa) must be a finite number ≥ 0, got ${String(kappa)}.`, 'bad-parameter');
  }
  if (!(n > 0)) return 0;
  return n / (n + kappa);
}

/** α for a pair: the product of both parties' confidences, so either side being new falls back to content. */
export function pairBlendWeight(nExporter: number, nBuyer: number, kappa: number = DEFAULT_KAPPA): number {
  return blendWeight(nExporter, kappa) * blendWeight(nBuyer, kappa);
}

/** (1 − α)·content + α·cf; a missing (NaN) cf leaves the content score unchanged. */
export function blendScores(content: number, cf: number, alpha: number): number {
  if (Number.isNaN(cf) || !(alpha > 0)) return content;
  const a = alpha > 1 ? 1 : alpha;
  return content + a * (cf - content);
}
