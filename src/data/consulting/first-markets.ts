/**
 * Suggested first markets for a beginner exporter: where comparable firms that kept exporting went, weighed
 * with the destination's import growth and discounted by its crisis (travel-advisory) level.
 *
 * Comparable firms: other exporters of the same industry whose status at the year is `continuing`, narrowed to
 * those sharing the firm's main HS chapter when at least MIN_PEERS of them do. For each destination:
 *   peer share   = share of those peers that exported there in the year (0–1)
 *   import growth = country_macro.import_growth at the year (NULL → 0 in the score; shown as unknown)
 *   crisis level  = country_macro.crisis_level at the year (0 none … 4 travel ban)
 *   score = peer share + 0.5 · clamp(import growth, −0.3, 0.3) − 0.1 · crisis level
 * Destinations at crisis level ≥ 3 are not suggested (listed separately as ones to avoid). The firm's own
 * current markets and wished markets (exporter_targets) are flagged, not removed: a consultant may say "grow
 * where you are" as well as "go there next".
 */
import { STATUS_TABLE } from '../continuity/continuity-data.ts';
import { ident, type Engine } from '../engine/engine.ts';

export const MIN_PEERS = 10;
export const AVOID_CRISIS_LEVEL = 3;

export interface MarketSuggestion {
  readonly country: string;
  readonly peerShare: number;
  readonly peerFirms: number;
  readonly peerValueUsd: number;
  readonly importGrowth: number | null;
  readonly crisisLevel: number | null;
  readonly score: number;
  readonly current: boolean;
  readonly wished: boolean;
}

export interface MarketAdvice {
  readonly year: number;
  /** How the peers were chosen: same industry and main HS chapter, or same industry only. */
  readonly peerBasis: 'chapter' | 'industry';
  readonly peers: number;
  readonly chapter: string | null;
  readonly suggestions: readonly MarketSuggestion[];
  readonly avoid: readonly MarketSuggestion[];
}

export async function suggestFirstMarkets(
  engine: Engine,
  exporterId: string,
  year: number,
  limit = 8,
): Promise<MarketAdvice> {
  const [firm] = await engine.query<{ industry: string | null; chapter: string | null }>(
    `SELECT e.industry, (SELECT left(hs_code, 2) FROM exporter_products p WHERE p.exporter_id = e.exporter_id
        GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1) AS chapter
     FROM exporters e WHERE e.exporter_id = ?`,
    [exporterId],
  );
  const peersSql = (byChapter: boolean) => `
    SELECT s.exporter_id FROM ${ident(STATUS_TABLE)} s JOIN exporters e USING (exporter_id)
    WHERE s.year = ? AND s.status = 'continuing' AND s.exporter_id <> ?
      AND e.industry IS NOT DISTINCT FROM ?
      ${byChapter ? `AND (SELECT left(hs_code, 2) FROM exporter_products p WHERE p.exporter_id = s.exporter_id GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1) = ?` : ''}`;
  const count = async (byChapter: boolean) => {
    const params = [year, exporterId, firm?.industry ?? null, ...(byChapter ? [firm?.chapter ?? null] : [])];
    const [{ n }] = await engine.query<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM (${peersSql(byChapter)})`,
      params,
    );
    return { n, params };
  };
  const byChapter = firm?.chapter ? await count(true) : { n: 0, params: [] };
  const useChapter = byChapter.n >= MIN_PEERS;
  const chosen = useChapter ? byChapter : await count(false);
  const rows = await engine.query<MarketSuggestion>(
    `WITH peers AS (${peersSql(useChapter)}),
     dest AS (
       SELECT x.country, count(DISTINCT x.exporter_id)::INTEGER AS firms, sum(x.value_usd)::DOUBLE AS value
       FROM exports x JOIN peers USING (exporter_id) WHERE x.year = ? AND x.value_usd > 0 GROUP BY x.country)
     SELECT d.country, d.firms / greatest(?, 1)::DOUBLE AS "peerShare", d.firms AS "peerFirms",
       d.value AS "peerValueUsd", m.import_growth AS "importGrowth", m.crisis_level AS "crisisLevel",
       (d.firms / greatest(?, 1)::DOUBLE + 0.5 * least(greatest(coalesce(m.import_growth, 0), -0.3), 0.3)
         - 0.1 * coalesce(m.crisis_level, 0))::DOUBLE AS score,
       EXISTS (SELECT 1 FROM exports x WHERE x.exporter_id = ? AND x.country = d.country AND x.value_usd > 0) AS current,
       EXISTS (SELECT 1 FROM exporter_targets t WHERE t.exporter_id = ? AND t.country = d.country) AS wished
     FROM dest d LEFT JOIN country_macro m ON m.country = d.country AND m.year = ?
     ORDER BY score DESC, d.country`,
    [...chosen.params, year, chosen.n, chosen.n, exporterId, exporterId, year],
  );
  const safe = rows.filter((r) => (r.crisisLevel ?? 0) < AVOID_CRISIS_LEVEL);
  return {
    year,
    peerBasis: useChapter ? 'chapter' : 'industry',
    peers: chosen.n,
    chapter: firm?.chapter ?? null,
    suggestions: safe.slice(0, limit),
    avoid: rows.filter((r) => (r.crisisLevel ?? 0) >= AVOID_CRISIS_LEVEL),
  };
}
