/**
 * External environment (외부 환경: 환율, 국가별 위기상황, 국제유가, 원자재 가격) for a pair, in [0, 1]:
 * the weighted mean of the components that are known (missing ones skipped; none known → NaN).
 *
 *   fx           logistic(−fxChange / 0.10)   fxChange = ln(fx_t / fx_{t−1}) of the buyer's currency per USD;
 *                                             a weakening buyer currency (rising) makes imports dearer → lower
 *   crisis       1 − crisisLevel / 4          travel-advisory level 0..4 of the buyer's country
 *   importGrowth logistic(importGrowth / 0.10) growth of the destination's imports (fraction) → higher is better
 *   oil          logistic(−oilChange / 0.20)  change of the oil price (fraction); dearer freight → lower
 *   rawMaterial  logistic(−rawMaterialChange / 0.20)  change of the raw-material index; cost pressure → lower
 *
 * Each logistic term is 0.5 when nothing changed. Default component weights: crisis 2, fx 1, importGrowth 1,
 * oil 0.5, rawMaterial 0.5. Oil and raw materials are the same for every pair in a year: they move the level
 * of all scores (useful across years and for the absolute score shown) but not the order within one list.
 */
import { InputError } from '../../errors.ts';
import { checkPositiveParameter, isMissing, logistic, orNaN, type Maybe } from './common.ts';

export interface ExternalInput {
  readonly fxChange?: Maybe;
  readonly crisisLevel?: Maybe;
  readonly importGrowth?: Maybe;
  readonly oilChange?: Maybe;
  readonly rawMaterialChange?: Maybe;
}

export const EXTERNAL_COMPONENTS = ['fx', 'crisis', 'importGrowth', 'oil', 'rawMaterial'] as const;
export type ExternalComponent = (typeof EXTERNAL_COMPONENTS)[number];

export interface ExternalOptions {
  readonly weights?: Partial<Record<ExternalComponent, number>>;
  /** Logistic scales (how big a change moves the component from 0.5 to ≈ 0.27 / 0.73). */
  readonly fxScale?: number;
  readonly importGrowthScale?: number;
  readonly oilScale?: number;
  readonly rawMaterialScale?: number;
}

export const DEFAULT_EXTERNAL_WEIGHTS: Readonly<Record<ExternalComponent, number>> = {
  fx: 1,
  crisis: 2,
  importGrowth: 1,
  oil: 0.5,
  rawMaterial: 0.5,
};

/** ln(now / before): the log change of a positive series (NaN when either is missing or not positive). */
export function logChange(now: Maybe, before: Maybe): number {
  if (isMissing(now) || isMissing(before) || (now as number) <= 0 || (before as number) <= 0) return NaN;
  return Math.log((now as number) / (before as number));
}

/** The component scores (NaN = unknown), for a tooltip that explains the external bar. */
export function externalComponents(
  input: ExternalInput,
  options: ExternalOptions = {},
): Record<ExternalComponent, number> {
  const fxScale = options.fxScale ?? 0.1;
  const igScale = options.importGrowthScale ?? 0.1;
  const oilScale = options.oilScale ?? 0.2;
  const rmScale = options.rawMaterialScale ?? 0.2;
  // Checked one by one, not in a loop over a literal: this runs for every candidate of a fair (3.35 M).
  checkPositiveParameter(fxScale, 'external fxScale');
  checkPositiveParameter(igScale, 'external importGrowthScale');
  checkPositiveParameter(oilScale, 'external oilScale');
  checkPositiveParameter(rmScale, 'external rawMaterialScale');
  const crisis = orNaN(input.crisisLevel);
  if (!Number.isNaN(crisis) && (crisis < 0 || crisis > 4)) {
    throw new InputError(`crisis_level must be within 0..4, got ${crisis}.`, 'bad-value');
  }
  const fx = orNaN(input.fxChange);
  const ig = orNaN(input.importGrowth);
  const oil = orNaN(input.oilChange);
  const rm = orNaN(input.rawMaterialChange);
  return {
    fx: Number.isNaN(fx) ? NaN : logistic(-fx / fxScale),
    crisis: Number.isNaN(crisis) ? NaN : 1 - crisis / 4,
    importGrowth: Number.isNaN(ig) ? NaN : logistic(ig / igScale),
    oil: Number.isNaN(oil) ? NaN : logistic(-oil / oilScale),
    rawMaterial: Number.isNaN(rm) ? NaN : logistic(-rm / rmScale),
  };
}

export function externalScore(input: ExternalInput, options: ExternalOptions = {}): number {
  const parts = externalComponents(input, options);
  let sum = 0;
  let wsum = 0;
  for (const key of EXTERNAL_COMPONENTS) {
    const w = options.weights?.[key] ?? DEFAULT_EXTERNAL_WEIGHTS[key];
    const v = parts[key];
    if (Number.isNaN(v) || !(w > 0)) continue;
    sum += w * v;
    wsum += w;
  }
  return wsum > 0 ? sum / wsum : NaN;
}
