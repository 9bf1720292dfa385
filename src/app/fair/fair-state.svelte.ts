/**
 * 실시간 매칭 현황 — the booth's state for one event: which event, the merged matches (dataset + live status file
 * + journal) rebuilt and re-aggregated on every change, the booth journal (record, undo, export as Parquet),
 * and the live-file poller. Database work runs through one queue so a poll landing during a journal entry
 * never reads a half-built view; refreshes asked for while one runs are coalesced into one more.
 */
import { isInputError } from '../../core/errors.ts';
import { buildCurrent } from '../../data/fair/effective-matches.ts';
import { defaultEvent, listFairEvents, type FairEvent } from '../../data/fair/fair-events.ts';
import { feedInsertFrom, loadFeed, type FeedSummary } from '../../data/fair/feed-load.ts';
import { applyJournalChange, type JournalChange } from '../../data/fair/journal-change.ts';
import type { EffectiveJournal } from '../../data/fair/journal-fold.ts';
import { liveSnapshot, type LiveSnapshot } from '../../data/fair/live-snapshot.ts';
import { ensureLiveTables, replaceJournalTable } from '../../data/fair/live-tables.ts';
import { matchesParquet } from '../../data/fair/matches-arrow.ts';
import type { MatchStatus } from '../../data/fair/match-row.ts';
import { nowWallClock } from './clock.ts';
import { pairContext } from '../../data/fair/pair-context.ts';
import { eventParties, type EventParties } from '../../data/fair/schedule-input.ts';
import type { DataBackend } from '../data-backend.ts';
import type { DatasetState } from '../dataset-state.svelte.ts';
import { fileStamp, saveBlob } from '../download.ts';
import { fairErrorText } from './error-text.ts';
import { i18n } from '../i18n/i18n.svelte.ts';
import type { MessageKey } from '../i18n/messages-ko.ts';
import { FeedPoller } from './feed-poller.svelte.ts';
import type { JournalStore } from './journal-store.ts';
import { SerialQueue } from './serial-queue.ts';

export interface LiveView extends LiveSnapshot {
  readonly refreshedAt: number;
}

export type Notice = { kind: 'ok' | 'error'; text: string } | null;

const EVENT_KEY = 'export-intel.fair.event';
const EMPTY_JOURNAL: EffectiveJournal = { changes: [], rows: [], undone: 0 };

export class FairState {
  phase = $state<'idle' | 'loading' | 'ready' | 'failed'>('idle');
  error = $state<string | null>(null);
  events = $state.raw<FairEvent[]>([]);
  eventId = $state<string | null>(null);
  event = $derived(this.events.find((e) => e.id === this.eventId) ?? null);
  parties = $state.raw<EventParties | null>(null);
  view = $state.raw<LiveView | null>(null);
  refreshing = $state(false);
  /** Chosen day of the timeline; null = the default (today during the fair, else the first day). */
  day = $state<string | null>(null);
  bucketMinutes = $state(30);
  waitMinutes = $state(60);
  journal = $state.raw<EffectiveJournal>(EMPTY_JOURNAL);
  journalNotice = $state<Notice>(null);
  recording = $state(false);
  /** Bumped after every refresh, so other tabs (schedule) know the merged matches changed. */
  revision = $state(0);
  readonly feed: FeedPoller;

  #queue = new SerialQueue();
  #backend: DataBackend | null = null;
  #version = -1;
  #dirty = false;

  constructor(
    private readonly datasets: DatasetState,
    private readonly store: JournalStore,
  ) {
    this.feed = new FeedPoller((bytes, fileName) => this.applyFeed(bytes, fileName));
  }

  /** Call when the page shows or the dataset changes; does nothing if already in sync. */
  async sync(): Promise<void> {
    if (!this.datasets.active || this.#version === this.datasets.version) return;
    this.#version = this.datasets.version;
    this.phase = 'loading';
    this.error = null;
    try {
      this.#backend = await this.datasets.backend();
      const engine = this.#backend.engine;
      await this.#queue.run(() => ensureLiveTables(engine));
      this.events = await this.#queue.run(() => listFairEvents(engine));
      const saved = readEvent();
      const pick = this.events.find((e) => e.id === (this.eventId ?? saved)) ?? defaultEvent(this.events);
      this.eventId = pick?.id ?? null;
      await this.openEvent();
      this.phase = 'ready';
      if (!this.feed.running) this.feed.restore();
    } catch (e) {
      this.phase = 'failed';
      this.error = fairErrorText(e);
      if (!isInputError(e)) console.error(e);
    }
  }

  async selectEvent(id: string): Promise<void> {
    if (id === this.eventId) return;
    this.eventId = id;
    this.day = null;
    writeEvent(id);
    await this.openEvent();
  }

  private async openEvent(): Promise<void> {
    this.view = null;
    this.parties = null;
    this.journal = EMPTY_JOURNAL;
    this.journalNotice = null;
    const id = this.eventId;
    if (!id || !this.#backend) return;
    const engine = this.#backend.engine;
    this.journal = await this.store.effective(id);
    await this.#queue.run(() => replaceJournalTable(engine, this.journal.rows));
    this.parties = await this.#queue.run(() => eventParties(engine, id));
    await this.refresh();
  }

  /** Rebuilds the merged view and every aggregate; concurrent calls collapse into one more run. */
  async refresh(): Promise<void> {
    if (this.refreshing) {
      this.#dirty = true;
      return;
    }
    this.refreshing = true;
    try {
      do {
        this.#dirty = false;
        await this.#queue.run(() => this.rebuild());
      } while (this.#dirty);
    } catch (e) {
      this.error = fairErrorText(e);
      if (!isInputError(e)) console.error(e);
    } finally {
      this.refreshing = false;
    }
  }

  private async rebuild(): Promise<void> {
    const event = this.event;
    if (!event || !this.#backend) return;
    const snapshot = await liveSnapshot(this.#backend.engine, event, {
      day: this.day,
      bucketMinutes: this.bucketMinutes,
      waitMinutes: this.waitMinutes,
      now: nowWallClock(),
    });
    if (event.id !== this.eventId) return; // the user switched events meanwhile
    this.view = { ...snapshot, refreshedAt: Date.now() };
    this.error = null;
    this.revision++;
  }

  /** The poller's apply step: check and load the file (the previous one stays on failure), then refresh. */
  private async applyFeed(bytes: Uint8Array, fileName: string): Promise<FeedSummary> {
    const backend = this.#backend ?? (await this.datasets.backend());
    const summary = await this.#queue.run(() =>
      loadFeed(backend.engine, feedInsertFrom(backend.insertFile), bytes, fileName),
    );
    await this.refresh();
    return summary;
  }

  /** Records one status change at the booth: checked, stored durably, then shown. */
  async record(change: Omit<JournalChange, 'at' | 'eventId'>): Promise<boolean> {
    const event = this.event;
    if (!event || !this.#backend) return false;
    const engine = this.#backend.engine;
    this.recording = true;
    this.journalNotice = null;
    try {
      const full: JournalChange = { ...change, eventId: event.id, at: nowWallClock() };
      const ctx = await this.#queue.run(async () => {
        await buildCurrent(engine, event.id);
        return pairContext(engine, event.id, change.exporterId, change.buyerId);
      });
      const row = applyJournalChange(full, ctx);
      await this.store.appendChange(event.id, row, ctx.existing?.status ?? null);
      this.journal = await this.store.effective(event.id);
      await this.#queue.run(() => replaceJournalTable(engine, this.journal.rows));
      this.journalNotice = {
        kind: 'ok',
        text: this.describeChange(row.exporter_id, row.buyer_id, row.status),
      };
      await this.refresh();
      return true;
    } catch (e) {
      this.journalNotice = { kind: 'error', text: fairErrorText(e) };
      if (!isInputError(e)) console.error(e);
      return false;
    } finally {
      this.recording = false;
    }
  }

  async undo(): Promise<void> {
    const event = this.event;
    if (!event || !this.#backend) return;
    const engine = this.#backend.engine;
    try {
      const undone = await this.store.undoLast(event.id);
      if (!undone) return;
      this.journal = await this.store.effective(event.id);
      await this.#queue.run(() => replaceJournalTable(engine, this.journal.rows));
      this.journalNotice = {
        kind: 'ok',
        text: `${this.t('fair.journal.undone')}: ${this.describeChange(undone.row.exporter_id, undone.row.buyer_id, undone.row.status)}`,
      };
      await this.refresh();
    } catch (e) {
      this.journalNotice = { kind: 'error', text: fairErrorText(e) };
    }
  }

  /** The journal in the contract's `matches` shape, as Parquet, for the warehouse to merge. */
  async exportJournal(): Promise<void> {
    const event = this.event;
    if (!event) return;
    try {
      const { loadBrowserParquetWasm } = await import('../../data/parquet/parquet-wasm-browser.ts');
      const bytes = matchesParquet(this.journal.rows, await loadBrowserParquetWasm());
      saveBlob(
        new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.apache.parquet' }),
        `matches-journal-${event.id}-${fileStamp()}.parquet`,
      );
    } catch (e) {
      this.journalNotice = { kind: 'error', text: fairErrorText(e) };
    }
  }

  /** Re-reads the merged matches after a settings change (day, bucket, waiting threshold). */
  setView(settings: { day?: string | null; bucketMinutes?: number; waitMinutes?: number }): void {
    if (settings.day !== undefined) this.day = settings.day;
    if (settings.bucketMinutes !== undefined) this.bucketMinutes = settings.bucketMinutes;
    if (settings.waitMinutes !== undefined) this.waitMinutes = Math.max(0, Math.round(settings.waitMinutes));
    void this.refresh();
  }

  partyName(side: 'exporter' | 'buyer', id: string): string {
    const p = (side === 'exporter' ? this.parties?.exporters : this.parties?.buyers)?.get(id);
    return p?.name ? `${p.name} (${id})` : id;
  }

  private describeChange(exporterId: string, buyerId: string, status: MatchStatus): string {
    return `${this.partyName('exporter', exporterId)} ↔ ${this.partyName('buyer', buyerId)}: ${this.t(`fair.status.${status}`)}`;
  }

  private t(key: string): string {
    return i18n.t(key as MessageKey);
  }
}

function readEvent(): string | null {
  try {
    return globalThis.localStorage?.getItem(EVENT_KEY) ?? null;
  } catch {
    return null;
  }
}

function writeEvent(id: string): void {
  try {
    globalThis.localStorage?.setItem(EVENT_KEY, id);
  } catch {
    // the choice is not remembered; it still applies now
  }
}

/** Statuses staff can record, in the order a meeting goes through them. */
export const RECORDABLE_STATUSES: readonly MatchStatus[] = [
  'requested',
  'accepted',
  'met',
  'contracted',
  'declined',
];
