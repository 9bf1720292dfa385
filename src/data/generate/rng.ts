/**
 * Random helpers for the sample generator, all on the seeded xoshiro128** of src/core/random.ts so that a
 * seed gives the same dataset on every machine. Each domain (firms, buyers, matches …) draws from its own
 * named stream, so changing one module does not reshuffle the others.
 */
import { createRng, hashSeed, type Rng } from '../../core/random.ts';

export type { Rng };

/** An independent generator for one named purpose, e.g. stream(seed, 'firm:E000123'). */
export function stream(seed: number, label: string): Rng {
  return createRng(hashSeed(label, seed));
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** Rounds to `digits` decimals (half away from zero), so written values are short and stable. */
export function roundTo(x: number, digits = 0): number {
  const f = 10 ** digits;
  const r = Math.round(Math.abs(x) * f) / f;
  return x < 0 ? -r : r;
}

/** Rounds to a multiple of `step` (e.g. 1e6 KRW = 백만원 units of Korean financial statements). */
export function roundStep(x: number, step: number): number {
  const r = Math.round(Math.abs(x) / step) * step;
  return x < 0 ? -r : r;
}

export function bernoulli(rng: Rng, p: number): boolean {
  return rng.next() < p;
}

export function uniform(rng: Rng, lo: number, hi: number): number {
  return lo + (hi - lo) * rng.next();
}

/** Integer in [lo, hi] inclusive. */
export function intBetween(rng: Rng, lo: number, hi: number): number {
  return lo + rng.int(hi - lo + 1);
}

export function logNormal(rng: Rng, mu: number, sigma: number): number {
  return Math.exp(mu + sigma * rng.normal());
}

/** Poisson draw (Knuth for small λ, rounded normal approximation above 30). */
export function poisson(rng: Rng, lambda: number): number {
  if (lambda <= 0) return 0;
  if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * rng.normal()));
  const l = Math.exp(-lambda);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= rng.next();
  } while (p > l);
  return k - 1;
}

/** Picks items by fixed weights with a binary search over the cumulative sums. */
export class WeightedPicker<T> {
  private readonly cumulative: Float64Array;
  private readonly total: number;
  constructor(
    readonly items: readonly T[],
    weights: readonly number[],
  ) {
    if (items.length === 0 || items.length !== weights.length) throw new Error('WeightedPicker: bad input');
    this.cumulative = new Float64Array(items.length);
    let sum = 0;
    for (let i = 0; i < items.length; i++) {
      sum += Math.max(0, weights[i]);
      this.cumulative[i] = sum;
    }
    if (!(sum > 0)) throw new Error('WeightedPicker: weights sum to zero');
    this.total = sum;
  }

  index(rng: Rng): number {
    const u = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  pick(rng: Rng): T {
    return this.items[this.index(rng)];
  }

  /** Up to k distinct items (weighted, without replacement; gives up after a bounded number of tries). */
  distinct(rng: Rng, k: number): T[] {
    const chosen = new Set<number>();
    const want = Math.min(k, this.items.length);
    for (let tries = 0; chosen.size < want && tries < want * 30; tries++) chosen.add(this.index(rng));
    return [...chosen].sort((a, b) => a - b).map((i) => this.items[i]);
  }
}

/** One weighted pick from ad-hoc weights. */
export function pickWeighted<T>(rng: Rng, items: readonly T[], weights: readonly number[]): T {
  let total = 0;
  for (const w of weights) total += Math.max(0, w);
  let u = rng.next() * total;
  for (let i = 0; i < items.length; i++) {
    u -= Math.max(0, weights[i]);
    if (u < 0) return items[i];
  }
  return items[items.length - 1];
}

/**
 * k indices sampled without replacement with probability rising with exp(logWeight) (Gumbel-top-k):
 * how the generator's actors choose whom to contact.
 */
export function gumbelTopK(rng: Rng, logWeights: readonly number[], k: number): number[] {
  const keyed = logWeights.map((w, i) => {
    let u = rng.next();
    if (u === 0) u = 1e-12;
    return { i, key: w - Math.log(-Math.log(u)) };
  });
  keyed.sort((a, b) => b.key - a.key || a.i - b.i);
  return keyed.slice(0, Math.min(k, keyed.length)).map((x) => x.i);
}

/** k distinct integers of [0, n) in random order (Floyd's algorithm; cheap when k ≪ n). */
export function sampleIndices(rng: Rng, n: number, k: number): number[] {
  const want = Math.min(k, n);
  const chosen = new Set<number>();
  const out: number[] = [];
  for (let j = n - want; j < n; j++) {
    const t = rng.int(j + 1);
    const v = chosen.has(t) ? j : t;
    chosen.add(v);
    out.push(v);
  }
  return out;
}

export function shuffleInPlace<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = items[i];
    items[i] = items[j];
    items[j] = t;
  }
  return items;
}

export function padId(prefix: string, n: number, width: number): string {
  return prefix + String(n).padStart(width, '0');
}
