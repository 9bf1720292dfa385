import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.ts';
import {
  exposureBoost,
  exposureCounts,
  gini,
  lorenzCurve,
  sampleTopK,
  topKIndices,
} from '../../src/core/matching/index.ts';

describe('sampleTopK (Gumbel-top-k)', () => {
  const scores = Float64Array.from({ length: 100 }, (_, i) => ((i * 37) % 100) / 100);

  it('gives the same list for the same seed and another list for another seed', () => {
    const a = sampleTopK(scores, { seed: 42 });
    const b = sampleTopK(scores, { seed: 42 });
    const c = sampleTopK(scores, { seed: 43 });
    expect(a).toEqual(b);
    expect(a.length).toBe(10);
    expect(a.map((x) => x.index)).not.toEqual(c.map((x) => x.index));
    // drawn only from the top pool of 50, and listed by score
    const pool = new Set(topKIndices(scores, 50).indices);
    for (const item of a) expect(pool.has(item.index)).toBe(true);
    for (let i = 1; i < a.length; i++) expect(a[i - 1].adjusted).toBeGreaterThanOrEqual(a[i].adjusted);
  });
  it('is the deterministic top-k at temperature 0', () => {
    const r = sampleTopK(scores, { seed: 1, temperature: 0, k: 5 });
    expect(r.map((x) => x.index)).toEqual(Array.from(topKIndices(scores, 5).indices));
  });
  it('draws the first item with probability exp(s/T)/Σ exp(s/T) (Plackett–Luce, hand-worked)', () => {
    // scores 0.6 and 0.5 at T = 0.1: P(first) = e^6 / (e^6 + e^5) = 0.7311
    let first = 0;
    const runs = 4000;
    for (let seed = 0; seed < runs; seed++) {
      const r = sampleTopK([0.5, 0.6], { seed, k: 1, temperature: 0.1 });
      if (r[0].index === 1) first++;
    }
    expect(first / runs).toBeGreaterThan(0.7311 - 0.025);
    expect(first / runs).toBeLessThan(0.7311 + 0.025);
  });
  it('matches Plackett–Luce with three items, for the first and the second draw', () => {
    // scores 0.5, 0.6, 0.7 at T = 0.1: weights e^5, e^6, e^7
    const w = [Math.exp(5), Math.exp(6), Math.exp(7)];
    const total = w[0] + w[1] + w[2];
    const pFirst = w.map((x) => x / total); // 0.090, 0.245, 0.665
    // P(order 2, 1) = p2 · w1 / (w0 + w1)
    const p21 = pFirst[2] * (w[1] / (w[0] + w[1]));
    const first = [0, 0, 0];
    let order21 = 0;
    const runs = 4000;
    for (let seed = 0; seed < runs; seed++) {
      const r = sampleTopK([0.5, 0.6, 0.7], { seed, k: 2, temperature: 0.1, order: 'sampled' });
      first[r[0].index]++;
      if (r[0].index === 2 && r[1].index === 1) order21++;
    }
    for (let i = 0; i < 3; i++) expect(Math.abs(first[i] / runs - pFirst[i])).toBeLessThan(0.025);
    expect(Math.abs(order21 / runs - p21)).toBeLessThan(0.025);
  });
  it('draws higher scores more often over many seeds', () => {
    const s = [0.1, 0.2, 0.3, 0.4, 0.5];
    const counts = [0, 0, 0, 0, 0];
    for (let seed = 0; seed < 2000; seed++)
      for (const it of sampleTopK(s, { seed, k: 2, temperature: 0.1 })) counts[it.index]++;
    for (let i = 1; i < s.length; i++) expect(counts[i]).toBeGreaterThan(counts[i - 1]);
  });
  it('returns in draw order on request, fewer when the pool is small, nothing for no candidates', () => {
    const r = sampleTopK(scores, { seed: 3, order: 'sampled', k: 10 });
    expect(new Set(r.map((x) => x.index))).toEqual(
      new Set(sampleTopK(scores, { seed: 3, k: 10 }).map((x) => x.index)),
    );
    expect(sampleTopK([0.3, 0.2], { seed: 1 }).length).toBe(2);
    expect(sampleTopK([], { seed: 1 })).toEqual([]);
    expect(sampleTopK([NaN, NaN], { seed: 1 })).toEqual([]);
    expect(sampleTopK([0.3, 0.9], { seed: 1, eligible: [1, 0] }).map((x) => x.index)).toEqual([0]);
    expect(() => sampleTopK(scores, { seed: 1, temperature: -1 })).toThrow(InputError);
    expect(() => sampleTopK(scores, { seed: NaN })).toThrow(InputError);
  });
  it('same seed, same list (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 80 }),
        fc.integer(),
        fc.integer({ min: 1, max: 12 }),
        (s, seed, k) => {
          expect(sampleTopK(s, { seed, k, poolSize: 20 })).toEqual(sampleTopK(s, { seed, k, poolSize: 20 }));
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('exposure', () => {
  it('boost: λ for the never shown, 0 for the most shown', () => {
    expect(Array.from(exposureBoost([0, 5, 10], 0.1))).toEqual([0.1, 0.05, 0].map(Math.fround));
    const log = exposureBoost([0, 1, 10], 0.1, 'log');
    expect(log[0]).toBeCloseTo(0.1, 6);
    expect(log[1]).toBeCloseTo(0.1 * (1 - Math.log(2) / Math.log(11)), 6);
    expect(log[2]).toBe(0);
    expect(Array.from(exposureBoost([0, 0], 0.1))).toEqual([0, 0]);
    expect(() => exposureBoost([-1], 0.1)).toThrow(InputError);
  });
  it('counts exposure and computes Gini and the Lorenz curve (hand-worked)', () => {
    expect(
      Array.from(
        exposureCounts(
          [
            [0, 2],
            [2, 3],
          ],
          4,
        ),
      ),
    ).toEqual([1, 0, 2, 1]);
    expect(() => exposureCounts([[4]], 4)).toThrow(InputError);
    expect(gini([0, 0, 0, 1])).toBeCloseTo(0.75, 12);
    expect(gini([4, 1, 3, 2])).toBeCloseTo(0.25, 12);
    expect(gini([2, 2, 2])).toBe(0);
    expect(gini([0, 0])).toBe(0);
    expect(gini([])).toBe(0);
    const l = lorenzCurve([4, 1, 3, 2]);
    expect(l.map((p) => [p.population, p.share])).toEqual([
      [0, 0],
      [0.25, 0.1],
      [0.5, 0.3],
      [0.75, 0.6],
      [1, 1],
    ]);
    expect(lorenzCurve(new Array(1000).fill(1), 11).length).toBe(11);
    expect(lorenzCurve([0, 0])[1]).toEqual({ population: 0.5, share: 0.5 });
  });
  it('the boost raises the share of low-exposure parties in the top k (property, T = 0)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 50 })), {
          minLength: 2,
          maxLength: 60,
        }),
        fc.integer({ min: 1, max: 10 }),
        fc.double({ min: 0.001, max: 0.5, noNaN: true }),
        fc.integer({ min: 0, max: 50 }),
        (rows, k, lambda, threshold) => {
          const scores = rows.map((r) => r[0]);
          const exposure = rows.map((r) => r[1]);
          const low = (i: number): boolean => exposure[i] < threshold;
          const share = (boost?: Float32Array): number =>
            sampleTopK(scores, { seed: 0, k, temperature: 0, boost }).filter((x) => low(x.index)).length;
          expect(share(exposureBoost(exposure, lambda))).toBeGreaterThanOrEqual(share());
        },
      ),
      { numRuns: 300 },
    );
  });
  it('the boost spreads exposure over many random lists (lower Gini)', () => {
    // 40 candidates, the 10 best already shown a lot; 300 lists of 5 with and without the boost
    const n = 40;
    const scores = Float64Array.from({ length: n }, (_, i) => 0.9 - i * 0.005);
    const exposure = Float64Array.from({ length: n }, (_, i) => (i < 10 ? 20 : 0));
    const run = (lambda: number): { low: number; gini: number } => {
      const lists: number[][] = [];
      for (let seed = 0; seed < 300; seed++) {
        const boost = exposureBoost(exposure, lambda);
        lists.push(
          sampleTopK(scores, { seed, k: 5, poolSize: n, temperature: 0.02, boost }).map((x) => x.index),
        );
      }
      const counts = exposureCounts(lists, n);
      let low = 0;
      for (let i = 10; i < n; i++) low += counts[i];
      return { low: low / (300 * 5), gini: gini(counts) };
    };
    const without = run(0);
    const withBoost = run(0.1);
    expect(withBoost.low).toBeGreaterThan(without.low + 0.2);
    expect(withBoost.gini).toBeLessThan(without.gini);
  });
});
