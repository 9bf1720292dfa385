/**
 * One run of the continuity model on a FeatureTable — screening, fit, out-of-time validation, index — as the
 * app (in a worker) and the CLI both do it, with the outcome in plain, transferable data:
 * - the variables are the analyst's selection, or the screening keep rule's when none is given;
 * - a fit that cannot be made (no labels, no variable, constant or collinear variables, one outcome class,
 *   separation, non-finite values) throws an InputError naming the variable and what to do, so the caller keeps
 *   its last good model;
 * - a validation that cannot be made (a single labelled year) is reported as a warning, not a failure.
 */
import { CodedInputError } from '../coded-error.ts';
import { isInputError } from '../errors.ts';
import { fitNote, noteOfError, type FitNote } from '../stats/fit-notes.ts';
import type { LogitKernel } from '../stats/logit-kernel.ts';
import type { LogitResult } from '../stats/logit.ts';
import type { ScreeningRow } from '../stats/screening.ts';
import { vif } from '../stats/vif.ts';
import { pruneSelection, SEPARATION_L2, separationNote, type DroppedVariable } from './default-selection.ts';
import { gather, labelledRows, labelledYears, type FeatureTable } from './feature-table.ts';
import { monitorModel, type Monitoring } from './monitoring.ts';
import {
  fitStep,
  indexStep,
  keptVariables,
  screenStep,
  trainingRows,
  validationStep,
  type FitOptions,
  type OutOfTimeValidation,
} from './model-steps.ts';

export type ModelStep = 'screening' | 'fit' | 'validation' | 'index' | 'monitoring';
export const MODEL_STEPS: readonly ModelStep[] = ['screening', 'fit', 'validation', 'index', 'monitoring'];

export interface ModelRequest {
  /**
   * Variables to fit as given (an explicit selection: fitted or refused); null = the screening keep rule's
   * choice, pruned of aliased, highly collinear (VIF ≥ 10) and separating variables with a note for each.
   */
  variables: readonly string[] | null;
  /** With `variables: null`: the candidates the keep rule may choose from (default all). */
  candidates?: readonly string[];
  l2?: number;
  minAbsR?: number;
  alpha?: number;
  /**
   * Last training year of the monitored model (docs/continuity-method.md#11-monitoring); default the out-of-time
   * validation's (the last labelled year − 1), or the last labelled year when there is no validation.
   */
  monitorTrainTo?: number;
}

/** The fit's fields kept in a summary: everything but the per-row and k×k arrays and the separation detail. */
const SUMMARY_FIELDS = [
  'n',
  'events',
  'coefficients',
  'logLikelihood',
  'llNull',
  'mcfaddenR2',
  'aic',
  'bic',
  'llrPValue',
  'iterations',
  'converged',
  'l2',
  'kernel',
  'warnings',
  'notes',
] as const satisfies readonly (keyof LogitResult)[];

/** A fit without its per-row arrays (small enough to post between threads and keep as "last good"). */
export type ModelSummary = Pick<LogitResult, (typeof SUMMARY_FIELDS)[number]>;

/** Out-of-time validation as a run keeps it: without the training-years model. */
export type ValidationSummary = Omit<OutOfTimeValidation, 'trainModel'>;

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
  /** PSI and calibration of the later years for a model fitted on earlier years; null when none can be made. */
  monitoring: Monitoring | null;
  /** Variables the default selection dropped (empty for an explicit selection), each with its note. */
  dropped: DroppedVariable[];
  /** English sentences of `notes` (CLI). */
  warnings: string[];
  /** Every warning of the run with its message code: dropped variables first, then the fit's, then validation's. */
  notes: FitNote[];
  /** Milliseconds per step. */
  millis: Record<ModelStep, number>;
}

export function summariseFit(r: LogitResult): ModelSummary {
  return Object.fromEntries(SUMMARY_FIELDS.map((k) => [k, r[k]])) as ModelSummary;
}

export function runModel(
  table: FeatureTable,
  request: ModelRequest,
  kernel?: LogitKernel,
  onStep: (step: ModelStep) => void = () => {},
): ModelRun {
  const millis: Record<ModelStep, number> = { screening: 0, fit: 0, validation: 0, index: 0, monitoring: 0 };
  const timed = <T>(step: ModelStep, f: () => T): T => {
    onStep(step);
    // Date.now, not performance.now: core runs on ES globals only (a millisecond is fine for a step).
    const t0 = Date.now();
    try {
      return f();
    } finally {
      millis[step] = Date.now() - t0;
    }
  };
  const screening = timed('screening', () =>
    screenStep(table, { minAbsR: request.minAbsR, alpha: request.alpha }),
  );
  const candidates = request.candidates ?? table.names;
  for (const v of [...(request.variables ?? []), ...candidates]) {
    if (!table.names.includes(v))
      throw new CodedInputError(
        `unknown variable "${v}"; the candidates are ${table.names.join(', ')}`,
        'unknown-variable',
        { variable: v },
      );
  }
  const chosen = request.variables ?? keptVariables(screening).filter((v) => candidates.includes(v));
  let variables = table.names.filter((n) => chosen.includes(n));
  if (variables.length === 0) {
    const minAbsR = request.minAbsR ?? 0.05;
    const alpha = request.alpha ?? 0.05;
    throw request.variables
      ? new CodedInputError(
          'no variable is switched on: choose at least one variable in the screening table, then refit',
          'no-variables',
        )
      : new CodedInputError(
          `no candidate passed the screening rule (|r| ≥ ${minAbsR} and p < ${alpha}); ` +
            'switch variables on by hand or loosen the rule',
          'no-variables-screened',
          { minAbsR, alpha },
        );
  }
  const dropped: DroppedVariable[] = [];
  const fitOptions = { l2: request.l2, kernel };
  let penaltyNote: FitNote | null = null;
  const fit = timed('fit', () => {
    if (request.variables) return fitStep(table, variables, fitOptions);
    const pruned = pruneSelection(table, variables, trainingRows(table));
    dropped.push(...pruned.dropped);
    variables = pruned.variables;
    const first = fitStep(table, variables, fitOptions);
    if (!first.separation) return first;
    // Separation in the default selection: refit with a small L2 penalty so that an index exists (and say so).
    fitOptions.l2 = SEPARATION_L2;
    penaltyNote = separationNote(first.separation, SEPARATION_L2);
    return fitStep(table, variables, fitOptions);
  });
  if (fit.separation) {
    const names = fit.separation.variables.map((v) => `"${v}"`).join(', ');
    throw new CodedInputError(
      `${fit.separation.message} The index cannot be computed from this model; switch ${names} off (or set an L2 penalty) and refit.`,
      'separation',
      { variables: fit.separation.variables.join(', '), kind: fit.separation.kind },
    );
  }
  const notes: FitNote[] = [
    ...dropped.map((d) => d.note),
    ...(penaltyNote ? [penaltyNote] : []),
    ...fit.notes,
  ];
  let validation: ValidationSummary | null = null;
  let validationModel: { model: LogitResult; from: number; to: number } | null = null;
  timed('validation', () => {
    try {
      const v = validationStep(table, variables, fitOptions);
      const { trainModel, ...rest } = v;
      validation = rest;
      validationModel = { model: trainModel, from: v.trainFrom, to: v.trainTo };
      if (!trainModel.converged)
        notes.push(
          ...trainModel.notes.map((n) =>
            fitNote(`validation-${n.code}`, n.params, `validation model: ${n.message}`),
          ),
        );
      if (!Number.isFinite(v.auc)) {
        const outcome = v.testEvents ? 'continuing' : 'stopped';
        notes.push(
          fitNote(
            'test-one-class',
            { year: v.testYear, outcome },
            `the test year ${v.testYear} has only one outcome (all ${outcome}): AUC and KS are undefined`,
          ),
        );
      }
    } catch (e) {
      if (!isInputError(e)) throw e;
      const n = noteOfError(e);
      notes.push(
        fitNote('no-validation', { reason: n.code, ...n.params }, `no out-of-time validation: ${e.message}`),
      );
    }
  });
  const index = timed('index', () => indexStep(table, fit, variables));
  const monitoring = timed('monitoring', () =>
    monitoringStep(table, variables, fitOptions, request.monitorTrainTo, fit, index, validationModel, notes),
  );
  return {
    request,
    screening,
    variables,
    selectionVif: selectionVif(table, variables),
    model: summariseFit(fit),
    validation,
    index,
    monitoring,
    dropped,
    warnings: notes.map((n) => n.message),
    notes,
    millis,
  };
}

/**
 * The monitored model: fitted on the labelled years up to `trainTo` (default: the validation model's training
 * years, reused; without a validation, the model itself on every labelled year) with the run's variables and
 * penalty, scoring every later year. A training window that cannot be fitted is a note, not a failure.
 */
function monitoringStep(
  table: FeatureTable,
  variables: readonly string[],
  fitOptions: FitOptions,
  trainTo: number | undefined,
  fit: LogitResult,
  index: Float64Array,
  validationModel: { model: LogitResult; from: number; to: number } | null,
  notes: FitNote[],
): Monitoring | null {
  const years = labelledYears(table);
  if (years.length === 0) return null;
  const last = years[years.length - 1];
  if (trainTo === undefined || trainTo === validationModel?.to) {
    if (validationModel)
      return monitorModel(table, validationModel.model, variables, validationModel.from, validationModel.to);
    if (trainTo === undefined) return monitorModel(table, fit, variables, years[0], last, index);
  }
  if (trainTo >= last) return monitorModel(table, fit, variables, years[0], last, index);
  try {
    const rows = labelledRows(table, -Infinity, trainTo);
    if (rows.length === 0)
      throw new CodedInputError(
        `no labelled firm-year up to ${trainTo}: the monitored model's training years start in ${years[0]}`,
        'monitor-no-rows',
        { year: trainTo, first: years[0] },
      );
    const model = fitStep(table, variables, fitOptions, rows);
    if (model.separation)
      throw new CodedInputError(
        `the training years up to ${trainTo} separate the outcome perfectly; set an L2 penalty`,
        'train-separation',
        { variables: model.separation.variables.join(', ') },
      );
    return monitorModel(table, model, variables, years[0], trainTo);
  } catch (e) {
    if (!isInputError(e)) throw e;
    const n = noteOfError(e);
    notes.push(fitNote('no-monitoring', { reason: n.code, ...n.params }, `no monitoring: ${e.message}`));
    return null;
  }
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
