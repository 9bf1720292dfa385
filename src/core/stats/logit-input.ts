/**
 * Input checks of a logistic-regression fit, done before any iteration so that bad data gives one clear
 * message (which variable, which row, what to do) instead of NaN estimates or a singular-matrix failure:
 * length mismatches, missing / infinite values, labels other than 0/1, a single outcome class, too few rows for
 * the parameters, constant columns. Also the column means and (population) standard deviations used to
 * standardise the design internally.
 * Perfect collinearity is detected later, on the standardised cross-products (logit.ts), where it is cheap.
 */
import { CodedInputError } from '../coded-error.ts';
import { InputError } from '../errors.ts';

export interface LogitInputSummary {
  n: number;
  /** Rows with y = 1. */
  events: number;
  means: Float64Array;
  /** Population standard deviations (divisor n). */
  sds: Float64Array;
}

export function describeValue(v: number): string {
  return Number.isNaN(v) ? 'a missing value (NaN)' : `an infinite value (${v})`;
}

export function checkLogitInput(
  columns: readonly ArrayLike<number>[],
  labels: ArrayLike<number>,
  names: readonly string[],
  labelName: string,
): LogitInputSummary {
  const n = labels.length;
  const p = columns.length;
  if (names.length !== p) throw new InputError(`${names.length} names given for ${p} variables`, 'bad-names');
  columns.forEach((c, j) => {
    if (c.length !== n) {
      throw new InputError(
        `"${names[j]}" has ${c.length} values but the outcome "${labelName}" has ${n}`,
        'length-mismatch',
      );
    }
  });
  let events = 0;
  for (let i = 0; i < n; i++) {
    const y = labels[i];
    if (y !== 0 && y !== 1) {
      const what = Number.isFinite(y) ? `the value ${y}` : describeValue(y);
      throw new InputError(
        `the outcome "${labelName}" has ${what} at row ${i + 1}; it must be 0 or 1 (recode it, or drop rows without an outcome)`,
        'bad-label',
      );
    }
    events += y;
  }
  const means = new Float64Array(p);
  const sds = new Float64Array(p);
  const constant: string[] = [];
  const constantNames: string[] = [];
  for (let j = 0; j < p; j++) {
    const c = columns[j];
    // One pass: sums shifted by the first value (accurate unless that value is an extreme outlier), extremes,
    // finiteness. The mean and sd only choose the internal parametrisation (mapped back exactly), so they need
    // not be exact; a second, two-pass computation is done only if the shifted sums cancel.
    const shift = n > 0 ? c[0] : 0;
    let s1 = 0;
    let s2 = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < n; i++) {
      const v = c[i];
      if (!Number.isFinite(v)) {
        throw new CodedInputError(
          `"${names[j]}" has ${describeValue(v)} at row ${i + 1}; drop or impute such rows before fitting`,
          'non-finite',
          { variable: names[j], row: i + 1 },
        );
      }
      const d = v - shift;
      s1 += d;
      s2 += d * d;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    means[j] = shift + s1 / n;
    let variance = (s2 - (s1 * s1) / n) / n;
    if (!(variance > 1e-12 * (s2 / n)) && min !== max) variance = twoPassVariance(c, n);
    sds[j] = Math.sqrt(Math.max(0, variance));
    if (n > 0 && min === max) {
      constant.push(`"${names[j]}" (always ${min})`);
      constantNames.push(names[j]);
    }
  }
  if (n === 0) throw new InputError('no rows to fit', 'too-few-rows');
  if (events === 0 || events === n) {
    throw new CodedInputError(
      `all ${n} rows have ${labelName} = ${events === 0 ? 0 : 1}; a logistic regression needs both outcomes (0 and 1) in the data`,
      'single-class',
      { n, value: events === 0 ? 0 : 1 },
    );
  }
  if (n <= p + 1) {
    throw new CodedInputError(
      `${n} rows for ${p + 1} parameters (intercept + ${p} variables); a fit needs more rows than parameters (and in practice ` +
        'at least 10 events per variable): add rows or remove variables',
      'too-few-rows',
      { n, parameters: p + 1 },
    );
  }
  if (constant.length) {
    throw new CodedInputError(
      `${constant.length === 1 ? 'variable' : 'variables'} ${constant.join(', ')} ${constant.length === 1 ? 'is' : 'are'} ` +
        `constant: ${constant.length === 1 ? 'it carries' : 'they carry'} no information and duplicate${constant.length === 1 ? 's' : ''} ` +
        `the intercept; remove ${constant.length === 1 ? 'it' : 'them'} from the model`,
      'constant-column',
      { variables: constantNames.join(', ') },
    );
  }
  return { n, events, means, sds };
}

function twoPassVariance(c: ArrayLike<number>, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += c[i];
  const m = s / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (c[i] - m) * (c[i] - m);
  return ss / n;
}
