/**
 * Variance inflation factors: VIF_j = 1 / (1 − R²_j), R²_j from regressing column j on all the other columns
 * with an intercept (the definition statsmodels' variance_inflation_factor uses with a constant in the design).
 * Computed from the correlation matrix by a sequential Cholesky that skips columns already explained by others,
 * so perfectly collinear sets give Infinity instead of a failed inversion. Constant columns get NaN (undefined).
 */
import { InputError } from '../errors.ts';
import { findDependentColumns } from './linalg.ts';

/** Residual share below which a column counts as an exact combination of the others (VIF = Infinity). */
const EXACT = 1e-12;

/** Centred cross-product matrix Σ (x_i − x̄)(x_j − x̄) of the columns (k×k row-major) and the means. */
export function centredCrossProducts(columns: readonly ArrayLike<number>[]): {
  matrix: Float64Array;
  means: Float64Array;
} {
  const k = columns.length;
  const n = k ? columns[0].length : 0;
  const means = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    let s = 0;
    const c = columns[j];
    for (let i = 0; i < n; i++) s += c[i];
    means[j] = s / n;
  }
  const centred = columns.map((c, j) => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = c[i] - means[j];
    return out;
  });
  const matrix = new Float64Array(k * k);
  for (let a = 0; a < k; a++) {
    for (let b = 0; b <= a; b++) {
      let s = 0;
      const ca = centred[a];
      const cb = centred[b];
      for (let i = 0; i < n; i++) s += ca[i] * cb[i];
      matrix[a * k + b] = s;
      matrix[b * k + a] = s;
    }
  }
  return { matrix, means };
}

/**
 * VIF of every column (complete data required: a non-finite value is an InputError naming column and row).
 * `names` are used in error messages only.
 */
export function vif(columns: readonly ArrayLike<number>[], names?: readonly string[]): number[] {
  const k = columns.length;
  const n = k ? columns[0].length : 0;
  for (let j = 0; j < k; j++) {
    const name = names?.[j] ?? `column ${j + 1}`;
    if (columns[j].length !== n)
      throw new InputError(`VIF: "${name}" has ${columns[j].length} values, expected ${n}`);
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(columns[j][i])) {
        throw new InputError(
          `VIF: "${name}" has a missing or infinite value at row ${i + 1}; drop or fill such rows first`,
          'non-finite',
        );
      }
    }
  }
  if (k === 0) return [];
  const { matrix } = centredCrossProducts(columns);
  if (n < 2) return columns.map(() => NaN);
  return vifFromCrossProducts(matrix, k);
}

/**
 * VIF of the columns `subset` (default all) among themselves, from their centred cross-product matrix (k×k):
 * lets a caller drop columns one by one without another pass over the rows.
 */
export function vifFromCrossProducts(
  matrix: ArrayLike<number>,
  k: number,
  subset: readonly number[] = Array.from({ length: k }, (_, i) => i),
): number[] {
  const constant = (j: number) => !(matrix[j * k + j] > 0);
  return subset.map((j) => {
    if (constant(j)) return NaN;
    const order = [...subset.filter((i) => i !== j && !constant(i)), j];
    const { residualShares } = findDependentColumns(matrix, k, EXACT, order, true);
    const share = residualShares[order.length - 1];
    return share > EXACT ? 1 / share : Infinity;
  });
}
