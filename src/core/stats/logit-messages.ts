/**
 * The sentences a logistic-regression fit says to the user when the data do not allow a clean fit: which
 * variable is a linear combination of which (perfect collinearity, an InputError), and which coefficient was
 * still moving when the iterations stopped (non-convergence, a warning). They name variables and say what to do.
 */
import { CodedInputError } from '../coded-error.ts';
import type { Dependence } from './linalg.ts';

function quoteList(items: string[]): string {
  const q = items.map((s) => `"${s}"`);
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
}

/** Column 0 of the design matrix is the intercept; `names` lists the variables from column 1. */
function columnName(col: number, names: readonly string[]): string {
  return col === 0 ? 'the constant term' : (names[col - 1] ?? `column ${col}`);
}

export function collinearityError(d: Dependence, names: readonly string[]): CodedInputError {
  if (d.index === 0) {
    // Only when the variables are so large that the intercept is lost at rounding level (values near 1e308).
    return new CodedInputError(
      'the constant term cannot be estimated next to these variables: their values are so large (or so alike) that the intercept is lost at rounding level; rescale the variables (e.g. divide by a power of 10) and fit again',
      'intercept-lost',
      {},
    );
  }
  const name = columnName(d.index, names);
  const largest = Math.max(0, ...d.coefficients.map(Math.abs));
  const basis = d.basis
    .map((col, m) => ({ col, c: d.coefficients[m] }))
    .filter(({ col, c }) => col > 0 && Math.abs(c) > 1e-6 * largest)
    .map(({ col }) => columnName(col, names));
  if (basis.length === 0) {
    return new CodedInputError(
      `"${name}" is almost constant (its variation is at rounding level); remove it from the model`,
      'almost-constant',
      { variable: name },
    );
  }
  const r2 = d.residualShare > 0 ? `R² = 1 − ${d.residualShare.toExponential(1)}` : 'R² = 1';
  return new CodedInputError(
    `"${name}" is a linear combination of ${quoteList(basis)} (perfect collinearity, ${r2}): their separate effects ` +
      `cannot be estimated; remove "${name}" or one of ${quoteList(basis)}`,
    'collinear',
    { variable: name, basis: basis.join(', ') },
  );
}

export function nonConvergenceMessage(
  trouble: 'singular' | 'stalled' | null,
  iterations: number,
  lastChange: Float64Array,
  names: readonly string[],
): { message: string; variable: string } {
  let worst = 1;
  for (let j = 1; j < lastChange.length; j++)
    if (Math.abs(lastChange[j]) > Math.abs(lastChange[worst])) worst = j;
  const who =
    lastChange.length > 1 ? ` (the coefficient of "${names[worst - 1]}" was still changing most)` : '';
  const why =
    trouble === 'singular'
      ? `the information matrix became singular after ${iterations} iterations`
      : trouble === 'stalled'
        ? `no step improved the likelihood after ${iterations} iterations`
        : `the fit did not converge in ${iterations} iterations`;
  return {
    message: `${why}${who}; the estimates may be unreliable: check that variable for extreme or nearly collinear values, or refit with an L2 penalty`,
    variable: lastChange.length > 1 ? names[worst - 1] : '',
  };
}
