/**
 * 실시간 매칭 현황 — the headline numbers of one event from `fair_live.current` (effective-matches.ts):
 * counts per status, the funnel requested → accepted → met → contracted, how many participants already
 * have a meeting, where the rows came from, the data's own clock, and the days with activity.
 */
import type { Engine } from '../engine/engine.ts';
import { CURRENT, q } from './live-tables.ts';
import { asWallClock, type MatchStatus } from './match-row.ts';

export interface LiveSummary {
  readonly total: number;
  readonly byStatus: Readonly<Record<MatchStatus, number>>;
  /** Reached at least this stage: requested (all) ≥ accepted ≥ met ≥ contracted. */
  readonly funnel: readonly { stage: 'requested' | 'accepted' | 'met' | 'contracted'; n: number }[];
  readonly contractValueUsd: number;
  readonly exporters: { readonly total: number; readonly withMeeting: number };
  readonly buyers: { readonly total: number; readonly withMeeting: number };
  readonly fromSource: { readonly dataset: number; readonly feed: number; readonly journal: number };
  /**
   * The event's own clock: the latest request or status change in the dataset and the live status file (wall
   * clock), or null when there is none. The booth journal is left out: its entries carry the laptop's time,
   * which says nothing about when the event is (see boothClock).
   */
  readonly eventClock: string | null;
  /** 'YYYY-MM-DD' days on which something was requested or changed. */
  readonly days: readonly string[];
}

/** A party "has a meeting" once a request with it is accepted (scheduled), held or contracted. */
export const MEETING_STATUSES = "('accepted', 'met', 'contracted')";

export async function liveSummary(engine: Engine, eventId: string): Promise<LiveSummary> {
  const cur = q(CURRENT);
  const [r] = await engine.query<{
    total: number;
    requested: number;
    accepted: number;
    declined: number;
    met: number;
    contracted: number;
    value: number;
    from_dataset: number;
    from_feed: number;
    from_journal: number;
    clock: string | null;
  }>(
    `SELECT count(*)::INTEGER AS total,
       count(*) FILTER (WHERE status = 'requested')::INTEGER AS requested,
       count(*) FILTER (WHERE status = 'accepted')::INTEGER AS accepted,
       count(*) FILTER (WHERE status = 'declined')::INTEGER AS declined,
       count(*) FILTER (WHERE status = 'met')::INTEGER AS met,
       count(*) FILTER (WHERE status = 'contracted')::INTEGER AS contracted,
       coalesce(sum(contract_value_usd) FILTER (WHERE status = 'contracted'), 0)::DOUBLE AS value,
       count(*) FILTER (WHERE source = 0)::INTEGER AS from_dataset,
       count(*) FILTER (WHERE source = 1)::INTEGER AS from_feed,
       count(*) FILTER (WHERE source = 2)::INTEGER AS from_journal,
       max(greatest(requested_at, updated_at)) FILTER (WHERE source <> 2) AS clock
     FROM ${cur}`,
  );
  const parties = await engine.query<{ party_type: string; total: number; with_meeting: number }>(
    `WITH met AS (
       SELECT DISTINCT 'exporter' AS party_type, exporter_id AS party_id FROM ${cur} WHERE status IN ${MEETING_STATUSES}
       UNION ALL
       SELECT DISTINCT 'buyer', buyer_id FROM ${cur} WHERE status IN ${MEETING_STATUSES})
     SELECT p.party_type, count(*)::INTEGER AS total, count(m.party_id)::INTEGER AS with_meeting
     FROM event_participants p LEFT JOIN met m ON m.party_type = p.party_type AND m.party_id = p.party_id
     WHERE p.event_id = ? GROUP BY p.party_type`,
    [eventId],
  );
  const side = (t: string) => {
    const p = parties.find((x) => x.party_type === t);
    return { total: p?.total ?? 0, withMeeting: p?.with_meeting ?? 0 };
  };
  const days = await engine.query<{ day: string }>(
    `SELECT strftime(d, '%Y-%m-%d') AS day FROM (
       SELECT DISTINCT CAST(requested_at AS DATE) AS d FROM ${cur}
       UNION SELECT DISTINCT CAST(updated_at AS DATE) FROM ${cur})
     ORDER BY day`,
  );
  const accepted = r.accepted + r.met + r.contracted;
  return {
    total: r.total,
    byStatus: {
      requested: r.requested,
      accepted: r.accepted,
      declined: r.declined,
      met: r.met,
      contracted: r.contracted,
    },
    funnel: [
      { stage: 'requested', n: r.total },
      { stage: 'accepted', n: accepted },
      { stage: 'met', n: r.met + r.contracted },
      { stage: 'contracted', n: r.contracted },
    ],
    contractValueUsd: r.value,
    exporters: side('exporter'),
    buyers: side('buyer'),
    fromSource: { dataset: r.from_dataset, feed: r.from_feed, journal: r.from_journal },
    eventClock: r.clock ? asWallClock(r.clock) : null,
    days: days.map((d) => d.day),
  };
}

export interface TimelineBucket {
  /** 'HH:MM', start of the bucket. */
  readonly time: string;
  readonly requested: number;
  /** Matches whose latest change, in this bucket, was to this status. */
  readonly accepted: number;
  readonly declined: number;
  readonly met: number;
  readonly contracted: number;
}

/** One day in `minutes`-long buckets: new requests, and status changes by the status they reached. */
export async function liveTimeline(engine: Engine, day: string, minutes = 30): Promise<TimelineBucket[]> {
  const cur = q(CURRENT);
  const width = Math.max(5, Math.min(240, Math.round(minutes)));
  return engine.query<TimelineBucket>(
    `WITH ev AS (
       SELECT time_bucket(to_minutes(?::BIGINT), requested_at) AS b, 'requested' AS kind FROM ${cur}
         WHERE CAST(requested_at AS DATE) = CAST(? AS DATE)
       UNION ALL
       SELECT time_bucket(to_minutes(?::BIGINT), updated_at), status FROM ${cur}
         WHERE status <> 'requested' AND CAST(updated_at AS DATE) = CAST(? AS DATE))
     SELECT strftime(b, '%H:%M') AS time,
       count(*) FILTER (WHERE kind = 'requested')::INTEGER AS requested,
       count(*) FILTER (WHERE kind = 'accepted')::INTEGER AS accepted,
       count(*) FILTER (WHERE kind = 'declined')::INTEGER AS declined,
       count(*) FILTER (WHERE kind = 'met')::INTEGER AS met,
       count(*) FILTER (WHERE kind = 'contracted')::INTEGER AS contracted
     FROM ev GROUP BY b ORDER BY b`,
    [width, day, width, day],
  );
}
