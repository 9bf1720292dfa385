/**
 * Exporter stability (수출기업 안정성) and buyer stability (바이어 안정성), each in [0, 1].
 *
 * Exporter: when the export continuity index (수출지속지수, 0–100,
 * docs/continuity-method.md#7-index-risk-group-and-monitoring) is known it is used directly:
 *   stability = index / 100.
 * Otherwise the mean of the percentile ranks (see percentile.ts) within the exporter population of the same year:
 *   employees, net income, sales growth, operating profit, capital, firm age (현 연도 − 설립연도)
 * — all "higher is more stable". Missing components are skipped; none known → NaN.
 *
 * Buyer: mean of percentile ranks of revenue, firm age (current year − founded year) and employees within the
 * buyer population; none known → NaN. A buyer flagged bad_credit (신용불량) is multiplied by badCreditFactor
 * (default 0.2; with nothing else known, the neutral 0.5 × 0.2 = 0.1). Normally bad-credit buyers are already
 * excluded by the eligibility filter in SQL; this keeps them low when the analyst switches the filter off.
 */
import { InputError } from '../../errors.ts';
import { clamp01, isMissing, orNaN, type Maybe } from './common.ts';
import { createPercentileScaler, type PercentileScaler } from './percentile.ts';

export interface ExporterStabilityInput {
  readonly employees?: Maybe;
  readonly netIncomeKrw?: Maybe;
  readonly salesGrowth?: Maybe;
  readonly operatingProfitKrw?: Maybe;
  readonly capitalKrw?: Maybe;
  readonly firmAge?: Maybe;
  /** Export continuity index 0–100; used instead of the components when present. */
  readonly continuityIndex?: Maybe;
}

export const EXPORTER_STABILITY_COMPONENTS = [
  'employees',
  'netIncomeKrw',
  'salesGrowth',
  'operatingProfitKrw',
  'capitalKrw',
  'firmAge',
] as const;
export type ExporterStabilityComponent = (typeof EXPORTER_STABILITY_COMPONENTS)[number];

export const BUYER_STABILITY_COMPONENTS = ['revenueUsd', 'firmAge', 'employees'] as const;
export type BuyerStabilityComponent = (typeof BUYER_STABILITY_COMPONENTS)[number];

export interface BuyerStabilityInput {
  readonly revenueUsd?: Maybe;
  readonly firmAge?: Maybe;
  readonly employees?: Maybe;
  readonly badCredit?: boolean | null;
}

/** Percentile scalers per component, built once from the population (all exporters or all buyers). */
export type StabilityScalers<K extends string> = Readonly<Record<K, PercentileScaler>>;

function buildScalers<K extends string, T>(
  keys: readonly K[],
  population: readonly T[],
  get: (row: T, key: K) => Maybe,
): StabilityScalers<K> {
  const out = {} as Record<K, PercentileScaler>;
  for (const key of keys) out[key] = createPercentileScaler(population.map((r) => orNaN(get(r, key))));
  return out;
}

export function buildExporterStabilityScalers(
  population: readonly ExporterStabilityInput[],
): StabilityScalers<ExporterStabilityComponent> {
  return buildScalers(EXPORTER_STABILITY_COMPONENTS, population, (r, k) => r[k]);
}

export function buildBuyerStabilityScalers(
  population: readonly BuyerStabilityInput[],
): StabilityScalers<BuyerStabilityComponent> {
  return buildScalers(BUYER_STABILITY_COMPONENTS, population, (r, k) => r[k]);
}

export interface ExporterStabilityOptions {
  /** Use continuityIndex / 100 when present (default true). */
  readonly preferContinuityIndex?: boolean;
  /** Relative weights of the components (default 1 each). */
  readonly weights?: Partial<Record<ExporterStabilityComponent, number>>;
}

export function exporterStability(
  firm: ExporterStabilityInput,
  scalers: StabilityScalers<ExporterStabilityComponent>,
  options: ExporterStabilityOptions = {},
): number {
  if ((options.preferContinuityIndex ?? true) && !isMissing(firm.continuityIndex)) {
    const idx = firm.continuityIndex as number;
    if (idx < 0 || idx > 100) {
      throw new InputError(`Export continuity index must be within 0..100, got ${idx}.`, 'bad-value');
    }
    return idx / 100;
  }
  let sum = 0;
  let wsum = 0;
  for (const key of EXPORTER_STABILITY_COMPONENTS) {
    const w = options.weights?.[key] ?? 1;
    if (!(w > 0)) continue;
    const p = scalers[key](orNaN(firm[key]));
    if (Number.isNaN(p)) continue;
    sum += w * p;
    wsum += w;
  }
  return wsum > 0 ? sum / wsum : NaN;
}

export interface BuyerStabilityOptions {
  /** Multiplier for bad-credit buyers (default 0.2). */
  readonly badCreditFactor?: number;
  /** Value used for the components' mean when none is known but the buyer has bad credit (default 0.5). */
  readonly neutral?: number;
  readonly weights?: Partial<Record<BuyerStabilityComponent, number>>;
}

export function buyerStability(
  buyer: BuyerStabilityInput,
  scalers: StabilityScalers<BuyerStabilityComponent>,
  options: BuyerStabilityOptions = {},
): number {
  const factor = options.badCreditFactor ?? 0.2;
  if (!(factor >= 0 && factor <= 1)) {
    throw new InputError(`badCreditFactor must be within 0..1, got ${String(factor)}.`, 'bad-parameter');
  }
  let sum = 0;
  let wsum = 0;
  for (const key of BUYER_STABILITY_COMPONENTS) {
    const w = options.weights?.[key] ?? 1;
    if (!(w > 0)) continue;
    const p = scalers[key](orNaN(buyer[key]));
    if (Number.isNaN(p)) continue;
    sum += w * p;
    wsum += w;
  }
  const base = wsum > 0 ? sum / wsum : NaN;
  if (buyer.badCredit === true)
    return clamp01((Number.isNaN(base) ? (options.neutral ?? 0.5) : base) * factor);
  return base;
}

/**
 * Convenience for a whole population at once (e.g. straight from a SQL result): builds the scalers from the
 * same rows and returns one stability per row as a Float32Array (NaN = no data).
 */
export function exporterStabilityAll(
  population: readonly ExporterStabilityInput[],
  options: ExporterStabilityOptions = {},
): Float32Array {
  const scalers = buildExporterStabilityScalers(population);
  const out = new Float32Array(population.length);
  for (let i = 0; i < population.length; i++) out[i] = exporterStability(population[i], scalers, options);
  return out;
}

export function buyerStabilityAll(
  population: readonly BuyerStabilityInput[],
  options: BuyerStabilityOptions = {},
): Float32Array {
  const scalers = buildBuyerStabilityScalers(population);
  const out = new Float32Array(population.length);
  for (let i = 0; i < population.length; i++) out[i] = buyerStability(population[i], scalers, options);
  return out;
}
