/**
 * The overview's numbers (the first screen after a load) on a hand-made dataset whose answers are worked
 * out by hand: every table's size, the years, the total, the latest year's destinations without the zero
 * ones, HS chapters, and exporters per year counted only where they exported (value > 0) — and on a
 * dataset with no exports at all.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CONTRACT } from '../../src/data/contract.ts';
import { ident } from '../../src/data/engine/engine.ts';
import { NodeEngine } from '../../src/data/engine/engine-native.node.ts';
import { loadOverview } from '../../src/data/overview-queries.ts';

let engine: NodeEngine | undefined;
afterEach(async () => {
  await engine?.close();
  engine = undefined;
});

/** Every contract table, empty, in the contract's column types. */
async function emptyDataset(): Promise<NodeEngine> {
  const e = await NodeEngine.create();
  for (const t of CONTRACT) {
    const cols = t.columns.map((c) => `${ident(c.name)} ${c.type}`).join(', ');
    await e.exec(`CREATE TABLE ${ident(t.name)} (${cols})`);
  }
  return e;
}

describe('overview queries', () => {
  it('gives the hand-worked numbers of a five-row export table', async () => {
    engine = await emptyDataset();
    await engine.exec(`INSERT INTO exporters (exporter_id, name, founded_year) VALUES
      ('E1', 'a', 2000), ('E2', 'b', 2001), ('E3', 'c', 2002)`);
    await engine.exec(
      `INSERT INTO buyers (buyer_id, name, country) VALUES ('B1', 'x', 'US'), ('B2', 'y', 'JP')`,
    );
    await engine.exec(`INSERT INTO exports (exporter_id, year, country, hs_code, value_usd) VALUES
      ('E1', 2022, 'US', '850110', 100), ('E1', 2023, 'US', '850110', 50), ('E2', 2023, 'JP', '030211', 70),
      ('E3', 2023, 'CN', '850120', 0), ('E2', 2022, 'VN', '030211', 30)`);
    const o = await loadOverview(engine);
    const rows = Object.fromEntries(o.tables.map((t) => [t.table, t.rows]));
    expect(o.tables.map((t) => t.table)).toEqual(CONTRACT.map((t) => t.name));
    expect(rows).toMatchObject({ exporters: 3, buyers: 2, exports: 5, matches: 0 });
    expect(
      o.tables
        .filter((t) => !['exporters', 'buyers', 'exports'].includes(t.table))
        .every((t) => t.rows === 0),
    ).toBe(true);
    expect(o).toMatchObject({
      firstYear: 2022,
      lastYear: 2023,
      exporters: 3,
      buyers: 2,
      exportValueUsd: 250,
    });
    expect(o.byCountryYear).toBe(2023);
    // 2023 only; CN exported nothing that year.
    expect(o.byCountry).toEqual([
      { country: 'JP', value: 70 },
      { country: 'US', value: 50 },
    ]);
    expect(o.topHsChapters).toEqual([
      { chapter: '85', value: 150 },
      { chapter: '03', value: 100 },
    ]);
    // E3's zero row does not make it an exporter in 2023.
    expect(o.exportersPerYear).toEqual([
      { year: 2022, exporters: 2 },
      { year: 2023, exporters: 2 },
    ]);
  });

  it('says nothing was exported for a dataset without export rows', async () => {
    engine = await emptyDataset();
    await engine.exec(`INSERT INTO exporters (exporter_id, name, founded_year) VALUES ('E1', 'a', 2000)`);
    const o = await loadOverview(engine);
    expect(o).toMatchObject({
      firstYear: null,
      lastYear: null,
      byCountryYear: null,
      exportValueUsd: 0,
      exporters: 1,
    });
    expect(o.byCountry).toEqual([]);
    expect(o.topHsChapters).toEqual([]);
    expect(o.exportersPerYear).toEqual([]);
  });
});
