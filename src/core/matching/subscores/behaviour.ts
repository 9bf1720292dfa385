/**
 * Web-log behaviour (웹 로그: 세션 타임, 검색어, 클릭, 페이지 이동, 저장) of one party towards one counterpart,
 * in [0, 1]. The events of consented users that target the counterpart (its profile page, a search whose query
 * matches it, a click on it, a save to the SAVE LIST, a meeting request) are summed into an interest count
 *
 *   c = 0.5·sessions + 0.2·minutes + 0.5·pageViews + 1·searches + 1·clicks + 3·saves + 5·requests
 *
 * and saturated: interest = 1 − exp(−c / 5)  (one save → 0.45, a save and a request → 0.80, nothing → 0).
 * 0 means "no recorded interest", not "bad". A party with no web log at all (not consented, never logged in)
 * → NaN (no data), so consent does not change anyone's rank beyond the neutral value.
 * The exporter's behaviour feeds the exporter's side (수출기업 관심), the buyer's the buyer's side (바이어 관심).
 */
import { checkPositiveParameter, orNaN, type Maybe } from './common.ts';

export interface BehaviourCounts {
  /** Sessions in which the counterpart was viewed. */
  readonly sessions?: Maybe;
  /** Total dwell time on the counterpart's pages (weblog duration_ms / 1000). */
  readonly dwellSeconds?: Maybe;
  /** page_view events on the counterpart (page moves). */
  readonly pageViews?: Maybe;
  /** search events whose query matched the counterpart (its name, HS code or country). */
  readonly searches?: Maybe;
  readonly clicks?: Maybe;
  readonly saves?: Maybe;
  readonly requests?: Maybe;
}

export type BehaviourWeights = Readonly<Record<keyof BehaviourCounts, number>>;

/** Weight per event; dwellSeconds is per second (0.2 per minute). */
export const DEFAULT_BEHAVIOUR_WEIGHTS: BehaviourWeights = {
  sessions: 0.5,
  dwellSeconds: 0.2 / 60,
  pageViews: 0.5,
  searches: 1,
  clicks: 1,
  saves: 3,
  requests: 5,
};

/** The default weights' keys, listed once (behaviourCount runs for every candidate of a fair). */
const DEFAULT_KEYS = Object.keys(DEFAULT_BEHAVIOUR_WEIGHTS);

/** Weighted interest count c (missing counts are 0). */
export function behaviourCount(
  counts: BehaviourCounts,
  weights: BehaviourWeights = DEFAULT_BEHAVIOUR_WEIGHTS,
): number {
  let c = 0;
  const keys = weights === DEFAULT_BEHAVIOUR_WEIGHTS ? DEFAULT_KEYS : Object.keys(weights);
  for (const key of keys as (keyof BehaviourCounts)[]) {
    const v = orNaN(counts[key]);
    if (!Number.isNaN(v) && v > 0) c += weights[key] * v;
  }
  return c;
}

/** 1 − exp(−c / scale); NaN count → NaN; negative → 0. */
export function interestFromCount(count: number, scale = 5): number {
  checkPositiveParameter(scale, 'behaviour scale');
  if (Number.isNaN(count)) return NaN;
  return count <= 0 ? 0 : 1 - Math.exp(-count / scale);
}

/** Interest sub-score; `counts` null/undefined = the party has no web log at all → NaN. */
export function behaviourInterest(
  counts: BehaviourCounts | null | undefined,
  options: { readonly weights?: BehaviourWeights; readonly scale?: number } = {},
): number {
  if (!counts) return NaN;
  return interestFromCount(behaviourCount(counts, options.weights), options.scale);
}
