/**
 * The matching site's conversion path, per session and in order: a search → a counterpart's profile viewed
 * after it → that session saves a counterpart after the profile → a meeting request after the save.
 * Counted per user type (exporters, buyers, staff) and in all; each step only counts sessions that did the
 * previous steps first, so the funnel narrows by construction. Sessions that request without saving are
 * counted separately (a short path the site also supports).
 */
import type { Engine } from '../engine/engine.ts';
import { periodLog, type WeblogPeriod } from './weblog-period.ts';

export interface ClickFunnel {
  /** null = all user types. */
  readonly userType: string | null;
  readonly sessions: number;
  readonly search: number;
  readonly profile: number;
  readonly save: number;
  readonly request: number;
  /** Sessions with a request but no save before it. */
  readonly requestWithoutSave: number;
}

export const PROFILE_PAGE_SQL = `(page LIKE '/buyers/%' OR page LIKE '/exporters/%')`;

export async function clickFunnel(engine: Engine, period: WeblogPeriod): Promise<ClickFunnel[]> {
  const { sql, params } = periodLog(period);
  const rows = await engine.query<ClickFunnel & { grp: number }>(
    `WITH ${sql},
     t AS (
       SELECT session_id, any_value(user_type) AS user_type,
         min(ts) FILTER (WHERE event_type = 'search') AS t_search
       FROM log GROUP BY session_id),
     p AS (SELECT t.session_id, min(l.ts) AS t_profile FROM t JOIN log l USING (session_id)
           WHERE l.event_type = 'page_view' AND ${PROFILE_PAGE_SQL.replaceAll('page', 'l.page')} AND l.ts > t.t_search
           GROUP BY t.session_id),
     v AS (SELECT p.session_id, min(l.ts) AS t_save FROM p JOIN log l USING (session_id)
           WHERE l.event_type = 'save' AND l.ts >= p.t_profile GROUP BY p.session_id),
     r AS (SELECT v.session_id, min(l.ts) AS t_request FROM v JOIN log l USING (session_id)
           WHERE l.event_type = 'request' AND l.ts >= v.t_save GROUP BY v.session_id),
     q AS (SELECT l.session_id FROM log l WHERE l.event_type = 'request'
           AND NOT EXISTS (SELECT 1 FROM log x WHERE x.session_id = l.session_id AND x.event_type = 'save' AND x.ts <= l.ts)
           GROUP BY l.session_id),
     f AS (
       SELECT t.user_type, t.t_search IS NOT NULL AS s1, p.session_id IS NOT NULL AS s2,
         v.session_id IS NOT NULL AS s3, r.session_id IS NOT NULL AS s4, q.session_id IS NOT NULL AS nosave
       FROM t LEFT JOIN p USING (session_id) LEFT JOIN v USING (session_id) LEFT JOIN r USING (session_id)
         LEFT JOIN q USING (session_id))
     SELECT user_type AS "userType", grouping(user_type)::INTEGER AS grp, count(*)::INTEGER AS sessions,
       count(*) FILTER (WHERE s1)::INTEGER AS search, count(*) FILTER (WHERE s2)::INTEGER AS profile,
       count(*) FILTER (WHERE s3)::INTEGER AS save, count(*) FILTER (WHERE s4)::INTEGER AS request,
       count(*) FILTER (WHERE nosave)::INTEGER AS "requestWithoutSave"
     FROM f GROUP BY ROLLUP (user_type) ORDER BY grp DESC, sessions DESC`,
    params,
  );
  return rows.map(({ grp, ...r }) => ({ ...r, userType: grp ? null : r.userType }));
}
