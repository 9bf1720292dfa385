/**
 * External conditions per year: FX per US$, travel-advisory level and import growth per destination
 * (country_macro), oil price and a raw-material index (world_macro), and the KRW rate used to turn firms'
 * KRW sales into US$ exports. 2015–2024 follow the real history (rounded annual averages); years outside
 * that span are extended with a seeded random walk so any --years range works.
 */
import { COUNTRIES, FX_BASE_YEAR, crisisLevel, type Country } from './countries.ts';
import { roundTo, stream, type Rng } from './rng.ts';

/** Brent-like annual average, US$/bbl, 2015…2024. */
const OIL = [52, 44, 54, 71, 64, 42, 71, 100, 82, 80];
/** Non-fuel raw-material price index (2015 = 100), 2015…2024. */
const RAW_MATERIAL = [100, 95, 108, 113, 107, 104, 140, 158, 136, 134];
/** KRW per US$, annual averages 2015…2024. */
const KRW = [1131.5, 1160.5, 1130.8, 1100.3, 1165.7, 1180.1, 1144.4, 1291.9, 1305.4, 1364.0];
/** World import growth (fraction), 2015…2024: the trade cycle every destination shares. */
const WORLD_IMPORT_GROWTH = [-0.12, -0.03, 0.1, 0.1, -0.03, -0.08, 0.25, 0.12, -0.05, 0.02];

export interface CountryYear {
  fx: number;
  crisis: number;
  /** NULL in the data when the statistics are missing. */
  importGrowth: number | null;
}

export interface Macro {
  /** First year with macro rows: the first data year − 1, so changes at the first data year are defined. */
  firstYear: number;
  lastYear: number;
  countries: readonly Country[];
  country(code: string, year: number): CountryYear;
  oil(year: number): number;
  rawMaterial(year: number): number;
  krwPerUsd(year: number): number;
  /** World trade cycle (used by firms' sales growth). */
  worldGrowth(year: number): number;
}

/** Extends a 2015…2024 series to [from, to] by a multiplicative random walk outside the known years. */
function extendSeries(
  known: readonly number[],
  from: number,
  to: number,
  vol: number,
  rng: Rng,
): Map<number, number> {
  const out = new Map<number, number>();
  const last = FX_BASE_YEAR + known.length - 1;
  for (let y = FX_BASE_YEAR; y <= last; y++) out.set(y, known[y - FX_BASE_YEAR]);
  for (let y = last + 1; y <= to; y++) out.set(y, (out.get(y - 1) as number) * Math.exp(vol * rng.normal()));
  for (let y = FX_BASE_YEAR - 1; y >= from; y--)
    out.set(y, (out.get(y + 1) as number) * Math.exp(vol * rng.normal()));
  return out;
}

function extendAdditive(
  known: readonly number[],
  from: number,
  to: number,
  mean: number,
  sd: number,
  rng: Rng,
) {
  const out = new Map<number, number>();
  for (let y = from; y <= to; y++) {
    const i = y - FX_BASE_YEAR;
    out.set(y, i >= 0 && i < known.length ? known[i] : mean + sd * rng.normal());
  }
  return out;
}

export function buildMacro(seed: number, startYear: number, endYear: number): Macro {
  const firstYear = startYear - 1;
  const rng = stream(seed, 'macro:world');
  const oil = extendSeries(OIL, firstYear, endYear, 0.2, rng);
  const raw = extendSeries(RAW_MATERIAL, firstYear, endYear, 0.1, rng);
  const krw = extendSeries(KRW, firstYear, endYear, 0.05, rng);
  const world = extendAdditive(WORLD_IMPORT_GROWTH, firstYear, endYear, 0.04, 0.07, rng);

  const table = new Map<string, CountryYear>();
  for (const c of COUNTRIES) {
    const r = stream(seed, `macro:${c.code}`);
    const fx = extendSeries(c.fx, firstYear, endYear, c.fxVol, r);
    for (let y = firstYear; y <= endYear; y++) {
      let g = (world.get(y) as number) + c.importTrend + 0.04 * r.normal();
      for (const [from, to, d] of c.importShocks ?? []) if (y >= from && y <= to) g += d;
      const missing = c.importMissing !== undefined && y >= c.importMissing[0] && y <= c.importMissing[1];
      const fxv = fx.get(y) as number;
      table.set(`${c.code}:${y}`, {
        fx: fxv >= 100 ? roundTo(fxv, 1) : roundTo(fxv, 4),
        crisis: crisisLevel(c, y),
        importGrowth: missing ? null : roundTo(g, 4),
      });
    }
  }
  return {
    firstYear,
    lastYear: endYear,
    countries: COUNTRIES,
    country(code, year) {
      const v = table.get(`${code}:${year}`);
      if (!v) throw new Error(`macro: no data for ${code} ${year}`);
      return v;
    },
    oil: (y) => roundTo(oil.get(y) as number, 2),
    rawMaterial: (y) => roundTo(raw.get(y) as number, 2),
    krwPerUsd: (y) => krw.get(y) as number,
    worldGrowth: (y) => world.get(y) as number,
  };
}
