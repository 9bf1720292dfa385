/**
 * Tiny hand-made datasets for the matching SQL: every contract table created with its contract types (as a loaded
 * dataset has after conformDataset), then only the rows a test names. Columns not given are NULL.
 */
import { CONTRACT } from '../../../src/data/contract.ts';
import { NodeEngine } from '../../../src/data/engine/engine-native.node.ts';
import { ident, type SqlValue } from '../../../src/data/engine/engine.ts';

export type TinyRows = Record<string, Record<string, SqlValue>[]>;

export async function tinyDataset(rows: TinyRows): Promise<NodeEngine> {
  const engine = await NodeEngine.create();
  for (const spec of CONTRACT) {
    const cols = spec.columns.map((c) => `${ident(c.name)} ${c.type}`).join(', ');
    await engine.exec(`CREATE TABLE ${ident(spec.name)} (${cols})`);
  }
  for (const [table, list] of Object.entries(rows)) {
    const spec = CONTRACT.find((t) => t.name === table);
    if (!spec) throw new Error(`no contract table ${table}`);
    for (const row of list) {
      const names = Object.keys(row);
      for (const n of names) if (!spec.columns.some((c) => c.name === n)) throw new Error(`${table}.${n}?`);
      await engine.query(
        `INSERT INTO ${ident(table)} (${names.map(ident).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
        names.map((n) => row[n]),
      );
    }
  }
  return engine;
}

/** A small world: exporters E1 (cosmetics), E2 (apparel), E3 (no products); buyers B1…B6; one event. */
export const SMALL_WORLD: TinyRows = {
  exporters: [
    { exporter_id: 'E1', name: '한빛코스메틱(주)', name_en: 'Hanbit Cosmetic Co., Ltd.', founded_year: 2004 },
    { exporter_id: 'E2', name: '소담어패럴', name_en: 'Sodam Apparel', founded_year: 2015 },
    { exporter_id: 'E3', name: '새싹상사', founded_year: 2023 },
  ],
  firm_years: [
    {
      exporter_id: 'E1',
      year: 2024,
      employees: 40,
      sales_krw: 5e9,
      net_income_krw: 2e8,
      operating_profit_krw: 3e8,
      capital_krw: 1e9,
      lang_staff: true,
      overseas_marketing_staff: 2,
      trade_show: true,
      certifications: 2,
      credit_grade: 3,
    },
  ],
  buyers: [
    { buyer_id: 'B1', name: 'Sunrise Beauty Inc.', country: 'US', founded_year: 2000, bad_credit: false },
    { buyer_id: 'B2', name: 'Shaky Cosmetics LLC', country: 'US', founded_year: 2010, bad_credit: true },
    { buyer_id: 'B3', name: 'Kyiv Trade', country: 'UA', founded_year: 2001, bad_credit: false },
    { buyer_id: 'B4', name: 'Tokyo Wear', country: 'JP', founded_year: 1990, bad_credit: false },
    { buyer_id: 'B5', name: 'Osaka Goods', country: 'JP', founded_year: 1995, bad_credit: false },
    { buyer_id: 'B6', name: 'Lyon Parfums SARL', country: 'FR', founded_year: 1980, bad_credit: false },
  ],
  exporter_products: [
    {
      exporter_id: 'E1',
      hs_code: '330499',
      product_name: '스킨케어',
      unit_price_usd: 10,
      min_order_qty: 100,
      capacity_qty: 10000,
    },
    { exporter_id: 'E2', hs_code: '610910', product_name: '티셔츠', unit_price_usd: null },
  ],
  buyer_interests: [
    { buyer_id: 'B1', hs_code: '3304', target_price_usd: 10, quantity: 500 },
    { buyer_id: 'B2', hs_code: '330499', target_price_usd: 8, quantity: 300 },
    { buyer_id: 'B3', hs_code: '33', target_price_usd: 12, quantity: 200 },
    { buyer_id: 'B4', hs_code: '61', target_price_usd: 5, quantity: 1000 },
    { buyer_id: 'B6', hs_code: '330410', target_price_usd: 20, quantity: 100 },
  ],
  exporter_targets: [{ exporter_id: 'E1', country: 'US' }],
  buyer_prefs: [{ buyer_id: 'B1', origin_country: 'KR', min_founded_years: 10, needs_certification: true }],
  events: [
    {
      event_id: 'EV1',
      name: '테스트 수출대전',
      kind: 'consumer_goods_fair',
      start_date: '2024-06-01',
      end_date: '2024-06-03',
      country: 'KR',
    },
    {
      event_id: 'EV0',
      name: '빈 행사',
      kind: 'online',
      start_date: '2023-01-10',
      end_date: '2023-01-11',
      country: 'KR',
    },
  ],
  event_participants: [
    { event_id: 'EV1', party_type: 'exporter', party_id: 'E1' },
    { event_id: 'EV1', party_type: 'buyer', party_id: 'B1' },
    { event_id: 'EV1', party_type: 'buyer', party_id: 'B3' },
  ],
  matches: [
    {
      match_id: 'M1',
      exporter_id: 'E1',
      buyer_id: 'B1',
      requested_by: 'exporter',
      requested_at: '2023-03-01 10:00:00',
      status: 'contracted',
      updated_at: '2023-05-01 10:00:00',
      contract_value_usd: 50000,
    },
    {
      match_id: 'M2',
      exporter_id: 'E2',
      buyer_id: 'B4',
      requested_by: 'buyer',
      requested_at: '2023-04-01 10:00:00',
      status: 'declined',
      updated_at: '2023-04-02 10:00:00',
    },
  ],
  weblog: [
    {
      session_id: 'S1',
      user_type: 'exporter',
      user_id: 'E1',
      ts: '2024-02-01 09:00:00',
      event_type: 'page_view',
      page: '/buyers/B1',
      target_type: 'buyer',
      target_id: 'B1',
      duration_ms: 60000,
    },
    {
      session_id: 'S1',
      user_type: 'exporter',
      user_id: 'E1',
      ts: '2024-02-01 09:01:00',
      event_type: 'save',
      page: '/buyers/B1',
      target_type: 'buyer',
      target_id: 'B1',
    },
    {
      session_id: 'S1',
      user_type: 'exporter',
      user_id: 'E1',
      ts: '2024-02-01 09:02:00',
      event_type: 'search',
      page: '/search',
      query: 'sunrise',
    },
  ],
  country_macro: [
    { country: 'US', year: 2023, fx_per_usd: 1, crisis_level: 0, import_growth: 0.02 },
    { country: 'US', year: 2024, fx_per_usd: 1, crisis_level: 0, import_growth: 0.03 },
    { country: 'UA', year: 2024, fx_per_usd: 40, crisis_level: 4 },
    { country: 'JP', year: 2023, fx_per_usd: 140, crisis_level: 0 },
    { country: 'JP', year: 2024, fx_per_usd: 150, crisis_level: 0 },
  ],
  world_macro: [
    { year: 2023, oil_usd_bbl: 80, raw_material_index: 100 },
    { year: 2024, oil_usd_bbl: 80, raw_material_index: 100 },
  ],
};
