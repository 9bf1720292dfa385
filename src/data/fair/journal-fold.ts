/**
 * The booth journal is append-only: a status change is one entry, and undo is another entry that names the
 * change it takes back. Folding the entries in order gives what is in effect: the changes not undone, and per
 * match the row of its latest such change (what the merge and the Parquet export use). Pure.
 */
import type { MatchRow, MatchStatus } from './match-row.ts';

export interface JournalChangeEntry {
  readonly seq: number;
  readonly kind: 'change';
  readonly eventId: string;
  /** When it was recorded (laptop clock, ISO-8601 with zone). */
  readonly recordedAt: string;
  readonly row: MatchRow;
  /** The status before this change (null for a new match), to show "met ← accepted". */
  readonly previousStatus: MatchStatus | null;
}

export interface JournalUndoEntry {
  readonly seq: number;
  readonly kind: 'undo';
  readonly eventId: string;
  readonly recordedAt: string;
  /** seq of the change taken back. */
  readonly target: number;
}

export type JournalEntry = JournalChangeEntry | JournalUndoEntry;

export interface EffectiveJournal {
  /** Changes in effect, oldest first. */
  readonly changes: readonly JournalChangeEntry[];
  /** Latest row per match_id among the changes in effect. */
  readonly rows: readonly MatchRow[];
  /** Changes taken back. */
  readonly undone: number;
}

export function foldJournal(entries: readonly JournalEntry[]): EffectiveJournal {
  const sorted = [...entries].sort((a, b) => a.seq - b.seq);
  const undone = new Set<number>();
  for (const e of sorted) if (e.kind === 'undo') undone.add(e.target);
  const changes = sorted.filter((e): e is JournalChangeEntry => e.kind === 'change' && !undone.has(e.seq));
  const latest = new Map<string, MatchRow>();
  for (const c of changes) latest.set(c.row.match_id, c.row);
  return { changes, rows: [...latest.values()], undone: undone.size };
}

/** The change an undo would take back now: the latest one still in effect. */
export function lastEffectiveChange(entries: readonly JournalEntry[]): JournalChangeEntry | null {
  const { changes } = foldJournal(entries);
  return changes.at(-1) ?? null;
}
