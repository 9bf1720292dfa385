/**
 * `continuity --data DIR [--year T] [--out FILE.parquet|.csv] [--threshold N] [--json]`
 * (docs/architecture.md#command-line-contract): the export continuity index on a dataset folder, through the same
 * pipeline as the app (src/data/continuity). T defaults to the latest year with statuses; the model is fitted on
 * every labelled pair (t, t+1); --out writes one row per firm with a status at T (exporter_id, year, status, index,
 * risk_group).
 *
 * JSON (exactly these keys): {"year","counts":{"continuing","stopped","pending","beginner"},
 * "model":{"n","coefficients":[{"name","estimate","std_error","z","p"}],"log_likelihood","aic","bic",
 * "mcfadden_r2"} | null,"validation":{"auc","ks","brier"} | null,"monitoring":{"train_from","train_to",
 * "n_reference","refit","years":[{"year","n","index":{"psi","band"},"variables":[{"name","psi","band"}],
 * "calibration":{…} | null,"alerts":[…]}]} | null,"warnings":[...]}. Counts are printed even when no model can
 * be fitted; then model and monitoring are null and the warnings say why. --monitor-train-to F fits the
 * monitored model on the labelled years up to F (default: the out-of-time validation's training years).
 * Exit codes: 0 done (also without a model), 2 bad input (missing folder, invalid dataset, unknown year, bad
 * --out extension), 1 bug.
 */
import { writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { Monitoring } from '../../core/continuity/monitoring.ts';
import { InputError } from '../../core/errors.ts';
import type { PsiBand } from '../../core/stats/psi.ts';
import {
  DEFAULT_THRESHOLD,
  indexTableAt,
  runContinuityPipeline,
  type PipelineResult,
} from '../../data/continuity/continuity-pipeline.ts';
import type { StatusCounts } from '../../data/continuity/continuity-data.ts';
import { indexCsv, type IndexRow } from '../../data/continuity/index-table.ts';
import { planFromPath } from '../../data/dataset/plan-dir.node.ts';
import { nativeInsert } from '../../data/dataset/insert-native.node.ts';
import { loadDataset } from '../../data/dataset/load-dataset.ts';
import { NodeEngine } from '../../data/engine/engine-native.node.ts';
import { formatFinding } from '../../data/validate/validation-report.ts';
import { intOption, parseCliArgs, requireOption } from '../cli-args.ts';
import { printJson, type CliCommand, type CliIO } from '../cli-command.ts';
import { finite, wasmOrTs } from '../cli-kernel.ts';

const USAGE =
  'npm run --silent cli -- continuity --data DIR [--year T] [--out FILE.parquet|.csv] [--threshold N] ' +
  '[--monitor-train-to F] [--json]';

export interface ContinuityJson {
  year: number;
  counts: Omit<StatusCounts, 'year'>;
  model: {
    n: number;
    coefficients: {
      name: string;
      estimate: number | null;
      std_error: number | null;
      z: number | null;
      p: number | null;
    }[];
    log_likelihood: number | null;
    aic: number | null;
    bic: number | null;
    mcfadden_r2: number | null;
  } | null;
  validation: { auc: number | null; ks: number | null; brier: number | null } | null;
  monitoring: MonitoringJson | null;
  warnings: string[];
}

/** docs/continuity-method.md#11-monitoring: PSI per later year, calibration once the outcome is known, alerts. */
export interface MonitoringJson {
  train_from: number;
  train_to: number;
  n_reference: number;
  refit: boolean;
  years: {
    year: number;
    n: number;
    index: { psi: number | null; band: PsiBand | null };
    variables: { name: string; psi: number | null; band: PsiBand | null }[];
    calibration: {
      n: number;
      events: number;
      observed_rate: number | null;
      mean_predicted: number | null;
      hosmer_lemeshow: { statistic: number | null; df: number; p: number | null };
      groups: { group: number; n: number; mean_predicted: number | null; observed_rate: number | null }[];
    } | null;
    alerts: (
      | { kind: 'index'; psi: number | null }
      | { kind: 'variable'; variable: string; psi: number | null }
      | { kind: 'calibration'; p: number | null }
    )[];
  }[];
}

export const command: CliCommand = {
  name: 'continuity',
  summary: 'Export continuity index: statuses, model, out-of-time validation and the index per firm',
  usage: USAGE,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values } = parseCliArgs(
      argv,
      {
        data: { type: 'string' },
        year: { type: 'string' },
        out: { type: 'string' },
        threshold: { type: 'string' },
        'monitor-train-to': { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      USAGE,
    );
    const dir = requireOption(values.data, 'data', USAGE);
    const year = values.year === undefined ? undefined : intOption(values.year, 'year', 0, 1);
    const monitorTrainTo =
      values['monitor-train-to'] === undefined
        ? undefined
        : intOption(values['monitor-train-to'], 'monitor-train-to', 0, 1);
    const threshold = values.threshold === undefined ? DEFAULT_THRESHOLD : Number(values.threshold);
    if (!(threshold >= 0 && threshold <= 100))
      throw new InputError(`--threshold must be a number from 0 to 100, got "${values.threshold}"`, 'usage');
    const format = values.out === undefined ? null : outFormat(values.out);

    const engine = await NodeEngine.create();
    try {
      const plan = await planFromPath(dir);
      const loaded = await loadDataset(plan, { engine, insertFile: nativeInsert(engine) });
      if (!loaded.activated) {
        const errors = loaded.report.errors;
        throw new InputError(
          `${dir}: the dataset does not meet the data contract (${errors.length} error${errors.length === 1 ? '' : 's'}):\n` +
            errors
              .slice(0, 5)
              .map((f) => `  ${formatFinding(f)}`)
              .join('\n') +
            `\nrun \`npm run --silent cli -- validate ${dir}\` for the full report`,
          'invalid-dataset',
        );
      }
      const result = await runContinuityPipeline(engine, {
        year,
        kernel: await wasmOrTs(io),
        request: { variables: null, monitorTrainTo },
      });
      if (values.out && format) {
        const rows = await indexTableAt(engine, result, threshold);
        await writeIndex(engine, rows, values.out, format);
        io.err(`wrote ${rows.length} rows to ${values.out}`);
      }
      const json = toJson(result);
      if (values.json) printJson(io, json);
      else io.out(formatText(result, json, threshold));
      return 0;
    } finally {
      await engine.close();
    }
  },
};

function outFormat(path: string): 'csv' | 'parquet' {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.parquet') return 'parquet';
  throw new InputError(`--out must end in .parquet or .csv, got "${path}"\nusage: ${USAGE}`, 'usage');
}

async function writeIndex(
  engine: NodeEngine,
  rows: readonly IndexRow[],
  path: string,
  format: 'csv' | 'parquet',
): Promise<void> {
  const target = resolve(path);
  if (format === 'csv') {
    await writeFile(target, indexCsv(rows)).catch((e: Error) => {
      throw new InputError(`cannot write ${path}: ${e.message}`, 'write-failed');
    });
    return;
  }
  const table = { schema: 'continuity_export', table: 'index_rows' };
  await engine.exec(`CREATE SCHEMA IF NOT EXISTS continuity_export;
    CREATE OR REPLACE TABLE continuity_export.index_rows (exporter_id VARCHAR, year INTEGER, status VARCHAR,
      "index" DOUBLE, risk_group BOOLEAN)`);
  const appender = await engine.createAppender(table);
  for (const r of rows) {
    appender.appendVarchar(r.exporter_id);
    appender.appendInteger(r.year);
    appender.appendVarchar(r.status);
    if (r.index === null) appender.appendNull();
    else appender.appendDouble(r.index);
    if (r.risk_group === null) appender.appendNull();
    else appender.appendBoolean(r.risk_group);
    appender.endRow();
  }
  appender.closeSync();
  try {
    await engine.query(
      'COPY (SELECT * FROM continuity_export.index_rows ORDER BY exporter_id) TO ? (FORMAT parquet, COMPRESSION zstd)',
      [target],
    );
  } catch (e) {
    throw new InputError(`cannot write ${path}: ${(e as Error).message}`, 'write-failed');
  }
}

export function toJson(result: PipelineResult): ContinuityJson {
  const { run, counts } = result;
  return {
    year: result.year,
    counts: {
      continuing: counts.continuing,
      stopped: counts.stopped,
      pending: counts.pending,
      beginner: counts.beginner,
    },
    model: run
      ? {
          n: run.model.n,
          coefficients: run.model.coefficients.map((c) => ({
            name: c.name,
            estimate: finite(c.estimate),
            std_error: finite(c.stdError),
            z: finite(c.z),
            p: finite(c.p),
          })),
          log_likelihood: finite(run.model.logLikelihood),
          aic: finite(run.model.aic),
          bic: finite(run.model.bic),
          mcfadden_r2: finite(run.model.mcfaddenR2),
        }
      : null,
    validation: run?.validation
      ? {
          auc: finite(run.validation.auc),
          ks: finite(run.validation.ks),
          brier: finite(run.validation.brier),
        }
      : null,
    monitoring: run?.monitoring ? monitoringJson(run.monitoring) : null,
    warnings: result.warnings,
  };
}

export function monitoringJson(m: Monitoring): MonitoringJson {
  return {
    train_from: m.trainFrom,
    train_to: m.trainTo,
    n_reference: m.nReference,
    refit: m.refit,
    years: m.years.map((y) => ({
      year: y.year,
      n: y.n,
      index: { psi: finite(y.index.psi), band: y.index.band },
      variables: y.variables.map((v) => ({ name: v.name, psi: finite(v.psi), band: v.band })),
      calibration: y.outcome
        ? {
            n: y.outcome.n,
            events: y.outcome.events,
            observed_rate: finite(y.outcome.observedRate),
            mean_predicted: finite(y.outcome.meanPredicted),
            hosmer_lemeshow: {
              statistic: finite(y.outcome.calibration.hosmerLemeshow.statistic),
              df: y.outcome.calibration.hosmerLemeshow.df,
              p: finite(y.outcome.calibration.hosmerLemeshow.p),
            },
            groups: y.outcome.calibration.groups.map((g) => ({
              group: g.group,
              n: g.n,
              mean_predicted: finite(g.meanPredicted),
              observed_rate: finite(g.observedRate),
            })),
          }
        : null,
      alerts: y.alerts.map((a) =>
        a.kind === 'index'
          ? { kind: a.kind, psi: finite(a.psi) }
          : a.kind === 'variable'
            ? { kind: a.kind, variable: a.variable, psi: finite(a.psi) }
            : { kind: a.kind, p: finite(a.p) },
      ),
    })),
  };
}

function num(v: number | null, digits = 4): string {
  if (v === null) return '—';
  return Math.abs(v) >= 1e6 || (v !== 0 && Math.abs(v) < 1e-4)
    ? v.toExponential(digits - 1)
    : v.toFixed(digits);
}

function monitoringText(m: MonitoringJson): string[] {
  const out = ['', `monitoring: model fitted on ${m.train_from}–${m.train_to} (${m.n_reference} firm-years)`];
  for (const y of m.years) {
    const shifted = y.variables.filter((v) => v.band === 'shifted').map((v) => `${v.name} ${num(v.psi, 3)}`);
    const cal = y.calibration
      ? `; observed ${num(y.calibration.observed_rate, 3)} vs predicted ${num(y.calibration.mean_predicted, 3)}, ` +
        `Hosmer–Lemeshow p ${num(y.calibration.hosmer_lemeshow.p)}`
      : '; outcome not known yet';
    out.push(
      `  ${y.year}: index PSI ${num(y.index.psi, 3)} (${y.index.band ?? '—'}), shifted variables: ` +
        `${shifted.length ? shifted.join(', ') : 'none'}${cal}`,
    );
  }
  out.push(m.refit ? '  refit recommended (PSI > 0.25 or Hosmer–Lemeshow p < 0.01)' : '  no refit needed');
  return out;
}

function formatText(result: PipelineResult, json: ContinuityJson, threshold: number): string {
  const c = json.counts;
  const out = [
    `Export continuity index — ${result.year}`,
    `statuses: continuing ${c.continuing}, stopped ${c.stopped}, pending ${c.pending}, beginner ${c.beginner}`,
  ];
  const run = result.run;
  if (run && json.model) {
    const header = ['', 'estimate', 'std_error', 'z', 'p'];
    const rows = json.model.coefficients.map((k) => [
      k.name,
      num(k.estimate),
      num(k.std_error),
      num(k.z, 3),
      num(k.p),
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells: string[]) =>
      cells.map((s, i) => (i === 0 ? s.padEnd(widths[i]) : s.padStart(widths[i]))).join('  ');
    out.push(
      '',
      `model: logit of "continuing next year" on ${run.variables.length} variables, n = ${json.model.n}`,
      line(header),
      ...rows.map(line),
      `log-likelihood ${num(json.model.log_likelihood)}   AIC ${num(json.model.aic)}   BIC ${num(json.model.bic)}   McFadden R² ${num(json.model.mcfadden_r2)}`,
    );
    if (run.validation && json.validation) {
      const v = run.validation;
      out.push(
        `out-of-time validation (train ${v.trainFrom}–${v.trainTo}, test ${v.testYear}; n = ${v.nTest}): ` +
          `AUC ${num(json.validation.auc)}   KS ${num(json.validation.ks)}   Brier ${num(json.validation.brier)}`,
      );
    }
    const f = result.data.features;
    let scored = 0;
    let risk = 0;
    for (let i = 0; i < f.n; i++) {
      if (f.year[i] !== result.year || !Number.isFinite(run.index[i])) continue;
      scored++;
      if (run.index[i] < threshold) risk++;
    }
    out.push(
      `index ${result.year}: ${scored} firms scored, ${risk} in the risk group (index < ${threshold})`,
    );
    if (json.monitoring) out.push(...monitoringText(json.monitoring));
  }
  if (json.warnings.length) out.push('', 'warnings:', ...json.warnings.map((w) => `  - ${w}`));
  return out.join('\n') + '\n';
}
