/**
 * From raw per-pair features (what the feature SQL returns, one row per candidate of one list, columnar, NaN for
 * NULL) to the sub-score columns that rank.ts re-weights. This is the one place where all sub-score functions are
 * applied, so the SQL only gathers facts and every formula lives (and is tested) in TypeScript.
 *
 * Each group is optional: when none of a variable's inputs is given, the variable is left out (not used) rather
 * than filled with the neutral value. Bad values raise an InputError naming the candidate row.
 */
import { isInputError, InputError } from '../errors.ts';
import { behaviourCount, interestFromCount, type BehaviourCounts } from './subscores/behaviour.ts';
import { externalScore, type ExternalOptions } from './subscores/external.ts';
import { matchHistory, type HistoryOptions } from './subscores/history.ts';
import { priceFit, type PriceFitOptions } from './subscores/price-fit.ts';
import { productFitFromDepth, type ProductFitLevels } from './subscores/product-fit.ts';
import { quantityFit, type QuantityFitOptions } from './subscores/quantity-fit.ts';
import { buyerWishFromColumns } from './subscores/wishes.ts';
import type { RawScoreColumns } from './score-columns.ts';
import type { VariableId } from './variables.ts';

type Col = ArrayLike<number>;

/** Web-log counts of one party towards each candidate; hasLog[i] = 0 when the party has no web log (→ missing). */
export type BehaviourColumns = { readonly hasLog: Col } & { readonly [K in keyof BehaviourCounts]?: Col };

export interface PairFeatureColumns {
  /** Number of candidates. */
  readonly length: number;
  // product: digits of the buyer's interest (2/4/6) and shared leading digits (0/2/4/6) of the best pair
  readonly interestDepth?: Col;
  readonly commonDepth?: Col;
  // price and quantity (of the best-fitting interest/product pair)
  readonly unitPrice?: Col;
  readonly targetPrice?: Col;
  readonly wantedQty?: Col;
  readonly minOrderQty?: Col;
  readonly capacityQty?: Col;
  /** 1 if the buyer's country is among the exporter's targets, 0 if not, NaN if the exporter lists none. */
  readonly exporterWish?: Col;
  // buyer wishes: originMatch 1/0 (NaN = no origin preference), minFoundedYears (NaN = none),
  // exporterFirmAge, needsCertification 1/0, exporterCertifications
  readonly originMatch?: Col;
  readonly minFoundedYears?: Col;
  readonly exporterFirmAge?: Col;
  readonly needsCertification?: Col;
  readonly exporterCertifications?: Col;
  // history: sums of outcome values and counts of resolved matches (history.ts)
  readonly buyerOutcomeSum?: Col;
  readonly buyerOutcomeCount?: Col;
  readonly exporterOutcomeSum?: Col;
  readonly exporterOutcomeCount?: Col;
  readonly pairOutcomeSum?: Col;
  readonly pairOutcomeCount?: Col;
  /** Precomputed per firm by stability.ts (exporterStabilityAll / buyerStabilityAll), gathered per candidate. */
  readonly exporterStability?: Col;
  readonly buyerStability?: Col;
  // external, for the buyer's country and year
  readonly fxChange?: Col;
  readonly crisisLevel?: Col;
  readonly importGrowth?: Col;
  readonly oilChange?: Col;
  readonly rawMaterialChange?: Col;
  /** The exporter's web-log behaviour towards each buyer, and the buyer's towards the exporter. */
  readonly exporterBehaviour?: BehaviourColumns;
  readonly buyerBehaviour?: BehaviourColumns;
}

export interface PairFeatureOptions {
  readonly productLevels?: ProductFitLevels;
  readonly price?: PriceFitOptions;
  readonly quantity?: QuantityFitOptions;
  readonly history?: HistoryOptions;
  readonly external?: ExternalOptions;
  readonly behaviourScale?: number;
}

const nan = (c: Col | undefined, i: number): number => (c ? c[i] : NaN);

function column(n: number, f: (i: number) => number): Float32Array {
  const out = new Float32Array(n);
  let i = 0;
  try {
    for (; i < n; i++) out[i] = f(i);
  } catch (e) {
    if (isInputError(e)) throw new InputError(`Candidate row ${i}: ${e.message}`, e.code);
    throw e;
  }
  return out;
}

function behaviourColumn(n: number, b: BehaviourColumns, scale: number | undefined): Float32Array {
  // One counts object refilled per row (no object per candidate: a fair has millions).
  const keys = Object.keys(b).filter((k) => k !== 'hasLog') as (keyof BehaviourCounts)[];
  const counts: Record<string, number> = {};
  return column(n, (i) => {
    if (!(b.hasLog[i] > 0)) return NaN;
    for (const key of keys) counts[key] = (b[key] as Col)[i];
    return interestFromCount(behaviourCount(counts as BehaviourCounts), scale);
  });
}

export function computeSubScoreColumns(
  f: PairFeatureColumns,
  options: PairFeatureOptions = {},
): RawScoreColumns {
  const n = f.length;
  for (const [key, col] of Object.entries(f)) {
    if (key === 'length' || col === undefined) continue;
    const len = key.endsWith('Behaviour') ? (col as BehaviourColumns).hasLog.length : (col as Col).length;
    if (len !== n)
      throw new InputError(`Feature column '${key}' has ${len} rows, expected ${n}.`, 'bad-shape');
  }
  const s: Partial<Record<VariableId, Float32Array>> = {};
  if (f.interestDepth && f.commonDepth) {
    const a = f.interestDepth;
    const b = f.commonDepth;
    s.product = column(n, (i) => productFitFromDepth(a[i], b[i], options.productLevels));
  }
  if (f.unitPrice || f.targetPrice) {
    s.price = column(n, (i) => priceFit(nan(f.unitPrice, i), nan(f.targetPrice, i), options.price));
  }
  if (f.wantedQty) {
    const w = f.wantedQty;
    s.quantity = column(n, (i) =>
      quantityFit(w[i], nan(f.minOrderQty, i), nan(f.capacityQty, i), options.quantity),
    );
  }
  if (f.exporterWish) {
    const w = f.exporterWish;
    s.exporter_wish = column(n, (i) => (Number.isNaN(w[i]) ? NaN : w[i] > 0 ? 1 : 0));
  }
  if (f.originMatch || f.minFoundedYears || f.needsCertification) {
    s.buyer_wish = column(n, (i) =>
      buyerWishFromColumns(
        nan(f.originMatch, i),
        nan(f.minFoundedYears, i),
        nan(f.exporterFirmAge, i),
        nan(f.needsCertification, i),
        nan(f.exporterCertifications, i),
      ),
    );
  }
  const hist = (sum: Col | undefined, count: Col | undefined): Float32Array | undefined =>
    sum && count
      ? column(n, (i) =>
          matchHistory(
            {
              counterpartOutcomeSum: sum[i],
              counterpartCount: count[i],
              pairOutcomeSum: nan(f.pairOutcomeSum, i),
              pairCount: nan(f.pairOutcomeCount, i),
            },
            options.history,
          ),
        )
      : undefined;
  const bh = hist(f.buyerOutcomeSum, f.buyerOutcomeCount);
  if (bh) s.buyer_history = bh;
  const eh = hist(f.exporterOutcomeSum, f.exporterOutcomeCount);
  if (eh) s.exporter_history = eh;
  if (f.exporterStability) s.exporter_stability = column(n, (i) => (f.exporterStability as Col)[i]);
  if (f.buyerStability) s.buyer_stability = column(n, (i) => (f.buyerStability as Col)[i]);
  if (f.fxChange || f.crisisLevel || f.importGrowth || f.oilChange || f.rawMaterialChange) {
    s.external = column(n, (i) =>
      externalScore(
        {
          fxChange: nan(f.fxChange, i),
          crisisLevel: nan(f.crisisLevel, i),
          importGrowth: nan(f.importGrowth, i),
          oilChange: nan(f.oilChange, i),
          rawMaterialChange: nan(f.rawMaterialChange, i),
        },
        options.external,
      ),
    );
  }
  if (f.exporterBehaviour)
    s.exporter_interest = behaviourColumn(n, f.exporterBehaviour, options.behaviourScale);
  if (f.buyerBehaviour) s.buyer_interest = behaviourColumn(n, f.buyerBehaviour, options.behaviourScale);
  return { length: n, subScores: s };
}
