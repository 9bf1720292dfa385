/**
 * Loads what the continuity screens and the CLI need from the active dataset, by SQL: the yearly status of
 * every exporter (materialised once as a temporary table, since counts, features and exports all read it),
 * status counts per year, the feature table as typed columns (core/continuity/feature-table.ts), each
 * row's main destination, and the firms' names, regions and industries for lists and filters.
 */
import { InputError } from '../../core/errors.ts';
import type { ContinuityStatus, FeatureTable } from '../../core/continuity/feature-table.ts';
import { ident, type Engine } from '../engine/engine.ts';
import { CANDIDATE_NAMES } from './candidates.ts';
import { featureSql } from './feature-sql.ts';
import { DEFAULT_RULES, STATUSES, statusSql, type StatusRules } from './status-rules.ts';

/** Temporary table holding statusSql's result for the active dataset (the temp schema is searched first). */
export const STATUS_TABLE = 'continuity_status';

export interface StatusCounts {
  year: number;
  continuing: number;
  stopped: number;
  pending: number;
  beginner: number;
}

export interface FirmInfo {
  name: string;
  nameEn: string | null;
  region: string | null;
  industry: string | null;
}

export interface ContinuityData {
  rules: StatusRules;
  /** Years with at least one status, ascending. */
  years: number[];
  /** Years in which at least one exporter was observed (firm_years or exports), ascending. */
  observedYears: number[];
  counts: StatusCounts[];
  features: FeatureTable;
  /** Per feature row: destination with the largest export value at t (null when not exporting). */
  mainDestination: (string | null)[];
  firms: Map<string, FirmInfo>;
}

export type DataStep = 'status' | 'features';

export function emptyCounts(year: number): StatusCounts {
  return { year, continuing: 0, stopped: 0, pending: 0, beginner: 0 };
}

/** Computes the status table; returns the years it covers and the years with observations. */
export async function buildStatusTable(
  engine: Engine,
  rules: StatusRules = DEFAULT_RULES,
): Promise<{ years: number[]; observedYears: number[] }> {
  await engine.exec(`CREATE OR REPLACE TEMP TABLE ${STATUS_TABLE} AS ${statusSql(rules)}`);
  const rows = await engine.query<{ year: number; observed: boolean }>(
    `SELECT year, bool_or(observed) AS observed FROM ${STATUS_TABLE} GROUP BY year ORDER BY year`,
  );
  return { years: rows.map((r) => r.year), observedYears: rows.filter((r) => r.observed).map((r) => r.year) };
}

export async function statusCounts(engine: Engine): Promise<StatusCounts[]> {
  const rows = await engine.query<{ year: number; status: ContinuityStatus; n: number }>(
    `SELECT year, status, count(*)::INTEGER AS n FROM ${STATUS_TABLE} GROUP BY year, status ORDER BY year`,
  );
  const byYear = new Map<number, StatusCounts>();
  for (const r of rows) {
    const c = byYear.get(r.year) ?? emptyCounts(r.year);
    c[r.status] = r.n;
    byYear.set(r.year, c);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** Every firm with a status at `year`: (exporter_id, status), ordered by id. */
export async function statusesAt(
  engine: Engine,
  year: number,
): Promise<{ exporter_id: string; status: ContinuityStatus }[]> {
  return engine.query(`SELECT exporter_id, status FROM ${STATUS_TABLE} WHERE year = ? ORDER BY exporter_id`, [
    year,
  ]);
}

/** One firm's yearly statuses (for its page). */
export async function firmStatuses(
  engine: Engine,
  exporterId: string,
): Promise<{ year: number; status: ContinuityStatus; exported: boolean; observed: boolean }[]> {
  return engine.query(
    `SELECT year, status, exported, observed FROM ${STATUS_TABLE} WHERE exporter_id = ? ORDER BY year`,
    [exporterId],
  );
}

type FeatureRow = Record<string, string | number | null> & {
  exporter_id: string;
  year: number;
  status: ContinuityStatus;
  label: number | null;
  main_destination: string | null;
};

interface ChunkTarget {
  names: string[];
  columns: Float64Array[];
  exporterId: string[];
  year: Int32Array;
  status: ContinuityStatus[];
  label: Float64Array;
  mainDestination: (string | null)[];
}

/**
 * Reads one chunk of feature rows into the typed columns at offset `from`; returns the rows read. Column by
 * column when the engine can (no per-row objects: 4–5× faster for the 30-column design), else row by row.
 */
async function readChunk(
  engine: Engine,
  sql: string,
  params: number[],
  from: number,
  t: ChunkTarget,
): Promise<number> {
  if (engine.queryColumns) {
    const cols = await engine.queryColumns(sql, params);
    const ids = cols.exporter_id as string[];
    const statuses = cols.status as ContinuityStatus[];
    const dests = cols.main_destination as (string | null)[];
    for (let k = 0; k < ids.length; k++) {
      t.exporterId[from + k] = ids[k];
      t.status[from + k] = statuses[k];
      t.mainDestination[from + k] = dests[k];
    }
    t.year.set(cols.year as Float64Array, from);
    t.label.set(cols.label as Float64Array, from);
    t.names.forEach((name, j) => t.columns[j].set(cols[name] as Float64Array, from));
    return ids.length;
  }
  const rows = await engine.query<FeatureRow>(sql, params);
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    const i = from + k;
    t.exporterId[i] = r.exporter_id;
    t.year[i] = r.year;
    t.status[i] = r.status;
    t.label[i] = r.label ?? NaN;
    t.mainDestination[i] = r.main_destination;
    for (let j = 0; j < t.names.length; j++) {
      const v = r[t.names[j]];
      t.columns[j][i] = typeof v === 'number' ? v : NaN;
    }
  }
  return rows.length;
}

/** Temporary table holding the feature rows with a row number `rn` (read in chunks). */
export const FEATURE_TABLE = 'continuity_features';
/** Rows per chunk when reading features: small enough that the page stays responsive between chunks. */
const CHUNK_ROWS = 50_000;
/** Rows per chunk through Engine.queryColumns (no per-row objects, so larger chunks stay quick). */
const COLUMN_CHUNK_ROWS = 200_000;

/**
 * Reads the feature table into typed columns, in chunks (the page yields between them and `onProgress` gets
 * the fraction read). The SQL reads the status table built above.
 */
export async function loadFeatures(
  engine: Engine,
  rules: StatusRules = DEFAULT_RULES,
  onProgress: (fraction: number) => void = () => {},
): Promise<{ features: FeatureTable; mainDestination: (string | null)[] }> {
  await engine.exec(
    `CREATE OR REPLACE TEMP TABLE ${FEATURE_TABLE} AS
     SELECT (row_number() OVER (ORDER BY exporter_id, year) - 1)::INTEGER AS rn, *
     FROM (${featureSql(rules, STATUS_TABLE)})`,
  );
  const [{ n }] = await engine.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${FEATURE_TABLE}`);
  const names = [...CANDIDATE_NAMES];
  const columns = names.map(() => new Float64Array(n));
  const exporterId = new Array<string>(n);
  const year = new Int32Array(n);
  const status = new Array<ContinuityStatus>(n);
  const label = new Float64Array(n);
  const mainDestination = new Array<string | null>(n);
  const select = ['exporter_id', 'year', 'status', 'label', 'main_destination', ...names]
    .map(ident)
    .join(', ');
  const target: ChunkTarget = { names, columns, exporterId, year, status, label, mainDestination };
  const chunkRows = engine.queryColumns ? COLUMN_CHUNK_ROWS : CHUNK_ROWS;
  for (let from = 0; from < n; from += chunkRows) {
    const sql = `SELECT ${select} FROM ${FEATURE_TABLE} WHERE rn >= ? AND rn < ? ORDER BY rn`;
    const read = await readChunk(engine, sql, [from, from + chunkRows], from, target);
    onProgress(Math.min(1, (from + read) / n));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { features: { n, exporterId, year, status, label, names, columns }, mainDestination };
}

export async function loadFirms(engine: Engine): Promise<Map<string, FirmInfo>> {
  const rows = await engine.query<{
    exporter_id: string;
    name: string | null;
    name_en: string | null;
    region: string | null;
    industry: string | null;
  }>('SELECT exporter_id, name, name_en, region, industry FROM exporters');
  return new Map(
    rows.map((r) => [
      r.exporter_id,
      { name: r.name ?? r.exporter_id, nameEn: r.name_en, region: r.region, industry: r.industry },
    ]),
  );
}

/** All of the above, reporting each step as it starts. */
export async function loadContinuityData(
  engine: Engine,
  rules: StatusRules = DEFAULT_RULES,
  onStep: (step: DataStep) => void = () => {},
  onProgress: (fraction: number) => void = () => {},
): Promise<ContinuityData> {
  onStep('status');
  const { years, observedYears } = await buildStatusTable(engine, rules);
  if (years.length === 0) {
    throw new InputError(
      'no exporter has a status: no firm in the data ever exported (exports.value_usd > 0); check the exports table',
      'no-status',
    );
  }
  const counts = await statusCounts(engine);
  onStep('features');
  const { features, mainDestination } = await loadFeatures(engine, rules, onProgress);
  const firms = await loadFirms(engine);
  return { rules, years, observedYears, counts, features, mainDestination, firms };
}

export { STATUSES };
