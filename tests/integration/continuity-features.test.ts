/**
 * The continuity feature SQL on native DuckDB, on hand-made firms whose values are worked out by hand:
 * export-mix weighting of the destination variables, world variables, clipping and imputation with missing
 * indicators (including the NULL-skipping least()/greatest() pitfall), and the label taken from t+1, never t.
 * Then on the sample: every label equals the next year's status, and the features reproduce the planted
 * variables of truth.json exactly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeEngine } from '../../src/data/engine/engine-native.node.ts';
import { featureSql } from '../../src/data/continuity/feature-sql.ts';
import { statusSql } from '../../src/data/continuity/status-rules.ts';
import { CANDIDATE_NAMES } from '../../src/data/continuity/candidates.ts';
import { planFromPath } from '../../src/data/dataset/plan-dir.node.ts';
import { nativeInsert } from '../../src/data/dataset/insert-native.node.ts';
import { loadDataset } from '../../src/data/dataset/load-dataset.ts';

type Row = Record<string, number | string | null>;

/** The tables the feature SQL reads, with only the columns it reads, empty: each panel below fills its own. */
const FEATURE_TABLES = `
  CREATE TABLE exporters (exporter_id VARCHAR, founded_year INTEGER);
  CREATE TABLE firm_years (exporter_id VARCHAR, year INTEGER, employees INTEGER, sales_krw DOUBLE,
    net_income_krw DOUBLE, operating_profit_krw DOUBLE, capital_krw DOUBLE, sales_growth DOUBLE,
    lang_staff BOOLEAN, overseas_marketing_staff INTEGER, trade_show BOOLEAN, certifications INTEGER,
    credit_grade INTEGER);
  CREATE TABLE exports (exporter_id VARCHAR, year INTEGER, country VARCHAR, hs_code VARCHAR, value_usd DOUBLE);
  CREATE TABLE country_macro (country VARCHAR, year INTEGER, fx_per_usd DOUBLE, crisis_level INTEGER,
    import_growth DOUBLE);
  CREATE TABLE world_macro (year INTEGER, oil_usd_bbl DOUBLE, raw_material_index DOUBLE);
`;

describe('continuity features on hand-made firms', () => {
  let engine: NodeEngine;
  let rows: Row[];
  const at = (id: string, year: number): Row => {
    const r = rows.find((x) => x.exporter_id === id && x.year === year);
    if (!r) throw new Error(`no feature row for ${id} ${year}`);
    return r;
  };

  beforeAll(async () => {
    engine = await NodeEngine.create();
    await engine.exec(FEATURE_TABLES);
    await engine.exec(`
      INSERT INTO exporters VALUES ('A', 2000), ('B', 2005);
      INSERT INTO world_macro VALUES (2009, 50, 100), (2010, 60, 100), (2011, 45, 110), (2012, 45, 99),
        (2013, 90, 99), (2014, 90, 99), (2015, 90, 99);
      INSERT INTO country_macro VALUES
        ('US', 2012, 1, 0, 0.01), ('US', 2013, 1, 0, 0.02), ('JP', 2012, 100, 1, 0.05), ('JP', 2013, 110, 2, NULL);
    `);
    // Firm A: exported 2010–2013, observed without exports in 2014–2015 (statuses P P C C C S).
    for (let y = 2010; y <= 2015; y++) {
      await engine.query(
        `INSERT INTO firm_years VALUES ('A', ?, 10, 1e9, 5e7, 1e8, 5e8, NULL, true, 2, false, 3, 4)`,
        [y],
      );
    }
    for (let y = 2010; y <= 2012; y++)
      await engine.query(`INSERT INTO exports VALUES ('A', ?, 'US', '330499', 1000)`, [y]);
    // 2013: US 300, JP 100 (two HS codes to JP) → shares 0.75 / 0.25.
    await engine.exec(`INSERT INTO exports VALUES ('A', 2013, 'US', '330499', 300), ('A', 2013, 'JP', '330499', 60),
      ('A', 2013, 'JP', '330410', 40)`);
    // Firm B: exports every year; its 2013 row has missing and extreme inputs.
    for (let y = 2010; y <= 2015; y++) {
      if (y !== 2013) {
        await engine.query(
          `INSERT INTO firm_years VALUES ('B', ?, 30, 2e9, 1e8, 2e8, 1e9, 0.1, false, 0, true, 1, 6)`,
          [y],
        );
      }
      await engine.query(`INSERT INTO exports VALUES ('B', ?, 'US', '330499', 500)`, [y]);
    }
    // 2013: operating profit twice the sales (margin clipped to 1), net income missing, sales growth missing
    // (derived from 2012: 6e9 / 2e9 − 1 = 2), capability and credit missing.
    await engine.exec(`INSERT INTO firm_years VALUES ('B', 2013, NULL, 6e9, NULL, 12e9, NULL, NULL, NULL, NULL,
      NULL, NULL, NULL)`);
    rows = await engine.query<Row>(`${featureSql()} ORDER BY exporter_id, year`);
  });
  afterAll(() => engine.close());

  it('weights destination variables by the export mix at t', () => {
    const a = at('A', 2013);
    expect(a.fx_change).toBeCloseTo(0.25 * (110 / 100 - 1), 12);
    expect(a.crisis_level).toBeCloseTo(0.25 * 2, 12);
    expect(a.import_growth).toBeCloseTo(0.75 * 0.02 + 0.25 * 0, 12); // JP's NULL import growth counts as 0
    expect(a.n_markets).toBe(2);
    expect(a.hs_diversity).toBe(2);
    expect(a.main_destination).toBe('US');
    expect(a.value_growth).toBeCloseTo(Math.log(1 + 400 / 1000) - Math.log(1 + 1000 / 1000), 12);
    // Not exporting at t: no mix, so 0 (not NULL).
    const a14 = at('A', 2014);
    expect([a14.fx_change, a14.crisis_level, a14.import_growth, a14.n_markets, a14.exported_now]).toEqual([
      0, 0, 0, 0, 0,
    ]);
    expect(a14.main_destination).toBeNull();
    expect(a14.years_exported).toBe(2);
  });

  it('computes world variables from consecutive years', () => {
    expect(at('A', 2011).oil_change).toBeCloseTo(45 / 60 - 1, 12);
    expect(at('A', 2013).oil_change).toBeCloseTo(1, 12);
    expect(at('A', 2011).raw_material_change).toBeCloseTo(0.1, 12);
  });

  it('clips, imputes and flags missing inputs as documented', () => {
    const b = at('B', 2013);
    expect(b.operating_margin).toBe(1); // 12e9 / 6e9 = 2, clipped
    expect(b.net_margin).toBe(0); // net income NULL → 0 (not clipped to a bound)
    expect(b.missing_financials).toBe(1);
    expect(b.sales_growth).toBeCloseTo(2, 12); // 6e9 / 2e9 − 1 from the previous firm_years row
    expect(b.lang_staff).toBe(0);
    expect(b.trade_show).toBe(0);
    expect(b.certifications).toBe(0);
    expect(b.marketing_staff_log).toBe(0);
    expect(b.missing_capability).toBe(1);
    expect(b.credit_grade).toBe(4); // median of the grades reported in 2013 (only A's 4)
    expect(b.missing_credit).toBe(1);
    expect(b.employees_log).toBeCloseTo(Math.log(1 + 10), 12); // median employees of 2013 over observed rows = 10
    const a = at('A', 2012);
    expect(a.operating_margin).toBeCloseTo(0.1, 12);
    expect(a.net_margin).toBeCloseTo(0.05, 12);
    expect(a.sales_growth).toBe(0); // sales_growth NULL and sales flat: 1e9 / 1e9 − 1
    expect(a.missing_financials).toBe(0);
    expect(a.firm_age).toBe(12);
    expect(a.marketing_staff_log).toBeCloseTo(Math.log(3), 12);
    expect(at('A', 2010).sales_growth).toBe(0); // first year: nothing to compare with → 0
    for (const r of rows)
      for (const name of CANDIDATE_NAMES) expect(Number.isFinite(r[name]), `${name}`).toBe(true);
  });

  it('reads the export pattern: exported at t, t−1, t−2, years since the first export, the current run', () => {
    const pick = (id: string, y: number) => {
      const r = at(id, y);
      return [
        r.exported_now,
        r.exported_prev,
        r.exported_prev2,
        r.years_exported,
        r.years_since_first_export,
        r.export_run,
      ];
    };
    // A exports 2010–2013 (2010 is the data's first year), then is observed without exports in 2014–2015.
    expect(pick('A', 2010)).toEqual([1, 0, 0, 1, 0, 1]); // nothing before the data counts as exported
    expect(pick('A', 2013)).toEqual([1, 1, 1, 3, 3, 4]);
    expect(pick('A', 2014)).toEqual([0, 1, 1, 2, 4, 0]); // exported last year but not this year: O O X
    expect(pick('A', 2015)).toEqual([0, 0, 1, 1, 5, 0]);
    // B exports every year: the run grows by one a year.
    expect(pick('B', 2012)).toEqual([1, 1, 1, 3, 2, 3]);
    expect(pick('B', 2015)).toEqual([1, 1, 1, 3, 5, 6]);
  });

  it('takes the label from the status at t+1, never from t', async () => {
    const status = await engine.query<{ exporter_id: string; year: number; status: string }>(statusSql());
    const s = (id: string, y: number) => status.find((r) => r.exporter_id === id && r.year === y)?.status;
    expect([2010, 2011, 2012, 2013, 2014, 2015].map((y) => s('A', y))).toEqual([
      'pending',
      'pending',
      'continuing',
      'continuing',
      'continuing',
      'stopped',
    ]);
    // 2014 is continuing, but 2015 is stopped: the label of 2014 is 0.
    expect(at('A', 2014).status).toBe('continuing');
    expect(at('A', 2014).label).toBe(0);
    expect(at('A', 2011).status).toBe('pending');
    expect(at('A', 2011).label).toBe(1);
    expect(at('A', 2015).label).toBeNull(); // no t+1 in the data
    expect(at('B', 2012).label).toBe(1);
  });
});

describe('export-history candidates on hand-made patterns (OXO, XOO, a gap, a late reporter)', () => {
  let engine: NodeEngine;
  let rows: Row[];
  let status: { exporter_id: string; year: number; status: string }[];
  const pick = (id: string, y: number) => {
    const r = rows.find((x) => x.exporter_id === id && x.year === y);
    if (!r) throw new Error(`no feature row for ${id} ${y}`);
    return [
      r.exported_now,
      r.exported_prev,
      r.exported_prev2,
      r.years_exported,
      r.years_since_first_export,
      r.export_run,
    ];
  };
  const statusOf = (id: string, y: number) =>
    status.find((r) => r.exporter_id === id && r.year === y)?.status;

  beforeAll(async () => {
    engine = await NodeEngine.create();
    await engine.exec(FEATURE_TABLES);
    await engine.exec(`
      INSERT INTO exporters VALUES ('C', 2000), ('D', 2000), ('E', 2000), ('F', 2000);
    `);
    // Per firm, 2009–2013: O exported, X observed without exports, _ not reported at all.
    const patterns: Record<string, string> = { C: 'XOXOO', D: 'OO_OO', E: 'OOOO_', F: 'XXXOX' };
    for (const [id, p] of Object.entries(patterns))
      for (let k = 0; k < p.length; k++) {
        const y = 2009 + k;
        if (p[k] === '_') continue;
        await engine.query(
          `INSERT INTO firm_years VALUES (?, ?, 10, 1e9, 5e7, 1e8, 5e8, NULL, true, 2, false, 3, 4)`,
          [id, y],
        );
        if (p[k] === 'O')
          await engine.query(`INSERT INTO exports VALUES (?, ?, 'US', '330499', 1000)`, [id, y]);
      }
    rows = await engine.query<Row>(`${featureSql()} ORDER BY exporter_id, year`);
    status = await engine.query(statusSql());
  });
  afterAll(() => engine.close());

  it('tells O X O from X O O although both exported in two of the three years', () => {
    // [exported t, t−1, t−2, years exported in the window, years since the first export, current run]
    expect(pick('C', 2012)).toEqual([1, 0, 1, 2, 2, 1]); // O X O
    expect(pick('C', 2013)).toEqual([1, 1, 0, 2, 3, 2]); // X O O
    expect([statusOf('C', 2012), statusOf('C', 2013)]).toEqual(['continuing', 'continuing']);
    expect(pick('C', 2011)).toEqual([0, 1, 0, 1, 1, 0]); // O X after an X: exported last year only
  });

  it('counts an unreported year as not exported and as the end of a run', () => {
    expect(pick('D', 2012)).toEqual([1, 0, 1, 2, 3, 1]);
    expect(pick('D', 2013)).toEqual([1, 1, 0, 2, 4, 2]);
    expect(statusOf('D', 2012)).toBe('pending');
  });

  it('keeps a late reporter pending in its unreported latest year, with its history up to the year before', () => {
    expect(statusOf('E', 2013)).toBe('pending');
    expect(pick('E', 2012)).toEqual([1, 1, 1, 3, 3, 4]);
    expect(rows.find((r) => r.exporter_id === 'E' && r.year === 2012)?.label).toBeNull(); // pending next year
  });

  it('gives a beginner no history before its first export', () => {
    expect(statusOf('F', 2012)).toBe('beginner');
    expect(pick('F', 2012)).toEqual([1, 0, 0, 1, 0, 1]);
    expect(pick('F', 2013)).toEqual([0, 1, 0, 1, 1, 0]);
    for (const r of rows)
      for (const name of CANDIDATE_NAMES)
        expect(Number.isFinite(r[name]), `${r.exporter_id} ${r.year} ${name}`).toBe(true);
  });
});

describe('continuity features on the sample', () => {
  let engine: NodeEngine;
  beforeAll(async () => {
    engine = await NodeEngine.create();
    await loadDataset(await planFromPath('data-samples/sample'), {
      engine,
      insertFile: nativeInsert(engine),
    });
    await engine.exec(`CREATE TEMP TABLE f AS ${featureSql()}`);
  });
  afterAll(() => engine.close());

  it('labels every row with the next year status and never with its own', async () => {
    const [r] = await engine.query<{ wrong: number; labelled: number; differs: number }>(`
      WITH s AS (${statusSql()})
      SELECT count(*) FILTER (WHERE f.label IS DISTINCT FROM
               CASE n.status WHEN 'continuing' THEN 1 WHEN 'stopped' THEN 0 END)::INTEGER AS wrong,
             count(f.label)::INTEGER AS labelled,
             count(*) FILTER (WHERE f.label IS NOT NULL AND f.label IS DISTINCT FROM
               CASE f.status WHEN 'continuing' THEN 1 WHEN 'stopped' THEN 0 END)::INTEGER AS differs
      FROM f LEFT JOIN s n ON n.exporter_id = f.exporter_id AND n.year = f.year + 1`);
    expect(r.wrong).toBe(0);
    expect(r.labelled).toBeGreaterThan(8000);
    expect(r.differs).toBeGreaterThan(100); // the same-year status would be a different (leaking) label
  });

  it('reproduces the planted variables: the truth model\u2019s η from our features matches truth-continuation', async () => {
    const eta = `-1.2 + 2.4*exported_now + 0.45*lang_staff + 0.4*marketing_staff_log + 0.6*trade_show
      + 0.12*certifications + 0.01*firm_age + 3*operating_margin + 1.0*sales_growth - 0.15*credit_grade
      - 0.45*crisis_level + 1.5*import_growth - 2.5*fx_change - 0.6*oil_change`;
    const [r] = await engine.query<{ n: number; worst: number }>(
      `SELECT count(*)::INTEGER AS n, max(abs(${eta} - t.eta)) AS worst
       FROM f JOIN read_parquet('data-samples/sample/truth-continuation.parquet') t USING (exporter_id, year)`,
    );
    expect(r.n).toBeGreaterThan(11000);
    expect(r.worst).toBeLessThan(1e-5); // truth.json stores η rounded to 6 decimals
  });
});
