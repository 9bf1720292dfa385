/** A beginner firm's facts for the consulting report: who it is, its latest firm-year row and its exports so far. */
import type { Engine } from '../engine/engine.ts';

export interface FirmProfile {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string | null;
  readonly industry: string | null;
  readonly region: string | null;
  readonly foundedYear: number | null;
  readonly latest: {
    readonly year: number;
    readonly employees: number | null;
    readonly salesKrw: number | null;
    readonly langStaff: boolean | null;
    readonly marketingStaff: number | null;
    readonly tradeShow: boolean | null;
    readonly certifications: number | null;
  } | null;
  readonly exports: readonly { year: number; country: string; valueUsd: number }[];
  readonly products: readonly { hs: string; name: string }[];
}

export async function firmProfile(engine: Engine, exporterId: string): Promise<FirmProfile | null> {
  const [f] = await engine.query<Omit<FirmProfile, 'latest' | 'exports' | 'products'>>(
    `SELECT exporter_id AS id, name, name_en AS "nameEn", industry, region, founded_year AS "foundedYear"
     FROM exporters WHERE exporter_id = ?`,
    [exporterId],
  );
  if (!f) return null;
  const latest = await engine.query<NonNullable<FirmProfile['latest']>>(
    `SELECT year, employees, sales_krw AS "salesKrw", lang_staff AS "langStaff",
       overseas_marketing_staff AS "marketingStaff", trade_show AS "tradeShow", certifications
     FROM firm_years WHERE exporter_id = ? ORDER BY year DESC LIMIT 1`,
    [exporterId],
  );
  const exports = await engine.query<{ year: number; country: string; valueUsd: number }>(
    `SELECT year, country, sum(value_usd)::DOUBLE AS "valueUsd" FROM exports WHERE exporter_id = ?
     GROUP BY year, country ORDER BY year, "valueUsd" DESC`,
    [exporterId],
  );
  const products = await engine.query<{ hs: string; name: string }>(
    `SELECT hs_code AS hs, product_name AS name FROM exporter_products WHERE exporter_id = ? ORDER BY hs_code`,
    [exporterId],
  );
  return { ...f, latest: latest[0] ?? null, exports, products };
}
