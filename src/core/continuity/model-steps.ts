/**
 * The continuity model's steps on a FeatureTable (docs/continuity-method.md#4-screening-피어슨-상관계수법 and
 * docs/continuity-method.md#5-model), each callable on its own so that the app can show progress per step and the
 * benchmark can time them: screening (point-biserial r, p, keep rule, VIF), the fit (logistic regression on every
 * labelled pair), out-of-time validation (fit on t ≤ L−1, test on the last labelled year L: AUC, KS, Brier,
 * calibration by decile) and the index (100 × P(continuing next year)). Pure: no I/O; the logit kernel (TypeScript or
 * WebAssembly) is passed in.
 */
import { CodedInputError } from '../coded-error.ts';
import { calibrationByDecile, type Calibration } from '../stats/calibration.ts';
import type { LogitKernel } from '../stats/logit-kernel.ts';
import { fitLogit, predictLogit, type LogitResult } from '../stats/logit.ts';
import { auc, brier, ks } from '../stats/metrics.ts';
import { screenCandidates, type ScreeningRow } from '../stats/screening.ts';
import {
  checkFinite,
  columnOf,
  gather,
  labelledRows,
  labelledYears,
  type FeatureTable,
} from './feature-table.ts';

export interface FitOptions {
  l2?: number;
  kernel?: LogitKernel;
}

export interface ScreenOptions {
  minAbsR?: number;
  alpha?: number;
}

/** Labelled rows, or an InputError that says why there are none and what to do. */
export function trainingRows(table: FeatureTable): Uint32Array {
  const rows = labelledRows(table);
  if (rows.length === 0) {
    throw new CodedInputError(
      'no labelled firm-years: the label of year t is the status at t+1 (continuing or stopped), so the data ' +
        'need firms observed in at least four consecutive years (t−2 … t+1); load a dataset with more years',
      'no-labels',
    );
  }
  return rows;
}

/** Pearson (point-biserial) screening of every candidate against the label on the labelled rows. */
export function screenStep(table: FeatureTable, options: ScreenOptions = {}): ScreeningRow[] {
  const rows = trainingRows(table);
  const labels = gather(table.label, rows);
  return screenCandidates(
    table.names.map((name, j) => ({ name, values: gather(table.columns[j], rows) })),
    labels,
    options,
  );
}

/** The variables the default keep rule chose, in candidate order. */
export function keptVariables(screening: readonly ScreeningRow[]): string[] {
  return screening.filter((s) => s.keep).map((s) => s.name);
}

function checkVariables(variables: readonly string[]): void {
  if (variables.length === 0) {
    throw new CodedInputError(
      'no variable is switched on: choose at least one variable in the screening table, then refit',
      'no-variables',
    );
  }
}

/** Logistic regression of the label on `variables` over `rows` (default: every labelled row). */
export function fitStep(
  table: FeatureTable,
  variables: readonly string[],
  options: FitOptions = {},
  rows: Uint32Array = trainingRows(table),
): LogitResult {
  checkVariables(variables);
  checkFinite(table, variables, rows);
  return fitLogit(
    variables.map((v) => gather(columnOf(table, v), rows)),
    gather(table.label, rows),
    { names: variables, labelName: 'continuing next year', l2: options.l2, kernel: options.kernel },
  );
}

export interface OutOfTimeValidation {
  /** First and last feature year of the training rows (labels from the following years). */
  trainFrom: number;
  trainTo: number;
  /** Feature year of the test rows (labels from testYear + 1). */
  testYear: number;
  nTrain: number;
  nTest: number;
  testEvents: number;
  auc: number;
  ks: number;
  brier: number;
  calibration: Calibration | null;
  /** Row numbers (in the FeatureTable) of the test rows and their predicted probabilities. */
  testRows: Uint32Array;
  testProbabilities: Float64Array;
  /** Estimates of the training-years model (for the model card's note on stability). */
  trainModel: LogitResult;
}

/**
 * Out-of-time validation: fit on the labelled years before the last one, score the last labelled year.
 * That is what the index does in use — a model from past years scores this year's firms — so it measures
 * the accuracy a user can expect, unlike an in-sample fit. Throws InputError when fewer than two labelled
 * years exist (there is nothing to hold out).
 */
export function validationStep(
  table: FeatureTable,
  variables: readonly string[],
  options: FitOptions = {},
): OutOfTimeValidation {
  checkVariables(variables);
  const years = labelledYears(table);
  if (years.length < 2) {
    throw new CodedInputError(
      `out-of-time validation needs labels in at least two years (found ${years.length === 0 ? 'none' : years[0]}); ` +
        'load a dataset with more years',
      'too-few-years',
      { found: years.length === 0 ? '–' : years[0] },
    );
  }
  const testYear = years[years.length - 1];
  const train = labelledRows(table, -Infinity, testYear - 1);
  const test = labelledRows(table, testYear, testYear);
  const trainModel = fitStep(table, variables, options, train);
  if (trainModel.separation) {
    throw new CodedInputError(
      `out-of-time validation: ${trainModel.warnings[0] ?? 'the training years separate the outcome perfectly'}`,
      'train-separation',
      { variables: trainModel.separation.variables.join(', ') },
    );
  }
  checkFinite(table, variables, test);
  const probabilities = predictLogit(
    trainModel,
    variables.map((v) => gather(columnOf(table, v), test)),
  );
  const labels = gather(table.label, test);
  let events = 0;
  for (let i = 0; i < labels.length; i++) events += labels[i];
  return {
    trainFrom: years[0],
    trainTo: testYear - 1,
    testYear,
    nTrain: train.length,
    nTest: test.length,
    testEvents: events,
    auc: auc(probabilities, labels),
    ks: ks(probabilities, labels),
    brier: brier(probabilities, labels),
    calibration: labels.length > 0 ? calibrationByDecile(probabilities, labels) : null,
    testRows: test,
    testProbabilities: probabilities,
    trainModel,
  };
}

/**
 * The index of every row: 100 × P(continuing next year) from the model; NaN where a variable is not finite or
 * an estimate does not exist. Scores every firm-year, including the last year (the forecast users want).
 */
export function indexStep(
  table: FeatureTable,
  model: Pick<LogitResult, 'coefficients'>,
  variables: readonly string[],
): Float64Array {
  const beta = model.coefficients.map((c) => c.estimate);
  if (beta.length !== variables.length + 1)
    throw new Error(`model has ${beta.length - 1} variables, ${variables.length} given`);
  const cols = variables.map((v) => columnOf(table, v));
  const out = new Float64Array(table.n);
  for (let i = 0; i < table.n; i++) {
    let eta = beta[0];
    for (let j = 0; j < cols.length; j++) eta += beta[j + 1] * cols[j][i];
    out[i] = Number.isFinite(eta) ? 100 / (1 + Math.exp(-eta)) : NaN;
  }
  return out;
}
