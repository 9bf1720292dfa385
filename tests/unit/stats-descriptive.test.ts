/**
 * Descriptive statistics on hand-worked examples (numpy's percentile with linear interpolation = R type 7 gives
 * the same quartiles), missing-value handling, and the mode with ties; plus per-class descriptions of the
 * fixture datasets against numpy (tests/fixtures/logit/*.json, "screening").
 */
import { describe, expect, it } from 'vitest';
import {
  describe as summarize,
  iqr,
  mean,
  median,
  mode,
  quantile,
  sd,
  variance,
} from '../../src/core/stats/descriptive.ts';
import { compareCategorical, compareContinuous } from '../../src/core/stats/group-comparison.ts';
import { REGULAR_DATASETS, fitInputs, loadReference } from './helpers/logit-fixtures.ts';

describe('continuous summaries (hand-worked)', () => {
  // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, Σ(x − 5)² = 32, sample variance 32/7.
  const x = [9, 4, 2, 4, 5, 4, 7, 5];
  it('mean, variance, sd', () => {
    expect(mean(x)).toBe(5);
    expect(variance(x)).toBeCloseTo(32 / 7, 14);
    expect(sd(x)).toBeCloseTo(Math.sqrt(32 / 7), 14);
  });
  it('type-7 quantiles: q1 = 4 (h = 1.75), median 4.5, q3 = 5.5 (h = 5.25), IQR 1.5', () => {
    expect(quantile(x, 0.25)).toBe(4);
    expect(median(x)).toBe(4.5);
    expect(quantile(x, 0.75)).toBe(5.5);
    expect(iqr(x)).toBe(1.5);
    expect(quantile(x, 0)).toBe(2);
    expect(quantile(x, 1)).toBe(9);
    expect(quantile([10, 20], 0.3)).toBeCloseTo(13, 14);
  });
  it('describe leaves missing values out and counts them', () => {
    const d = summarize([1, NaN, 3, null, Infinity, 2]);
    expect(d).toMatchObject({
      n: 3,
      missing: 3,
      mean: 2,
      median: 2,
      min: 1,
      max: 3,
      q1: 1.5,
      q3: 2.5,
      iqr: 1,
    });
    expect(d.sd).toBeCloseTo(1, 14);
  });
  it('empty and single-value inputs give NaN, not errors', () => {
    expect(summarize([]).mean).toBeNaN();
    expect(summarize([4]).sd).toBeNaN();
    expect(summarize([4]).median).toBe(4);
  });
});

describe('mode and its share', () => {
  it('ties go to the smallest value; missing values are counted apart', () => {
    const m = mode(['b', 'a', 'b', null, 'c', 'a']);
    expect(m).toEqual({ value: 'a', count: 2, share: 0.4, n: 5, missing: 1, tiedValues: 2 });
    expect(mode([3, 1, 3, NaN, 2]).value).toBe(3);
    expect(mode([true, false, true]).share).toBeCloseTo(2 / 3, 15);
    expect(mode([]).value).toBeNull();
  });
  it('categorical comparison of two groups', () => {
    const c = compareCategorical(['KR', 'US', 'KR'], ['CN', 'CN', 'US', 'CN']);
    expect(c.a.value).toBe('KR');
    expect(c.b).toMatchObject({ value: 'CN', share: 0.75 });
  });
});

describe('per-class descriptions vs numpy on the fixtures', () => {
  for (const name of REGULAR_DATASETS) {
    it(name, () => {
      const ref = loadReference(name);
      const { columns, y } = fitInputs(ref);
      ref.screening?.forEach((s, j) => {
        const c = columns[j];
        const ones = c.filter((_, i) => y[i] === 1);
        const zeros = c.filter((_, i) => y[i] === 0);
        const cmp = compareContinuous(ones, zeros);
        for (const [ours, want] of [
          [cmp.a, s.y1],
          [cmp.b, s.y0],
        ] as const) {
          expect(ours.n).toBe(want.n);
          for (const key of ['mean', 'sd', 'median', 'q1', 'q3', 'min', 'max'] as const) {
            expect(Math.abs(ours[key] - want[key]), `${s.name} ${key}`).toBeLessThanOrEqual(
              1e-12 * Math.max(1, Math.abs(want[key])),
            );
          }
        }
        expect(Math.abs(cmp.standardizedDifference - s.smd)).toBeLessThan(
          1e-12 * Math.max(1, Math.abs(s.smd)),
        );
        expect(Math.abs(cmp.welchP - s.welch_p) / s.welch_p).toBeLessThan(1e-9);
      });
    });
  }
});
