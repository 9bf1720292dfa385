/**
 * Whole-fair lists (issue 9 scope 2): the set-based pair SQL for every focus party at once (whole-fair-pairs.ts)
 * gives the same candidates, the same sub-scores and — for the same seed — the same random top 10 as the per-firm
 * SQL (pair-feature-sql.ts), on the sample's fair in both directions and on a hand-made panel built to break the
 * integer keying: HS codes with leading zeros, interests of different depths that tie in the best-pair order, the
 * product rule off, flagged bad credit, an HS filter, a country filter, a firm with no products (no eligible
 * partner), twin buyers whose scores tie — and, on that panel, the fair scored once over all its rows
 * (whole-fair-lists.ts) with feature windows that cut through the lists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataset } from '../../src/cli/open-dataset.ts';
import type { NodeEngine } from '../../src/data/engine/engine-native.node.ts';
import type { Engine } from '../../src/data/engine/engine.ts';
import type { CandidateList } from '../../src/data/matching/candidate-list.ts';
import { liveAsOf } from '../../src/data/matching/events.ts';
import {
  buildMatchingModel,
  candidateLists,
  perFirmCandidateLists,
  type MatchingModel,
} from '../../src/data/matching/matching-model.ts';
import {
  DEFAULT_RULES,
  type EligibilityRules,
  type MatchFilters,
  type PartyType,
} from '../../src/data/matching/matching-types.ts';
import { DEFAULT_SAMPLING } from '../../src/data/matching/recommend.ts';
import { recommendAll } from '../../src/data/matching/recommend-all.ts';
import { wholeFairLists } from '../../src/data/matching/whole-fair-lists.ts';
import { fetchWholeFairColumns } from '../../src/data/matching/whole-fair-pairs.ts';
import { SMALL_WORLD, tinyDataset, type TinyRows } from './helpers/matching-fixtures.ts';

/** Same candidates in the same order, same features and sub-scores (NaN = NaN), same CF column and α. */
function expectSameLists(a: readonly CandidateList[], b: readonly CandidateList[]): void {
  expect(a.map((l) => l.focusId)).toEqual(b.map((l) => l.focusId));
  for (let k = 0; k < a.length; k++) {
    const x = a[k];
    const y = b[k];
    expect(x.candidates.toArray()).toEqual(y.candidates.toArray());
    expect(Array.from(x.candidateIndex)).toEqual(Array.from(y.candidateIndex));
    expect(Array.from(x.cf)).toEqual(Array.from(y.cf));
    expect(Array.from(x.alpha)).toEqual(Array.from(y.alpha));
    expect(Object.keys(x.subScores).sort()).toEqual(Object.keys(y.subScores).sort());
    for (const [v, col] of Object.entries(x.subScores)) {
      // toEqual treats NaN as equal to NaN, so "no data" must be missing in both.
      expect(Array.from(col as ArrayLike<number>), `${x.focusId} ${v}`).toEqual(
        Array.from(y.subScores[v as keyof typeof y.subScores] as ArrayLike<number>),
      );
    }
  }
}

function drawAll(model: MatchingModel, type: PartyType, lists: readonly CandidateList[], seed: number) {
  const past = type === 'exporter' ? model.pastExposure.buyers : model.pastExposure.exporters;
  return recommendAll(lists, {}, { ...DEFAULT_SAMPLING, seed }, Float64Array.from(past)).map((l) => ({
    focus: l.focusId,
    items: l.items.map((it) => [it.id, it.score, it.productHs, it.interestHs]),
  }));
}

describe("the sample's fair: set-based vs per-firm", () => {
  let engine: Engine;
  let model: MatchingModel;
  const participants: Record<PartyType, string[]> = { exporter: [], buyer: [] };
  beforeAll(async () => {
    engine = await openDataset('data-samples/sample');
    model = await buildMatchingModel(engine, await liveAsOf(engine));
    const rows = await engine.query<{ t: PartyType; id: string }>(
      `SELECT DISTINCT party_type AS t, party_id AS id FROM event_participants WHERE event_id = 'EV2024-CGF' ORDER BY 1, 2`,
    );
    for (const r of rows) participants[r.t].push(r.id);
  }, 60_000);
  afterAll(() => engine.close());

  for (const type of ['exporter', 'buyer'] as const) {
    it(`${type}s' lists: same candidates, sub-scores and seeded random top 10`, async () => {
      const ids = participants[type];
      expect(ids.length).toBeGreaterThan(200);
      const filters = { eventId: 'EV2024-CGF' };
      const setBased = await candidateLists(engine, model, type, ids, DEFAULT_RULES, filters);
      const perFirm = await perFirmCandidateLists(engine, model, type, ids, DEFAULT_RULES, filters);
      expect(setBased.reduce((s, l) => s + l.candidates.length, 0)).toBeGreaterThan(5000);
      expectSameLists(setBased, perFirm);
      for (const seed of [1, 42])
        expect(drawAll(model, type, setBased, seed)).toEqual(drawAll(model, type, perFirm, seed));
      // And one firm at a time (the app's path) gives the same list as its place in the fair.
      const some = [ids[0], ids[Math.floor(ids.length / 2)], ids[ids.length - 1]];
      const single = await perFirmCandidateLists(engine, model, type, some, DEFAULT_RULES, filters, 1);
      expectSameLists(
        single,
        some.map((id) => setBased[ids.indexOf(id)]),
      );
    }, 120_000);
  }
});

/** SMALL_WORLD plus codes with leading zeros and interests that tie in the best-pair order. */
const PANEL: TinyRows = {
  ...SMALL_WORLD,
  exporters: [
    ...SMALL_WORLD.exporters,
    { exporter_id: 'E4', name: '초록농산', name_en: 'Chorok Farm', founded_year: 2010 },
    { exporter_id: 'E5', name: '다솜뷰티', name_en: 'Dasom Beauty', founded_year: 2012 },
    { exporter_id: 'E6', name: '물결헤어', name_en: 'Mulgyeol Hair', founded_year: 2018 },
  ],
  buyers: [
    ...SMALL_WORLD.buyers,
    { buyer_id: 'B7', name: 'Live Animals GmbH', country: 'DE', founded_year: 1999, bad_credit: false },
    { buyer_id: 'B8', name: 'Mixed Beauty Ltd', country: 'US', founded_year: 2005, bad_credit: false },
    { buyer_id: 'B9', name: 'Near Miss Trading', country: 'US', founded_year: 2011, bad_credit: false },
    // Twins: every fact the same, so every score ties and only the seeded draw and the order separate them.
    { buyer_id: 'B10', name: 'Twin Hair One', country: 'US', founded_year: 2011, bad_credit: false },
    { buyer_id: 'B11', name: 'Twin Hair Two', country: 'US', founded_year: 2011, bad_credit: false },
  ],
  exporter_products: [
    ...SMALL_WORLD.exporter_products,
    { exporter_id: 'E4', hs_code: '010110', product_name: '말', unit_price_usd: 1000 },
    { exporter_id: 'E4', hs_code: '010290', product_name: '소', unit_price_usd: 900 },
    { exporter_id: 'E5', hs_code: '330499', product_name: '크림', unit_price_usd: 12 },
    { exporter_id: 'E5', hs_code: '330510', product_name: '샴푸', unit_price_usd: 12 },
    { exporter_id: 'E6', hs_code: '330510', product_name: '샴푸', unit_price_usd: 12 },
  ],
  buyer_interests: [
    ...SMALL_WORLD.buyer_interests,
    { buyer_id: 'B7', hs_code: '01', target_price_usd: 950, quantity: 3 },
    { buyer_id: 'B7', hs_code: '0101', target_price_usd: 1000, quantity: 2 },
    { buyer_id: 'B7', hs_code: '010290', target_price_usd: null, quantity: 1 },
    // Same price everywhere: with the product rule off, the tie is broken by the codes as text.
    { buyer_id: 'B8', hs_code: '3305', target_price_usd: 12, quantity: 10 },
    { buyer_id: 'B8', hs_code: '330400', target_price_usd: 12, quantity: 10 },
    { buyer_id: 'B8', hs_code: '3304', target_price_usd: 12, quantity: 10 },
    { buyer_id: 'B8', hs_code: '330499', target_price_usd: 12, quantity: 10 },
    // Against 330510 both share only the chapter (rank 2): '330301' < '3304' as text, though it is deeper.
    { buyer_id: 'B9', hs_code: '3304', target_price_usd: 12, quantity: 10 },
    { buyer_id: 'B9', hs_code: '330301', target_price_usd: 12, quantity: 10 },
    { buyer_id: 'B10', hs_code: '3305', target_price_usd: 12, quantity: 10 },
    { buyer_id: 'B11', hs_code: '3305', target_price_usd: 12, quantity: 10 },
  ],
};

describe('a hand-made panel: set-based vs per-firm under every switch', () => {
  let engine: NodeEngine;
  let model: MatchingModel;
  beforeAll(async () => {
    engine = await tinyDataset(PANEL);
    model = await buildMatchingModel(engine, { cutoff: null, year: 2024 });
  });
  afterAll(() => engine.close());

  const cases: [string, Partial<EligibilityRules>, MatchFilters][] = [
    ['default rules', {}, {}],
    ['product rule off', { productMatch: false }, {}],
    ['bad credit flagged, crisis rule off', { badCredit: 'flag', excludeCrisis: false }, {}],
    ['HS filter 33 with the product rule off', { productMatch: false }, { hsPrefix: '33' }],
    ['HS filter 0101', {}, { hsPrefix: '0101' }],
    ['countries US and DE', {}, { countries: ['US', 'de'] }],
    ['the event', {}, { eventId: 'EV1' }],
  ];
  for (const [name, rules, filters] of cases) {
    for (const type of ['exporter', 'buyer'] as const) {
      it(`${name}: ${type}s' lists are identical`, async () => {
        const ids = (type === 'exporter' ? model.directory.exporters : model.directory.buyers).ids.filter(
          (id) => !filters.eventId || id === 'E1' || id === 'B1' || id === 'B3',
        );
        const r = { ...DEFAULT_RULES, ...rules };
        const setBased = await candidateLists(engine, model, type, ids, r, filters);
        const perFirm = await perFirmCandidateLists(engine, model, type, ids, r, filters, 1);
        expectSameLists(setBased, perFirm);
        expect(drawAll(model, type, setBased, 7)).toEqual(drawAll(model, type, perFirm, 7));
      });
    }
  }

  it('a firm with no eligible partner, and candidates tied in score: the same lists and draws', async () => {
    const ids = ['E3', 'E5', 'E6'];
    const setBased = await candidateLists(engine, model, 'exporter', ids, DEFAULT_RULES, {});
    const perFirm = await perFirmCandidateLists(engine, model, 'exporter', ids, DEFAULT_RULES, {}, 1);
    // E3 has no products: nothing is eligible under the product rule, in both paths.
    expect(setBased[0].candidates.length).toBe(0);
    const e6 = setBased[2];
    const at = (id: string) => e6.candidates.toArray().findIndex((c) => c.id === id);
    const scores = e6.ranker.scoreAll({});
    expect(at('B10')).toBeGreaterThanOrEqual(0);
    expect(scores[at('B10')]).toBe(scores[at('B11')]);
    expectSameLists(setBased, perFirm);
    for (const seed of [1, 2, 3, 4, 5])
      expect(drawAll(model, 'exporter', setBased, seed)).toEqual(drawAll(model, 'exporter', perFirm, seed));
  });

  it('keeps the codes as text: leading zeros, and the best pair of tied interests', async () => {
    const [e4] = await candidateLists(engine, model, 'exporter', ['E4', 'E5'], DEFAULT_RULES, {});
    const b7 = e4.candidates.toArray().find((c) => c.id === 'B7');
    // 010290 is an exact 6-digit interest of B7: the deepest fit wins over 01 and 0101.
    expect([b7?.productHs, b7?.interestHs]).toEqual(['010290', '010290']);
    const off = await candidateLists(
      engine,
      model,
      'exporter',
      ['E4', 'E5'],
      { ...DEFAULT_RULES, productMatch: false },
      {},
    );
    const b8 = off[1].candidates.toArray().find((c) => c.id === 'B8');
    expect([b8?.productHs, b8?.interestHs]).toEqual(['330499', '330499']);
    const [e6] = await candidateLists(
      engine,
      model,
      'exporter',
      ['E6', 'E5'],
      { ...DEFAULT_RULES, productMatch: false },
      {},
    );
    const b9 = e6.candidates.toArray().find((c) => c.id === 'B9');
    expect([b9?.productHs, b9?.interestHs]).toEqual(['330510', '330301']);
  });
});

describe('a hand-made fair scored once over all its rows (whole-fair-lists.ts)', () => {
  let engine: NodeEngine;
  let model: MatchingModel;
  beforeAll(async () => {
    engine = await tinyDataset(PANEL);
    model = await buildMatchingModel(engine, { cutoff: null, year: 2024 });
  });
  afterAll(() => engine.close());

  const fair = async (type: PartyType, ids: string[], rules: EligibilityRules, window: number) => {
    const table = type === 'exporter' ? model.directory.exporters : model.directory.buyers;
    const spec = { focusType: type, focusIds: ids, rules, filters: {}, asOf: model.asOf };
    const cols = await fetchWholeFairColumns(engine, model.directory, spec);
    const idx = ids.map((id) => table.index.get(id) as number);
    return { lists: wholeFairLists(cols, type, ids, idx, model, window), rows: cols.length };
  };

  const cases: [string, Partial<EligibilityRules>][] = [
    ['default rules', {}],
    ['every switch off', { productMatch: false, badCredit: 'flag', excludeCrisis: false }],
  ];
  for (const [name, rules] of cases) {
    for (const type of ['exporter', 'buyer'] as const) {
      it(`${name}, ${type}s in a shuffled order, windows of 1, 2 and 5 rows: the per-firm lists`, async () => {
        const all = (type === 'exporter' ? model.directory.exporters : model.directory.buyers).ids;
        // Not in id order, the firm without partners (E3) in the middle, one firm twice.
        const ids = [...all].reverse();
        ids.splice(1, 0, all[all.length - 1]);
        const r = { ...DEFAULT_RULES, ...rules };
        const perFirm = await perFirmCandidateLists(engine, model, type, ids, r, {}, 1);
        for (const window of [1, 2, 5]) {
          const { lists, rows } = await fair(type, ids, r, window);
          expect(rows).toBeGreaterThan(window);
          expectSameLists(lists, perFirm);
          for (const seed of [3, 11])
            expect(drawAll(model, type, lists, seed)).toEqual(drawAll(model, type, perFirm, seed));
        }
      });
    }
  }

  it('the firm with no eligible partner gets an empty list, and tied twins keep tying', async () => {
    const { lists } = await fair('exporter', ['E6', 'E3', 'E5'], DEFAULT_RULES, 2);
    expect(lists.map((l) => [l.focusId, l.candidates.length > 0])).toEqual([
      ['E6', true],
      ['E3', false],
      ['E5', true],
    ]);
    expect(lists[1].subScores).toEqual({});
    const e6 = lists[0];
    const at = (id: string) => e6.candidates.toArray().findIndex((c) => c.id === id);
    const scores = e6.ranker.scoreAll({});
    expect(scores[at('B10')]).toBe(scores[at('B11')]);
  });

  it("slices one fair-wide column per sub-score instead of copying each list's", async () => {
    const { lists } = await fair('exporter', ['E1', 'E5', 'E6'], DEFAULT_RULES, 65_536);
    const full = lists.filter((l) => l.candidates.length > 0);
    expect(full.length).toBe(3);
    for (const v of ['product', 'price', 'external'] as const) {
      const buffers = new Set(full.map((l) => (l.hybrid.subScores[v] as Float32Array).buffer));
      expect(buffers.size, v).toBe(1);
      expect(new Set(full.map((l) => (l.subScores[v] as Float32Array).buffer)).size, v).toBe(1);
    }
  });
});
