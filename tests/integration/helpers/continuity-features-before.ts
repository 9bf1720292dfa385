/**
 * The continuity status and feature SQL as they were before issue 9 scope 3 (src/data/continuity/status-rules.ts
 * and feature-sql.ts at db522a1): the status from a union, a group and two joins;
 * one self-join per neighbouring year (t+1, t−1, t−2, the previous year's export value) and separate passes
 * for the export mix, the main destination and the current export run. Kept verbatim as the reference that
 * tests/integration/continuity-features-rewrite.test.ts compares the rewrite with, and that
 * bench/continuity-pipeline.bench.ts times in the same run. Not used by the product.
 */
import { ident } from '../../../src/data/engine/engine.ts';
import { checkRules, DEFAULT_RULES, type StatusRules } from '../../../src/data/continuity/status-rules.ts';

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
export function featureSqlBefore(rules: StatusRules = DEFAULT_RULES, statusTable?: string): string {
  const st = statusTable ? `SELECT * FROM ${ident(statusTable)}` : statusSqlBefore(rules);
  return `
WITH st AS (${st}),
runs AS (
  -- consecutive export years: within a firm's exporting years, year − row number is constant on a run
  SELECT exporter_id, year,
         year - min(year) OVER (PARTITION BY exporter_id, island) + 1 AS export_run
  FROM (
    SELECT exporter_id, year, year - row_number() OVER (PARTITION BY exporter_id ORDER BY year) AS island
    FROM st WHERE exported
  )
),
fy AS (
  SELECT f.*, lag(f.sales_krw) OVER (PARTITION BY f.exporter_id ORDER BY f.year) AS prev_sales,
         lag(f.year) OVER (PARTITION BY f.exporter_id ORDER BY f.year) AS prev_year
  FROM firm_years f
),
dest AS (
  SELECT exporter_id, year, country, sum(value_usd) AS value
  FROM exports GROUP BY exporter_id, year, country
),
ex AS (
  SELECT d.exporter_id, d.year, sum(d.value) AS value, count(*) FILTER (WHERE d.value > 0) AS markets,
         any_value(h.hs) AS hs
  FROM dest d
  LEFT JOIN (
    SELECT exporter_id, year, count(*) AS hs
    FROM (SELECT DISTINCT exporter_id, year, hs_code FROM exports WHERE value_usd > 0)
    GROUP BY exporter_id, year
  ) h ON h.exporter_id = d.exporter_id AND h.year = d.year
  GROUP BY d.exporter_id, d.year
),
mix AS (
  SELECT d.exporter_id, d.year, d.country, d.value / t.value AS share
  FROM dest d JOIN ex t ON t.exporter_id = d.exporter_id AND t.year = d.year
  WHERE t.value > 0
),
main_dest AS (
  -- the largest destination; ties go to the first country code (a window sorts; ordered aggregates are slow)
  SELECT exporter_id, year, country FROM mix
  QUALIFY row_number() OVER (PARTITION BY exporter_id, year ORDER BY share DESC, country) = 1
),
cm AS (
  SELECT c.country, c.year, c.fx_per_usd, c.crisis_level, c.import_growth,
         lag(c.fx_per_usd) OVER (PARTITION BY c.country ORDER BY c.year) AS prev_fx,
         lag(c.year) OVER (PARTITION BY c.country ORDER BY c.year) AS prev_cm_year
  FROM country_macro c
),
ext AS (
  SELECT m.exporter_id, m.year,
    sum(m.share * CASE WHEN cm.prev_cm_year = m.year - 1 AND cm.prev_fx > 0 AND cm.fx_per_usd > 0
                       THEN cm.fx_per_usd / cm.prev_fx - 1 ELSE 0 END) AS fx_change,
    sum(m.share * coalesce(cm.crisis_level, 0)) AS crisis_level,
    sum(m.share * coalesce(cm.import_growth, 0)) AS import_growth
  FROM mix m LEFT JOIN cm ON cm.country = m.country AND cm.year = m.year
  GROUP BY m.exporter_id, m.year
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
  SELECT st.exporter_id, st.year, st.status, nx.status AS next_status, md.country AS main_destination,
    fy.lang_staff, fy.overseas_marketing_staff, fy.trade_show, fy.certifications,
    st.year - e.founded_year AS firm_age,
    fy.employees, fy.net_income_krw, fy.operating_profit_krw, fy.sales_krw, fy.capital_krw, fy.credit_grade,
    CASE WHEN fy.sales_krw > 0 THEN fy.net_income_krw / fy.sales_krw END AS net_margin_raw,
    CASE WHEN fy.sales_krw > 0 THEN fy.operating_profit_krw / fy.sales_krw END AS operating_margin_raw,
    CASE WHEN fy.sales_growth IS NOT NULL THEN fy.sales_growth
         WHEN fy.prev_year = fy.year - 1 AND fy.prev_sales > 0 THEN fy.sales_krw / fy.prev_sales - 1
    END AS sales_growth_raw,
    coalesce(ext.fx_change, 0) AS fx_change, coalesce(ext.crisis_level, 0) AS crisis_level,
    coalesce(ext.import_growth, 0) AS import_growth,
    coalesce(wm.oil_change, 0) AS oil_change, coalesce(wm.raw_material_change, 0) AS raw_material_change,
    st.exported_in_window AS years_exported,
    CASE WHEN st.exported THEN 1 ELSE 0 END AS exported_now,
    CASE WHEN p1.exported THEN 1 ELSE 0 END AS exported_prev,
    CASE WHEN p2.exported THEN 1 ELSE 0 END AS exported_prev2,
    st.year - st.first_export_year AS years_since_first_export,
    coalesce(ru.export_run, 0) AS export_run,
    coalesce(ex.markets, 0) AS n_markets, coalesce(ex.hs, 0) AS hs_diversity,
    ln(1 + coalesce(ex.value, 0) / 1000) - ln(1 + coalesce(pe.value, 0) / 1000) AS value_growth
  FROM st
  JOIN fy ON fy.exporter_id = st.exporter_id AND fy.year = st.year
  JOIN exporters e ON e.exporter_id = st.exporter_id
  LEFT JOIN st nx ON nx.exporter_id = st.exporter_id AND nx.year = st.year + 1
  LEFT JOIN st p1 ON p1.exporter_id = st.exporter_id AND p1.year = st.year - 1
  LEFT JOIN st p2 ON p2.exporter_id = st.exporter_id AND p2.year = st.year - 2
  LEFT JOIN runs ru ON ru.exporter_id = st.exporter_id AND ru.year = st.year
  LEFT JOIN ex ON ex.exporter_id = st.exporter_id AND ex.year = st.year
  LEFT JOIN ex pe ON pe.exporter_id = st.exporter_id AND pe.year = st.year - 1
  LEFT JOIN ext ON ext.exporter_id = st.exporter_id AND ext.year = st.year
  LEFT JOIN main_dest md ON md.exporter_id = st.exporter_id AND md.year = st.year
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

/** The status SQL before issue 9 scope 3: (exporter_id, year, status, exported, observed, first_export_year,
 * exported_in_window) for every firm-year with a status. */
export function statusSqlBefore(rules: StatusRules = DEFAULT_RULES): string {
  const { window: w, minExportYears: k, beginnerYears: b } = checkRules(rules);
  return `
WITH obs AS (
  SELECT exporter_id, year FROM firm_years
  UNION SELECT exporter_id, year FROM exports
),
exp AS (
  SELECT exporter_id, year FROM exports GROUP BY exporter_id, year HAVING sum(value_usd) > 0
),
bounds AS (SELECT min(year) AS lo, max(year) AS hi FROM obs),
firm AS (
  SELECT e.exporter_id, min(e.year) AS first_export FROM exp e GROUP BY e.exporter_id
),
grid AS (
  SELECT f.exporter_id, f.first_export, unnest(generate_series(b.lo, b.hi)) AS year
  FROM firm f, bounds b
),
flags AS (
  SELECT g.*, (o.year IS NOT NULL) AS observed, (x.year IS NOT NULL) AS exported
  FROM grid g
  LEFT JOIN obs o ON o.exporter_id = g.exporter_id AND o.year = g.year
  LEFT JOIN exp x ON x.exporter_id = g.exporter_id AND x.year = g.year
),
win AS (
  SELECT *,
    count(*) OVER w AS years_in_window,
    count(*) FILTER (WHERE observed) OVER w AS observed_in_window,
    count(*) FILTER (WHERE exported) OVER w AS exported_in_window
  FROM flags
  WINDOW w AS (PARTITION BY exporter_id ORDER BY year ROWS BETWEEN ${w - 1} PRECEDING AND CURRENT ROW)
)
SELECT exporter_id, year::INTEGER AS year,
  CASE
    WHEN year - first_export < ${b} AND first_export > (SELECT lo FROM bounds) THEN 'beginner'
    WHEN years_in_window < ${w} OR observed_in_window < ${w} THEN 'pending'
    WHEN exported_in_window >= ${k} THEN 'continuing'
    ELSE 'stopped'
  END AS status,
  exported, observed, first_export::INTEGER AS first_export_year,
  exported_in_window::INTEGER AS exported_in_window
FROM win
WHERE year >= first_export AND observed_in_window > 0`;
}
