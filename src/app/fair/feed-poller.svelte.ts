/**
 * Polls the live status file (e.g. an S3 object the agency's system rewrites) every `intervalSec` seconds with
 * conditional requests, hands changed bytes to `apply` (check + load + refresh), and keeps what the booth
 * needs to trust the screen: when it last checked, when it last heard from the server, when the data last
 * changed, and whether the screen is stale — the last poll failed, the browser is offline, or nothing has
 * been heard for two intervals. A failed poll or a refused file never clears what is shown.
 * The address and interval are remembered (localStorage), so a restarted booth laptop resumes polling.
 */
import { fairErrorText } from './error-text.ts';
import { NO_VALIDATORS, pollStatusFile, type PollValidators } from '../../data/fair/poll-status.ts';
import type { FeedSummary } from '../../data/fair/feed-load.ts';

const STORAGE_KEY = 'export-intel.fair.feed';
export const MIN_INTERVAL_SEC = 2;
export const MAX_INTERVAL_SEC = 600;

interface Saved {
  url: string;
  intervalSec: number;
  running: boolean;
}

export class FeedPoller {
  url = $state('');
  intervalSec = $state(15);
  running = $state(false);
  polling = $state(false);
  lastCheckAt = $state<number | null>(null);
  lastSuccessAt = $state<number | null>(null);
  lastChangeAt = $state<number | null>(null);
  error = $state<string | null>(null);
  summary = $state.raw<FeedSummary | null>(null);
  /** Ticks every second while running, so "n seconds ago" and staleness update on their own. */
  now = $state(Date.now());
  online = $state(globalThis.navigator?.onLine ?? true);
  stale = $derived(
    this.running &&
      (this.error !== null ||
        !this.online ||
        (this.lastSuccessAt !== null && this.now - this.lastSuccessAt > this.intervalSec * 2000 + 5000)),
  );

  #validators: PollValidators = NO_VALIDATORS;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #ticker: ReturnType<typeof setInterval> | null = null;
  #abort: AbortController | null = null;

  constructor(private readonly apply: (bytes: Uint8Array, fileName: string) => Promise<FeedSummary>) {
    globalThis.addEventListener?.('online', () => (this.online = true));
    globalThis.addEventListener?.('offline', () => (this.online = false));
  }

  /** The saved address, if polling was on when the page was closed. */
  restore(): void {
    const saved = readSaved();
    if (!saved) return;
    this.url = saved.url;
    this.intervalSec = saved.intervalSec;
    if (saved.running && saved.url) this.start(saved.url, saved.intervalSec);
  }

  start(url: string, intervalSec: number): void {
    this.stop();
    this.url = url.trim();
    this.intervalSec = Math.min(MAX_INTERVAL_SEC, Math.max(MIN_INTERVAL_SEC, Math.round(intervalSec) || 15));
    this.#validators = NO_VALIDATORS;
    this.error = null;
    this.lastCheckAt = this.lastSuccessAt = this.lastChangeAt = null;
    this.summary = null;
    this.running = true;
    this.#ticker = setInterval(() => (this.now = Date.now()), 1000);
    save({ url: this.url, intervalSec: this.intervalSec, running: true });
    void this.pollNow();
  }

  stop(): void {
    this.running = false;
    this.#abort?.abort();
    if (this.#timer) clearTimeout(this.#timer);
    if (this.#ticker) clearInterval(this.#ticker);
    this.#timer = this.#ticker = null;
    if (this.url) save({ url: this.url, intervalSec: this.intervalSec, running: false });
  }

  async pollNow(): Promise<void> {
    if (!this.running || this.polling) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.polling = true;
    const abort = new AbortController();
    this.#abort = abort;
    const url = this.url;
    try {
      const result = await pollStatusFile(url, this.#validators, { signal: abort.signal });
      if (abort.signal.aborted) return;
      if (result.kind === 'changed') {
        this.summary = await this.apply(result.bytes, result.fileName);
        this.#validators = result.validators;
        this.lastChangeAt = Date.now();
      }
      this.lastSuccessAt = Date.now();
      this.error = null;
    } catch (e) {
      if (!abort.signal.aborted) this.error = fairErrorText(e, 'fair.feed.unreadable');
    } finally {
      this.polling = false;
      this.now = this.lastCheckAt = Date.now();
      if (this.running && this.url === url) {
        this.#timer = setTimeout(() => void this.pollNow(), this.intervalSec * 1000);
      }
    }
  }
}

function readSaved(): Saved | null {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<Saved>;
    return typeof v.url === 'string' && typeof v.intervalSec === 'number'
      ? { url: v.url, intervalSec: v.intervalSec, running: v.running === true }
      : null;
  } catch {
    return null;
  }
}

function save(v: Saved): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(v));
  } catch {
    // not remembered across reloads; polling still works now
  }
}
