/**
 * The watchlist as Svelte state over WatchlistStore: loaded once at start, updated optimistically and
 * written through to IndexedDB. A failed write is shown (`error`) and the list reloaded from the store.
 */
import { errorMessage } from '../../core/errors.ts';
import { WatchlistStore, type WatchEntry } from './watchlist-store.ts';

export class WatchlistState {
  entries = $state<WatchEntry[]>([]);
  loaded = $state(false);
  error = $state<string | null>(null);
  #store: WatchlistStore;
  #loading: Promise<void> | null = null;

  constructor(store = new WatchlistStore()) {
    this.#store = store;
  }

  ensureLoaded(): Promise<void> {
    this.#loading ??= this.#reload();
    return this.#loading;
  }

  async #reload(): Promise<void> {
    try {
      this.entries = await this.#store.all();
      this.error = null;
    } catch (e) {
      this.error = errorMessage(e);
    } finally {
      this.loaded = true;
    }
  }

  has(exporterId: string): boolean {
    return this.entries.some((e) => e.exporterId === exporterId);
  }

  async add(entry: WatchEntry): Promise<void> {
    this.entries = [...this.entries.filter((e) => e.exporterId !== entry.exporterId), entry];
    await this.#write(() => this.#store.put(entry));
  }

  async remove(exporterId: string): Promise<void> {
    this.entries = this.entries.filter((e) => e.exporterId !== exporterId);
    await this.#write(() => this.#store.remove(exporterId));
  }

  async #write(op: () => Promise<void>): Promise<void> {
    try {
      await op();
      this.error = null;
    } catch (e) {
      this.error = errorMessage(e);
      await this.#reload();
    }
  }
}
