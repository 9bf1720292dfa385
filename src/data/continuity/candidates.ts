/**
 * The candidate variables of the continuity model (docs/continuity-method.md#3-candidate-variables), in the order the
 * model card lists them. Only names and groups live here; their Korean/English labels, definitions and missing-value
 * rules are UI text in src/app/i18n/continuity.*.ts (keys `cvar.<name>`, `cvar.<name>.def`, `cvar.<name>.missing`),
 * and the SQL that computes them is feature-sql.ts. docs/continuity-method.md documents each one.
 */
export type VariableGroup =
  'capability' | 'stability' | 'credit' | 'external' | 'world' | 'history' | 'missing';

export interface CandidateVariable {
  name: string;
  group: VariableGroup;
}

export const CANDIDATES: readonly CandidateVariable[] = [
  { name: 'lang_staff', group: 'capability' },
  { name: 'marketing_staff_log', group: 'capability' },
  { name: 'trade_show', group: 'capability' },
  { name: 'certifications', group: 'capability' },
  { name: 'firm_age', group: 'stability' },
  { name: 'employees_log', group: 'stability' },
  { name: 'net_margin', group: 'stability' },
  { name: 'operating_margin', group: 'stability' },
  { name: 'sales_growth', group: 'stability' },
  { name: 'capital_log', group: 'stability' },
  { name: 'credit_grade', group: 'credit' },
  { name: 'fx_change', group: 'external' },
  { name: 'crisis_level', group: 'external' },
  { name: 'import_growth', group: 'external' },
  { name: 'oil_change', group: 'world' },
  { name: 'raw_material_change', group: 'world' },
  // The window pattern the status is made of, as separate indicators: exported at t, t−1 and t−2 (so the
  // model can tell "exported last year but not this year" from the reverse). years_exported is their sum and
  // comes after them, so the default selection drops it as aliased and keeps the indicators.
  { name: 'exported_now', group: 'history' },
  { name: 'exported_prev', group: 'history' },
  { name: 'exported_prev2', group: 'history' },
  { name: 'years_exported', group: 'history' },
  { name: 'years_since_first_export', group: 'history' },
  { name: 'export_run', group: 'history' },
  { name: 'n_markets', group: 'history' },
  { name: 'hs_diversity', group: 'history' },
  { name: 'value_growth', group: 'history' },
  { name: 'missing_financials', group: 'missing' },
  { name: 'missing_capability', group: 'missing' },
  { name: 'missing_credit', group: 'missing' },
];

export const CANDIDATE_NAMES: readonly string[] = CANDIDATES.map((c) => c.name);

/** The candidate set before the export-history indicators (for the benchmark's side-by-side comparison). */
export const HISTORY_ADDITIONS: readonly string[] = [
  'exported_prev',
  'exported_prev2',
  'years_since_first_export',
  'export_run',
];

export const VARIABLE_GROUPS: readonly VariableGroup[] = [
  'capability',
  'stability',
  'credit',
  'external',
  'world',
  'history',
  'missing',
];
