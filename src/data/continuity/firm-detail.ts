/**
 * One firm's source values by year for its page ("the firm's raw variables"): its firm_years row and its
 * exports summed per year (value, markets, HS codes), so an analyst can check what the index was computed
 * from. Years with exports but no firm_years row appear with null firm values.
 */
import type { Engine } from '../engine/engine.ts';

export interface FirmYearValues {
  year: number;
  observed: boolean;
  employees: number | null;
  sales_krw: number | null;
  net_income_krw: number | null;
  operating_profit_krw: number | null;
  capital_krw: number | null;
  sales_growth: number | null;
  lang_staff: boolean | null;
  overseas_marketing_staff: number | null;
  trade_show: boolean | null;
  certifications: number | null;
  credit_grade: number | null;
  export_usd: number | null;
  markets: number | null;
  hs_codes: number | null;
}

export async function firmYearValues(engine: Engine, exporterId: string): Promise<FirmYearValues[]> {
  return engine.query<FirmYearValues>(
    `WITH ex AS (
       SELECT year, sum(value_usd) AS export_usd, count(DISTINCT country)::INTEGER AS markets,
              count(DISTINCT hs_code)::INTEGER AS hs_codes
       FROM exports WHERE exporter_id = ? GROUP BY year
     ),
     fy AS (SELECT * FROM firm_years WHERE exporter_id = ?)
     SELECT coalesce(fy.year, ex.year)::INTEGER AS year, (fy.year IS NOT NULL) AS observed,
       fy.employees::DOUBLE AS employees, fy.sales_krw, fy.net_income_krw, fy.operating_profit_krw, fy.capital_krw,
       fy.sales_growth, fy.lang_staff, fy.overseas_marketing_staff::DOUBLE AS overseas_marketing_staff,
       fy.trade_show, fy.certifications::DOUBLE AS certifications, fy.credit_grade::DOUBLE AS credit_grade,
       ex.export_usd, ex.markets, ex.hs_codes
     FROM fy FULL OUTER JOIN ex ON ex.year = fy.year
     ORDER BY 1`,
    [exporterId, exporterId],
  );
}
