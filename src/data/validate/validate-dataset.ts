/**
 * Validates the tables of one loaded dataset (all in one DuckDB schema) against the contract, in SQL,
 * so that the same checks run on DuckDB-WASM in the browser and on native DuckDB in the CLI.
 *
 * Set-based: one statement describes every table, one more counts every rule over every table (row
 * counts, per-column rules, duplicate keys, dangling references, date order — see CountBatch), and
 * examples are fetched only for rules that found something. A clean dataset costs those two queries
 * whatever its number of tables; DuckDB-WASM's first executions of ~60 small statements used to be
 * most of the app's start-up.
 */
import { CONTRACT, type ColumnSpec, type TableSpec } from '../contract.ts';
import { ident, type Engine, type Row } from '../engine/engine.ts';
import {
  ambiguousFinding,
  matchColumnNames,
  renamedFinding,
  renameColumns,
  type ColumnInfo,
} from './column-names.ts';
import { typeCheck, valueRules, type RowRule } from './column-rules.ts';
import { CountBatch } from './count-batch.ts';
import { ISO2_CODES } from './iso-countries.ts';
import {
  EXAMPLE_LIMIT,
  type FindingDetail,
  makeReport,
  type Finding,
  type TableSummary,
  type ValidationReport,
} from './validation-report.ts';

export type { ColumnInfo } from './column-names.ts';

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

export async function ensureIsoTable(engine: Engine): Promise<void> {
  // Codes are constants of ours (two capital letters), not data, so a literal list is safe.
  const values = ISO2_CODES.filter((c) => /^[A-Z]{2}$/.test(c))
    .map((c) => `('${c}')`)
    .join(',');
  await engine.exec(
    `CREATE OR REPLACE TEMP TABLE _contract_iso2(code VARCHAR); INSERT INTO _contract_iso2 VALUES ${values};`,
  );
}

/** Every table's columns in `schema`, in one query. */
export async function describeSchema(engine: Engine, schema: string): Promise<Map<string, ColumnInfo[]>> {
  const rows = await engine.query<{ t: string; name: string; type: string }>(
    `SELECT table_name AS t, column_name AS name, data_type AS type FROM information_schema.columns
     WHERE table_schema = ? ORDER BY table_name, ordinal_position`,
    [schema],
  );
  const out = new Map<string, ColumnInfo[]>();
  for (const r of rows) {
    const list = out.get(r.t) ?? [];
    list.push({ name: r.name, type: r.type });
    out.set(r.t, list);
  }
  return out;
}

/** A finding whose count comes from the batch: built once the counts are known (null = nothing found). */
type Pending = Finding | ((count: (id: number) => number) => Promise<Finding | null>);

interface TablePlan {
  spec: TableSpec;
  l: LoadedTable;
  cols: ColumnInfo[];
  rowsAlias: number;
  /** Findings of this table in report order: static ones and counted ones. */
  findings: Pending[];
}

export async function validateDataset(
  engine: Engine,
  schema: string,
  loaded: readonly LoadedTable[],
  options: ValidateOptions = {},
): Promise<ValidationReport> {
  const currentYear = options.currentYear ?? new Date().getFullYear();
  await ensureIsoTable(engine);
  const described = await describeSchema(engine, schema);
  const batch = new CountBatch();
  const findings: Pending[] = [];
  const byName = new Map(loaded.map((l) => [l.table, l]));
  const columnsOf = new Map<string, ColumnInfo[]>();
  const isContract = (name: string) => CONTRACT.some((t) => t.name === name);

  for (const l of loaded) {
    if (!isContract(l.table)) {
      findings.push(
        tableFinding('warning', 'unknown-table', l, `not a table of the contract; it is kept but not used`, {
          id: 'unknown-table',
        }),
      );
    }
  }

  // Contract order: a missing table's error sits where the table would have reported.
  const plans: (TablePlan | Finding)[] = [];
  for (const spec of CONTRACT) {
    const l = byName.get(spec.name);
    if (!l) {
      if (spec.required && !options.partial) {
        plans.push(
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
    const names = matchColumnNames(spec, described.get(spec.name) ?? []);
    await renameColumns(engine, schema, spec.name, names.renamed);
    const cols = names.cols;
    columnsOf.set(spec.name, cols);
    const t = `${ident(schema)}.${ident(spec.name)}`;
    const plan: TablePlan = { spec, l, cols, rowsAlias: -1, findings: [] };
    if (names.renamed.length) plan.findings.push(renamedFinding(spec.name, l.file, names.renamed));
    const rules = planColumns(spec, l, cols, names.ambiguous, currentYear, plan.findings);
    const [rowsAlias, ...ruleAliases] = batch.add(t, [
      'count(*)',
      ...rules.map((r) => `count(*) FILTER (WHERE ${r.rule.predicate})`),
    ]);
    plan.rowsAlias = rowsAlias;
    rules.forEach(({ col, rule }, i) => {
      plan.findings.push(async (count) => {
        const n = count(ruleAliases[i]);
        if (!n) return null;
        const examples = await engine.query<Row>(
          `SELECT (rowid + 1)::DOUBLE AS "row", CAST(${ident(col.name)} AS VARCHAR) AS ${ident(col.name)}
           FROM ${t} WHERE ${rule.predicate} ORDER BY rowid LIMIT ${EXAMPLE_LIMIT}`,
        );
        return {
          severity: rule.severity ?? 'error',
          rule: rule.rule,
          table: spec.name,
          file: l.file,
          column: col.name,
          count: n,
          message: rule.message,
          detail: rule.detail,
          examples,
        };
      });
    });
    planPrimaryKey(engine, batch, t, spec, l, cols, plan.findings);
    plans.push(plan);
  }
  const others = loaded
    .filter((l) => !isContract(l.table))
    .map((l) => ({
      l,
      cols: described.get(l.table) ?? [],
      rows: batch.add(`${ident(schema)}.${ident(l.table)}`, ['count(*)'])[0],
    }));
  const tail: Pending[] = [
    ...planForeignKeys(engine, batch, schema, byName, columnsOf),
    ...planDateOrder(engine, batch, schema, byName, columnsOf),
  ];

  const count = await batch.run(engine);
  const resolved: Finding[] = [];
  const resolve = async (list: Pending[]) => {
    for (const p of list) {
      const f = typeof p === 'function' ? await p(count) : p;
      if (f) resolved.push(f);
    }
  };
  await resolve(findings);
  const summaries: TableSummary[] = [];
  for (const p of plans) {
    if (!('spec' in p)) {
      resolved.push(p);
      continue;
    }
    const rows = count(p.rowsAlias);
    summaries.push({ table: p.spec.name, file: p.l.file, rows, columns: p.cols.length });
    if (p.l.expectedRows !== undefined && p.l.expectedRows !== rows) {
      resolved.push(
        tableFinding(
          'warning',
          'row-count',
          p.l,
          `the manifest announces ${p.l.expectedRows} rows but the file has ${rows}`,
          { id: 'row-count', params: { expected: p.l.expectedRows, actual: rows } },
        ),
      );
    }
    if (rows === 0)
      resolved.push(
        tableFinding('warning', 'empty-table', p.l, 'the table has no rows', { id: 'empty-table' }),
      );
    // A type that can never be cast is reported for every row of the table.
    await resolve(
      p.findings.map((f) =>
        typeof f !== 'function' && f.detail?.id === 'cast-impossible' ? { ...f, count: rows } : f,
      ),
    );
  }
  for (const o of others) {
    summaries.push({ table: o.l.table, file: o.l.file, rows: count(o.rows), columns: o.cols.length });
  }
  await resolve(tail);
  return makeReport(resolved, summaries);
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

/** Column-level findings (pushed to `out`) and the row rules to count, in the contract's column order. */
function planColumns(
  spec: TableSpec,
  l: LoadedTable,
  cols: ColumnInfo[],
  ambiguous: Map<string, string[]>,
  currentYear: number,
  out: Pending[],
): { col: ColumnSpec; rule: RowRule }[] {
  const present = new Map(cols.map((c) => [c.name, c.type]));
  const rules: { col: ColumnSpec; rule: RowRule }[] = [];
  for (const col of spec.columns) {
    const actual = present.get(col.name);
    if (actual === undefined) {
      const candidates = ambiguous.get(col.name);
      if (candidates) out.push(ambiguousFinding(spec.name, l.file, col.name, candidates));
      else if (col.required) {
        out.push(
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
      // Its count (every row) is filled in once the row count is known.
      out.push(
        tableFinding(
          'error',
          'type',
          l,
          `column has type ${actual}, which cannot be read as ${col.type}`,
          { id: 'cast-impossible', params: { actual, type: col.type } },
          col.name,
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
    out.push(
      tableFinding('warning', 'extra-column', l, `extra columns are kept and ignored: ${extra.join(', ')}`, {
        id: 'extra-columns',
        params: { columns: extra.join(', ') },
      }),
    );
  }
  return rules;
}

function planPrimaryKey(
  engine: Engine,
  batch: CountBatch,
  t: string,
  spec: TableSpec,
  l: LoadedTable,
  cols: ColumnInfo[],
  out: Pending[],
): void {
  const pk = spec.primaryKey;
  if (!pk || !pk.every((k) => cols.some((c) => c.name === k))) return;
  const keys = pk.map(ident).join(', ');
  const dup = `SELECT ${keys}, count(*)::DOUBLE AS copies FROM ${t} GROUP BY ${keys} HAVING count(*) > 1`;
  const [alias] = batch.add(`(${dup})`, ['count(*)']);
  out.push(async (count) => {
    const n = count(alias);
    if (!n) return null;
    const examples = await engine.query<Row>(`${dup} ORDER BY copies DESC LIMIT ${EXAMPLE_LIMIT}`);
    return {
      severity: 'error',
      rule: 'primary-key',
      table: spec.name,
      file: l.file,
      column: pk.join(', '),
      count: n,
      message: `key (${pk.join(', ')}) must be unique; ${n} key value${n === 1 ? ' appears' : 's appear'} more than once`,
      detail: { id: 'primary-key', params: { key: pk.join(', '), n } },
      examples: examples.map(stringifyRow),
    };
  });
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

function planForeignKeys(
  engine: Engine,
  batch: CountBatch,
  schema: string,
  byName: Map<string, LoadedTable>,
  columnsOf: Map<string, ColumnInfo[]>,
): Pending[] {
  const out: Pending[] = [];
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
    const [alias] = batch.add(`(SELECT 1 ${dangling})`, ['count(*)']);
    out.push(async (count) => {
      const n = count(alias);
      if (!n) return null;
      const examples = await engine.query<Row>(
        `SELECT (x.rowid + 1)::DOUBLE AS "row", CAST(x.${c} AS VARCHAR) AS ${c} ${dangling} ORDER BY x.rowid LIMIT ${EXAMPLE_LIMIT}`,
      );
      return {
        severity: 'error',
        rule: 'foreign-key',
        table: fk.table,
        file: l.file,
        column: fk.column,
        count: n,
        message: `value not found in ${fk.refTable}.${fk.refColumn}`,
        detail: { id: 'foreign-key', params: { ref: `${fk.refTable}.${fk.refColumn}` } },
        examples,
      };
    });
  }
  return out;
}

function planDateOrder(
  engine: Engine,
  batch: CountBatch,
  schema: string,
  byName: Map<string, LoadedTable>,
  columnsOf: Map<string, ColumnInfo[]>,
): Pending[] {
  const pairs = [
    { table: 'events', from: 'start_date', to: 'end_date', severity: 'error' as const },
    { table: 'matches', from: 'requested_at', to: 'updated_at', severity: 'warning' as const },
  ];
  const out: Pending[] = [];
  for (const p of pairs) {
    const l = byName.get(p.table);
    const cols = columnsOf.get(p.table);
    if (!l || !cols?.some((c) => c.name === p.from) || !cols.some((c) => c.name === p.to)) continue;
    const t = `${ident(schema)}.${ident(p.table)}`;
    const pred = `TRY_CAST(${ident(p.to)} AS TIMESTAMP) < TRY_CAST(${ident(p.from)} AS TIMESTAMP)`;
    const [alias] = batch.add(t, [`count(*) FILTER (WHERE ${pred})`]);
    out.push(async (count) => {
      const n = count(alias);
      if (!n) return null;
      const examples = await engine.query<Row>(
        `SELECT (rowid + 1)::DOUBLE AS "row", CAST(${ident(p.from)} AS VARCHAR) AS ${ident(p.from)},
                CAST(${ident(p.to)} AS VARCHAR) AS ${ident(p.to)} FROM ${t} WHERE ${pred} ORDER BY rowid LIMIT ${EXAMPLE_LIMIT}`,
      );
      return {
        severity: p.severity,
        rule: 'date-order',
        table: p.table,
        file: l.file,
        column: p.to,
        count: n,
        message: `${p.to} is before ${p.from}`,
        detail: { id: 'date-order', params: { from: p.from, to: p.to } },
        examples,
      };
    });
  }
  return out;
}
