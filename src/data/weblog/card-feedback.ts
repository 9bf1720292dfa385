/**
 * Which cards (search results and recommendations) got clicked, and what followed — the implicit feedback the
 * matching model's behaviour and collaborative parts learn from: after a click on a counterpart, did the same
 * session view its profile (and how long), save it, request a meeting with it; and did the pair end in an
 * accepted match (in `matches`). Per listing page (where the card was) and per clicked counterpart.
 */
import type { Engine } from '../engine/engine.ts';
import { periodLog, type WeblogPeriod } from './weblog-period.ts';

export interface CardFeedback {
  /** Listing page of the card (page kind), or the clicked counterpart's id. */
  readonly key: string;
  readonly name: string | null;
  readonly targetType: string | null;
  readonly clicks: number;
  readonly medianDwellSeconds: number | null;
  readonly saveShare: number;
  readonly requestShare: number;
  /** Share of clicks whose pair has an accepted, held or contracted match. */
  readonly matchShare: number;
}

function feedbackCte(sql: string): string {
  return `WITH ${sql},
   k AS (SELECT session_id, user_type, user_id, ts, page AS list_page, target_type, target_id
         FROM log WHERE event_type = 'click' AND target_id IS NOT NULL),
   a AS (SELECT session_id, target_id,
           max(duration_ms) FILTER (WHERE event_type = 'page_view') AS dwell_ms,
           max(ts) FILTER (WHERE event_type = 'save') AS last_save,
           max(ts) FILTER (WHERE event_type = 'request') AS last_request
         FROM log WHERE target_id IS NOT NULL AND event_type IN ('page_view', 'save', 'request')
         GROUP BY session_id, target_id),
   mp AS (SELECT DISTINCT exporter_id, buyer_id FROM matches WHERE status IN ('accepted', 'met', 'contracted')),
   f AS (
     SELECT k.*, a.dwell_ms,
       coalesce(a.last_save >= k.ts, false) AS saved,
       coalesce(a.last_request >= k.ts, false) AS requested,
       (me.exporter_id IS NOT NULL OR mb.exporter_id IS NOT NULL) AS matched
     FROM k LEFT JOIN a ON a.session_id = k.session_id AND a.target_id = k.target_id
       LEFT JOIN mp me ON k.user_type = 'exporter' AND me.exporter_id = k.user_id AND me.buyer_id = k.target_id
       LEFT JOIN mp mb ON k.user_type = 'buyer' AND mb.buyer_id = k.user_id AND mb.exporter_id = k.target_id)`;
}

const MEASURES = `count(*)::INTEGER AS clicks, (median(dwell_ms) / 1000)::DOUBLE AS "medianDwellSeconds",
  avg(saved::INTEGER)::DOUBLE AS "saveShare", avg(requested::INTEGER)::DOUBLE AS "requestShare",
  avg(matched::INTEGER)::DOUBLE AS "matchShare"`;

/** Per listing page where the clicked card was shown. */
export async function feedbackByList(engine: Engine, period: WeblogPeriod): Promise<CardFeedback[]> {
  const { sql, params } = periodLog(period);
  return engine.query<CardFeedback>(
    `${feedbackCte(sql)}
     SELECT regexp_replace(list_page, '/[A-Z]+[0-9][A-Za-z0-9_-]*', '/:id', 'g') AS key, NULL AS name,
       NULL AS "targetType", ${MEASURES}
     FROM f GROUP BY 1 ORDER BY clicks DESC`,
    params,
  );
}

/** The most clicked counterparts, with names (companies, not people). */
export async function feedbackByTarget(
  engine: Engine,
  period: WeblogPeriod,
  limit = 20,
): Promise<CardFeedback[]> {
  const { sql, params } = periodLog(period);
  return engine.query<CardFeedback>(
    `${feedbackCte(sql)}
     SELECT target_id AS key, coalesce(any_value(b.name), any_value(e.name)) AS name,
       any_value(target_type) AS "targetType", ${MEASURES}
     FROM f LEFT JOIN buyers b ON f.target_type = 'buyer' AND b.buyer_id = f.target_id
       LEFT JOIN exporters e ON f.target_type = 'exporter' AND e.exporter_id = f.target_id
     GROUP BY target_id ORDER BY clicks DESC, key LIMIT ?`,
    [...params, limit],
  );
}
