/**
 * The two lists that keep the fair fair: participants with no meeting yet (so staff can introduce them to
 * someone), and requests that have waited too long for an answer.
 *
 * "Waiting" is measured against the booth's clock, which is the later of the data's own clock (its latest
 * request or change) and the laptop's clock when that falls within the event's days. So a live fair ages
 * requests in real time, while replaying an old fair — or a laptop with a wrong date — still reads sensibly.
 */
import type { Engine } from '../engine/engine.ts';
import { CURRENT, q } from './live-tables.ts';
import { asWallClock } from './match-row.ts';
import { MEETING_STATUSES } from './live-summary.ts';

export type PartySide = 'exporter' | 'buyer';

export interface UnmetParty {
  readonly id: string;
  readonly name: string | null;
  /** Exporters' English name when the data has one (buyers' names are already in Latin script). */
  readonly nameEn: string | null;
  /** Exporter: industry; buyer: country (ISO). */
  readonly detail: string | null;
  /** Requests with this party (either direction), by their current status. */
  readonly requests: number;
  readonly pending: number;
  readonly declined: number;
  readonly maxMeetings: number | null;
}

/** At most this many rows of a list reach the page (the count is always complete). */
export const LIST_LIMIT = 500;

export interface Listed<T> {
  readonly total: number;
  readonly rows: readonly T[];
}

export async function unmetParties(
  engine: Engine,
  eventId: string,
  side: PartySide,
  limit = LIST_LIMIT,
): Promise<Listed<UnmetParty>> {
  const idCol = side === 'exporter' ? 'exporter_id' : 'buyer_id';
  const info =
    side === 'exporter'
      ? 'LEFT JOIN exporters i ON i.exporter_id = p.party_id'
      : 'LEFT JOIN buyers i ON i.buyer_id = p.party_id';
  const detail = side === 'exporter' ? 'i.industry' : 'i.country';
  const nameEn = side === 'exporter' ? 'i.name_en' : 'NULL::VARCHAR';
  const rows = await engine.query<UnmetParty & { total: number }>(
    `WITH agg AS (
       SELECT ${idCol} AS id, count(*)::INTEGER AS requests,
         count(*) FILTER (WHERE status = 'requested')::INTEGER AS pending,
         count(*) FILTER (WHERE status = 'declined')::INTEGER AS declined,
         count(*) FILTER (WHERE status IN ${MEETING_STATUSES})::INTEGER AS meetings
       FROM ${q(CURRENT)} GROUP BY ${idCol})
     SELECT p.party_id AS id, i.name AS name, ${nameEn} AS "nameEn", ${detail} AS detail,
       coalesce(a.requests, 0)::INTEGER AS requests, coalesce(a.pending, 0)::INTEGER AS pending,
       coalesce(a.declined, 0)::INTEGER AS declined, p.max_meetings AS "maxMeetings",
       count(*) OVER ()::INTEGER AS total
     FROM event_participants p ${info} LEFT JOIN agg a ON a.id = p.party_id
     WHERE p.event_id = ? AND p.party_type = ? AND coalesce(a.meetings, 0) = 0
     ORDER BY requests, pending DESC, p.party_id LIMIT ?`,
    [eventId, side, limit],
  );
  return { total: rows[0]?.total ?? 0, rows: rows.map(({ total: _total, ...r }) => r) };
}

export interface WaitingRequest {
  readonly matchId: string;
  readonly exporterId: string;
  readonly exporterName: string | null;
  readonly exporterNameEn: string | null;
  readonly buyerId: string;
  readonly buyerName: string | null;
  readonly buyerCountry: string | null;
  readonly requestedBy: string;
  readonly requestedAt: string;
  readonly waitMinutes: number;
}

/** Requests still unanswered after `minMinutes` at `asOf` (wall clock), longest wait first. */
export async function waitingRequests(
  engine: Engine,
  asOf: string,
  minMinutes: number,
  limit = LIST_LIMIT,
): Promise<Listed<WaitingRequest>> {
  const rows = await engine.query<WaitingRequest & { total: number }>(
    `SELECT c.match_id AS "matchId", c.exporter_id AS "exporterId", e.name AS "exporterName",
       e.name_en AS "exporterNameEn", c.buyer_id AS "buyerId", b.name AS "buyerName", b.country AS "buyerCountry",
       c.requested_by AS "requestedBy", c.requested_at AS "requestedAt",
       date_diff('minute', c.requested_at, CAST(? AS TIMESTAMP))::INTEGER AS "waitMinutes",
       count(*) OVER ()::INTEGER AS total
     FROM ${q(CURRENT)} c
     LEFT JOIN exporters e ON e.exporter_id = c.exporter_id
     LEFT JOIN buyers b ON b.buyer_id = c.buyer_id
     WHERE c.status = 'requested' AND date_diff('minute', c.requested_at, CAST(? AS TIMESTAMP)) >= ?
     ORDER BY "waitMinutes" DESC, c.match_id LIMIT ?`,
    [asOf, asOf, minMinutes, limit],
  );
  return {
    total: rows[0]?.total ?? 0,
    rows: rows.map(({ total: _total, ...r }) => ({ ...r, requestedAt: asWallClock(r.requestedAt) })),
  };
}

/** Which rule set the booth clock: see boothClock. */
export type BoothClockRule = 'running' | 'eventData' | 'eventStart';

export interface BoothClock {
  /** 'YYYY-MM-DD HH:MM:SS', venue wall clock. */
  readonly at: string;
  readonly rule: BoothClockRule;
}

/** The laptop's date falls within the event's days: the event is on now. */
export function eventRunning(laptop: string, event: { startDate: string; endDate: string }): boolean {
  const day = laptop.slice(0, 10);
  return day >= event.startDate && day <= event.endDate;
}

/**
 * The booth's reference time, one rule: while the event is running (the laptop's date is one of its days) it is
 * now — the laptop's clock, or the event's own clock if that is later; otherwise it is the event's time, the
 * latest record of the dataset and the live file (`eventClock`), or the event's first day at 00:00 when there is
 * none. A journal entry never moves it: entries are stamped with the laptop's clock, which, outside the event,
 * would turn every wait into months (issue 10 scope 2).
 */
export function boothClock(
  eventClock: string | null,
  laptop: string,
  event: { startDate: string; endDate: string },
): BoothClock {
  if (eventRunning(laptop, event))
    return { at: eventClock && eventClock > laptop ? eventClock : laptop, rule: 'running' };
  if (eventClock) return { at: eventClock, rule: 'eventData' };
  return { at: `${event.startDate} 00:00:00`, rule: 'eventStart' };
}
