/**
 * 실시간 매칭 현황 by group: HS chapter (the exporter's main product chapter: the 2-digit chapter most of its
 * products fall in, smallest on a tie), 전시관/품목군 (the exporter's industry — fairs lay out halls by product
 * group) and buyer country. Each row counts requests and how many reached accepted, met and contracted.
 */
import type { Engine } from '../engine/engine.ts';
import { CURRENT, q } from './live-tables.ts';

export type BreakdownKind = 'chapter' | 'hall' | 'country';

export interface BreakdownRow {
  /** Chapter '33', industry name or ISO country code; null when unknown. */
  readonly key: string | null;
  readonly requested: number;
  readonly accepted: number;
  readonly met: number;
  readonly contracted: number;
}

const KEY_SQL: Record<BreakdownKind, { join: string; key: string }> = {
  chapter: {
    join: `LEFT JOIN (
        SELECT exporter_id, chapter FROM (
          SELECT exporter_id, left(hs_code, 2) AS chapter,
            row_number() OVER (PARTITION BY exporter_id ORDER BY count(*) DESC, left(hs_code, 2)) AS rn
          FROM exporter_products GROUP BY exporter_id, left(hs_code, 2)) WHERE rn = 1
      ) k ON k.exporter_id = c.exporter_id`,
    key: 'k.chapter',
  },
  hall: { join: 'LEFT JOIN exporters k ON k.exporter_id = c.exporter_id', key: 'k.industry' },
  country: { join: 'LEFT JOIN buyers k ON k.buyer_id = c.buyer_id', key: 'k.country' },
};

export async function liveBreakdown(engine: Engine, kind: BreakdownKind): Promise<BreakdownRow[]> {
  const { join, key } = KEY_SQL[kind];
  return engine.query<BreakdownRow>(
    `SELECT ${key} AS key, count(*)::INTEGER AS requested,
       count(*) FILTER (WHERE c.status IN ('accepted', 'met', 'contracted'))::INTEGER AS accepted,
       count(*) FILTER (WHERE c.status IN ('met', 'contracted'))::INTEGER AS met,
       count(*) FILTER (WHERE c.status = 'contracted')::INTEGER AS contracted
     FROM ${q(CURRENT)} c ${join}
     GROUP BY ${key} ORDER BY requested DESC, key NULLS LAST`,
  );
}
