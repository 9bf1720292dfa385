/**
 * The matching SQL on a tiny hand-made dataset (real DuckDB): each eligibility rule as a switch, the event, country
 * and HS filters, both directions, the raw pair features and the sub-scores they give, and the cutoff that hides
 * what happened later (evaluation).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeEngine } from '../../src/data/engine/engine-native.node.ts';
import type { Engine } from '../../src/data/engine/engine.ts';
import {
  candidateList,
  buildMatchingModel,
  type MatchingModel,
} from '../../src/data/matching/matching-model.ts';
import {
  DEFAULT_RULES,
  type EligibilityRules,
  type MatchFilters,
  type PartyType,
} from '../../src/data/matching/matching-types.ts';
import { fetchFeatureBlocks } from '../../src/data/matching/pair-feature-columns.ts';
import { SMALL_WORLD, tinyDataset } from './helpers/matching-fixtures.ts';

let engine: NodeEngine;
let model: MatchingModel;
beforeAll(async () => {
  engine = await tinyDataset(SMALL_WORLD);
  model = await buildMatchingModel(engine, { cutoff: null, year: 2024 });
});
afterAll(() => engine.close());

async function ids(
  type: PartyType,
  id: string,
  rules: Partial<EligibilityRules> = {},
  filters: MatchFilters = {},
): Promise<string[]> {
  const list = await candidateList(engine, model, type, id, { ...DEFAULT_RULES, ...rules }, filters);
  return list.candidates.toArray().map((c) => c.id);
}

describe('eligibility rules, each a switch', () => {
  it('by default: HS prefix match, no bad credit, no crisis country', async () => {
    // B1 3304 ⊑ 330499 ✓; B2 bad credit; B3 UA crisis 4; B4 chapter 61; B5 no interests; B6 330410 not a prefix.
    expect(await ids('exporter', 'E1')).toEqual(['B1']);
  });
  it('bad credit: flagged instead of excluded', async () => {
    const list = await candidateList(
      engine,
      model,
      'exporter',
      'E1',
      { ...DEFAULT_RULES, badCredit: 'flag' },
      {},
    );
    expect(list.candidates.toArray().map((c) => [c.id, c.badCredit])).toEqual([
      ['B1', false],
      ['B2', true],
    ]);
    // Kept, but its stability is cut (× 0.2) so it stays low.
    const b2 = list.candidates.toArray().findIndex((c) => c.id === 'B2');
    expect(list.ranker.explain(b2).parts.buyer_stability).toBeLessThanOrEqual(0.2);
  });
  it('crisis rule off: the crisis-country buyer comes back', async () => {
    expect(await ids('exporter', 'E1', { excludeCrisis: false })).toEqual(['B1', 'B3']);
    expect(await ids('exporter', 'E1', { crisisThreshold: 5 })).toEqual(['B1', 'B3']);
  });
  it('product rule off: every buyer, with product fit from shared digits', async () => {
    const list = await candidateList(
      engine,
      model,
      'exporter',
      'E1',
      { ...DEFAULT_RULES, productMatch: false },
      {},
    );
    expect(list.candidates.toArray().map((c) => c.id)).toEqual(['B1', 'B4', 'B5', 'B6']);
    const fit = (id: string) => {
      const i = list.candidates.toArray().findIndex((c) => c.id === id);
      return {
        v: list.ranker.explain(i).parts.product,
        missing: list.ranker.explain(i).missing.includes('product'),
      };
    };
    expect(fit('B1')).toEqual({ v: 0.75, missing: false }); // 4-digit interest contained
    expect(fit('B6')).toEqual({ v: 0.25, missing: false }); // 330410 vs 330499: same heading only
    expect(fit('B4')).toEqual({ v: 0, missing: false }); // another chapter
    expect(fit('B5').missing).toBe(true); // no interests at all: no data, not "bad"
  });
  it('event: both sides limited to its participants', async () => {
    expect(await ids('exporter', 'E1', { excludeCrisis: false }, { eventId: 'EV1' })).toEqual(['B1', 'B3']);
    expect(await ids('buyer', 'B1', {}, { eventId: 'EV1' })).toEqual(['E1']);
  });
  it('country and HS filters', async () => {
    expect(await ids('exporter', 'E1', { excludeCrisis: false }, { countries: ['ua'] })).toEqual(['B3']);
    expect(await ids('exporter', 'E1', {}, { countries: ['JP'] })).toEqual([]);
    expect(await ids('exporter', 'E2', {}, { hsPrefix: '6109' })).toEqual(['B4']);
    expect(await ids('exporter', 'E2', {}, { hsPrefix: '3304' })).toEqual([]);
    await expect(ids('exporter', 'E1', {}, { hsPrefix: '33a' })).rejects.toThrow(
      /HS filter must be 2, 4 or 6 digits/,
    );
  });
  it('the buyer side: exporters for a buyer', async () => {
    expect(await ids('buyer', 'B1')).toEqual(['E1']);
    expect(await ids('buyer', 'B4')).toEqual(['E2']);
    expect(await ids('buyer', 'B6', { productMatch: false })).toEqual(['E1', 'E2', 'E3']);
  });
});

describe('pair features and sub-scores', () => {
  it('gathers the facts of a pair and scores them in [0, 1]', async () => {
    const blocks = await fetchFeatureBlocks(engine, model, {
      focusType: 'exporter',
      focusIds: ['E1'],
      rules: DEFAULT_RULES,
      filters: {},
      asOf: { cutoff: null, year: 2024 },
    });
    const f = blocks.get('E1')!.features;
    expect(f.length).toBe(1);
    expect(f.interestDepth?.[0]).toBe(4);
    expect(f.commonDepth?.[0]).toBe(4);
    expect(f.unitPrice?.[0]).toBe(10);
    expect(f.targetPrice?.[0]).toBe(10);
    expect(f.wantedQty?.[0]).toBe(500);
    expect(f.exporterWish?.[0]).toBe(1); // E1 targets US, B1 is in the US
    expect(f.originMatch?.[0]).toBe(1);
    expect(f.minFoundedYears?.[0]).toBe(10);
    expect(f.exporterFirmAge?.[0]).toBe(20);
    expect(f.exporterCertifications?.[0]).toBe(2);
    expect([f.buyerOutcomeSum?.[0], f.buyerOutcomeCount?.[0], f.pairOutcomeCount?.[0]]).toEqual([1, 1, 1]);
    expect(f.crisisLevel?.[0]).toBe(0);
    expect(f.oilChange?.[0]).toBe(0);
    expect(f.exporterBehaviour?.hasLog[0]).toBe(1);
    expect(f.exporterBehaviour?.saves?.[0]).toBe(1);
    expect(f.exporterBehaviour?.pageViews?.[0]).toBe(1);
    expect(f.exporterBehaviour?.dwellSeconds?.[0]).toBe(60);
    expect(f.exporterBehaviour?.searches?.[0]).toBe(1); // 'sunrise' is in "Sunrise Beauty Inc."
    expect(f.buyerBehaviour?.hasLog[0]).toBe(0);

    const list = await candidateList(engine, model, 'exporter', 'E1', DEFAULT_RULES, {});
    const e = list.ranker.explain(0);
    expect(e.parts.product).toBe(0.75);
    expect(e.parts.price).toBe(1);
    expect(e.parts.quantity).toBe(1);
    expect(e.parts.exporter_wish).toBe(1);
    expect(e.parts.buyer_wish).toBe(1);
    expect(e.missing).toContain('buyer_interest'); // B1 has no web log
    expect(e.parts.exporter_interest).toBeGreaterThan(0.5);
    for (const v of Object.values(e.parts)) expect(v).toBeGreaterThanOrEqual(0);
    for (const v of Object.values(e.parts)) expect(v).toBeLessThanOrEqual(1);
    expect(e.score).toBeGreaterThan(0);
  });
  it('the row path (engines without queryColumns) gives the same features as the columnar path', async () => {
    const rowsOnly: Engine = {
      kind: engine.kind,
      query: (sql, params) => engine.query(sql, params),
      exec: (sql) => engine.exec(sql),
      loadArrowStream: (t, b) => engine.loadArrowStream(t, b),
      close: async () => undefined,
    };
    const spec = {
      focusType: 'buyer' as const,
      focusIds: ['B1', 'B4', 'B6'],
      rules: { ...DEFAULT_RULES, productMatch: false },
      filters: {},
      asOf: { cutoff: null, year: 2024 },
    };
    expect(engine.queryColumns).toBeTypeOf('function');
    const columnar = await fetchFeatureBlocks(engine, model, spec);
    const rows = await fetchFeatureBlocks(rowsOnly, model, spec);
    expect([...columnar.keys()]).toEqual(['B1', 'B4', 'B6']);
    expect(rows).toEqual(columnar);
  });
  it('a missing price is "no data" (neutral), not an error', async () => {
    const list = await candidateList(engine, model, 'exporter', 'E2', DEFAULT_RULES, {});
    expect(list.candidates.toArray().map((c) => c.id)).toEqual(['B4']);
    const e = list.ranker.explain(0);
    expect(e.missing).toContain('price');
    expect(e.parts.price).toBe(0.5);
  });
  it('the cutoff hides matches resolved and web-log events after it', async () => {
    const before = await buildMatchingModel(engine, { cutoff: '2023-04-15 00:00:00', year: 2023 });
    const blocks = await fetchFeatureBlocks(engine, before, {
      focusType: 'exporter',
      focusIds: ['E1'],
      rules: DEFAULT_RULES,
      filters: {},
      asOf: before.asOf,
    });
    const f = blocks.get('E1')!.features;
    // M1 was requested before the cutoff but its outcome came after: not a resolved match yet.
    expect(f.pairOutcomeCount?.[0]).toBe(0);
    expect(f.exporterBehaviour?.hasLog[0]).toBe(0);
    // In the interaction matrix it counts as an open request (weight 0.5), the declined M2 counts nothing.
    expect(before.matrix.nnz).toBe(1);
    expect(model.matrix.nnz).toBe(1); // live: E1–B1 (contracted + web log); M2 declined = no evidence
  });
});
