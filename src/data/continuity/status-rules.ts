/**
 * Yearly export status per exporter (DESIGN §5, the seed's table 2-2), as SQL over the active dataset.
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
 * SQL selecting (exporter_id, year, status, exported, observed, first_export_year) for every firm-year
 * with a status. The rule numbers are checked integers, so splicing them into the window frame is safe.
 */
export function statusSql(rules: StatusRules = DEFAULT_RULES): string {
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

/** Counts per status for one year, with every status present (zero when absent). */
export function statusCountsSql(rules: StatusRules = DEFAULT_RULES): string {
  return `SELECT status, count(*)::INTEGER AS n FROM (${statusSql(rules)}) WHERE year = ? GROUP BY status`;
}
