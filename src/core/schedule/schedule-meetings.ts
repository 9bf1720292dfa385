/**
 * The meeting scheduler of the fair booth (상담 일정표): from accepted pairs, each party's max_meetings and the
 * number of time slots, a schedule in which nobody is in two places at once.
 *
 * Why our own: this is the product's core at a 소비재 대전 — the agency must be able to say exactly what the
 * schedule guarantees, and it has to run offline in the browser on 20,000 pairs in well under a second.
 * No general solver gives both. Two classical steps, each with a proof:
 *   1. which pairs meet: a maximum, level-by-level balanced b-matching (balanced-b-matching.ts);
 *   2. when: a proper edge colouring with `slots` colours (bipartite-edge-colouring.ts, König's theorem).
 * Guarantees (docs/fair-operations.md): no party in two meetings in one slot; no party above
 * min(max_meetings, slots); only accepted pairs; the most meetings any such schedule can hold; fair spread as
 * defined in balanced-b-matching.ts; every pair left out is listed with the side that was full.
 */
import { CodedInputError } from '../coded-error.ts';
import { balancedBMatching } from './balanced-b-matching.ts';
import { colourBipartiteEdges } from './bipartite-edge-colouring.ts';
import type {
  PartyLoad,
  Schedule,
  ScheduleInput,
  ScheduledMeeting,
  SchedulePair,
  UnscheduledPair,
} from './schedule-types.ts';

/** A day of 30-minute slots is 16–20; a week of 10-minute slots stays well under this. */
export const MAX_SLOTS = 1000;

export function scheduleMeetings(input: ScheduleInput): Schedule {
  const { slots } = input;
  if (!Number.isInteger(slots) || slots < 1 || slots > MAX_SLOTS) {
    throw new CodedInputError(
      `the number of meeting slots must be a whole number from 1 to ${MAX_SLOTS} (got ${slots}); check the day, start and end times and the slot length`,
      'schedule-slots',
      { slots: String(slots), max: MAX_SLOTS },
    );
  }
  const defaultCap = input.defaultCap ?? slots;
  checkCap(defaultCap, 'default');

  const exporters = new Indexer();
  const buyers = new Indexer();
  const seen = new Set<string>();
  const kept: SchedulePair[] = [];
  const duplicates: UnscheduledPair[] = [];
  for (const pair of input.pairs) {
    if (!pair.exporter || !pair.buyer) {
      throw new CodedInputError(`pair ${pair.id}: exporter and buyer ids are required`, 'schedule-pair', {
        id: pair.id,
      });
    }
    const key = `${pair.exporter}\u0000${pair.buyer}`;
    if (seen.has(key)) {
      duplicates.push({ pair, reason: 'duplicate' });
      continue;
    }
    seen.add(key);
    exporters.index(pair.exporter);
    buyers.index(pair.buyer);
    kept.push(pair);
  }

  const from = new Int32Array(kept.length);
  const to = new Int32Array(kept.length);
  kept.forEach((p, i) => {
    from[i] = exporters.index(p.exporter);
    to[i] = buyers.index(p.buyer);
  });
  const limits = (ix: Indexer, caps: ReadonlyMap<string, number> | undefined): Int32Array =>
    Int32Array.from(ix.ids, (id) => {
      const cap = caps?.get(id) ?? defaultCap;
      checkCap(cap, id);
      return Math.min(cap, slots);
    });
  const leftLimit = limits(exporters, input.exporterCaps);
  const rightLimit = limits(buyers, input.buyerCaps);
  const graph = { left: exporters.ids.length, right: buyers.ids.length, from, to };

  const chosen = balancedBMatching(graph, leftLimit, rightLimit);
  const colour = colourBipartiteEdges(graph, chosen, slots);

  const leftLoad = new Int32Array(graph.left);
  const rightLoad = new Int32Array(graph.right);
  const leftAccepted = new Int32Array(graph.left);
  const rightAccepted = new Int32Array(graph.right);
  const perSlot = new Array<number>(slots).fill(0);
  const meetings: ScheduledMeeting[] = [];
  for (let i = 0; i < kept.length; i++) {
    leftAccepted[from[i]]++;
    rightAccepted[to[i]]++;
    if (!chosen[i]) continue;
    leftLoad[from[i]]++;
    rightLoad[to[i]]++;
    perSlot[colour[i]]++;
    meetings.push({ pair: kept[i], slot: colour[i] });
  }
  const unscheduled: UnscheduledPair[] = [];
  for (let i = 0; i < kept.length; i++) {
    if (chosen[i]) continue;
    const eFull = leftLoad[from[i]] >= leftLimit[from[i]];
    const bFull = rightLoad[to[i]] >= rightLimit[to[i]];
    // Maximality makes one side full; if neither were, the pair could be added and the flow was not maximum.
    if (!eFull && !bFull) throw new Error(`scheduler invariant broken for pair ${kept[i].id}`);
    unscheduled.push({
      pair: kept[i],
      reason: eFull && bFull ? 'both-full' : eFull ? 'exporter-full' : 'buyer-full',
    });
  }
  unscheduled.push(...duplicates);
  meetings.sort(
    (a, b) =>
      a.slot - b.slot || compare(a.pair.exporter, b.pair.exporter) || compare(a.pair.buyer, b.pair.buyer),
  );
  const loads = (ix: Indexer, load: Int32Array, accepted: Int32Array, limit: Int32Array): PartyLoad[] =>
    ix.ids.map((id, i) => ({ id, meetings: load[i], accepted: accepted[i], limit: limit[i] }));
  return {
    slots,
    meetings,
    unscheduled,
    exporters: loads(exporters, leftLoad, leftAccepted, leftLimit),
    buyers: loads(buyers, rightLoad, rightAccepted, rightLimit),
    perSlot,
  };
}

function checkCap(cap: number, who: string): void {
  if (!Number.isInteger(cap) || cap < 0) {
    throw new CodedInputError(
      `max_meetings for ${who} must be a whole number ≥ 0 (got ${cap})`,
      'schedule-cap',
      { who, cap: String(cap) },
    );
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

class Indexer {
  readonly ids: string[] = [];
  private readonly map = new Map<string, number>();
  index(id: string): number {
    let i = this.map.get(id);
    if (i === undefined) {
      i = this.ids.length;
      this.map.set(id, i);
      this.ids.push(id);
    }
    return i;
  }
}
