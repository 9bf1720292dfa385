/**
 * Exporter–buyer matching core (수출기업·바이어 매칭): pure TypeScript, typed arrays and plain objects in and out.
 * See docs/matching-method.md for every formula. Typical flow for one list:
 *   features (SQL) → computeSubScoreColumns → prepareScoreColumns (+ CF column and α from blend.ts)
 *   → createRanker → ranker.scoreAll(weights) → sampleTopK(..., boost: exposureBoost(...)) → ranker.explain(i)
 */
export * from './variables.ts';
export * from './subscores/common.ts';
export * from './subscores/product-fit.ts';
export * from './subscores/price-fit.ts';
export * from './subscores/quantity-fit.ts';
export * from './subscores/wishes.ts';
export * from './subscores/percentile.ts';
export * from './subscores/stability.ts';
export * from './subscores/external.ts';
export * from './subscores/behaviour.ts';
export * from './subscores/history.ts';
export * from './fusion.ts';
export * from './blend.ts';
export * from './score-columns.ts';
export * from './pair-features.ts';
export * from './topk.ts';
export * from './rank.ts';
export * from './exposure.ts';
export * from './sample-top-k.ts';
export * from './cf-interactions.ts';
export * from './cf.ts';
export * from './cf-als.ts';
export * from './cf-item-knn.ts';
export {
  precisionAtK,
  recallAtK,
  hitRateAtK,
  mapAtK,
  ndcgAtK,
  catalogueCoverage,
  type Relevance,
} from './metrics.ts';
export * from './evaluate.ts';
export * from './baselines.ts';
