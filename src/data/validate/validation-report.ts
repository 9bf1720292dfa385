/**
 * The validation report: what is wrong with a dataset, precise enough to fix it (table, file, column,
 * rule, how many rows, and the first few offending rows). Errors block analyses; warnings only inform.
 */
import type { Row } from '../engine/engine.ts';

export type RuleId =
  | 'missing-table'
  | 'unknown-table'
  | 'missing-column'
  | 'extra-column'
  | 'type'
  | 'not-null'
  | 'primary-key'
  | 'foreign-key'
  | 'range'
  | 'enum'
  | 'year'
  | 'iso-country'
  | 'iso-case'
  | 'column-case'
  | 'hs-code'
  | 'id-control'
  | 'date-order'
  | 'row-count'
  | 'empty-table'
  | 'unreadable-file';

export interface Finding {
  severity: 'error' | 'warning';
  rule: RuleId;
  table: string;
  file?: string;
  column?: string;
  /** Offending rows (or 1 for table-level findings). */
  count: number;
  /** Plain-language description of the rule that was broken, in English (CLI and logs). */
  message: string;
  /** The same, as a message id with parameters, so the UI can say it in the reader's language. */
  detail?: FindingDetail;
  /** Up to EXAMPLE_LIMIT offending rows, each with `row` = 1-based row number in the file when known. */
  examples: Row[];
}

export type DetailId =
  | 'cast'
  | 'id-control'
  | 'cast-impossible'
  | 'not-null'
  | 'below-min'
  | 'above-max'
  | 'not-above'
  | 'not-finite'
  | 'enum'
  | 'iso2'
  | 'iso2-case'
  | 'column-case'
  | 'column-ambiguous'
  | 'hs6'
  | 'hs-prefix'
  | 'missing-table'
  | 'missing-column'
  | 'extra-columns'
  | 'unknown-table'
  | 'primary-key'
  | 'foreign-key'
  | 'date-order'
  | 'row-count'
  | 'empty-table'
  | 'ignored-file';

export interface FindingDetail {
  id: DetailId;
  params?: Record<string, string | number>;
}

export interface TableSummary {
  table: string;
  file?: string;
  rows: number;
  columns: number;
}

export interface ValidationReport {
  ok: boolean;
  errors: Finding[];
  warnings: Finding[];
  tables: TableSummary[];
}

export const EXAMPLE_LIMIT = 5;

export function makeReport(findings: Finding[], tables: TableSummary[]): ValidationReport {
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  return { ok: errors.length === 0, errors, warnings, tables };
}

/** One line per finding, for the CLI and logs: `error exports.parquet: exports.country [iso-country] 3 rows: …`. */
export function formatFinding(f: Finding): string {
  const where = f.column ? `${f.table}.${f.column}` : f.table;
  const file = f.file ? `${f.file}: ` : '';
  const ex = f.examples.length ? ' e.g. ' + f.examples.map((r) => JSON.stringify(r)).join(', ') : '';
  return `${f.severity} ${file}${where} [${f.rule}] ${f.count} row${f.count === 1 ? '' : 's'}: ${f.message}${ex}`;
}
