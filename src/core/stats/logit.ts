/**
 * Logistic regression by Newton's method (= IRLS for the canonical logit link), the model behind the export
 * continuity index (docs/continuity-method.md#5-model). Reports what statsmodels' Logit reports — estimates, standard
 * errors, z, p, confidence intervals, log-likelihood, null log-likelihood, McFadden R², AIC, BIC, LR-test p,
 * iterations, convergence — and is tested against it (tests/fixtures/logit/).
 *
 * How, and why:
 * - The design is standardised internally (z = (x − mean)/sd, plus an intercept column of ones) so that XᵀWX is
 *   well conditioned whatever the units (sales in KRW ~1e9 next to margins ~0.05); estimates and the covariance
 *   are mapped back to the original scale exactly (β_j = b_j/s_j, β₀ = b₀ − Σ b_j m_j/s_j, Cov = A C Aᵀ).
 * - The heavy pass (XᵀWX, Xᵀ(y − p), log-likelihood) is delegated to a LogitKernel: the TypeScript twin by
 *   default, the WebAssembly kernel when the caller passes it. The driver itself is O(k³) per iteration.
 * - Start at the intercept-only optimum (b₀ = logit ȳ, slopes 0). There every weight is ȳ(1 − ȳ), so the first
 *   Hessian is a multiple of ZᵀZ: a sequential Cholesky of it names a column that is a linear combination of
 *   others (perfect collinearity) before any iteration, for free.
 * - Newton steps solved by Cholesky, halved when the (penalised) log-likelihood would decrease; converged when
 *   the largest change of a standardised coefficient is below `tol` (quadratic convergence: the estimates are
 *   then accurate to about tol²).
 * - Optional L2 penalty (λ/2)·Σ b_j² on the standardised slopes (not the intercept), i.e. on −ℓ summed over rows.
 * - Separation: when the iterates keep running away, the direction is checked on the data (separation.ts); the
 *   separating variables are named, their estimates reported as NaN (null in JSON) instead of huge numbers.
 *   Complete separation: no estimate exists at all. Quasi-complete: the other coefficients converge (to the fit
 *   without the perfectly predicted rows, the convention Stata follows) and are reported with their SEs.
 */
import { InputError } from '../errors.ts';
import { chiSquareSf } from './distributions.ts';
import { cholesky, choleskySolve, findDependentColumns } from './linalg.ts';
import type { LogitKernel, LogitProblem } from './logit-kernel.ts';
import { tsLogitKernel } from './logit-kernel-ts.ts';
import { checkLogitInput } from './logit-input.ts';
import { collinearityError, nonConvergenceMessage } from './logit-messages.ts';
import { buildCoefficients, originalScale } from './logit-scale.ts';
import { diagnoseSeparation, type SeparationFinding } from './separation.ts';
import { fitNote, type FitNote } from './fit-notes.ts';

export type { SeparationFinding } from './separation.ts';

export interface LogitOptions {
  /** Predictor names, for results and messages (default x1, x2, …). */
  names?: readonly string[];
  /** Outcome name, for messages (default 'y'). */
  labelName?: string;
  /** L2 penalty λ ≥ 0 on the standardised slopes (default 0: plain maximum likelihood). */
  l2?: number;
  /** Maximum Newton iterations (default 50). */
  maxIter?: number;
  /** Convergence: largest change of a standardised coefficient (default 1e-8). */
  tol?: number;
  /** Confidence level of the intervals (default 0.95). */
  confidence?: number;
  /** Kernel for the heavy pass (default: the TypeScript twin). */
  kernel?: LogitKernel;
}

export interface LogitCoefficient {
  /** 'const' for the intercept, else the predictor's name. */
  name: string;
  /** NaN when the estimate does not exist (separation). */
  estimate: number;
  stdError: number;
  z: number;
  p: number;
  ciLower: number;
  ciUpper: number;
}

export interface LogitResult {
  n: number;
  /** Rows with y = 1. */
  events: number;
  coefficients: LogitCoefficient[];
  /** Covariance of the estimates on the original scale, k×k row-major (k = predictors + 1). */
  covariance: Float64Array;
  logLikelihood: number;
  llNull: number;
  /** 1 − ℓ/ℓ₀. */
  mcfaddenR2: number;
  /** −2ℓ + 2k. */
  aic: number;
  /** −2ℓ + k ln n. */
  bic: number;
  /** Likelihood-ratio test of all slopes = 0: chi-square on k − 1 df. */
  llrPValue: number;
  iterations: number;
  converged: boolean;
  separation: SeparationFinding | null;
  /** Sentences for the user (separation, non-convergence, few events, penalty). */
  warnings: string[];
  /** The same warnings with their message codes and parameters (for the app's dictionaries). */
  notes: FitNote[];
  /** Fitted probabilities of the rows, in input order. */
  fitted: Float64Array;
  l2: number;
  /** Kernel used ('ts' or 'wasm'). */
  kernel: string;
}

/** Residual share (1 − R² on the earlier columns) below which a column is called a linear combination. */
const COLLINEAR_TOL = 1e-10;
/** Start looking for separation after this many iterations (a regular fit has usually converged by then). */
const SEPARATION_CHECK_FROM = 6;
/** Iterations over which the runaway direction is measured. */
const SEPARATION_SPAN = 3;

export function fitLogit(
  columns: readonly ArrayLike<number>[],
  labels: ArrayLike<number>,
  options: LogitOptions = {},
): LogitResult {
  const p = columns.length;
  const names = options.names ?? columns.map((_, j) => `x${j + 1}`);
  const labelName = options.labelName ?? 'y';
  const l2 = options.l2 ?? 0;
  const maxIter = options.maxIter ?? 50;
  const tol = options.tol ?? 1e-8;
  const confidence = options.confidence ?? 0.95;
  if (!(l2 >= 0 && Number.isFinite(l2)))
    throw new InputError(`the L2 penalty must be a finite number ≥ 0, got ${l2}`, 'usage');
  if (!(confidence > 0 && confidence < 1))
    throw new InputError(`confidence must be in (0, 1), got ${confidence}`, 'usage');
  const { n, events, means, sds } = checkLogitInput(columns, labels, names, labelName);
  const kernel = options.kernel ?? tsLogitKernel;
  const problem = kernel.create(n, p + 1);
  try {
    fillDesign(problem, columns, labels, means, sds);
    return newton(problem, {
      columns,
      labels,
      names,
      labelName,
      l2,
      maxIter,
      tol,
      confidence,
      n,
      events,
      means,
      sds,
      kernel: kernel.name,
    });
  } finally {
    problem.dispose();
  }
}

/** Fitted probabilities for new rows (original-scale columns) from a fit; NaN where an estimate is missing. */
export function predictLogit(result: LogitResult, columns: readonly ArrayLike<number>[]): Float64Array {
  const beta = result.coefficients.map((c) => c.estimate);
  if (columns.length !== beta.length - 1)
    throw new InputError(`expected ${beta.length - 1} columns, got ${columns.length}`);
  const n = columns.length ? columns[0].length : 0;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let eta = beta[0];
    for (let j = 0; j < columns.length; j++) eta += beta[j + 1] * columns[j][i];
    out[i] = 1 / (1 + Math.exp(-eta));
  }
  return out;
}

function fillDesign(
  problem: LogitProblem,
  columns: readonly ArrayLike<number>[],
  labels: ArrayLike<number>,
  means: Float64Array,
  sds: Float64Array,
): void {
  const n = problem.n;
  problem.column(0).fill(1);
  for (let j = 0; j < columns.length; j++) {
    const target = problem.column(j + 1);
    const source = columns[j];
    const m = means[j];
    const inv = 1 / sds[j];
    for (let i = 0; i < n; i++) target[i] = (source[i] - m) * inv;
  }
  const y = problem.labels();
  for (let i = 0; i < n; i++) y[i] = labels[i];
}

interface FitContext {
  columns: readonly ArrayLike<number>[];
  labels: ArrayLike<number>;
  names: readonly string[];
  labelName: string;
  l2: number;
  maxIter: number;
  tol: number;
  confidence: number;
  n: number;
  events: number;
  means: Float64Array;
  sds: Float64Array;
  kernel: string;
}

function newton(problem: LogitProblem, ctx: FitContext): LogitResult {
  const { n, events, l2, maxIter, tol } = ctx;
  const k = problem.k;
  const ybar = events / n;
  const llNull = events * Math.log(ybar) + (n - events) * Math.log1p(-ybar);
  const beta = new Float64Array(k);
  beta[0] = Math.log(ybar / (1 - ybar));
  let hessian = new Float64Array(k * k);
  let gradient = new Float64Array(k);
  let ll = problem.evaluate(beta, { hessian, gradient });

  const dependence = findDependentColumns(hessian, k, COLLINEAR_TOL).dependent;
  if (dependence.length) throw collinearityError(dependence[0], ctx.names);

  const penalty = (b: Float64Array): number => {
    let s = 0;
    for (let j = 1; j < k; j++) s += b[j] * b[j];
    return 0.5 * l2 * s;
  };
  let objective = ll - penalty(beta);
  const history: Float64Array[] = [beta.slice()];
  const candidate = new Float64Array(k);
  let nextHessian = new Float64Array(k * k);
  let nextGradient = new Float64Array(k);
  let converged = false;
  let iterations = 0;
  let trouble: 'singular' | 'stalled' | null = null;
  let separation: SeparationFinding | null = null;
  const lastChange = new Float64Array(k);

  for (let iter = 1; iter <= maxIter; iter++) {
    const a = hessian.slice();
    const b = gradient.slice();
    if (l2 > 0) {
      for (let j = 1; j < k; j++) {
        a[j * k + j] += l2;
        b[j] -= l2 * beta[j];
      }
    }
    if (cholesky(a, k) >= 0) {
      trouble = 'singular';
      break;
    }
    const delta = choleskySolve(a, k, b);
    let step = 1;
    let accepted = false;
    let llCandidate = ll;
    let objectiveCandidate = objective;
    for (let halving = 0; halving < 40; halving++) {
      for (let j = 0; j < k; j++) candidate[j] = beta[j] + step * delta[j];
      llCandidate = problem.evaluate(candidate, { hessian: nextHessian, gradient: nextGradient });
      objectiveCandidate = llCandidate - penalty(candidate);
      if (objectiveCandidate >= objective - 1e-12 * (1 + Math.abs(objective))) {
        accepted = true;
        break;
      }
      step /= 2;
    }
    if (!accepted) {
      trouble = 'stalled';
      break;
    }
    const llBefore = ll;
    let maxChange = 0;
    for (let j = 0; j < k; j++) {
      lastChange[j] = candidate[j] - beta[j];
      maxChange = Math.max(maxChange, Math.abs(lastChange[j]));
    }
    beta.set(candidate);
    ll = llCandidate;
    objective = objectiveCandidate;
    [hessian, nextHessian] = [nextHessian, hessian];
    [gradient, nextGradient] = [nextGradient, gradient];
    iterations = iter;
    history.push(beta.slice());
    if (maxChange < tol) {
      converged = true;
      break;
    }
    if (l2 === 0 && !separation && iter >= SEPARATION_CHECK_FROM && maxChange > 1e-3) {
      separation = findSeparation(history, ctx);
      if (separation?.kind === 'complete') break;
    }
    // Quasi-complete: go on until the other coefficients and the log-likelihood have reached their limit (the
    // perfectly predicted rows' share of ℓ shrinks by about e⁻¹ per step).
    if (
      separation &&
      settled(lastChange, beta, separation, tol) &&
      Math.abs(ll - llBefore) < 1e-9 * (1 + Math.abs(ll))
    )
      break;
  }
  if (!converged && !separation && l2 === 0 && history.length > 1) separation = findSeparation(history, ctx);
  if (separation) converged = false;

  const fitted = new Float64Array(n);
  problem.probabilities(beta, fitted);
  const notes: FitNote[] = [];
  if (separation)
    notes.push(
      fitNote(
        `separation-${separation.kind}`,
        { variables: separation.variables.join(', '), rows: separation.perfectlyPredicted, n },
        separation.message,
      ),
    );
  else if (!converged) {
    const m = nonConvergenceMessage(trouble, iterations, lastChange, ctx.names);
    notes.push(fitNote('non-convergence', { iterations, variable: m.variable }, m.message));
  }
  const smaller = Math.min(events, n - events);
  if (k > 1 && smaller < 10 * (k - 1)) {
    notes.push(
      fitNote(
        'few-events',
        { smaller, variables: k - 1 },
        `only ${smaller} rows in the smaller outcome class for ${k - 1} variable${k > 2 ? 's' : ''} (fewer than 10 per ` +
          'variable): estimates may be unstable; consider fewer variables',
      ),
    );
  }
  if (l2 > 0) {
    notes.push(
      fitNote(
        'l2-penalty',
        { l2 },
        `L2 penalty ${l2} on the standardised slopes: estimates are shrunk toward 0, and standard errors, z and p come ` +
          'from the penalised Hessian (approximate)',
      ),
    );
  }
  const warnings = notes.map((w) => w.message);
  const { estimates, covariance } = originalScale(beta, hessian, lastChange, separation, ctx);
  const coefficients = buildCoefficients(estimates, covariance, ctx.names, ctx.confidence);
  // Under complete separation the likelihood has no maximum (its supremum 0 is never reached): no fit statistics.
  if (separation?.kind === 'complete') ll = NaN;
  const llr = 2 * (ll - llNull);
  return {
    n,
    events,
    coefficients,
    covariance,
    logLikelihood: ll,
    llNull,
    mcfaddenR2: 1 - ll / llNull,
    aic: -2 * ll + 2 * k,
    bic: -2 * ll + k * Math.log(n),
    llrPValue: k > 1 ? chiSquareSf(Math.max(0, llr), k - 1) : NaN,
    iterations,
    converged,
    separation,
    warnings,
    notes,
    fitted,
    l2,
    kernel: ctx.kernel,
  };
}

function findSeparation(history: Float64Array[], ctx: FitContext): SeparationFinding | null {
  const last = history[history.length - 1];
  const earlier = history[Math.max(0, history.length - 1 - SEPARATION_SPAN)];
  const change = new Float64Array(last.length - 1);
  for (let j = 1; j < last.length; j++) change[j - 1] = last[j] - earlier[j];
  return diagnoseSeparation(change, ctx.sds, ctx.columns, ctx.labels, ctx.names, ctx.labelName);
}

/** In quasi-complete separation: have the coefficients of the non-separating variables stopped moving? */
function settled(
  change: Float64Array,
  beta: Float64Array,
  separation: SeparationFinding,
  tol: number,
): boolean {
  for (let j = 1; j < beta.length; j++) {
    if (separation.indices.includes(j - 1)) continue;
    if (Math.abs(change[j]) >= tol * Math.max(1, Math.abs(beta[j]))) return false;
  }
  return true;
}
