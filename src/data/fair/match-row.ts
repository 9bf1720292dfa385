/**
 * One row of the contract's `matches` table as plain data — the shape the live status file, the booth's
 * journal and its Parquet export all share, so the warehouse can merge what the booth recorded.
 * Timestamps are wall-clock times at the venue, 'YYYY-MM-DD HH:MM:SS' (the contract's TIMESTAMP has no zone).
 */
export const MATCH_STATUSES = ['requested', 'accepted', 'declined', 'met', 'contracted'] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];
export const REQUESTED_BY = ['exporter', 'buyer', 'agency'] as const;
export type RequestedBy = (typeof REQUESTED_BY)[number];

export interface MatchRow {
  readonly match_id: string;
  readonly event_id: string | null;
  readonly exporter_id: string;
  readonly buyer_id: string;
  readonly requested_by: RequestedBy;
  readonly requested_at: string;
  readonly status: MatchStatus;
  readonly updated_at: string;
  readonly contract_value_usd: number | null;
}

export const MATCH_COLUMNS = [
  'match_id',
  'event_id',
  'exporter_id',
  'buyer_id',
  'requested_by',
  'requested_at',
  'status',
  'updated_at',
  'contract_value_usd',
] as const;

/** A local Date as the venue's wall-clock timestamp text (seconds precision). */
export function wallClock(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return (
    `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ` +
    `${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`
  );
}

/** Engine values come back as ISO strings ('…T…Z'); the contract's wall-clock text drops the T and zone. */
export function asWallClock(v: string): string {
  return v
    .replace('T', ' ')
    .replace(/(\.\d+)?Z$/, '')
    .slice(0, 19);
}

/** Wall-clock text → epoch milliseconds of the same digits read as UTC (how Arrow stores a zone-less time). */
export function wallClockMillis(v: string): number {
  const ms = Date.parse(`${v.slice(0, 19).replace(' ', 'T')}Z`);
  if (!Number.isFinite(ms)) throw new Error(`not a timestamp: ${v}`);
  return ms;
}
