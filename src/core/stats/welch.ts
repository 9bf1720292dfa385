/**
 * Two-group comparison of a continuous variable: Welch's unequal-variance t test (Welch 1947; df by the
 * Welch–Satterthwaite formula) and the standardized mean difference (Austin 2009, "Balance diagnostics…",
 * d = (x̄₁ − x̄₂) / √((s₁² + s₂²)/2), with sample variances). Missing values (non-finite) are left out.
 */
import { studentTTwoSidedP } from './distributions.ts';
import { finiteValues, mean, variance } from './descriptive.ts';

export interface WelchTest {
  /** mean(a) − mean(b). */
  meanDifference: number;
  t: number;
  df: number;
  /** Two-sided p-value; NaN when undefined (a group with < 2 values, or both groups constant and equal). */
  p: number;
  nA: number;
  nB: number;
}

export function welchTest(a: ArrayLike<number>, b: ArrayLike<number>): WelchTest {
  const xa = finiteValues(a);
  const xb = finiteValues(b);
  const na = xa.length;
  const nb = xb.length;
  const meanDifference = mean(xa) - mean(xb);
  if (na < 2 || nb < 2) return { meanDifference, t: NaN, df: NaN, p: NaN, nA: na, nB: nb };
  const va = variance(xa) / na;
  const vb = variance(xb) / nb;
  const se2 = va + vb;
  if (se2 === 0) {
    // Both groups constant: the difference is certain (p = 0) or there is none (undefined).
    const p = meanDifference === 0 ? NaN : 0;
    return {
      meanDifference,
      t: meanDifference === 0 ? NaN : Math.sign(meanDifference) * Infinity,
      df: NaN,
      p,
      nA: na,
      nB: nb,
    };
  }
  const t = meanDifference / Math.sqrt(se2);
  const df = (se2 * se2) / ((va * va) / (na - 1) + (vb * vb) / (nb - 1));
  return { meanDifference, t, df, p: studentTTwoSidedP(t, df), nA: na, nB: nb };
}

/** Standardized mean difference (x̄a − x̄b) / √((s²a + s²b)/2); ±Infinity when both groups are constant and differ. */
export function standardizedDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const xa = finiteValues(a);
  const xb = finiteValues(b);
  const pooled = Math.sqrt((variance(xa) + variance(xb)) / 2);
  const d = mean(xa) - mean(xb);
  if (pooled === 0) return d === 0 ? 0 : Math.sign(d) * Infinity;
  return d / pooled;
}
