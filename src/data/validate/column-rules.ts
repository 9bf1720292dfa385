/**
 * Row-level rules derived from a column's contract spec, each as a SQL predicate that is TRUE for an
 * offending row. The predicates only ever contain quoted identifiers and constants from the contract,
 * never values from the data, so they are safe to splice into SQL.
 */
import type { ColumnSpec, ColumnType } from '../contract.ts';
import { ident } from '../engine/engine.ts';
import type { FindingDetail, RuleId } from './validation-report.ts';

export interface RowRule {
  rule: RuleId;
  /** SQL predicate over the raw (uncast) column, TRUE where the row breaks the rule. */
  predicate: string;
  message: string;
  detail: FindingDetail;
  /** Default 'error'; a warning reports a value the loader repairs (conform-dataset.ts). */
  severity?: 'warning';
}

/** DuckDB type names that already satisfy a contract type without a cast that could fail. */
const NATIVE_OK: Record<ColumnType, readonly string[]> = {
  VARCHAR: ['VARCHAR'],
  INTEGER: ['INTEGER', 'SMALLINT', 'TINYINT', 'UTINYINT', 'USMALLINT'],
  DOUBLE: [
    'DOUBLE',
    'FLOAT',
    'INTEGER',
    'BIGINT',
    'SMALLINT',
    'TINYINT',
    'UINTEGER',
    'USMALLINT',
    'UTINYINT',
  ],
  BOOLEAN: ['BOOLEAN'],
  DATE: ['DATE'],
  TIMESTAMP: ['TIMESTAMP', 'TIMESTAMP_NS', 'TIMESTAMP_MS', 'TIMESTAMP_S', 'TIMESTAMP WITH TIME ZONE', 'DATE'],
};

/** Types that can never be cast safely to the contract type, whatever the values. */
function castImpossible(actual: string, wanted: ColumnType): boolean {
  const nested = /\[\]$|^STRUCT|^MAP|^UNION|^LIST/.test(actual);
  if (nested) return true;
  if (wanted === 'BOOLEAN') return !['BOOLEAN', 'VARCHAR', 'TINYINT', 'INTEGER', 'BIGINT'].includes(actual);
  if (wanted === 'DATE' || wanted === 'TIMESTAMP')
    return !(actual.startsWith('TIMESTAMP') || actual === 'DATE' || actual === 'VARCHAR');
  if (wanted === 'INTEGER' || wanted === 'DOUBLE')
    return actual === 'BLOB' || actual.startsWith('TIMESTAMP') || actual === 'DATE';
  return false;
}

export function needsCast(actual: string, wanted: ColumnType): boolean {
  return !NATIVE_OK[wanted].includes(actual);
}

export type TypeCheck = { kind: 'ok' } | { kind: 'impossible' } | { kind: 'values'; rule: RowRule };

/** Whether the column's values can be cast to the contract type; if per-value, the rule finds the bad ones. */
export function typeCheck(spec: ColumnSpec, actual: string): TypeCheck {
  if (!needsCast(actual, spec.type)) return { kind: 'ok' };
  if (castImpossible(actual, spec.type)) return { kind: 'impossible' };
  const c = ident(spec.name);
  // Doubles with a fraction are not integers: TRY_CAST would round them silently.
  const lossy =
    spec.type === 'INTEGER' && actual !== 'VARCHAR' ? ` OR (${c} IS NOT NULL AND ${c} <> trunc(${c}))` : '';
  return {
    kind: 'values',
    rule: {
      rule: 'type',
      predicate: `(${c} IS NOT NULL AND TRY_CAST(${c} AS ${spec.type}) IS NULL)${lossy}`,
      message: `value cannot be read as ${spec.type}`,
      detail: { id: 'cast', params: { type: spec.type } },
    },
  };
}

/** Value rules, applied to the column cast to its contract type (`v`). */
export function valueRules(spec: ColumnSpec, v: string, currentYear: number): RowRule[] {
  const rules: RowRule[] = [];
  if (!spec.nullable) {
    rules.push({
      rule: 'not-null',
      predicate: `${v} IS NULL`,
      message: 'value is missing (the column may not be empty)',
      detail: { id: 'not-null' },
    });
  }
  const max = spec.max === 'currentYear' ? currentYear : spec.max;
  const isYear = spec.domain === 'year';
  const rangeRule: RuleId = isYear ? 'year' : 'range';
  if (spec.min !== undefined) {
    rules.push({
      rule: rangeRule,
      predicate: `${v} < ${spec.min}`,
      message: `value below the minimum ${spec.min}`,
      detail: { id: 'below-min', params: { min: spec.min } },
    });
  }
  if (max !== undefined) {
    rules.push({
      rule: rangeRule,
      predicate: `${v} > ${max}`,
      message: `value above the maximum ${max}`,
      detail: { id: 'above-max', params: { max } },
    });
  }
  if (spec.gt !== undefined) {
    rules.push({
      rule: 'range',
      predicate: `${v} <= ${spec.gt}`,
      message: `value must be greater than ${spec.gt}`,
      detail: { id: 'not-above', params: { gt: spec.gt } },
    });
  }
  if (spec.type === 'DOUBLE') {
    rules.push({
      rule: 'range',
      predicate: `NOT isfinite(${v})`,
      message: 'value is NaN or infinite',
      detail: { id: 'not-finite' },
    });
  }
  if (spec.enum) {
    const list = spec.enum.map((e) => `'${e.replaceAll("'", "''")}'`).join(', ');
    rules.push({
      rule: 'enum',
      predicate: `${v} NOT IN (${list})`,
      message: `value must be one of ${spec.enum.join(', ')}`,
      detail: { id: 'enum', params: { values: spec.enum.join(', ') } },
    });
  }
  if (spec.domain === 'iso2') {
    // A code in lower case (`kr`) is the same code: accepted, upper-cased on load, and reported.
    rules.push({
      rule: 'iso-country',
      predicate: `upper(${v}) NOT IN (SELECT code FROM _contract_iso2)`,
      message: 'not an ISO 3166-1 alpha-2 country code (two capital letters, e.g. KR, US)',
      detail: { id: 'iso2' },
    });
    rules.push({
      rule: 'iso-case',
      predicate: `${v} <> upper(${v}) AND upper(${v}) IN (SELECT code FROM _contract_iso2)`,
      message: 'country codes in lower case were changed to upper case (kr → KR)',
      detail: { id: 'iso2-case' },
      severity: 'warning',
    });
  }
  if (spec.type === 'VARCHAR' && spec.name.endsWith('_id')) {
    // An id with a control character (U+001F is matching's own key separator) passed validation and then
    // failed inside matching; it is refused here, where the message names the table, column and row.
    rules.push({
      rule: 'id-control',
      predicate: `regexp_matches(${v}, '[\\x00-\\x1f\\x7f]')`,
      message: 'ids may not contain control characters (tab, newline, NUL, U+001F …)',
      detail: { id: 'id-control' },
    });
  }
  if (spec.domain === 'hs6') {
    rules.push({
      rule: 'hs-code',
      predicate: `NOT regexp_full_match(${v}, '[0-9]{6}')`,
      message: 'HS code must be exactly 6 digits as text (leading zeros kept, e.g. "090111")',
      detail: { id: 'hs6' },
    });
  }
  if (spec.domain === 'hsPrefix') {
    rules.push({
      rule: 'hs-code',
      predicate: `NOT regexp_full_match(${v}, '[0-9]{2}|[0-9]{4}|[0-9]{6}')`,
      message: 'HS prefix must be 2, 4 or 6 digits as text',
      detail: { id: 'hs-prefix' },
    });
  }
  return rules;
}
