/**
 * Monitoring of the continuity index (docs/continuity-method.md#11-monitoring): a model fitted on the training
 * years F₀ … F scores every later year; for each later year y it reports
 * - the population stability index (core/stats/psi.ts) of the index and of each fitted variable, all feature rows
 *   of the training years against all feature rows of y (both: the firm-years the index is given for), with the
 *   band (< 0.1 stable, 0.1–0.25 watch, > 0.25 shifted);
 * - once y's outcome is known (rows of y with a label, i.e. the status at y+1 is in the data): calibration by
 *   decile (core/stats/calibration.ts: observed vs predicted per decile, Hosmer–Lemeshow) and calibration in the
 *   large (observed rate − mean prediction);
 * - the refit alerts of the year (`refitAlerts`): the index PSI > 0.25, a fitted variable's PSI > 0.25, or a
 *   Hosmer–Lemeshow p < 0.01.
 * Pure: the caller passes the model (only its coefficients are read) and the table.
 */
import { calibrationByDecile, type Calibration } from '../stats/calibration.ts';
import type { LogitResult } from '../stats/logit.ts';
import { psi, PSI_SHIFTED, type PsiResult } from '../stats/psi.ts';
import { columnOf, gather, type FeatureTable } from './feature-table.ts';
import { indexStep } from './model-steps.ts';

/** Hosmer–Lemeshow p below which a year's calibration calls for a refit. */
export const CALIBRATION_ALERT_P = 0.01;

export interface VariablePsi extends PsiResult {
  name: string;
}

export interface YearCalibration {
  n: number;
  events: number;
  observedRate: number;
  meanPredicted: number;
  calibration: Calibration;
}

export type RefitAlert =
  | { kind: 'index'; psi: number }
  | { kind: 'variable'; variable: string; psi: number }
  | { kind: 'calibration'; p: number; statistic: number; df: number };

export interface MonitoringYear {
  year: number;
  /** Firm-years of the year with an index. */
  n: number;
  index: PsiResult;
  variables: VariablePsi[];
  /** Null while the year's outcome (the status at year + 1) is not in the data. */
  outcome: YearCalibration | null;
  alerts: RefitAlert[];
}

export interface Monitoring {
  /** Feature years of the model's training rows (labels from the year after each). */
  trainFrom: number;
  trainTo: number;
  /** Firm-years of the training years with an index (the reference sample of every PSI). */
  nReference: number;
  variables: string[];
  years: MonitoringYear[];
  /** True when any later year has an alert: the model should be refitted. */
  refit: boolean;
}

/**
 * The alert rule for one year: index PSI > 0.25, any fitted variable's PSI > 0.25, or (a year with outcomes)
 * Hosmer–Lemeshow p < 0.01. Variables are listed in the order given.
 */
export function refitAlerts(year: {
  indexPsi: number;
  variables: readonly { name: string; psi: number }[];
  hosmerLemeshow?: { statistic: number; df: number; p: number } | null;
}): RefitAlert[] {
  const out: RefitAlert[] = [];
  if (year.indexPsi > PSI_SHIFTED) out.push({ kind: 'index', psi: year.indexPsi });
  for (const v of year.variables)
    if (v.psi > PSI_SHIFTED) out.push({ kind: 'variable', variable: v.name, psi: v.psi });
  const hl = year.hosmerLemeshow;
  if (hl && hl.p < CALIBRATION_ALERT_P) out.push({ kind: 'calibration', ...hl });
  return out;
}

/**
 * Monitoring of `model` (fitted on `variables` over the labelled rows of `trainFrom` … `trainTo`) on every later
 * year of `table`. `index` may be passed when it is already computed for this model (0–100 per row).
 */
export function monitorModel(
  table: FeatureTable,
  model: Pick<LogitResult, 'coefficients'>,
  variables: readonly string[],
  trainFrom: number,
  trainTo: number,
  index: Float64Array = indexStep(table, model, variables),
): Monitoring {
  const reference: number[] = [];
  const later = new Map<number, number[]>();
  for (let i = 0; i < table.n; i++) {
    if (!Number.isFinite(index[i])) continue;
    const y = table.year[i];
    if (y >= trainFrom && y <= trainTo) reference.push(i);
    else if (y > trainTo) {
      let rows = later.get(y);
      if (!rows) later.set(y, (rows = []));
      rows.push(i);
    }
  }
  const columns = variables.map((v) => columnOf(table, v));
  const refIndex = gather(index, reference);
  const refColumns = columns.map((c) => gather(c, reference));
  const years: MonitoringYear[] = [...later.keys()]
    .sort((a, b) => a - b)
    .map((year) => {
      const rows = later.get(year) ?? [];
      const indexPsi = psi(refIndex, gather(index, rows));
      const variablePsi = variables.map((name, j) => ({
        name,
        ...psi(refColumns[j], gather(columns[j], rows)),
      }));
      const labelled = rows.filter((i) => !Number.isNaN(table.label[i]));
      let outcome: YearCalibration | null = null;
      if (labelled.length > 0) {
        const p = Float64Array.from(labelled, (i) => index[i] / 100);
        const y = gather(table.label, labelled);
        let events = 0;
        let sumP = 0;
        for (let k = 0; k < y.length; k++) {
          events += y[k];
          sumP += p[k];
        }
        outcome = {
          n: labelled.length,
          events,
          observedRate: events / labelled.length,
          meanPredicted: sumP / labelled.length,
          calibration: calibrationByDecile(p, y),
        };
      }
      return {
        year,
        n: rows.length,
        index: indexPsi,
        variables: variablePsi,
        outcome,
        alerts: refitAlerts({
          indexPsi: indexPsi.psi,
          variables: variablePsi,
          hosmerLemeshow: outcome?.calibration.hosmerLemeshow,
        }),
      };
    });
  return {
    trainFrom,
    trainTo,
    nReference: reference.length,
    variables: [...variables],
    years,
    refit: years.some((y) => y.alerts.length > 0),
  };
}
