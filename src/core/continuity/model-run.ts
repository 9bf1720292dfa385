/**
 * One run of the continuity model on a FeatureTable — screening, fit, out-of-time validation, index — as the
 * app (in a worker) and the CLI both do it, with the outcome in plain, transferable data:
 * - the variables are the analyst's selection, or the screening keep rule's when none is given;
 * - a fit that cannot be made (no labels, no variable, constant or collinear variables, one outcome class,
 *   separation, non-finite values) throws an InputError naming the variable and what to do, so the caller keeps
 *   its last good model;
 * - a validation that cannot be made (a single labelled year) is reported as a warning, not a failure.
 */
import { InputError, isInputError } from '../errors.ts';
import type { Calibration } from '../stats/calibration.ts';
import type { LogitKernel } from '../stats/logit-kernel.ts';
import type { LogitCoefficient, LogitResult } from '../stats/logit.ts';
import type { ScreeningRow } from '../stats/screening.ts';
import { vif } from '../stats/vif.ts';
import { gather, type FeatureTable } from './feature-table.ts';
import {
  fitStep,
  indexStep,
  keptVariables,
  screenStep,
  trainingRows,
  validationStep,
} from './model-steps.ts';

export type ModelStep = 'screening' | 'fit' | 'validation' | 'index';
export const MODEL_STEPS: readonly ModelStep[] = ['screening', 'fit', 'validation', 'index'];

export interface ModelRequest {
  /** Variables to fit; null = the screening keep rule's choice. */
  variables: readonly string[] | null;
  l2?: number;
  minAbsR?: number;
  alpha?: number;
}

/** A fit without its per-row arrays (small enough to post between threads and keep as "last good"). */
export interface ModelSummary {
  n: number;
  events: number;
  coefficients: LogitCoefficient[];
  logLikelihood: number;
  llNull: number;
  mcfaddenR2: number;
  aic: number;
  bic: number;
  llrPValue: number;
  iterations: number;
  converged: boolean;
  l2: number;
  kernel: string;
  warnings: string[];
}

export interface ValidationSummary {
  trainFrom: number;
  trainTo: number;
  testYear: number;
  nTrain: number;
  nTest: number;
  testEvents: number;
  auc: number;
  ks: number;
  brier: number;
  calibration: Calibration | null;
  testRows: Uint32Array;
  testProbabilities: Float64Array;
}

export interface ModelRun {
  request: ModelRequest;
  screening: ScreeningRow[];
  /** The variables fitted, in candidate order. */
  variables: string[];
  /** VIF of the fitted variables among themselves (on the labelled rows). */
  selectionVif: number[];
  model: ModelSummary;
  validation: ValidationSummary | null;
  /** 0–100 per FeatureTable row; NaN where it cannot be computed. */
  index: Float64Array;
  warnings: string[];
  /** Milliseconds per step. */
  millis: Record<ModelStep, number>;
}

export function summariseFit(r: LogitResult): ModelSummary {
  return {
    n: r.n,
    events: r.events,
    coefficients: r.coefficients,
    logLikelihood: r.logLikelihood,
    llNull: r.llNull,
    mcfaddenR2: r.mcfaddenR2,
    aic: r.aic,
    bic: r.bic,
    llrPValue: r.llrPValue,
    iterations: r.iterations,
    converged: r.converged,
    l2: r.l2,
    kernel: r.kernel,
    warnings: r.warnings,
  };
}

export function runModel(
  table: FeatureTable,
  request: ModelRequest,
  kernel?: LogitKernel,
  onStep: (step: ModelStep) => void = () => {},
): ModelRun {
  const millis: Record<ModelStep, number> = { screening: 0, fit: 0, validation: 0, index: 0 };
  const timed = <T>(step: ModelStep, f: () => T): T => {
    onStep(step);
    const t0 = performance.now();
    try {
      return f();
    } finally {
      millis[step] = performance.now() - t0;
    }
  };
  const screening = timed('screening', () =>
    screenStep(table, { minAbsR: request.minAbsR, alpha: request.alpha }),
  );
  const chosen = request.variables ?? keptVariables(screening);
  for (const v of chosen) {
    if (!table.names.includes(v))
      throw new InputError(
        `unknown variable "${v}"; the candidates are ${table.names.join(', ')}`,
        'unknown-variable',
      );
  }
  const variables = table.names.filter((n) => chosen.includes(n));
  if (variables.length === 0) {
    throw new InputError(
      request.variables
        ? 'no variable is switched on: choose at least one variable in the screening table, then refit'
        : `no candidate passed the screening rule (|r| ≥ ${request.minAbsR ?? 0.05} and p < ${request.alpha ?? 0.05}); ` +
            'switch variables on by hand or loosen the rule',
      'no-variables',
    );
  }
  const fit = timed('fit', () => fitStep(table, variables, { l2: request.l2, kernel }));
  if (fit.separation) {
    throw new InputError(
      `${fit.separation.message} The index cannot be computed from this model; switch ${fit.separation.variables
        .map((v) => `"${v}"`)
        .join(', ')} off (or set an L2 penalty) and refit.`,
      'separation',
    );
  }
  const warnings = [...fit.warnings];
  let validation: ValidationSummary | null = null;
  timed('validation', () => {
    try {
      const v = validationStep(table, variables, { l2: request.l2, kernel });
      const { trainModel, ...rest } = v;
      validation = rest;
      if (!trainModel.converged) warnings.push(`validation model: ${trainModel.warnings.join(' ')}`);
      if (!Number.isFinite(v.auc))
        warnings.push(
          `the test year ${v.testYear} has only one outcome (all ${v.testEvents ? 'continuing' : 'stopped'}): AUC and KS are undefined`,
        );
    } catch (e) {
      if (!isInputError(e)) throw e;
      warnings.push(`no out-of-time validation: ${e.message}`);
    }
  });
  const index = timed('index', () => indexStep(table, fit, variables));
  return {
    request,
    screening,
    variables,
    selectionVif: selectionVif(table, variables),
    model: summariseFit(fit),
    validation,
    index,
    warnings,
    millis,
  };
}

function selectionVif(table: FeatureTable, variables: readonly string[]): number[] {
  const rows = trainingRows(table);
  try {
    return vif(
      variables.map((v) => gather(table.columns[table.names.indexOf(v)], rows)),
      variables,
    );
  } catch {
    return variables.map(() => NaN);
  }
}
