/**
 * Product fit (품목·HS 적합도): how closely a buyer's product interest matches an exporter's product, by HS depth.
 *
 * A buyer's interest is an HS prefix of 2, 4 or 6 digits (chapter, heading, subheading); an exporter's product is
 * an HS6 code. When the interest is a prefix of the product, the fit grows with the interest's depth
 * (6 > 4 > 2: a buyer asking for exactly 610910 is a sharper fit than one asking for "chapter 61").
 * When it is not, a shared shorter prefix still gives a little credit (a neighbouring product), which matters only
 * when the analyst switches the HS eligibility filter off.
 *
 *   contained (interest ⊑ product): depth 6 → 1.00, depth 4 → 0.75, depth 2 → 0.50
 *   not contained, common prefix:   4 digits → 0.25, 2 digits → 0.10, none → 0
 *   missing code (null / empty)    → NaN (no data)
 */
import { InputError } from '../../errors.ts';

export interface ProductFitLevels {
  /** Interest of 6 digits equal to the product. */
  readonly depth6: number;
  /** Interest of 4 digits that prefixes the product. */
  readonly depth4: number;
  /** Interest of 2 digits that prefixes the product. */
  readonly depth2: number;
  /** Not contained, but the first 4 digits agree. */
  readonly near4: number;
  /** Not contained, but the first 2 digits agree. */
  readonly near2: number;
}

export const DEFAULT_PRODUCT_FIT_LEVELS: ProductFitLevels = {
  depth6: 1,
  depth4: 0.75,
  depth2: 0.5,
  near4: 0.25,
  near2: 0.1,
};

const HS_PATTERN = /^(\d{2}|\d{4}|\d{6})$/;

function checkHs(code: string, what: string, allowed: readonly number[]): void {
  if (!HS_PATTERN.test(code) || !allowed.includes(code.length)) {
    throw new InputError(
      `${what} must be an HS code of ${allowed.join(', ')} digits (a string of digits, leading zeros kept), got '${code}'.`,
      'bad-hs-code',
    );
  }
}

/**
 * Product fit from depths (the form SQL can compute cheaply):
 * `interestDepth` = number of digits of the buyer's interest (2, 4 or 6),
 * `commonDepth` = number of leading digits the two codes share, rounded down to 0, 2, 4 or 6.
 * NaN in either → NaN.
 */
export function productFitFromDepth(
  interestDepth: number,
  commonDepth: number,
  levels: ProductFitLevels = DEFAULT_PRODUCT_FIT_LEVELS,
): number {
  if (Number.isNaN(interestDepth) || Number.isNaN(commonDepth)) return NaN;
  if (commonDepth >= interestDepth) {
    if (interestDepth >= 6) return levels.depth6;
    if (interestDepth >= 4) return levels.depth4;
    if (interestDepth >= 2) return levels.depth2;
    return 0;
  }
  if (commonDepth >= 4) return levels.near4;
  if (commonDepth >= 2) return levels.near2;
  return 0;
}

/** Number of leading digits two HS codes share, rounded down to an even number (0, 2, 4, 6). */
export function commonHsDepth(a: string, b: string): number {
  const n = Math.min(a.length, b.length, 6);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i - (i % 2);
}

/**
 * Product fit of one buyer interest (HS prefix of 2/4/6 digits) against one exporter product (HS6).
 * Null/empty codes → NaN. A malformed code (letters, odd length) → InputError.
 */
export function productFit(
  interestHs: string | null | undefined,
  exporterHs: string | null | undefined,
  levels: ProductFitLevels = DEFAULT_PRODUCT_FIT_LEVELS,
): number {
  if (!interestHs || !exporterHs) return NaN;
  checkHs(interestHs, 'Buyer interest HS code', [2, 4, 6]);
  checkHs(exporterHs, 'Exporter product HS code', [6]);
  return productFitFromDepth(interestHs.length, commonHsDepth(interestHs, exporterHs), levels);
}

export interface BestProductFit {
  /** Best fit over all (interest, product) pairs; NaN when either list is empty. */
  readonly score: number;
  /** Index of the interest and the product that gave it (−1 when none); price and quantity fit use this pair. */
  readonly interestIndex: number;
  readonly productIndex: number;
}

/** Best product fit between a buyer's interests and an exporter's products (ties: first pair wins). */
export function bestProductFit(
  interests: readonly string[],
  products: readonly string[],
  levels: ProductFitLevels = DEFAULT_PRODUCT_FIT_LEVELS,
): BestProductFit {
  let best = NaN;
  let bi = -1;
  let bp = -1;
  for (let i = 0; i < interests.length; i++) {
    for (let p = 0; p < products.length; p++) {
      const s = productFit(interests[i], products[p], levels);
      if (Number.isNaN(s)) continue;
      if (Number.isNaN(best) || s > best) {
        best = s;
        bi = i;
        bp = p;
      }
    }
  }
  return { score: best, interestIndex: bi, productIndex: bp };
}
