/**
 * Past matching history (과거 매칭 이력), per side: how well the counterpart's past matches turned out, with the
 * pair's own past matches counted more. Each resolved match has an outcome value
 *
 *   declined 0, accepted 0.6, met 0.8, contracted 1     (requested = still open: not counted)
 *
 * and the sub-score is a Beta-smoothed mean (shrinks towards the prior m when there are few matches):
 *
 *   history = (S_c + w_pair·S_p + a·m) / (N_c + w_pair·N_p + a)
 *
 * S_c, N_c: sum of outcome values and number of resolved matches of the counterpart (with anyone);
 * S_p, N_p: the same for this pair; defaults m = 0.5, a = 2, w_pair = 3. Range [0, 1].
 * No resolved match at all → NaN (no data; the neutral value 0.5 equals the prior, so nothing jumps).
 * Used twice: the buyer's record feeds the exporter's side, the exporter's record feeds the buyer's side.
 */
import { InputError } from '../../errors.ts';

export type MatchStatus = 'requested' | 'accepted' | 'declined' | 'met' | 'contracted';

export const OUTCOME_VALUES: Readonly<Record<MatchStatus, number | null>> = {
  requested: null,
  declined: 0,
  accepted: 0.6,
  met: 0.8,
  contracted: 1,
};

/** Outcome value of a match status (null for an open request); unknown status → InputError. */
export function outcomeValue(status: string): number | null {
  if (!(status in OUTCOME_VALUES)) {
    throw new InputError(
      `Unknown match status '${status}' (expected requested, accepted, declined, met or contracted).`,
      'bad-value',
    );
  }
  return OUTCOME_VALUES[status as MatchStatus];
}

/** Aggregates as SQL returns them (sum of outcome values and count of resolved matches). */
export interface HistoryInput {
  readonly counterpartOutcomeSum: number;
  readonly counterpartCount: number;
  readonly pairOutcomeSum?: number;
  readonly pairCount?: number;
}

export interface HistoryOptions {
  readonly priorMean?: number;
  readonly priorStrength?: number;
  readonly pairWeight?: number;
}

export function matchHistory(input: HistoryInput, options: HistoryOptions = {}): number {
  const m = options.priorMean ?? 0.5;
  const a = options.priorStrength ?? 2;
  const wp = options.pairWeight ?? 3;
  if (!(m >= 0 && m <= 1) || !(a >= 0) || !(wp >= 0)) {
    throw new InputError(
      'matchHistory: priorMean must be in 0..1, priorStrength and pairWeight ≥ 0.',
      'bad-parameter',
    );
  }
  const sc = input.counterpartOutcomeSum || 0;
  const nc = input.counterpartCount || 0;
  const sp = input.pairOutcomeSum || 0;
  const np = input.pairCount || 0;
  if (nc < 0 || np < 0 || sc < 0 || sp < 0 || sc > nc || sp > np) {
    throw new InputError(
      'matchHistory: counts and outcome sums must be ≥ 0 and each sum at most its count (outcomes are 0..1).',
      'bad-value',
    );
  }
  const n = nc + wp * np;
  if (n === 0) return NaN;
  return (sc + wp * sp + a * m) / (n + a);
}
