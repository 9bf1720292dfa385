/**
 * 수출초보기업 — the firms whose status is `beginner` (first export in the latest one or two years, by the
 * continuity status rules of status-rules.ts) at the latest year with statuses, with what a consultant needs
 * to pick one: industry, region, first export year, markets and value so far.
 */
import { DEFAULT_RULES, statusSql, type StatusRules } from '../continuity/status-rules.ts';
import type { Engine } from '../engine/engine.ts';

export interface BeginnerFirm {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string | null;
  readonly industry: string | null;
  readonly region: string | null;
  readonly firstExportYear: number;
  /** Countries exported to, all years. */
  readonly markets: number;
  /** Export value in the status year, US$. */
  readonly valueUsd: number;
}

export interface BeginnerList {
  /** The year the statuses describe (latest with statuses), or null when the data have none. */
  readonly year: number | null;
  readonly firms: readonly BeginnerFirm[];
}

export async function beginnerFirms(
  engine: Engine,
  rules: StatusRules = DEFAULT_RULES,
): Promise<BeginnerList> {
  await engine.exec(`CREATE OR REPLACE TEMP TABLE consulting_status AS ${statusSql(rules)}`);
  const [{ year }] = await engine.query<{ year: number | null }>(
    `SELECT max(year)::INTEGER AS year FROM consulting_status`,
  );
  if (year === null) return { year: null, firms: [] };
  const firms = await engine.query<BeginnerFirm>(
    `SELECT s.exporter_id AS id, e.name, e.name_en AS "nameEn", e.industry, e.region,
       s.first_export_year AS "firstExportYear",
       (SELECT count(DISTINCT x.country) FROM exports x WHERE x.exporter_id = s.exporter_id)::INTEGER AS markets,
       (SELECT coalesce(sum(x.value_usd), 0) FROM exports x
         WHERE x.exporter_id = s.exporter_id AND x.year = s.year)::DOUBLE AS "valueUsd"
     FROM consulting_status s JOIN exporters e ON e.exporter_id = s.exporter_id
     WHERE s.year = ? AND s.status = 'beginner'
     ORDER BY s.first_export_year DESC, e.name`,
    [year],
  );
  return { year, firms };
}

/** Status of one firm at a year ('beginner', …) or null: for refusing a report on a firm that is not one. */
export async function firmStatusAt(engine: Engine, exporterId: string, year: number): Promise<string | null> {
  const rows = await engine.query<{ status: string }>(
    `SELECT status FROM consulting_status WHERE exporter_id = ? AND year = ?`,
    [exporterId, year],
  );
  return rows[0]?.status ?? null;
}
