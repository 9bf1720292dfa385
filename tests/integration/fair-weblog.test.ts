/**
 * 이용패턴 분석 on the sample's web log (native DuckDB): counts against independent SQL, Korean search terms
 * normalised (NFC, whitespace, Latin case) and counted in SQL, the funnel narrowing by construction, paths
 * adding up to the sessions, and clicked-card feedback.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataset } from '../../src/cli/open-dataset.ts';
import type { NodeEngine } from '../../src/data/engine/engine-native.node.ts';
import { weblogOverview, weblogRange } from '../../src/data/weblog/weblog-overview.ts';
import { topSearchTerms } from '../../src/data/weblog/search-terms.ts';
import { clickFunnel } from '../../src/data/weblog/click-funnel.ts';
import { sessionPaths } from '../../src/data/weblog/session-paths.ts';
import { feedbackByList, feedbackByTarget } from '../../src/data/weblog/card-feedback.ts';
import { ALL_TIME } from '../../src/data/weblog/weblog-period.ts';

let engine: NodeEngine;
beforeAll(async () => {
  engine = await openDataset('data-samples/sample');
});
afterAll(() => engine.close());

const one = async (sql: string, params: (string | number)[] = []) =>
  (await engine.query<{ n: number }>(sql, params))[0].n;

describe('web-log insights on the sample', () => {
  it('sessions per user type and time on page', async () => {
    const o = await weblogOverview(engine, ALL_TIME);
    expect(o.sessions).toBe(5000);
    expect(o.events).toBe(45265);
    expect(o.byUserType.map((u) => [u.userType, u.sessions])).toEqual([
      ['exporter', 3106],
      ['buyer', 1658],
      ['staff', 236],
    ]);
    const exporterRequests = await one(
      `SELECT count(DISTINCT session_id)::INTEGER AS n FROM weblog WHERE user_type = 'exporter' AND event_type = 'request'`,
    );
    expect(o.byUserType[0].requestShare).toBeCloseTo(exporterRequests / 3106, 10);
    const profile = o.pages.find((p) => p.page === '/buyers/:id');
    expect(profile?.views).toBe(
      await one(
        `SELECT count(*)::INTEGER AS n FROM weblog WHERE event_type = 'page_view' AND page LIKE '/buyers/%'`,
      ),
    );
    const range = await weblogRange(engine);
    expect(range.years).toEqual([2024, 2023, 2022, 2021, 2020, 2019]);
    const y2024 = await weblogOverview(engine, { from: '2024-01-01', to: '2024-12-31' });
    expect(y2024.sessions).toBe(
      await one(
        `SELECT count(*)::INTEGER AS n FROM (SELECT session_id FROM weblog GROUP BY 1 HAVING year(min(ts)) = 2024)`,
      ),
    );
  });

  it('counts Korean search terms as text, the same however they were typed', async () => {
    const terms = await topSearchTerms(engine, ALL_TIME, 500);
    const sunscreen = terms.find((t) => t.term === '선크림');
    expect(sunscreen?.searches).toBe(93);
    expect(sunscreen?.hangul).toBe(true);
    expect(terms.find((t) => t.term === 'k-beauty')?.hangul).toBe(false);
    // The same word decomposed (NFD, as macOS may send it), padded and with Latin capitals counts as one term.
    await engine.exec(`CREATE OR REPLACE TEMP TABLE weblog_extra AS SELECT * FROM weblog LIMIT 0`);
    const base = await engine.query<{ session_id: string }>(`SELECT session_id FROM weblog LIMIT 1`);
    const variants = ['선크림'.normalize('NFD'), '  선크림 ', 'K-BEAUTY', 'k-beauty'];
    await engine.exec(`CREATE OR REPLACE TABLE weblog_backup AS SELECT * FROM weblog`);
    try {
      for (const q of variants) {
        await engine.query(
          `INSERT INTO weblog (session_id, user_type, user_id, ts, event_type, page, query)
           VALUES (?, 'exporter', NULL, TIMESTAMP '2024-06-01 10:00:00', 'search', '/search', ?)`,
          [base[0].session_id, q],
        );
      }
      const after = await topSearchTerms(engine, ALL_TIME, 500);
      expect(after.find((t) => t.term === '선크림')?.searches).toBe(95);
      const kb = terms.find((t) => t.term === 'k-beauty')?.searches ?? 0;
      expect(after.find((t) => t.term === 'k-beauty')?.searches).toBe(kb + 2);
      expect(after.some((t) => t.term !== t.term.normalize('NFC'))).toBe(false);
    } finally {
      await engine.exec(
        `CREATE OR REPLACE TABLE weblog AS SELECT * FROM weblog_backup; DROP TABLE weblog_backup`,
      );
    }
  });

  it('the funnel narrows step by step and splits by user type', async () => {
    const f = await clickFunnel(engine, ALL_TIME);
    const all = f.find((x) => x.userType === null)!;
    expect(all.sessions).toBe(5000);
    expect(all.search).toBeGreaterThanOrEqual(all.profile);
    expect(all.profile).toBeGreaterThanOrEqual(all.save);
    expect(all.save).toBeGreaterThanOrEqual(all.request);
    const parts = f.filter((x) => x.userType !== null);
    expect(parts.reduce((s, x) => s + x.request, 0)).toBe(all.request);
    expect(all.search).toBe(
      await one(`SELECT count(DISTINCT session_id)::INTEGER AS n FROM weblog WHERE event_type = 'search'`),
    );
    // Every requesting session is either on the save path or a direct request (or saved without a profile first).
    const requesting = await one(
      `SELECT count(DISTINCT session_id)::INTEGER AS n FROM weblog WHERE event_type = 'request'`,
    );
    expect(all.request + all.requestWithoutSave).toBeLessThanOrEqual(requesting);
    expect(all.request + all.requestWithoutSave).toBeGreaterThan(requesting * 0.95);
    expect(f.find((x) => x.userType === 'staff')?.request).toBe(0);
  });

  it('paths: every session leaves step 1 exactly once', async () => {
    const links = await sessionPaths(engine, ALL_TIME, 5);
    const first = links.filter((l) => l.depth === 1).reduce((s, l) => s + l.sessions, 0);
    expect(first).toBe(5000);
    for (let d = 2; d < 5; d++) {
      const into = links
        .filter((l) => l.depth === d - 1 && l.target !== 'end')
        .reduce((s, l) => s + l.sessions, 0);
      const out = links.filter((l) => l.depth === d).reduce((s, l) => s + l.sessions, 0);
      expect(out).toBe(into);
    }
    expect(links.some((l) => l.source === l.target)).toBe(false);
  });

  it('clicked-card feedback adds up to the clicks', async () => {
    const byList = await feedbackByList(engine, ALL_TIME);
    const clicks = await one(
      `SELECT count(*)::INTEGER AS n FROM weblog WHERE event_type = 'click' AND target_id IS NOT NULL`,
    );
    expect(byList.reduce((s, r) => s + r.clicks, 0)).toBe(clicks);
    const top = await feedbackByTarget(engine, ALL_TIME, 5);
    expect(top[0].clicks).toBe(
      await one(`SELECT count(*)::INTEGER AS n FROM weblog WHERE event_type = 'click' AND target_id = ?`, [
        top[0].key,
      ]),
    );
    expect(top[0].name).toBeTruthy();
    for (const r of [...byList, ...top]) {
      for (const share of [r.saveShare, r.requestShare, r.matchShare]) {
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
      }
    }
  });
});
