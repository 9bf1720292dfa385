import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.ts';
import {
  buildInteractionMatrix,
  catalogueCoverage,
  evaluateRecommender,
  hitRateAtK,
  mapAtK,
  ndcgAtK,
  popularityScores,
  precisionAtK,
  randomScores,
  recallAtK,
  summariseLists,
} from '../../src/core/matching/index.ts';

describe('ranking metrics (hand-worked)', () => {
  const rec = ['a', 'b', 'c', 'd', 'e'];
  const rel = new Set(['b', 'e', 'x']);

  it('P@5, R@5, HR@5', () => {
    expect(precisionAtK(rec, rel, 5)).toBeCloseTo(2 / 5, 12);
    expect(recallAtK(rec, rel, 5)).toBeCloseTo(2 / 3, 12);
    expect(hitRateAtK(rec, rel, 5)).toBe(1);
    expect(hitRateAtK(rec, rel, 1)).toBe(0);
    expect(precisionAtK(['b'], rel, 10)).toBeCloseTo(0.1, 12); // a short list still divides by k
  });
  it('AP@5 = (P@2 + P@5) / min(5, 3) = (1/2 + 2/5) / 3 = 0.3', () => {
    expect(mapAtK(rec, rel, 5)).toBeCloseTo(0.3, 12);
    expect(mapAtK(['x', 'a', 'b'], new Set(['a', 'b']), 3)).toBeCloseTo((1 / 2 + 2 / 3) / 2, 12);
    // more relevant items than k: divide by k, so a perfect list scores 1
    expect(mapAtK(['a', 'b'], new Set(['a', 'b', 'c']), 2)).toBe(1);
  });
  it('NDCG@5 = (1/log2 3 + 1/log2 6) / (1 + 1/log2 3 + 1/log2 4) = 0.47762', () => {
    expect(ndcgAtK(rec, rel, 5)).toBeCloseTo(0.4776237, 6);
    expect(ndcgAtK(['b', 'e', 'x'], rel, 3)).toBeCloseTo(1, 12);
  });
  it('graded NDCG with a gain map', () => {
    // DCG = 1/1 + 3/log2 4 = 2.5, IDCG = 3/1 + 1/log2 3 = 3.63093
    expect(
      ndcgAtK(
        ['a', 'b', 'c'],
        new Map([
          ['a', 1],
          ['c', 3],
        ]),
        3,
      ),
    ).toBeCloseTo(0.6885289, 6);
  });
  it('counts a repeated item once and gives NaN for a user with nothing relevant', () => {
    expect(precisionAtK(['b', 'b', 'b'], rel, 3)).toBeCloseTo(1 / 3, 12);
    expect(precisionAtK(rec, new Set<string>(), 5)).toBeNaN();
    expect(ndcgAtK(rec, new Map([['a', 0]]), 5)).toBeNaN();
    expect(() => precisionAtK(rec, rel, 0)).toThrow(InputError);
  });
  it('catalogue coverage', () => {
    expect(
      catalogueCoverage(
        [
          [1, 2],
          [2, 3],
        ],
        10,
      ),
    ).toBeCloseTo(0.3, 12);
    expect(
      catalogueCoverage(
        [
          [1, 2],
          [2, 3],
        ],
        10,
        1,
      ),
    ).toBeCloseTo(0.2, 12);
    expect(catalogueCoverage([], 0)).toBe(0);
  });
});

describe('evaluateRecommender', () => {
  it('ranks eligible candidates fully and averages over users with a relevant item', () => {
    // 4 candidates; user 0 prefers 3 > 2 > 1 > 0, user 1 prefers 0 > 1 > 2 > 3; k = 2
    const scores = (u: number): Float64Array =>
      u === 0 ? Float64Array.from([0, 1, 2, 3]) : Float64Array.from([3, 2, 1, 0]);
    const users = [
      { user: 0, relevant: new Set([2]) }, // list [3, 2]: P 1/2, R 1, HR 1, AP 1/2, NDCG 1/log2 3
      { user: 1, relevant: new Set([3]), eligible: [2, 3] }, // list [2, 3]: same numbers
      { user: 0, relevant: new Set<number>() }, // left out of the means
    ];
    const m = evaluateRecommender(scores, users, 2, 4);
    expect(m.users).toBe(2);
    expect(m.precision).toBeCloseTo(0.5, 12);
    expect(m.recall).toBe(1);
    expect(m.hit_rate).toBe(1);
    expect(m.map).toBeCloseTo(0.5, 12);
    expect(m.ndcg).toBeCloseTo(1 / Math.log2(3), 12);
    // lists [3,2], [2,3], [3,2]: candidates 2 and 3 shown 3 times each, 0 and 1 never
    expect(m.coverage).toBe(0.5);
    expect(m.exposure_gini).toBeCloseTo(0.5, 12);
    expect(() => evaluateRecommender(() => [1], users, 2, 4)).toThrow(InputError);
  });
  it('summariseLists of already-ranked lists', () => {
    const s = summariseLists([[0, 1, 2]], [{ relevant: new Set([2]) }], 2, 3);
    expect(s.precision).toBe(0);
    expect(s.coverage).toBeCloseTo(2 / 3, 12);
  });
});

describe('baselines', () => {
  it('random: reproducible per (seed, user), different across users', () => {
    expect(randomScores(5, 1, 7)).toEqual(randomScores(5, 1, 7));
    expect(randomScores(5, 1, 7)).not.toEqual(randomScores(5, 1, 8));
  });
  it('popularity: distinct counterparts scaled by the maximum', () => {
    const m = buildInteractionMatrix(3, 2, { rows: [0, 1, 2, 0], cols: [0, 0, 0, 1], weights: [1, 1, 1, 5] });
    expect(Array.from(popularityScores(m, 'cols'))).toEqual([1, 1 / 3].map(Math.fround));
    expect(Array.from(popularityScores(m, 'rows'))).toEqual([1, 0.5, 0.5]);
  });
});
