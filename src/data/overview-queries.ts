/**
 * The numbers on the overview screen, as SQL over the active dataset (unqualified table names resolve
 * to the schema activated by loadDataset). Every aggregate is cast to DOUBLE/INTEGER in SQL so that no
 * BigInt reaches a chart.
 */
import { CONTRACT } from './contract.ts';
import { ident, type Engine } from './engine/engine.ts';

export interface OverviewData {
  tables: { table: string; rows: number }[];
  firstYear: number | null;
  lastYear: number | null;
  exporters: number;
  buyers: number;
  exportValueUsd: number;
  byCountry: { country: string; value: number }[];
  byCountryYear: number | null;
  topHsChapters: { chapter: string; value: number }[];
  exportersPerYear: { year: number; exporters: number }[];
}

export async function loadOverview(engine: Engine): Promise<OverviewData> {
  const tables: OverviewData['tables'] = [];
  for (const t of CONTRACT) {
    const [{ n }] = await engine.query<{ n: number }>(`SELECT count(*)::DOUBLE AS n FROM ${ident(t.name)}`);
    tables.push({ table: t.name, rows: n });
  }
  const [years] = await engine.query<{ first: number | null; last: number | null; total: number | null }>(
    `SELECT min(year)::INTEGER AS first, max(year)::INTEGER AS last, sum(value_usd)::DOUBLE AS total FROM exports`,
  );
  const byCountryYear = years.last;
  const byCountry = await engine.query<{ country: string; value: number }>(
    `SELECT country, sum(value_usd)::DOUBLE AS value FROM exports WHERE year = ?
     GROUP BY country HAVING sum(value_usd) > 0 ORDER BY value DESC`,
    [byCountryYear ?? 0],
  );
  const topHsChapters = await engine.query<{ chapter: string; value: number }>(
    `SELECT substr(hs_code, 1, 2) AS chapter, sum(value_usd)::DOUBLE AS value FROM exports
     GROUP BY chapter ORDER BY value DESC LIMIT 10`,
  );
  const exportersPerYear = await engine.query<{ year: number; exporters: number }>(
    `SELECT year::INTEGER AS year, count(DISTINCT exporter_id)::INTEGER AS exporters FROM exports
     WHERE value_usd > 0 GROUP BY year ORDER BY year`,
  );
  const count = (name: string) => tables.find((t) => t.table === name)?.rows ?? 0;
  return {
    tables,
    firstYear: years.first,
    lastYear: years.last,
    exporters: count('exporters'),
    buyers: count('buyers'),
    exportValueUsd: years.total ?? 0,
    byCountry,
    byCountryYear,
    topHsChapters,
    exportersPerYear,
  };
}
