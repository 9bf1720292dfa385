/**
 * What the meeting scheduler needs from the data for one event: the accepted pairs (from the merged view, so
 * live-file and journal changes count), each participant's max_meetings, and names for the grid and the
 * printed schedules. Pairs come in the order they were accepted (earliest first), the scheduler's tie-break.
 */
import type { SchedulePair } from '../../core/schedule/schedule-types.ts';
import type { Engine } from '../engine/engine.ts';
import { CURRENT, q } from './live-tables.ts';

export interface ScheduleParty {
  readonly id: string;
  readonly name: string | null;
  /** The exporter's English name (exporters.name_en), for schedules handed to foreign buyers. */
  readonly nameEn: string | null;
  /** Exporter: industry; buyer: country (ISO). */
  readonly detail: string | null;
  readonly maxMeetings: number | null;
}

export interface ScheduleData extends EventParties {
  readonly pairs: readonly SchedulePair[];
}

/** Reads `fair_live.current`: call buildCurrent(engine, eventId) first. */
export async function scheduleData(engine: Engine, eventId: string): Promise<ScheduleData> {
  const pairs = await engine.query<SchedulePair>(
    `SELECT match_id AS id, exporter_id AS exporter, buyer_id AS buyer FROM ${q(CURRENT)}
     WHERE status = 'accepted' ORDER BY updated_at, match_id`,
  );
  return { pairs, ...(await eventParties(engine, eventId)) };
}

export interface EventParties {
  readonly exporters: ReadonlyMap<string, ScheduleParty>;
  readonly buyers: ReadonlyMap<string, ScheduleParty>;
}

/** The event's registered participants with names, by id. */
export async function eventParties(engine: Engine, eventId: string): Promise<EventParties> {
  const parties = await engine.query<ScheduleParty & { side: string }>(
    `SELECT p.party_type AS side, p.party_id AS id, coalesce(e.name, b.name) AS name, e.name_en AS "nameEn",
       CASE WHEN p.party_type = 'exporter' THEN e.industry ELSE b.country END AS detail,
       p.max_meetings AS "maxMeetings"
     FROM event_participants p
     LEFT JOIN exporters e ON p.party_type = 'exporter' AND e.exporter_id = p.party_id
     LEFT JOIN buyers b ON p.party_type = 'buyer' AND b.buyer_id = p.party_id
     WHERE p.event_id = ? ORDER BY p.party_id`,
    [eventId],
  );
  const side = (s: string) =>
    new Map(parties.filter((p) => p.side === s).map(({ side: _side, ...p }) => [p.id, p]));
  return { exporters: side('exporter'), buyers: side('buyer') };
}

/** max_meetings per party id; a party without one (NULL) is left out, so the scheduler's default applies. */
export function capsOf(parties: ReadonlyMap<string, ScheduleParty>): Map<string, number> {
  const caps = new Map<string, number>();
  for (const p of parties.values()) if (p.maxMeetings !== null) caps.set(p.id, p.maxMeetings);
  return caps;
}
