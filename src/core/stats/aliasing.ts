/**
 * Aliased columns of a design with an intercept: a column that is constant, or an exact linear combination of
 * the intercept and the columns before it, carries no information of its own and makes XᵀWX singular. R's
 * `glm` handles them the same way (its pivoted QR, LINPACK dqrdc2, moves such a column to the end and reports
 * its coefficient as NA): the columns are walked in the given order and a later column is the one dropped,
 * so `y ~ a + b` with b = 2a − 1 keeps a and drops b, while `y ~ b + a` keeps b. Working on the centred
 * cross-product matrix is the same as projecting on the intercept first.
 */
import { findDependentColumns } from './linalg.ts';
import { centredCrossProducts } from './vif.ts';

/** Residual share (1 − R² on the earlier kept columns) at or below which a column is aliased. */
export const ALIAS_TOL = 1e-10;

export interface AliasedColumn {
  /** Index of the aliased column. */
  index: number;
  kind: 'constant' | 'combination';
  /** For a combination: the earlier kept columns it is made of, with coefficients (x = intercept + Σ c·x). */
  basis: number[];
  coefficients: number[];
  intercept: number;
}

export interface AliasingResult {
  /** Columns kept, in input order. */
  kept: number[];
  aliased: AliasedColumn[];
}

/** Relative size below which a coefficient of the combination is treated as 0 (rounding noise). */
const NEGLIGIBLE = 1e-8;

export function findAliased(columns: readonly ArrayLike<number>[], tol = ALIAS_TOL): AliasingResult {
  const k = columns.length;
  if (k === 0) return { kept: [], aliased: [] };
  const { matrix, means } = centredCrossProducts(columns);
  const aliased: AliasedColumn[] = [];
  const order: number[] = [];
  for (let j = 0; j < k; j++) {
    if (isConstant(columns[j]))
      aliased.push({ index: j, kind: 'constant', basis: [], coefficients: [], intercept: means[j] });
    else order.push(j);
  }
  const { dependent } = findDependentColumns(matrix, k, tol, order, true);
  for (const d of dependent) {
    const index = order[d.index];
    const largest = Math.max(0, ...d.coefficients.map(Math.abs));
    const terms = d.basis
      .map((col, m) => ({ col, c: d.coefficients[m] }))
      .filter(({ c }) => Math.abs(c) > NEGLIGIBLE * largest);
    let intercept = means[index];
    for (const t of terms) intercept -= t.c * means[t.col];
    aliased.push({
      index,
      kind: 'combination',
      basis: terms.map((t) => t.col),
      coefficients: terms.map((t) => t.c),
      intercept,
    });
  }
  aliased.sort((a, b) => a.index - b.index);
  const gone = new Set(aliased.map((a) => a.index));
  return { kept: Array.from({ length: k }, (_, j) => j).filter((j) => !gone.has(j)), aliased };
}

function isConstant(c: ArrayLike<number>): boolean {
  for (let i = 1; i < c.length; i++) if (c[i] !== c[0]) return false;
  return true;
}

function round(x: number): number {
  return Number(x.toPrecision(6));
}

/** The combination as a formula in the columns' names, e.g. `exported_now + exported_prev − 1`. */
export function combinationText(a: AliasedColumn, names: readonly string[]): string {
  if (a.kind === 'constant') return String(round(a.intercept));
  const parts: string[] = [];
  a.basis.forEach((col, m) => {
    const c = round(a.coefficients[m]);
    const mag = Math.abs(c) === 1 ? '' : `${Math.abs(c)} × `;
    const sign = c < 0 ? '−' : '+';
    parts.push(parts.length === 0 ? `${c < 0 ? '−' : ''}${mag}${names[col]}` : `${sign} ${mag}${names[col]}`);
  });
  const b = round(a.intercept);
  // An intercept at rounding level of the column's scale is 0.
  if (Math.abs(b) > 1e-9) parts.push(`${b < 0 ? '−' : '+'} ${Math.abs(b)}`);
  return parts.join(' ');
}

/** True when the aliased column equals one other column exactly (coefficient 1, no intercept). */
export function equalsOther(a: AliasedColumn): boolean {
  return (
    a.kind === 'combination' &&
    a.basis.length === 1 &&
    Math.abs(a.coefficients[0] - 1) < 1e-9 &&
    Math.abs(a.intercept) < 1e-9
  );
}
