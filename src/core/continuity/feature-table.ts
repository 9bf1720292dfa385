/**
 * The continuity model's data in memory, column by column: one row per firm-year t with its status, the
 * label from t+1 (1 continuing, 0 stopped, NaN when t+1 gives no label) and the candidate variables known at
 * t. Columnar typed arrays, so a fit on a million rows needs no per-row objects and the table can be posted to a
 * worker by transfer. Built by src/data/continuity from SQL; everything here is pure.
 */
import { CodedInputError } from '../coded-error.ts';

export type ContinuityStatus = 'continuing' | 'stopped' | 'pending' | 'beginner';

export interface FeatureTable {
  n: number;
  exporterId: string[];
  year: Int32Array;
  status: ContinuityStatus[];
  /** 1 = continuing at t+1, 0 = stopped at t+1, NaN = no label (pending, beginner or not yet observed). */
  label: Float64Array;
  /** Candidate names, in the order of `columns`. */
  names: string[];
  columns: Float64Array[];
}

export function columnOf(table: FeatureTable, name: string): Float64Array {
  const j = table.names.indexOf(name);
  if (j < 0) {
    throw new CodedInputError(
      `unknown variable "${name}"; the candidates are ${table.names.join(', ')}`,
      'unknown-variable',
      { variable: name },
    );
  }
  return table.columns[j];
}

/** Values of `column` at `rows`. */
export function gather(column: ArrayLike<number>, rows: ArrayLike<number>): Float64Array {
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = column[rows[i]];
  return out;
}

/** Rows that carry a label, optionally limited to years in [fromYear, toYear]. */
export function labelledRows(table: FeatureTable, fromYear = -Infinity, toYear = Infinity): Uint32Array {
  const out: number[] = [];
  for (let i = 0; i < table.n; i++) {
    const y = table.year[i];
    if (!Number.isNaN(table.label[i]) && y >= fromYear && y <= toYear) out.push(i);
  }
  return Uint32Array.from(out);
}

/** Rows of one year (labelled or not). */
export function rowsOfYear(table: FeatureTable, year: number): Uint32Array {
  const out: number[] = [];
  for (let i = 0; i < table.n; i++) if (table.year[i] === year) out.push(i);
  return Uint32Array.from(out);
}

/** Distinct years that carry at least one label, ascending. */
export function labelledYears(table: FeatureTable): number[] {
  const years = new Set<number>();
  for (let i = 0; i < table.n; i++) if (!Number.isNaN(table.label[i])) years.add(table.year[i]);
  return [...years].sort((a, b) => a - b);
}

/**
 * Every value of the chosen variables at the chosen rows must be finite: names the first bad variable and
 * firm-year, and says what to do (the SQL imputes missing inputs, so a non-finite value means a broken
 * source value such as an infinite sales figure).
 */
export function checkFinite(
  table: FeatureTable,
  variables: readonly string[],
  rows: ArrayLike<number>,
): void {
  for (const name of variables) {
    const c = columnOf(table, name);
    for (let m = 0; m < rows.length; m++) {
      const i = rows[m];
      const v = c[i];
      if (!Number.isFinite(v)) {
        throw new CodedInputError(
          `"${name}" is ${Number.isNaN(v) ? 'missing (NaN)' : `infinite (${v})`} for ${table.exporterId[i]} in ` +
            `${table.year[i]}: fix that firm's source values (firm_years, exports, country_macro) or switch ` +
            `"${name}" off and refit`,
          'non-finite-value',
          { variable: name, firm: table.exporterId[i], year: table.year[i] },
        );
      }
    }
  }
}
