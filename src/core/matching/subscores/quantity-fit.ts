/**
 * Quantity fit (물량 일치도): the buyer's wanted quantity against the exporter's range min_order_qty..capacity_qty.
 *
 * Inside the range the fit is 1. Outside, it falls as a Gaussian in the log distance d to the nearest bound:
 *
 *   d = ln(minOrder / wanted)  when wanted < minOrder     (order too small for the exporter)
 *   d = ln(wanted / capacity)  when wanted > capacity     (order too large for the exporter)
 *   fit = exp(−½ (d / σ)²),  σ = 0.7 by default (half the minimum or twice the capacity → 0.61; a quarter → 0.14)
 *
 * Range (0, 1]. A missing bound is treated as open on that side (no minimum / no capacity limit known);
 * missing wanted quantity, or both bounds missing → NaN (no data). min > capacity is an InputError.
 */
import { InputError } from '../../errors.ts';
import { checkPositiveOrMissing, checkPositiveParameter, isMissing, type Maybe } from './common.ts';

export interface QuantityFitOptions {
  /** Log-distance scale. */
  readonly sigma?: number;
}

export function quantityFit(
  wanted: Maybe,
  minOrder: Maybe,
  capacity: Maybe,
  options: QuantityFitOptions = {},
): number {
  const sigma = options.sigma ?? 0.7;
  checkPositiveParameter(sigma, 'quantityFit sigma');
  checkPositiveOrMissing(wanted, 'Buyer wanted quantity (quantity)');
  checkPositiveOrMissing(minOrder, 'Exporter minimum order quantity (min_order_qty)');
  checkPositiveOrMissing(capacity, 'Exporter capacity (capacity_qty)');
  if (isMissing(wanted)) return NaN;
  const hasMin = !isMissing(minOrder);
  const hasCap = !isMissing(capacity);
  if (!hasMin && !hasCap) return NaN;
  const q = wanted as number;
  if (hasMin && hasCap && (minOrder as number) > (capacity as number)) {
    throw new InputError(
      `Exporter minimum order quantity (${String(minOrder)}) is above its capacity (${String(capacity)}).`,
      'bad-value',
    );
  }
  let d = 0;
  if (hasMin && q < (minOrder as number)) d = Math.log((minOrder as number) / q);
  else if (hasCap && q > (capacity as number)) d = Math.log(q / (capacity as number));
  const z = d / sigma;
  return Math.exp(-0.5 * z * z);
}
