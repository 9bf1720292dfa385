/**
 * Pure pieces of the continuity index on hand-made numbers: drivers βⱼ·(xᵢⱼ − x̄ⱼ) add up to the firm's log-odds
 * minus the average firm's, group assignment and the risk-factor ranking, the recent-trend slope, drop alerts,
 * the model run's handling of a single labelled year, and the index table's CSV.
 */
import { describe, expect, it } from 'vitest';
import { dropAlerts } from '../../src/core/continuity/alerts.ts';
import { firmDrivers } from '../../src/core/continuity/drivers.ts';
import type { ContinuityStatus, FeatureTable } from '../../src/core/continuity/feature-table.ts';
import { rowsByFirm, scoredAt } from '../../src/core/continuity/firm-index.ts';
import {
  assignGroups,
  compareCategory,
  compareVariables,
  GROUP_CONTINUING,
  GROUP_NONE,
  GROUP_RISK,
  rankRiskFactors,
} from '../../src/core/continuity/group-comparison.ts';
import { runModel } from '../../src/core/continuity/model-run.ts';
import { recentTrend, slope } from '../../src/core/continuity/trend.ts';
import { createRng } from '../../src/core/random.ts';
import { indexCsv, indexRows } from '../../src/data/continuity/index-table.ts';
import { csvCell } from '../../src/core/csv.ts';

function table(
  rows: { id: string; year: number; status: ContinuityStatus; label: number; x: number[] }[],
  names: string[],
): FeatureTable {
  return {
    n: rows.length,
    exporterId: rows.map((r) => r.id),
    year: Int32Array.from(rows.map((r) => r.year)),
    status: rows.map((r) => r.status),
    label: Float64Array.from(rows.map((r) => r.label)),
    names,
    columns: names.map((_, j) => Float64Array.from(rows.map((r) => r.x[j]))),
  };
}

describe('firm drivers', () => {
  it('are βⱼ·(xᵢⱼ − x̄ⱼ), most negative first, and add up to η(firm) − η(average firm)', () => {
    const t = table(
      [
        { id: 'a', year: 2020, status: 'continuing', label: 1, x: [1, 10] },
        { id: 'b', year: 2020, status: 'stopped', label: 0, x: [0, 30] },
        { id: 'c', year: 2020, status: 'continuing', label: 1, x: [1, 20] },
      ],
      ['trade_show', 'age'],
    );
    const model = {
      coefficients: [
        { name: 'const', estimate: -1 },
        { name: 'trade_show', estimate: 0.6 },
        { name: 'age', estimate: 0.05 },
      ],
    };
    const d = firmDrivers(t, model, ['trade_show', 'age'], 1, [0, 1, 2]);
    expect(d.map((x) => x.name)).toEqual(['trade_show', 'age']);
    expect(d[0].contribution).toBeCloseTo(0.6 * (0 - 2 / 3), 12);
    expect(d[1].contribution).toBeCloseTo(0.05 * (30 - 20), 12);
    const eta = (i: number) => -1 + 0.6 * t.columns[0][i] + 0.05 * t.columns[1][i];
    const etaMean = -1 + 0.6 * (2 / 3) + 0.05 * 20;
    expect(d[0].contribution + d[1].contribution).toBeCloseTo(eta(1) - etaMean, 12);
  });
});

describe('continuing group vs risk group', () => {
  const t = table(
    [
      { id: 'a', year: 2020, status: 'continuing', label: 1, x: [5] },
      { id: 'b', year: 2020, status: 'continuing', label: 1, x: [7] },
      { id: 'c', year: 2020, status: 'stopped', label: 0, x: [1] },
      { id: 'd', year: 2020, status: 'continuing', label: 1, x: [2] },
      { id: 'e', year: 2020, status: 'beginner', label: 1, x: [9] },
      { id: 'f', year: 2020, status: 'pending', label: NaN, x: [3] },
    ],
    ['v'],
  );
  const index = Float64Array.from([80, 90, 10, 40, 70, NaN]);
  const rows = [0, 1, 2, 3, 4, 5];

  it('risk = index below the threshold; continuing = status continuing at or above it; others left out', () => {
    const g = assignGroups(t, index, rows, 50);
    expect(Array.from(g)).toEqual([
      GROUP_CONTINUING,
      GROUP_CONTINUING,
      GROUP_RISK,
      GROUP_RISK,
      GROUP_NONE,
      GROUP_NONE,
    ]);
  });

  it('compares as risk − continuing and ranks by |standardized difference|', () => {
    const g = assignGroups(t, index, rows, 50);
    const [c] = compareVariables(t, rows, g);
    expect(c.a.mean).toBeCloseTo(1.5, 12); // risk: 1, 2
    expect(c.b.mean).toBeCloseTo(6, 12); // continuing: 5, 7
    const pooled = Math.sqrt((0.5 + 2) / 2);
    expect(c.standardizedDifference).toBeCloseTo((1.5 - 6) / pooled, 12);
    const ranked = rankRiskFactors([
      { ...c, name: 'small', standardizedDifference: 0.2 },
      { ...c, name: 'big', standardizedDifference: -1.1 },
      { ...c, name: 'nan', standardizedDifference: NaN },
    ]);
    expect(ranked.map((r) => r.name)).toEqual(['big', 'small']);
    const cat = compareCategory('region', ['서울', '서울', '부산', '부산', '대구', null], g);
    expect(cat.continuing.value).toBe('서울');
    expect(cat.continuing.share).toBe(1);
    expect(cat.risk.value).toBe('부산');
  });

  it('lists the firms scored in a year, lowest first, with the change since the year before', () => {
    const t2 = table(
      [
        { id: 'a', year: 2019, status: 'continuing', label: 1, x: [0] },
        { id: 'a', year: 2020, status: 'continuing', label: 1, x: [0] },
        { id: 'b', year: 2020, status: 'stopped', label: 0, x: [0] },
      ],
      ['v'],
    );
    const s = scoredAt(t2, Float64Array.from([75, 60, 20]), 2020, rowsByFirm(t2));
    expect(s.map((x) => [x.exporterId, x.index, x.change])).toEqual([
      ['b', 20, null],
      ['a', 60, -15],
    ]);
  });
});

describe('trend and alerts', () => {
  it('slope is least squares in points per year over the last three scored years', () => {
    expect(slope([1, 2, 3], [10, 20, 30])).toBeCloseTo(10, 12);
    const series = [
      { year: 2018, index: 90 },
      { year: 2020, index: 80 },
      { year: 2021, index: 70 },
      { year: 2022, index: NaN },
      { year: 2019, index: 85 },
    ];
    // last three finite points: 2019 85, 2020 80, 2021 70 → slope −7.5
    expect(recentTrend(series)).toBeCloseTo(-7.5, 12);
    expect(recentTrend([{ year: 2020, index: 50 }])).toBeNaN();
  });

  it('flags a yearly drop and a drop since added of 10 points or more', () => {
    const series = [
      { year: 2022, index: 80 },
      { year: 2023, index: 75 },
      { year: 2024, index: 64.5 },
    ];
    expect(dropAlerts(series)).toEqual([
      { kind: 'yearly', drop: 10.5, fromYear: 2023, toYear: 2024, from: 75, to: 64.5 },
    ]);
    const since = dropAlerts(series, { year: 2022, index: 80 });
    expect(since.map((a) => a.kind)).toEqual(['yearly', 'since-added']);
    expect(since[1].drop).toBeCloseTo(15.5, 12);
    expect(dropAlerts(series.slice(0, 2), { year: 2022, index: 80 })).toEqual([]); // −5: no alert
  });
});

describe('model run', () => {
  it('reports a single labelled year as a warning, not a failure', () => {
    const rng = createRng(7);
    const rows = Array.from({ length: 300 }, (_, i) => {
      const x = rng.normal();
      return {
        id: `f${i}`,
        year: 2020,
        status: 'continuing' as const,
        label: rng.next() < 1 / (1 + Math.exp(-x)) ? 1 : 0,
        x: [x],
      };
    });
    const run = runModel(table(rows, ['x']), { variables: null });
    expect(run.validation).toBeNull();
    expect(run.warnings.join(' ')).toMatch(/no out-of-time validation: .*at least two years/);
    expect(run.index.every((v) => v > 0 && v < 100)).toBe(true);
    expect(Object.keys(run.millis)).toEqual(['screening', 'fit', 'validation', 'index', 'monitoring']);
  });
});

describe('index table CSV', () => {
  it('joins statuses with the index, null where there is none, and quotes safely', () => {
    const rows = indexRows(
      [
        { exporter_id: 'E1', status: 'continuing' },
        { exporter_id: 'E2', status: 'pending' },
        { exporter_id: '=cmd', status: 'stopped' },
      ],
      2024,
      (id) => ({ E1: 72.5, '=cmd': 3 })[id],
      50,
    );
    expect(rows[1]).toEqual({
      exporter_id: 'E2',
      year: 2024,
      status: 'pending',
      index: null,
      risk_group: null,
    });
    expect(indexCsv(rows)).toBe(
      "exporter_id,year,status,index,risk_group\r\nE1,2024,continuing,72.5,false\r\nE2,2024,pending,,\r\n'=cmd,2024,stopped,3,true\r\n",
    );
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "x"')).toBe('"say ""x"""');
  });
});
