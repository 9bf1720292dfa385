/**
 * The hidden affinity between an exporter and a buyer that decides whether a meeting request is accepted
 * (docs/matching-method.md#3-sub-scores is what a recommender sees; this is what it must discover):
 *   affinity = 1.2·hs_fit + 0.8·price_fit + 0.8·wishes + 1.0·taste + noise,
 *   P(accept) = σ(−2.6 + 1.6·affinity).
 * hs_fit, price_fit and wishes can be computed from the published tables (content-based scoring);
 * taste = u_e·v_b is a low-rank latent factor that only past matches and behaviour reveal (collaborative
 * filtering); noise is a pair-level N(0, 0.3²), the same whenever the pair meets.
 */
import { createRng, hashSeed } from '../../core/random.ts';
import type { Buyer } from './buyers.ts';
import type { Exporter } from './firms.ts';

export const AFFINITY_WEIGHTS = { hs_fit: 1.2, price_fit: 0.8, wishes: 0.8, taste: 1.5 } as const;
export const AFFINITY_NOISE_SD = 0.3;
export const ACCEPTANCE = { intercept: -2.6, slope: 1.6 } as const;
/** hs_fit by the length of the buyer's HS prefix that an exporter product code starts with. */
export const HS_FIT_BY_DEPTH: Readonly<Record<number, number>> = { 6: 1, 4: 0.6, 2: 0.3 };
/** price_fit = exp(−|ln(unit price / target price)| / PRICE_FIT_SCALE). */
export const PRICE_FIT_SCALE = 0.5;

export interface AffinityParts {
  hsFit: number;
  priceFit: number;
  wishes: number;
  taste: number;
}

/** What the exporter side contributes in a given year (certifications and age change over time). */
export interface ExporterState {
  certifications: number;
  age: number;
}

export function affinityParts(e: Exporter, state: ExporterState, b: Buyer): AffinityParts {
  // HS fit and, for the best-fitting (interest, product), the price fit.
  let hsFit = 0;
  let priceFit = 0;
  for (const it of b.interests) {
    const depth = HS_FIT_BY_DEPTH[it.prefix.length] ?? 0;
    if (depth < hsFit) continue;
    for (const p of e.products) {
      if (!p.hs.code.startsWith(it.prefix)) continue;
      const pf = Math.exp(-Math.abs(Math.log(p.unitPrice / it.refPrice)) / PRICE_FIT_SCALE);
      if (depth > hsFit || pf > priceFit) {
        hsFit = depth;
        priceFit = pf;
      }
    }
  }
  // Wishes: the exporter wants the buyer's market; the buyer's partner conditions hold.
  const exporterSide = e.targets.length === 0 ? 0.5 : e.targets.includes(b.country) ? 1 : 0;
  let buyerSide = 1;
  if (b.prefs) {
    const origin = b.prefs.origin === null || b.prefs.origin === 'KR' ? 1 : 0;
    const age = b.prefs.minFoundedYears === null || state.age >= b.prefs.minFoundedYears ? 1 : 0;
    const cert = b.prefs.needsCertification !== true || state.certifications > 0 ? 1 : 0;
    buyerSide = (origin + age + cert) / 3;
  }
  let taste = 0;
  for (let k = 0; k < e.taste.length; k++) taste += e.taste[k] * b.taste[k];
  return { hsFit, priceFit, wishes: 0.5 * exporterSide + 0.5 * buyerSide, taste };
}

export function affinityWithoutNoise(p: AffinityParts): number {
  return (
    AFFINITY_WEIGHTS.hs_fit * p.hsFit +
    AFFINITY_WEIGHTS.price_fit * p.priceFit +
    AFFINITY_WEIGHTS.wishes * p.wishes +
    AFFINITY_WEIGHTS.taste * p.taste
  );
}

/** The pair's noise term: fixed per (exporter, buyer) so that the pair behaves alike at every meeting. */
export function pairNoise(seed: number, e: Exporter, b: Buyer): number {
  return AFFINITY_NOISE_SD * createRng(hashSeed(`${e.id}|${b.id}`, seed ^ 0x5bd1e995)).normal();
}

export function acceptProbability(affinity: number): number {
  return 1 / (1 + Math.exp(-(ACCEPTANCE.intercept + ACCEPTANCE.slope * affinity)));
}
