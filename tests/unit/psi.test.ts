/**
 * Population stability index (core/stats/psi.ts) on cases worked by hand (docs/continuity-method.md#11-monitoring
 * has the same numbers): quantile bins of the reference with ties merged, the floor for empty bins, a constant
 * reference binned by value, NaN left out and counted, and the bands.
 */
import { describe, expect, it } from 'vitest';
import { psi, psiBand, referenceBinning } from '../../src/core/stats/psi.ts';

describe('PSI worked by hand', () => {
  it('quartile bins of 1 … 8 against a later sample of 10', () => {
    // Reference 1 … 8, B = 4: cut k is sorted[⌈8k/4⌉ − 1] = sorted[1], sorted[3], sorted[5] = 2, 4, 6, so the bins
    // are (−∞, 2], (2, 4], (4, 6], (6, ∞) with e = 0.25 each.
    // Actual 1, 3, 3, 4, 5, 7, 8, 8, 8, 8 (n = 10): a = 1/10, 3/10, 1/10, 5/10.
    // PSI = (0.1 − 0.25) ln(0.1/0.25) + (0.3 − 0.25) ln(0.3/0.25) + (0.1 − 0.25) ln(0.1/0.25) + (0.5 − 0.25) ln 2
    //     = 0.137444 + 0.009116 + 0.137444 + 0.173287 = 0.457290  → shifted (> 0.25).
    const r = psi([1, 2, 3, 4, 5, 6, 7, 8], [1, 3, 3, 4, 5, 7, 8, 8, 8, 8], { bins: 4 });
    expect(r.binning).toEqual({ kind: 'quantile', cuts: [2, 4, 6] });
    expect(r.bins.map((b) => b.expected)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(r.bins.map((b) => b.actual)).toEqual([0.1, 0.3, 0.1, 0.5]);
    expect(r.bins.map((b) => b.contribution)).toEqual(
      [0.137444, 0.009116, 0.137444, 0.173287].map((v) => expect.closeTo(v, 6)),
    );
    expect(r.psi).toBeCloseTo(0.45729, 5);
    expect(r.band).toBe('shifted');
  });

  it('the same sample against itself is 0, and the default is deciles', () => {
    const ref = Array.from({ length: 100 }, (_, i) => i);
    const r = psi(ref, ref);
    expect(r.psi).toBe(0);
    expect(r.band).toBe('stable');
    expect(r.binning.cuts).toEqual([9, 19, 29, 39, 49, 59, 69, 79, 89]);
    expect(r.bins.every((b) => b.expected === 0.1)).toBe(true);
  });

  it('a constant reference is binned by value, with the floor for bins it never saw', () => {
    // Reference 5, 5, 5, 5: bins < 5, = 5, > 5 with e = 0, 1, 0. Actual 5, 5, 6, 6: a = 0, 0.5, 0.5.
    // Floor 1e-4 for a zero share: < 5: (1e-4 − 1e-4) ln 1 = 0; = 5: (0.5 − 1) ln(0.5/1) = 0.346574;
    // > 5: (0.5 − 0.0001) ln(0.5/0.0001) = 0.4999 × 8.517193 = 4.257745; PSI = 4.604318.
    const r = psi([5, 5, 5, 5], [5, 5, 6, 6]);
    expect(r.binning).toEqual({ kind: 'value', cuts: [5] });
    expect(r.bins.map((b) => b.contribution)).toEqual([
      0,
      expect.closeTo(0.346574, 6),
      expect.closeTo(4.257745, 6),
    ]);
    expect(r.psi).toBeCloseTo(4.604318, 6);
    // A shift downwards is seen too (the first bin).
    expect(psi([5, 5], [4, 4]).psi).toBeCloseTo(2 * (1 - 1e-4) * Math.log(1e4), 9);
  });

  it('ties in a 0/1 variable merge the cut points: bins 0, 1 and > 1', () => {
    // 7 zeros and 3 ones: cuts sorted[⌈10k/10⌉ − 1] = 0 for k ≤ 7, 1 for k = 8, 9 → {0, 1}.
    const ref = [0, 0, 0, 0, 0, 0, 0, 1, 1, 1];
    expect(referenceBinning(ref)).toEqual({ kind: 'quantile', cuts: [0, 1] });
    // Actual half ones: (0.5 − 0.7) ln(0.5/0.7) + (0.5 − 0.3) ln(0.5/0.3) = 0.0672944 + 0.1021651 = 0.1694596 → watch.
    const r = psi(ref, [0, 1, 0, 1]);
    expect(r.psi).toBeCloseTo(0.16946, 6);
    expect(r.band).toBe('watch');
  });

  it('leaves NaN and ±∞ out of both samples and counts them', () => {
    const r = psi([1, 2, 3, 4, 5, 6, 7, 8, NaN], [1, 3, NaN, 3, 4, Infinity, 5, 7, 8, 8, 8, 8], { bins: 4 });
    expect([r.nReference, r.missingReference, r.nActual, r.missingActual]).toEqual([8, 1, 10, 2]);
    expect(r.psi).toBeCloseTo(0.45729, 5);
    expect(psi([NaN], [1]).psi).toBeNaN();
    expect(psi([1, 2], []).band).toBeNull();
  });

  it('bands: < 0.1 stable, 0.1–0.25 watch, > 0.25 shifted', () => {
    expect([0, 0.0999, 0.1, 0.25, 0.2501, 3].map(psiBand)).toEqual([
      'stable',
      'stable',
      'watch',
      'watch',
      'shifted',
      'shifted',
    ]);
    expect(psiBand(NaN)).toBeNull();
  });
});
