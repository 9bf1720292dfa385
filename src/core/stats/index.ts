/**
 * Statistics core (pure TypeScript: no DOM, no DuckDB, no I/O, no wasm loading). One concept per module;
 * this index is the public surface used by src/app, src/cli and the continuity pipeline.
 */
export {
  normalCdf,
  normalSf,
  normalTwoSidedP,
  normalQuantile,
  studentTCdf,
  studentTTwoSidedP,
  chiSquareCdf,
  chiSquareSf,
} from './distributions.ts';
export {
  describe,
  mean,
  variance,
  sd,
  median,
  quantile,
  quantileSorted,
  iqr,
  mode,
  finiteValues,
} from './descriptive.ts';
export type { Description, ModeSummary, Category } from './descriptive.ts';
export { pearson, pointBiserial, correlationPValue, type Correlation } from './pearson.ts';
export { vif } from './vif.ts';
export { welchTest, standardizedDifference, type WelchTest } from './welch.ts';
export {
  screenCandidates,
  type ScreeningCandidate,
  type ScreeningOptions,
  type ScreeningRow,
} from './screening.ts';
export {
  compareContinuous,
  compareCategorical,
  type ContinuousComparison,
  type CategoricalComparison,
} from './group-comparison.ts';
export { auc, ks, brier } from './metrics.ts';
export { calibrationByDecile, type Calibration, type CalibrationGroup } from './calibration.ts';
export {
  fitLogit,
  predictLogit,
  type LogitOptions,
  type LogitResult,
  type LogitCoefficient,
  type SeparationFinding,
} from './logit.ts';
export type { LogitKernel, LogitProblem, LogitDerivatives } from './logit-kernel.ts';
export { tsLogitKernel } from './logit-kernel-ts.ts';
