/**
 * The facts that belong to one party (or to a pair with a history), read once per model — i.e. per dataset and
 * point in time — and gathered per candidate in TypeScript. The per-firm SQL then returns only what is specific to a
 * pair's products (the best interest/product pair: HS depth, prices, quantities) and is small and fast even at
 * 100,000 buyers or for every participant of a fair.
 *
 *   exporters: firm age, certifications (latest firm_years ≤ year), resolved match outcomes, has a web log,
 *              has products, target markets (exporter_targets)
 *   buyers:    deepest interest, wishes (buyer_prefs), resolved match outcomes, country's FX change / crisis
 *              level / import growth (latest ≤ year), has a web log
 *   pairs:     resolved outcomes of the pair, and each side's web-log behaviour towards the other (sparse)
 *   world:     oil and raw-material change of the year
 * Time: matches count once resolved before the cutoff (updated_at), web-log events before it.
 */
import { OUTCOME_VALUES } from '../../core/matching/index.ts';
import type { Engine } from '../engine/engine.ts';
import type { AsOf } from './matching-types.ts';
import type { PartyDirectory } from './party-directory.ts';

export interface Behaviour {
  readonly sessions: number;
  readonly dwellSeconds: number;
  readonly pageViews: number;
  readonly clicks: number;
  readonly saves: number;
  readonly requests: number;
}

export interface PairFact {
  outcomeSum: number;
  outcomeCount: number;
  /** The exporter's behaviour towards the buyer, and the buyer's towards the exporter. */
  exporterBehaviour: Behaviour | null;
  buyerBehaviour: Behaviour | null;
}

export interface PartyFacts {
  readonly exporters: {
    readonly firmAge: Float64Array;
    readonly certifications: Float64Array;
    readonly outcomeSum: Float64Array;
    readonly outcomeCount: Float64Array;
    readonly hasLog: Uint8Array;
    readonly hasProducts: Uint8Array;
    /** Upper-case ISO codes of the wished markets; null = none listed. */
    readonly targets: readonly (ReadonlySet<string> | null)[];
  };
  readonly buyers: {
    readonly maxInterestDepth: Float64Array;
    readonly originMatch: Float64Array;
    readonly minFoundedYears: Float64Array;
    readonly needsCertification: Float64Array;
    readonly outcomeSum: Float64Array;
    readonly outcomeCount: Float64Array;
    readonly fxChange: Float64Array;
    readonly crisisLevel: Float64Array;
    readonly importGrowth: Float64Array;
    readonly hasLog: Uint8Array;
  };
  readonly world: { readonly oilChange: number; readonly rawMaterialChange: number };
  /** Sparse pair facts, keyed by pairKey(exporterIndex, buyerIndex). */
  readonly pairs: ReadonlyMap<number, PairFact>;
  readonly nBuyers: number;
}

export function pairKey(exporterIndex: number, buyerIndex: number, nBuyers: number): number {
  return exporterIndex * nBuyers + buyerIndex;
}

const OUTCOME_CASE = `CASE status ${Object.entries(OUTCOME_VALUES)
  .filter(([, v]) => v !== null)
  .map(([s, v]) => `WHEN '${s}' THEN ${String(v)}`)
  .join(' ')} END`;

const num = (v: number | null | undefined): number => (v === null || v === undefined ? NaN : Number(v));

export async function loadPartyFacts(engine: Engine, d: PartyDirectory, asOf: AsOf): Promise<PartyFacts> {
  const prm = `WITH prm AS (SELECT coalesce(CAST(? AS TIMESTAMP), 'infinity'::TIMESTAMP) AS cutoff, CAST(? AS INTEGER) AS yr)`;
  const p = [asOf.cutoff, asOf.year];
  const resolved = `SELECT exporter_id, buyer_id, (${OUTCOME_CASE})::DOUBLE AS v FROM matches
    WHERE status <> 'requested' AND coalesce(updated_at, requested_at) < (SELECT cutoff FROM prm)`;
  const nE = d.exporters.ids.length;
  const nB = d.buyers.ids.length;

  const eRows = await engine.query<{
    id: string;
    age: number | null;
    cert: number | null;
    s: number | null;
    n: number | null;
    log: boolean;
    prod: boolean;
    targets: string | null;
  }>(
    `${prm},
     r AS (${resolved}),
     fy AS (SELECT exporter_id, certifications::DOUBLE AS cert FROM firm_years WHERE year <= (SELECT yr FROM prm)
            QUALIFY row_number() OVER (PARTITION BY exporter_id ORDER BY year DESC) = 1),
     h AS (SELECT exporter_id, sum(v) AS s, count(*)::DOUBLE AS n FROM r GROUP BY exporter_id),
     lg AS (SELECT DISTINCT user_id FROM weblog WHERE user_type = 'exporter' AND ts < (SELECT cutoff FROM prm)),
     pr AS (SELECT DISTINCT exporter_id FROM exporter_products),
     tg AS (SELECT exporter_id, string_agg(DISTINCT upper(country), ',') AS targets
            FROM exporter_targets GROUP BY exporter_id)
     SELECT e.exporter_id AS id, ((SELECT yr FROM prm) - e.founded_year)::DOUBLE AS age, fy.cert, h.s, h.n,
       lg.user_id IS NOT NULL AS log, pr.exporter_id IS NOT NULL AS prod, tg.targets
     FROM exporters e LEFT JOIN fy USING (exporter_id) LEFT JOIN h USING (exporter_id)
     LEFT JOIN lg ON lg.user_id = e.exporter_id LEFT JOIN pr USING (exporter_id) LEFT JOIN tg USING (exporter_id)`,
    p,
  );
  const ex = {
    firmAge: new Float64Array(nE).fill(NaN),
    certifications: new Float64Array(nE).fill(NaN),
    outcomeSum: new Float64Array(nE),
    outcomeCount: new Float64Array(nE),
    hasLog: new Uint8Array(nE),
    hasProducts: new Uint8Array(nE),
    targets: new Array<ReadonlySet<string> | null>(nE).fill(null),
  };
  for (const r of eRows) {
    const i = d.exporters.index.get(r.id);
    if (i === undefined) continue;
    ex.firmAge[i] = num(r.age);
    ex.certifications[i] = num(r.cert);
    ex.outcomeSum[i] = r.s ?? 0;
    ex.outcomeCount[i] = r.n ?? 0;
    ex.hasLog[i] = r.log ? 1 : 0;
    ex.hasProducts[i] = r.prod ? 1 : 0;
    // ISO alpha-2 codes contain no comma; a LIST column would not survive the engines' row conversion.
    ex.targets[i] = r.targets ? new Set(r.targets.split(',').filter(Boolean)) : null;
  }

  const bRows = await engine.query<{
    id: string;
    depth: number | null;
    origin: number | null;
    years: number | null;
    cert: number;
    s: number | null;
    n: number | null;
    fx: number | null;
    crisis: number | null;
    growth: number | null;
    log: boolean;
  }>(
    `${prm},
     r AS (${resolved}),
     macro AS (
       SELECT c.country, c.crisis_level::DOUBLE AS crisis, c.import_growth::DOUBLE AS growth,
              CASE WHEN c.fx_per_usd > 0 AND pv.fx_per_usd > 0 THEN ln(c.fx_per_usd / pv.fx_per_usd) END AS fx
       FROM country_macro c LEFT JOIN country_macro pv ON pv.country = c.country AND pv.year = c.year - 1
       WHERE c.year <= (SELECT yr FROM prm)
       QUALIFY row_number() OVER (PARTITION BY c.country ORDER BY c.year DESC) = 1),
     bi AS (SELECT buyer_id, max(length(hs_code))::DOUBLE AS depth FROM buyer_interests GROUP BY buyer_id),
     pref AS (SELECT buyer_id, max(origin_country) AS origin, max(min_founded_years)::DOUBLE AS years,
                     bool_or(needs_certification) AS cert FROM buyer_prefs GROUP BY buyer_id),
     h AS (SELECT buyer_id, sum(v) AS s, count(*)::DOUBLE AS n FROM r GROUP BY buyer_id),
     lg AS (SELECT DISTINCT user_id FROM weblog WHERE user_type = 'buyer' AND ts < (SELECT cutoff FROM prm))
     SELECT b.buyer_id AS id, bi.depth,
       CASE WHEN pref.origin IS NULL THEN NULL WHEN upper(pref.origin) = 'KR' THEN 1.0 ELSE 0.0 END AS origin,
       pref.years, CASE WHEN pref.cert THEN 1.0 ELSE 0.0 END AS cert, h.s, h.n,
       m.fx, m.crisis, m.growth, lg.user_id IS NOT NULL AS log
     FROM buyers b LEFT JOIN bi USING (buyer_id) LEFT JOIN pref USING (buyer_id) LEFT JOIN h USING (buyer_id)
     LEFT JOIN macro m ON m.country = b.country LEFT JOIN lg ON lg.user_id = b.buyer_id`,
    p,
  );
  const bu = {
    maxInterestDepth: new Float64Array(nB).fill(NaN),
    originMatch: new Float64Array(nB).fill(NaN),
    minFoundedYears: new Float64Array(nB).fill(NaN),
    needsCertification: new Float64Array(nB),
    outcomeSum: new Float64Array(nB),
    outcomeCount: new Float64Array(nB),
    fxChange: new Float64Array(nB).fill(NaN),
    crisisLevel: new Float64Array(nB).fill(NaN),
    importGrowth: new Float64Array(nB).fill(NaN),
    hasLog: new Uint8Array(nB),
  };
  for (const r of bRows) {
    const i = d.buyers.index.get(r.id);
    if (i === undefined) continue;
    bu.maxInterestDepth[i] = num(r.depth);
    bu.originMatch[i] = num(r.origin);
    bu.minFoundedYears[i] = num(r.years);
    bu.needsCertification[i] = r.cert;
    bu.outcomeSum[i] = r.s ?? 0;
    bu.outcomeCount[i] = r.n ?? 0;
    bu.fxChange[i] = num(r.fx);
    bu.crisisLevel[i] = num(r.crisis);
    bu.importGrowth[i] = num(r.growth);
    bu.hasLog[i] = r.log ? 1 : 0;
  }

  const pairs = new Map<number, PairFact>();
  const pair = (e: string, b: string): PairFact | null => {
    const i = d.exporters.index.get(e);
    const j = d.buyers.index.get(b);
    if (i === undefined || j === undefined) return null;
    const k = pairKey(i, j, nB);
    let f = pairs.get(k);
    if (!f)
      pairs.set(k, (f = { outcomeSum: 0, outcomeCount: 0, exporterBehaviour: null, buyerBehaviour: null }));
    return f;
  };
  const hist = await engine.query<{ e: string; b: string; s: number; n: number }>(
    `${prm}, r AS (${resolved})
     SELECT exporter_id AS e, buyer_id AS b, sum(v) AS s, count(*)::DOUBLE AS n FROM r GROUP BY ALL`,
    p,
  );
  for (const r of hist) {
    const f = pair(r.e, r.b);
    if (f) {
      f.outcomeSum = r.s;
      f.outcomeCount = r.n;
    }
  }
  type BRow = {
    u: string;
    t: string;
    sessions: number;
    dwell: number | null;
    views: number;
    clicks: number;
    saves: number;
    requests: number;
  };
  const behaviour = await engine.query<BRow & { side: string }>(
    `${prm}
     SELECT user_type AS side, user_id AS u, target_id AS t, count(DISTINCT session_id)::DOUBLE AS sessions,
       (sum(duration_ms) FILTER (WHERE event_type = 'page_view'))::DOUBLE / 1000 AS dwell,
       count(*) FILTER (WHERE event_type = 'page_view')::DOUBLE AS views,
       count(*) FILTER (WHERE event_type = 'click')::DOUBLE AS clicks,
       count(*) FILTER (WHERE event_type = 'save')::DOUBLE AS saves,
       count(*) FILTER (WHERE event_type = 'request')::DOUBLE AS requests
     FROM weblog
     WHERE ts < (SELECT cutoff FROM prm) AND user_id IS NOT NULL AND target_id IS NOT NULL
       AND ((user_type = 'exporter' AND target_type = 'buyer') OR (user_type = 'buyer' AND target_type = 'exporter'))
     GROUP BY ALL`,
    p,
  );
  for (const r of behaviour) {
    const fromExporter = r.side === 'exporter';
    const f = fromExporter ? pair(r.u, r.t) : pair(r.t, r.u);
    if (!f) continue;
    const b: Behaviour = {
      sessions: r.sessions,
      dwellSeconds: r.dwell ?? 0,
      pageViews: r.views,
      clicks: r.clicks,
      saves: r.saves,
      requests: r.requests,
    };
    if (fromExporter) f.exporterBehaviour = b;
    else f.buyerBehaviour = b;
  }

  const [w] = await engine.query<{ oil: number | null; raw: number | null }>(
    `${prm}
     SELECT CASE WHEN pv.oil_usd_bbl > 0 THEN w.oil_usd_bbl / pv.oil_usd_bbl - 1 END AS oil,
            CASE WHEN pv.raw_material_index > 0 THEN w.raw_material_index / pv.raw_material_index - 1 END AS raw
     FROM world_macro w LEFT JOIN world_macro pv ON pv.year = w.year - 1
     WHERE w.year <= (SELECT yr FROM prm) ORDER BY w.year DESC LIMIT 1`,
    p,
  );
  return {
    exporters: ex,
    buyers: bu,
    world: { oilChange: num(w?.oil), rawMaterialChange: num(w?.raw) },
    pairs,
    nBuyers: nB,
  };
}
