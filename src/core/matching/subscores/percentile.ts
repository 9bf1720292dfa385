/**
 * Percentile scaler (empirical CDF with mid-ranks): maps a raw value to its position in a reference population,
 * in [0, 1]. Used to bring employees, won amounts, growth rates and ages onto one scale without assuming a
 * distribution (money is heavy-tailed; a percentile is robust to that and to the currency unit).
 *
 *   P(x) = (#{v < x} + ½ #{v = x}) / n      over the n non-missing population values
 *
 * The population's median maps to ≈ 0.5 and a population of one maps to 0.5. Missing x → NaN;
 * an all-missing population → NaN for every x. Lookup is a binary search on a sorted Float64Array: O(log n).
 */
export type PercentileScaler = (x: number) => number;

export function createPercentileScaler(population: ArrayLike<number>): PercentileScaler {
  let n = 0;
  for (let i = 0; i < population.length; i++) if (Number.isFinite(population[i])) n++;
  const sorted = new Float64Array(n);
  let j = 0;
  for (let i = 0; i < population.length; i++) {
    const v = population[i];
    if (Number.isFinite(v)) sorted[j++] = v;
  }
  sorted.sort();
  return (x: number): number => {
    if (n === 0 || !Number.isFinite(x)) return NaN;
    const below = lowerBound(sorted, x);
    const notAbove = upperBound(sorted, x);
    return (below + 0.5 * (notAbove - below)) / n;
  };
}

/** First index with sorted[i] >= x. */
function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index with sorted[i] > x. */
function upperBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
