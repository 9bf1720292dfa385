/**
 * Continuing group vs risk group (the seed's "수출지속기업 VS 위험군";
 * docs/continuity-method.md#7-index-risk-group-and-monitoring), at one year:
 * - risk group: firms whose index is below the threshold;
 * - continuing group: firms whose status is continuing and whose index is at or above the threshold.
 * Firms in neither (a stopped, pending or beginner firm above the threshold, or without an index) are left out.
 * Continuous variables get n, mean, sd, median, IQR per group, the standardized difference and Welch's p;
 * categorical ones (region, industry, main destination, status) the mode and its share. The risk-factor ranking
 * orders variables by how far apart the groups are (|standardized difference|).
 * Differences are risk − continuing: a negative value means the risk group has less of it.
 */
import {
  compareCategorical,
  compareContinuous,
  type ContinuousComparison,
} from '../stats/group-comparison.ts';
import type { ModeSummary } from '../stats/descriptive.ts';
import { columnOf, type FeatureTable } from './feature-table.ts';

export const GROUP_NONE = 0;
export const GROUP_CONTINUING = 1;
export const GROUP_RISK = 2;

/** Group of each of `rows` (GROUP_NONE, GROUP_CONTINUING or GROUP_RISK). */
export function assignGroups(
  table: FeatureTable,
  index: ArrayLike<number>,
  rows: ArrayLike<number>,
  threshold: number,
): Uint8Array {
  const out = new Uint8Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    const v = index[i];
    if (!Number.isFinite(v)) continue;
    if (v < threshold) out[k] = GROUP_RISK;
    else if (table.status[i] === 'continuing') out[k] = GROUP_CONTINUING;
  }
  return out;
}

export interface VariableComparison extends ContinuousComparison {
  name: string;
}

function split<T>(values: (k: number) => T, groups: Uint8Array): { continuing: T[]; risk: T[] } {
  const continuing: T[] = [];
  const risk: T[] = [];
  for (let k = 0; k < groups.length; k++) {
    if (groups[k] === GROUP_CONTINUING) continuing.push(values(k));
    else if (groups[k] === GROUP_RISK) risk.push(values(k));
  }
  return { continuing, risk };
}

/** Continuous comparison of every named variable; `a` is the risk group, `b` the continuing group. */
export function compareVariables(
  table: FeatureTable,
  rows: ArrayLike<number>,
  groups: Uint8Array,
  variables: readonly string[] = table.names,
): VariableComparison[] {
  return variables.map((name) => {
    const c = columnOf(table, name);
    const { continuing, risk } = split((k) => c[rows[k]], groups);
    return { name, ...compareContinuous(risk, continuing) };
  });
}

export interface CategoryComparison {
  name: string;
  continuing: ModeSummary<string>;
  risk: ModeSummary<string>;
}

/** Mode and share per group of a categorical attribute given per row of `rows` (aligned with `groups`). */
export function compareCategory(
  name: string,
  values: readonly (string | null)[],
  groups: Uint8Array,
): CategoryComparison {
  const { continuing, risk } = split((k) => values[k], groups);
  const c = compareCategorical<string>(risk, continuing);
  return { name, risk: c.a, continuing: c.b };
}

export interface RiskFactor {
  name: string;
  /** Standardized difference, risk − continuing. */
  difference: number;
  riskMean: number;
  continuingMean: number;
  welchP: number;
}

/** Variables ordered by how far apart the groups are, largest |standardized difference| first. */
export function rankRiskFactors(comparisons: readonly VariableComparison[]): RiskFactor[] {
  return comparisons
    .filter((c) => Number.isFinite(c.standardizedDifference))
    .map((c) => ({
      name: c.name,
      difference: c.standardizedDifference,
      riskMean: c.a.mean,
      continuingMean: c.b.mean,
      welchP: c.welchP,
    }))
    .sort((x, y) => Math.abs(y.difference) - Math.abs(x.difference));
}
