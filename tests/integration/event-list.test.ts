/**
 * One event list for every screen: the matching event filter / evaluation (oldest first) and the fair booth's
 * picker (newest first, ties by id) read the same query, so they show the same events with the same counts
 * (participants per side, the event's matches, its city). A hand-made panel with two events on one day, one
 * event with nobody registered, and matches on one event only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeEngine } from '../../src/data/engine/engine-native.node.ts';
import { defaultEvent, listFairEvents } from '../../src/data/fair/fair-events.ts';
import { listEvents } from '../../src/data/matching/events.ts';
import { tinyDataset } from './helpers/matching-fixtures.ts';

let engine: NodeEngine;

beforeAll(async () => {
  const event = (event_id: string, kind: string, day: string, city: string | null) => ({
    event_id,
    name: `행사 ${event_id}`,
    kind,
    start_date: day,
    end_date: day,
    city,
    country: 'KR',
  });
  engine = await tinyDataset({
    events: [
      event('EV-B', 'online', '2024-06-19', null),
      event('EV-A', 'consumer_goods_fair', '2024-06-19', '서울'),
      event('EV-0', 'consumer_goods_fair', '2023-05-02', '부산'),
      event('EV-X', 'trade_mission', '2022-01-10', 'Jakarta'),
    ],
    event_participants: [
      { event_id: 'EV-A', party_type: 'exporter', party_id: 'E1' },
      { event_id: 'EV-A', party_type: 'exporter', party_id: 'E2' },
      { event_id: 'EV-A', party_type: 'buyer', party_id: 'B1' },
      { event_id: 'EV-B', party_type: 'buyer', party_id: 'B1' },
      { event_id: 'EV-0', party_type: 'exporter', party_id: 'E1' },
    ],
    matches: [
      { match_id: 'M1', event_id: 'EV-A', exporter_id: 'E1', buyer_id: 'B1', status: 'accepted' },
      { match_id: 'M2', event_id: 'EV-A', exporter_id: 'E2', buyer_id: 'B1', status: 'requested' },
      { match_id: 'M3', event_id: null, exporter_id: 'E1', buyer_id: 'B1', status: 'met' },
    ],
  });
});
afterAll(async () => {
  await engine.close();
});

describe('event list', () => {
  it('lists every event oldest first with its participants per side, matches and city', async () => {
    const events = await listEvents(engine);
    expect(events.map((e) => [e.id, e.exporters, e.buyers, e.matches, e.city])).toEqual([
      ['EV-X', 0, 0, 0, 'Jakarta'],
      ['EV-0', 1, 0, 0, '부산'],
      ['EV-A', 2, 1, 2, '서울'],
      ['EV-B', 0, 1, 0, null],
    ]);
    expect(events[2]).toMatchObject({
      startDate: '2024-06-19',
      endDate: '2024-06-19',
      kind: 'consumer_goods_fair',
    });
  });

  it('gives the fair booth the same events, newest first and by id on the same day', async () => {
    const matching = await listEvents(engine);
    const fair = await listFairEvents(engine);
    expect(fair.map((e) => e.id)).toEqual(['EV-A', 'EV-B', 'EV-0', 'EV-X']);
    expect([...fair].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...matching].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(defaultEvent(fair)?.id).toBe('EV-A');
  });
});
