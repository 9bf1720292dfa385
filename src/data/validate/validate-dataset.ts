/**
 * Validates the tables of one loaded dataset (all in one DuckDB schema) against the contract, in SQL,
 * so that the same checks run on DuckDB-WASM in the browser and on native DuckDB in the CLI.
 *
 * Counting is done with one query per table (count(*) FILTER per rule) and examples are fetched only
 * for rules that found something, so a clean 1M-row table costs a single scan.
 */
import { CONTRACT, type ColumnSpec, type TableSpec } from '../contract.ts';
import { ident, type Engine, type Row } from '../engine.ts';
import { typeCheck, valueRules, type RowRule } from './column-rules.ts';
import { ISO2_CODES } from './iso-countries.ts';
import {
  EXAMPLE_LIMIT,
  type FindingDetail,
  makeReport,
  type Finding,
  type TableSummary,
  type ValidationReport,
} from './validation-report.ts';

export interface LoadedTable {
  table: string;
  file?: string;
  /** Row count the manifest announced, if any. */
  expectedRows?: number;
}

export interface ValidateOptions {
  /** Upper bound for founding years; defaults to the current calendar year. */
  currentYear?: number;
  /** Check only the tables given (validating one file): no missing-table errors. */
  partial?: boolean;
}

interface ColumnInfo {
  name: string;
  type: string;
}

export async function ensureIsoTable(engine: Engine): Promise<void> {
  // Codes are constants of ours (two capital letters), not data, so a literal list is safe.
  const values = ISO2_CODES.filter((c) => /^[A-Z]{2}$/.test(c))
    .map((c) => `('${c}')`)
    .join(',');
  await engine.exec(
    `CREATE OR REPLACE TEMP TABLE _contract_iso2(code VARCHAR); INSERT INTO _contract_iso2 VALUES ${values};`,
  );
}

export async function describeTable(engine: Engine, schema: string, table: string): Promise<ColumnInfo[]> {
  const rows = await engine.query<{ name: string; type: string }>(
    `SELECT column_name AS name, data_type AS type FROM information_schema.columns
     WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position`,
    [schema, table],
  );
  return rows;
}

export async function validateDataset(
  engine: Engine,
  schema: string,
  loaded: readonly LoadedTable[],
  options: ValidateOptions = {},
): Promise<ValidationReport> {
  const currentYear = options.currentYear ?? new Date().getFullYear();
  await ensureIsoTable(engine);
  const findings: Finding[] = [];
  const summaries: TableSummary[] = [];
  const byName = new Map(loaded.map((l) => [l.table, l]));
  const columnsOf = new Map<string, ColumnInfo[]>();

  for (const l of loaded) {
    if (!CONTRACT.some((t) => t.name === l.table)) {
      findings.push(
        tableFinding('warning', 'unknown-table', l, `not a table of the contract; it is kept but not used`, {
          id: 'unknown-table',
        }),
      );
    }
  }

  for (const spec of CONTRACT) {
    const l = byName.get(spec.name);
    if (!l) {
      if (spec.required && !options.partial) {
        findings.push(
          tableFinding(
            'error',
            'missing-table',
            { table: spec.name },
            `required table is missing: add ${spec.name}.parquet`,
            { id: 'missing-table', params: { table: spec.name } },
          ),
        );
      }
      continue;
    }
    const cols = await describeTable(engine, schema, spec.name);
    columnsOf.set(spec.name, cols);
    const rows = await countRows(engine, schema, spec.name);
    summaries.push({ table: spec.name, file: l.file, rows, columns: cols.length });
    if (l.expectedRows !== undefined && l.expectedRows !== rows) {
      findings.push(
        tableFinding(
          'warning',
          'row-count',
          l,
          `the manifest announces ${l.expectedRows} rows but the file has ${rows}`,
          { id: 'row-count', params: { expected: l.expectedRows, actual: rows } },
        ),
      );
    }
    if (rows === 0)
      findings.push(
        tableFinding('warning', 'empty-table', l, 'the table has no rows', { id: 'empty-table' }),
      );
    findings.push(...(await checkColumns(engine, schema, spec, l, cols, rows, currentYear)));
    findings.push(...(await checkPrimaryKey(engine, schema, spec, l, cols)));
  }
  for (const l of loaded) {
    if (!CONTRACT.some((t) => t.name === l.table)) {
      const cols = await describeTable(engine, schema, l.table);
      summaries.push({
        table: l.table,
        file: l.file,
        rows: await countRows(engine, schema, l.table),
        columns: cols.length,
      });
    }
  }
  findings.push(...(await checkForeignKeys(engine, schema, byName, columnsOf)));
  findings.push(...(await checkDateOrder(engine, schema, byName, columnsOf)));
  return makeReport(findings, summaries);
}

function tableFinding(
  severity: Finding['severity'],
  rule: Finding['rule'],
  l: LoadedTable,
  message: string,
  detail: FindingDetail,
  column?: string,
  count = 1,
): Finding {
  return { severity, rule, table: l.table, file: l.file, column, count, message, detail, examples: [] };
}

async function countRows(engine: Engine, schema: string, table: string): Promise<number> {
  const [r] = await engine.query<{ n: number }>(
    `SELECT count(*)::DOUBLE AS n FROM ${ident(schema)}.${ident(table)}`,
  );
  return r.n;
}

async function checkColumns(
  engine: Engine,
  schema: string,
  spec: TableSpec,
  l: LoadedTable,
  cols: ColumnInfo[],
  rows: number,
  currentYear: number,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  const present = new Map(cols.map((c) => [c.name, c.type]));
  const rules: { col: ColumnSpec; rule: RowRule }[] = [];
  for (const col of spec.columns) {
    const actual = present.get(col.name);
    if (actual === undefined) {
      if (col.required) {
        findings.push(
          tableFinding(
            'error',
            'missing-column',
            l,
            `required column is missing (${col.type}: ${col.doc})`,
            { id: 'missing-column', params: { type: col.type } },
            col.name,
          ),
        );
      }
      continue;
    }
    const tc = typeCheck(col, actual);
    if (tc.kind === 'impossible') {
      findings.push(
        tableFinding(
          'error',
          'type',
          l,
          `column has type ${actual}, which cannot be read as ${col.type}`,
          { id: 'cast-impossible', params: { actual, type: col.type } },
          col.name,
          rows,
        ),
      );
      continue;
    }
    if (tc.kind === 'values') rules.push({ col, rule: tc.rule });
    const c = ident(col.name);
    const v = tc.kind === 'ok' ? c : `TRY_CAST(${c} AS ${col.type})`;
    for (const rule of valueRules(col, v, currentYear)) {
      // not-null looks at the raw value so that a failed cast is reported once, as a type error.
      rules.push({ col, rule: rule.rule === 'not-null' ? { ...rule, predicate: `${c} IS NULL` } : rule });
    }
  }
  const extra = cols.filter((c) => !spec.columns.some((s) => s.name === c.name)).map((c) => c.name);
  if (extra.length) {
    findings.push(
      tableFinding('warning', 'extra-column', l, `extra columns are kept and ignored: ${extra.join(', ')}`, {
        id: 'extra-columns',
        params: { columns: extra.join(', ') },
      }),
    );
  }
  if (rules.length === 0 || rows === 0) return findings;

  const t = `${ident(schema)}.${ident(spec.name)}`;
  const counts = await engine.query<Record<string, number>>(
    `SELECT ${rules.map((r, i) => `count(*) FILTER (WHERE ${r.rule.predicate})::DOUBLE AS r${i}`).join(', ')} FROM ${t}`,
  );
  for (let i = 0; i < rules.length; i++) {
    const n = counts[0][`r${i}`];
    if (!n) continue;
    const { col, rule } = rules[i];
    const examples = await engine.query<Row>(
      `SELECT (rowid + 1)::DOUBLE AS "row", CAST(${ident(col.name)} AS VARCHAR) AS ${ident(col.name)}
       FROM ${t} WHERE ${rule.predicate} ORDER BY rowid LIMIT ${EXAMPLE_LIMIT}`,
    );
    findings.push({
      severity: 'error',
      rule: rule.rule,
      table: spec.name,
      file: l.file,
      column: col.name,
      count: n,
      message: rule.message,
      detail: rule.detail,
      examples,
    });
  }
  return findings;
}

async function checkPrimaryKey(
  engine: Engine,
  schema: string,
  spec: TableSpec,
  l: LoadedTable,
  cols: ColumnInfo[],
): Promise<Finding[]> {
  const pk = spec.primaryKey;
  if (!pk || !pk.every((k) => cols.some((c) => c.name === k))) return [];
  const keys = pk.map(ident).join(', ');
  const t = `${ident(schema)}.${ident(spec.name)}`;
  const dup = `SELECT ${keys}, count(*)::DOUBLE AS copies FROM ${t} GROUP BY ${keys} HAVING count(*) > 1`;
  const [{ n }] = await engine.query<{ n: number }>(`SELECT count(*)::DOUBLE AS n FROM (${dup})`);
  if (!n) return [];
  const examples = await engine.query<Row>(`${dup} ORDER BY copies DESC LIMIT ${EXAMPLE_LIMIT}`);
  return [
    {
      severity: 'error',
      rule: 'primary-key',
      table: spec.name,
      file: l.file,
      column: pk.join(', '),
      count: n,
      message: `key (${pk.join(', ')}) must be unique; ${n} key value${n === 1 ? ' appears' : 's appear'} more than once`,
      detail: { id: 'primary-key', params: { key: pk.join(', '), n } },
      examples: examples.map(stringifyRow),
    },
  ];
}

function stringifyRow(r: Row): Row {
  return Object.fromEntries(
    Object.entries(r).map(([k, v]) => [k, typeof v === 'number' || v === null ? v : String(v)]),
  );
}

interface ForeignKey {
  table: string;
  column: string;
  refTable: string;
  refColumn: string;
  /** Extra condition on the referencing rows (polymorphic keys like event_participants.party_id). */
  where?: string;
}

function foreignKeys(): ForeignKey[] {
  const fks: ForeignKey[] = [];
  for (const t of CONTRACT) {
    for (const c of t.columns) {
      if (c.references)
        fks.push({
          table: t.name,
          column: c.name,
          refTable: c.references.table,
          refColumn: c.references.column,
        });
    }
  }
  fks.push(
    {
      table: 'event_participants',
      column: 'party_id',
      refTable: 'exporters',
      refColumn: 'exporter_id',
      where: `party_type = 'exporter'`,
    },
    {
      table: 'event_participants',
      column: 'party_id',
      refTable: 'buyers',
      refColumn: 'buyer_id',
      where: `party_type = 'buyer'`,
    },
  );
  return fks;
}

async function checkForeignKeys(
  engine: Engine,
  schema: string,
  byName: Map<string, LoadedTable>,
  columnsOf: Map<string, ColumnInfo[]>,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  const has = (t: string, c: string) => columnsOf.get(t)?.some((x) => x.name === c) ?? false;
  for (const fk of foreignKeys()) {
    const l = byName.get(fk.table);
    if (!l || !has(fk.table, fk.column) || !has(fk.refTable, fk.refColumn)) continue;
    if (fk.where && !has(fk.table, 'party_type')) continue;
    const t = `${ident(schema)}.${ident(fk.table)}`;
    const r = `${ident(schema)}.${ident(fk.refTable)}`;
    const c = ident(fk.column);
    const dangling = `FROM ${t} AS x WHERE x.${c} IS NOT NULL ${fk.where ? `AND ${fk.where}` : ''}
      AND NOT EXISTS (SELECT 1 FROM ${r} AS y WHERE CAST(y.${ident(fk.refColumn)} AS VARCHAR) = CAST(x.${c} AS VARCHAR))`;
    const [{ n }] = await engine.query<{ n: number }>(`SELECT count(*)::DOUBLE AS n ${dangling}`);
    if (!n) continue;
    const examples = await engine.query<Row>(
      `SELECT (x.rowid + 1)::DOUBLE AS "row", CAST(x.${c} AS VARCHAR) AS ${c} ${dangling} ORDER BY x.rowid LIMIT ${EXAMPLE_LIMIT}`,
    );
    findings.push({
      severity: 'error',
      rule: 'foreign-key',
      table: fk.table,
      file: l.file,
      column: fk.column,
      count: n,
      message: `value not found in ${fk.refTable}.${fk.refColumn}`,
      detail: { id: 'foreign-key', params: { ref: `${fk.refTable}.${fk.refColumn}` } },
      examples,
    });
  }
  return findings;
}

async function checkDateOrder(
  engine: Engine,
  schema: string,
  byName: Map<string, LoadedTable>,
  columnsOf: Map<string, ColumnInfo[]>,
): Promise<Finding[]> {
  const pairs = [
    { table: 'events', from: 'start_date', to: 'end_date', severity: 'error' as const },
    { table: 'matches', from: 'requested_at', to: 'updated_at', severity: 'warning' as const },
  ];
  const findings: Finding[] = [];
  for (const p of pairs) {
    const l = byName.get(p.table);
    const cols = columnsOf.get(p.table);
    if (!l || !cols?.some((c) => c.name === p.from) || !cols.some((c) => c.name === p.to)) continue;
    const t = `${ident(schema)}.${ident(p.table)}`;
    const pred = `TRY_CAST(${ident(p.to)} AS TIMESTAMP) < TRY_CAST(${ident(p.from)} AS TIMESTAMP)`;
    const [{ n }] = await engine.query<{ n: number }>(`SELECT count(*)::DOUBLE AS n FROM ${t} WHERE ${pred}`);
    if (!n) continue;
    const examples = await engine.query<Row>(
      `SELECT (rowid + 1)::DOUBLE AS "row", CAST(${ident(p.from)} AS VARCHAR) AS ${ident(p.from)},
              CAST(${ident(p.to)} AS VARCHAR) AS ${ident(p.to)} FROM ${t} WHERE ${pred} ORDER BY rowid LIMIT ${EXAMPLE_LIMIT}`,
    );
    findings.push({
      severity: p.severity,
      rule: 'date-order',
      table: p.table,
      file: l.file,
      column: p.to,
      count: n,
      message: `${p.to} is before ${p.from}`,
      detail: { id: 'date-order', params: { from: p.from, to: p.to } },
      examples,
    });
  }
  return findings;
}
