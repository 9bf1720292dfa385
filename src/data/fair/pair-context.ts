/** The facts journal-change.ts needs about one exporter–buyer pair at an event, read from the merged data. */
import type { Engine } from '../engine/engine.ts';
import type { PairContext } from './journal-change.ts';
import { CURRENT, ensureLiveTables, q } from './live-tables.ts';
import { asWallClock, type MatchRow } from './match-row.ts';

/** Reads `fair_live.current`, so call buildCurrent(engine, eventId) first (the live state does). */
export async function pairContext(
  engine: Engine,
  eventId: string,
  exporterId: string,
  buyerId: string,
): Promise<PairContext> {
  await ensureLiveTables(engine);
  const [facts] = await engine.query<{ event: boolean; exporter: boolean; buyer: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM events WHERE event_id = ?) AS event,
       EXISTS (SELECT 1 FROM event_participants WHERE event_id = ? AND party_type = 'exporter' AND party_id = ?) AS exporter,
       EXISTS (SELECT 1 FROM event_participants WHERE event_id = ? AND party_type = 'buyer' AND party_id = ?) AS buyer`,
    [eventId, eventId, exporterId, eventId, buyerId],
  );
  const rows = await engine.query<MatchRow>(
    `SELECT match_id, event_id, exporter_id, buyer_id, requested_by, requested_at, status, updated_at,
       contract_value_usd FROM ${q(CURRENT)}
     WHERE event_id = ? AND exporter_id = ? AND buyer_id = ?
     ORDER BY updated_at DESC, match_id LIMIT 1`,
    [eventId, exporterId, buyerId],
  );
  const row = rows[0];
  return {
    eventKnown: facts.event,
    exporterRegistered: facts.exporter,
    buyerRegistered: facts.buyer,
    existing: row
      ? { ...row, requested_at: asWallClock(row.requested_at), updated_at: asWallClock(row.updated_at) }
      : null,
  };
}
