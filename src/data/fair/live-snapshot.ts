/**
 * One refresh of 실시간 매칭 현황: rebuild the merged matches of the event (effective-matches.ts) and compute
 * everything the dashboard shows — the step the live file, the journal and every setting change go through,
 * and what bench/fair-live.bench.ts times (changed file → updated aggregates).
 */
import type { Engine } from '../engine/engine.ts';
import { buildCurrent } from './effective-matches.ts';
import { liveBreakdown, type BreakdownKind, type BreakdownRow } from './live-breakdowns.ts';
import {
  boothClock,
  eventRunning,
  unmetParties,
  type BoothClock,
  waitingRequests,
  type Listed,
  type UnmetParty,
  type WaitingRequest,
} from './live-lists.ts';
import { liveSummary, liveTimeline, type LiveSummary, type TimelineBucket } from './live-summary.ts';

export interface SnapshotOptions {
  /**
   * Day of the timeline; null/absent or not a day with activity → today while the event is running, else the
   * first event day with activity.
   */
  readonly day?: string | null;
  readonly bucketMinutes: number;
  readonly waitMinutes: number;
  /** The laptop's wall clock ('YYYY-MM-DD HH:MM:SS'). */
  readonly now: string;
}

export interface LiveSnapshot {
  readonly eventId: string;
  readonly summary: LiveSummary;
  readonly day: string | null;
  readonly timeline: readonly TimelineBucket[];
  readonly breakdowns: Readonly<Record<BreakdownKind, readonly BreakdownRow[]>>;
  readonly unmet: { readonly exporter: Listed<UnmetParty>; readonly buyer: Listed<UnmetParty> };
  readonly waiting: Listed<WaitingRequest>;
  /** The booth clock the waits are measured at, and the rule that set it. */
  readonly asOf: BoothClock;
  readonly millis: number;
}

export async function liveSnapshot(
  engine: Engine,
  event: { id: string; startDate: string; endDate: string },
  o: SnapshotOptions,
): Promise<LiveSnapshot> {
  const started = performance.now();
  await buildCurrent(engine, event.id);
  const summary = await liveSummary(engine, event.id);
  const today = o.now.slice(0, 10);
  // Today only while the event runs: a journal entry made after the event must not move the timeline to its day.
  const day =
    o.day && summary.days.includes(o.day)
      ? o.day
      : eventRunning(o.now, event) && summary.days.includes(today)
        ? today
        : (summary.days.find((d) => d >= event.startDate && d <= event.endDate) ?? summary.days[0] ?? null);
  const asOf = boothClock(summary.eventClock, o.now, event);
  const timeline = day ? await liveTimeline(engine, day, o.bucketMinutes) : [];
  const breakdowns = {
    chapter: await liveBreakdown(engine, 'chapter'),
    hall: await liveBreakdown(engine, 'hall'),
    country: await liveBreakdown(engine, 'country'),
  };
  const unmet = {
    exporter: await unmetParties(engine, event.id, 'exporter'),
    buyer: await unmetParties(engine, event.id, 'buyer'),
  };
  const waiting = await waitingRequests(engine, asOf.at, o.waitMinutes);
  return {
    eventId: event.id,
    summary,
    day,
    timeline,
    breakdowns,
    unmet,
    waiting,
    asOf,
    millis: performance.now() - started,
  };
}
