/**
 * Why a firm's index is where it is (docs/continuity-method.md#7-index-risk-group-and-monitoring): the contribution
 * βⱼ·(xᵢⱼ − x̄ⱼ) of each model variable to the firm's log-odds, against the average firm of the same year. Negative
 * contributions pull the index down compared with that average firm; they add up (with the average firm's log-odds)
 * to the firm's log-odds.
 */
import { columnOf, type FeatureTable } from './feature-table.ts';

export interface Driver {
  name: string;
  beta: number;
  value: number;
  /** Mean of the variable over the reference rows (the average firm). */
  mean: number;
  /** βⱼ·(value − mean), in log-odds. */
  contribution: number;
}

export interface ModelCoefficients {
  coefficients: readonly { name: string; estimate: number }[];
}

/** Drivers of one row against the mean of `referenceRows`, most negative first. */
export function firmDrivers(
  table: FeatureTable,
  model: ModelCoefficients,
  variables: readonly string[],
  row: number,
  referenceRows: ArrayLike<number>,
): Driver[] {
  const out: Driver[] = variables.map((name, j) => {
    const c = columnOf(table, name);
    let s = 0;
    let m = 0;
    for (let k = 0; k < referenceRows.length; k++) {
      const v = c[referenceRows[k]];
      if (Number.isFinite(v)) {
        s += v;
        m++;
      }
    }
    const mean = m ? s / m : NaN;
    const beta = model.coefficients[j + 1]?.estimate ?? NaN;
    const value = c[row];
    return { name, beta, value, mean, contribution: beta * (value - mean) };
  });
  return out.sort((a, b) => a.contribution - b.contribution);
}
