/**
 * Group comparison table rows (continuing group vs risk group,
 * docs/continuity-method.md#7-index-risk-group-and-monitoring): for a continuous variable the descriptive statistics
 * of both groups, the standardized difference and Welch's p; for a categorical one the mode of each group and its
 * share.
 */
import { describe, mode, type Category, type Description, type ModeSummary } from './descriptive.ts';
import { standardizedDifference, welchTest } from './welch.ts';

export interface ContinuousComparison {
  a: Description;
  b: Description;
  /** (mean a − mean b) / √((sd a² + sd b²)/2). */
  standardizedDifference: number;
  /** Welch's two-sided p for equal means. */
  welchP: number;
}

export function compareContinuous(a: ArrayLike<number>, b: ArrayLike<number>): ContinuousComparison {
  return {
    a: describe(a),
    b: describe(b),
    standardizedDifference: standardizedDifference(a, b),
    welchP: welchTest(a, b).p,
  };
}

export interface CategoricalComparison<T extends Category> {
  a: ModeSummary<T>;
  b: ModeSummary<T>;
}

export function compareCategorical<T extends Category>(
  a: ArrayLike<T | null | undefined>,
  b: ArrayLike<T | null | undefined>,
): CategoricalComparison<T> {
  return { a: mode(a), b: mode(b) };
}
