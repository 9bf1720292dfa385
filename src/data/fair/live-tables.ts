/**
 * The booth's own tables, beside the dataset (schema `fair_live`, which survives loading another dataset):
 *   feed     — the latest live status file (a `matches` extract the agency's system rewrites);
 *   journal  — what staff recorded at the booth (the effective journal: undone entries left out);
 *   current  — one event's matches after the merge (see effective-matches.ts), rebuilt on every refresh.
 * All in the contract's `matches` shape and types.
 */
import { ident, type Engine, type QualifiedName } from '../engine/engine.ts';
import { matchesIpcStream } from './matches-arrow.ts';
import type { MatchRow } from './match-row.ts';

export const LIVE_SCHEMA = 'fair_live';
export const FEED: QualifiedName = { schema: LIVE_SCHEMA, table: 'feed' };
export const JOURNAL: QualifiedName = { schema: LIVE_SCHEMA, table: 'journal' };
export const CURRENT: QualifiedName = { schema: LIVE_SCHEMA, table: 'current' };

export const MATCHES_COLUMNS_DDL =
  'match_id VARCHAR, event_id VARCHAR, exporter_id VARCHAR, buyer_id VARCHAR, requested_by VARCHAR, ' +
  'requested_at TIMESTAMP, status VARCHAR, updated_at TIMESTAMP, contract_value_usd DOUBLE';

/** The contract's columns with its types, read from any table that has them (e.g. timestamp_ms → TIMESTAMP). */
export const MATCHES_SELECT =
  'CAST(match_id AS VARCHAR) AS match_id, CAST(event_id AS VARCHAR) AS event_id, ' +
  'CAST(exporter_id AS VARCHAR) AS exporter_id, CAST(buyer_id AS VARCHAR) AS buyer_id, ' +
  'CAST(requested_by AS VARCHAR) AS requested_by, CAST(requested_at AS TIMESTAMP) AS requested_at, ' +
  'CAST(status AS VARCHAR) AS status, CAST(updated_at AS TIMESTAMP) AS updated_at, ' +
  'CAST(contract_value_usd AS DOUBLE) AS contract_value_usd';

export function q(name: QualifiedName): string {
  return `${ident(name.schema)}.${ident(name.table)}`;
}

export async function ensureLiveTables(engine: Engine): Promise<void> {
  await engine.exec(
    `CREATE SCHEMA IF NOT EXISTS ${ident(LIVE_SCHEMA)};
     CREATE TABLE IF NOT EXISTS ${q(FEED)} (${MATCHES_COLUMNS_DDL});
     CREATE TABLE IF NOT EXISTS ${q(JOURNAL)} (${MATCHES_COLUMNS_DDL});`,
  );
}

/** Replaces the journal table with these rows (the effective journal, at most one row per match). */
export async function replaceJournalTable(engine: Engine, rows: readonly MatchRow[]): Promise<void> {
  await ensureLiveTables(engine);
  if (rows.length === 0) {
    await engine.exec(`CREATE OR REPLACE TABLE ${q(JOURNAL)} (${MATCHES_COLUMNS_DDL})`);
    return;
  }
  const incoming = { schema: LIVE_SCHEMA, table: 'journal_incoming' };
  await engine.loadArrowStream(incoming, matchesIpcStream(rows));
  await engine.exec(
    `CREATE OR REPLACE TABLE ${q(JOURNAL)} AS SELECT ${MATCHES_SELECT} FROM ${q(incoming)};
     DROP TABLE IF EXISTS ${q(incoming)};`,
  );
}

/** Forgets the live file (e.g. when the staff switch the live source off). */
export async function clearFeed(engine: Engine): Promise<void> {
  await ensureLiveTables(engine);
  await engine.exec(`CREATE OR REPLACE TABLE ${q(FEED)} (${MATCHES_COLUMNS_DDL})`);
}
