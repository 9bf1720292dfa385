/**
 * The status rules in SQL on native DuckDB, on hand-made firms: every window pattern of the seed's table,
 * and the edge cases (first year of data, gaps, beginners, firms that never exported, firms that vanish).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NodeEngine } from '../../src/data/engine/engine-native.node.ts';
import { DEFAULT_RULES, statusSql, type ContinuityStatus } from '../../src/data/continuity/status-rules.ts';

let engine: NodeEngine;
beforeAll(async () => {
  engine = await NodeEngine.create();
});
afterAll(() => engine.close());

/** A firm as a string over years 2010…: 'O' exported, 'X' observed without exports, '.' unobserved. */
async function statuses(
  firms: Record<string, string>,
  rules = DEFAULT_RULES,
): Promise<Record<string, string>> {
  await engine.exec(`
    CREATE OR REPLACE TABLE firm_years (exporter_id VARCHAR, year INTEGER);
    CREATE OR REPLACE TABLE exports (exporter_id VARCHAR, year INTEGER, value_usd DOUBLE);`);
  for (const [id, pattern] of Object.entries(firms)) {
    for (let i = 0; i < pattern.length; i++) {
      const year = 2010 + i;
      if (pattern[i] === '.') continue;
      await engine.query('INSERT INTO firm_years VALUES (?, ?)', [id, year]);
      if (pattern[i] === 'O') await engine.query('INSERT INTO exports VALUES (?, ?, 1000)', [id, year]);
    }
  }
  const rows = await engine.query<{ exporter_id: string; year: number; status: ContinuityStatus }>(
    `${statusSql(rules)} ORDER BY exporter_id, year`,
  );
  const out: Record<string, string> = {};
  const letter: Record<ContinuityStatus, string> = {
    continuing: 'C',
    stopped: 'S',
    pending: 'P',
    beginner: 'B',
  };
  for (const [id, pattern] of Object.entries(firms)) out[id] = '-'.repeat(pattern.length);
  for (const r of rows) {
    const s = out[r.exporter_id].split('');
    s[r.year - 2010] = letter[r.status];
    out[r.exporter_id] = s.join('');
  }
  return out;
}

describe('continuity status rules (window t−2, t−1, t)', () => {
  it('classifies every pattern of the seed table at the last year', async () => {
    // Each firm exported long before (OOO…) so neither beginner nor left-censoring applies; the last
    // three letters are the pattern under test.
    const patterns: Record<string, ContinuityStatus> = {
      OOO: 'continuing',
      OOX: 'continuing',
      OXO: 'continuing',
      XOO: 'continuing',
      OXX: 'stopped',
      XOX: 'stopped',
      XXO: 'stopped',
      XXX: 'stopped',
    };
    const firms = Object.fromEntries(Object.keys(patterns).map((p) => [p, `OOOO${p}`]));
    const result = await statuses(firms);
    const letter = { continuing: 'C', stopped: 'S', pending: 'P', beginner: 'B' } as const;
    for (const [p, want] of Object.entries(patterns)) expect(result[p].at(-1), p).toBe(letter[want]);
  });

  it('handles the first years of data, gaps, beginners and vanished firms', async () => {
    const r = await statuses({
      // exported from the first year of data: left-censored, so pending until the window is inside the data
      early: 'OOOOO',
      // first export in 2012 after two observed non-export years: beginner in 2012 and 2013
      late: 'XXOOO',
      // an unobserved year inside the window makes the status pending
      gap: 'OOO.OOO',
      // never exported: no status at all
      never: 'XXXXX',
      // stops reporting after 2013: pending while its window still holds an observed year (2014, 2015), then
      // no status (2016: no observed year in 2014–2016)
      gone: 'OOOO...',
    });
    // The data run to 2016 (the gap firm): firms that stopped reporting in 2014 are pending in 2015–2016.
    expect(r.early).toBe('PPCCCPP');
    expect(r.late).toBe('--BBCPP');
    expect(r.gap).toBe('PPCPPPC');
    expect(r.never).toBe('-----');
    expect(r.gone).toBe('PPCCPP-');
  });

  it('keeps a firm that has not reported the latest year yet: pending there, not absent (OOOO.)', async () => {
    const r = await statuses({ late: 'OOOO.', other: 'OOOOO', oxLate: 'OOOX.', twoLate: 'OOO..' });
    expect(r.other).toBe('PPCCC');
    expect(r.late).toBe('PPCCP');
    expect(r.oxLate).toBe('PPCCP');
    expect(r.twoLate).toBe('PPCPP');
  });

  it('honours configurable rules (window 2, one export year suffices)', async () => {
    const r = await statuses({ a: 'OOOXXO' }, { window: 2, minExportYears: 1, beginnerYears: 1 });
    expect(r.a).toBe('PCCCSC');
  });

  it('gives exactly one status to every firm-year from first export to the data edge while its window is observed (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.stringMatching(/^[OX.]{1,8}$/), { minLength: 1, maxLength: 6 }),
        async (patterns) => {
          const firms = Object.fromEntries(patterns.map((p, i) => [`f${i}`, p]));
          const r = await statuses(firms);
          const [{ most }] = await engine.query<{ most: number | null }>(
            `SELECT max(n)::INTEGER AS most FROM (SELECT count(*) AS n FROM (${statusSql()}) GROUP BY exporter_id, year)`,
          );
          expect(most ?? 1).toBe(1);
          const edge = Math.max(...patterns.map((p) => Math.max(p.lastIndexOf('O'), p.lastIndexOf('X'))));
          for (const [id, p] of Object.entries(firms)) {
            const first = p.indexOf('O');
            const seen = (i: number) => i >= 0 && i < p.length && p[i] !== '.';
            for (let i = 0; i <= edge; i++) {
              const has = (r[id][i] ?? '-') !== '-';
              const windowSeen = seen(i) || seen(i - 1) || seen(i - 2);
              expect(has, `${id}=${p} year ${i}`).toBe(first >= 0 && i >= first && windowSeen);
            }
            expect(r[id].length, `${id}=${p}`).toBeLessThanOrEqual(Math.max(p.length, edge + 1));
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
