/**
 * Takes a live status file (a Parquet file in the contract's `matches` shape) into `fair_live.feed`, or
 * refuses it with a message that says what is wrong — and then the previous file stays in use, so a bad
 * upload, an HTML error page or an older copy never loses what is on screen.
 *
 * Checks: decodes as Parquet (the app's loader: size limits, footer checks, a worker in the browser); has the
 * contract's required columns; every value casts to its contract type and statuses are the contract's; no
 * match_id twice; at least one row; and it is not older than the file already shown (its latest updated_at).
 */
import { CodedInputError } from '../../core/coded-error.ts';
import { ident, type Engine, type QualifiedName } from '../engine/engine.ts';
import type { InsertFile } from '../dataset/load-dataset.ts';
import { ensureLiveTables, FEED, LIVE_SCHEMA, q } from './live-tables.ts';
import { asWallClock, MATCH_COLUMNS, MATCH_STATUSES, REQUESTED_BY } from './match-row.ts';

/** Bytes → a DuckDB table (the browser: decode worker + DuckDB-WASM; Node: the same or native DuckDB). */
export type FeedInsert = (bytes: Uint8Array, target: QualifiedName, fileName: string) => Promise<void>;

/** Adapts the dataset loader's InsertFile step (what the app's backend offers) to a FeedInsert. */
export function feedInsertFrom(insertFile: InsertFile): FeedInsert {
  return async (bytes, target, fileName) => {
    await insertFile({ table: target.table, fileName, read: async () => bytes }, bytes, target, {
      onStep: () => undefined,
    });
  };
}

export interface FeedSummary {
  fileName: string;
  rows: number;
  /** Latest updated_at in the file, wall-clock text. */
  latestUpdate: string;
  /** Rows naming an exporter or buyer the dataset does not know (kept; shown as a warning). */
  unknownParties: number;
}

const REQUIRED = [
  'match_id',
  'exporter_id',
  'buyer_id',
  'requested_by',
  'requested_at',
  'status',
  'updated_at',
];
const TYPES: Record<string, string> = {
  requested_at: 'TIMESTAMP',
  updated_at: 'TIMESTAMP',
  contract_value_usd: 'DOUBLE',
};

export async function loadFeed(
  engine: Engine,
  insert: FeedInsert,
  bytes: Uint8Array,
  fileName: string,
): Promise<FeedSummary> {
  if (bytes.byteLength === 0) {
    throw new CodedInputError(`${fileName}: the server sent an empty file`, 'feed-empty-response', {
      file: fileName,
    });
  }
  await ensureLiveTables(engine);
  const incoming = { schema: LIVE_SCHEMA, table: 'feed_incoming' };
  const checked = { schema: LIVE_SCHEMA, table: 'feed_checked' };
  try {
    await insert(bytes, incoming, fileName);
    const columns = await engine.query<{ name: string }>(
      `SELECT column_name AS name FROM information_schema.columns WHERE table_schema = ? AND table_name = ?`,
      [incoming.schema, incoming.table],
    );
    const have = new Set(columns.map((c) => c.name));
    const missing = REQUIRED.filter((c) => !have.has(c));
    if (missing.length) {
      throw new CodedInputError(
        `${fileName}: not a matches file — missing column(s) ${missing.join(', ')}`,
        'feed-columns',
        { file: fileName, columns: missing.join(', ') },
      );
    }
    const select = MATCH_COLUMNS.map((c) => {
      const type = TYPES[c] ?? 'VARCHAR';
      return have.has(c) ? `TRY_CAST(${ident(c)} AS ${type}) AS ${ident(c)}` : `NULL::${type} AS ${ident(c)}`;
    });
    await engine.exec(
      `CREATE OR REPLACE TABLE ${q(checked)} AS SELECT ${select.join(', ')} FROM ${q(incoming)}`,
    );
    await checkValues(engine, checked, fileName);
    const [stats] = await engine.query<{ n: number; latest: string | null; dup: number }>(
      `SELECT count(*)::INTEGER AS n, max(updated_at) AS latest,
              (count(*) - count(DISTINCT match_id))::INTEGER AS dup FROM ${q(checked)}`,
    );
    if (stats.n === 0) {
      throw new CodedInputError(`${fileName}: the file has no match records`, 'feed-no-rows', {
        file: fileName,
      });
    }
    if (stats.dup > 0) {
      throw new CodedInputError(
        `${fileName}: ${stats.dup} match_id value(s) appear more than once; each match must be one row`,
        'feed-duplicates',
        { file: fileName, n: stats.dup },
      );
    }
    const latest = asWallClock(stats.latest ?? '');
    const [prev] = await engine.query<{ latest: string | null }>(
      `SELECT max(updated_at) AS latest FROM ${q(FEED)}`,
    );
    if (prev.latest && stats.latest && stats.latest < prev.latest) {
      throw new CodedInputError(
        `${fileName}: this file is older (latest change ${latest}) than the one already shown (${asWallClock(prev.latest)}); it was not applied`,
        'feed-older',
        { file: fileName, latest, shown: asWallClock(prev.latest) },
      );
    }
    const [unknown] = await engine.query<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM ${q(checked)} f
       WHERE NOT EXISTS (SELECT 1 FROM exporters e WHERE e.exporter_id = f.exporter_id)
          OR NOT EXISTS (SELECT 1 FROM buyers b WHERE b.buyer_id = f.buyer_id)`,
    );
    await engine.exec(
      `BEGIN TRANSACTION; DROP TABLE IF EXISTS ${q(FEED)};
       ALTER TABLE ${q(checked)} RENAME TO ${ident(FEED.table)}; COMMIT;`,
    );
    return { fileName, rows: stats.n, latestUpdate: latest, unknownParties: unknown.n };
  } finally {
    await engine.exec(`DROP TABLE IF EXISTS ${q(incoming)}; DROP TABLE IF EXISTS ${q(checked)};`);
  }
}

async function checkValues(engine: Engine, t: QualifiedName, fileName: string): Promise<void> {
  const statuses = MATCH_STATUSES.map(() => '?').join(', ');
  const by = REQUESTED_BY.map(() => '?').join(', ');
  const bad = await engine.query<{ row: number; match_id: string | null; problem: string }>(
    `SELECT row, match_id, problem FROM (
       SELECT row_number() OVER () AS row, match_id,
         CASE WHEN match_id IS NULL OR exporter_id IS NULL OR buyer_id IS NULL THEN 'missing id'
              WHEN requested_at IS NULL OR updated_at IS NULL THEN 'missing or invalid timestamp'
              WHEN status IS NULL OR status NOT IN (${statuses}) THEN 'status not allowed'
              WHEN requested_by IS NULL OR requested_by NOT IN (${by}) THEN 'requested_by not allowed'
              WHEN contract_value_usd < 0 THEN 'negative contract value' END AS problem
       FROM ${q(t)}) WHERE problem IS NOT NULL ORDER BY row LIMIT 4`,
    [...MATCH_STATUSES, ...REQUESTED_BY],
  );
  if (bad.length === 0) return;
  const first = bad
    .slice(0, 3)
    .map((b) => `row ${b.row}${b.match_id ? ` (${b.match_id})` : ''}: ${b.problem}`)
    .join('; ');
  throw new CodedInputError(`${fileName}: invalid values — ${first}`, 'feed-values', {
    file: fileName,
    detail: first,
  });
}
