/**
 * The whole continuity pipeline on the active dataset, as the CLI and the benchmark run it (the app runs the
 * same SQL steps and the same core model run, the latter in a worker): status → features → screening → fit →
 * validation → index, timed per step. The model is fitted on every labelled pair (t, t+1); the index is
 * given for every firm-year with features, including the last year (the forecast).
 * Bad data never throws past here when the statuses could be computed: a model that cannot be fitted gives
 * `run: null` and a warning that says why (the CLI still prints the counts).
 */
import { CodedInputError } from '../../core/coded-error.ts';
import { isInputError } from '../../core/errors.ts';
import { fitNote, noteOfError, type FitNote } from '../../core/stats/fit-notes.ts';
import {
  runModel,
  type ModelRequest,
  type ModelRun,
  type ModelStep,
} from '../../core/continuity/model-run.ts';
import type { LogitKernel } from '../../core/stats/logit-kernel.ts';
import type { Engine } from '../engine/engine.ts';
import {
  emptyCounts,
  loadContinuityData,
  statusesAt,
  type ContinuityData,
  type StatusCounts,
} from './continuity-data.ts';
import { indexRows, type IndexRow } from './index-table.ts';
import { DEFAULT_RULES, type StatusRules } from './status-rules.ts';

export type PipelineStep = 'status' | 'features' | ModelStep;
export const DEFAULT_THRESHOLD = 50;

export interface PipelineOptions {
  rules?: StatusRules;
  /** Year T of the counts and the index table; default the latest year with a status. */
  year?: number;
  threshold?: number;
  request?: ModelRequest;
  kernel?: LogitKernel;
  onStep?: (step: PipelineStep) => void;
}

export interface PipelineResult {
  data: ContinuityData;
  year: number;
  counts: StatusCounts;
  run: ModelRun | null;
  /** English sentences of `notes`. */
  warnings: string[];
  notes: FitNote[];
  millis: Record<PipelineStep, number>;
}

/** Checks T against the years with statuses; says which years there are. */
export function checkYear(data: ContinuityData, year: number | undefined): number {
  const last = data.years[data.years.length - 1];
  if (year === undefined) return last;
  if (!data.years.includes(year)) {
    throw new CodedInputError(
      `no exporter has a status in ${year}; the data give statuses for ${data.years[0]}–${last}: choose a year in that range`,
      'bad-year',
      { year, from: data.years[0], to: last },
    );
  }
  return year;
}

/** Years between the first and last observed one without any observation (gaps in the data), as a warning. */
export function yearGapWarning(data: ContinuityData): FitNote | null {
  const seen = data.observedYears;
  const missing: number[] = [];
  for (let y = seen[0]; y <= seen[seen.length - 1]; y++) if (!seen.includes(y)) missing.push(y);
  return missing.length
    ? fitNote(
        'year-gap',
        { years: missing.join(', ') },
        `no exporter is observed in ${missing.join(', ')} (no firm_years or exports rows): firms are "pending" in the ` +
          'window around a missing year and those years give no labels; load the missing year if it exists',
      )
    : null;
}

export async function runContinuityPipeline(
  engine: Engine,
  options: PipelineOptions = {},
): Promise<PipelineResult> {
  const millis: Record<PipelineStep, number> = {
    status: 0,
    features: 0,
    screening: 0,
    fit: 0,
    validation: 0,
    index: 0,
    monitoring: 0,
  };
  let current: PipelineStep | null = null;
  let started = performance.now();
  const step = (s: PipelineStep): void => {
    const now = performance.now();
    if (current) millis[current] += now - started;
    current = s;
    started = now;
    options.onStep?.(s);
  };
  const data = await loadContinuityData(engine, options.rules ?? DEFAULT_RULES, step);
  const year = checkYear(data, options.year);
  const counts = data.counts.find((c) => c.year === year) ?? emptyCounts(year);
  const notes: FitNote[] = [];
  const gap = yearGapWarning(data);
  if (gap) notes.push(gap);
  let run: ModelRun | null = null;
  try {
    run = runModel(data.features, options.request ?? { variables: null }, options.kernel, step);
    notes.push(...run.notes);
  } catch (e) {
    if (!isInputError(e)) throw e;
    const n = noteOfError(e);
    notes.push(fitNote('no-model', { reason: n.code, ...n.params }, `no model: ${e.message}`));
  }
  // `current` is set inside the step callback, which TypeScript's flow analysis does not see.
  const last = current as PipelineStep | null;
  if (last) millis[last] += performance.now() - started;
  if (run) Object.assign(millis, run.millis);
  return { data, year, counts, run, warnings: notes.map((n) => n.message), notes, millis };
}

/** The exported index table at the result's year (every firm with a status at T). */
export async function indexTableAt(
  engine: Engine,
  result: PipelineResult,
  threshold = DEFAULT_THRESHOLD,
): Promise<IndexRow[]> {
  const { data, run, year } = result;
  const byFirm = new Map<string, number>();
  if (run) {
    const f = data.features;
    for (let i = 0; i < f.n; i++) if (f.year[i] === year) byFirm.set(f.exporterId[i], run.index[i]);
  }
  return indexRows(await statusesAt(engine, year), year, (id) => byFirm.get(id), threshold);
}
