import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.ts';
import {
  behaviourInterest,
  bestProductFit,
  buyerStability,
  buyerStabilityAll,
  buyerWish,
  buyerWishFromColumns,
  buildExporterStabilityScalers,
  commonHsDepth,
  createPercentileScaler,
  exporterStability,
  exporterWish,
  externalComponents,
  externalScore,
  logChange,
  matchHistory,
  outcomeValue,
  priceFit,
  productFit,
  quantityFit,
} from '../../src/core/matching/index.ts';

describe('productFit (HS depth 6 > 4 > 2)', () => {
  it('scores a contained interest by its depth', () => {
    expect(productFit('610910', '610910')).toBe(1);
    expect(productFit('6109', '610910')).toBe(0.75);
    expect(productFit('61', '610910')).toBe(0.5);
  });
  it('gives little credit for a neighbouring product and none for another chapter', () => {
    expect(productFit('610920', '610910')).toBe(0.25); // same heading 6109, other subheading
    expect(productFit('6110', '610910')).toBe(0.1); // same chapter 61
    expect(productFit('62', '610910')).toBe(0);
  });
  it('keeps leading zeros and rejects malformed codes with an InputError', () => {
    expect(productFit('03', '030211')).toBe(0.5);
    expect(commonHsDepth('030211', '030299')).toBe(4);
    expect(commonHsDepth('030211', '031211')).toBe(2); // 3 shared digits round down to 2
    expect(() => productFit('6a', '610910')).toThrow(InputError);
    expect(() => productFit('610', '610910')).toThrow(/2, 4, 6 digits/);
    expect(() => productFit('61', '6109')).toThrow(InputError); // exporter products are HS6
  });
  it('treats a missing code as no data', () => {
    expect(productFit(null, '610910')).toBeNaN();
    expect(productFit('61', '')).toBeNaN();
  });
  it('picks the best interest/product pair', () => {
    const best = bestProductFit(['62', '6109'], ['851712', '610910']);
    expect(best).toEqual({ score: 0.75, interestIndex: 1, productIndex: 1 });
    expect(bestProductFit([], ['610910']).score).toBeNaN();
  });
});

describe('priceFit', () => {
  it('is 1 at equal prices and follows exp(−½(ln ratio/σ)²)', () => {
    expect(priceFit(10, 10)).toBe(1);
    expect(priceFit(10 * Math.exp(0.25), 10)).toBeCloseTo(Math.exp(-0.5), 12); // 0.60653
    expect(priceFit(5, 10)).toBeCloseTo(0.382546, 6); // half price, σ below 0.5: exp(−½(ln 2/0.5)²)
    expect(priceFit(20, 10)).toBeCloseTo(0.021416, 6); // double price, σ above 0.25
  });
  it('is scale free', () => {
    expect(priceFit(1200, 1000)).toBeCloseTo(priceFit(1.2, 1), 12);
  });
  it('returns NaN when a price is missing, InputError when not positive', () => {
    expect(priceFit(null, 10)).toBeNaN();
    expect(priceFit(10, NaN)).toBeNaN();
    expect(() => priceFit(-1, 10)).toThrow(InputError);
    expect(() => priceFit(10, 10, { sigmaAbove: 0 })).toThrow(InputError);
  });
  it('stays in [0, 1] and never favours a worse ratio (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        (u, t) => {
          const s = priceFit(u, t);
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(1);
          if (u > t) expect(priceFit(u * 1.5, t)).toBeLessThanOrEqual(s);
        },
      ),
    );
  });
});

describe('quantityFit', () => {
  it('is 1 inside the range and Gaussian in log distance outside', () => {
    expect(quantityFit(500, 100, 1000)).toBe(1);
    expect(quantityFit(100, 100, 1000)).toBe(1);
    expect(quantityFit(50, 100, 1000)).toBeCloseTo(0.6125, 4); // half the minimum
    expect(quantityFit(4000, 100, 1000)).toBeCloseTo(0.14072, 4); // four times the capacity
  });
  it('treats a missing bound as open and a missing wanted quantity as no data', () => {
    expect(quantityFit(1e9, 100, null)).toBe(1);
    expect(quantityFit(50, null, 1000)).toBe(1);
    expect(quantityFit(null, 100, 1000)).toBeNaN();
    expect(quantityFit(5, null, null)).toBeNaN();
    expect(() => quantityFit(5, 100, 10)).toThrow(/above its capacity/);
  });
});

describe('wishes', () => {
  it("exporterWish: 1 / 0 / NaN from the exporter's target markets", () => {
    expect(exporterWish(['US', 'VN'], 'vn')).toBe(1);
    expect(exporterWish(new Set(['US']), 'JP')).toBe(0);
    expect(exporterWish([], 'JP')).toBeNaN();
    expect(exporterWish(null, 'JP')).toBeNaN();
  });
  it('buyerWish: mean of the criteria the buyer set', () => {
    const prefs = { originCountry: 'KR', minFoundedYears: 10, needsCertification: true };
    expect(buyerWish(prefs, { firmAge: 8, certifications: 0 })).toBeCloseTo((1 + 0.8 + 0) / 3, 12);
    expect(buyerWish(prefs, { firmAge: 12, certifications: 2 })).toBe(1);
    expect(buyerWish({ originCountry: 'CN' }, {})).toBe(0);
    // unknown exporter facts are skipped, no preference → NaN
    expect(buyerWish({ minFoundedYears: 5 }, {})).toBeNaN();
    expect(buyerWish({}, { firmAge: 3 })).toBeNaN();
    expect(buyerWish(null)).toBeNaN();
    expect(buyerWishFromColumns(1, 10, 8, 1, 0)).toBeCloseTo(0.6, 12);
    expect(buyerWishFromColumns(NaN, NaN, 8, 0, 0)).toBeNaN();
  });
});

describe('stability', () => {
  it('percentile scaler uses mid-ranks', () => {
    const p = createPercentileScaler([1, 2, 2, 3, NaN]);
    expect(p(2)).toBe(0.5);
    expect(p(3)).toBe(0.875);
    expect(p(0)).toBe(0);
    expect(p(10)).toBe(1);
    expect(p(NaN)).toBeNaN();
    expect(createPercentileScaler([NaN])(1)).toBeNaN();
    expect(createPercentileScaler([7])(7)).toBe(0.5);
  });
  it('exporter stability: continuity index when known, else mean percentile of known components', () => {
    const pop = [
      { employees: 10, netIncomeKrw: -5, firmAge: 3 },
      { employees: 50, netIncomeKrw: 10, firmAge: 20 },
      { employees: 200, netIncomeKrw: 30, firmAge: 8 },
    ];
    const scalers = buildExporterStabilityScalers(pop);
    // firm 2: employees (1 + ½)/3 = 1/2, net income 1/2, age (2 + ½)/3 = 5/6 → mean 11/18
    expect(exporterStability(pop[1], scalers)).toBeCloseTo(11 / 18, 12);
    expect(exporterStability({ ...pop[1], continuityIndex: 72 }, scalers)).toBe(0.72);
    expect(
      exporterStability({ ...pop[1], continuityIndex: 72 }, scalers, { preferContinuityIndex: false }),
    ).toBeCloseTo(11 / 18, 12);
    expect(exporterStability({}, scalers)).toBeNaN();
    expect(() => exporterStability({ continuityIndex: 120 }, scalers)).toThrow(InputError);
  });
  it('buyer stability is cut by bad credit', () => {
    const pop = [
      { revenueUsd: 1e6 },
      { revenueUsd: 5e6 },
      { revenueUsd: 9e6, badCredit: true },
      { badCredit: true },
    ];
    const all = buyerStabilityAll(pop);
    expect(all[0]).toBeCloseTo(1 / 6, 6);
    expect(all[1]).toBeCloseTo(0.5, 6);
    expect(all[2]).toBeCloseTo((5 / 6) * 0.2, 6);
    expect(all[3]).toBeCloseTo(0.1, 6); // nothing known: neutral 0.5 × 0.2
    expect(() =>
      buyerStability(
        {},
        { revenueUsd: () => 0, firmAge: () => 0, employees: () => 0 },
        { badCreditFactor: 2 },
      ),
    ).toThrow(InputError);
  });
});

describe('external', () => {
  it('combines the known components with their weights', () => {
    expect(externalScore({ fxChange: 0, crisisLevel: 2 })).toBeCloseTo(0.5, 12);
    expect(externalScore({ fxChange: 0, crisisLevel: 0 })).toBeCloseTo((0.5 + 2 * 1) / 3, 12);
    const c = externalComponents({ fxChange: 0.1, oilChange: -0.2, importGrowth: 0.1 });
    expect(c.fx).toBeCloseTo(1 / (1 + Math.E), 12); // weaker buyer currency → 0.269
    expect(c.oil).toBeCloseTo(1 / (1 + Math.exp(-1)), 12);
    expect(c.importGrowth).toBeCloseTo(1 / (1 + Math.exp(-1)), 12);
    expect(c.crisis).toBeNaN();
    expect(externalScore({})).toBeNaN();
    expect(() => externalScore({ crisisLevel: 5 })).toThrow(InputError);
    expect(logChange(110, 100)).toBeCloseTo(Math.log(1.1), 12);
    expect(logChange(110, 0)).toBeNaN();
  });
});

describe('behaviour', () => {
  it('saturates the weighted interest count', () => {
    expect(behaviourInterest({ saves: 1 })).toBeCloseTo(1 - Math.exp(-3 / 5), 12); // 0.451
    expect(behaviourInterest({ saves: 1, requests: 1 })).toBeCloseTo(1 - Math.exp(-8 / 5), 12); // 0.798
    expect(behaviourInterest({ dwellSeconds: 300, pageViews: 2 })).toBeCloseTo(
      1 - Math.exp(-(1 + 1) / 5),
      12,
    );
    expect(behaviourInterest({})).toBe(0);
    expect(behaviourInterest(null)).toBeNaN();
  });
});

describe('history', () => {
  it('is a Beta-smoothed mean outcome with the pair counted three times', () => {
    expect(outcomeValue('met')).toBe(0.8);
    expect(outcomeValue('requested')).toBeNull();
    expect(() => outcomeValue('maybe')).toThrow(InputError);
    expect(matchHistory({ counterpartOutcomeSum: 1.6, counterpartCount: 2 })).toBeCloseTo(0.65, 12);
    expect(
      matchHistory({ counterpartOutcomeSum: 1.6, counterpartCount: 2, pairOutcomeSum: 1, pairCount: 1 }),
    ).toBeCloseTo(0.8, 12);
    expect(matchHistory({ counterpartOutcomeSum: 0, counterpartCount: 0 })).toBeNaN();
    expect(() => matchHistory({ counterpartOutcomeSum: 3, counterpartCount: 2 })).toThrow(InputError);
  });
});
