/**
 * Web-log sessions of consented users of the matching site (exporters, buyers, agency staff): page views
 * with time on page, searches with Korean and English terms, clicks, saves and requests. Browsing is
 * biased by the same hidden affinity as acceptance (implicit feedback a recommender can learn from), and
 * every 'request' row belongs to a real match request (same pair, at its requested_at).
 * Only ids are logged: no names, cookies or other personal identifiers.
 */
import { affinityWithoutNoise } from './affinity.ts';
import type { Buyer } from './buyers.ts';
import type { EventPlan, MatchingEvent } from './events.ts';
import type { Exporter } from './firms.ts';
import { ChapterIndex, buyerChapters, exporterChapters, pairParts, type Population } from './candidates.ts';
import type { MatchRecord } from './matches.ts';
import { industryOfBuyer, searchTerm } from './search-terms.ts';
import {
  bernoulli,
  gumbelTopK,
  logNormal,
  padId,
  poisson,
  roundTo,
  sigmoid,
  stream,
  type Rng,
} from './rng.ts';
import type { Cell, RowSink } from './sink.ts';

const DAY = 86_400_000;
const STAFF = 12;
/** Time taken by a search, click, save or request before the next row. */
const ACTION_MS = 3000;

type SessionKind = 'match' | 'browse' | 'staff';

interface SessionPlan {
  start: number;
  kind: SessionKind;
  userType: 'exporter' | 'buyer' | 'staff';
  user: number;
  event: MatchingEvent | null;
  match: MatchRecord | null;
  key: number;
}

class SessionWriter {
  private t: number;
  constructor(
    private readonly sink: RowSink,
    private readonly id: string,
    private readonly userType: string,
    private readonly userId: string,
    start: number,
  ) {
    this.t = start;
  }
  row(
    event: string,
    page: string,
    extra: { query?: string; target?: [string, string]; dwell?: number } = {},
  ): number {
    const at = this.t;
    const cells: Cell[] = [
      this.id,
      this.userType,
      this.userId,
      at,
      event,
      page,
      extra.query ?? null,
      extra.target ? extra.target[0] : null,
      extra.target ? extra.target[1] : null,
      event === 'page_view' ? roundTo(extra.dwell ?? 5000, 0) : null,
    ];
    this.sink.add(cells);
    this.t += event === 'page_view' ? (extra.dwell ?? 5000) : ACTION_MS;
    return at;
  }
}

export function generateWeblog(
  pop: Population,
  plan: EventPlan,
  matches: readonly MatchRecord[],
  sink: RowSink,
): number {
  const { args, exporters, buyers, histories } = pop;
  const rng = stream(args.seed, 'weblog');
  const target = Math.round(2.5 * args.exporters);
  const sessions: SessionPlan[] = [];
  let key = 0;

  // Sessions that end in a real request.
  // At most half the sessions, spread evenly over all requests (not just the earliest ones).
  const askers = matches.filter((m) => m.by !== 'agency');
  const pLogged = Math.min(0.3, (0.5 * target) / Math.max(1, askers.length));
  for (const m of askers) {
    if (!bernoulli(rng, pLogged)) continue;
    const userType = m.by === 'exporter' ? 'exporter' : 'buyer';
    sessions.push({
      start: m.requestedAt,
      kind: 'match',
      userType,
      user: userType === 'exporter' ? m.e : m.b,
      event: null,
      match: m,
      key: key++,
    });
  }

  // Browsing sessions: mostly in the six weeks before an event, the rest spread over the last three years.
  const windowStart = Date.UTC(args.endYear - 2, 0, 1);
  const windowDays = Math.round((Date.UTC(args.endYear, 11, 31) - windowStart) / DAY);
  const alive = (e: Exporter, at: number) => {
    const y = new Date(at).getUTCFullYear();
    const k = y - args.startYear;
    return (
      e.founded <= y &&
      histories[e.idx].observed[k] === 1 &&
      !(plan.coldStart.has(e.idx) && at < plan.lastEventStart)
    );
  };
  for (let tries = 0; sessions.length < target && tries < target * 4; tries++) {
    const u = rng.next();
    const ev = bernoulli(rng, 0.6) ? plan.events[rng.int(plan.events.length)] : null;
    const evStart = ev ? Date.parse(`${ev.startDate}T00:00:00Z`) : 0;
    const start = ev
      ? evStart - (1 + rng.int(45)) * DAY + (8 + rng.int(12)) * 3_600_000 + rng.int(3_600_000)
      : windowStart + rng.int(windowDays) * DAY + (8 + rng.int(14)) * 3_600_000 + rng.int(3_600_000);
    if (u < 0.08) {
      sessions.push({
        start,
        kind: 'staff',
        userType: 'staff',
        user: rng.int(STAFF),
        event: ev,
        match: null,
        key: key++,
      });
    } else if (u < 0.68) {
      const pool = ev ? ev.exporters : null;
      const idx = pool ? pool[rng.int(pool.length)] : rng.int(exporters.length);
      if (!alive(exporters[idx], start)) continue;
      sessions.push({
        start,
        kind: 'browse',
        userType: 'exporter',
        user: idx,
        event: ev,
        match: null,
        key: key++,
      });
    } else {
      const pool = ev ? ev.buyers : null;
      const idx = pool ? pool[rng.int(pool.length)] : rng.int(buyers.length);
      sessions.push({
        start,
        kind: 'browse',
        userType: 'buyer',
        user: idx,
        event: ev,
        match: null,
        key: key++,
      });
    }
  }
  sessions.sort((a, b) => a.start - b.start || a.key - b.key);

  // Candidate pools for browsing (all parties, or an event's participants).
  const allBuyers = new ChapterIndex();
  for (const b of buyers) allBuyers.add(b.idx, buyerChapters(b));
  const allExporters = new ChapterIndex();
  for (const e of exporters) allExporters.add(e.idx, exporterChapters(e));
  const eventIndexes = new Map<string, { buyers: ChapterIndex; exporters: ChapterIndex }>();
  for (const ev of plan.events) {
    const bi = new ChapterIndex();
    for (const b of ev.buyers) bi.add(b, buyerChapters(buyers[b]));
    const ei = new ChapterIndex();
    for (const e of ev.exporters) ei.add(e, exporterChapters(exporters[e]));
    eventIndexes.set(ev.id, { buyers: bi, exporters: ei });
  }

  const width = Math.max(7, String(sessions.length).length);
  sessions.forEach((s, n) => {
    const r = stream(args.seed, `weblog:${s.key}`);
    const sid = padId('S', n + 1, width);
    if (s.kind === 'staff') return staffSession(r, sink, sid, s, pop, plan);
    if (s.kind === 'match') return matchSession(r, sink, sid, s, pop);
    const idx = s.event ? eventIndexes.get(s.event.id) : undefined;
    return browseSession(
      r,
      sink,
      sid,
      s,
      pop,
      plan,
      s.userType === 'exporter' ? (idx?.buyers ?? allBuyers) : (idx?.exporters ?? allExporters),
    );
  });
  return sessions.length;
}

const dwell = (rng: Rng, medianMs: number) => Math.round(logNormal(rng, Math.log(medianMs), 0.6));

function browseSession(
  rng: Rng,
  sink: RowSink,
  sid: string,
  s: SessionPlan,
  pop: Population,
  plan: EventPlan,
  pool: ChapterIndex,
): void {
  const { exporters, buyers } = pop;
  const year = new Date(s.start).getUTCFullYear();
  const isExporter = s.userType === 'exporter';
  const me = isExporter ? exporters[s.user] : buyers[s.user];
  const w = new SessionWriter(sink, sid, s.userType, me.id, s.start);
  w.row('page_view', '/', { dwell: dwell(rng, 8000) });
  if (s.event) w.row('page_view', `/events/${s.event.id}`, { dwell: dwell(rng, 15000) });
  const industry = isExporter ? (me as Exporter).industry : industryOfBuyer(me as Buyer);
  const chapters = isExporter ? exporterChapters(me as Exporter) : buyerChapters(me as Buyer);
  const searches = 1 + (bernoulli(rng, 0.4) ? 1 : 0);
  for (let q = 0; q < searches; q++) {
    const country = isExporter && (me as Exporter).targets.length ? (me as Exporter).targets[0] : null;
    w.row('search', '/search', {
      query: searchTerm(rng, isExporter ? 'exporter' : 'buyer', industry, country),
    });
    w.row('page_view', '/search', { dwell: dwell(rng, 12000) });
    const exclude = s.start < plan.lastEventStart && !isExporter ? plan.coldStart : undefined;
    const candidates = pool.sample(rng, chapters, 20, exclude);
    if (candidates.length === 0) continue;
    const affinities = candidates.map((c) => {
      const e = isExporter ? (me as Exporter) : exporters[c];
      const b = isExporter ? buyers[c] : (me as Buyer);
      return affinityWithoutNoise(pairParts(pop, e, b, year));
    });
    const clicks = 1 + Math.min(3, poisson(rng, 1));
    for (const i of gumbelTopK(
      rng,
      affinities.map((a) => 1.5 * a),
      clicks,
    )) {
      const c = candidates[i];
      const tt = isExporter ? 'buyer' : 'exporter';
      const tid = isExporter ? buyers[c].id : exporters[c].id;
      const page = isExporter ? `/buyers/${tid}` : `/exporters/${tid}`;
      w.row('click', '/search', { target: [tt, tid] });
      w.row('page_view', page, {
        target: [tt, tid],
        dwell: dwell(rng, 20000 * Math.exp(0.4 * affinities[i])),
      });
      if (bernoulli(rng, sigmoid(-2.6 + 1.2 * affinities[i]))) w.row('save', page, { target: [tt, tid] });
    }
  }
  if (bernoulli(rng, 0.3)) w.row('page_view', '/saved', { dwell: dwell(rng, 10000) });
}

function matchSession(rng: Rng, sink: RowSink, sid: string, s: SessionPlan, pop: Population): void {
  const m = s.match as MatchRecord;
  const isExporter = s.userType === 'exporter';
  const e = pop.exporters[m.e];
  const b = pop.buyers[m.b];
  const tt = isExporter ? 'buyer' : 'exporter';
  const tid = isExporter ? b.id : e.id;
  const page = isExporter ? `/buyers/${tid}` : `/exporters/${tid}`;
  const steps: [string, string, { query?: string; target?: [string, string]; dwell?: number }][] = [
    ['page_view', '/', { dwell: dwell(rng, 8000) }],
    [
      'search',
      '/search',
      {
        query: searchTerm(
          rng,
          isExporter ? 'exporter' : 'buyer',
          isExporter ? e.industry : industryOfBuyer(b),
          isExporter ? b.country : null,
        ),
      },
    ],
    ['page_view', '/search', { dwell: dwell(rng, 12000) }],
    ['click', '/search', { target: [tt, tid] }],
    ['page_view', page, { target: [tt, tid], dwell: dwell(rng, 40000) }],
  ];
  if (bernoulli(rng, 0.5)) steps.push(['save', page, { target: [tt, tid] }]);
  // Start early enough that the request lands exactly at the match's requested_at.
  let span = 0;
  for (const [ev, , x] of steps) span += ev === 'page_view' ? (x.dwell ?? 5000) : ACTION_MS;
  const w = new SessionWriter(sink, sid, s.userType, isExporter ? e.id : b.id, m.requestedAt - span);
  for (const [ev, pg, x] of steps) w.row(ev, pg, x);
  w.row('request', page, { target: [tt, tid] });
}

function staffSession(
  rng: Rng,
  sink: RowSink,
  sid: string,
  s: SessionPlan,
  pop: Population,
  plan: EventPlan,
): void {
  const w = new SessionWriter(sink, sid, 'staff', `STAFF-${String(s.user + 1).padStart(2, '0')}`, s.start);
  w.row('page_view', '/', { dwell: dwell(rng, 5000) });
  if (s.event) {
    const views = 2 + rng.int(6);
    for (let i = 0; i < views; i++)
      w.row('page_view', `/events/${s.event.id}/live`, { dwell: dwell(rng, 60000) });
    return;
  }
  w.row('page_view', '/continuity', { dwell: dwell(rng, 45000) });
  w.row('page_view', '/continuity/watchlist', { dwell: dwell(rng, 30000) });
  const n = 1 + rng.int(3);
  for (let i = 0; i < n; i++) {
    const e = pop.exporters[rng.int(pop.exporters.length)];
    if (plan.coldStart.has(e.idx) && s.start < plan.lastEventStart) continue;
    w.row('click', '/continuity/watchlist', { target: ['exporter', e.id] });
    w.row('page_view', `/exporters/${e.id}`, { target: ['exporter', e.id], dwell: dwell(rng, 25000) });
  }
}
