/**
 * Events (행사: 소비재 수출대전, 온라인 상담회 …) for the event filter, the evaluation's hold-out, the fair booth's
 * event picker (data/fair/fair-events.ts orders this same list newest first), and the point in time ("as of") the
 * data are read at: live lists use everything and the latest year; an evaluation of event E uses only what was
 * known before E started.
 */
import { InputError } from '../../core/errors.ts';
import type { Engine } from '../engine/engine.ts';
import type { AsOf } from './matching-types.ts';

export interface EventInfo {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  /** 'YYYY-MM-DD' */
  readonly startDate: string;
  readonly endDate: string;
  readonly city: string | null;
  /** Participants by side (event_participants rows), and the event's rows in `matches`. */
  readonly exporters: number;
  readonly buyers: number;
  readonly matches: number;
}

/** Every event with its participant and match counts, oldest first (start date, then id). */

export async function listEvents(engine: Engine): Promise<EventInfo[]> {
  const rows = await engine.query<{
    event_id: string;
    name: string;
    kind: string;
    start_date: string;
    end_date: string;
    city: string | null;
    exporters: number;
    buyers: number;
    matches: number;
  }>(
    `SELECT e.event_id, e.name, e.kind, strftime(e.start_date, '%Y-%m-%d') AS start_date,
       strftime(e.end_date, '%Y-%m-%d') AS end_date, e.city,
       count(DISTINCT p.party_id) FILTER (WHERE p.party_type = 'exporter')::INTEGER AS exporters,
       count(DISTINCT p.party_id) FILTER (WHERE p.party_type = 'buyer')::INTEGER AS buyers,
       (SELECT count(*) FROM matches m WHERE m.event_id = e.event_id)::INTEGER AS matches
     FROM events e LEFT JOIN event_participants p USING (event_id)
     GROUP BY e.event_id, e.name, e.kind, e.start_date, e.end_date, e.city ORDER BY e.start_date, e.event_id`,
  );
  return rows.map((r) => ({
    id: r.event_id,
    name: r.name,
    kind: r.kind,
    startDate: r.start_date,
    endDate: r.end_date,
    city: r.city,
    exporters: r.exporters,
    buyers: r.buyers,
    matches: r.matches,
  }));
}

/** The event with this id, or an InputError naming it and listing the known ones. */
export function findEvent(events: readonly EventInfo[], id: string): EventInfo {
  const e = events.find((x) => x.id === id);
  if (!e) {
    const known = events.map((x) => x.id).join(', ');
    throw new InputError(
      `Unknown event id '${id}'. ${known ? `Known events: ${known}.` : 'The dataset has no events.'}`,
      'unknown-event',
    );
  }
  return e;
}

/** Live: no cutoff, the latest year with firm data (or the current year when there is none). */
export async function liveAsOf(engine: Engine): Promise<AsOf> {
  const [r] = await engine.query<{ y: number | null }>(
    `SELECT max(y)::INTEGER AS y FROM (SELECT max(year) AS y FROM firm_years UNION ALL SELECT max(year) FROM country_macro)`,
  );
  return { cutoff: null, year: r?.y ?? new Date().getUTCFullYear() };
}

/** Before the event: matches resolved and web-log events before its first day; facts of its year. */
export function eventAsOf(event: EventInfo): AsOf {
  return { cutoff: `${event.startDate} 00:00:00`, year: Number(event.startDate.slice(0, 4)) };
}
