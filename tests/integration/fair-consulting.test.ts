/**
 * 수출초보기업 컨설팅 on the sample (native DuckDB): the beginner list matches the continuity status rules, and
 * suggested first markets follow comparable continuing firms, skip crisis destinations and add up.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataset } from '../../src/cli/open-dataset.ts';
import type { NodeEngine } from '../../src/data/engine/engine-native.node.ts';
import { beginnerFirms, firmStatusAt } from '../../src/data/consulting/beginners.ts';
import { AVOID_CRISIS_LEVEL, suggestFirstMarkets } from '../../src/data/consulting/first-markets.ts';
import { firmProfile } from '../../src/data/consulting/firm-profile.ts';
import { statusesAt } from '../../src/data/continuity/continuity-data.ts';
import { statusSql } from '../../src/data/continuity/status-rules.ts';

let engine: NodeEngine;
beforeAll(async () => {
  engine = await openDataset('data-samples/sample');
});
afterAll(() => engine.close());

describe('beginner-exporter consulting', () => {
  it('lists the beginners of the latest year', async () => {
    const list = await beginnerFirms(engine);
    expect(list.year).toBe(2024);
    const [{ n }] = await engine.query<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM (${statusSql()}) WHERE year = 2024 AND status = 'beginner'`,
    );
    expect(list.firms).toHaveLength(n);
    expect(n).toBeGreaterThan(50);
    for (const f of list.firms.slice(0, 20)) {
      expect(f.firstExportYear).toBeGreaterThanOrEqual(2023);
      expect(await firmStatusAt(engine, f.id, 2024)).toBe('beginner');
    }
  });

  it("reads the continuity screens' status table, so both screens call the same firms beginners", async () => {
    const list = await beginnerFirms(engine);
    const continuityBeginners = (await statusesAt(engine, 2024))
      .filter((r) => r.status === 'beginner')
      .map((r) => r.exporter_id);
    expect(list.firms.map((f) => f.id).sort()).toEqual(continuityBeginners.sort());
  });

  it('suggests where comparable continuing firms export, without crisis destinations', async () => {
    const list = await beginnerFirms(engine);
    const firm = list.firms[0];
    const advice = await suggestFirstMarkets(engine, firm.id, 2024);
    expect(advice.peers).toBeGreaterThanOrEqual(10);
    expect(advice.suggestions.length).toBeGreaterThan(0);
    for (const s of advice.suggestions) {
      expect(s.crisisLevel ?? 0).toBeLessThan(AVOID_CRISIS_LEVEL);
      expect(s.peerShare).toBeCloseTo(s.peerFirms / advice.peers, 12);
    }
    const scores = advice.suggestions.map((s) => s.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    // Hand count of the top destination's peers, by independent SQL.
    const top = advice.suggestions[0];
    const basis =
      advice.peerBasis === 'chapter'
        ? `AND (SELECT left(hs_code, 2) FROM exporter_products p WHERE p.exporter_id = s.exporter_id GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1) = '${advice.chapter}'`
        : '';
    const [{ n }] = await engine.query<{ n: number }>(
      `SELECT count(DISTINCT x.exporter_id)::INTEGER AS n FROM (${statusSql()}) s
       JOIN exporters e USING (exporter_id) JOIN exports x ON x.exporter_id = s.exporter_id AND x.year = 2024
       WHERE s.year = 2024 AND s.status = 'continuing' AND s.exporter_id <> ? AND e.industry = ?
         AND x.country = ? AND x.value_usd > 0 ${basis}`,
      [firm.id, firm.industry ?? '', top.country],
    );
    expect(top.peerFirms).toBe(n);
  });

  it('profiles the firm', async () => {
    const list = await beginnerFirms(engine);
    const p = await firmProfile(engine, list.firms[0].id);
    expect(p?.exports.length).toBeGreaterThan(0);
    expect(p?.exports.every((e) => e.year >= list.firms[0].firstExportYear)).toBe(true);
    expect(await firmProfile(engine, 'NOPE')).toBeNull();
  });
});
