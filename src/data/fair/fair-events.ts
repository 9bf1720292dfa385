/** Events the booth can follow (행사: 소비재 수출대전 …), newest first, with their participant and match counts. */
import type { Engine } from '../engine.ts';

export interface FairEvent {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  /** 'YYYY-MM-DD' */
  readonly startDate: string;
  readonly endDate: string;
  readonly city: string | null;
  readonly exporters: number;
  readonly buyers: number;
  readonly matches: number;
}

export async function listFairEvents(engine: Engine): Promise<FairEvent[]> {
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
            (SELECT count(*) FROM event_participants p
              WHERE p.event_id = e.event_id AND p.party_type = 'exporter')::INTEGER AS exporters,
            (SELECT count(*) FROM event_participants p
              WHERE p.event_id = e.event_id AND p.party_type = 'buyer')::INTEGER AS buyers,
            (SELECT count(*) FROM matches m WHERE m.event_id = e.event_id)::INTEGER AS matches
     FROM events e ORDER BY e.start_date DESC, e.event_id`,
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

/** The consumer-goods fair (소비재 대전) to open by default: the newest fair, else the newest event. */
export function defaultEvent(events: readonly FairEvent[]): FairEvent | null {
  return events.find((e) => e.kind === 'consumer_goods_fair') ?? events[0] ?? null;
}
