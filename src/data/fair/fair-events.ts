/** Events the booth can follow (행사: 소비재 수출대전 …), newest first, with their participant and match counts. */
import type { Engine } from '../engine/engine.ts';
import { listEvents, type EventInfo } from '../matching/events.ts';

export type FairEvent = EventInfo;

/** The dataset's events (the same query as the matching screens' event filter), newest first; ties by id. */
export async function listFairEvents(engine: Engine): Promise<FairEvent[]> {
  const oldestFirst = await listEvents(engine);
  // Array.prototype.sort is stable: events on the same start date keep their ascending id order.
  return oldestFirst.sort((a, b) => b.startDate.localeCompare(a.startDate));
}

/** The consumer-goods fair (소비재 대전) to open by default: the newest fair, else the newest event. */
export function defaultEvent(events: readonly FairEvent[]): FairEvent | null {
  return events.find((e) => e.kind === 'consumer_goods_fair') ?? events[0] ?? null;
}
