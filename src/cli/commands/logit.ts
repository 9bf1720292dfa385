/**
 * `logit --csv FILE --y COL --x COL1,COL2,... [--json] [--l2 λ] [--kernel wasm|ts]`
 * (docs/architecture.md#command-line-contract): a generic logistic regression on a CSV file with a header, intercept
 * added, fitted by the same core as the continuity index (src/core/stats/logit.ts) on the WebAssembly kernel (the
 * TypeScript twin if wasm is unavailable).
 *
 * JSON (exactly these keys): {"n","coefficients":[{"name","estimate","std_error","z","p"}],"log_likelihood",
 * "ll_null","aic","bic","mcfadden_r2","auc","converged","warnings"}; AUC is in-sample, on the fitted
 * probabilities.
 *
 * Exit codes: 0 fitted; 2 bad input (missing file, unknown column, empty / non-numeric value with its column and
 * row, outcome not 0/1, one outcome class, too few rows, constant or perfectly collinear variable); 1 bug.
 * Separation (perfect or quasi-complete prediction of y by some variables) is a finding about the data, not
 * malformed input: exit 0, "converged": false, the separating variables named in "warnings", and null instead
 * of the huge, meaningless numbers other software prints (estimate, std_error, z, p of those variables; of every
 * coefficient under complete separation, where no estimate exists). Non-convergence likewise: exit 0,
 * "converged": false and a warning naming the variable.
 */
import { InputError } from '../../core/errors.ts';
import { fitLogit, type LogitResult } from '../../core/stats/logit.ts';
import { tsLogitKernel } from '../../core/stats/logit-kernel-ts.ts';
import { auc } from '../../core/stats/metrics.ts';
import { parseCliArgs, requireOption } from '../cli-args.ts';
import { printJson, type CliCommand, type CliIO } from '../cli-command.ts';
import { readNumericCsv } from '../csv-numeric.ts';
import { finite, wasmOrTs } from '../cli-kernel.ts';

const USAGE =
  'npm run --silent cli -- logit --csv FILE --y COL --x COL1,COL2,... [--json] [--l2 LAMBDA] [--kernel wasm|ts]';

export interface LogitJson {
  n: number;
  coefficients: {
    name: string;
    estimate: number | null;
    std_error: number | null;
    z: number | null;
    p: number | null;
  }[];
  log_likelihood: number | null;
  ll_null: number | null;
  aic: number | null;
  bic: number | null;
  mcfadden_r2: number | null;
  auc: number | null;
  converged: boolean;
  warnings: string[];
}

export const command: CliCommand = {
  name: 'logit',
  summary:
    'Logistic regression on a CSV file (intercept added): estimates, standard errors, z, p, fit statistics',
  usage: USAGE,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values } = parseCliArgs(
      argv,
      {
        csv: { type: 'string' },
        y: { type: 'string' },
        x: { type: 'string' },
        json: { type: 'boolean', default: false },
        l2: { type: 'string' },
        kernel: { type: 'string', default: 'wasm' },
      },
      USAGE,
    );
    const file = requireOption(values.csv, 'csv', USAGE);
    const yName = requireOption(values.y, 'y', USAGE).trim();
    const xNames = parseColumnList(requireOption(values.x, 'x', USAGE), yName);
    const l2 = values.l2 === undefined ? 0 : Number(values.l2);
    if (!(Number.isFinite(l2) && l2 >= 0))
      throw new InputError(`--l2 must be a number ≥ 0, got "${values.l2}"\nusage: ${USAGE}`, 'usage');
    if (values.kernel !== 'wasm' && values.kernel !== 'ts') {
      throw new InputError(
        `--kernel must be "wasm" or "ts", got "${values.kernel}"\nusage: ${USAGE}`,
        'usage',
      );
    }

    const data = readNumericCsv(file, [yName, ...xNames]);
    const [y, ...columns] = data.values;
    checkOutcome(file, yName, y, data.lines);
    const kernel = values.kernel === 'wasm' ? await wasmOrTs(io) : tsLogitKernel;
    const result = fitLogit(columns, y, { names: xNames, labelName: yName, l2, kernel });
    const json = toJson(result, y);
    if (values.json) printJson(io, json);
    else io.out(formatTable(result, json, file, yName));
    return 0;
  },
};

function parseColumnList(text: string, yName: string): string[] {
  const names = text.split(',').map((s) => s.trim());
  if (names.some((s) => s === ''))
    throw new InputError(`--x has an empty column name in "${text}"\nusage: ${USAGE}`, 'usage');
  const seen = new Set<string>();
  for (const name of names) {
    if (name === yName)
      throw new InputError(`"${name}" is both the outcome (--y) and a predictor (--x)`, 'usage');
    if (seen.has(name)) throw new InputError(`"${name}" is listed twice in --x`, 'usage');
    seen.add(name);
  }
  return names;
}

/** The outcome must be 0/1; say where it is not, with the file line. */
function checkOutcome(file: string, yName: string, y: Float64Array, lines: Uint32Array): void {
  for (let i = 0; i < y.length; i++) {
    if (y[i] !== 0 && y[i] !== 1) {
      throw new InputError(
        `${file}: the outcome "${yName}" is ${y[i]} at row ${i + 1} (line ${lines[i]}); it must be 0 or 1`,
        'bad-label',
      );
    }
  }
}

export function toJson(result: LogitResult, y: ArrayLike<number>): LogitJson {
  return {
    n: result.n,
    coefficients: result.coefficients.map((c) => ({
      name: c.name,
      estimate: finite(c.estimate),
      std_error: finite(c.stdError),
      z: finite(c.z),
      p: finite(c.p),
    })),
    log_likelihood: finite(result.logLikelihood),
    ll_null: finite(result.llNull),
    aic: finite(result.aic),
    bic: finite(result.bic),
    mcfadden_r2: finite(result.mcfaddenR2),
    auc: finite(auc(result.fitted, y)),
    converged: result.converged,
    warnings: result.warnings,
  };
}

function num(v: number | null, digits = 4): string {
  if (v === null) return '—';
  if (v !== 0 && (Math.abs(v) < 1e-4 || Math.abs(v) >= 1e6)) return v.toExponential(digits - 1);
  return v.toFixed(digits);
}

function pValue(p: number | null): string {
  if (p === null) return '—';
  return p < 1e-4 ? (p === 0 ? '<1e-300' : p.toExponential(1)) : p.toFixed(4);
}

function formatTable(result: LogitResult, json: LogitJson, file: string, yName: string): string {
  const header = ['', 'estimate', 'std_error', 'z', 'p', '[0.025', '0.975]'];
  const rows = result.coefficients.map((c, j) => {
    const jc = json.coefficients[j];
    return [
      c.name,
      num(jc.estimate),
      num(jc.std_error),
      num(jc.z, 3),
      pValue(jc.p),
      num(finite(c.ciLower)),
      num(finite(c.ciUpper)),
    ];
  });
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]): string =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  const out = [
    `Logistic regression of ${yName} on ${result.coefficients.length - 1} variable(s) + intercept — ${file}`,
    `n = ${result.n}, ${yName} = 1 in ${result.events} rows`,
    '',
    line(header),
    ...rows.map(line),
    '',
    `log-likelihood ${num(json.log_likelihood)}   null ${num(json.ll_null)}   McFadden R² ${num(json.mcfadden_r2)}`,
    `AIC ${num(json.aic)}   BIC ${num(json.bic)}   AUC (in-sample) ${num(json.auc)}`,
    `converged: ${result.converged ? 'yes' : 'NO'} (${result.iterations} iterations, ${result.kernel} kernel)`,
  ];
  if (result.warnings.length) out.push('', 'warnings:', ...result.warnings.map((w) => `  - ${w}`));
  return out.join('\n') + '\n';
}
