/**
 * The index table users export (docs/architecture.md#command-line-contract, `continuity --out` and the dashboard's
 * download buttons): one row per firm with a status at year T — exporter_id, year, status, index (0–100, null when
 * the firm cannot be scored: no firm_years row at T, or no model), risk_group (index < threshold; null without an
 * index). CSV goes through the shared writer in core/csv.ts (the browser adds a UTF-8 BOM for Excel); Parquet by
 * index-parquet.ts (browser) or DuckDB COPY (CLI).
 */
import type { ContinuityStatus } from '../../core/continuity/feature-table.ts';
import { csvText, type CsvOptions } from '../../core/csv.ts';

export interface IndexRow {
  exporter_id: string;
  year: number;
  status: ContinuityStatus;
  index: number | null;
  risk_group: boolean | null;
}

export const INDEX_COLUMNS = ['exporter_id', 'year', 'status', 'index', 'risk_group'] as const;

/**
 * Joins the statuses at `year` with the index of the same firm-year (`index` per feature row, looked up by
 * `rowOf`). Rows come out in the order of `statuses`.
 */
export function indexRows(
  statuses: readonly { exporter_id: string; status: ContinuityStatus }[],
  year: number,
  indexOf: (exporterId: string) => number | undefined,
  threshold: number,
): IndexRow[] {
  return statuses.map((s) => {
    const v = indexOf(s.exporter_id);
    const index = v !== undefined && Number.isFinite(v) ? v : null;
    return {
      exporter_id: s.exporter_id,
      year,
      status: s.status,
      index,
      risk_group: index === null ? null : index < threshold,
    };
  });
}

/** CSV text (header + rows) through the shared writer (formula guard included), without BOM. */
export function indexCsv(rows: readonly IndexRow[], opts: CsvOptions = {}): string {
  return csvText(
    INDEX_COLUMNS,
    rows.map((r) => INDEX_COLUMNS.map((c) => r[c])),
    opts,
  );
}
