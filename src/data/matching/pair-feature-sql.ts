/**
 * The matching SQL
 * (docs/matching-method.md#11-eligibility-hard-filters-in-sql-each-a-switch--srcdatamatchingpair-feature-sqlts):
 * eligibility as hard filters, each a switch, and one row of raw pair features per eligible (exporter, buyer) pair.
 * The SQL only gathers facts; every formula turning them into a sub-score lives in src/core/matching
 * (computeSubScoreColumns), so the same numbers are tested in TypeScript.
 *
 * Focus = the parties lists are made for (one firm, or a chunk of an event's participants); candidates = the other
 * side. Rules and filters:
 *   productMatch   a buyer interest (2/4/6-digit HS prefix) prefixes an exporter product (HS6) — an equi-join on the
 *                  product code's 2-, 4- and 6-digit prefixes, so it stays a hash join at 100,000 buyers;
 *                  switched off, every pair is kept and product fit falls back to shared digits (near 4 / near 2 / 0)
 *   badCredit      exclude bad-credit buyers, or keep them with bad_credit = 1 for the card's warning
 *   excludeCrisis  exclude buyers whose country's latest crisis level (≤ as-of year) is ≥ the threshold
 *   eventId        both sides limited to the event's participants
 *   countries      buyer countries to keep (exporter lists only: exporters are all Korean)
 *   hsPrefix       the matched product must start with it (and the interest be compatible with it)
 * Crisis levels are the latest at or before the as-of year; searches count only before the cutoff. The facts of
 * each party (history, wishes, stability, macro, behaviour) are read once per model: party-facts.ts.
 */
import { InputError } from '../../core/errors.ts';
import type { SqlValue } from '../engine/engine.ts';
import type { AsOf, EligibilityRules, MatchFilters, PartyType } from './matching-types.ts';
import { ID_SEPARATOR, SqlParams } from './sql-builder.ts';

export interface PairQuerySpec {
  readonly focusType: PartyType;
  /** The parties the lists are for (one or many). */
  readonly focusIds: readonly string[];
  readonly rules: EligibilityRules;
  readonly filters: MatchFilters;
  readonly asOf: AsOf;
}

/**
 * One row per eligible pair: what is specific to the pair's products (the best-fitting buyer interest and exporter
 * product), plus searches of each side that name the other. Everything else about a pair is a fact of one party or
 * a sparse pair history, read once per model (party-facts.ts). Numbers are DOUBLE (NULL = unknown).
 */
export interface PairFeatureRow {
  exporter_id: string;
  buyer_id: string;
  product_hs: string | null;
  interest_hs: string | null;
  interest_depth: number | null;
  common_depth: number | null;
  unit_price: number | null;
  target_price: number | null;
  wanted_qty: number | null;
  min_order_qty: number | null;
  capacity_qty: number | null;
  e_searches: number | null;
  b_searches: number | null;
}

export function checkIds(ids: readonly string[], what: string): void {
  for (const id of ids) {
    if (typeof id !== 'string' || id.length === 0 || id.includes(ID_SEPARATOR)) {
      throw new InputError(`Invalid ${what} id ${JSON.stringify(id)}.`, 'bad-id');
    }
  }
}

export function checkHsPrefix(prefix: string | null | undefined): string | null {
  const h = (prefix ?? '').trim();
  if (h === '') return null;
  if (!/^\d{2}(\d{2}){0,2}$/.test(h)) {
    throw new InputError(
      `HS filter must be 2, 4 or 6 digits (e.g. 33 or 3304), got '${h}'. Clear it or correct it.`,
      'bad-hs-code',
    );
  }
  return h;
}

/** The shared CTEs: parameters, macro data, and the eligible exporters `ex` and buyers `bu`. */
export function eligibleSidesSql(spec: PairQuerySpec, q: SqlParams): string {
  const { focusType, focusIds, rules, filters, asOf } = spec;
  checkIds(focusIds, focusType);
  const hs = checkHsPrefix(filters.hsPrefix);
  const countries = (filters.countries ?? []).map((c) => c.trim().toUpperCase()).filter(Boolean);
  checkIds(countries, 'country');
  const thr = rules.crisisThreshold;
  if (!Number.isInteger(thr) || thr < 0 || thr > 5) {
    throw new InputError(`Crisis threshold must be an integer 0..5, got ${String(thr)}.`, 'bad-parameter');
  }
  const event = filters.eventId ?? null;
  const inEvent = (type: PartyType, col: string): string =>
    event === null
      ? ''
      : ` AND ${col} IN (SELECT party_id FROM event_participants WHERE event_id = ${q.p(event)} AND party_type = '${type}')`;
  const inFocus = (type: PartyType, col: string): string =>
    focusType === type ? ` AND ${col} IN (SELECT id FROM focus)` : '';
  return `
prm AS (SELECT coalesce(CAST(${q.p(asOf.cutoff)} AS TIMESTAMP), 'infinity'::TIMESTAMP) AS cutoff,
               CAST(${q.p(asOf.year)} AS INTEGER) AS yr),
focus AS (SELECT DISTINCT unnest(string_split(${q.p(focusIds.join(ID_SEPARATOR))}, chr(31))) AS id),
macro AS (
  SELECT c.country, c.crisis_level::DOUBLE AS crisis_level, c.import_growth::DOUBLE AS import_growth,
         CASE WHEN c.fx_per_usd > 0 AND pv.fx_per_usd > 0 THEN ln(c.fx_per_usd / pv.fx_per_usd) END AS fx_change
  FROM country_macro c LEFT JOIN country_macro pv ON pv.country = c.country AND pv.year = c.year - 1
  WHERE c.year <= (SELECT yr FROM prm)
  QUALIFY row_number() OVER (PARTITION BY c.country ORDER BY c.year DESC) = 1),
ex AS (SELECT exporter_id FROM exporters WHERE TRUE${inFocus('exporter', 'exporter_id')}${inEvent('exporter', 'exporter_id')}),
bu AS (
  SELECT b.buyer_id, b.country, CASE WHEN coalesce(b.bad_credit, FALSE) THEN 1.0 ELSE 0.0 END AS bad_credit
  FROM buyers b LEFT JOIN macro m ON m.country = b.country
  WHERE TRUE${inFocus('buyer', 'b.buyer_id')}${inEvent('buyer', 'b.buyer_id')}${
    rules.badCredit === 'exclude' ? ' AND NOT coalesce(b.bad_credit, FALSE)' : ''
  }${rules.excludeCrisis ? ` AND coalesce(m.crisis_level, 0) < ${q.p(thr)}` : ''}${
    countries.length > 0 && focusType === 'exporter'
      ? ` AND list_contains(string_split(${q.p(countries.join(ID_SEPARATOR))}, chr(31)), upper(b.country))`
      : ''
  }),
prod AS (
  SELECT exporter_id, hs_code, unit_price_usd, min_order_qty, capacity_qty FROM exporter_products
  WHERE exporter_id IN (SELECT exporter_id FROM ex)${hs ? ` AND starts_with(hs_code, ${q.p(hs)})` : ''}),
intr AS (
  SELECT buyer_id, hs_code, target_price_usd, quantity FROM buyer_interests
  WHERE buyer_id IN (SELECT buyer_id FROM bu)${
    hs ? ` AND (starts_with(hs_code, ${q.p(hs)}) OR starts_with(${q.p(hs)}, hs_code))` : ''
  })`;
}

/** Searches of the eligible parties before the cutoff (lower-cased), matched against names per pair. */
export const SEARCHES_CTE = `sr AS (
  SELECT user_type, user_id, lower(trim(query)) AS q FROM weblog
  WHERE event_type = 'search' AND length(trim(query)) >= 2 AND ts < (SELECT cutoff FROM prm)
    AND ((user_type = 'exporter' AND user_id IN (SELECT exporter_id FROM ex))
      OR (user_type = 'buyer' AND user_id IN (SELECT buyer_id FROM bu))))`;

/** SQL + parameters for the raw features of every eligible pair of the focus parties, ordered by pair. */
export function pairFeatureSql(spec: PairQuerySpec): { sql: string; params: SqlValue[] } {
  const q = new SqlParams();
  const sides = eligibleSidesSql(spec, q);
  const hs = checkHsPrefix(spec.filters.hsPrefix);
  const keepAll = !spec.rules.productMatch && hs === null;
  const pp = spec.rules.productMatch
    ? `SELECT p.exporter_id, i.buyer_id, length(i.hs_code) AS interest_depth, length(i.hs_code) AS common_depth,
         p.hs_code AS product_hs, i.hs_code AS interest_hs, p.unit_price_usd, i.target_price_usd, i.quantity,
         p.min_order_qty, p.capacity_qty
       FROM prod p, (VALUES (2), (4), (6)) d(n), intr i WHERE i.hs_code = left(p.hs_code, d.n)`
    : `SELECT p.exporter_id, i.buyer_id, length(i.hs_code) AS interest_depth,
         CASE WHEN length(i.hs_code) = 6 AND p.hs_code = i.hs_code THEN 6
              WHEN length(i.hs_code) >= 4 AND left(p.hs_code, 4) = left(i.hs_code, 4) THEN 4 ELSE 2 END AS common_depth,
         p.hs_code AS product_hs, i.hs_code AS interest_hs, p.unit_price_usd, i.target_price_usd, i.quantity,
         p.min_order_qty, p.capacity_qty
       FROM prod p JOIN intr i ON left(p.hs_code, 2) = left(i.hs_code, 2)`;
  const sql = `
WITH ${sides},
pp AS (${pp}),
best AS MATERIALIZED (
  SELECT * FROM pp
  QUALIFY row_number() OVER (PARTITION BY exporter_id, buyer_id ORDER BY
    CASE WHEN common_depth >= interest_depth THEN 10 + interest_depth ELSE common_depth END DESC,
    abs(ln(unit_price_usd / target_price_usd)) ASC NULLS LAST, product_hs, interest_hs) = 1),
pairs AS MATERIALIZED (${
    keepAll
      ? 'SELECT ex.exporter_id, bu.buyer_id FROM ex CROSS JOIN bu'
      : 'SELECT DISTINCT exporter_id, buyer_id FROM best'
  }),
${SEARCHES_CTE},
esr AS (
  SELECT p.exporter_id, p.buyer_id, count(*)::DOUBLE AS searches
  FROM sr JOIN pairs p ON sr.user_type = 'exporter' AND p.exporter_id = sr.user_id
  JOIN buyers b ON b.buyer_id = p.buyer_id
  WHERE contains(lower(b.name), sr.q) GROUP BY ALL),
bsr AS (
  SELECT p.exporter_id, p.buyer_id, count(*)::DOUBLE AS searches
  FROM sr JOIN pairs p ON sr.user_type = 'buyer' AND p.buyer_id = sr.user_id
  JOIN exporters e ON e.exporter_id = p.exporter_id
  WHERE contains(lower(e.name), sr.q) OR contains(lower(coalesce(e.name_en, '')), sr.q) GROUP BY ALL)
SELECT pr.exporter_id, pr.buyer_id, bs.product_hs, bs.interest_hs,
  bs.interest_depth::DOUBLE AS interest_depth, bs.common_depth::DOUBLE AS common_depth,
  bs.unit_price_usd::DOUBLE AS unit_price, bs.target_price_usd::DOUBLE AS target_price,
  bs.quantity::DOUBLE AS wanted_qty, bs.min_order_qty::DOUBLE AS min_order_qty, bs.capacity_qty::DOUBLE AS capacity_qty,
  esr.searches AS e_searches, bsr.searches AS b_searches
FROM pairs pr
LEFT JOIN best bs ON bs.exporter_id = pr.exporter_id AND bs.buyer_id = pr.buyer_id
LEFT JOIN esr ON esr.exporter_id = pr.exporter_id AND esr.buyer_id = pr.buyer_id
LEFT JOIN bsr ON bsr.exporter_id = pr.exporter_id AND bsr.buyer_id = pr.buyer_id
ORDER BY ${spec.focusType === 'exporter' ? 'pr.exporter_id, pr.buyer_id' : 'pr.buyer_id, pr.exporter_id'}`;
  return { sql, params: q.values };
}
