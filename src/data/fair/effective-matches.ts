/**
 * How the booth's view of an event's matches is made: the dataset's `matches`, the live status file and the
 * staff's journal, merged per match_id — the row with the latest `updated_at` wins; on a tie the journal beats
 * the live file and the live file beats the dataset (what someone saw at the booth is the freshest word).
 * So a newer warehouse extract or live file supersedes an old booth record, and nothing is lost either way:
 * the journal itself is kept and exported as it was recorded.
 */
import { ident, type Engine } from '../engine/engine.ts';
import { CURRENT, ensureLiveTables, FEED, JOURNAL, MATCHES_SELECT, q } from './live-tables.ts';
import { MATCH_COLUMNS } from './match-row.ts';

export type MatchSource = 'dataset' | 'feed' | 'journal';
const COLUMNS = MATCH_COLUMNS.map(ident).join(', ');

export const SOURCE_CODES: Record<MatchSource, number> = { dataset: 0, feed: 1, journal: 2 };

/** Rebuilds `fair_live.current` for one event (column `source`: 0 dataset, 1 live file, 2 journal). */
export async function buildCurrent(engine: Engine, eventId: string): Promise<void> {
  await ensureLiveTables(engine);
  await engine.query(
    `CREATE OR REPLACE TABLE ${q(CURRENT)} AS
     SELECT * FROM (
       SELECT ${MATCHES_SELECT}, 0 AS source FROM matches WHERE event_id = ?
       UNION ALL SELECT ${COLUMNS}, 1 FROM ${q(FEED)} WHERE event_id = ?
       UNION ALL SELECT ${COLUMNS}, 2 FROM ${q(JOURNAL)} WHERE event_id = ?)
     QUALIFY row_number() OVER (PARTITION BY match_id ORDER BY updated_at DESC, source DESC) = 1`,
    [eventId, eventId, eventId],
  );
}

export { CURRENT };
