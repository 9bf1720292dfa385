/**
 * Descriptive statistics for the group comparison table (continuing vs risk group,
 * docs/continuity-method.md#7-index-risk-group-and-monitoring): n, mean, sd, median, quartiles / IQR, min, max for
 * continuous variables; mode and its share for categorical ones. Missing values (NaN, null) are counted and left out,
 * never treated as zero.
 *
 * Conventions (stated because packages differ): sd is the sample sd (n − 1); quantiles are R's type 7 /
 * numpy's default "linear" interpolation, h = (n − 1)p; the mode's ties go to the smallest value.
 */

export interface Description {
  /** Finite values used. */
  n: number;
  /** Values left out: NaN / null / undefined / ±Infinity. */
  missing: number;
  mean: number;
  sd: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  iqr: number;
}

/** The finite values of `values`, as a new Float64Array. */
export function finiteValues(values: ArrayLike<number | null | undefined>): Float64Array {
  const out = new Float64Array(values.length);
  let m = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === 'number' && Number.isFinite(v)) out[m++] = v;
  }
  return out.subarray(0, m);
}

/** Arithmetic mean (two-pass, corrected), NaN when empty. */
export function mean(values: ArrayLike<number>): number {
  const n = values.length;
  if (n === 0) return NaN;
  let s = 0;
  for (let i = 0; i < n; i++) s += values[i];
  const m = s / n;
  let c = 0;
  for (let i = 0; i < n; i++) c += values[i] - m;
  return m + c / n;
}

/** Sample variance (divisor n − 1), NaN for fewer than two values. */
export function variance(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) return NaN;
  const m = mean(values);
  let ss = 0;
  let c = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i] - m;
    ss += d * d;
    c += d;
  }
  return (ss - (c * c) / n) / (n - 1);
}

/** Sample standard deviation (divisor n − 1). */
export function sd(values: ArrayLike<number>): number {
  return Math.sqrt(variance(values));
}

/** Ascending sorted copy. */
export function sortedCopy(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

/** Quantile of already-sorted values, R type 7 (numpy "linear"): h = (n − 1)p, linear between neighbours. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0 || !(p >= 0 && p <= 1)) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Quantile (type 7) of unsorted finite values. */
export function quantile(values: ArrayLike<number>, p: number): number {
  return quantileSorted(sortedCopy(values), p);
}

/** Median (type 7 at p = 0.5, i.e. the usual median). */
export function median(values: ArrayLike<number>): number {
  return quantile(values, 0.5);
}

/** Interquartile range q3 − q1 (type 7). */
export function iqr(values: ArrayLike<number>): number {
  const s = sortedCopy(values);
  return quantileSorted(s, 0.75) - quantileSorted(s, 0.25);
}

/** Summary of a continuous variable; non-finite values are counted in `missing` and left out. */
export function describe(values: ArrayLike<number | null | undefined>): Description {
  const x = finiteValues(values);
  const s = sortedCopy(x);
  const q1 = quantileSorted(s, 0.25);
  const q3 = quantileSorted(s, 0.75);
  return {
    n: x.length,
    missing: values.length - x.length,
    mean: mean(x),
    sd: sd(x),
    min: s.length ? s[0] : NaN,
    q1,
    median: quantileSorted(s, 0.5),
    q3,
    max: s.length ? s[s.length - 1] : NaN,
    iqr: q3 - q1,
  };
}

export type Category = string | number | boolean;

export interface ModeSummary<T extends Category> {
  /** The most frequent value, or null when there is no non-missing value. */
  value: T | null;
  count: number;
  /** count / n (non-missing values). */
  share: number;
  /** Non-missing values. */
  n: number;
  missing: number;
  /** How many distinct values share the top count (1 = a clear mode). */
  tiedValues: number;
}

/** Mode of a categorical variable and its share; null / undefined / NaN are missing; ties go to the smallest value. */
export function mode<T extends Category>(values: ArrayLike<T | null | undefined>): ModeSummary<T> {
  const counts = new Map<T, number>();
  let missing = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) {
      missing++;
      continue;
    }
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  let best: T | null = null;
  let bestCount = 0;
  let tied = 0;
  for (const [v, c] of counts) {
    if (c > bestCount) {
      best = v;
      bestCount = c;
      tied = 1;
    } else if (c === bestCount) {
      tied++;
      if (best !== null && compareCategories(v, best) < 0) best = v;
    }
  }
  const n = values.length - missing;
  return { value: best, count: bestCount, share: n ? bestCount / n : NaN, n, missing, tiedValues: tied };
}

function compareCategories(a: Category, b: Category): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}
