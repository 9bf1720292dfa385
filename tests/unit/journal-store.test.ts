/**
 * The booth journal on IndexedDB (fake-indexeddb in Node): append-only, undo as an appended entry, survives
 * closing and re-opening the database, and refuses an entry for an unknown exporter/buyer/event pair before
 * anything is stored.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { JournalStore } from '../../src/app/fair/journal-store.ts';
import { applyJournalChange, journalMatchId, type PairContext } from '../../src/data/fair/journal-change.ts';
import { foldJournal } from '../../src/data/fair/journal-fold.ts';
import type { MatchRow } from '../../src/data/fair/match-row.ts';

let n = 0;
const freshStore = () => new JournalStore(`journal-test-${++n}`);

const existing: MatchRow = {
  match_id: 'M1',
  event_id: 'EV1',
  exporter_id: 'E1',
  buyer_id: 'B1',
  requested_by: 'exporter',
  requested_at: '2024-06-19 09:00:00',
  status: 'accepted',
  updated_at: '2024-06-19 09:30:00',
  contract_value_usd: null,
};
const known: PairContext = { eventKnown: true, exporterRegistered: true, buyerRegistered: true, existing };

describe('journal store', () => {
  it('appends; an undo is a new entry and the earlier change stays stored', async () => {
    const store = freshStore();
    const met = applyJournalChange(
      { eventId: 'EV1', exporterId: 'E1', buyerId: 'B1', status: 'met', at: '2024-06-19 11:00:00' },
      known,
    );
    const a = await store.appendChange('EV1', met, 'accepted');
    const contracted = applyJournalChange(
      {
        eventId: 'EV1',
        exporterId: 'E1',
        buyerId: 'B1',
        status: 'contracted',
        contractValueUsd: 50000,
        at: '2024-06-19 12:00:00',
      },
      { ...known, existing: met },
    );
    const b = await store.appendChange('EV1', contracted, 'met');
    expect(b.seq).toBeGreaterThan(a.seq);
    let eff = await store.effective('EV1');
    expect(eff.rows).toEqual([contracted]);

    const undone = await store.undoLast('EV1');
    expect(undone?.seq).toBe(b.seq);
    const entries = await store.list('EV1');
    expect(entries.map((e) => e.kind)).toEqual(['change', 'change', 'undo']);
    eff = await store.effective('EV1');
    expect(eff.rows).toEqual([met]);
    expect(eff.undone).toBe(1);

    await store.undoLast('EV1');
    expect((await store.effective('EV1')).rows).toEqual([]);
    expect(await store.undoLast('EV1')).toBeNull();
    expect(await store.list('EV1')).toHaveLength(4);
  });

  it('survives closing and re-opening the database', async () => {
    const name = `journal-reopen-${++n}`;
    const first = new JournalStore(name);
    const row = applyJournalChange(
      { eventId: 'EV1', exporterId: 'E1', buyerId: 'B1', status: 'met', at: '2024-06-19 11:00:00' },
      known,
    );
    await first.appendChange('EV1', row, 'accepted');
    first.close();
    const second = new JournalStore(name);
    expect((await second.effective('EV1')).rows).toEqual([row]);
    second.close();
  });

  it('keeps events apart', async () => {
    const store = freshStore();
    const row = applyJournalChange(
      { eventId: 'EV1', exporterId: 'E1', buyerId: 'B1', status: 'met', at: '2024-06-19 11:00:00' },
      known,
    );
    await store.appendChange('EV1', row, 'accepted');
    expect(await store.list('EV2')).toEqual([]);
    expect(await store.undoLast('EV2')).toBeNull();
  });
});

describe('journal changes', () => {
  it('refuses an unknown exporter, buyer, event or match before anything is stored', () => {
    const base = {
      eventId: 'EV1',
      exporterId: 'E9',
      buyerId: 'B1',
      status: 'met' as const,
      at: '2024-06-19 11:00:00',
    };
    expect(() => applyJournalChange(base, { ...known, exporterRegistered: false })).toThrow(
      /E9 is not a participant/,
    );
    expect(() => applyJournalChange(base, { ...known, buyerRegistered: false })).toThrow(
      /buyer B1 is not a participant/,
    );
    expect(() => applyJournalChange(base, { ...known, eventKnown: false })).toThrow(
      /event EV1 is not in the dataset/,
    );
    expect(() => applyJournalChange({ ...base, matchId: 'M-OTHER' }, known)).toThrow(
      /M-OTHER is not the match/,
    );
    expect(() => applyJournalChange({ ...base, status: 'contracted', contractValueUsd: -5 }, known)).toThrow(
      /contract value/,
    );
  });

  it('a new pair of registered participants becomes an agency-requested match', () => {
    const row = applyJournalChange(
      { eventId: 'EV1', exporterId: 'E2', buyerId: 'B3', status: 'met', at: '2024-06-19 14:00:00' },
      { ...known, existing: null },
    );
    expect(row).toEqual({
      match_id: journalMatchId('EV1', 'E2', 'B3'),
      event_id: 'EV1',
      exporter_id: 'E2',
      buyer_id: 'B3',
      requested_by: 'agency',
      requested_at: '2024-06-19 14:00:00',
      status: 'met',
      updated_at: '2024-06-19 14:00:00',
      contract_value_usd: null,
    });
  });

  it('a laptop clock behind the data still makes the new record the latest', () => {
    const row = applyJournalChange(
      { eventId: 'EV1', exporterId: 'E1', buyerId: 'B1', status: 'met', at: '2024-06-19 09:00:00' },
      known,
    );
    expect(row.updated_at).toBe('2024-06-19 09:30:01');
  });

  it('folds by sequence, whatever order the entries come in', () => {
    const r1 = { ...existing, status: 'met' as const };
    const r2 = { ...existing, match_id: 'M2', status: 'declined' as const };
    const eff = foldJournal([
      { seq: 3, kind: 'undo', eventId: 'EV1', recordedAt: '', target: 2 },
      { seq: 2, kind: 'change', eventId: 'EV1', recordedAt: '', row: r2, previousStatus: 'requested' },
      { seq: 1, kind: 'change', eventId: 'EV1', recordedAt: '', row: r1, previousStatus: 'accepted' },
    ]);
    expect(eff.rows).toEqual([r1]);
  });
});
