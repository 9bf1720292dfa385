/**
 * Top search terms of the matching site. Terms are counted in SQL after normalising: Unicode NFC (a Korean
 * word typed on a Mac can arrive decomposed into jamo — NFD — and must count as the same word), whitespace
 * collapsed and trimmed, and lower case (which changes Latin and other cased scripts; Hangul has no case).
 * For each term: searches, sessions, who searched (exporters or buyers), and how often a click followed in
 * the same session (did the results help?).
 */
import type { Engine } from '../engine/engine.ts';
import { periodLog, type WeblogPeriod } from './weblog-period.ts';

export interface SearchTerm {
  readonly term: string;
  readonly searches: number;
  readonly sessions: number;
  readonly byExporters: number;
  readonly byBuyers: number;
  /** Share of the term's searches followed by a click later in the same session. */
  readonly clickShare: number;
  readonly hangul: boolean;
}

export const NORMALISED_QUERY_SQL = `lower(trim(regexp_replace(nfc_normalize(query), '\\s+', ' ', 'g')))`;

export async function topSearchTerms(
  engine: Engine,
  period: WeblogPeriod,
  limit = 30,
): Promise<SearchTerm[]> {
  const { sql, params } = periodLog(period);
  return engine.query<SearchTerm>(
    `WITH ${sql},
     s AS (SELECT session_id, user_type, ts, ${NORMALISED_QUERY_SQL} AS term
           FROM log WHERE event_type = 'search' AND query IS NOT NULL),
     c AS (SELECT session_id, max(ts) AS last_click FROM log WHERE event_type = 'click' GROUP BY session_id)
     SELECT term, count(*)::INTEGER AS searches, count(DISTINCT s.session_id)::INTEGER AS sessions,
       count(*) FILTER (WHERE user_type = 'exporter')::INTEGER AS "byExporters",
       count(*) FILTER (WHERE user_type = 'buyer')::INTEGER AS "byBuyers",
       avg(CASE WHEN c.last_click > s.ts THEN 1 ELSE 0 END)::DOUBLE AS "clickShare",
       regexp_matches(term, '[가-힣ㄱ-ㆎ]') AS hangul
     FROM s LEFT JOIN c USING (session_id)
     WHERE term <> ''
     GROUP BY term ORDER BY searches DESC, term LIMIT ?`,
    [...params, limit],
  );
}
