/**
 * The interaction matrix for collaborative filtering (exporters × buyers, implicit feedback) and the parties'
 * past exposure, both read from the data as they stood at the cutoff:
 *   - matches requested before the cutoff, weighted by the outcome known at the cutoff (an outcome reported later
 *     counts as a plain request), core MATCH_INTERACTION_WEIGHTS;
 *   - web-log events of consented exporters aimed at a buyer and of buyers aimed at an exporter,
 *     core WEBLOG_INTERACTION_WEIGHTS.
 * Weights are bound as parameters; ids are mapped to the directory's indices (unknown ids are dropped).
 */
import {
  buildInteractionMatrix,
  MATCH_INTERACTION_WEIGHTS,
  WEBLOG_INTERACTION_WEIGHTS,
  type InteractionMatrix,
} from '../../core/matching/index.ts';
import type { Engine } from '../engine/engine.ts';
import type { PartyDirectory } from './party-directory.ts';
import { SqlParams } from './sql-builder.ts';

export interface InteractionWeights {
  readonly match: Readonly<Record<keyof typeof MATCH_INTERACTION_WEIGHTS, number>>;
  readonly weblog: Readonly<Record<keyof typeof WEBLOG_INTERACTION_WEIGHTS, number>>;
}

export const DEFAULT_INTERACTION_WEIGHTS: InteractionWeights = {
  match: MATCH_INTERACTION_WEIGHTS,
  weblog: WEBLOG_INTERACTION_WEIGHTS,
};

function caseOf(q: SqlParams, col: string, weights: Readonly<Record<string, number>>): string {
  return `CASE ${col} ${Object.entries(weights)
    .map(([k, w]) => `WHEN ${q.p(k)} THEN ${q.p(w)}::DOUBLE`)
    .join(' ')} ELSE 0.0 END`;
}

export async function loadInteractionMatrix(
  engine: Engine,
  directory: PartyDirectory,
  cutoff: string | null,
  weights: InteractionWeights = DEFAULT_INTERACTION_WEIGHTS,
): Promise<InteractionMatrix> {
  const q = new SqlParams();
  const sql = `
WITH prm AS (SELECT coalesce(CAST(${q.p(cutoff)} AS TIMESTAMP), 'infinity'::TIMESTAMP) AS cutoff),
m AS (SELECT exporter_id, buyer_id,
        CASE WHEN coalesce(updated_at, requested_at) < (SELECT cutoff FROM prm) THEN status ELSE 'requested' END AS st
      FROM matches WHERE requested_at < (SELECT cutoff FROM prm)),
mw AS (SELECT exporter_id, buyer_id, ${caseOf(q, 'st', weights.match)} AS w FROM m),
ww AS (SELECT CASE WHEN user_type = 'exporter' THEN user_id ELSE target_id END AS exporter_id,
              CASE WHEN user_type = 'exporter' THEN target_id ELSE user_id END AS buyer_id,
              ${caseOf(q, 'event_type', weights.weblog)} AS w
       FROM weblog WHERE ts < (SELECT cutoff FROM prm) AND user_id IS NOT NULL AND target_id IS NOT NULL
         AND ((user_type = 'exporter' AND target_type = 'buyer') OR (user_type = 'buyer' AND target_type = 'exporter')))
SELECT exporter_id, buyer_id, sum(w)::DOUBLE AS w FROM (SELECT * FROM mw UNION ALL SELECT * FROM ww)
GROUP BY ALL HAVING sum(w) > 0 ORDER BY exporter_id, buyer_id`;
  const rows = await engine.query<{ exporter_id: string; buyer_id: string; w: number }>(sql, q.values);
  const r: number[] = [];
  const c: number[] = [];
  const w: number[] = [];
  for (const row of rows) {
    const e = directory.exporters.index.get(row.exporter_id);
    const b = directory.buyers.index.get(row.buyer_id);
    if (e === undefined || b === undefined) continue;
    r.push(e);
    c.push(b);
    w.push(row.w);
  }
  return buildInteractionMatrix(directory.exporters.ids.length, directory.buyers.ids.length, {
    rows: r,
    cols: c,
    weights: w,
  });
}

/**
 * How often each party has been put in front of the other side before the cutoff: its profile viewed or clicked
 * in the web log, and meeting requests it received. The exposure boost (core exposure.ts) favours the parties
 * with little of it (공정한 기회 제공); lists shown later add to it.
 */
export async function loadPastExposure(
  engine: Engine,
  directory: PartyDirectory,
  cutoff: string | null,
): Promise<{ exporters: Float64Array; buyers: Float64Array }> {
  const rows = await engine.query<{ type: string; id: string; n: number }>(
    `WITH prm AS (SELECT coalesce(CAST(? AS TIMESTAMP), 'infinity'::TIMESTAMP) AS cutoff)
     SELECT type, id, sum(n)::DOUBLE AS n FROM (
       SELECT target_type AS type, target_id AS id, count(*) AS n FROM weblog
       WHERE ts < (SELECT cutoff FROM prm) AND event_type IN ('page_view', 'click') AND target_id IS NOT NULL
         AND target_type IN ('exporter', 'buyer') GROUP BY ALL
       UNION ALL
       SELECT 'buyer', buyer_id, count(*) FROM matches
       WHERE requested_at < (SELECT cutoff FROM prm) AND requested_by <> 'buyer' GROUP BY ALL
       UNION ALL
       SELECT 'exporter', exporter_id, count(*) FROM matches
       WHERE requested_at < (SELECT cutoff FROM prm) AND requested_by <> 'exporter' GROUP BY ALL)
     GROUP BY ALL`,
    [cutoff],
  );
  const exporters = new Float64Array(directory.exporters.ids.length);
  const buyers = new Float64Array(directory.buyers.ids.length);
  for (const row of rows) {
    const t = row.type === 'exporter' ? directory.exporters : directory.buyers;
    const i = t.index.get(row.id);
    if (i !== undefined) (row.type === 'exporter' ? exporters : buyers)[i] += row.n;
  }
  return { exporters, buyers };
}
