/**
 * AUC, KS, Brier and calibration by decile on examples worked by hand (written out in the comments), their
 * invariants as properties (fast-check), and the Hosmer–Lemeshow p against scipy.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calibrationByDecile } from '../../src/core/stats/calibration.ts';
import { auc, brier, ks } from '../../src/core/stats/metrics.ts';

// Five rows: positives score 0.35, 0.8, 0.4; negatives 0.1, 0.4 (a tie across classes at 0.4).
const scores = [0.1, 0.4, 0.35, 0.8, 0.4];
const labels = [0, 0, 1, 1, 1];

describe('AUC (Mann–Whitney, ties count ½)', () => {
  it('5-row example: pairs (0.35,0.1)=1 (0.35,0.4)=0 (0.8,0.1)=1 (0.8,0.4)=1 (0.4,0.1)=1 (0.4,0.4)=½ → 4.5/6', () => {
    expect(auc(scores, labels)).toBe(0.75);
  });
  it('perfect, reversed, all tied, one class', () => {
    expect(auc([1, 2, 3, 4], [0, 0, 1, 1])).toBe(1);
    expect(auc([4, 3, 2, 1], [0, 0, 1, 1])).toBe(0);
    expect(auc([5, 5, 5, 5], [0, 1, 0, 1])).toBe(0.5);
    expect(auc([1, 2], [1, 1])).toBeNaN();
  });
  it('rejects labels other than 0/1 and non-finite scores, naming the row', () => {
    expect(() => auc([1, 2, 3], [0, 2, 1])).toThrow(/label at row 2 is 2/);
    expect(() => auc([1, NaN, 3], [0, 1, 1])).toThrow(/score at row 2 is NaN/);
    expect(() => auc([1, 2], [0])).toThrow(/2 scores but 1 labels/);
  });
  it('equals the pair-counting definition on random data with many ties', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 1 })), {
          minLength: 2,
          maxLength: 40,
        }),
        (rows) => {
          const s = rows.map((r) => r[0]);
          const y = rows.map((r) => r[1]);
          let pairs = 0;
          let wins = 0;
          for (let i = 0; i < rows.length; i++) {
            for (let j = 0; j < rows.length; j++) {
              if (y[i] === 1 && y[j] === 0) {
                pairs++;
                wins += s[i] > s[j] ? 1 : s[i] === s[j] ? 0.5 : 0;
              }
            }
          }
          const a = auc(s, y);
          if (pairs === 0) expect(a).toBeNaN();
          else expect(a).toBeCloseTo(wins / pairs, 12);
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('KS', () => {
  it('5-row example: after 0.1 → |0 − ½| = ½; after 0.35 → |⅓ − ½|; after 0.4 → |⅔ − 1|; KS = ½ (scipy ks_2samp: 0.5)', () => {
    expect(ks(scores, labels)).toBe(0.5);
    expect(ks([1, 2, 3, 4], [0, 0, 1, 1])).toBe(1);
    expect(ks([5, 5, 5, 5], [0, 1, 0, 1])).toBe(0);
  });
  it('does not depend on the row order, and lies in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 1 })), {
          minLength: 2,
          maxLength: 30,
        }),
        (rows) => {
          const k1 = ks(
            rows.map((r) => r[0]),
            rows.map((r) => r[1]),
          );
          const rev = [...rows].reverse();
          const k2 = ks(
            rev.map((r) => r[0]),
            rev.map((r) => r[1]),
          );
          if (Number.isNaN(k1)) expect(k2).toBeNaN();
          else {
            expect(k1).toBe(k2);
            expect(k1 >= 0 && k1 <= 1).toBe(true);
          }
        },
      ),
      { seed: 8, numRuns: 200 },
    );
  });
});

describe('Brier score', () => {
  it('5-row example: (0.01 + 0.16 + 0.4225 + 0.04 + 0.36) / 5 = 0.1985', () => {
    expect(brier(scores, labels)).toBeCloseTo(0.1985, 15);
    expect(brier([0, 1], [0, 1])).toBe(0);
    expect(brier([], [])).toBeNaN();
  });
});

describe('calibration by decile', () => {
  it('10 rows in 5 groups of 2, and the Hosmer–Lemeshow statistic worked by hand', () => {
    const p = [0.9, 0.05, 0.3, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.1];
    const y = [1, 0, 1, 0, 0, 1, 1, 0, 1, 0];
    const c = calibrationByDecile(p, y, 5);
    expect(c.groups.map((g) => [g.group, g.n, g.events])).toEqual([
      [1, 2, 0],
      [2, 2, 1],
      [3, 2, 1],
      [4, 2, 1],
      [5, 2, 2],
    ]);
    [0.075, 0.25, 0.45, 0.65, 0.85].forEach((m, g) => expect(c.groups[g].meanPredicted).toBeCloseTo(m, 15));
    expect(c.groups.map((g) => g.observedRate)).toEqual([0, 0.5, 0.5, 0.5, 1]);
    expect(c.groups[0]).toMatchObject({ minPredicted: 0.05, maxPredicted: 0.1 });
    // Σ (O − E)²/(E(1 − E/n)): 0.0225/0.13875 + 0.25/0.375 + 0.01/0.495 + 0.09/0.455 + 0.09/0.255
    expect(c.hosmerLemeshow.statistic).toBeCloseTo(1.399774223303635, 12);
    expect(c.hosmerLemeshow.df).toBe(3);
    expect(c.hosmerLemeshow.p).toBeCloseTo(0.7055876553750009, 12); // scipy.stats.chi2.sf(1.3998, 3)
  });
  it('keeps tied predictions in one group, whatever the input order', () => {
    const c = calibrationByDecile([0.5, 0.2, 0.2, 0.2], [1, 0, 1, 0], 2);
    expect(c.groups.map((g) => [g.group, g.n, g.events])).toEqual([
      [1, 3, 1],
      [2, 1, 1],
    ]);
  });
  it('every row lands in exactly one group; default 10 groups', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 1 })), {
          minLength: 1,
          maxLength: 60,
        }),
        (rows) => {
          const c = calibrationByDecile(
            rows.map((r) => r[0]),
            rows.map((r) => r[1]),
          );
          expect(c.groups.reduce((s, g) => s + g.n, 0)).toBe(rows.length);
          expect(c.groups.reduce((s, g) => s + g.events, 0)).toBe(rows.filter((r) => r[1] === 1).length);
          expect(c.groups.length).toBeLessThanOrEqual(10);
        },
      ),
      { seed: 9, numRuns: 200 },
    );
  });
});
