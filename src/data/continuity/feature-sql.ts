/**
 * The continuity model's feature table in SQL (docs/continuity-method.md#3-candidate-variables): one row per
 * firm-year t that has a status and a firm_years row (a firm not observed at t cannot be scored), with every
 * candidate variable known at t (DOUBLE, never NULL: missing inputs are imputed as documented in
 * docs/continuity-method.md, with a missing-indicator where missingness itself may carry information) and the label
 * from t+1: 1 = continuing at t+1, 0 = stopped at t+1, NULL = pending / beginner / not yet observed.
 *
 * Features and label never describe the same years: the status at t is computed from exports in t−2…t, so a
 * model fitted on the status of the years its features describe would learn the answer from the features
 * (years exported, exported in t) instead of predicting anything. The label is always the next year's status.
 *
 * External variables are weighted by the firm's export mix at t (value shares by destination); a firm that
 * did not export at t has no mix and gets 0 for them.
 *
 * Pitfall fixed here: DuckDB's least()/greatest() skip NULL arguments (least(1, NULL) = 1), so clipping a
 * missing ratio with them turns "unknown" into the bound. Clipping therefore goes through `clip()`, which keeps
 * NULL, and only then is the documented imputation applied.
 */
import { ident } from '../engine/engine.ts';
import { DEFAULT_RULES, statusSql, type StatusRules } from './status-rules.ts';

/** x clipped to [lo, hi], NULL kept NULL (unlike least/greatest). Bounds are constants of this module. */
function clip(x: string, lo: number, hi: number): string {
  return `CASE WHEN (${x}) IS NULL THEN NULL WHEN (${x}) < ${lo} THEN ${lo} WHEN (${x}) > ${hi} THEN ${hi} ELSE (${x}) END`;
}

/**
 * SQL for the feature table: exporter_id, year, status, next_status, label, main_destination (the country
 * with the largest export value at t, NULL when not exporting), and every candidate of candidates.ts.
 * `statusTable` names a table already holding statusSql(rules)'s rows (computed once, read three times);
 * without it the status SQL is inlined.
 */
export function featureSql(rules: StatusRules = DEFAULT_RULES, statusTable?: string): string {
  const st = statusTable ? `SELECT * FROM ${ident(statusTable)}` : statusSql(rules);
  return `
WITH st AS (${st}),
fy AS (
  SELECT f.*, lag(f.sales_krw) OVER (PARTITION BY f.exporter_id ORDER BY f.year) AS prev_sales,
         lag(f.year) OVER (PARTITION BY f.exporter_id ORDER BY f.year) AS prev_year
  FROM firm_years f
),
dest AS (
  SELECT exporter_id, year, country, sum(value_usd) AS value
  FROM exports GROUP BY exporter_id, year, country
),
hsd AS (
  SELECT exporter_id, year, count(*) AS hs
  FROM (SELECT DISTINCT exporter_id, year, hs_code FROM exports WHERE value_usd > 0)
  GROUP BY exporter_id, year
),
cm AS (
  SELECT c.country, c.year, c.fx_per_usd, c.crisis_level, c.import_growth,
         lag(c.fx_per_usd) OVER (PARTITION BY c.country ORDER BY c.year) AS prev_fx,
         lag(c.year) OVER (PARTITION BY c.country ORDER BY c.year) AS prev_cm_year
  FROM country_macro c
),
ex AS (
  -- one aggregation per firm-year over its destinations: the mix-weighted external variables are
  -- Σ value·x / Σ value (the share-weighted sum without joining each destination to its total)
  SELECT d.exporter_id, d.year, sum(d.value) AS value, count(*) FILTER (WHERE d.value > 0) AS markets,
    sum(d.value * CASE WHEN cm.prev_cm_year = d.year - 1 AND cm.prev_fx > 0 AND cm.fx_per_usd > 0
                       THEN cm.fx_per_usd / cm.prev_fx - 1 ELSE 0 END) AS fx_value,
    sum(d.value * coalesce(cm.crisis_level, 0)) AS crisis_value,
    sum(d.value * coalesce(cm.import_growth, 0)) AS import_value,
    -- the largest destination; ties go to the first country code (the struct orders by value, then code)
    arg_min(d.country, {'value': -d.value, 'country': d.country}) AS top_country
  FROM dest d LEFT JOIN cm ON cm.country = d.country AND cm.year = d.year
  GROUP BY d.exporter_id, d.year
),
wm AS (
  SELECT year,
    CASE WHEN lag(year) OVER (ORDER BY year) = year - 1 AND lag(oil_usd_bbl) OVER (ORDER BY year) > 0
         THEN oil_usd_bbl / lag(oil_usd_bbl) OVER (ORDER BY year) - 1 END AS oil_change,
    CASE WHEN lag(year) OVER (ORDER BY year) = year - 1 AND lag(raw_material_index) OVER (ORDER BY year) > 0
         THEN raw_material_index / lag(raw_material_index) OVER (ORDER BY year) - 1 END AS raw_material_change
  FROM world_macro
),
raw AS (
  SELECT st.exporter_id, st.year, st.status, st.next_status,
    CASE WHEN ex.value > 0 THEN ex.top_country END AS main_destination,
    fy.lang_staff, fy.overseas_marketing_staff, fy.trade_show, fy.certifications,
    st.year - e.founded_year AS firm_age,
    fy.employees, fy.net_income_krw, fy.operating_profit_krw, fy.sales_krw, fy.capital_krw, fy.credit_grade,
    CASE WHEN fy.sales_krw > 0 THEN fy.net_income_krw / fy.sales_krw END AS net_margin_raw,
    CASE WHEN fy.sales_krw > 0 THEN fy.operating_profit_krw / fy.sales_krw END AS operating_margin_raw,
    CASE WHEN fy.sales_growth IS NOT NULL THEN fy.sales_growth
         WHEN fy.prev_year = fy.year - 1 AND fy.prev_sales > 0 THEN fy.sales_krw / fy.prev_sales - 1
    END AS sales_growth_raw,
    CASE WHEN ex.value > 0 THEN ex.fx_value / ex.value ELSE 0 END AS fx_change,
    CASE WHEN ex.value > 0 THEN ex.crisis_value / ex.value ELSE 0 END AS crisis_level,
    CASE WHEN ex.value > 0 THEN ex.import_value / ex.value ELSE 0 END AS import_growth,
    coalesce(wm.oil_change, 0) AS oil_change, coalesce(wm.raw_material_change, 0) AS raw_material_change,
    st.exported_in_window AS years_exported,
    CASE WHEN st.exported THEN 1 ELSE 0 END AS exported_now,
    CASE WHEN st.exported_prev THEN 1 ELSE 0 END AS exported_prev,
    CASE WHEN st.exported_prev2 THEN 1 ELSE 0 END AS exported_prev2,
    st.year - st.first_export_year AS years_since_first_export,
    st.export_run,
    coalesce(ex.markets, 0) AS n_markets, coalesce(hsd.hs, 0) AS hs_diversity,
    ln(1 + st.export_value / 1000) - ln(1 + st.prev_export_value / 1000) AS value_growth
  FROM st
  JOIN fy ON fy.exporter_id = st.exporter_id AND fy.year = st.year
  JOIN exporters e ON e.exporter_id = st.exporter_id
  LEFT JOIN ex ON ex.exporter_id = st.exporter_id AND ex.year = st.year
  LEFT JOIN hsd ON hsd.exporter_id = st.exporter_id AND hsd.year = st.year
  LEFT JOIN wm ON wm.year = st.year
),
med AS (
  SELECT year, median(employees) AS employees, median(capital_krw) AS capital, median(credit_grade) AS credit
  FROM raw GROUP BY year
)
SELECT r.exporter_id, r.year::INTEGER AS year, r.status, r.next_status, r.main_destination,
  (CASE r.next_status WHEN 'continuing' THEN 1 WHEN 'stopped' THEN 0 END)::INTEGER AS label,
  coalesce(r.lang_staff::INTEGER, 0)::DOUBLE AS lang_staff,
  ln(1 + greatest(0, coalesce(r.overseas_marketing_staff, 0)))::DOUBLE AS marketing_staff_log,
  coalesce(r.trade_show::INTEGER, 0)::DOUBLE AS trade_show,
  coalesce(r.certifications, 0)::DOUBLE AS certifications,
  greatest(0, r.firm_age)::DOUBLE AS firm_age,
  ln(1 + greatest(0, coalesce(r.employees, m.employees, 0)))::DOUBLE AS employees_log,
  coalesce(${clip('r.net_margin_raw', -1, 1)}, 0)::DOUBLE AS net_margin,
  coalesce(${clip('r.operating_margin_raw', -1, 1)}, 0)::DOUBLE AS operating_margin,
  coalesce(${clip('r.sales_growth_raw', -1, 3)}, 0)::DOUBLE AS sales_growth,
  ln(1 + greatest(0, coalesce(r.capital_krw, m.capital, 0)) / 1e8)::DOUBLE AS capital_log,
  coalesce(r.credit_grade, m.credit, 5)::DOUBLE AS credit_grade,
  r.fx_change::DOUBLE AS fx_change, r.crisis_level::DOUBLE AS crisis_level,
  r.import_growth::DOUBLE AS import_growth,
  r.oil_change::DOUBLE AS oil_change, r.raw_material_change::DOUBLE AS raw_material_change,
  r.exported_now::DOUBLE AS exported_now, r.exported_prev::DOUBLE AS exported_prev,
  r.exported_prev2::DOUBLE AS exported_prev2, r.years_exported::DOUBLE AS years_exported,
  r.years_since_first_export::DOUBLE AS years_since_first_export, r.export_run::DOUBLE AS export_run,
  r.n_markets::DOUBLE AS n_markets, r.hs_diversity::DOUBLE AS hs_diversity,
  r.value_growth::DOUBLE AS value_growth,
  (CASE WHEN r.net_margin_raw IS NULL OR r.operating_margin_raw IS NULL THEN 1 ELSE 0 END)::DOUBLE
    AS missing_financials,
  (CASE WHEN r.lang_staff IS NULL OR r.overseas_marketing_staff IS NULL OR r.trade_show IS NULL
             OR r.certifications IS NULL THEN 1 ELSE 0 END)::DOUBLE AS missing_capability,
  (CASE WHEN r.credit_grade IS NULL THEN 1 ELSE 0 END)::DOUBLE AS missing_credit
FROM raw r JOIN med m ON m.year = r.year`;
}
