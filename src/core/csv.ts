/**
 * The one CSV writer for every export (SAVE LIST, meeting schedule, continuity index — browser and CLI), so that
 * the guard below cannot be forgotten by the next export. RFC 4180: cells with a comma, quote, line break or
 * surrounding space are quoted, quotes doubled, CRLF line ends. Spreadsheet formula injection: names, notes and
 * ids come from untrusted data or free typing, and Excel / LibreOffice / Google Sheets run a text cell starting with
 * `=`, `+`, `-`, `@`, a tab or a CR as a formula (`=HYPERLINK("http://…")`), so such a cell gets a leading `'`, which
 * spreadsheets show as text. Numbers are written as numbers (a negative number is not a formula). A UTF-8 byte-order
 * mark is optional: Excel reads Korean text correctly only with it; command-line tools prefer none.
 */
export type CsvValue = string | number | boolean | null | undefined;

export interface CsvColumn<T> {
  readonly header: string;
  readonly value: (row: T) => CsvValue;
}

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark (for Excel). Default false. */
  readonly bom?: boolean;
}

export const UTF8_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const s = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replaceAll('"', '""')}"` : s;
}

/** CSV text from a header and rows of cells. */
export function csvText(
  header: readonly string[],
  rows: Iterable<readonly CsvValue[]>,
  opts: CsvOptions = {},
): string {
  const lines = [header.map(csvCell).join(',')];
  for (const r of rows) lines.push(r.map(csvCell).join(','));
  return (opts.bom ? UTF8_BOM : '') + lines.join('\r\n') + '\r\n';
}

/** CSV text from records and column definitions. */
export function toCsv<T>(
  rows: readonly T[],
  columns: readonly CsvColumn<T>[],
  opts: CsvOptions = {},
): string {
  return csvText(
    columns.map((c) => c.header),
    rows.map((r) => columns.map((c) => c.value(r))),
    opts,
  );
}
