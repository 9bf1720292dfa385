/**
 * Meeting requests and their outcomes (matches), at each event and outside events (online requests through
 * the agency in the years before). Who asks whom favours HS fit, wishes, latent taste and — for buyers —
 * popularity; whether the request is accepted is decided only by the hidden affinity (affinity.ts) and by
 * both sides' meeting capacity at events, so a recommender that learns affinity beats one that follows
 * popularity. The per-request truth goes to truth-matches.
 */
import { acceptProbability, affinityWithoutNoise, pairNoise, type AffinityParts } from './affinity.ts';
import type { Buyer } from './buyers.ts';
import { ChapterIndex, buyerChapters, exporterChapters, pairParts, type Population } from './candidates.ts';
import type { EventPlan, MatchingEvent } from './events.ts';
import type { Exporter } from './firms.ts';
import {
  bernoulli,
  clamp,
  gumbelTopK,
  logNormal,
  padId,
  poisson,
  roundStep,
  roundTo,
  sigmoid,
  stream,
  type Rng,
} from './rng.ts';
import type { RowSink } from './sink.ts';

export type Requester = 'exporter' | 'buyer' | 'agency';
export type MatchStatus = 'requested' | 'accepted' | 'declined' | 'met' | 'contracted';

export interface MatchRecord {
  id: string;
  eventId: string | null;
  e: number;
  b: number;
  by: Requester;
  requestedAt: number;
  status: MatchStatus;
  updatedAt: number;
  contractValue: number | null;
  parts: AffinityParts;
  noise: number;
  affinity: number;
  pAccept: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** How attractive a counterpart looks to whoever asks (not the acceptance rule). */
function requestLogWeight(by: Requester, p: AffinityParts, e: Exporter, b: Buyer): number {
  if (by === 'agency') return 2.5 * p.hsFit + 1.0 * p.priceFit + 1.0 * p.wishes;
  const content = 1.0 * p.hsFit + 0.4 * p.priceFit + 0.6 * p.wishes + 1.0 * p.taste;
  return by === 'exporter' ? content + 1.0 * b.logPopularity : content + 0.4 * e.capability;
}

interface Request {
  e: number;
  b: number;
  by: Requester;
  at: number;
}

function chooseRequests(
  rng: Rng,
  pop: Population,
  year: number,
  asker: { side: 'exporter' | 'buyer'; idx: number; by: Requester; n: number },
  index: ChapterIndex,
  seen: Set<string>,
  when: () => number,
  out: Request[],
): void {
  const { exporters, buyers } = pop;
  const candidates =
    asker.side === 'exporter'
      ? index.sample(rng, exporterChapters(exporters[asker.idx]), 40)
      : index.sample(rng, buyerChapters(buyers[asker.idx]), 40);
  if (candidates.length === 0) return;
  const weights = candidates.map((c) => {
    const e = asker.side === 'exporter' ? exporters[asker.idx] : exporters[c];
    const b = asker.side === 'exporter' ? buyers[c] : buyers[asker.idx];
    return requestLogWeight(asker.by, pairParts(pop, e, b, year), e, b);
  });
  for (const i of gumbelTopK(rng, weights, asker.n)) {
    const e = asker.side === 'exporter' ? asker.idx : candidates[i];
    const b = asker.side === 'exporter' ? candidates[i] : asker.idx;
    const key = `${e}|${b}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ e, b, by: asker.by, at: when() });
  }
}

function resolve(
  rng: Rng,
  pop: Population,
  r: Request,
  eventId: string | null,
  year: number,
  capacityOk: () => boolean,
  times: { respond: () => number; meet: (after: number) => number; contract: (after: number) => number },
  metRate: number,
): Omit<MatchRecord, 'id'> {
  const e = pop.exporters[r.e];
  const b = pop.buyers[r.b];
  const parts = pairParts(pop, e, b, year);
  const noise = pairNoise(pop.args.seed, e, b);
  const affinity = affinityWithoutNoise(parts) + noise;
  const pAccept = acceptProbability(affinity);
  let status: MatchStatus;
  let updatedAt = r.at;
  let contractValue: number | null = null;
  if (bernoulli(rng, 0.04)) {
    status = 'requested'; // never answered
  } else if (bernoulli(rng, pAccept) && capacityOk()) {
    status = 'accepted';
    updatedAt = r.at + times.respond();
    if (bernoulli(rng, metRate)) {
      status = 'met';
      updatedAt = times.meet(updatedAt);
      if (bernoulli(rng, sigmoid(-3.8 + 0.9 * affinity))) {
        status = 'contracted';
        updatedAt = times.contract(updatedAt);
        contractValue = roundStep(
          clamp(logNormal(rng, Math.log(60_000) + 0.3 * (affinity - 2), 0.9), 5_000, 3e6),
          100,
        );
      }
    }
  } else {
    status = 'declined';
    updatedAt = r.at + times.respond();
  }
  return {
    eventId,
    e: r.e,
    b: r.b,
    by: r.by,
    requestedAt: r.at,
    status,
    updatedAt,
    contractValue,
    parts,
    noise,
    affinity,
    pAccept,
  };
}

/** Requests through the agency's online channel in the years before (and around) the events. */
function outsideEventMatches(pop: Population, plan: EventPlan, rng: Rng): Omit<MatchRecord, 'id'>[] {
  const { args, exporters, histories, buyers } = pop;
  const out: Omit<MatchRecord, 'id'>[] = [];
  const dataEnd = Date.UTC(args.endYear, 11, 31, 18);
  const buyerIndex = new ChapterIndex();
  for (const b of buyers) buyerIndex.add(b.idx, buyerChapters(b));
  for (let year = Math.max(args.startYear, args.endYear - 5); year <= args.endYear; year++) {
    const k = year - args.startYear;
    const exporterIndex = new ChapterIndex();
    const eligible: number[] = [];
    const logW: number[] = [];
    for (const e of exporters) {
      if (plan.coldStart.has(e.idx) || e.founded > year || !histories[e.idx].observed[k]) continue;
      exporterIndex.add(e.idx, exporterChapters(e));
      eligible.push(e.idx);
      logW.push(0.5 * e.capability + 0.8 * histories[e.idx].exported[k]);
    }
    if (eligible.length === 0) continue;
    const when = () => Date.UTC(year, 0, 1 + rng.int(365), 9 + rng.int(9), rng.int(60));
    const seen = new Set<string>();
    const requests: Request[] = [];
    for (const i of gumbelTopK(rng, logW, Math.round(0.12 * args.exporters))) {
      const n = 1 + Math.min(5, poisson(rng, 0.7));
      chooseRequests(
        rng,
        pop,
        year,
        { side: 'exporter', idx: eligible[i], by: 'exporter', n },
        buyerIndex,
        seen,
        when,
        requests,
      );
    }
    for (let j = 0; j < Math.round(0.2 * args.buyers); j++) {
      const b = rng.int(buyers.length);
      if (buyers[b].founded !== null && buyers[b].founded > year) continue;
      const n = 1 + Math.min(4, poisson(rng, 0.4));
      chooseRequests(
        rng,
        pop,
        year,
        { side: 'buyer', idx: b, by: 'buyer', n },
        exporterIndex,
        seen,
        when,
        requests,
      );
    }
    for (let j = 0; j < Math.round(0.02 * args.exporters); j++) {
      const e = eligible[rng.int(eligible.length)];
      const n = 1 + rng.int(2);
      chooseRequests(
        rng,
        pop,
        year,
        { side: 'exporter', idx: e, by: 'agency', n },
        buyerIndex,
        seen,
        when,
        requests,
      );
    }
    requests.sort((a, b) => a.at - b.at || a.e - b.e || a.b - b.b);
    const times = {
      respond: () => (1 + rng.int(10)) * DAY + rng.int(8) * HOUR,
      meet: (t: number) => Math.min(dataEnd, t + (7 + rng.int(40)) * DAY),
      contract: (t: number) => Math.min(dataEnd, t + (30 + rng.int(90)) * DAY),
    };
    for (const r of requests) {
      const m = resolve(rng, pop, r, null, year, () => true, times, 0.6);
      m.updatedAt = Math.min(m.updatedAt, dataEnd);
      out.push(m);
    }
  }
  return out;
}

function eventMatches(pop: Population, ev: MatchingEvent, rng: Rng): Omit<MatchRecord, 'id'>[] {
  const { exporters, buyers } = pop;
  const [y, mo, d] = ev.startDate.split('-').map(Number);
  const first = Date.UTC(y, mo - 1, d);
  const lastClose = first + (ev.days - 1) * DAY + 18 * HOUR;
  const when = () => first + rng.int(ev.days) * DAY + 9 * HOUR + rng.int(8 * 60) * 60_000;
  const buyerIndex = new ChapterIndex();
  for (const b of ev.buyers) buyerIndex.add(b, buyerChapters(buyers[b]));
  const exporterIndex = new ChapterIndex();
  for (const e of ev.exporters) exporterIndex.add(e, exporterChapters(exporters[e]));

  const seen = new Set<string>();
  const requests: Request[] = [];
  for (const e of ev.exporters) {
    const n = 1 + Math.min(9, poisson(rng, 3.5));
    chooseRequests(
      rng,
      pop,
      ev.year,
      { side: 'exporter', idx: e, by: 'exporter', n },
      buyerIndex,
      seen,
      when,
      requests,
    );
  }
  for (const b of ev.buyers) {
    const n = Math.min(8, poisson(rng, 1.2));
    if (n > 0)
      chooseRequests(
        rng,
        pop,
        ev.year,
        { side: 'buyer', idx: b, by: 'buyer', n },
        exporterIndex,
        seen,
        when,
        requests,
      );
  }
  for (const e of ev.exporters) {
    if (bernoulli(rng, 0.3)) {
      chooseRequests(
        rng,
        pop,
        ev.year,
        { side: 'exporter', idx: e, by: 'agency', n: 1 },
        buyerIndex,
        seen,
        when,
        requests,
      );
    }
  }
  requests.sort((a, b) => a.at - b.at || a.e - b.e || a.b - b.b);

  const usedE = new Map<number, number>();
  const usedB = new Map<number, number>();
  const cap = (m: number | null | undefined) => m ?? 12;
  const times = {
    respond: () => (10 + rng.int(230)) * 60_000,
    meet: (t: number) => Math.min(lastClose, t + (1 + rng.int(20)) * HOUR),
    contract: (t: number) => Math.min(lastClose, t + (1 + rng.int(6)) * HOUR),
  };
  const out: Omit<MatchRecord, 'id'>[] = [];
  for (const r of requests) {
    const ok = () => {
      const ue = usedE.get(r.e) ?? 0;
      const ub = usedB.get(r.b) ?? 0;
      if (ue >= cap(ev.exporterMax.get(r.e)) || ub >= cap(ev.buyerMax.get(r.b))) return false;
      usedE.set(r.e, ue + 1);
      usedB.set(r.b, ub + 1);
      return true;
    };
    const m = resolve(rng, pop, r, ev.id, ev.year, ok, times, ev.kind === 'online' ? 0.7 : 0.8);
    m.updatedAt = Math.min(Math.max(m.updatedAt, r.at), lastClose);
    out.push(m);
  }
  return out;
}

/** All matches, in request order, with ids M0000001… */
export function generateMatches(pop: Population, plan: EventPlan): MatchRecord[] {
  const rng = stream(pop.args.seed, 'matches');
  const all = outsideEventMatches(pop, plan, rng);
  for (const ev of plan.events) all.push(...eventMatches(pop, ev, rng));
  all.sort((a, b) => a.requestedAt - b.requestedAt || a.e - b.e || a.b - b.b);
  const width = Math.max(7, String(all.length).length);
  return all.map((m, i) => ({ ...m, id: padId('M', i + 1, width) }));
}

export function writeMatchRows(
  matches: readonly MatchRecord[],
  pop: Population,
  sinks: { matches: RowSink; 'truth-matches': RowSink },
): void {
  for (const m of matches) {
    sinks.matches.add([
      m.id,
      m.eventId,
      pop.exporters[m.e].id,
      pop.buyers[m.b].id,
      m.by,
      m.requestedAt,
      m.status,
      m.updatedAt,
      m.contractValue,
    ]);
    sinks['truth-matches'].add([
      m.id,
      roundTo(m.parts.hsFit, 6),
      roundTo(m.parts.priceFit, 6),
      roundTo(m.parts.wishes, 6),
      roundTo(m.parts.taste, 6),
      roundTo(m.noise, 6),
      roundTo(m.affinity, 6),
      roundTo(m.pAccept, 6),
    ]);
  }
}
