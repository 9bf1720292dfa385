/**
 * Baselines shown next to the hybrid in the evaluation
 * (docs/matching-method.md#8-evaluation--metricsts-evaluatets-baselinests): a model is only worth its complexity if
 * it beats these. Each returns one score per candidate, like the hybrid, so evaluate.ts ranks them all the same way.
 *   random      uniform scores from a seed (a different draw per user: seed hashed with the user index)
 *   popularity  how many distinct counterparts interacted with the candidate in the training data (most popular first)
 *   content-only: the hybrid with no collaborative column (prepareScoreColumns without `collaborative`)
 *   CF-only:      toUnitInterval(model.scoreRow(user)) (cf.ts)
 */
import { createRng, hashSeed } from '../random.ts';
import type { InteractionMatrix } from './cf-interactions.ts';

export function randomScores(n: number, seed: number, user = 0): Float32Array {
  const rng = createRng(hashSeed(`user:${user}`, seed));
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = rng.next();
  return out;
}

/**
 * Popularity of each candidate: distinct counterparts in the training matrix, scaled to [0, 1] by the maximum.
 * side 'cols' = buyers (recommended to exporters), 'rows' = exporters (recommended to buyers).
 */
export function popularityScores(matrix: InteractionMatrix, side: 'cols' | 'rows'): Float32Array {
  const m = side === 'cols' ? matrix.byCol : matrix.byRow;
  const out = new Float32Array(m.nRows);
  let max = 0;
  for (let i = 0; i < m.nRows; i++) {
    out[i] = m.offsets[i + 1] - m.offsets[i];
    if (out[i] > max) max = out[i];
  }
  if (max > 0) for (let i = 0; i < out.length; i++) out[i] /= max;
  return out;
}
