/**
 * "Random top max 10" (랜덤한 상위 MAX 10): sample up to k candidates from the best `poolSize`, with probability
 * rising with the score, reproducibly from a seed.
 *
 * Method: Gumbel-top-k (Kool, van Hoof & Welling 2019, "Stochastic Beams and Where to Find Them"): add independent
 * Gumbel noise g_i = −ln(−ln u_i) to s_i / T and keep the k largest keys. This is exactly sampling k items without
 * replacement with P(i next) ∝ exp(s_i / T) (Plackett–Luce), in one pass and without rejection.
 *   T → 0 gives the deterministic top-k; large T approaches a uniform draw from the pool.
 *   s_i = fused score + exposure boost (exposure.ts), so under-exposed parties can enter the pool.
 * The random numbers come from src/core/random.ts (xoshiro128**), drawn in pool order (score order, ties by
 * index), so the same scores and seed always give the same list on every platform.
 *
 * Written here rather than taken from a library: this sampler is the product's core promise (a fair, random but
 * reproducible top 10 that staff can re-create from a seed), it is 40 lines, and it must use our seeded generator.
 */
import { InputError } from '../errors.ts';
import { createRng } from '../random.ts';
import { topKIndices } from './topk.ts';

export interface SampleTopKOptions {
  /** How many to return (default 10). */
  readonly k?: number;
  /** Size of the top pool sampled from (default 50). */
  readonly poolSize?: number;
  /** Temperature in score units (default 0.05: a score 0.05 higher is e ≈ 2.7 times as likely to come first). */
  readonly temperature?: number;
  readonly seed: number;
  /** Added to the scores (exposureBoost). */
  readonly boost?: ArrayLike<number>;
  /** 1 = eligible; candidates with 0 are never drawn. */
  readonly eligible?: ArrayLike<number>;
  /** 'score' (default): the drawn items ordered by adjusted score; 'sampled': in draw order. */
  readonly order?: 'score' | 'sampled';
}

export interface SampledItem {
  readonly index: number;
  /** The candidate's score as given. */
  readonly score: number;
  /** score + boost: what the draw used. */
  readonly adjusted: number;
}

export function sampleTopK(scores: ArrayLike<number>, options: SampleTopKOptions): SampledItem[] {
  const k = options.k ?? 10;
  const poolSize = options.poolSize ?? 50;
  const temperature = options.temperature ?? 0.05;
  if (!Number.isFinite(k) || k < 0) throw new InputError(`k must be ≥ 0, got ${String(k)}.`, 'bad-parameter');
  if (!Number.isFinite(poolSize) || poolSize < 0) {
    throw new InputError(`poolSize must be ≥ 0, got ${String(poolSize)}.`, 'bad-parameter');
  }
  if (!(temperature >= 0) || !Number.isFinite(temperature)) {
    throw new InputError(
      `temperature must be a finite number ≥ 0, got ${String(temperature)}.`,
      'bad-parameter',
    );
  }
  if (!Number.isFinite(options.seed)) {
    throw new InputError(`seed must be a finite number, got ${String(options.seed)}.`, 'bad-parameter');
  }
  const boost = options.boost;
  let adjusted: ArrayLike<number> = scores;
  if (boost) {
    if (boost.length !== scores.length) {
      throw new InputError(`boost has ${boost.length} entries for ${scores.length} scores.`, 'bad-shape');
    }
    const a = new Float64Array(scores.length);
    for (let i = 0; i < scores.length; i++) a[i] = scores[i] + boost[i];
    adjusted = a;
  }
  const pool = topKIndices(adjusted, Math.max(poolSize, k), { eligible: options.eligible });
  const m = pool.indices.length;
  const take = Math.min(Math.floor(k), m);
  const item = (p: number): SampledItem => {
    const index = pool.indices[p];
    return { index, score: scores[index], adjusted: pool.scores[p] };
  };
  if (temperature === 0 || take === m) {
    // Deterministic top-k, or everything in the pool is taken anyway (order still by score).
    if (temperature === 0 || options.order !== 'sampled')
      return Array.from({ length: take }, (_, p) => item(p));
  }
  const rng = createRng(options.seed);
  const keys = new Float64Array(m);
  for (let p = 0; p < m; p++) {
    let u = rng.next();
    while (u === 0) u = rng.next();
    keys[p] = pool.scores[p] / temperature - Math.log(-Math.log(u));
  }
  const drawn = topKIndices(keys, take).indices; // positions in the pool, in draw order
  const chosen = Array.from(drawn);
  if (options.order !== 'sampled') chosen.sort((a, b) => a - b); // pool order = adjusted score order
  return chosen.map(item);
}
