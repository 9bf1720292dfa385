/**
 * The collaborative-filtering configuration the product uses, chosen by evaluation (docs/matching-method.md §5):
 * which model, its hyper-parameters, κ of the n/(n+κ) blend, and the evidence weights of the interaction matrix.
 * Tuned on the sample's 2022 and 2023 events (train before each, test on it; criterion: mean NDCG@10 of both
 * directions) with scripts/tune-matching-cf.ts — never on the 2024 event that the reported evaluation uses.
 * Implicit ALS won (0.274 vs 0.270 for the best item-kNN, 0.244 content-only; 9 of the 10 best settings were ALS).
 */
import type { CfOptions } from '../../core/matching/index.ts';
import { DEFAULT_INTERACTION_WEIGHTS, type InteractionWeights } from './interactions.ts';

export interface CfSettings {
  readonly model: CfOptions;
  /** κ in α(n) = n / (n + κ). */
  readonly kappa: number;
  readonly interactions: InteractionWeights;
}

export const DEFAULT_CF_SETTINGS: CfSettings = {
  model: {
    kind: 'als',
    factors: 32,
    regularization: 0.1,
    alpha: 2,
    iterations: 15,
    confidence: 'linear',
    seed: 7,
    // Conjugate gradient, 3 steps from the previous factors (issue 9): same NDCG@10 on the sample's held-out
    // event as the exact Cholesky solve (docs/matching-method.md §5), about 20× faster at 20k × 100k with wasm.
    solver: 'cg',
    cgSteps: 3,
  },
  kappa: 5,
  interactions: DEFAULT_INTERACTION_WEIGHTS,
};
