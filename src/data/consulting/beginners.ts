/**
 * 수출초보기업 — the firms whose status is `beginner` (first export in the latest one or two years, by the
 * continuity status rules of status-rules.ts) at the latest year with statuses, with what a consultant needs
 * to pick one: industry, region, first export year, markets and value so far.
 */
import { buildStatusTable, STATUS_TABLE } from '../continuity/continuity-data.ts';
import { DEFAULT_RULES, type StatusRules } from '../continuity/status-rules.ts';
import { ident, type Engine } from '../engine/engine.ts';

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
  // The continuity screens' own status table (the same rules, the same rows), rebuilt here because the
  // consulting page may open first.
  const { years } = await buildStatusTable(engine, rules);
  const year = years.at(-1) ?? null;
  if (year === null) return { year: null, firms: [] };
  const firms = await engine.query<BeginnerFirm>(
    `SELECT s.exporter_id AS id, e.name, e.name_en AS "nameEn", e.industry, e.region,
       s.first_export_year AS "firstExportYear",
       (SELECT count(DISTINCT x.country) FROM exports x WHERE x.exporter_id = s.exporter_id)::INTEGER AS markets,
       (SELECT coalesce(sum(x.value_usd), 0) FROM exports x
         WHERE x.exporter_id = s.exporter_id AND x.year = s.year)::DOUBLE AS "valueUsd"
     FROM ${ident(STATUS_TABLE)} s JOIN exporters e ON e.exporter_id = s.exporter_id
     WHERE s.year = ? AND s.status = 'beginner'
     ORDER BY s.first_export_year DESC, e.name`,
    [year],
  );
  return { year, firms };
}

/** Status of one firm at a year ('beginner', …) or null: for refusing a report on a firm that is not one. */
export async function firmStatusAt(engine: Engine, exporterId: string, year: number): Promise<string | null> {
  const rows = await engine.query<{ status: string }>(
    `SELECT status FROM ${ident(STATUS_TABLE)} WHERE exporter_id = ? AND year = ?`,
    [exporterId, year],
  );
  return rows[0]?.status ?? null;
}
