/**
 * What one status change recorded at the booth becomes: the full `matches` row after the change, or a refusal
 * that says why. Pure: the facts about the pair (pair-context.ts reads them from the data) come in as an object.
 *
 * Rules: the event must exist; the exporter and the buyer must both be registered participants of it (an
 * entry for an unknown exporter/buyer/event pair is refused); a given match_id must be that pair's match at
 * that event. A pair with no match yet (a meeting arranged on the spot) gets a new match requested by the
 * agency, id `J-<event>-<exporter>-<buyer>`. The new row's updated_at is the laptop's clock — or, if that is
 * not later than the row it replaces, one second after it, so that the merge (latest updated_at wins) always
 * shows what was just recorded.
 */
import { CodedInputError } from '../../core/coded-error.ts';
import { MATCH_STATUSES, wallClockMillis, type MatchRow, type MatchStatus } from './match-row.ts';

export interface JournalChange {
  readonly eventId: string;
  readonly exporterId: string;
  readonly buyerId: string;
  /** The match being updated; omitted to find (or create) the pair's match. */
  readonly matchId?: string;
  readonly status: MatchStatus;
  /** Only with status 'contracted'. */
  readonly contractValueUsd?: number | null;
  /** Laptop wall clock, 'YYYY-MM-DD HH:MM:SS'. */
  readonly at: string;
}

export interface PairContext {
  readonly eventKnown: boolean;
  readonly exporterRegistered: boolean;
  readonly buyerRegistered: boolean;
  /** The pair's current match at the event (after the merge), if any. */
  readonly existing: MatchRow | null;
}

export function journalMatchId(eventId: string, exporterId: string, buyerId: string): string {
  return `J-${eventId}-${exporterId}-${buyerId}`;
}

export function applyJournalChange(change: JournalChange, ctx: PairContext): MatchRow {
  const { eventId, exporterId, buyerId } = change;
  const params = { event: eventId, exporter: exporterId, buyer: buyerId };
  if (!ctx.eventKnown) {
    throw new CodedInputError(`event ${eventId} is not in the dataset`, 'journal-unknown-event', params);
  }
  if (!ctx.exporterRegistered) {
    throw new CodedInputError(
      `exporter ${exporterId} is not a participant of ${eventId}; only registered participants can be recorded`,
      'journal-unknown-exporter',
      params,
    );
  }
  if (!ctx.buyerRegistered) {
    throw new CodedInputError(
      `buyer ${buyerId} is not a participant of ${eventId}; only registered participants can be recorded`,
      'journal-unknown-buyer',
      params,
    );
  }
  if (change.matchId !== undefined && ctx.existing?.match_id !== change.matchId) {
    throw new CodedInputError(
      `match ${change.matchId} is not the match of ${exporterId} and ${buyerId} at ${eventId}`,
      'journal-unknown-match',
      { ...params, match: change.matchId },
    );
  }
  if (!(MATCH_STATUSES as readonly string[]).includes(change.status)) {
    throw new CodedInputError(`status '${change.status}' is not one of the contract's`, 'journal-status', {
      status: String(change.status),
    });
  }
  const value = change.status === 'contracted' ? (change.contractValueUsd ?? null) : null;
  if (value !== null && !(Number.isFinite(value) && value >= 0)) {
    throw new CodedInputError(
      `the contract value must be a number ≥ 0 (got ${value})`,
      'journal-contract-value',
      { value: String(value) },
    );
  }
  wallClockMillis(change.at); // throws on a malformed clock (a bug, not user input)
  const existing = ctx.existing;
  const updatedAt =
    existing && change.at <= existing.updated_at ? plusOneSecond(existing.updated_at) : change.at;
  if (existing)
    return { ...existing, status: change.status, updated_at: updatedAt, contract_value_usd: value };
  return {
    match_id: journalMatchId(eventId, exporterId, buyerId),
    event_id: eventId,
    exporter_id: exporterId,
    buyer_id: buyerId,
    requested_by: 'agency',
    requested_at: change.at,
    status: change.status,
    updated_at: updatedAt,
    contract_value_usd: value,
  };
}

function plusOneSecond(wall: string): string {
  return new Date(wallClockMillis(wall) + 1000).toISOString().replace('T', ' ').slice(0, 19);
}
