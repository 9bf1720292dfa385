/**
 * Bad input to the matching never ends in an exception the user cannot act on: unknown ids and events are
 * InputErrors naming them; a firm with no eligible counterpart, an exporter without products, a buyer without
 * interests, a bad-credit or crisis-country buyer, an event without participants each give an empty list and a
 * reason that says what to do.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.ts';
import type { NodeEngine } from '../../src/data/engine/engine-native.node.ts';
import { emptyReasonText, explainEmptyList } from '../../src/data/matching/empty-list-reason.ts';
import { evaluateMatching } from '../../src/data/matching/evaluation.ts';
import { findEvent, listEvents } from '../../src/data/matching/events.ts';
import {
  buildMatchingModel,
  candidateList,
  type MatchingModel,
} from '../../src/data/matching/matching-model.ts';
import { DEFAULT_RULES, type MatchFilters, type PartyType } from '../../src/data/matching/matching-types.ts';
import { DEFAULT_SAMPLING, recommend } from '../../src/data/matching/recommend.ts';
import { SMALL_WORLD, tinyDataset } from './helpers/matching-fixtures.ts';

let engine: NodeEngine;
let model: MatchingModel;
const asOf = { cutoff: null, year: 2024 };
beforeAll(async () => {
  engine = await tinyDataset(SMALL_WORLD);
  model = await buildMatchingModel(engine, asOf);
});
afterAll(() => engine.close());

async function emptyReason(type: PartyType, id: string, filters: MatchFilters = {}, rules = DEFAULT_RULES) {
  const list = await candidateList(engine, model, type, id, rules, filters);
  expect(list.candidates).toHaveLength(0);
  expect(recommend(list, {}, { ...DEFAULT_SAMPLING, seed: 1 })).toEqual([]);
  return explainEmptyList(engine, type, id, rules, filters, asOf);
}

describe('bad input to matching', () => {
  it('unknown ids: an InputError that names the id', async () => {
    await expect(candidateList(engine, model, 'exporter', 'E404', DEFAULT_RULES, {})).rejects.toThrow(
      InputError,
    );
    await expect(candidateList(engine, model, 'exporter', 'E404', DEFAULT_RULES, {})).rejects.toThrow(
      /Unknown exporter id 'E404'/,
    );
    await expect(candidateList(engine, model, 'buyer', 'B404', DEFAULT_RULES, {})).rejects.toThrow(
      /Unknown buyer id 'B404'/,
    );
  });
  it('unknown events: an InputError listing the known ones', async () => {
    expect(() => findEvent([], 'X')).toThrow(/no events/);
    const events = await listEvents(engine);
    expect(() => findEvent(events, 'EV9')).toThrow(/Unknown event id 'EV9'. Known events: EV0, EV1/);
  });
  it('an exporter without products, a buyer without interests', async () => {
    expect(await emptyReason('exporter', 'E3')).toEqual({ code: 'no-products' });
    expect(await emptyReason('buyer', 'B5')).toEqual({ code: 'no-interests' });
    expect(emptyReasonText('buyer', 'B5', { code: 'no-interests' })).toMatch(
      /buyer 'B5' has no interests.*add/,
    );
  });
  it('a bad-credit buyer and a buyer in a crisis country, while those rules are on', async () => {
    expect(await emptyReason('buyer', 'B2')).toEqual({ code: 'focus-bad-credit' });
    expect(await emptyReason('buyer', 'B3')).toEqual({ code: 'focus-crisis', level: 4 });
  });
  it('a firm with no eligible counterpart: the funnel names the step that removed the last ones', async () => {
    const r = await emptyReason('exporter', 'E1', { countries: ['DE'] });
    expect(r).toMatchObject({ code: 'filtered', stage: 'country' });
    if (r.code !== 'filtered') throw new Error('expected a funnel');
    expect(r.funnel).toEqual({ all: 6, credit: 5, crisis: 4, country: 0, product: 0 });
    expect(emptyReasonText('exporter', 'E1', r)).toMatch(
      /no eligible buyer for exporter 'E1' \(6 buyers, 5 after the bad-credit rule, 4 after the crisis rule, 0 after the country filter.*add countries/,
    );
    // Japanese buyers exist, but none wants cosmetics: the product rule removes the last two.
    const jp = await emptyReason('exporter', 'E1', { countries: ['JP'] });
    expect(jp).toMatchObject({ code: 'filtered', stage: 'product', funnel: { country: 2, product: 0 } });
    const p = await emptyReason('exporter', 'E2', { hsPrefix: '3304' });
    expect(p).toMatchObject({ code: 'filtered', stage: 'product' });
  });
  it('an event without participants, or the firm not among them', async () => {
    expect(await emptyReason('exporter', 'E1', { eventId: 'EV0' })).toEqual({
      code: 'not-in-event',
      eventId: 'EV0',
    });
    expect(await emptyReason('exporter', 'E2', { eventId: 'EV1' })).toEqual({
      code: 'not-in-event',
      eventId: 'EV1',
    });
    await expect(evaluateMatching(engine, { eventId: 'EV0' })).rejects.toThrow(
      /Event 'EV0' has 0 exporter and 0 buyer participants: nothing to evaluate/,
    );
    await expect(evaluateMatching(engine, { eventId: 'EV1' })).rejects.toThrow(
      /no accepted, met or contracted match/,
    );
  });
  it('a dataset without events cannot be evaluated, and says so', async () => {
    const bare = await tinyDataset({ exporters: SMALL_WORLD.exporters, buyers: SMALL_WORLD.buyers });
    try {
      await expect(evaluateMatching(bare)).rejects.toThrow(/The dataset has no events/);
      // Matching still works (nothing to match: no products), without an exception.
      const m = await buildMatchingModel(bare, asOf);
      expect(m.cf.model).toBeNull();
      const list = await candidateList(bare, m, 'exporter', 'E1', DEFAULT_RULES, {});
      expect(list.candidates.toArray()).toEqual([]);
    } finally {
      await bare.close();
    }
  });
  it('weights that leave a side without a positive weight: a clear InputError', async () => {
    const list = await candidateList(engine, model, 'exporter', 'E1', DEFAULT_RULES, {});
    const zero = Object.fromEntries(
      [
        'product',
        'price',
        'quantity',
        'external',
        'exporter_wish',
        'buyer_history',
        'buyer_stability',
        'exporter_interest',
      ].map((k) => [k, 0]),
    );
    expect(() => recommend(list, zero, { ...DEFAULT_SAMPLING, seed: 1 })).toThrow(/exporter's side/);
  });
});
