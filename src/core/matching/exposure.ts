/**
 * Exposure and fair opportunity (공정한 기회 제공): how often each party has been shown in recommendation lists,
 * a boost for parties shown little, and the distribution staff watch (Gini coefficient, Lorenz curve).
 *
 * Boost, added to a candidate's fused score before the top pool is taken (sample-top-k.ts):
 *   linear: λ · (1 − e / e_max)
 *   log:    λ · (1 − ln(1 + e) / ln(1 + e_max))      (gentler on the long tail: the first showings count most)
 * Both are λ for a party never shown and 0 for the most shown; all zeros when nobody has been shown yet.
 * With scores in [0, 1], λ = 0.05–0.1 lets a slightly weaker but unseen firm overtake a popular one without
 * letting a poor fit in. Exposure is a count (or a discounted count) per party; missing/NaN counts as 0.
 *
 * Gini over n parties sorted ascending x_(1) ≤ … ≤ x_(n):  G = Σ_i (2i − n − 1) x_(i) / (n Σ x)  ∈ [0, 1 − 1/n]
 * (0 = everyone shown equally; all-zero exposure → 0). Lorenz curve: points (i/n, Σ_{j≤i} x_(j) / Σ x).
 */
import { InputError } from '../errors.ts';

export type BoostMode = 'linear' | 'log';

export function exposureBoost(
  exposure: ArrayLike<number>,
  lambda: number,
  mode: BoostMode = 'linear',
  out: Float32Array = new Float32Array(exposure.length),
): Float32Array {
  if (!Number.isFinite(lambda) || lambda < 0) {
    throw new InputError(
      `Exposure boost λ must be a finite number ≥ 0, got ${String(lambda)}.`,
      'bad-parameter',
    );
  }
  if (out.length !== exposure.length)
    throw new InputError('exposureBoost: output length mismatch.', 'bad-shape');
  let max = 0;
  for (let i = 0; i < exposure.length; i++) {
    const e = exposure[i];
    if (e < 0) throw new InputError(`Exposure counts must be ≥ 0, got ${e} at ${i}.`, 'bad-value');
    if (e > max) max = e;
  }
  if (max === 0 || lambda === 0) {
    out.fill(0);
    return out;
  }
  const denom = mode === 'log' ? Math.log1p(max) : max;
  for (let i = 0; i < exposure.length; i++) {
    const e = exposure[i] > 0 ? exposure[i] : 0;
    out[i] = lambda * (1 - (mode === 'log' ? Math.log1p(e) : e) / denom);
  }
  return out;
}

/** Exposure count per party from recommendation lists (each list: party indices in 0..n−1). */
export function exposureCounts(lists: Iterable<ArrayLike<number>>, nParties: number): Float64Array {
  const counts = new Float64Array(nParties);
  for (const list of lists) {
    for (let j = 0; j < list.length; j++) {
      const p = list[j];
      if (!Number.isInteger(p) || p < 0 || p >= nParties) {
        throw new InputError(`Party index ${p} is outside 0..${nParties - 1}.`, 'bad-value');
      }
      counts[p]++;
    }
  }
  return counts;
}

function sortedNonNegative(values: ArrayLike<number>): Float64Array {
  const xs = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < 0) throw new InputError(`Gini/Lorenz need values ≥ 0, got ${v} at ${i}.`, 'bad-value');
    xs[i] = Number.isNaN(v) ? 0 : v;
  }
  return xs.sort();
}

/** Gini coefficient of a non-negative distribution (NaN treated as 0); empty or all-zero → 0. */
export function gini(values: ArrayLike<number>): number {
  const xs = sortedNonNegative(values);
  const n = xs.length;
  let total = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    total += xs[i];
    weighted += (2 * (i + 1) - n - 1) * xs[i];
  }
  return n === 0 || total === 0 ? 0 : weighted / (n * total);
}

export interface LorenzPoint {
  /** Cumulative share of parties (least exposed first), 0..1. */
  readonly population: number;
  /** Cumulative share of exposure, 0..1. */
  readonly share: number;
}

/**
 * Lorenz curve from (0, 0) to (1, 1). With more parties than `maxPoints`, it is sampled at evenly spaced
 * population shares (exact values at those points). All-zero exposure → the diagonal (perfect equality).
 */
export function lorenzCurve(values: ArrayLike<number>, maxPoints = 101): LorenzPoint[] {
  const xs = sortedNonNegative(values);
  const n = xs.length;
  if (n === 0) return [];
  const cum = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) cum[i + 1] = cum[i] + xs[i];
  const total = cum[n];
  const steps = Math.max(1, Math.min(n, Math.floor(maxPoints) - 1));
  const points: LorenzPoint[] = [];
  for (let s = 0; s <= steps; s++) {
    const i = Math.round((s * n) / steps);
    points.push({ population: i / n, share: total === 0 ? i / n : cum[i] / total });
  }
  return points;
}
