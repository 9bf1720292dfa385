/**
 * Welch's t test and the standardized difference. Textbook example: Wikipedia "Welch's t-test", example 1
 * (A1, A2 below): t = −2.46, ν ≈ 25.0, p = 0.021; scipy.stats.ttest_ind(equal_var=False) gives
 * t = −2.455356398286006, p = 0.021378001462866985, Welch–Satterthwaite ν = 24.988529290231416.
 */
import { describe, expect, it } from 'vitest';
import { standardizedDifference, welchTest } from '../../src/core/stats/welch.ts';

const A1 = [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4];
const A2 = [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4];

describe('welchTest', () => {
  it('textbook example', () => {
    const w = welchTest(A1, A2);
    expect(w.t).toBeCloseTo(-2.455356398286006, 12);
    expect(w.df).toBeCloseTo(24.988529290231416, 10);
    expect(Math.abs(w.p - 0.021378001462866985) / 0.021378001462866985).toBeLessThan(1e-12);
    expect(w.nA).toBe(15);
    expect(w.meanDifference).toBeCloseTo(20.82 - 22.98666666666667, 12);
  });
  it('is symmetric in its groups', () => {
    const a = welchTest(A1, A2);
    const b = welchTest(A2, A1);
    expect(b.t).toBeCloseTo(-a.t, 14);
    expect(b.p).toBeCloseTo(a.p, 15);
  });
  it('leaves missing values out; undefined cases give NaN, not errors', () => {
    expect(welchTest([...A1, NaN], [...A2, null as unknown as number]).p).toBeCloseTo(
      welchTest(A1, A2).p,
      15,
    );
    expect(welchTest([1], [2, 3]).p).toBeNaN();
    expect(welchTest([2, 2], [2, 2]).p).toBeNaN();
    expect(welchTest([1, 1], [2, 2]).p).toBe(0);
  });
});

describe('standardizedDifference', () => {
  it('(x̄a − x̄b) / √((s²a + s²b)/2): groups 1,2,3 and 3,4,5 → (2 − 4)/1 = −2', () => {
    expect(standardizedDifference([1, 2, 3], [3, 4, 5])).toBe(-2);
    expect(standardizedDifference([0, 0, 1, 1], [0, 1, 1, 1])).toBeCloseTo(
      -0.25 / Math.sqrt((1 / 3 + 0.25) / 2),
      14,
    );
    expect(standardizedDifference([1, 1], [1, 1])).toBe(0);
    expect(standardizedDifference([1, 1], [2, 2])).toBe(-Infinity);
  });
});
