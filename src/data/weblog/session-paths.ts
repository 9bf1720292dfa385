/**
 * Click paths: each session as a sequence of steps (home, search — the query and its result list —, result
 * click, profile, save, request, other pages; repeats of the same step merged), and how many sessions go from each step to the next over the first
 * `depth` steps — the links of a path (Sankey-like) chart. A session that stops is a link to 'end'.
 */
import type { Engine } from '../engine/engine.ts';
import { PROFILE_PAGE_SQL } from './click-funnel.ts';
import { periodLog, type WeblogPeriod } from './weblog-period.ts';

export const PATH_STEPS = ['home', 'search', 'click', 'profile', 'save', 'request', 'other', 'end'] as const;
export type PathStep = (typeof PATH_STEPS)[number];

export interface PathLink {
  /** 1-based position of the source step. */
  readonly depth: number;
  readonly source: PathStep;
  readonly target: PathStep;
  readonly sessions: number;
}

const STEP_SQL = `CASE
  WHEN event_type = 'search' THEN 'search'
  WHEN event_type = 'click' THEN 'click'
  WHEN event_type = 'save' THEN 'save'
  WHEN event_type = 'request' THEN 'request'
  WHEN page = '/' THEN 'home'
  WHEN page = '/search' THEN 'search'
  WHEN ${PROFILE_PAGE_SQL} THEN 'profile'
  ELSE 'other' END`;

/** Same-time events keep the site's logical order (a page view before what happens on it). */
const ORDER_SQL = `ts, CASE event_type WHEN 'page_view' THEN 0 WHEN 'search' THEN 1 WHEN 'click' THEN 2
  WHEN 'save' THEN 3 ELSE 4 END`;

export async function sessionPaths(engine: Engine, period: WeblogPeriod, depth = 5): Promise<PathLink[]> {
  const { sql, params } = periodLog(period);
  return engine.query<PathLink>(
    `WITH ${sql},
     e AS (SELECT session_id, ${STEP_SQL} AS step, row_number() OVER (PARTITION BY session_id ORDER BY ${ORDER_SQL}) AS i
           FROM log),
     d AS (SELECT *, lag(step) OVER (PARTITION BY session_id ORDER BY i) AS prev FROM e),
     c AS (SELECT session_id, step, row_number() OVER (PARTITION BY session_id ORDER BY i) AS pos
           FROM d WHERE prev IS DISTINCT FROM step)
     SELECT a.pos::INTEGER AS depth, a.step AS source, coalesce(b.step, 'end') AS target,
       count(*)::INTEGER AS sessions
     FROM c a LEFT JOIN c b ON b.session_id = a.session_id AND b.pos = a.pos + 1
     WHERE a.pos < ?
     GROUP BY ALL ORDER BY depth, sessions DESC`,
    [...params, depth],
  );
}
