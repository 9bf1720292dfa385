/**
 * Distribution functions used for p-values and confidence intervals: standard normal (z tests of logit
 * coefficients, CIs), Student t (Pearson r, Welch), chi-square (likelihood-ratio test, Hosmer–Lemeshow).
 * Tails are computed directly (never as 1 − CDF) so that tiny p-values keep their relative precision.
 */
import { betaInc, erfc, gammaQ, gammaP } from './special.ts';

/** Φ(z), the standard normal CDF. */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** 1 − Φ(z), the standard normal upper tail. */
export function normalSf(z: number): number {
  return 0.5 * erfc(z / Math.SQRT2);
}

/** Two-sided p-value of a z statistic: P(|Z| ≥ |z|). */
export function normalTwoSidedP(z: number): number {
  return erfc(Math.abs(z) / Math.SQRT2);
}

/** Standard normal density φ(z). */
export function normalPdf(z: number): number {
  return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
}

/**
 * Φ⁻¹(p): Abramowitz & Stegun 26.2.23 as a start (|error| < 4.5e-4), then Newton steps on the accurate CDF
 * (quadratic convergence: three or four steps reach machine precision).
 */
export function normalQuantile(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (p > 0.5) return -normalQuantile(1 - p);
  const t = Math.sqrt(-2 * Math.log(p));
  let x = -(
    t -
    (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t ** 3)
  );
  for (let i = 0; i < 8; i++) {
    const density = normalPdf(x);
    if (density === 0) break;
    const step = (normalCdf(x) - p) / density;
    x -= step;
    if (Math.abs(step) < 1e-15 * Math.max(1, Math.abs(x))) break;
  }
  return x;
}

/** P(T ≤ t) for Student's t with `df` > 0 degrees of freedom (df may be fractional, as in Welch's test). */
export function studentTCdf(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  const tail = 0.5 * studentTTwoSidedP(t, df);
  return t > 0 ? 1 - tail : tail;
}

/** Two-sided p-value P(|T| ≥ |t|) = I_{ν/(ν+t²)}(ν/2, 1/2). */
export function studentTTwoSidedP(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (!Number.isFinite(t)) return 0;
  const t2 = t * t;
  return betaInc(df / 2, 0.5, df / (df + t2), t2 / (df + t2));
}

/** P(X ≤ x) for chi-square with k degrees of freedom. */
export function chiSquareCdf(x: number, k: number): number {
  return gammaP(k / 2, x / 2);
}

/** P(X ≥ x) for chi-square with k degrees of freedom (upper tail, accurate when small). */
export function chiSquareSf(x: number, k: number): number {
  return gammaQ(k / 2, x / 2);
}
