/**
 * Price fit (가격 일치도): the exporter's unit price against the buyer's target price.
 *
 * With r = ln(unitPrice / targetPrice), the fit is an asymmetric Gaussian in the log ratio:
 *
 *   fit = exp(−½ (r / σ)²),  σ = σAbove when r > 0 (exporter dearer than the target), σBelow when r < 0
 *
 * 1 when the prices are equal, falling smoothly as they part; scale-free (won, dollars, per piece or per dozen
 * give the same answer as long as both sides use the same unit). Defaults σAbove = 0.25 (25 % dearer → 0.63,
 * 50 % dearer → 0.28, double → 0.02) and σBelow = 0.5 (a cheaper offer is penalised less: half the target → 0.38,
 * cheaper-than-expected hints at a different quality tier). Range (0, 1].
 * Missing either price → NaN (the fusion uses the neutral value and flags "no data").
 */
import { checkPositiveOrMissing, checkPositiveParameter, isMissing, type Maybe } from './common.ts';

export interface PriceFitOptions {
  /** Log-ratio scale when the exporter's price is above the target. */
  readonly sigmaAbove?: number;
  /** Log-ratio scale when the exporter's price is below the target. */
  readonly sigmaBelow?: number;
}

export function priceFit(unitPrice: Maybe, targetPrice: Maybe, options: PriceFitOptions = {}): number {
  const sigmaAbove = options.sigmaAbove ?? 0.25;
  const sigmaBelow = options.sigmaBelow ?? 0.5;
  checkPositiveParameter(sigmaAbove, 'priceFit sigmaAbove');
  checkPositiveParameter(sigmaBelow, 'priceFit sigmaBelow');
  checkPositiveOrMissing(unitPrice, 'Exporter unit price (unit_price_usd)');
  checkPositiveOrMissing(targetPrice, 'Buyer target price (target_price_usd)');
  if (isMissing(unitPrice) || isMissing(targetPrice)) return NaN;
  const r = Math.log((unitPrice as number) / (targetPrice as number));
  const z = r / (r > 0 ? sigmaAbove : sigmaBelow);
  return Math.exp(-0.5 * z * z);
}
