/**
 * Monitoring of the continuity index (core/continuity/monitoring.ts) on a panel worked by hand
 * (docs/continuity-method.md#11-monitoring): PSI of the index and of the variable per later year, calibration by
 * decile of a year whose outcome is known (observed vs predicted, Hosmer–Lemeshow), a year without outcome, and the
 * refit alert rule at its boundaries.
 */
import { describe, expect, it } from 'vitest';
import type { FeatureTable } from '../../src/core/continuity/feature-table.ts';
import { monitorModel, refitAlerts } from '../../src/core/continuity/monitoring.ts';
import { runModel } from '../../src/core/continuity/model-run.ts';
import { createRng } from '../../src/core/random.ts';

const L4 = Math.log(4);
/** x = logit p for p = 0.2, 0.5, 0.8, so a model with β = (0, 1) predicts exactly those. */
const X = { low: -L4, mid: 0, high: L4 };

function table(rows: { year: number; x: number; y: number }[]): FeatureTable {
  return {
    n: rows.length,
    exporterId: rows.map((_, i) => `E${i}`),
    year: Int32Array.from(rows.map((r) => r.year)),
    status: rows.map(() => 'continuing'),
    label: Float64Array.from(rows.map((r) => r.y)),
    names: ['x'],
    columns: [Float64Array.from(rows.map((r) => r.x))],
  };
}

const model = { coefficients: [{ estimate: 0 }, { estimate: 1 }] } as Parameters<typeof monitorModel>[1];

/** Four rows at each of the three levels, with `events` continuing among each four. */
function year(y: number, events: [number, number, number], label = true) {
  return (['low', 'mid', 'high'] as const).flatMap((level, j) =>
    [0, 1, 2, 3].map((k) => ({ year: y, x: X[level], y: label ? (k < events[j] ? 1 : 0) : NaN })),
  );
}

describe('monitorModel worked by hand', () => {
  // 2020: training year. 2021: the same mix, outcome known, 2 of 4 continuing at every level.
  // 2022: every firm at the high level, no outcome yet.
  const t = table([
    ...year(2020, [1, 2, 3]),
    ...year(2021, [2, 2, 2]),
    ...Array.from({ length: 6 }, () => ({ year: 2022, x: X.high, y: NaN })),
  ]);
  const m = monitorModel(t, model, ['x'], 2020, 2020);

  it('compares every later year with the training years', () => {
    expect([m.trainFrom, m.trainTo, m.nReference]).toEqual([2020, 2020, 12]);
    expect(m.years.map((y) => [y.year, y.n])).toEqual([
      [2021, 12],
      [2022, 6],
    ]);
  });

  it('PSI: 0 for the same mix; for all-high, bins (−∞, a], (a, b], (b, c], (c, ∞) with e = ⅓, ⅓, ⅓, 0', () => {
    const [same, shifted] = m.years;
    expect(same.index.psi).toBe(0);
    expect(same.variables[0]).toMatchObject({ name: 'x', psi: 0, band: 'stable' });
    // Reference 4 × a, 4 × b, 4 × c (n = 12, deciles): cuts sorted[⌈1.2k⌉ − 1] = a, a, a, b, b, b, c, c, c.
    // Actual all c: a = 0, 0, 1, 0. With the floor 1e-4:
    //   2 × (0.0001 − ⅓) ln(0.0001 / ⅓) = 2 × 2.703098, (1 − ⅓) ln 3 = 0.732408, (c, ∞): 0 → PSI = 6.138605.
    expect(shifted.variables[0].psi).toBeCloseTo(6.138605, 6);
    expect(shifted.variables[0].band).toBe('shifted');
    // The index is a monotone function of x here, so its PSI is the same.
    expect(shifted.index.psi).toBeCloseTo(6.138605, 6);
  });

  it('calibration of the year with outcomes: observed vs predicted by decile and Hosmer–Lemeshow', () => {
    const o = m.years[0].outcome;
    if (!o) throw new Error('2021 has outcomes');
    // In the large: observed 6/12 = 0.5, predicted (4·0.2 + 4·0.5 + 4·0.8)/12 = 0.5.
    expect(o.observedRate).toBe(0.5);
    expect(o.meanPredicted).toBeCloseTo(0.5, 12);
    // By decile (ties stay together): groups 1, 4, 7 of four rows each, predicted 0.2, 0.5, 0.8, observed 0.5 each.
    const g = o.calibration.groups;
    expect(g.map((x) => x.group)).toEqual([1, 4, 7]);
    expect(g.map((x) => x.meanPredicted)).toEqual([0.2, 0.5, 0.8].map((v) => expect.closeTo(v, 12)));
    expect(g.map((x) => x.observedRate)).toEqual([0.5, 0.5, 0.5]);
    // HL = (2 − 0.8)²/(0.8 · 0.8) + (2 − 2)²/(2 · 0.5) + (2 − 3.2)²/(3.2 · 0.2) = 2.25 + 0 + 2.25 = 4.5 on 1 df,
    // p = P(χ²₁ > 4.5) = 0.033895 — not below 0.01, so no calibration alert.
    expect(o.calibration.hosmerLemeshow.statistic).toBeCloseTo(4.5, 10);
    expect(o.calibration.hosmerLemeshow.df).toBe(1);
    expect(o.calibration.hosmerLemeshow.p).toBeCloseTo(0.033895, 6);
    expect(m.years[0].alerts).toEqual([]);
  });

  it('a year without outcome has PSI only; its shift is an alert and the model should be refitted', () => {
    const y = m.years[1];
    expect(y.outcome).toBeNull();
    expect(y.alerts.map((a) => a.kind)).toEqual(['index', 'variable']);
    expect(m.refit).toBe(true);
    expect(monitorModel(t, model, ['x'], 2020, 2021).years.map((x) => x.year)).toEqual([2022]);
  });
});

describe('refit alert rule', () => {
  const hl = (p: number) => ({ statistic: 1, df: 8, p });

  it('index PSI > 0.25, a variable PSI > 0.25, Hosmer–Lemeshow p < 0.01; boundaries do not alert', () => {
    expect(
      refitAlerts({ indexPsi: 0.25, variables: [{ name: 'a', psi: 0.25 }], hosmerLemeshow: hl(0.01) }),
    ).toEqual([]);
    expect(
      refitAlerts({
        indexPsi: 0.2501,
        variables: [
          { name: 'a', psi: 0.1 },
          { name: 'b', psi: 0.9 },
        ],
        hosmerLemeshow: hl(0.0099),
      }),
    ).toEqual([
      { kind: 'index', psi: 0.2501 },
      { kind: 'variable', variable: 'b', psi: 0.9 },
      { kind: 'calibration', statistic: 1, df: 8, p: 0.0099 },
    ]);
    // A year without outcome, or with too few groups for a p, has no calibration alert.
    expect(refitAlerts({ indexPsi: 0, variables: [], hosmerLemeshow: null })).toEqual([]);
    expect(refitAlerts({ indexPsi: 0, variables: [], hosmerLemeshow: hl(NaN) })).toEqual([]);
  });
});

describe('monitoring in a model run', () => {
  // Four labelled years and a fifth without labels; x stationary, so nothing shifts.
  const rng = createRng(3);
  const rows = Array.from({ length: 2500 }, (_, i) => {
    const x = rng.normal();
    const yr = 2016 + (i % 5);
    return { year: yr, x, y: yr === 2020 ? NaN : rng.next() < 1 / (1 + Math.exp(-x)) ? 1 : 0 };
  });
  const t = table(rows);

  it('monitors the out-of-time validation model by default: later years are the test year and the last year', () => {
    const run = runModel(t, { variables: ['x'] });
    const m = run.monitoring;
    if (!m || !run.validation) throw new Error('expected monitoring and validation');
    expect([m.trainFrom, m.trainTo]).toEqual([run.validation.trainFrom, run.validation.trainTo]);
    expect(m.years.map((y) => y.year)).toEqual([2019, 2020]);
    expect(m.years[0].outcome?.n).toBe(500);
    expect(m.years[1].outcome).toBeNull();
    expect(m.years.every((y) => y.variables[0].band === 'stable' && y.alerts.length === 0)).toBe(true);
    expect(m.refit).toBe(false);
  });

  it('takes an earlier training window, and says why when none can be fitted', () => {
    const run = runModel(t, { variables: ['x'], monitorTrainTo: 2016 });
    expect(run.monitoring?.years.map((y) => y.year)).toEqual([2017, 2018, 2019, 2020]);
    const none = runModel(t, { variables: ['x'], monitorTrainTo: 2010 });
    expect(none.monitoring).toBeNull();
    expect(none.notes.map((n) => n.code)).toContain('no-monitoring');
  });
});
