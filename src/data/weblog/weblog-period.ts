/**
 * The period a web-log analysis covers (inclusive days, or open-ended), as a SQL condition with `?` parameters.
 * Every weblog query reads through `periodLog`, so all panels describe the same sessions.
 */
import type { SqlValue } from '../engine/engine.ts';

export interface WeblogPeriod {
  /** 'YYYY-MM-DD' or null for open. */
  readonly from: string | null;
  readonly to: string | null;
}

export const ALL_TIME: WeblogPeriod = { from: null, to: null };

/** A CTE `log` with the period's rows (whole sessions: a session counts if it started in the period). */
export function periodLog(p: WeblogPeriod): { sql: string; params: SqlValue[] } {
  return {
    sql: `log AS (
      SELECT w.* FROM weblog w JOIN (
        SELECT session_id FROM weblog GROUP BY session_id
        HAVING (CAST(? AS DATE) IS NULL OR CAST(min(ts) AS DATE) >= CAST(? AS DATE))
           AND (CAST(? AS DATE) IS NULL OR CAST(min(ts) AS DATE) <= CAST(? AS DATE))
      ) s USING (session_id))`,
    params: [p.from, p.from, p.to, p.to],
  };
}

/** Pages grouped by kind: ids in paths become ':id' ('/buyers/B000123' → '/buyers/:id'). */
export const PAGE_GROUP_SQL = `regexp_replace(page, '/[A-Z]+[0-9][A-Za-z0-9_-]*', '/:id', 'g')`;

export interface WeblogRange {
  readonly first: string | null;
  readonly last: string | null;
  readonly years: readonly number[];
}
