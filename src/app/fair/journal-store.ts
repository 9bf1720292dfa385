/**
 * The booth journal in IndexedDB (via `idb`): every status change staff record, and every undo, is one new
 * record in an auto-numbered store — nothing is overwritten or deleted, so a reload or a crashed tab loses
 * nothing that was acknowledged. Each append is its own transaction with `durability: 'strict'` (the browser
 * flushes it to disk before reporting success). Entries are kept per event, not per dataset, so that a newer
 * warehouse extract loaded later still meets the booth's records (the merge decides which is newer).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import {
  foldJournal,
  lastEffectiveChange,
  type JournalChangeEntry,
  type JournalEntry,
  type JournalUndoEntry,
} from '../../data/fair/journal-fold.ts';
import type { MatchRow, MatchStatus } from '../../data/fair/match-row.ts';

type Stored = Omit<JournalChangeEntry, 'seq'> | Omit<JournalUndoEntry, 'seq'>;

interface FairSchema extends DBSchema {
  journal: { key: number; value: JournalEntry; indexes: { event: string } };
}

export const FAIR_DB = 'export-intel-fair';

export class JournalStore {
  private db: Promise<IDBPDatabase<FairSchema>> | null = null;

  constructor(private readonly name: string = FAIR_DB) {}

  private open(): Promise<IDBPDatabase<FairSchema>> {
    this.db ??= openDB<FairSchema>(this.name, 1, {
      upgrade(d) {
        d.createObjectStore('journal', { keyPath: 'seq', autoIncrement: true }).createIndex(
          'event',
          'eventId',
        );
      },
    });
    return this.db;
  }

  /** Appends a status change; resolves once it is on disk, with its sequence number. */
  async appendChange(
    eventId: string,
    row: MatchRow,
    previousStatus: MatchStatus | null,
  ): Promise<JournalChangeEntry> {
    const entry: Omit<JournalChangeEntry, 'seq'> = {
      kind: 'change',
      eventId,
      recordedAt: new Date().toISOString(),
      row,
      previousStatus,
    };
    const seq = await this.append(entry);
    return { ...entry, seq };
  }

  /** Takes back the latest change still in effect for the event (by appending an undo); null if none. */
  async undoLast(eventId: string): Promise<JournalChangeEntry | null> {
    const target = lastEffectiveChange(await this.list(eventId));
    if (!target) return null;
    await this.append({ kind: 'undo', eventId, recordedAt: new Date().toISOString(), target: target.seq });
    return target;
  }

  /** Every entry for the event, oldest first. */
  async list(eventId: string): Promise<JournalEntry[]> {
    const db = await this.open();
    const rows = await db.getAllFromIndex('journal', 'event', eventId);
    return rows.sort((a, b) => a.seq - b.seq);
  }

  async effective(eventId: string): Promise<ReturnType<typeof foldJournal>> {
    return foldJournal(await this.list(eventId));
  }

  close(): void {
    void this.db?.then((d) => d.close());
    this.db = null;
  }

  private async append(entry: Stored): Promise<number> {
    const db = await this.open();
    const tx = db.transaction('journal', 'readwrite', { durability: 'strict' });
    // The store assigns `seq` (autoIncrement keyPath); the stored value then carries it.
    const seq = await tx.store.add(entry as JournalEntry);
    await tx.done;
    return seq;
  }
}
