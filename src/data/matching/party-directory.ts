/**
 * Every exporter and buyer once per dataset and as-of year: ids (sorted, so an id's index is stable), names in
 * Korean and English for the search box and the cards, and each firm's stability sub-score (수출기업 안정성 /
 * 바이어 안정성), which is a percentile within the whole population and so is computed for all firms at once
 * (core: exporterStabilityAll, buyerStabilityAll) and gathered per candidate.
 */
import { buyerStabilityAll, exporterStabilityAll } from '../../core/matching/index.ts';
import type { Engine } from '../engine/engine.ts';
import type { PartyType } from './matching-types.ts';

export interface PartyTable {
  readonly type: PartyType;
  readonly ids: readonly string[];
  readonly names: readonly string[];
  /** English name (exporters: name_en; buyers: their name is already in Latin script) or null. */
  readonly namesEn: readonly (string | null)[];
  /** ISO country (buyers; 'KR' for exporters). */
  readonly countries: readonly (string | null)[];
  /** Stability sub-score in [0, 1], NaN = no data. */
  readonly stability: Float32Array;
  /** 1 = bad credit (buyers only). */
  readonly badCredit: Uint8Array;
  readonly index: ReadonlyMap<string, number>;
}

export interface PartyDirectory {
  readonly year: number;
  readonly exporters: PartyTable;
  readonly buyers: PartyTable;
}

interface ExporterRow {
  exporter_id: string;
  name: string;
  name_en: string | null;
  firm_age: number | null;
  employees: number | null;
  net_income: number | null;
  sales_growth: number | null;
  operating_profit: number | null;
  capital: number | null;
}

interface BuyerRow {
  buyer_id: string;
  name: string;
  country: string | null;
  firm_age: number | null;
  employees: number | null;
  revenue: number | null;
  bad_credit: boolean | null;
}

const nz = (v: number | null): number | null => (v === null || Number.isNaN(v) ? null : v);

export async function loadPartyDirectory(engine: Engine, year: number): Promise<PartyDirectory> {
  const exporters = await engine.query<ExporterRow>(
    `WITH fy AS (
       SELECT exporter_id, employees::DOUBLE AS employees, net_income_krw::DOUBLE AS net_income,
         coalesce(sales_growth, CASE WHEN lag(sales_krw) OVER w > 0 AND lag(year) OVER w = year - 1
                                     THEN sales_krw / lag(sales_krw) OVER w - 1 END)::DOUBLE AS sales_growth,
         operating_profit_krw::DOUBLE AS operating_profit, capital_krw::DOUBLE AS capital, year
       FROM firm_years WHERE year <= ? WINDOW w AS (PARTITION BY exporter_id ORDER BY year)
       QUALIFY row_number() OVER (PARTITION BY exporter_id ORDER BY year DESC) = 1)
     SELECT e.exporter_id, e.name, e.name_en, (? - e.founded_year)::DOUBLE AS firm_age,
       fy.employees, fy.net_income, fy.sales_growth, fy.operating_profit, fy.capital
     FROM exporters e LEFT JOIN fy USING (exporter_id) ORDER BY e.exporter_id`,
    [year, year],
  );
  const buyers = await engine.query<BuyerRow>(
    `SELECT buyer_id, name, country, (? - founded_year)::DOUBLE AS firm_age, employees::DOUBLE AS employees,
       revenue_usd::DOUBLE AS revenue, bad_credit FROM buyers ORDER BY buyer_id`,
    [year],
  );
  const eStab = exporterStabilityAll(
    exporters.map((r) => ({
      employees: nz(r.employees),
      netIncomeKrw: nz(r.net_income),
      salesGrowth: nz(r.sales_growth),
      operatingProfitKrw: nz(r.operating_profit),
      capitalKrw: nz(r.capital),
      firmAge: nz(r.firm_age),
    })),
  );
  const bStab = buyerStabilityAll(
    buyers.map((r) => ({
      revenueUsd: nz(r.revenue),
      firmAge: nz(r.firm_age),
      employees: nz(r.employees),
      badCredit: r.bad_credit === true,
    })),
  );
  return {
    year,
    exporters: table(
      'exporter',
      exporters.map((r) => r.exporter_id),
      exporters.map((r) => r.name),
      exporters.map((r) => r.name_en),
      exporters.map(() => 'KR'),
      eStab,
      new Uint8Array(exporters.length),
    ),
    buyers: table(
      'buyer',
      buyers.map((r) => r.buyer_id),
      buyers.map((r) => r.name),
      buyers.map(() => null),
      buyers.map((r) => r.country),
      bStab,
      Uint8Array.from(buyers, (r) => (r.bad_credit === true ? 1 : 0)),
    ),
  };
}

function table(
  type: PartyType,
  ids: string[],
  names: string[],
  namesEn: (string | null)[],
  countries: (string | null)[],
  stability: Float32Array,
  badCredit: Uint8Array,
): PartyTable {
  return {
    type,
    ids,
    names,
    namesEn,
    countries,
    stability,
    badCredit,
    index: new Map(ids.map((id, i) => [id, i])),
  };
}

export function partyTable(d: PartyDirectory, type: PartyType): PartyTable {
  return type === 'exporter' ? d.exporters : d.buyers;
}
