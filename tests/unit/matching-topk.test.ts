import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.ts';
import { topKIndices } from '../../src/core/matching/index.ts';

function sortedOrder(scores: ArrayLike<number>): number[] {
  const idx: number[] = [];
  for (let i = 0; i < scores.length; i++) if (!Number.isNaN(scores[i])) idx.push(i);
  return idx.sort((a, b) => scores[b] - scores[a] || a - b);
}

describe('topKIndices', () => {
  it('returns the best k, best first, ties by the lower index', () => {
    const r = topKIndices([0.2, 0.9, 0.5, 0.9, NaN, 0.1], 3);
    expect(Array.from(r.indices)).toEqual([1, 3, 2]);
    expect(Array.from(r.scores)).toEqual([0.9, 0.9, 0.5]);
  });
  it('returns fewer when fewer are eligible, nothing for k = 0 or no candidates', () => {
    expect(Array.from(topKIndices([3, 1, 2], 10).indices)).toEqual([0, 2, 1]);
    expect(topKIndices([3, 1, 2], 0).indices.length).toBe(0);
    expect(topKIndices([], 10).indices.length).toBe(0);
    expect(topKIndices([NaN, NaN], 10).indices.length).toBe(0);
    expect(Array.from(topKIndices([3, 1, 2], 2, { eligible: [0, 1, 1] }).indices)).toEqual([2, 1]);
    expect(Array.from(topKIndices([3, 1, 2, 5], 2, { candidates: [1, 2] }).indices)).toEqual([2, 1]);
    expect(() => topKIndices([1], -1)).toThrow(InputError);
    expect(() => topKIndices([1, 2], 1, { eligible: [1] })).toThrow(InputError);
  });
  it('equals the first k of a full sort (property, with ties and NaN)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: 0, max: 8 }).map((x) => x / 8),
            fc.constant(NaN),
          ),
          { maxLength: 200 },
        ),
        fc.integer({ min: 0, max: 30 }),
        (scores, k) => {
          const r = topKIndices(scores, k);
          expect(Array.from(r.indices)).toEqual(sortedOrder(scores).slice(0, k));
        },
      ),
      { numRuns: 300 },
    );
  });
});
