/**
 * The recent trend of a firm's index (docs/continuity-method.md#7-index-risk-group-and-monitoring): the least-squares
 * slope, in index points per year, over its last few scored years (default 3). Years need not be consecutive; the
 * slope uses the actual years.
 */

export interface IndexPoint {
  year: number;
  index: number;
}

/** Least-squares slope of y on x; NaN with fewer than two distinct x. */
export function slope(xs: ArrayLike<number>, ys: ArrayLike<number>): number {
  const n = xs.length;
  if (n < 2) return NaN;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i];
    my += ys[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
  }
  return sxx > 0 ? sxy / sxx : NaN;
}

/** Slope over the last `years` finite points (sorted by year). */
export function recentTrend(series: readonly IndexPoint[], years = 3): number {
  const pts = series
    .filter((p) => Number.isFinite(p.index))
    .sort((a, b) => a.year - b.year)
    .slice(-years);
  return slope(
    pts.map((p) => p.year),
    pts.map((p) => p.index),
  );
}
