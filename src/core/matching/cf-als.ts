/**
 * Implicit-feedback matrix factorisation by alternating least squares (Hu, Koren & Volinsky 2008, "Collaborative
 * Filtering for Implicit Feedback Datasets"). Each observed interaction r > 0 gives preference p = 1 with
 * confidence c = 1 + α·r (or 1 + α·ln(1 + r)); every unobserved pair has p = 0, c = 1. Minimises
 *
 *   Σ_{u,i} c_ui (p_ui − x_uᵀ y_i)² + λ (Σ‖x_u‖² + Σ‖y_i‖²)
 *
 * by solving, for each exporter u with Y fixed,  (YᵀY + Yᵀ(C_u − I)Y + λI) x_u = Yᵀ C_u p_u, where YᵀY is shared
 * and only u's own interactions add terms; then the same for buyers with X fixed. Two solvers:
 *   'cg' (default)  a few conjugate-gradient steps per party, warm-started from its previous factors (Takács,
 *                   Pilászy & Tikk 2011, "Applications of the conjugate gradient method for implicit feedback
 *                   collaborative filtering"; the method of the `implicit` library's use_cg). The matrix is never
 *                   formed: A·p = (YᵀY + λI)·p + Σ_i (c_ui − 1)(y_i·p) y_i, so a sweep costs O(steps·(nnz·f + n·f²)).
 *   'cholesky'      the exact solve (A formed, Cholesky, f × f): O(nnz·f² + n·f³) per sweep. Kept as the reference
 *                   the benchmark and the tests compare CG with.
 * Each CG step minimises the party's quadratic along a conjugate direction, so the objective still never increases.
 * A party with no interaction gets the zero vector without any work (its CF score is 0 and blend.ts gives it
 * α = 0). Factors start from a seeded N(0, 0.01²) (src/core/random.ts): same seed, same model.
 *
 * Written here rather than taken from a library: it is the product's core, must run in the browser on typed arrays
 * without a native/BLAS dependency, and must be reproducible from a seed; the whole method is ~150 lines.
 */
import { InputError } from '../errors.ts';
import { createRng } from '../random.ts';
import type { CollaborativeModel } from './cf.ts';
import { checkIndex, outBuffer } from './cf.ts';
import type { InteractionMatrix, SparseMatrix } from './cf-interactions.ts';

export interface AlsOptions {
  /** Latent factors f (default 32). */
  readonly factors?: number;
  /** λ (default 0.1). */
  readonly regularization?: number;
  /** α in the confidence (default 10). */
  readonly alpha?: number;
  /** Sweeps (each = exporters then buyers; default 15). */
  readonly iterations?: number;
  /** 'linear': c = 1 + α r (default); 'log': c = 1 + α ln(1 + r). */
  readonly confidence?: 'linear' | 'log';
  readonly seed?: number;
  /** Record the objective after each sweep in `loss` (costs O(nnz·f + (n+m)·f²) per sweep). */
  readonly trackLoss?: boolean;
  /** 'cg' (default): conjugate-gradient steps from the previous factors; 'cholesky': the exact solve. */
  readonly solver?: AlsSolver;
  /** CG steps per party and half-sweep (default 3, as `implicit`). */
  readonly cgSteps?: number;
  /** Where the CG sweeps run (wasm/als-kernel.ts: SIMD, single precision); default: TypeScript, double. */
  readonly kernel?: AlsCgKernel;
}

/** One CG fit handed to a kernel: factors x (nRows × f) and y (nCols × f) are updated in place. */
export interface AlsCgProblem {
  readonly matrix: InteractionMatrix;
  readonly factors: number;
  readonly regularization: number;
  readonly cgSteps: number;
  readonly iterations: number;
  /** c per stored entry of matrix.byRow / matrix.byCol. */
  readonly rowConfidence: Float64Array;
  readonly colConfidence: Float64Array;
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** Called after each sweep with x and y up to date (the loss is tracked there). */
  readonly afterSweep?: () => void;
}

/** Runs the CG sweeps of a fit; the TypeScript one below is the reference for any faster twin. */
export interface AlsCgKernel {
  readonly name: string;
  fit(problem: AlsCgProblem): void;
}

export const tsAlsCgKernel: AlsCgKernel = {
  name: 'ts',
  fit(p) {
    const { matrix: m, factors: f } = p;
    for (let it = 0; it < p.iterations; it++) {
      solveSideCg(p.x, p.y, m.nCols, m.byRow, p.rowConfidence, f, p.regularization, p.cgSteps);
      solveSideCg(p.y, p.x, m.nRows, m.byCol, p.colConfidence, f, p.regularization, p.cgSteps);
      p.afterSweep?.();
    }
  },
};

export type AlsSolver = 'cg' | 'cholesky';

export interface AlsModel extends CollaborativeModel {
  readonly kind: 'als';
  readonly factors: number;
  /** Exporter factors, row-major nRows × f. */
  readonly rowFactors: Float64Array;
  /** Buyer factors, row-major nCols × f. */
  readonly colFactors: Float64Array;
  /** Objective after each sweep (empty unless trackLoss). */
  readonly loss: readonly number[];
}

function checkOptions(
  o: AlsOptions,
): Required<Omit<AlsOptions, 'trackLoss' | 'kernel'>> & { trackLoss: boolean } {
  const factors = o.factors ?? 32;
  const regularization = o.regularization ?? 0.1;
  const alpha = o.alpha ?? 10;
  const iterations = o.iterations ?? 15;
  if (!Number.isInteger(factors) || factors < 1 || factors > 512) {
    throw new InputError(
      `ALS factors must be an integer in 1..512, got ${String(factors)}.`,
      'bad-parameter',
    );
  }
  if (!(regularization > 0) || !Number.isFinite(regularization)) {
    throw new InputError(`ALS regularization must be > 0, got ${String(regularization)}.`, 'bad-parameter');
  }
  if (!(alpha >= 0) || !Number.isFinite(alpha)) {
    throw new InputError(`ALS alpha must be ≥ 0, got ${String(alpha)}.`, 'bad-parameter');
  }
  if (!Number.isInteger(iterations) || iterations < 0) {
    throw new InputError(
      `ALS iterations must be an integer ≥ 0, got ${String(iterations)}.`,
      'bad-parameter',
    );
  }
  const solver = o.solver ?? 'cg';
  if (solver !== 'cg' && solver !== 'cholesky') {
    throw new InputError(`ALS solver must be 'cg' or 'cholesky', got ${String(solver)}.`, 'bad-parameter');
  }
  const cgSteps = o.cgSteps ?? 3;
  if (!Number.isInteger(cgSteps) || cgSteps < 1 || cgSteps > 512) {
    throw new InputError(
      `ALS cgSteps must be an integer in 1..512, got ${String(cgSteps)}.`,
      'bad-parameter',
    );
  }
  return {
    solver,
    cgSteps,
    factors,
    regularization,
    alpha,
    iterations,
    confidence: o.confidence ?? 'linear',
    seed: o.seed ?? 0,
    trackLoss: o.trackLoss ?? false,
  };
}

/** Gram matrix BᵀB (f × f) of n row-major vectors. */
function gram(b: Float64Array, n: number, f: number, out: Float64Array): void {
  out.fill(0);
  for (let r = 0; r < n; r++) {
    const o = r * f;
    for (let i = 0; i < f; i++) {
      const bi = b[o + i];
      if (bi === 0) continue;
      for (let j = 0; j <= i; j++) out[i * f + j] += bi * b[o + j];
    }
  }
  for (let i = 0; i < f; i++) for (let j = 0; j < i; j++) out[j * f + i] = out[i * f + j];
}

/** Solves A x = b in place (A symmetric positive definite, f × f, destroyed; x written to b). */
export function choleskySolve(a: Float64Array, b: Float64Array, f: number): void {
  for (let j = 0; j < f; j++) {
    let d = a[j * f + j];
    for (let k = 0; k < j; k++) d -= a[j * f + k] * a[j * f + k];
    if (!(d > 0)) throw new Error('ALS: normal equations not positive definite (internal error).');
    const ljj = Math.sqrt(d);
    a[j * f + j] = ljj;
    for (let i = j + 1; i < f; i++) {
      let s = a[i * f + j];
      for (let k = 0; k < j; k++) s -= a[i * f + k] * a[j * f + k];
      a[i * f + j] = s / ljj;
    }
  }
  for (let i = 0; i < f; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= a[i * f + k] * b[k];
    b[i] = s / a[i * f + i];
  }
  for (let i = f - 1; i >= 0; i--) {
    let s = b[i];
    for (let k = i + 1; k < f; k++) s -= a[k * f + i] * b[k];
    b[i] = s / a[i * f + i];
  }
}

type Conf = (r: number) => number;

/** One half-sweep, exact: solve every target vector given the fixed side (Cholesky per party). */
function solveSideCholesky(
  target: Float64Array,
  fixed: Float64Array,
  nFixed: number,
  m: SparseMatrix,
  f: number,
  lambda: number,
  conf: Conf,
): void {
  const g = new Float64Array(f * f);
  gram(fixed, nFixed, f, g);
  for (let i = 0; i < f; i++) g[i * f + i] += lambda;
  const a = new Float64Array(f * f);
  const rhs = new Float64Array(f);
  for (let t = 0; t < m.nRows; t++) {
    const start = m.offsets[t];
    const end = m.offsets[t + 1];
    const o = t * f;
    if (start === end) {
      target.fill(0, o, o + f);
      continue;
    }
    a.set(g);
    rhs.fill(0);
    for (let p = start; p < end; p++) {
      const y = m.indices[p] * f;
      const c = conf(m.values[p]);
      const c1 = c - 1;
      for (let i = 0; i < f; i++) {
        const yi = fixed[y + i];
        rhs[i] += c * yi;
        if (c1 === 0 || yi === 0) continue;
        const cyi = c1 * yi;
        for (let j = 0; j <= i; j++) a[i * f + j] += cyi * fixed[y + j];
      }
    }
    // choleskySolve reads only the lower triangle.
    choleskySolve(a, rhs, f);
    for (let i = 0; i < f; i++) target[o + i] = rhs[i];
  }
}

/**
 * One half-sweep by conjugate gradient: for every target party with interactions, `steps` CG iterations on
 * A x = b from its current factors (A = G + Σ (c − 1) y yᵀ, G = YᵀY + λI, b = Σ c y), never forming A.
 * `conf` holds c per stored entry of `m` (computed once per fit).
 */
function solveSideCg(
  target: Float64Array,
  fixed: Float64Array,
  nFixed: number,
  m: SparseMatrix,
  conf: Float64Array,
  f: number,
  lambda: number,
  steps: number,
): void {
  const g = new Float64Array(f * f);
  gram(fixed, nFixed, f, g);
  for (let i = 0; i < f; i++) g[i * f + i] += lambda;
  const r = new Float64Array(f);
  const p = new Float64Array(f);
  const ap = new Float64Array(f);
  const { offsets, indices } = m;
  for (let t = 0; t < m.nRows; t++) {
    const start = offsets[t];
    const end = offsets[t + 1];
    const o = t * f;
    if (start === end) {
      target.fill(0, o, o + f);
      continue;
    }
    // r = b − A x
    for (let i = 0; i < f; i++) {
      let s = 0;
      const gi = i * f;
      for (let j = 0; j < f; j++) s += g[gi + j] * target[o + j];
      r[i] = -s;
    }
    for (let q = start; q < end; q++) {
      const y = indices[q] * f;
      const c = conf[q];
      let yx = 0;
      for (let i = 0; i < f; i++) yx += fixed[y + i] * target[o + i];
      const w = c - (c - 1) * yx;
      for (let i = 0; i < f; i++) r[i] += w * fixed[y + i];
    }
    let rs = 0;
    for (let i = 0; i < f; i++) {
      p[i] = r[i];
      rs += r[i] * r[i];
    }
    if (rs < 1e-20) continue;
    for (let step = 0; step < steps; step++) {
      // ap = A p
      for (let i = 0; i < f; i++) {
        let s = 0;
        const gi = i * f;
        for (let j = 0; j < f; j++) s += g[gi + j] * p[j];
        ap[i] = s;
      }
      for (let q = start; q < end; q++) {
        const y = indices[q] * f;
        const c1 = conf[q] - 1;
        if (c1 === 0) continue;
        let yp = 0;
        for (let i = 0; i < f; i++) yp += fixed[y + i] * p[i];
        const w = c1 * yp;
        for (let i = 0; i < f; i++) ap[i] += w * fixed[y + i];
      }
      let pap = 0;
      for (let i = 0; i < f; i++) pap += p[i] * ap[i];
      if (!(pap > 0)) break;
      const a = rs / pap;
      let rsNew = 0;
      for (let i = 0; i < f; i++) {
        target[o + i] += a * p[i];
        r[i] -= a * ap[i];
        rsNew += r[i] * r[i];
      }
      if (rsNew < 1e-20) break;
      const beta = rsNew / rs;
      for (let i = 0; i < f; i++) p[i] = r[i] + beta * p[i];
      rs = rsNew;
    }
  }
}

/** c per stored entry of a CSR/CSC matrix. */
function confidences(m: SparseMatrix, conf: Conf): Float64Array {
  const out = new Float64Array(m.values.length);
  for (let q = 0; q < out.length; q++) out[q] = conf(m.values[q]);
  return out;
}

function dot(a: Float64Array, ao: number, b: Float64Array, bo: number, f: number): number {
  let s = 0;
  for (let i = 0; i < f; i++) s += a[ao + i] * b[bo + i];
  return s;
}

/** The HKV objective, computed in O(nnz·f + (n+m)·f²) (see docs/matching-method.md). */
function objective(
  x: Float64Array,
  y: Float64Array,
  m: InteractionMatrix,
  f: number,
  lambda: number,
  conf: Conf,
): number {
  const gy = new Float64Array(f * f);
  gram(y, m.nCols, f, gy);
  let all = 0; // Σ_{u,i} (x_u·y_i)²  = Σ_u x_uᵀ (YᵀY) x_u
  for (let u = 0; u < m.nRows; u++) {
    const o = u * f;
    for (let i = 0; i < f; i++) {
      const xi = x[o + i];
      if (xi === 0) continue;
      let s = 0;
      for (let j = 0; j < f; j++) s += gy[i * f + j] * x[o + j];
      all += xi * s;
    }
  }
  let loss = all;
  const r = m.byRow;
  for (let u = 0; u < m.nRows; u++) {
    for (let p = r.offsets[u]; p < r.offsets[u + 1]; p++) {
      const s = dot(x, u * f, y, r.indices[p] * f, f);
      const c = conf(r.values[p]);
      loss += c * (1 - s) * (1 - s) - s * s;
    }
  }
  let reg = 0;
  for (let i = 0; i < x.length; i++) reg += x[i] * x[i];
  for (let i = 0; i < y.length; i++) reg += y[i] * y[i];
  return loss + lambda * reg;
}

export function fitAls(matrix: InteractionMatrix, options: AlsOptions = {}): AlsModel {
  const o = checkOptions(options);
  const f = o.factors;
  const { nRows, nCols } = matrix;
  const alpha = o.alpha;
  const conf: Conf = o.confidence === 'log' ? (r) => 1 + alpha * Math.log1p(r) : (r) => 1 + alpha * r;
  const rng = createRng(o.seed);
  const x = new Float64Array(nRows * f);
  const y = new Float64Array(nCols * f);
  for (let i = 0; i < x.length; i++) x[i] = 0.01 * rng.normal();
  for (let i = 0; i < y.length; i++) y[i] = 0.01 * rng.normal();
  const loss: number[] = [];
  const track = o.trackLoss ? () => loss.push(objective(x, y, matrix, f, o.regularization, conf)) : undefined;
  if (o.solver === 'cg') {
    (options.kernel ?? tsAlsCgKernel).fit({
      matrix,
      factors: f,
      regularization: o.regularization,
      cgSteps: o.cgSteps,
      iterations: o.iterations,
      rowConfidence: confidences(matrix.byRow, conf),
      colConfidence: confidences(matrix.byCol, conf),
      x,
      y,
      afterSweep: track,
    });
  } else {
    for (let it = 0; it < o.iterations; it++) {
      solveSideCholesky(x, y, nCols, matrix.byRow, f, o.regularization, conf);
      solveSideCholesky(y, x, nRows, matrix.byCol, f, o.regularization, conf);
      track?.();
    }
  }

  return alsModelFromFactors(nRows, nCols, f, x, y, loss);
}

/**
 * The scoring model from fitted factors (x: nRows × f, y: nCols × f, row-major). Lets the fit run elsewhere (a
 * Web Worker in the app) and only the factors travel back.
 */
export function alsModelFromFactors(
  nRows: number,
  nCols: number,
  f: number,
  x: Float64Array,
  y: Float64Array,
  loss: readonly number[] = [],
): AlsModel {
  if (x.length !== nRows * f || y.length !== nCols * f) {
    throw new InputError(`ALS factors must be ${nRows}×${f} and ${nCols}×${f}.`, 'bad-shape');
  }
  const score = (
    src: Float64Array,
    so: number,
    dst: Float64Array,
    n: number,
    out: Float32Array,
  ): Float32Array => {
    for (let j = 0; j < n; j++) out[j] = dot(src, so, dst, j * f, f);
    return out;
  };
  return {
    kind: 'als',
    nRows,
    nCols,
    factors: f,
    rowFactors: x,
    colFactors: y,
    loss,
    scoreRow(row, out) {
      checkIndex(row, nRows, 'Exporter (row)');
      return score(x, row * f, y, nCols, outBuffer(out, nCols));
    },
    scoreCol(col, out) {
      checkIndex(col, nCols, 'Buyer (column)');
      return score(y, col * f, x, nRows, outBuffer(out, nRows));
    },
    // Only the candidates of one list: k dot products instead of one per party (a fair's lists at scale).
    scoreRowAt(row, cols, out) {
      checkIndex(row, nRows, 'Exporter (row)');
      const o = out ?? new Float32Array(cols.length);
      for (let i = 0; i < cols.length; i++) o[i] = cols[i] >= 0 ? dot(x, row * f, y, cols[i] * f, f) : 0;
      return o;
    },
    scoreColAt(col, rows, out) {
      checkIndex(col, nCols, 'Buyer (column)');
      const o = out ?? new Float32Array(rows.length);
      for (let i = 0; i < rows.length; i++) o[i] = rows[i] >= 0 ? dot(y, col * f, x, rows[i] * f, f) : 0;
      return o;
    },
  };
}
