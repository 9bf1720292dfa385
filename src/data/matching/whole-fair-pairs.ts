/**
 * The pair SQL for many focus parties at once — every participant of a fair (`match --all`, the staff's exposure
 * simulation, the evaluation): one statement for the whole focus set instead of one per firm or chunk (issue 9
 * scope 2). The rules, filters and the choice of the best interest × product pair are those of pair-feature-sql.ts
 * (it shares eligibleSidesSql and the ordering); what differs is only how the work is keyed and returned, because
 * at 5,000 × 5,000 the pairs number 3.35 million:
 *   - parties are keyed by their directory index (row number in id order, as party-directory.ts reads them), so
 *     the joins, the best-pair window and the final sort run on integers, not id strings;
 *   - the result has numeric columns only: ei, bi, the HS codes as integers with their depth (every code is
 *     digits: the contract's hs6 / hsPrefix domains), and the same price, quantity and search facts — no string
 *     per row crosses into JavaScript.
 * Rows come ordered by (focus index, candidate index), i.e. by (focus id, candidate id): the per-firm order.
 * fetchWholeFairColumns keeps them numeric (ids and HS strings are restored from the directory and the integer
 * codes only for a row that is shown); whole-fair-lists.ts scores them with the per-firm path's feature and
 * sub-score code — and the lists are identical for the same seed (tests/integration/matching-whole-fair.test.ts).
 */
import { InputError } from '../../core/errors.ts';
import type { Engine, SqlValue } from '../engine/engine.ts';
import type { CandidateSource } from './candidate-rows.ts';
import type { PairNumbers } from './pair-feature-columns.ts';
import { checkHsPrefix, eligibleSidesSql, SEARCHES_CTE, type PairQuerySpec } from './pair-feature-sql.ts';
import type { PartyDirectory } from './party-directory.ts';
import { SqlParams } from './sql-builder.ts';

/** The numeric columns of wholeFairPairSql, in order. */
export const WHOLE_FAIR_COLUMNS = [
  'ei',
  'bi',
  'product_code',
  'interest_code',
  'interest_depth',
  'common_depth',
  'unit_price',
  'target_price',
  'wanted_qty',
  'min_order_qty',
  'capacity_qty',
  'e_searches',
  'b_searches',
] as const;

export function wholeFairPairSql(spec: PairQuerySpec): { sql: string; params: SqlValue[] } {
  const q = new SqlParams();
  const sides = eligibleSidesSql(spec, q);
  const hs = checkHsPrefix(spec.filters.hsPrefix);
  const keepAll = !spec.rules.productMatch && hs === null;
  const pp = spec.rules.productMatch
    ? `SELECT p.ei, i.bi, i.depth AS interest_depth, i.depth AS common_depth, p.code AS product_code,
         i.code AS interest_code, p.unit_price_usd, i.target_price_usd, i.quantity, p.min_order_qty, p.capacity_qty
       FROM prodk p JOIN intrk i ON i.depth = p.depth AND i.code = p.prefix`
    : `SELECT p.ei, i.bi, i.depth AS interest_depth,
         CASE WHEN i.depth = 6 AND p.code = i.code THEN 6
              WHEN i.depth >= 4 AND p.code // 100 = i.code // (10 ^ (i.depth - 4))::INTEGER THEN 4 ELSE 2 END AS common_depth,
         p.code AS product_code, i.code AS interest_code, p.unit_price_usd, i.target_price_usd, i.quantity,
         p.min_order_qty, p.capacity_qty
       FROM prodk p JOIN intrk i ON p.code // 10000 = i.code // (10 ^ (i.depth - 2))::INTEGER
       WHERE p.depth = 6`;
  const sql = `
WITH ${sides},
eidx AS (SELECT exporter_id, (row_number() OVER (ORDER BY exporter_id) - 1)::INTEGER AS ei FROM exporters),
bidx AS (SELECT buyer_id, (row_number() OVER (ORDER BY buyer_id) - 1)::INTEGER AS bi FROM buyers),
exk AS (SELECT ex.exporter_id, x.ei FROM ex JOIN eidx x USING (exporter_id)),
buk AS (SELECT bu.buyer_id, x.bi FROM bu JOIN bidx x USING (buyer_id)),
prodk AS (
  SELECT x.ei, CAST(p.hs_code AS INTEGER) AS code, d.n AS depth,
         CAST(p.hs_code AS INTEGER) // (10 ^ (6 - d.n))::INTEGER AS prefix,
         p.unit_price_usd, p.min_order_qty, p.capacity_qty
  FROM prod p JOIN exk x USING (exporter_id), (VALUES (2), (4), (6)) d(n)),
intrk AS (
  SELECT x.bi, CAST(i.hs_code AS INTEGER) AS code, length(i.hs_code) AS depth, i.target_price_usd, i.quantity
  FROM intr i JOIN buk x USING (buyer_id)),
pp AS (${pp}),
best AS MATERIALIZED (
  SELECT * FROM pp
  QUALIFY row_number() OVER (PARTITION BY ei, bi ORDER BY
    CASE WHEN common_depth >= interest_depth THEN 10 + interest_depth ELSE common_depth END DESC,
    abs(ln(unit_price_usd / target_price_usd)) ASC NULLS LAST, product_code,
    -- the order of the interest codes as strings ('3304' < '330400' < '330499' < '3305'): padded, then shorter
    interest_code * (10 ^ (6 - interest_depth))::INTEGER, interest_depth) = 1),
pairs AS MATERIALIZED (${keepAll ? 'SELECT exk.ei, buk.bi FROM exk CROSS JOIN buk' : 'SELECT ei, bi FROM best'}),
${SEARCHES_CTE},
esr AS (
  SELECT p.ei, p.bi, count(*)::DOUBLE AS searches
  FROM sr JOIN exk x ON sr.user_type = 'exporter' AND x.exporter_id = sr.user_id
  JOIN pairs p ON p.ei = x.ei JOIN buk k ON k.bi = p.bi JOIN buyers b ON b.buyer_id = k.buyer_id
  WHERE contains(lower(b.name), sr.q) GROUP BY ALL),
bsr AS (
  SELECT p.ei, p.bi, count(*)::DOUBLE AS searches
  FROM sr JOIN buk x ON sr.user_type = 'buyer' AND x.buyer_id = sr.user_id
  JOIN pairs p ON p.bi = x.bi JOIN exk k ON k.ei = p.ei JOIN exporters e ON e.exporter_id = k.exporter_id
  WHERE contains(lower(e.name), sr.q) OR contains(lower(coalesce(e.name_en, '')), sr.q) GROUP BY ALL)
SELECT pr.ei::DOUBLE AS ei, pr.bi::DOUBLE AS bi, bs.product_code::DOUBLE AS product_code,
  bs.interest_code::DOUBLE AS interest_code, bs.interest_depth::DOUBLE AS interest_depth,
  bs.common_depth::DOUBLE AS common_depth, bs.unit_price_usd::DOUBLE AS unit_price,
  bs.target_price_usd::DOUBLE AS target_price, bs.quantity::DOUBLE AS wanted_qty,
  bs.min_order_qty::DOUBLE AS min_order_qty, bs.capacity_qty::DOUBLE AS capacity_qty,
  esr.searches AS e_searches, bsr.searches AS b_searches
FROM pairs pr
LEFT JOIN best bs ON bs.ei = pr.ei AND bs.bi = pr.bi
LEFT JOIN esr ON esr.ei = pr.ei AND esr.bi = pr.bi
LEFT JOIN bsr ON bsr.ei = pr.ei AND bsr.bi = pr.bi
ORDER BY ${spec.focusType === 'exporter' ? 'pr.ei, pr.bi' : 'pr.bi, pr.ei'}`;
  return { sql, params: q.values };
}

/** The whole-fair rows: numeric facts, each row's directory indices, and its text made on demand. */
export interface WholeFairColumns extends PairNumbers {
  readonly exporterIndex: Int32Array;
  readonly buyerIndex: Int32Array;
  /** Ids from the directory and HS codes formatted from the integer codes, for the rows that are shown. */
  readonly text: CandidateSource;
}

/** Runs wholeFairPairSql: numeric columns only, the ids and HS text restored only for a row that is asked for. */
export async function fetchWholeFairColumns(
  engine: Engine,
  directory: PartyDirectory,
  spec: PairQuerySpec,
): Promise<WholeFairColumns> {
  const { sql, params } = wholeFairPairSql(spec);
  if (!engine.queryColumns) throw new Error('the whole-fair pair features need an engine with queryColumns');
  const c = await engine.queryColumns(sql, params);
  const num = (k: (typeof WHOLE_FAIR_COLUMNS)[number]): Float64Array => {
    const v = c[k];
    return v instanceof Float64Array ? v : Float64Array.from(v ?? [], (x) => (x === null ? NaN : Number(x)));
  };
  const ei = Int32Array.from(num('ei'));
  const bi = Int32Array.from(num('bi'));
  const n = ei.length;
  const eIds = directory.exporters.ids;
  const bIds = directory.buyers.ids;
  // The SQL numbers parties in id order, as the directory does; a different count means another table state.
  if (n > 0) {
    const [counts] = await engine.query<{ e: number; b: number }>(
      'SELECT (SELECT count(*) FROM exporters)::INTEGER AS e, (SELECT count(*) FROM buyers)::INTEGER AS b',
    );
    if (counts.e !== eIds.length || counts.b !== bIds.length) {
      throw new InputError(
        'The firm tables changed after the matching model was built: rebuild the model (reload the dataset).',
        'stale-model',
      );
    }
  }
  const productCode = num('product_code');
  const interestCode = num('interest_code');
  const interestDepth = num('interest_depth');
  // Every code is digits (the contract's hs6 / hsPrefix domains): the text is the integer padded to its depth.
  const code = (v: number, digits: number): string | null =>
    Number.isNaN(v) || Number.isNaN(digits) ? null : String(v).padStart(digits, '0');
  return {
    length: n,
    exporterIndex: ei,
    buyerIndex: bi,
    text: {
      exporterId: (q) => eIds[ei[q]],
      buyerId: (q) => bIds[bi[q]],
      productHs: (q) => code(productCode[q], 6),
      interestHs: (q) => code(interestCode[q], interestDepth[q]),
    },
    interestDepth,
    commonDepth: num('common_depth'),
    unitPrice: num('unit_price'),
    targetPrice: num('target_price'),
    wantedQty: num('wanted_qty'),
    minOrderQty: num('min_order_qty'),
    capacityQty: num('capacity_qty'),
    eSearches: num('e_searches'),
    bSearches: num('b_searches'),
  };
}
