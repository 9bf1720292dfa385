/**
 * Yearly export status per exporter (docs/continuity-method.md#1-export-status-per-firm-and-year, the seed's table
 * 2-2), as SQL over the active dataset.
 *
 *   window (t−2, t−1, t)   OOO OOX OXO XOO → continuing (지속)     OXX XOX XXO XXX → stopped (중단)
 *
 * Precedence: beginner (수출초보기업) when the first export year is within the last `beginnerYears`
 * years (t−1 or t) — unless that first export is the first year of the data, where we cannot know
 * whether the firm exported before (left-censored: pending instead); else pending (보류) when any year
 * of the window is unobserved (no firm_years row and no exports row, or before the data starts); else
 * continuing when it exported in at least `minExportYears` of the window, else stopped.
 * A status is given for every year from the firm's first export to the last year of the data while at
 * least one year of its window is observed — so a firm that has not reported the latest year yet is pending
 * there, not absent from the counts, the index table and the watchlist. Firms that never exported have none.
 */
export type ContinuityStatus = 'continuing' | 'stopped' | 'pending' | 'beginner';
export const STATUSES: readonly ContinuityStatus[] = ['continuing', 'stopped', 'pending', 'beginner'];

export interface StatusRules {
  /** Years in the window, ending at t (default 3: t−2, t−1, t). */
  window: number;
  /** Export years in the window needed to count as continuing (default 2). */
  minExportYears: number;
  /** A firm whose first export is within the last this-many years is a beginner (default 2: t−1 or t). */
  beginnerYears: number;
}

export const DEFAULT_RULES: StatusRules = { window: 3, minExportYears: 2, beginnerYears: 2 };

export function checkRules(r: StatusRules): StatusRules {
  const ok = (n: number, lo: number, hi: number) => Number.isInteger(n) && n >= lo && n <= hi;
  if (!ok(r.window, 1, 10) || !ok(r.minExportYears, 1, r.window) || !ok(r.beginnerYears, 0, 10)) {
    throw new RangeError(
      `invalid status rules ${JSON.stringify(r)}: window 1–10, 1 ≤ minExportYears ≤ window, beginnerYears 0–10`,
    );
  }
  return r;
}

/**
 * The status rule as a CASE over one window's counts: `year` is the window's last year, `years` the rows in
 * it (fewer than the rule's window at the start of the data), `observed` and `exported` its counts.
 */
function statusCase(r: StatusRules, year: string, years: string, observed: string, exported: string): string {
  return `CASE
    WHEN ${year} - first_export < ${r.beginnerYears} AND first_export > (SELECT lo FROM bounds) THEN 'beginner'
    WHEN ${years} < ${r.window} OR ${observed} < ${r.window} THEN 'pending'
    WHEN ${exported} >= ${r.minExportYears} THEN 'continuing'
    ELSE 'stopped'
  END`;
}

/**
 * SQL selecting, for every firm-year with a status: exporter_id, year, status, exported, observed,
 * first_export_year, exported_in_window, and the firm-year's export history that the continuity features
 * read — next_status (the status at t+1, NULL when t+1 has none), exported_prev / exported_prev2 (exported
 * at t−1, t−2), export_run (consecutive export years ending at t, 0 when not exporting), export_value and
 * prev_export_value (US$ at t and t−1, 0 without exports).
 *
 * One aggregation reads firm_years and exports together (observed = any row, exported = value > 0); every
 * firm that ever exported gets one row per year of the data (a dense grid, so t−1, t−2 and t+1 are the
 * neighbouring rows), and one ordered scan per firm computes the window counts, the next year's window counts
 * (for next_status, from the rows entering and leaving it) and the history. The rule numbers are checked
 * integers, so splicing them into the window frames is safe.
 */
export function statusSql(rules: StatusRules = DEFAULT_RULES): string {
  const r = checkRules(rules);
  const w = r.window;
  return `
WITH facts AS (
  SELECT exporter_id, year, sum(value_usd) AS value
  FROM (
    SELECT exporter_id, year, NULL::DOUBLE AS value_usd FROM firm_years
    UNION ALL SELECT exporter_id, year, value_usd FROM exports
  )
  GROUP BY exporter_id, year
),
bounds AS (SELECT min(year) AS lo, max(year) AS hi FROM facts),
firm AS (
  SELECT exporter_id, min(year) AS first_export FROM facts WHERE value > 0 GROUP BY exporter_id
),
grid AS (
  SELECT f.exporter_id, f.first_export, unnest(generate_series(b.lo, b.hi))::INTEGER AS year
  FROM firm f, bounds b
),
flags AS (
  SELECT g.*, (x.year IS NOT NULL) AS observed, coalesce(x.value > 0, false) AS exported,
         coalesce(x.value, 0) AS export_value
  FROM grid g
  LEFT JOIN facts x ON x.exporter_id = g.exporter_id AND x.year = g.year
),
win AS (
  SELECT *,
    count(*) OVER cur AS years_in_window,
    count(*) FILTER (WHERE observed) OVER cur AS observed_in_window,
    count(*) FILTER (WHERE exported) OVER cur AS exported_in_window,
    -- the window of t+1 is this one without its first row (t−w+1) and with the next row (t+1)
    lag(year, ${w - 1}) OVER ordered IS NOT NULL AS window_full,
    lag(observed, ${w - 1}) OVER ordered AS first_observed,
    lag(exported, ${w - 1}) OVER ordered AS first_exported,
    lead(year) OVER ordered AS next_year,
    lead(observed) OVER ordered AS next_observed,
    lead(exported) OVER ordered AS next_exported,
    lag(exported) OVER ordered AS prev_exported,
    lag(exported, 2) OVER ordered AS prev2_exported,
    lag(export_value) OVER ordered AS prev_value,
    -- the last year up to t without exports; the current run starts after it
    max(CASE WHEN NOT exported THEN year END) OVER ordered AS last_break
  FROM flags
  WINDOW ordered AS (PARTITION BY exporter_id ORDER BY year),
    cur AS (PARTITION BY exporter_id ORDER BY year ROWS BETWEEN ${w - 1} PRECEDING AND CURRENT ROW)
),
nxt AS (
  SELECT *,
    years_in_window + 1 - window_full::INTEGER AS years_in_next,
    observed_in_window + next_observed::INTEGER - coalesce(first_observed, false)::INTEGER AS observed_in_next,
    exported_in_window + next_exported::INTEGER - coalesce(first_exported, false)::INTEGER AS exported_in_next
  FROM win
)
SELECT exporter_id, year::INTEGER AS year,
  ${statusCase(r, 'year', 'years_in_window', 'observed_in_window', 'exported_in_window')} AS status,
  exported, observed, first_export::INTEGER AS first_export_year,
  exported_in_window::INTEGER AS exported_in_window,
  CASE WHEN next_year IS NOT NULL AND year + 1 >= first_export AND observed_in_next > 0
       THEN ${statusCase(r, 'year + 1', 'years_in_next', 'observed_in_next', 'exported_in_next')} END AS next_status,
  coalesce(prev_exported, false) AS exported_prev, coalesce(prev2_exported, false) AS exported_prev2,
  (CASE WHEN exported THEN year - coalesce(last_break, (SELECT lo FROM bounds) - 1) ELSE 0 END)::INTEGER
    AS export_run,
  export_value, coalesce(prev_value, 0) AS prev_export_value
FROM nxt
WHERE year >= first_export AND observed_in_window > 0`;
}

/** Counts per status for one year, with every status present (zero when absent). */
export function statusCountsSql(rules: StatusRules = DEFAULT_RULES): string {
  return `SELECT status, count(*)::INTEGER AS n FROM (${statusSql(rules)}) WHERE year = ? GROUP BY status`;
}
