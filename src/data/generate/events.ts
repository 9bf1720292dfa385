/**
 * Three matching events in the last three data years — two 대한민국 소비재 수출대전 fairs and an online
 * export consultation between them — and who takes part. Participation favours capable, exporting firms
 * and popular buyers and repeats across events (so history predicts the next event), and the last event
 * brings a quota of cold-start exporters: firms with no earlier event, match or web-log activity.
 */
import type { Buyer } from './buyers.ts';
import type { Exporter } from './firms.ts';
import type { GenerateArgs } from './options.ts';
import type { FirmHistory } from './panel.ts';
import { bernoulli, gumbelTopK, intBetween, stream } from './rng.ts';
import type { RowSink } from './sink.ts';

export type EventKind = 'consumer_goods_fair' | 'trade_mission' | 'online';

export interface MatchingEvent {
  id: string;
  name: string;
  kind: EventKind;
  year: number;
  /** 'YYYY-MM-DD'. */
  startDate: string;
  endDate: string;
  days: number;
  city: string | null;
  country: string;
  exporters: number[];
  buyers: number[];
  /** max_meetings per participant index (null = not limited). */
  exporterMax: Map<number, number | null>;
  buyerMax: Map<number, number | null>;
}

export interface EventPlan {
  events: MatchingEvent[];
  /** Exporters (index) that appear only in the last event: no earlier matches or web-log sessions. */
  coldStart: Set<number>;
  /** Start of the last event (epoch ms): cold-start firms have no activity before it. */
  lastEventStart: number;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
export const isoDate = (y: number, m: number, d: number) => `${y}-${pad2(m)}-${pad2(d)}`;

function defineEvents(
  args: GenerateArgs,
): Omit<MatchingEvent, 'exporters' | 'buyers' | 'exporterMax' | 'buyerMax'>[] {
  const y1 = args.endYear - 2;
  const y2 = args.endYear - 1;
  const y3 = args.endYear;
  return [
    {
      id: `EV${y1}-CGF`,
      name: `${y1} 대한민국 소비재 수출대전`,
      kind: 'consumer_goods_fair',
      year: y1,
      startDate: isoDate(y1, 6, 22),
      endDate: isoDate(y1, 6, 24),
      days: 3,
      city: '고양',
      country: 'KR',
    },
    {
      id: `EV${y2}-ONL`,
      name: `${y2} K-소비재 온라인 수출상담회`,
      kind: 'online',
      year: y2,
      startDate: isoDate(y2, 9, 12),
      endDate: isoDate(y2, 9, 15),
      days: 4,
      city: null,
      country: 'KR',
    },
    {
      id: `EV${y3}-CGF`,
      name: `${y3} 대한민국 소비재 수출대전`,
      kind: 'consumer_goods_fair',
      year: y3,
      startDate: isoDate(y3, 6, 19),
      endDate: isoDate(y3, 6, 21),
      days: 3,
      city: '서울',
      country: 'KR',
    },
  ];
}

export function eventSizes(args: GenerateArgs): { exporters: number; buyers: number } {
  return {
    exporters: Math.min(Math.round(0.175 * args.exporters), 2000),
    buyers: Math.min(Math.round(0.18 * args.buyers), 1500),
  };
}

export function planEvents(
  args: GenerateArgs,
  exporters: readonly Exporter[],
  histories: readonly FirmHistory[],
  buyers: readonly Buyer[],
): EventPlan {
  const rng = stream(args.seed, 'events');
  const sizes = eventSizes(args);
  const defs = defineEvents(args);
  const seenExporters = new Set<number>();
  const seenBuyers = new Set<number>();
  const coldStart = new Set<number>();
  const events: MatchingEvent[] = [];
  defs.forEach((def, n) => {
    const k = def.year - args.startYear;
    const last = n === defs.length - 1;
    const eligible: number[] = [];
    const logW: number[] = [];
    for (const e of exporters) {
      const h = histories[e.idx];
      if (e.founded > def.year || !h.observed[k]) continue;
      eligible.push(e.idx);
      logW.push(
        0.6 * e.capability +
          0.6 * h.exported[k] +
          0.4 * h.tradeShow[k] +
          (seenExporters.has(e.idx) ? 0.4 : 0),
      );
    }
    let chosen: number[];
    if (last) {
      // Cold-start quota: firms never at an earlier event; they are kept out of all earlier activity.
      const coldQuota = Math.round(0.22 * sizes.exporters);
      const fresh = eligible.map((idx, i) => ({ idx, w: logW[i] })).filter((x) => !seenExporters.has(x.idx));
      const cold = gumbelTopK(
        rng,
        fresh.map((x) => x.w),
        coldQuota,
      ).map((i) => fresh[i].idx);
      for (const c of cold) coldStart.add(c);
      const rest = eligible.map((idx, i) => ({ idx, w: logW[i] })).filter((x) => !coldStart.has(x.idx));
      const others = gumbelTopK(
        rng,
        rest.map((x) => x.w),
        sizes.exporters - cold.length,
      ).map((i) => rest[i].idx);
      chosen = [...cold, ...others];
    } else {
      chosen = gumbelTopK(rng, logW, sizes.exporters).map((i) => eligible[i]);
    }
    chosen.sort((a, b) => a - b);

    const bEligible: number[] = [];
    const bLogW: number[] = [];
    for (const b of buyers) {
      if (b.founded !== null && b.founded > def.year) continue;
      bEligible.push(b.idx);
      bLogW.push(0.5 * b.logPopularity - (b.badCredit ? 1.5 : 0) + (seenBuyers.has(b.idx) ? 0.5 : 0));
    }
    const chosenBuyers = gumbelTopK(rng, bLogW, sizes.buyers)
      .map((i) => bEligible[i])
      .sort((a, b) => a - b);

    const maxOf = () => (bernoulli(rng, 0.03) ? null : intBetween(rng, 4, 12));
    const exporterMax = new Map<number, number | null>(chosen.map((i) => [i, maxOf()]));
    const buyerMax = new Map<number, number | null>(chosenBuyers.map((i) => [i, maxOf()]));
    for (const i of chosen) seenExporters.add(i);
    for (const i of chosenBuyers) seenBuyers.add(i);
    events.push({ ...def, exporters: chosen, buyers: chosenBuyers, exporterMax, buyerMax });
  });
  const lastEvent = events[events.length - 1];
  return { events, coldStart, lastEventStart: Date.parse(`${lastEvent.startDate}T00:00:00Z`) };
}

export function writeEventRows(
  plan: EventPlan,
  exporters: readonly Exporter[],
  buyers: readonly Buyer[],
  sinks: { events: RowSink; event_participants: RowSink },
): void {
  for (const ev of plan.events) {
    sinks.events.add([ev.id, ev.name, ev.kind, ev.startDate, ev.endDate, ev.city, ev.country]);
  }
  for (const ev of plan.events) {
    for (const i of ev.exporters) {
      sinks.event_participants.add([ev.id, 'exporter', exporters[i].id, ev.exporterMax.get(i) ?? null]);
    }
    for (const i of ev.buyers) {
      sinks.event_participants.add([ev.id, 'buyer', buyers[i].id, ev.buyerMax.get(i) ?? null]);
    }
  }
}
