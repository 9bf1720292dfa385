/**
 * The vocabulary shared by the matching SQL, the orchestration, the CLI and the app
 * (docs/matching-method.md#1-pipeline-for-one-list): which side a list is for, the eligibility rules (each a switch),
 * the analyst's filters, and the point in time the data are read at (live = everything; evaluation = only what was
 * known before the event).
 */
export type PartyType = 'exporter' | 'buyer';

export function otherSide(t: PartyType): PartyType {
  return t === 'exporter' ? 'buyer' : 'exporter';
}

/**
 * Hard eligibility rules, each a switch
 * (docs/matching-method.md#11-eligibility-hard-filters-in-sql-each-a-switch--srcdatamatchingpair-feature-sqlts).
 */
export interface EligibilityRules {
  /** A buyer interest (HS prefix) must prefix one of the exporter's HS6 products. */
  readonly productMatch: boolean;
  /** Bad-credit buyers (신용불량): removed ('exclude') or kept and flagged on their card ('flag'). */
  readonly badCredit: 'exclude' | 'flag';
  /** Remove buyers whose country's crisis level (travel advisory 0..4) is at or above `crisisThreshold`. */
  readonly excludeCrisis: boolean;
  readonly crisisThreshold: number;
}

export const DEFAULT_RULES: EligibilityRules = {
  productMatch: true,
  badCredit: 'exclude',
  excludeCrisis: true,
  crisisThreshold: 3,
};

/** Analyst filters on top of the rules. */
export interface MatchFilters {
  /** Limit both sides to this event's participants (and require the focus firm to be one). */
  readonly eventId?: string | null;
  /** Buyer countries (ISO alpha-2) to keep; empty = all. */
  readonly countries?: readonly string[];
  /** HS prefix (2–6 digits) the matched product must start with; empty = any. */
  readonly hsPrefix?: string | null;
}

/**
 * When the data are read. `cutoff` (ISO timestamp) excludes matches requested and web-log events at or after it
 * (null = use everything: live recommendations). `year` is the year whose firm facts, macro data and crisis levels
 * are used (the latest row at or before it).
 */
export interface AsOf {
  readonly cutoff: string | null;
  readonly year: number;
}

/** One party of the other side as a candidate for a list, with what the card needs besides the scores. */
export interface CandidateInfo {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string | null;
  readonly country: string | null;
  readonly badCredit: boolean;
  /** The best-fitting exporter product (HS6) and buyer interest (HS prefix) of the pair. */
  readonly productHs: string | null;
  readonly interestHs: string | null;
}
