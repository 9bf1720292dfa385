/**
 * "랜덤한 상위 MAX 10": from one firm's scored candidates, draw up to k at random among the best (Gumbel-top-k with
 * a temperature and a seed: the same seed gives the same list), with a boost for parties that have been shown
 * little (fair opportunity), and explain each drawn candidate per variable (the card's bars).
 */
import {
  exposureBoost,
  sampleTopK,
  type BoostMode,
  type FusedScore,
  type MatchWeights,
  type VariableId,
} from '../../core/matching/index.ts';
import type { CandidateList } from './candidate-list.ts';
import type { CandidateInfo } from './matching-types.ts';

export interface SamplingSettings {
  /** How many to show (≤ 10 in the product). */
  readonly k: number;
  readonly seed: number;
  /** Gumbel temperature in score units; 0 = the deterministic top k. */
  readonly temperature: number;
  /** Size of the top pool drawn from. */
  readonly poolSize: number;
  /** Exposure boost λ (0 = off). */
  readonly boostLambda: number;
  readonly boostMode: BoostMode;
}

export const DEFAULT_SAMPLING: Omit<SamplingSettings, 'seed'> = {
  k: 10,
  temperature: 0.05,
  poolSize: 50,
  boostLambda: 0.1,
  boostMode: 'log',
};

/** The sub-scores shown for a candidate: every variable, plus the collaborative signal. */
export type ScoreParts = Partial<Record<VariableId | 'collaborative', number>>;

export interface RecommendedItem extends CandidateInfo {
  /** Index in the candidate list. */
  readonly index: number;
  /** Fused reciprocal score in [0, 1]. */
  readonly score: number;
  /** Exposure boost added for the draw. */
  readonly boost: number;
  readonly parts: ScoreParts;
  readonly explanation: FusedScore;
}

/** Exposure of each candidate, gathered from a per-directory-index array of the other side. */
export function candidateExposure(list: CandidateList, exposure: ArrayLike<number>): Float64Array {
  const idx = list.candidateIndex;
  const out = new Float64Array(idx.length);
  for (let i = 0; i < idx.length; i++) {
    const j = idx[i];
    out[i] = j >= 0 ? exposure[j] || 0 : 0;
  }
  return out;
}

export function explainCandidate(
  list: CandidateList,
  index: number,
  weights: MatchWeights,
): { parts: ScoreParts; explanation: FusedScore } {
  const explanation = list.ranker.explain(index, weights);
  return { parts: { ...explanation.parts, collaborative: list.cf[index] }, explanation };
}

export function recommend(
  list: CandidateList,
  weights: MatchWeights,
  sampling: SamplingSettings,
  exposure?: ArrayLike<number>,
): RecommendedItem[] {
  if (list.candidates.length === 0) return [];
  const scores = list.ranker.scoreAll(weights);
  const boost =
    exposure && sampling.boostLambda > 0
      ? exposureBoost(candidateExposure(list, exposure), sampling.boostLambda, sampling.boostMode)
      : undefined;
  const drawn = sampleTopK(scores, {
    k: sampling.k,
    seed: sampling.seed,
    temperature: sampling.temperature,
    poolSize: sampling.poolSize,
    boost,
  });
  const items = drawn.map((d) => {
    const { parts, explanation } = explainCandidate(list, d.index, weights);
    return {
      ...list.candidates.at(d.index),
      index: d.index,
      score: explanation.score,
      boost: boost ? boost[d.index] : 0,
      parts,
      explanation,
    };
  });
  // Shown best first by the score the card displays (the boost only decides who is drawn); ties by list order.
  return items.sort((a, b) => b.score - a.score || a.index - b.index);
}
