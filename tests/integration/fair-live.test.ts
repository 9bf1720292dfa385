/**
 * 실시간 매칭 현황 on the sample with native DuckDB: counts, funnel, timeline, breakdowns and the two lists
 * against hand counts (independent SQL over the Parquet files, run once and written down here), then the
 * merge with a live status file and the booth journal (latest updated_at wins; journal beats feed on a tie).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDataset } from '../../src/cli/open-dataset.ts';
import type { NodeEngine } from '../../src/data/engine/engine-native.node.ts';
import { buildCurrent } from '../../src/data/fair/effective-matches.ts';
import { loadFeed, type FeedInsert } from '../../src/data/fair/feed-load.ts';
import { liveBreakdown } from '../../src/data/fair/live-breakdowns.ts';
import { boothClock, unmetParties, waitingRequests } from '../../src/data/fair/live-lists.ts';
import { liveSnapshot } from '../../src/data/fair/live-snapshot.ts';
import { liveSummary, liveTimeline } from '../../src/data/fair/live-summary.ts';
import { clearFeed, replaceJournalTable } from '../../src/data/fair/live-tables.ts';
import { matchesParquet } from '../../src/data/fair/matches-arrow.ts';
import { applyJournalChange } from '../../src/data/fair/journal-change.ts';
import { pairContext } from '../../src/data/fair/pair-context.ts';
import { nodeParquetWasm } from '../../src/data/parquet/parquet-wasm.node.ts';
import { listFairEvents } from '../../src/data/fair/fair-events.ts';
import { isInputError } from '../../src/core/errors.ts';

const EV = 'EV2024-CGF';
const EVENT_DAYS = { id: EV, startDate: '2024-06-19', endDate: '2024-06-21' };
let engine: NodeEngine;
let dir: string;

/** Native DuckDB reads the bytes from a temp file (the browser decodes them with parquet-wasm instead). */
const nativeFeedInsert: FeedInsert = async (bytes, target, fileName) => {
  const path = join(dir, fileName);
  await writeFile(path, bytes);
  await engine.loadParquetFile(target, path);
};

async function warehouseFile(sql: string, name: string): Promise<Uint8Array> {
  const path = join(dir, name);
  await engine.exec(`COPY (${sql}) TO '${path}' (FORMAT parquet)`);
  const { readFile } = await import('node:fs/promises');
  return new Uint8Array(await readFile(path));
}

beforeAll(async () => {
  engine = await openDataset('data-samples/sample');
  dir = await mkdtemp(join(tmpdir(), 'fair-live-'));
});
afterAll(async () => {
  await engine.close();
  await rm(dir, { recursive: true, force: true });
});

describe('live status from the dataset alone', () => {
  beforeAll(async () => {
    await clearFeed(engine);
    await replaceJournalTable(engine, []);
    await buildCurrent(engine, EV);
  });

  it('lists the events, the newest fair first', async () => {
    const events = await listFairEvents(engine);
    expect(events.map((e) => e.id)).toEqual(['EV2024-CGF', 'EV2023-ONL', 'EV2022-CGF']);
    expect(events[0]).toMatchObject({ exporters: 350, buyers: 270, matches: 1891, startDate: '2024-06-19' });
  });

  it('counts statuses and the funnel', async () => {
    const s = await liveSummary(engine, EV);
    expect(s.byStatus).toEqual({ requested: 71, accepted: 198, declined: 859, met: 605, contracted: 158 });
    expect(s.total).toBe(1891);
    expect(s.funnel.map((f) => f.n)).toEqual([1891, 198 + 605 + 158, 605 + 158, 158]);
    expect(s.exporters).toEqual({ total: 350, withMeeting: 340 });
    expect(s.buyers).toEqual({ total: 270, withMeeting: 246 });
    expect(s.fromSource).toEqual({ dataset: 1891, feed: 0, journal: 0 });
    expect(s.eventClock).toBe('2024-06-21 18:00:00');
    expect(s.days).toEqual(['2024-06-19', '2024-06-20', '2024-06-21']);
  });

  it('draws the day in buckets', async () => {
    const t = await liveTimeline(engine, '2024-06-19', 60);
    expect(t.find((b) => b.time === '10:00')?.requested).toBe(74);
    const half = await liveTimeline(engine, '2024-06-19', 30);
    const ten = half.filter((b) => b.time === '10:00' || b.time === '10:30');
    expect(ten.reduce((s, b) => s + b.requested, 0)).toBe(74);
  });

  it('breaks down by buyer country, HS chapter and hall', async () => {
    const byCountry = await liveBreakdown(engine, 'country');
    expect(byCountry.slice(0, 3).map((r) => [r.key, r.requested])).toEqual([
      ['US', 304],
      ['CN', 248],
      ['VN', 233],
    ]);
    for (const kind of ['chapter', 'hall', 'country'] as const) {
      const rows = await liveBreakdown(engine, kind);
      expect(rows.reduce((s, r) => s + r.requested, 0)).toBe(1891);
      expect(rows.reduce((s, r) => s + r.contracted, 0)).toBe(158);
    }
  });

  it('lists the participants with no meeting and the requests waiting too long', async () => {
    expect((await unmetParties(engine, EV, 'exporter')).rows).toHaveLength(10);
    const buyers = await unmetParties(engine, EV, 'buyer');
    expect(buyers.total).toBe(24);
    expect(buyers.rows).toHaveLength(24);
    expect(buyers.rows[0].requests).toBeLessThanOrEqual(buyers.rows.at(-1)!.requests);
    const limited = await unmetParties(engine, EV, 'buyer', 5);
    expect(limited).toMatchObject({ total: 24, rows: buyers.rows.slice(0, 5) });
    const waiting = await waitingRequests(engine, '2024-06-21 18:00:00', 60);
    expect(waiting.total).toBe(71);
    expect(waiting.rows[0].waitMinutes).toBeGreaterThanOrEqual(waiting.rows.at(-1)!.waitMinutes);
    expect((await waitingRequests(engine, '2024-06-19 09:30:00', 30)).total).toBe(
      (
        await engine.query<{ n: number }>(
          `SELECT count(*)::INTEGER AS n FROM matches WHERE event_id = ? AND status = 'requested'
           AND requested_at <= TIMESTAMP '2024-06-19 09:00:00'`,
          [EV],
        )
      )[0].n,
    );
  });

  it('takes the laptop clock only during the event', () => {
    const ev = { startDate: '2024-06-19', endDate: '2024-06-21' };
    expect(boothClock('2024-06-19 11:00:00', '2024-06-19 11:30:00', ev)).toEqual({
      at: '2024-06-19 11:30:00',
      rule: 'running',
    });
    // During the event a live file stamped a little ahead of the laptop does not make waits negative.
    expect(boothClock('2024-06-19 11:40:00', '2024-06-19 11:30:00', ev).at).toBe('2024-06-19 11:40:00');
    expect(boothClock('2024-06-21 18:00:00', '2026-11-25 10:00:00', ev)).toEqual({
      at: '2024-06-21 18:00:00',
      rule: 'eventData',
    });
    // The last day counts as running until midnight; the day after does not.
    expect(boothClock('2024-06-21 18:00:00', '2024-06-21 23:59:00', ev).rule).toBe('running');
    expect(boothClock('2024-06-21 18:00:00', '2024-06-22 00:00:00', ev).rule).toBe('eventData');
    expect(boothClock(null, '2026-11-25 10:00:00', ev)).toEqual({
      at: '2024-06-19 00:00:00',
      rule: 'eventStart',
    });
  });
});

describe('merge with a live status file and the journal', () => {
  it('a newer live file changes the counts; an older one is refused and the newer stays', async () => {
    await clearFeed(engine);
    await replaceJournalTable(engine, []);
    // The warehouse marks every unanswered request of the fair declined at 18:30 on the last day.
    const newer = await warehouseFile(
      `SELECT * REPLACE ('declined' AS status, TIMESTAMP '2024-06-21 18:30:00' AS updated_at)
       FROM matches WHERE event_id = '${EV}' AND status = 'requested'`,
      'status-newer.parquet',
    );
    const summary = await loadFeed(engine, nativeFeedInsert, newer, 'status-newer.parquet');
    expect(summary).toMatchObject({ rows: 71, latestUpdate: '2024-06-21 18:30:00', unknownParties: 0 });
    await buildCurrent(engine, EV);
    let s = await liveSummary(engine, EV);
    expect(s.byStatus.requested).toBe(0);
    expect(s.byStatus.declined).toBe(859 + 71);
    expect(s.fromSource.feed).toBe(71);

    const older = await warehouseFile(
      `SELECT * REPLACE ('declined' AS status, TIMESTAMP '2024-06-21 18:10:00' AS updated_at)
       FROM matches WHERE event_id = '${EV}' AND status = 'requested' LIMIT 5`,
      'status-older.parquet',
    );
    await expect(loadFeed(engine, nativeFeedInsert, older, 'status-older.parquet')).rejects.toThrow(/older/);
    await buildCurrent(engine, EV);
    s = await liveSummary(engine, EV);
    expect(s.fromSource.feed).toBe(71);
  });

  it('refuses files that are not a matches table and keeps the current one', async () => {
    const notMatches = await warehouseFile('SELECT * FROM buyers', 'buyers.parquet');
    await expect(loadFeed(engine, nativeFeedInsert, notMatches, 'buyers.parquet')).rejects.toMatchObject({
      code: 'feed-columns',
    });
    const badStatus = await warehouseFile(
      `SELECT * REPLACE ('maybe' AS status, TIMESTAMP '2024-06-22 09:00:00' AS updated_at) FROM matches LIMIT 3`,
      'bad-status.parquet',
    );
    await expect(loadFeed(engine, nativeFeedInsert, badStatus, 'bad-status.parquet')).rejects.toThrow(
      /row 1 \(M\d+\): status not allowed/,
    );
    const dup = await warehouseFile(
      `SELECT * REPLACE (TIMESTAMP '2024-06-22 09:00:00' AS updated_at)
       FROM (SELECT * FROM matches ORDER BY match_id LIMIT 2), range(2)`,
      'dup.parquet',
    );
    await expect(loadFeed(engine, nativeFeedInsert, dup, 'dup.parquet')).rejects.toMatchObject({
      code: 'feed-duplicates',
    });
    const empty = await warehouseFile(`SELECT * FROM matches WHERE false`, 'empty.parquet');
    await expect(loadFeed(engine, nativeFeedInsert, empty, 'empty.parquet')).rejects.toMatchObject({
      code: 'feed-no-rows',
    });
    await expect(loadFeed(engine, nativeFeedInsert, new Uint8Array(), 'x.parquet')).rejects.toMatchObject({
      code: 'feed-empty-response',
    });
    await buildCurrent(engine, EV);
    expect((await liveSummary(engine, EV)).fromSource.feed).toBe(71);
  });

  it('a journal entry wins over older rows, and is refused for an unknown pair', async () => {
    await buildCurrent(engine, EV);
    const [m] = await engine.query<{ match_id: string; exporter_id: string; buyer_id: string }>(
      `SELECT match_id, exporter_id, buyer_id FROM matches WHERE event_id = ? AND status = 'accepted'
       ORDER BY match_id LIMIT 1`,
      [EV],
    );
    const ctx = await pairContext(engine, EV, m.exporter_id, m.buyer_id);
    expect(ctx.existing?.match_id).toBe(m.match_id);
    const row = applyJournalChange(
      {
        eventId: EV,
        exporterId: m.exporter_id,
        buyerId: m.buyer_id,
        status: 'met',
        at: '2024-06-21 18:45:00',
      },
      ctx,
    );
    expect(row.match_id).toBe(m.match_id);
    const clockBefore = (await liveSummary(engine, EV)).eventClock;
    await replaceJournalTable(engine, [row]);
    await buildCurrent(engine, EV);
    const s = await liveSummary(engine, EV);
    expect(s.byStatus.accepted).toBe(197);
    expect(s.byStatus.met).toBe(606);
    expect(s.fromSource.journal).toBe(1);
    expect(s.eventClock).toBe(clockBefore); // a journal entry (here 18:45) is not the event's clock

    const outsider = await engine.query<{ id: string }>(
      `SELECT exporter_id AS id FROM exporters WHERE exporter_id NOT IN
         (SELECT party_id FROM event_participants WHERE event_id = ? AND party_type = 'exporter') LIMIT 1`,
      [EV],
    );
    const bad = await pairContext(engine, EV, outsider[0].id, m.buyer_id);
    try {
      applyJournalChange(
        {
          eventId: EV,
          exporterId: outsider[0].id,
          buyerId: m.buyer_id,
          status: 'met',
          at: '2024-06-21 19:00:00',
        },
        bad,
      );
      expect.unreachable();
    } catch (e) {
      expect(isInputError(e)).toBe(true);
      expect((e as { code: string }).code).toBe('journal-unknown-exporter');
    }
    const noEvent = await pairContext(engine, 'EV-NOPE', m.exporter_id, m.buyer_id);
    expect(noEvent.eventKnown).toBe(false);
  });

  it('a journal entry made after the event leaves the reference time and the waiting list as they were', async () => {
    await clearFeed(engine);
    await replaceJournalTable(engine, []);
    const laptop = '2026-12-03 12:00:00'; // the booth laptop, long after the fair
    const before = await liveSnapshot(engine, EVENT_DAYS, {
      bucketMinutes: 30,
      waitMinutes: 60,
      now: laptop,
    });
    expect(before.asOf).toEqual({ at: '2024-06-21 18:00:00', rule: 'eventData' });
    const [w] = before.waiting.rows;
    const row = applyJournalChange(
      {
        eventId: EV,
        exporterId: w.exporterId,
        buyerId: w.buyerId,
        matchId: w.matchId,
        status: 'accepted',
        at: laptop,
      },
      await pairContext(engine, EV, w.exporterId, w.buyerId),
    );
    await replaceJournalTable(engine, [row]);
    const after = await liveSnapshot(engine, EVENT_DAYS, { bucketMinutes: 30, waitMinutes: 60, now: laptop });
    expect(after.asOf).toEqual(before.asOf);
    expect(after.day).toBe(before.day);
    expect(after.waiting.total).toBe(before.waiting.total - 1);
    expect(after.waiting.rows[0].waitMinutes).toBe(
      before.waiting.rows.find((r) => r.matchId !== w.matchId)?.waitMinutes,
    );
    await replaceJournalTable(engine, []);
  });

  it('the journal export is a valid live status file (round trip through the loader)', async () => {
    const rows = [
      {
        match_id: 'J-X',
        event_id: EV,
        exporter_id: 'E000001',
        buyer_id: 'B000001',
        requested_by: 'agency' as const,
        requested_at: '2024-06-21 19:00:00',
        status: 'contracted' as const,
        updated_at: '2024-06-21 19:05:00',
        contract_value_usd: 120000,
      },
    ];
    const bytes = matchesParquet(rows, await nodeParquetWasm.get());
    const s = await loadFeed(engine, nativeFeedInsert, bytes, 'journal.parquet');
    expect(s).toMatchObject({ rows: 1, latestUpdate: '2024-06-21 19:05:00' });
    const back = await engine.query(`SELECT * FROM fair_live.feed`);
    expect(back).toEqual([
      { ...rows[0], requested_at: '2024-06-21T19:00:00.000Z', updated_at: '2024-06-21T19:05:00.000Z' },
    ]);
    const types = await engine.query<{ column_name: string; data_type: string }>(
      `SELECT column_name, data_type FROM information_schema.columns
       WHERE table_schema = 'fair_live' AND table_name = 'feed' ORDER BY ordinal_position`,
    );
    expect(types.map((t) => t.data_type)).toEqual([
      'VARCHAR',
      'VARCHAR',
      'VARCHAR',
      'VARCHAR',
      'VARCHAR',
      'TIMESTAMP',
      'VARCHAR',
      'TIMESTAMP',
      'DOUBLE',
    ]);
  });
});
