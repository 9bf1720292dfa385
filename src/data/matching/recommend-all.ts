/**
 * Lists for many parties at once — every participant of a fair (`match --all`, the staff's exposure simulation,
 * the 5,000 × 5,000 benchmark). Parties are served in the order given and every list shown adds one to the exposure
 * of its members, so the exposure boost steers later lists towards parties shown little so far (fair opportunity).
 * Each party's draw uses the run's seed hashed with its id, so a single list can be re-created on its own.
 */
import { hashSeed } from '../../core/random.ts';
import type { MatchWeights } from '../../core/matching/index.ts';
import type { CandidateList } from './candidate-list.ts';
import { recommend, type RecommendedItem, type SamplingSettings } from './recommend.ts';

export interface ListResult {
  readonly focusId: string;
  readonly items: RecommendedItem[];
}

export function recommendAll(
  lists: readonly CandidateList[],
  weights: MatchWeights,
  sampling: SamplingSettings,
  /** Exposure per directory index of the candidates' side; updated in place as lists are produced. */
  exposure: Float64Array,
): ListResult[] {
  return lists.map((list) => {
    const items = recommend(
      list,
      weights,
      { ...sampling, seed: hashSeed(list.focusId, sampling.seed) },
      exposure,
    );
    for (const it of items) {
      const j = list.candidateIndex[it.index];
      if (j >= 0) exposure[j] += 1;
    }
    return { focusId: list.focusId, items };
  });
}
