/**
 * The matching variables (docs/matching-method.md#3-sub-scores; proposal 2-1 ④ 필요 DATA 정의): one entry per bar the
 * user sees.
 *
 * Each variable is a pair-level sub-score in [0, 1] and feeds one or both directions of the reciprocal score:
 * side 'exporter' = how much the exporter gains from this buyer, side 'buyer' = how much the buyer gains from this
 * exporter, 'both' = the same number in each. Concepts that differ by direction (wishes, history, stability,
 * web-log interest) are two variables, so each direction is a plain weighted mean and every bar is one number.
 * The collaborative-filtering score is not a weighted variable: it is blended in by n/(n+κ) (blend.ts).
 */
export const VARIABLE_IDS = [
  'product',
  'price',
  'quantity',
  'exporter_wish',
  'buyer_wish',
  'buyer_history',
  'exporter_history',
  'exporter_stability',
  'buyer_stability',
  'external',
  'exporter_interest',
  'buyer_interest',
] as const;

export type VariableId = (typeof VARIABLE_IDS)[number];

/** Which direction(s) a variable counts in. */
export type Side = 'exporter' | 'buyer' | 'both';

export interface VariableDef {
  readonly id: VariableId;
  readonly labelKo: string;
  readonly labelEn: string;
  readonly side: Side;
  /** Default analyst weight (relative; each direction divides by its own weight sum). */
  readonly defaultWeight: number;
  /** Value used when the sub-score is missing (NaN); shown flagged as "no data". */
  readonly neutral: number;
  /** Module that computes it. */
  readonly source: string;
  /** One-line formula, for tooltips and docs. */
  readonly formula: string;
  /** What missing data does. */
  readonly missing: string;
}

export const VARIABLES: readonly VariableDef[] = [
  {
    id: 'product',
    labelKo: '품목(HS) 적합도',
    labelEn: 'Product fit (HS)',
    side: 'both',
    defaultWeight: 3,
    neutral: 0.5,
    source: 'subscores/product-fit.ts',
    formula:
      'interest prefix of product: HS6 1, HS4 0.75, HS2 0.5; shared prefix only: 4 digits 0.25, 2 digits 0.1',
    missing: 'no HS code on either side → neutral',
  },
  {
    id: 'price',
    labelKo: '가격 일치도',
    labelEn: 'Price fit',
    side: 'both',
    defaultWeight: 1.5,
    neutral: 0.5,
    source: 'subscores/price-fit.ts',
    formula: 'exp(−½(ln(unit/target)/σ)²), σ 0.25 above target, 0.5 below',
    missing: 'unit price or target price unknown → neutral',
  },
  {
    id: 'quantity',
    labelKo: '물량 일치도',
    labelEn: 'Quantity fit',
    side: 'both',
    defaultWeight: 1,
    neutral: 0.5,
    source: 'subscores/quantity-fit.ts',
    formula: '1 inside min_order..capacity, else exp(−½(d/0.7)²) with d the log distance to the range',
    missing:
      'wanted quantity unknown, or both bounds unknown → neutral; one bound unknown → open on that side',
  },
  {
    id: 'exporter_wish',
    labelKo: '수출기업 희망(목표시장)',
    labelEn: "Exporter's wish (target market)",
    side: 'exporter',
    defaultWeight: 1.5,
    neutral: 0.5,
    source: 'subscores/wishes.ts',
    formula: "1 if the buyer's country is among the exporter's target markets, else 0",
    missing: 'exporter lists no target markets → neutral',
  },
  {
    id: 'buyer_wish',
    labelKo: '바이어 희망 조건',
    labelEn: "Buyer's wishes",
    side: 'buyer',
    defaultWeight: 1.5,
    neutral: 0.5,
    source: 'subscores/wishes.ts',
    formula:
      'mean of: origin country matches; min(1, firm age / min years); holds a certification if required',
    missing: 'buyer sets no preference (or exporter facts unknown) → neutral',
  },
  {
    id: 'buyer_history',
    labelKo: '바이어 과거 매칭 이력',
    labelEn: "Buyer's matching record",
    side: 'exporter',
    defaultWeight: 1,
    neutral: 0.5,
    source: 'subscores/history.ts',
    formula: '(S_buyer + 3·S_pair + 2·0.5) / (N_buyer + 3·N_pair + 2); outcomes declined 0 … contracted 1',
    missing: 'no resolved past match → neutral (= the prior)',
  },
  {
    id: 'exporter_history',
    labelKo: '수출기업 과거 매칭 이력',
    labelEn: "Exporter's matching record",
    side: 'buyer',
    defaultWeight: 1,
    neutral: 0.5,
    source: 'subscores/history.ts',
    formula: '(S_exporter + 3·S_pair + 2·0.5) / (N_exporter + 3·N_pair + 2)',
    missing: 'no resolved past match → neutral (= the prior)',
  },
  {
    id: 'exporter_stability',
    labelKo: '수출기업 안정성',
    labelEn: 'Exporter stability',
    side: 'buyer',
    defaultWeight: 1,
    neutral: 0.5,
    source: 'subscores/stability.ts',
    formula:
      'continuity index / 100, else mean percentile of employees, net income, sales growth, op. profit, capital, age',
    missing: 'no firm_years row and no index → neutral',
  },
  {
    id: 'buyer_stability',
    labelKo: '바이어 안정성',
    labelEn: 'Buyer stability',
    side: 'exporter',
    defaultWeight: 1,
    neutral: 0.5,
    source: 'subscores/stability.ts',
    formula: 'mean percentile of revenue, age, employees; × 0.2 when bad credit',
    missing: 'nothing known → neutral',
  },
  {
    id: 'external',
    labelKo: '외부 환경(환율·위기·유가·원자재)',
    labelEn: 'External (FX, crisis, oil, raw materials)',
    side: 'both',
    defaultWeight: 0.5,
    neutral: 0.5,
    source: 'subscores/external.ts',
    formula:
      'weighted mean of logistic(−ΔFX/0.1), 1 − crisis/4, logistic(import growth/0.1), logistic(−Δoil/0.2), …',
    missing: 'each unknown component skipped; none known → neutral',
  },
  {
    id: 'exporter_interest',
    labelKo: '수출기업 관심 행동(웹 로그)',
    labelEn: "Exporter's interest (web log)",
    side: 'exporter',
    defaultWeight: 1,
    neutral: 0.5,
    source: 'subscores/behaviour.ts',
    formula: '1 − exp(−c/5), c = weighted sessions, minutes, page views, searches, clicks, saves, requests',
    missing: 'exporter has no (consented) web log → neutral; log but no event on this buyer → 0',
  },
  {
    id: 'buyer_interest',
    labelKo: '바이어 관심 행동(웹 로그)',
    labelEn: "Buyer's interest (web log)",
    side: 'buyer',
    defaultWeight: 1,
    neutral: 0.5,
    source: 'subscores/behaviour.ts',
    formula: '1 − exp(−c/5), as for the exporter',
    missing: 'buyer has no (consented) web log → neutral; log but no event on this exporter → 0',
  },
];

/** Analyst weights, one slider per variable (≥ 0). Omitted variables take their default weight. */
export type MatchWeights = Readonly<Partial<Record<VariableId, number>>>;

export const DEFAULT_WEIGHTS: Readonly<Record<VariableId, number>> = Object.fromEntries(
  VARIABLES.map((v) => [v.id, v.defaultWeight]),
) as Record<VariableId, number>;

const BY_ID = new Map<string, VariableDef>(VARIABLES.map((v) => [v.id, v]));

export function variableById(id: VariableId): VariableDef {
  return BY_ID.get(id) as VariableDef;
}

export function isVariableId(id: string): id is VariableId {
  return BY_ID.has(id);
}

/** True when the variable counts in the exporter's direction (exporter's gain from the buyer). */
export function countsForExporter(v: VariableDef): boolean {
  return v.side === 'exporter' || v.side === 'both';
}

/** True when the variable counts in the buyer's direction (buyer's gain from the exporter). */
export function countsForBuyer(v: VariableDef): boolean {
  return v.side === 'buyer' || v.side === 'both';
}
