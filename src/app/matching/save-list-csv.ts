/**
 * SAVE LIST → CSV for Excel and the agency's other tools: UTF-8 with a byte-order mark (Excel opens Korean text
 * correctly only with it), CRLF line ends, RFC 4180 quoting (commas, quotes, line breaks), and protection against
 * spreadsheet formula injection (a cell starting with = + - @ or a tab is prefixed with an apostrophe, since names
 * and notes are free text typed by people).
 */
export interface CsvColumn<T> {
  readonly header: string;
  readonly value: (row: T) => string | number | null | undefined;
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let s = value;
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvCell(c.value(r))).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
