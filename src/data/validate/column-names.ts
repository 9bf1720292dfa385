/**
 * Column names matched to the contract ignoring case: warehouses such as Snowflake write unquoted
 * identifiers in upper case (EXPORTER_ID), which is the same column to anyone reading it. Such a column is
 * renamed to the contract's name (a metadata change, no rewrite) and reported as a warning that names
 * every rename. Two columns that both match one contract name cannot be repaired safely — which one is
 * meant? — so that stays an error. DuckDB de-duplicates names that differ only in case on read
 * (`name`, `NAME` → `name`, `NAME_1`), which is why a `_<n>` twin counts as a second match.
 */
import type { TableSpec } from '../contract.ts';
import { ident, type Engine } from '../engine/engine.ts';
import type { Finding } from './validation-report.ts';

export interface ColumnInfo {
  name: string;
  type: string;
}

export interface ColumnNameMatch {
  /** The table's columns after the renames. */
  cols: ColumnInfo[];
  /** Renames done, as `from → to`. */
  renamed: { from: string; to: string }[];
  /** Contract columns with more than one candidate, and the candidates. */
  ambiguous: Map<string, string[]>;
}

export function matchColumnNames(spec: TableSpec, cols: readonly ColumnInfo[]): ColumnNameMatch {
  const names = new Set(cols.map((c) => c.name));
  const renamed: { from: string; to: string }[] = [];
  const ambiguous = new Map<string, string[]>();
  for (const col of spec.columns) {
    if (names.has(col.name)) continue;
    const same = cols.filter((c) => c.name.toLowerCase() === col.name).map((c) => c.name);
    if (same.length === 0) continue;
    const twins = cols
      .filter((c) => new RegExp(`^${col.name}_[0-9]+$`).test(c.name.toLowerCase()))
      .map((c) => c.name);
    if (same.length === 1 && twins.length === 0) renamed.push({ from: same[0], to: col.name });
    else ambiguous.set(col.name, [...same, ...twins]);
  }
  const to = new Map(renamed.map((r) => [r.from, r.to]));
  return { cols: cols.map((c) => ({ ...c, name: to.get(c.name) ?? c.name })), renamed, ambiguous };
}

/** Applies the renames to `schema.table` (one ALTER per column; nothing when there are none). */
export async function renameColumns(
  engine: Engine,
  schema: string,
  table: string,
  renamed: readonly { from: string; to: string }[],
): Promise<void> {
  for (const r of renamed) {
    await engine.exec(
      `ALTER TABLE ${ident(schema)}.${ident(table)} RENAME COLUMN ${ident(r.from)} TO ${ident(r.to)}`,
    );
  }
}

export function renamedFinding(
  table: string,
  file: string | undefined,
  renamed: readonly { from: string; to: string }[],
): Finding {
  const list = renamed.map((r) => `${r.from} → ${r.to}`).join(', ');
  return {
    severity: 'warning',
    rule: 'column-case',
    table,
    file,
    count: renamed.length,
    message: `column names matched to the contract ignoring case and renamed: ${list}`,
    detail: { id: 'column-case', params: { columns: list } },
    examples: [],
  };
}

export function ambiguousFinding(
  table: string,
  file: string | undefined,
  column: string,
  candidates: readonly string[],
): Finding {
  const list = candidates.join(', ');
  return {
    severity: 'error',
    rule: 'missing-column',
    table,
    file,
    column,
    count: 1,
    message: `several columns match ${column} ignoring case (${list}); keep one of them or rename the others`,
    detail: { id: 'column-ambiguous', params: { columns: list } },
    examples: [],
  };
}
