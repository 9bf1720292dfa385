/**
 * Special functions and distributions against published table values and scipy 1.10.1 (scipy.special.erfc,
 * gammaln, betainc, gammainc/gammaincc; scipy.stats.norm, t, chi2), including deep tails where a p-value must
 * keep its relative precision.
 */
import { describe, expect, it } from 'vitest';
import {
  chiSquareCdf,
  chiSquareSf,
  normalCdf,
  normalQuantile,
  normalSf,
  normalTwoSidedP,
  studentTCdf,
  studentTTwoSidedP,
} from '../../src/core/stats/distributions.ts';
import { betaInc, erf, erfc, gammaP, gammaQ, lnGamma } from '../../src/core/stats/special.ts';

const rel = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);

describe('special functions (scipy.special)', () => {
  it('erfc across the series / continued-fraction switch and deep in the tail', () => {
    const cases: [number, number][] = [
      [0.5, 0.4795001221869535],
      [1, 0.15729920705028516],
      [2.5, 0.00040695201744495886],
      [3, 2.2090496998585445e-5],
      [5, 1.5374597944280347e-12],
      [10, 2.0884875837625446e-45],
      [26, 5.663192408856145e-296],
    ];
    for (const [x, want] of cases) expect(rel(erfc(x), want), `erfc(${x})`).toBeLessThan(1e-13);
    expect(erfc(0)).toBe(1);
    expect(erfc(-1)).toBeCloseTo(2 - 0.15729920705028516, 15);
    expect(erf(1)).toBeCloseTo(1 - 0.15729920705028516, 15);
    expect(erfc(30)).toBe(0);
    expect(erfc(NaN)).toBeNaN();
  });

  it('lnGamma (gammaln) and the factorial identity', () => {
    const cases: [number, number][] = [
      [0.5, 0.5723649429247],
      [3.5, 1.2009736023470743],
      [10, 12.801827480081469],
      [100.25, 360.28455963776423],
      [1000.5, 5908.674175848678],
    ];
    for (const [x, want] of cases) expect(rel(lnGamma(x), want), `lnGamma(${x})`).toBeLessThan(1e-14);
    expect(Math.exp(lnGamma(6))).toBeCloseTo(120, 10); // Γ(6) = 5!
  });

  it('regularized incomplete beta (betainc)', () => {
    expect(betaInc(2, 3, 0.4)).toBeCloseTo(0.5248, 14); // by hand: I_x(2,3) = 6x² − 8x³ + 3x⁴
    expect(rel(betaInc(0.5, 0.5, 0.2), 0.29516723530086664)).toBeLessThan(1e-13);
    expect(rel(betaInc(50, 60, 0.45), 0.4642352914306064)).toBeLessThan(1e-12);
    expect(rel(betaInc(5e4, 0.5, 0.99999), 0.3173105078658052)).toBeLessThan(1e-9);
    expect(betaInc(2, 3, 0)).toBe(0);
    expect(betaInc(2, 3, 1)).toBe(1);
  });

  it('regularized incomplete gamma (gammainc / gammaincc)', () => {
    expect(gammaP(1, 1)).toBeCloseTo(1 - Math.exp(-1), 14); // P(1, x) = 1 − e^(−x)
    expect(rel(gammaP(3, 2.5), 0.45618688411667035)).toBeLessThan(1e-13);
    expect(rel(gammaP(10, 25), 0.9997785233617512)).toBeLessThan(1e-13);
    expect(rel(gammaP(0.5, 1e-3), 0.035670591729679894)).toBeLessThan(1e-13);
    expect(rel(gammaQ(3, 40), 3.572865928700233e-15)).toBeLessThan(1e-12);
    expect(rel(gammaQ(50, 30), 0.999481108537452)).toBeLessThan(1e-13);
  });
});

describe('normal distribution', () => {
  it('CDF: table values and tails (scipy.stats.norm.cdf)', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(rel(normalCdf(1.96), 0.9750021048517795)).toBeLessThan(1e-15);
    expect(rel(normalCdf(-1.96), 0.024997895148220435)).toBeLessThan(1e-14);
    expect(rel(normalCdf(-5), 2.866515718791933e-7)).toBeLessThan(1e-13);
    expect(rel(normalCdf(-10), 7.61985302416047e-24)).toBeLessThan(1e-13);
    expect(rel(normalCdf(-37.5), 4.605353009581954e-308)).toBeLessThan(1e-11);
    expect(normalSf(3)).toBeCloseTo(1 - 0.9986501019683699, 15);
    expect(normalTwoSidedP(1.959963984540054)).toBeCloseTo(0.05, 15);
  });

  it('quantile: z(0.975) = 1.959963984540054 and tails (scipy.stats.norm.ppf)', () => {
    expect(rel(normalQuantile(0.975), 1.959963984540054)).toBeLessThan(1e-15);
    expect(rel(normalQuantile(0.995), 2.5758293035489004)).toBeLessThan(1e-15);
    expect(rel(normalQuantile(1e-10), -6.361340902404056)).toBeLessThan(1e-14);
    expect(rel(normalQuantile(1e-300), -37.0470962993612)).toBeLessThan(1e-14);
    expect(rel(normalQuantile(0.3), -0.5244005127080409)).toBeLessThan(1e-14);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1.5)).toBeNaN();
  });
});

describe("Student's t distribution", () => {
  it('published critical values: t(0.975; 10) = 2.228, t(0.975; 1) = 12.706', () => {
    expect(studentTCdf(2.228, 10)).toBeCloseTo(0.975, 4);
    expect(studentTCdf(12.706, 1)).toBeCloseTo(0.975, 5);
    expect(studentTCdf(3.182, 3)).toBeCloseTo(0.975, 4);
    expect(studentTCdf(0, 7)).toBe(0.5);
  });

  it('against scipy.stats.t, including fractional df and the normal limit', () => {
    expect(rel(studentTCdf(2.228, 10), 0.9749941140914443)).toBeLessThan(1e-14);
    // Huge df: ln B(ν/2, ½) is a difference of two ~1e7 log-gammas, which costs a few digits.
    expect(rel(studentTCdf(1.96, 1e6), 0.9750019662073651)).toBeLessThan(1e-10);
    expect(rel(studentTCdf(-3.5, 2.5), 0.026172773480160158)).toBeLessThan(1e-13);
    expect(rel(studentTCdf(0.5, 7), 0.6837964321553578)).toBeLessThan(1e-14);
    expect(rel(studentTTwoSidedP(8, 5), 0.0004929066605724437)).toBeLessThan(1e-13);
    expect(rel(studentTTwoSidedP(30, 100), 8.380332558688336e-52)).toBeLessThan(1e-12);
    expect(studentTTwoSidedP(Infinity, 3)).toBe(0);
    expect(studentTCdf(1, 0)).toBeNaN();
  });
});

describe('chi-square distribution', () => {
  it('published 5 % critical values (df 1: 3.841, df 5: 11.070) and scipy.stats.chi2.sf', () => {
    expect(chiSquareSf(3.841458820694124, 1)).toBeCloseTo(0.05, 14);
    expect(chiSquareSf(11.070497693516351, 5)).toBeCloseTo(0.05, 14);
    expect(rel(chiSquareSf(100, 10), 5.4497019829205215e-17)).toBeLessThan(1e-12);
    expect(rel(chiSquareSf(1000, 20), 3.9047966391213445e-199)).toBeLessThan(1e-11);
    expect(chiSquareCdf(0.5, 4)).toBeCloseTo(1 - 0.9735009788392561, 15);
  });
});
