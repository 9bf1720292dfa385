/**
 * Destination countries of Korean consumer-goods exports (ISO 3166-1 alpha-2) with realistic weights, the
 * local currency per US$ in 2015–2024 (annual averages, rounded) and travel-advisory episodes in the style of
 * the Korean foreign ministry's 여행경보 (0 none, 1 여행유의, 2 여행자제, 3 출국권고, 4 여행금지).
 */

export interface Country {
  code: string;
  en: string;
  /** Share of Korean consumer-goods exporters' destinations (before industry tilts). */
  exportWeight: number;
  /** Share of buyers in the agency's buyer database. */
  buyerWeight: number;
  /** Local currency per US$, annual averages 2015…2024. */
  fx: readonly number[];
  /** Yearly log-volatility used when the range extends beyond 2015–2024. */
  fxVol: number;
  /** Travel-advisory level outside the listed episodes. */
  baseCrisis: number;
  /** [fromYear, toYear, level] episodes (inclusive), overriding the base level. */
  episodes?: readonly (readonly [number, number, number])[];
  /** Extra import growth (fraction) on top of the world cycle: [fromYear, toYear, delta]. */
  importShocks?: readonly (readonly [number, number, number])[];
  /** Years with no import statistics (import_growth NULL). */
  importMissing?: readonly [number, number];
  /** Long-run extra import growth. */
  importTrend: number;
}

/** The year the fx arrays start at. */
export const FX_BASE_YEAR = 2015;

// prettier-ignore
export const COUNTRIES: readonly Country[] = [
  { code: 'US', en: 'United States', exportWeight: 0.16, buyerWeight: 0.13, fx: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1], fxVol: 0, baseCrisis: 0, importTrend: 0.01 },
  { code: 'CN', en: 'China', exportWeight: 0.14, buyerWeight: 0.11, fx: [6.23, 6.64, 6.76, 6.62, 6.91, 6.9, 6.45, 6.73, 7.08, 7.19], fxVol: 0.03, baseCrisis: 0, episodes: [[2022, 2022, 2]], importTrend: 0.0 },
  { code: 'JP', en: 'Japan', exportWeight: 0.1, buyerWeight: 0.09, fx: [121.0, 108.8, 112.2, 110.4, 109.0, 106.8, 109.8, 131.5, 140.5, 151.4], fxVol: 0.06, baseCrisis: 0, importTrend: -0.01 },
  { code: 'VN', en: 'Viet Nam', exportWeight: 0.09, buyerWeight: 0.08, fx: [21890, 22370, 22720, 22800, 23050, 23210, 23160, 23270, 23790, 24950], fxVol: 0.02, baseCrisis: 0, importTrend: 0.06 },
  { code: 'HK', en: 'Hong Kong', exportWeight: 0.05, buyerWeight: 0.05, fx: [7.75, 7.76, 7.79, 7.84, 7.84, 7.76, 7.77, 7.83, 7.83, 7.8], fxVol: 0.003, baseCrisis: 0, episodes: [[2019, 2019, 1]], importTrend: 0.0 },
  { code: 'TW', en: 'Taiwan', exportWeight: 0.04, buyerWeight: 0.04, fx: [31.9, 32.3, 30.4, 30.2, 30.9, 29.5, 27.9, 29.8, 31.2, 32.1], fxVol: 0.03, baseCrisis: 0, importTrend: 0.01 },
  { code: 'TH', en: 'Thailand', exportWeight: 0.03, buyerWeight: 0.035, fx: [34.2, 35.3, 33.9, 32.3, 31.0, 31.3, 32.0, 35.1, 34.8, 35.3], fxVol: 0.04, baseCrisis: 1, importTrend: 0.01 },
  { code: 'ID', en: 'Indonesia', exportWeight: 0.03, buyerWeight: 0.035, fx: [13390, 13310, 13380, 14240, 14150, 14580, 14310, 14850, 15240, 15850], fxVol: 0.04, baseCrisis: 1, importTrend: 0.03 },
  { code: 'MY', en: 'Malaysia', exportWeight: 0.03, buyerWeight: 0.03, fx: [3.91, 4.14, 4.3, 4.04, 4.14, 4.2, 4.14, 4.4, 4.56, 4.58], fxVol: 0.04, baseCrisis: 1, importTrend: 0.02 },
  { code: 'PH', en: 'Philippines', exportWeight: 0.025, buyerWeight: 0.03, fx: [45.5, 47.5, 50.4, 52.7, 51.8, 49.6, 49.3, 54.5, 55.6, 57.3], fxVol: 0.04, baseCrisis: 1, episodes: [[2017, 2017, 2]], importTrend: 0.03 },
  { code: 'SG', en: 'Singapore', exportWeight: 0.025, buyerWeight: 0.03, fx: [1.37, 1.38, 1.38, 1.35, 1.36, 1.38, 1.34, 1.38, 1.34, 1.34], fxVol: 0.02, baseCrisis: 0, importTrend: 0.01 },
  { code: 'AU', en: 'Australia', exportWeight: 0.025, buyerWeight: 0.03, fx: [1.33, 1.35, 1.3, 1.34, 1.44, 1.45, 1.33, 1.44, 1.51, 1.52], fxVol: 0.05, baseCrisis: 0, importTrend: 0.01 },
  { code: 'DE', en: 'Germany', exportWeight: 0.02, buyerWeight: 0.03, fx: [0.9, 0.9, 0.89, 0.85, 0.89, 0.88, 0.85, 0.95, 0.92, 0.92], fxVol: 0.04, baseCrisis: 0, importTrend: 0.0 },
  { code: 'FR', en: 'France', exportWeight: 0.015, buyerWeight: 0.025, fx: [0.9, 0.9, 0.89, 0.85, 0.89, 0.88, 0.85, 0.95, 0.92, 0.92], fxVol: 0.04, baseCrisis: 0, episodes: [[2015, 2016, 1]], importTrend: 0.0 },
  { code: 'GB', en: 'United Kingdom', exportWeight: 0.015, buyerWeight: 0.025, fx: [0.65, 0.74, 0.78, 0.75, 0.78, 0.78, 0.73, 0.81, 0.8, 0.78], fxVol: 0.05, baseCrisis: 0, episodes: [[2017, 2017, 1]], importTrend: 0.0 },
  { code: 'AE', en: 'United Arab Emirates', exportWeight: 0.015, buyerWeight: 0.025, fx: [3.6725, 3.6725, 3.6725, 3.6725, 3.6725, 3.6725, 3.6725, 3.6725, 3.6725, 3.6725], fxVol: 0, baseCrisis: 0, importTrend: 0.03 },
  { code: 'SA', en: 'Saudi Arabia', exportWeight: 0.01, buyerWeight: 0.02, fx: [3.75, 3.75, 3.75, 3.75, 3.75, 3.75, 3.75, 3.75, 3.75, 3.75], fxVol: 0, baseCrisis: 1, importTrend: 0.02 },
  { code: 'RU', en: 'Russia', exportWeight: 0.025, buyerWeight: 0.03, fx: [61.3, 67.1, 58.3, 62.7, 64.7, 72.1, 73.7, 68.5, 85.2, 92.6], fxVol: 0.12, baseCrisis: 1, episodes: [[2022, 2100, 3]], importShocks: [[2022, 2022, -0.2], [2023, 2023, 0.08]], importTrend: 0.0 },
  { code: 'MX', en: 'Mexico', exportWeight: 0.01, buyerWeight: 0.02, fx: [15.9, 18.7, 18.9, 19.2, 19.3, 21.5, 20.3, 20.1, 17.8, 18.3], fxVol: 0.07, baseCrisis: 1, importTrend: 0.02 },
  { code: 'BR', en: 'Brazil', exportWeight: 0.008, buyerWeight: 0.015, fx: [3.33, 3.49, 3.19, 3.65, 3.94, 5.16, 5.4, 5.16, 5.0, 5.39], fxVol: 0.1, baseCrisis: 1, importTrend: 0.01 },
  { code: 'IN', en: 'India', exportWeight: 0.015, buyerWeight: 0.025, fx: [64.2, 67.2, 65.1, 68.4, 70.4, 74.1, 73.9, 78.6, 82.6, 83.7], fxVol: 0.04, baseCrisis: 1, importTrend: 0.04 },
  { code: 'CA', en: 'Canada', exportWeight: 0.02, buyerWeight: 0.025, fx: [1.28, 1.33, 1.3, 1.3, 1.33, 1.34, 1.25, 1.3, 1.35, 1.37], fxVol: 0.04, baseCrisis: 0, importTrend: 0.01 },
  { code: 'KZ', en: 'Kazakhstan', exportWeight: 0.015, buyerWeight: 0.015, fx: [222, 342, 326, 345, 383, 413, 426, 460, 457, 470], fxVol: 0.1, baseCrisis: 0, importTrend: 0.03 },
  { code: 'MN', en: 'Mongolia', exportWeight: 0.015, buyerWeight: 0.012, fx: [1970, 2140, 2440, 2470, 2660, 2810, 2850, 3140, 3470, 3410], fxVol: 0.07, baseCrisis: 0, importTrend: 0.03 },
  { code: 'UZ', en: 'Uzbekistan', exportWeight: 0.01, buyerWeight: 0.012, fx: [2570, 2970, 5120, 8070, 8840, 10060, 10610, 11050, 11740, 12650], fxVol: 0.12, baseCrisis: 1, importTrend: 0.05 },
  { code: 'TR', en: 'Türkiye', exportWeight: 0.008, buyerWeight: 0.015, fx: [2.72, 3.02, 3.65, 4.83, 5.68, 7.01, 8.85, 16.55, 23.74, 32.83], fxVol: 0.2, baseCrisis: 1, episodes: [[2016, 2016, 2]], importTrend: 0.01 },
  { code: 'UA', en: 'Ukraine', exportWeight: 0.005, buyerWeight: 0.006, fx: [21.8, 25.6, 26.6, 27.2, 25.8, 27.0, 27.3, 32.3, 36.6, 40.2], fxVol: 0.1, baseCrisis: 2, episodes: [[2022, 2100, 4]], importShocks: [[2022, 2022, -0.3], [2023, 2023, 0.1]], importTrend: 0.0 },
  { code: 'MM', en: 'Myanmar', exportWeight: 0.006, buyerWeight: 0.006, fx: [1160, 1235, 1360, 1430, 1520, 1380, 1640, 2100, 2100, 2100], fxVol: 0.08, baseCrisis: 1, episodes: [[2021, 2100, 3]], importShocks: [[2021, 2021, -0.2]], importMissing: [2022, 2023], importTrend: 0.02 },
  { code: 'AF', en: 'Afghanistan', exportWeight: 0.001, buyerWeight: 0.002, fx: [61.1, 68.0, 68.0, 72.1, 77.7, 76.8, 83.6, 90.0, 78.2, 71.1], fxVol: 0.06, baseCrisis: 4, importShocks: [[2021, 2021, -0.4]], importMissing: [2021, 2100], importTrend: 0.0 },
];

export const COUNTRY_BY_CODE: ReadonlyMap<string, Country> = new Map(COUNTRIES.map((c) => [c.code, c]));

/**
 * COVID-19: the ministry's global special travel advisory (특별여행주의보, March 2020 – June 2022) raised
 * every destination to at least level 2 in 2020–2021 and level 1 in 2022.
 */
const PANDEMIC: readonly (readonly [number, number])[] = [
  [2020, 2],
  [2021, 2],
  [2022, 1],
];

export function crisisLevel(country: Country, year: number): number {
  let level = country.baseCrisis;
  for (const [from, to, l] of country.episodes ?? []) if (year >= from && year <= to) level = l;
  for (const [y, floor] of PANDEMIC) if (year === y) level = Math.max(level, floor);
  return level;
}
