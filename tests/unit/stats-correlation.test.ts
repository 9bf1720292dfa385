/**
 * Pearson / point-biserial correlation, its p-value, VIF and candidate screening: hand-worked cases and the
 * fixtures against scipy.stats.pearsonr and statsmodels' variance_inflation_factor.
 */
import { describe, expect, it } from 'vitest';
import { correlationPValue, pearson, pointBiserial } from '../../src/core/stats/pearson.ts';
import { screenCandidates } from '../../src/core/stats/screening.ts';
import { vif } from '../../src/core/stats/vif.ts';
import { REGULAR_DATASETS, fitInputs, loadReference } from './helpers/logit-fixtures.ts';

describe('pearson (hand-worked)', () => {
  it('x = 1..5, y = 0 0 1 1 1: r = 3/√12 = √3/2, t = 3 on 3 df, p = 0.0576688856224372 (scipy)', () => {
    const c = pointBiserial([1, 2, 3, 4, 5], [0, 0, 1, 1, 1]);
    expect(c.r).toBeCloseTo(Math.sqrt(3) / 2, 15);
    expect(c.n).toBe(5);
    expect(Math.abs(c.p - 0.0576688856224372) / 0.0576688856224372).toBeLessThan(1e-13);
  });
  it('perfect and absent correlation; pairs with a missing value are dropped', () => {
    expect(pearson([1, 2, 3, 4], [2, 4, 6, 8])).toEqual({ r: 1, p: 0, n: 4 });
    expect(pearson([1, 2, 3, 4], [-1, -2, -3, -4]).r).toBe(-1);
    expect(pearson([1, 2, 3], [5, 5, 5]).r).toBeNaN();
    const c = pearson([1, NaN, 3, 4, 5, 6], [0, 1, 1, 0, Infinity, 1]);
    expect(c.n).toBe(4);
    expect(c.r).toBeCloseTo(pearson([1, 3, 4, 6], [0, 1, 0, 1]).r, 15);
    expect(correlationPValue(0.5, 2)).toBeNaN();
  });
  it('rejects arrays of different lengths', () => {
    expect(() => pearson([1, 2], [1])).toThrow(/lengths differ/);
  });
});

describe('vif', () => {
  it('statsmodels variance_inflation_factor on a small design', () => {
    const x1 = [1, 2, 3, 4, 5, 6];
    const x2 = [2, 1, 4, 3, 6, 5];
    const x3 = [1, 0, 1, 0, 1, 1];
    const v = vif([x1, x2, x3]);
    expect(v[0]).toBeCloseTo(6.270833333333336, 12);
    expect(v[1]).toBeCloseTo(9.77083333333333, 12);
    expect(v[2]).toBeCloseTo(3.200000000000001, 12);
  });
  it('uncorrelated columns have VIF 1; exact combinations Infinity; constants NaN', () => {
    expect(
      vif([
        [1, -1, 1, -1],
        [1, 1, -1, -1],
      ]),
    ).toEqual([1, 1]);
    const a = [1, 2, 3, 4, 5];
    const b = [2, 1, 2, 1, 3];
    const v = vif([a, b, a.map((x, i) => x + 2 * b[i]), [7, 7, 7, 7, 7]]);
    expect(v.slice(0, 3)).toEqual([Infinity, Infinity, Infinity]);
    expect(v[3]).toBeNaN();
  });
  it('names the column and row of a missing value', () => {
    expect(() =>
      vif(
        [
          [1, 2, 3],
          [1, NaN, 2],
        ],
        ['sales', 'staff'],
      ),
    ).toThrow(/"staff" has a missing or infinite value at row 2/);
  });
});

describe('screening (keep |r| ≥ 0.05 and p < 0.05) vs scipy / statsmodels on the fixtures', () => {
  for (const name of REGULAR_DATASETS) {
    it(name, () => {
      const ref = loadReference(name);
      const { columns, y } = fitInputs(ref);
      const rows = screenCandidates(
        ref.x.map((n, j) => ({ name: n, values: columns[j] })),
        y,
      );
      const keptNames = rows.filter((r) => r.keep).map((r) => r.name);
      const keptColumns = keptNames.map((n) => columns[ref.x.indexOf(n)]);
      const keptVif = keptColumns.length ? vif(keptColumns) : [];
      rows.forEach((row, j) => {
        const s = ref.screening?.[j];
        if (!s) throw new Error('no screening reference');
        expect(row.name).toBe(s.name);
        expect(Math.abs(row.r - s.pearson_r)).toBeLessThan(1e-13);
        expect(Math.abs(row.p - s.pearson_p) / s.pearson_p).toBeLessThan(1e-9);
        expect(row.keep).toBe(Math.abs(s.pearson_r) >= 0.05 && s.pearson_p < 0.05);
        if (row.keep) expect(row.vif).toBeCloseTo(keptVif[keptNames.indexOf(row.name)], 10);
        else expect(row.vif).toBeNaN();
      });
      // VIF over all candidates vs statsmodels (design with a constant).
      vif(columns).forEach((v, j) =>
        expect(Math.abs(v - (ref.screening?.[j].vif ?? NaN)) / v).toBeLessThan(1e-10),
      );
    });
  }

  it('says why a candidate was dropped', () => {
    const y = [0, 1, 0, 1, 0, 1, 0, 1];
    const rows = screenCandidates(
      [
        { name: 'constant', values: [3, 3, 3, 3, 3, 3, 3, 3] },
        { name: 'weak', values: [1, 1, 2, 2, 1, 1, 2, 2] },
        { name: 'strong', values: [0, 5, 1, 6, 0, 7, 1, 5] },
      ],
      y,
    );
    expect(rows.map((r) => [r.name, r.keep, r.reason])).toEqual([
      ['constant', false, 'constant (no variation)'],
      ['weak', false, '|r| < 0.05'],
      ['strong', true, '|r| ≥ 0.05 and p < 0.05'],
    ]);
    expect(rows[2].vif).toBe(1);
  });
});
