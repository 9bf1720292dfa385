/**
 * Pearson correlation with its two-sided p-value. With a 0/1 variable it is the point-biserial correlation
 * used to screen candidate predictors against the continuity label (docs/continuity-method.md#4-screening-피어슨-상관계수법).
 * p from t = r √((n−2)/(1−r²)) with n − 2 degrees of freedom (exact under normality; the usual test).
 * Pairs where either value is missing (NaN / ±Infinity) are left out; `n` says how many pairs were used.
 */
import { studentTTwoSidedP } from './distributions.ts';

export interface Correlation {
  /** Correlation coefficient; NaN when a variable is constant or fewer than 2 pairs remain. */
  r: number;
  /** Two-sided p-value of H0: ρ = 0; NaN when r is NaN or n < 3. */
  p: number;
  /** Complete pairs used. */
  n: number;
}

export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): Correlation {
  if (x.length !== y.length) throw new RangeError(`pearson: lengths differ (${x.length} vs ${y.length})`);
  let n = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < x.length; i++) {
    const a = x[i];
    const b = y[i];
    if (Number.isFinite(a) && Number.isFinite(b)) {
      n++;
      sx += a;
      sy += b;
    }
  }
  if (n < 2) return { r: NaN, p: NaN, n };
  const mx = sx / n;
  const my = sy / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < x.length; i++) {
    const a = x[i];
    const b = y[i];
    if (Number.isFinite(a) && Number.isFinite(b)) {
      const dx = a - mx;
      const dy = b - my;
      sxx += dx * dx;
      syy += dy * dy;
      sxy += dx * dy;
    }
  }
  if (sxx === 0 || syy === 0) return { r: NaN, p: NaN, n };
  const r = Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
  return { r, p: correlationPValue(r, n), n };
}

/** Point-biserial correlation of x with a 0/1 label: Pearson's r with y coded 0/1. */
export const pointBiserial = pearson;

/** Two-sided p-value of a correlation r from n pairs (t test with n − 2 df). */
export function correlationPValue(r: number, n: number): number {
  if (Number.isNaN(r) || n < 3) return NaN;
  if (Math.abs(r) === 1) return 0;
  const t = r * Math.sqrt((n - 2) / (1 - r * r));
  return studentTTwoSidedP(t, n - 2);
}
