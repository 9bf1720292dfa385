/**
 * Small dense linear algebra for k×k symmetric matrices (k = number of model parameters, tens at most):
 * Cholesky factorisation, solves and inverse, plus the sequential (Gram–Schmidt-like) Cholesky that finds a
 * column which is a linear combination of earlier ones. Matrices are row-major Float64Arrays.
 * Reference: Golub & Van Loan, Matrix Computations, §4.2 (Cholesky), §5.4 (rank detection by pivots).
 */

/**
 * In-place Cholesky A = L Lᵀ of a symmetric matrix (lower triangle of `a` is read and overwritten with L; the
 * strict upper triangle is zeroed). Returns −1 on success, else the first index j whose pivot is not positive
 * enough (pivot ≤ relTol · a_jj): the matrix is singular or not positive definite there.
 */
export function cholesky(a: Float64Array, k: number, relTol = 1e-14): number {
  for (let j = 0; j < k; j++) {
    const diag = a[j * k + j];
    let d = diag;
    for (let m = 0; m < j; m++) d -= a[j * k + m] * a[j * k + m];
    if (!(d > relTol * Math.abs(diag)) || !(diag > 0)) return j;
    const ljj = Math.sqrt(d);
    a[j * k + j] = ljj;
    for (let i = j + 1; i < k; i++) {
      let s = a[i * k + j];
      for (let m = 0; m < j; m++) s -= a[i * k + m] * a[j * k + m];
      a[i * k + j] = s / ljj;
    }
    for (let i = 0; i < j; i++) a[i * k + j] = 0;
  }
  return -1;
}

/** Solves L Lᵀ x = b given the Cholesky factor L (from `cholesky`). */
export function choleskySolve(l: Float64Array, k: number, b: ArrayLike<number>): Float64Array {
  const x = Float64Array.from(b);
  for (let i = 0; i < k; i++) {
    let s = x[i];
    for (let m = 0; m < i; m++) s -= l[i * k + m] * x[m];
    x[i] = s / l[i * k + i];
  }
  for (let i = k - 1; i >= 0; i--) {
    let s = x[i];
    for (let m = i + 1; m < k; m++) s -= l[m * k + i] * x[m];
    x[i] = s / l[i * k + i];
  }
  return x;
}

/** (L Lᵀ)⁻¹ as a full symmetric row-major matrix, given the Cholesky factor L. */
export function choleskyInverse(l: Float64Array, k: number): Float64Array {
  const inv = new Float64Array(k * k);
  const e = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    e.fill(0);
    e[j] = 1;
    const col = choleskySolve(l, k, e);
    for (let i = 0; i < k; i++) inv[i * k + j] = col[i];
  }
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < i; j++) {
      const v = 0.5 * (inv[i * k + j] + inv[j * k + i]);
      inv[i * k + j] = v;
      inv[j * k + i] = v;
    }
  }
  return inv;
}

/** Copy of the sub-matrix of `a` (k×k) on the given rows/columns. */
export function subMatrix(a: ArrayLike<number>, k: number, index: readonly number[]): Float64Array {
  const m = index.length;
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) out[i * m + j] = a[index[i] * k + index[j]];
  return out;
}

export interface Dependence {
  /** Position (in `order`) of the column that is a combination of earlier ones. */
  index: number;
  /** 1 − R² of that column regressed on the earlier independent ones (residual share). */
  residualShare: number;
  /** Earlier columns (indices into the matrix) it depends on, with their coefficients. */
  basis: number[];
  coefficients: number[];
}

/**
 * Walks the columns of a Gram / cross-product matrix in order and returns the first one whose residual after
 * projection on the previous independent columns is below relTol of its own norm (residual share =
 * 1 − R² when the columns are centred, or include an intercept). Columns found dependent are skipped, so
 * with `skipDependent` the walk continues and reports every dependent column.
 */
export function findDependentColumns(
  gram: ArrayLike<number>,
  k: number,
  relTol: number,
  order: readonly number[] = Array.from({ length: k }, (_, i) => i),
  skipDependent = false,
): { dependent: Dependence[]; residualShares: Float64Array } {
  const kept: number[] = [];
  const m = order.length;
  const l = new Float64Array(m * m); // rows of L for kept columns, indexed by position in `kept`
  const dependent: Dependence[] = [];
  const residualShares = new Float64Array(m);
  for (let pos = 0; pos < m; pos++) {
    const j = order[pos];
    const q = kept.length;
    // Row of L for column j against kept columns: solve L_kept r = G[kept, j].
    const row = new Float64Array(q);
    for (let a = 0; a < q; a++) {
      let s = gram[order[kept[a]] * k + j];
      for (let b = 0; b < a; b++) s -= l[a * m + b] * row[b];
      row[a] = s / l[a * m + a];
    }
    const diag = gram[j * k + j];
    let d = diag;
    for (let a = 0; a < q; a++) d -= row[a] * row[a];
    const share = diag > 0 ? Math.max(d, 0) / diag : 0;
    residualShares[pos] = share;
    if (!(share > relTol)) {
      // Coefficients on the kept columns: back-substitute Lᵀ c = row.
      const c = new Float64Array(q);
      for (let a = q - 1; a >= 0; a--) {
        let s = row[a];
        for (let b = a + 1; b < q; b++) s -= l[b * m + a] * c[b];
        c[a] = s / l[a * m + a];
      }
      dependent.push({
        index: pos,
        residualShare: share,
        basis: kept.map((p) => order[p]),
        coefficients: Array.from(c),
      });
      if (!skipDependent) break;
      continue;
    }
    for (let a = 0; a < q; a++) l[q * m + a] = row[a];
    l[q * m + q] = Math.sqrt(d);
    kept.push(pos);
  }
  return { dependent, residualShares };
}
