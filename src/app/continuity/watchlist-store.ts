/**
 * The continuity watchlist in IndexedDB (via `idb`), so it survives a reload and works offline. One record per
 * firm, with what the analyst saw when adding it (the year and index), which the alerts compare against.
 * Kept per browser profile; nothing leaves the machine.
 */
import { errorMessage } from '../../core/errors.ts';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export interface WatchEntry {
  exporterId: string;
  name: string;
  /** ISO-8601 time of adding. */
  addedAt: string;
  /** Year and index shown when the firm was added (index null when it had none). */
  addedYear: number | null;
  addedIndex: number | null;
  /** Name of the dataset it was added from (the list is shared across datasets). */
  dataset: string;
  note?: string;
}

interface WatchlistDb extends DBSchema {
  watchlist: { key: string; value: WatchEntry };
}

const DB_NAME = 'export-intel-continuity';
const STORE = 'watchlist';

export class WatchlistStore {
  #db: Promise<IDBPDatabase<WatchlistDb>> | null = null;

  #open(): Promise<IDBPDatabase<WatchlistDb>> {
    this.#db ??= openDB<WatchlistDb>(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore(STORE, { keyPath: 'exporterId' });
      },
    }).catch((e: unknown) => {
      this.#db = null;
      throw new Error(
        `the watchlist cannot be stored in this browser (IndexedDB unavailable: ${errorMessage(e)})`,
        { cause: e },
      );
    });
    return this.#db;
  }

  async all(): Promise<WatchEntry[]> {
    const entries = await (await this.#open()).getAll(STORE);
    return entries.sort((a, b) => a.addedAt.localeCompare(b.addedAt));
  }

  async put(entry: WatchEntry): Promise<void> {
    await (await this.#open()).put(STORE, entry);
  }

  async remove(exporterId: string): Promise<void> {
    await (await this.#open()).delete(STORE, exporterId);
  }
}
