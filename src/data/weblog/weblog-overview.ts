/**
 * 이용패턴 분석 — sessions and time on page: per user type, how many sessions, how long and how deep they are
 * and how many end in a meeting request (conversion); per page kind, views and time on page (duration_ms of
 * page views). Only ids are in the log (consented users; no cookie values); nothing here shows more.
 */
import type { Engine } from '../engine/engine.ts';
import { PAGE_GROUP_SQL, periodLog, type WeblogPeriod, type WeblogRange } from './weblog-period.ts';

export interface UserTypeSessions {
  readonly userType: string;
  readonly sessions: number;
  readonly users: number;
  /** Median session length (first to last event), minutes. */
  readonly medianMinutes: number | null;
  readonly medianEvents: number | null;
  /** Share of sessions with at least one search / meeting request. */
  readonly searchShare: number;
  readonly requestShare: number;
}

export interface PageTime {
  readonly page: string;
  readonly views: number;
  readonly medianSeconds: number | null;
  readonly meanSeconds: number | null;
}

export interface WeblogOverview {
  readonly sessions: number;
  readonly events: number;
  readonly byUserType: readonly UserTypeSessions[];
  readonly pages: readonly PageTime[];
}

export async function weblogRange(engine: Engine): Promise<WeblogRange> {
  const [r] = await engine.query<{ first: string | null; last: string | null }>(
    `SELECT strftime(min(ts), '%Y-%m-%d') AS first, strftime(max(ts), '%Y-%m-%d') AS last FROM weblog`,
  );
  const years = await engine.query<{ y: number }>(
    `SELECT DISTINCT year(ts)::INTEGER AS y FROM weblog ORDER BY y DESC`,
  );
  return { first: r.first, last: r.last, years: years.map((y) => y.y) };
}

export async function weblogOverview(engine: Engine, period: WeblogPeriod): Promise<WeblogOverview> {
  const { sql, params } = periodLog(period);
  const byUserType = await engine.query<UserTypeSessions>(
    `WITH ${sql}, s AS (
       SELECT session_id, any_value(user_type) AS user_type, any_value(user_id) AS user_id,
         date_diff('second', min(ts), max(ts)) / 60.0 AS minutes, count(*) AS events,
         bool_or(event_type = 'search') AS searched, bool_or(event_type = 'request') AS requested
       FROM log GROUP BY session_id)
     SELECT user_type AS "userType", count(*)::INTEGER AS sessions, count(DISTINCT user_id)::INTEGER AS users,
       median(minutes)::DOUBLE AS "medianMinutes", median(events)::DOUBLE AS "medianEvents",
       avg(searched::INTEGER)::DOUBLE AS "searchShare", avg(requested::INTEGER)::DOUBLE AS "requestShare"
     FROM s GROUP BY user_type ORDER BY sessions DESC`,
    params,
  );
  const pages = await engine.query<PageTime>(
    `WITH ${sql}
     SELECT ${PAGE_GROUP_SQL} AS page, count(*)::INTEGER AS views,
       (median(duration_ms) / 1000)::DOUBLE AS "medianSeconds", (avg(duration_ms) / 1000)::DOUBLE AS "meanSeconds"
     FROM log WHERE event_type = 'page_view' GROUP BY 1 ORDER BY views DESC, page`,
    params,
  );
  const [t] = await engine.query<{ sessions: number; events: number }>(
    `WITH ${sql} SELECT count(DISTINCT session_id)::INTEGER AS sessions, count(*)::INTEGER AS events FROM log`,
    params,
  );
  return { sessions: t.sessions, events: t.events, byUserType, pages };
}
