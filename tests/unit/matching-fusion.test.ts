import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.ts';
import {
  blendScores,
  blendWeight,
  computeSubScoreColumns,
  createRanker,
  DEFAULT_WEIGHTS,
  fuseReciprocal,
  harmonicMean,
  pairBlendWeight,
  prepareScoreColumns,
  priceFit,
  productFitFromDepth,
  quantityFit,
  VARIABLE_IDS,
  VARIABLES,
  type VariableId,
} from '../../src/core/matching/index.ts';

describe('variables', () => {
  it('lists every variable once with labels, a side, a default weight and docs', () => {
    expect(new Set(VARIABLES.map((v) => v.id)).size).toBe(VARIABLE_IDS.length);
    for (const v of VARIABLES) {
      expect(v.labelKo.length).toBeGreaterThan(0);
      expect(v.labelEn.length).toBeGreaterThan(0);
      expect(v.defaultWeight).toBeGreaterThan(0);
      expect(v.formula.length).toBeGreaterThan(10);
      expect(v.missing.length).toBeGreaterThan(5);
    }
    expect(DEFAULT_WEIGHTS.product).toBe(3);
  });
});

describe('blend n/(n+κ)', () => {
  it('falls back to content for new firms', () => {
    expect(blendWeight(0)).toBe(0);
    expect(blendWeight(5, 5)).toBe(0.5);
    expect(blendWeight(15, 5)).toBe(0.75);
    expect(pairBlendWeight(5, 15, 5)).toBe(0.375);
    expect(pairBlendWeight(100, 0, 5)).toBe(0);
    expect(blendScores(0.4, 1, 0.25)).toBeCloseTo(0.55, 12);
    expect(blendScores(0.4, NaN, 0.9)).toBe(0.4);
    expect(() => blendWeight(3, -1)).toThrow(InputError);
  });
});

describe('fuseReciprocal', () => {
  const sub = { product: 1, price: 0.5, exporter_wish: 1, buyer_wish: 0 };
  it('takes a weighted mean per direction and their harmonic mean (hand-worked)', () => {
    // exporter side: (3·1 + 1.5·0.5 + 1.5·1) / 6 = 0.875; buyer side: (3 + 0.75 + 0) / 6 = 0.625
    const r = fuseReciprocal(sub);
    expect(r.contentExporter).toBeCloseTo(0.875, 12);
    expect(r.contentBuyer).toBeCloseTo(0.625, 12);
    expect(r.score).toBeCloseTo((2 * 0.875 * 0.625) / 1.5, 12); // 0.72917
    expect(r.parts).toEqual(sub);
    expect(r.missing).toEqual([]);
    const sumE = Object.values(r.contributions.exporter).reduce((a, b) => a + b, 0);
    expect(sumE).toBeCloseTo(r.exporterSide, 12);
  });
  it('blends the collaborative score with α on both sides', () => {
    const r = fuseReciprocal(sub, { collaborative: 1, blendWeight: 0.5 });
    expect(r.exporterSide).toBeCloseTo(0.9375, 12);
    expect(r.buyerSide).toBeCloseTo(0.8125, 12);
    expect(r.score).toBeCloseTo(0.870536, 6);
    const sumB = Object.values(r.contributions.buyer).reduce((a, b) => a + b, 0) + 0.5 * 1;
    expect(sumB).toBeCloseTo(r.buyerSide, 12);
  });
  it('is 0 when one side gains nothing, whatever the other side', () => {
    const r = fuseReciprocal({ exporter_wish: 1, buyer_wish: 0 });
    expect(r.exporterSide).toBe(1);
    expect(r.score).toBe(0);
  });
  it('fills missing values with the neutral value and flags them', () => {
    const r = fuseReciprocal({ product: 1, price: NaN, quantity: null });
    expect(r.parts.price).toBe(0.5);
    expect(r.missing).toEqual(['price', 'quantity']);
    expect(r.score).toBeCloseTo((3 + 0.75 + 0.5) / 5.5, 12);
  });
  it('follows the analyst weights and rejects bad ones', () => {
    expect(fuseReciprocal(sub, { weights: { product: 0, price: 1 } }).contentBuyer).toBeCloseTo(
      0.5 / 2.5,
      12,
    );
    expect(() => fuseReciprocal(sub, { weights: { price: -1 } })).toThrow(InputError);
    expect(() => fuseReciprocal(sub, { weights: { nonsense: 1 } as never })).toThrow(
      /Unknown matching variable/,
    );
    expect(() => fuseReciprocal({ exporter_wish: 1 })).toThrow(/buyer's side/);
    expect(() => fuseReciprocal({ product: 1.5 })).toThrow(InputError);
  });
  it('keeps every score in [0, 1] and between the two sides (property)', () => {
    const subArb = fc.dictionary(
      fc.constantFrom(...VARIABLE_IDS),
      fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(NaN)),
    );
    const wArb = fc.dictionary(fc.constantFrom(...VARIABLE_IDS), fc.double({ min: 0, max: 10, noNaN: true }));
    fc.assert(
      fc.property(
        subArb,
        wArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (s, w, cf, a) => {
          const withProduct = { product: 0.7, ...s }; // product counts for both sides
          let r;
          try {
            r = fuseReciprocal(withProduct, {
              weights: { product: 1, ...w },
              collaborative: cf,
              blendWeight: a,
            });
          } catch (e) {
            expect(e).toBeInstanceOf(InputError); // only legitimate failure: a side whose weights are all 0
            return;
          }
          for (const v of [r.score, r.exporterSide, r.buyerSide]) {
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(1 + 1e-12);
          }
          expect(r.score).toBeGreaterThanOrEqual(Math.min(r.exporterSide, r.buyerSide) - 1e-12);
          expect(r.score).toBeLessThanOrEqual(Math.max(r.exporterSide, r.buyerSide) + 1e-12);
        },
      ),
    );
  });
  it('harmonicMean', () => {
    expect(harmonicMean(1, 0.5)).toBeCloseTo(2 / 3, 12);
    expect(harmonicMean(0, 0)).toBe(0);
  });
});

describe('columnar scoring (rank.ts) agrees with fuseReciprocal', () => {
  function randomColumns(n: number, seed: number): Record<VariableId, Float64Array> {
    let s = seed;
    const rnd = (): number => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
    const cols = {} as Record<VariableId, Float64Array>;
    for (const id of VARIABLE_IDS) {
      const c = new Float64Array(n);
      for (let i = 0; i < n; i++) c[i] = rnd() < 0.1 ? NaN : Math.round(rnd() * 20) / 20;
      cols[id] = c;
    }
    return cols;
  }

  it('gives the same score per candidate, and top-k = the first k of a full sort', () => {
    const n = 500;
    const raw = randomColumns(n, 7);
    const cf = new Float64Array(n).map((_, i) => (i % 7 === 0 ? NaN : (i % 13) / 12));
    const alpha = new Float64Array(n).map((_, i) => (i % 5) / 5);
    const cols = prepareScoreColumns({ subScores: raw, collaborative: cf, blendWeight: alpha });
    const ranker = createRanker(cols);
    const weights = { product: 2, price: 0, external: 3, buyer_interest: 0.5 };
    const all = Float64Array.from(ranker.scoreAll(weights));
    for (let i = 0; i < n; i++) {
      const subs: Partial<Record<VariableId, number>> = {};
      for (const id of VARIABLE_IDS) subs[id] = raw[id][i];
      const expected = fuseReciprocal(subs, {
        weights,
        collaborative: Number.isNaN(cf[i]) ? null : Math.fround(cf[i]),
        blendWeight: Math.fround(alpha[i]),
      });
      expect(all[i]).toBeCloseTo(expected.score, 6); // Float32 storage of the sub-scores
      expect(ranker.explain(i, weights).score).toBeCloseTo(all[i], 12);
      expect(ranker.explain(i, weights).missing).toEqual(expected.missing);
    }
    const order = Array.from(all.keys()).sort((a, b) => all[b] - all[a] || a - b);
    const top = ranker.topK(weights, 10);
    expect(Array.from(top.indices)).toEqual(order.slice(0, 10));
    // weights change → another order
    const top2 = ranker.topK({ product: 0, price: 5 }, 10);
    expect(Array.from(top2.indices)).not.toEqual(Array.from(top.indices));
  });
  it('handles an empty list, a boost and an eligibility mask', () => {
    const empty = createRanker(prepareScoreColumns({ subScores: { product: [] } }));
    expect(empty.topK({}, 10).indices.length).toBe(0);
    const cols = prepareScoreColumns({ subScores: { product: [1, 0.5, 0.25], price: [1, 1, 1] } });
    const r = createRanker(cols);
    expect(Array.from(r.topK({}, 2).indices)).toEqual([0, 1]);
    expect(Array.from(r.topK({}, 2, { boost: [0, 0, 0.9] }).indices)).toEqual([2, 0]);
    expect(Array.from(r.topK({}, 5, { eligible: new Uint8Array([0, 1, 1]) }).indices)).toEqual([1, 2]);
    expect(() => r.topK({ product: 0, price: 0 }, 2)).toThrow(InputError);
    expect(() => r.explain(3)).toThrow(InputError);
  });
  it('rejects ragged or out-of-range columns with an InputError', () => {
    expect(() => prepareScoreColumns({ subScores: { product: [1, 0], price: [1] } })).toThrow(/expected 2/);
    expect(() => prepareScoreColumns({ subScores: { product: [1, 2] } })).toThrow(/candidate 1/);
    expect(() => prepareScoreColumns({ subScores: { product: [1] }, collaborative: [0.5] })).toThrow(
      /blendWeight/,
    );
  });
});

describe('computeSubScoreColumns (SQL features → sub-scores)', () => {
  it('applies the sub-score functions row by row and leaves out variables without inputs', () => {
    const f = computeSubScoreColumns({
      length: 3,
      interestDepth: [6, 4, 2],
      commonDepth: [6, 6, 0],
      unitPrice: [10, 12, NaN],
      targetPrice: [10, 10, 10],
      wantedQty: [50, 500, NaN],
      minOrderQty: [100, 100, 100],
      capacityQty: [1000, 1000, 1000],
      exporterWish: [1, 0, NaN],
      originMatch: [1, NaN, 0],
      minFoundedYears: [10, NaN, NaN],
      exporterFirmAge: [8, 3, 3],
      buyerOutcomeSum: [1.6, 0, 0],
      buyerOutcomeCount: [2, 0, 0],
      crisisLevel: [0, 4, NaN],
      exporterBehaviour: { hasLog: [1, 1, 0], saves: [1, 0, 5] },
    });
    const s = f.subScores;
    expect(Array.from(s.product ?? [])).toEqual([1, 0.75, 0]);
    expect(s.product?.[1]).toBe(productFitFromDepth(4, 6));
    expect(s.price?.[1]).toBeCloseTo(priceFit(12, 10), 6);
    expect(s.price?.[2]).toBeNaN();
    expect(s.quantity?.[0]).toBeCloseTo(quantityFit(50, 100, 1000), 6);
    expect(Array.from(s.exporter_wish ?? [])).toEqual([1, 0, NaN]);
    expect(s.buyer_wish?.[0]).toBeCloseTo(0.9, 6);
    expect(s.buyer_wish?.[1]).toBeNaN();
    expect(s.buyer_history?.[0]).toBeCloseTo(0.65, 6);
    expect(s.buyer_history?.[1]).toBeNaN();
    expect(Array.from(s.external ?? [])).toEqual([1, 0, NaN]);
    expect(s.exporter_interest?.[0]).toBeCloseTo(1 - Math.exp(-0.6), 6);
    expect(s.exporter_interest?.[1]).toBe(0);
    expect(s.exporter_interest?.[2]).toBeNaN();
    expect(s.exporter_history).toBeUndefined();
    expect(s.buyer_interest).toBeUndefined();
    // and the result feeds prepareScoreColumns directly
    expect(prepareScoreColumns(f).missing.price?.[2]).toBe(1);
  });
  it('names the candidate row of a bad value', () => {
    expect(() => computeSubScoreColumns({ length: 2, unitPrice: [10, -3], targetPrice: [10, 10] })).toThrow(
      /Candidate row 1: Exporter unit price/,
    );
    expect(() => computeSubScoreColumns({ length: 2, crisisLevel: [1] })).toThrow(/expected 2/);
  });
});
