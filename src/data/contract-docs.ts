/**
 * Renders docs/data-contract.md from the CONTRACT declaration, so the documentation can never disagree
 * with what validation enforces (a unit test compares the committed file with this output).
 */
import { CONTRACT, CONTRACT_ID, type ColumnSpec } from './contract.ts';

function rules(c: ColumnSpec): string {
  const parts: string[] = [];
  if (!c.nullable) parts.push('not null');
  if (c.min !== undefined) parts.push(`≥ ${c.min}`);
  if (c.gt !== undefined) parts.push(`> ${c.gt}`);
  if (c.max !== undefined) parts.push(c.max === 'currentYear' ? '≤ current year' : `≤ ${c.max}`);
  if (c.enum) parts.push(`one of ${c.enum.map((e) => `\`${e}\``).join(', ')}`);
  if (c.domain === 'iso2') parts.push('ISO 3166-1 alpha-2');
  if (c.domain === 'hs6') parts.push('6 digits (text)');
  if (c.domain === 'hsPrefix') parts.push('2, 4 or 6 digits (text)');
  if (c.references) parts.push(`→ ${c.references.table}.${c.references.column}`);
  return parts.join('; ');
}

export function renderContractDocs(): string {
  const out: string[] = [
    `# Data contract \`${CONTRACT_ID}\``,
    '',
    '<!-- Generated from src/data/contract.ts by `npm run docs:contract`; do not edit by hand. -->',
    '',
    'A dataset is a folder (or URL prefix, or a set of dropped files) with `manifest.json` and one Parquet file per table.',
    'Column names are snake_case; ids are strings; money is DOUBLE; years are INTEGER; countries are ISO 3166-1 alpha-2;',
    'HS codes are strings of digits. Unknown extra columns are kept and ignored. Validation reports, for every broken rule,',
    'the file, table, column, rule, the number of rows and the first few offending rows (1-based row numbers).',
    'Two near misses are repaired on load, each with a warning that says what was changed: column names that differ',
    'from the contract only in case (`EXPORTER_ID`, as Snowflake writes unquoted names) are renamed, and country codes',
    'in lower case (`kr`) are upper-cased. Two columns that match one name ignoring case are refused.',
    '',
    '```json',
    '{"contract": "export-intel/1", "name": "KOTRA extract 2024-06", "created": "2024-06-30T00:00:00Z",',
    ' "tables": {"exporters": {"path": "exporters.parquet", "rows": 2000, "sha256": "<64 hex digits>"}, "…": {}}}',
    '```',
    '',
    '`rows` and `sha256` are optional; when `sha256` is given, a file that does not match is refused.',
    '',
  ];
  for (const t of CONTRACT) {
    out.push(`## \`${t.name}\`${t.required ? ' (required)' : ' (optional)'}`, '', t.doc, '');
    if (t.primaryKey) out.push(`Primary key: (${t.primaryKey.map((k) => `\`${k}\``).join(', ')}).`, '');
    out.push('| column | type | required | rules | meaning |', '|---|---|---|---|---|');
    for (const c of t.columns) {
      out.push(`| \`${c.name}\` | ${c.type} | ${c.required ? 'yes' : 'no'} | ${rules(c)} | ${c.doc} |`);
    }
    out.push('');
  }
  out.push(
    '## Rules checked',
    '',
    '| rule | severity | what it means |',
    '|---|---|---|',
    '| missing-table | error | a required table has no file |',
    '| missing-column | error | a required column is absent, or several columns match it ignoring case |',
    '| type | error | a value (or the whole column) cannot be cast to the contract type |',
    '| not-null | error | a value is missing where the column may not be empty |',
    '| primary-key | error | a key value appears more than once |',
    '| foreign-key | error | a reference points to no row of the referenced table |',
    '| range / year | error | a number or year is outside its allowed range (or NaN/infinite) |',
    '| enum | error | a value is not one of the allowed words |',
    '| iso-country | error | not an ISO 3166-1 alpha-2 code, even upper-cased |',
    '| hs-code | error | not 6 digits (products) or 2/4/6 digits (interests) as text |',
    '| id-control | error | an id (a `*_id` text column) contains a control character (tab, newline, NUL, U+001F …) |',
    '| date-order | error (events) / warning (matches) | an end comes before its start |',
    '| unreadable-file | error | the file is empty, not Parquet, truncated, too large when decompressed, or fails its SHA-256 |',
    '| row-count | warning | the manifest announces another row count |',
    '| extra-column / unknown-table | warning | kept and ignored |',
    '| empty-table | warning | the table has no rows |',
    '| column-case | warning | column names matched ignoring case and renamed to the contract names |',
    '| iso-case | warning | country codes in lower case, upper-cased on load |',
    '',
  );
  return out.join('\n');
}
