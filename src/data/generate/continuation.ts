/**
 * The planted export-continuation process (the label it feeds:
 * docs/continuity-method.md#2-label-the-status-of-the-next-year), the truth the continuity index must recover: for a
 * firm with an export history, whether it exports in year t+1 is Bernoulli(σ(η)),
 *   η = intercept + Σ_j β_j · x_j(t),
 * where every x_j is computable from the contract columns at year t by the exact rule in VARIABLES.
 * Candidates that are deliberately absent (β = 0) are listed in NULL_CANDIDATES so that screening and
 * the fitted model can be checked for false positives as well.
 */

export const CONTINUATION_INTERCEPT = -1.2;

export const CONTINUATION_COEFFICIENTS = {
  exported_t: 2.4,
  lang_staff: 0.45,
  log1p_marketing_staff: 0.4,
  trade_show: 0.6,
  certifications: 0.12,
  firm_age: 0.01,
  operating_margin: 3.0,
  sales_growth: 1.0,
  credit_grade: -0.15,
  crisis_exposure: -0.45,
  import_growth_exposure: 1.5,
  fx_change_exposure: -2.5,
  oil_change: -0.6,
} as const;

export type ContinuationVariable = keyof typeof CONTINUATION_COEFFICIENTS;
export type ContinuationInputs = Record<ContinuationVariable, number>;

/** Exact definitions, in terms of contract columns at year t (firm i). */
export const CONTINUATION_VARIABLES: Readonly<Record<ContinuationVariable, string>> = {
  exported_t: '1 if sum(exports.value_usd) > 0 for (exporter_id, t), else 0',
  lang_staff: 'firm_years.lang_staff at t as 1/0; NULL → 0',
  log1p_marketing_staff: 'ln(1 + firm_years.overseas_marketing_staff at t); NULL → 0',
  trade_show: 'firm_years.trade_show at t as 1/0; NULL → 0',
  certifications: 'firm_years.certifications at t; NULL → 0',
  firm_age: 't − exporters.founded_year',
  operating_margin:
    'firm_years.operating_profit_krw / firm_years.sales_krw at t, clipped to [−1, 1]; 0 when either is NULL or sales_krw ≤ 0',
  sales_growth:
    'firm_years.sales_growth at t; when NULL: sales_krw(t) / sales_krw(t−1) − 1 if both firm_years rows and values exist, else 0; clipped to [−1, 3]',
  credit_grade: 'firm_years.credit_grade at t (1 best … 10 worst); NULL → 5',
  crisis_exposure:
    "Σ_c w_c · country_macro.crisis_level(c, t), w_c = the firm's share of exports.value_usd going to country c in year t; 0 when it did not export in t",
  import_growth_exposure:
    'Σ_c w_c · country_macro.import_growth(c, t) (NULL → 0); 0 when it did not export in t',
  fx_change_exposure:
    'Σ_c w_c · (country_macro.fx_per_usd(c, t) / country_macro.fx_per_usd(c, t−1) − 1); 0 when it did not export in t',
  oil_change: 'world_macro.oil_usd_bbl(t) / world_macro.oil_usd_bbl(t−1) − 1',
};

/**
 * Candidates (docs/continuity-method.md#3-candidate-variables) that have no effect in the planted process (true β =
 * 0).
 */
export const NULL_CANDIDATES: readonly string[] = [
  'employees',
  'net_income_krw',
  'capital_krw',
  'raw_material_change (world_macro.raw_material_index(t)/(t−1) − 1)',
  'number of destination markets at t',
  'HS diversity at t',
  'export value growth',
];

export function continuationEta(x: ContinuationInputs): number {
  let eta = CONTINUATION_INTERCEPT;
  for (const k of Object.keys(CONTINUATION_COEFFICIENTS) as ContinuationVariable[]) {
    eta += CONTINUATION_COEFFICIENTS[k] * x[k];
  }
  return eta;
}

/**
 * The 'history' process (`generate --continuation history`): exporting next year depends on exporting at t and
 * at t−1 with different weights (the pattern the status window is made of), on capability and on destination
 * crisis. It lets a benchmark check that the index reads the export pattern, not just "exported at t".
 */
export const HISTORY_INTERCEPT = -1.7;

export const HISTORY_COEFFICIENTS = {
  exported_t: 1.0,
  exported_t1: 2.2,
  lang_staff: 0.45,
  log1p_marketing_staff: 0.4,
  trade_show: 0.6,
  certifications: 0.12,
  crisis_exposure: -0.6,
} as const;

export type HistoryVariable = keyof typeof HISTORY_COEFFICIENTS;

export const HISTORY_VARIABLES: Readonly<Record<HistoryVariable, string>> = {
  exported_t: CONTINUATION_VARIABLES.exported_t,
  exported_t1:
    '1 if sum(exports.value_usd) > 0 for (exporter_id, t − 1), else 0 (also when t − 1 is unobserved)',
  lang_staff: CONTINUATION_VARIABLES.lang_staff,
  log1p_marketing_staff: CONTINUATION_VARIABLES.log1p_marketing_staff,
  trade_show: CONTINUATION_VARIABLES.trade_show,
  certifications: CONTINUATION_VARIABLES.certifications,
  crisis_exposure: CONTINUATION_VARIABLES.crisis_exposure,
};

export function historyEta(x: ContinuationInputs, exportedPrev: number): number {
  const c = HISTORY_COEFFICIENTS;
  return (
    HISTORY_INTERCEPT +
    c.exported_t * x.exported_t +
    c.exported_t1 * exportedPrev +
    c.lang_staff * x.lang_staff +
    c.log1p_marketing_staff * x.log1p_marketing_staff +
    c.trade_show * x.trade_show +
    c.certifications * x.certifications +
    c.crisis_exposure * x.crisis_exposure
  );
}
