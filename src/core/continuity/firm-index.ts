/**
 * Per-firm and per-year views of the index over a FeatureTable: which rows belong to a firm, a firm's index
 * series, and the firms scored in one year with their change from the year before (the dashboard's risk list
 * and the "sharp drop" flags).
 */
import { sd } from '../stats/descriptive.ts';
import { columnOf, gather, type ContinuityStatus, type FeatureTable } from './feature-table.ts';

/** Rows of each firm, in year order (the table is sorted by firm and year, but this does not rely on it). */
export function rowsByFirm(table: FeatureTable): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (let i = 0; i < table.n; i++) {
    const id = table.exporterId[i];
    const list = out.get(id);
    if (list) list.push(i);
    else out.set(id, [i]);
  }
  for (const list of out.values()) list.sort((a, b) => table.year[a] - table.year[b]);
  return out;
}

export interface SeriesPoint {
  row: number;
  year: number;
  status: ContinuityStatus;
  index: number;
}

export function firmSeries(
  table: FeatureTable,
  index: ArrayLike<number>,
  rows: readonly number[],
): SeriesPoint[] {
  return rows.map((i) => ({ row: i, year: table.year[i], status: table.status[i], index: index[i] }));
}

export interface ScoredFirm {
  row: number;
  exporterId: string;
  status: ContinuityStatus;
  index: number;
  /** Index of the same firm the year before, when scored. */
  previous: number | null;
  /** index − previous. */
  change: number | null;
}

/** Firms with a finite index in `year`, lowest index first. */
export function scoredAt(
  table: FeatureTable,
  index: ArrayLike<number>,
  year: number,
  byFirm: Map<string, number[]>,
): ScoredFirm[] {
  const out: ScoredFirm[] = [];
  for (let i = 0; i < table.n; i++) {
    if (table.year[i] !== year || !Number.isFinite(index[i])) continue;
    const rows = byFirm.get(table.exporterId[i]) ?? [];
    const prevRow = rows.find((r) => table.year[r] === year - 1);
    const previous = prevRow !== undefined && Number.isFinite(index[prevRow]) ? index[prevRow] : null;
    out.push({
      row: i,
      exporterId: table.exporterId[i],
      status: table.status[i],
      index: index[i],
      previous,
      change: previous === null ? null : index[i] - previous,
    });
  }
  return out.sort((a, b) => a.index - b.index || a.exporterId.localeCompare(b.exporterId));
}

/** Sample standard deviation of each named variable over `rows` (for per-SD coefficient plots). */
export function variableSds(
  table: FeatureTable,
  names: readonly string[],
  rows: ArrayLike<number>,
): number[] {
  return names.map((name) => sd(gather(columnOf(table, name), rows)));
}
