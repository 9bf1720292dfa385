/**
 * Detection of perfect (complete) and quasi-complete separation in a logistic regression: a linear combination
 * of some variables that puts every row with y = 1 on one side of a threshold and every row with y = 0 on the
 * other (complete), or does so with ties on the threshold (quasi-complete). The maximum-likelihood estimate
 * then does not exist: Newton's method keeps increasing those coefficients without bound (Albert & Anderson
 * 1984, Biometrika 71:1; the reason statsmodels prints huge coefficients or fails with a singular matrix).
 *
 * Method: the fit passes the direction in which its iterates keep moving (the change of the standardised slopes
 * over the last few Newton steps). The variables that dominate that direction are the candidates; the finding
 * is then *verified on the data*: with u = Σ v_j x_j over the candidates, separation holds exactly when
 * max(u | y = 0) ≤ min(u | y = 1). So a reported separation is a fact about the data, never a guess; a failed
 * check means the fit is merely slow or ill-conditioned, which the caller reports as non-convergence.
 */

export interface SeparationFinding {
  kind: 'complete' | 'quasi-complete';
  /** Indices (0-based, into the predictor columns, intercept excluded) of the separating variables. */
  indices: number[];
  /** Their names. */
  variables: string[];
  /** |runaway change| of each separating variable's standardised slope (the largest is the main culprit). */
  strength: number[];
  /** Rows whose outcome the separating combination predicts with certainty. */
  perfectlyPredicted: number;
  /** A sentence for the user: what separates what, and what to do. */
  message: string;
}

/** Share of the dominant standardised change below which a variable is not counted as a culprit. */
const CULPRIT_SHARE = 0.02;
/** Relative tolerance (of the range of u) for ties on the separating threshold. */
const TIE_TOL = 1e-7;

/**
 * @param change  change of the standardised slopes over recent iterations (length p, intercept excluded)
 * @param sds     standard deviations of the predictors (to go back to original units)
 */
export function diagnoseSeparation(
  change: ArrayLike<number>,
  sds: ArrayLike<number>,
  columns: readonly ArrayLike<number>[],
  labels: ArrayLike<number>,
  names: readonly string[],
  labelName: string,
): SeparationFinding | null {
  const p = change.length;
  let largest = 0;
  for (let j = 0; j < p; j++) largest = Math.max(largest, Math.abs(change[j]));
  if (!(largest > 0)) return null;
  const dominant = Array.from({ length: p }, (_, j) => j).filter(
    (j) => Math.abs(change[j]) >= CULPRIT_SHARE * largest,
  );
  const all = Array.from({ length: p }, (_, j) => j).filter((j) => change[j] !== 0);
  for (const set of dominant.length < all.length ? [dominant, all] : [all]) {
    const v = set.map((j) => change[j] / sds[j]);
    for (const sign of [1, -1]) {
      const finding = check(
        set,
        v.map((x) => sign * x),
        columns,
        labels,
        names,
        labelName,
      );
      if (finding) return { ...finding, strength: set.map((j) => Math.abs(change[j])) };
    }
  }
  return null;
}

function check(
  set: number[],
  v: number[],
  columns: readonly ArrayLike<number>[],
  labels: ArrayLike<number>,
  names: readonly string[],
  labelName: string,
): Omit<SeparationFinding, 'strength'> | null {
  const n = labels.length;
  const u = new Float64Array(n);
  set.forEach((j, m) => {
    const c = columns[j];
    const vj = v[m];
    for (let i = 0; i < n; i++) u[i] += vj * c[i];
  });
  let max0 = -Infinity;
  let min1 = Infinity;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    if (labels[i] === 1) min1 = Math.min(min1, u[i]);
    else max0 = Math.max(max0, u[i]);
    lo = Math.min(lo, u[i]);
    hi = Math.max(hi, u[i]);
  }
  const tol = TIE_TOL * (hi - lo);
  if (!(hi > lo) || max0 > min1 + tol) return null;
  const complete = max0 < min1 - tol;
  let perfectlyPredicted = 0;
  for (let i = 0; i < n; i++) {
    if (labels[i] === 1 ? u[i] > max0 + tol : u[i] < min1 - tol) perfectlyPredicted++;
  }
  if (complete) perfectlyPredicted = n;
  if (perfectlyPredicted === 0) return null;
  const variables = set.map((j) => names[j]);
  const kind = complete ? 'complete' : 'quasi-complete';
  return {
    kind,
    indices: set,
    variables,
    perfectlyPredicted,
    message: describe(kind, set, v, columns, labels, names, labelName, perfectlyPredicted, n),
  };
}

function fmt(x: number): string {
  return String(Number(x.toPrecision(6)));
}

function quoteList(items: string[]): string {
  const q = items.map((s) => `"${s}"`);
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
}

function describe(
  kind: SeparationFinding['kind'],
  set: number[],
  v: number[],
  columns: readonly ArrayLike<number>[],
  labels: ArrayLike<number>,
  names: readonly string[],
  y: string,
  perfectlyPredicted: number,
  n: number,
): string {
  const remedy =
    set.length === 1
      ? `remove "${names[set[0]]}" (or merge its categories), or refit with an L2 penalty`
      : 'remove one of them, or refit with an L2 penalty';
  if (set.length > 1) {
    const who = `${quoteList(set.map((j) => names[j]))} together`;
    return kind === 'complete'
      ? `complete separation: ${who} predict ${y} for every row (a weighted sum of them is above a threshold exactly ` +
          `when ${y} = 1), so the coefficients would be infinite and no estimates exist; ${remedy}`
      : `quasi-complete separation: ${who} predict ${y} perfectly for ${perfectlyPredicted} of ${n} rows, so their ` +
          `coefficients would be infinite and are reported as null; ${remedy}`;
  }
  // One variable: say where the threshold is, in its own units.
  const c = columns[set[0]];
  const name = names[set[0]];
  const rising = v[0] > 0; // y = 1 goes with large values
  let bound0 = rising ? -Infinity : Infinity; // the y = 0 extreme facing the y = 1 rows
  let bound1 = rising ? Infinity : -Infinity;
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] === 1) bound1 = rising ? Math.min(bound1, c[i]) : Math.max(bound1, c[i]);
    else bound0 = rising ? Math.max(bound0, c[i]) : Math.min(bound0, c[i]);
  }
  const [gt, lt] = rising ? ['>', '<'] : ['<', '>'];
  if (kind === 'complete') {
    return (
      `complete separation: "${name}" predicts ${y} for every row (${y} = 1 exactly when ${name} ${gt} ${fmt(bound0)}), ` +
      `so its coefficient would be infinite and no estimates exist; ${remedy}`
    );
  }
  let ones = 0;
  let zeros = 0;
  for (let i = 0; i < labels.length; i++) {
    if (rising ? c[i] > bound0 : c[i] < bound0) ones++;
    if (rising ? c[i] < bound1 : c[i] > bound1) zeros++;
  }
  const parts: string[] = [];
  if (ones) parts.push(`all ${ones} rows with ${name} ${gt} ${fmt(bound0)} have ${y} = 1`);
  if (zeros) parts.push(`all ${zeros} rows with ${name} ${lt} ${fmt(bound1)} have ${y} = 0`);
  return (
    `quasi-complete separation: "${name}" predicts ${y} perfectly for ${perfectlyPredicted} of ${n} rows ` +
    `(${parts.join('; ')}), so its coefficient would be infinite and is reported as null; ${remedy}`
  );
}
