/**
 * Both sides' wishes (수출업체·바이어 희망), as two sub-scores so that each feeds its own direction:
 *
 * exporterWish — the exporter's wished markets (exporter_targets) contain the buyer's country:
 *   1 if listed, 0 if the exporter lists markets but not this one, NaN if the exporter lists none (no data).
 *
 * buyerWish — the buyer's preferences (buyer_prefs), the mean of the criteria the buyer has set:
 *   origin country:       1 if the exporter's country equals origin_country, else 0
 *   min_founded_years m:  min(1, firmAge / m)  (a 10-year minimum and an 8-year-old firm → 0.8)
 *   needs_certification:  1 if the exporter holds ≥ 1 certification, else 0
 *   A criterion whose exporter-side value is unknown is skipped; no criterion set (or all skipped) → NaN.
 * Range [0, 1].
 */
import { InputError } from '../../errors.ts';
import { isMissing, meanOfPresent, type Maybe } from './common.ts';

/** Exporter's target markets vs the buyer's country (ISO alpha-2, compared case-insensitively). */
export function exporterWish(
  targetCountries: readonly string[] | ReadonlySet<string> | null | undefined,
  buyerCountry: string | null | undefined,
): number {
  if (!targetCountries || !buyerCountry) return NaN;
  const size = 'size' in targetCountries ? targetCountries.size : targetCountries.length;
  if (size === 0) return NaN;
  const c = buyerCountry.toUpperCase();
  for (const t of targetCountries) if (t.toUpperCase() === c) return 1;
  return 0;
}

/** The buyer's wishes (a buyer_prefs row). Absent fields mean "no preference". */
export interface BuyerPrefs {
  readonly originCountry?: string | null;
  readonly minFoundedYears?: number | null;
  readonly needsCertification?: boolean | null;
}

/** What the buyer's wishes are checked against. */
export interface ExporterFacts {
  /** ISO alpha-2; the agency's exporters are Korean, so 'KR' when omitted. */
  readonly country?: string;
  /** Current year − founded_year. */
  readonly firmAge?: Maybe;
  /** Number of certifications held (firm_years.certifications). */
  readonly certifications?: Maybe;
}

/** Component: exporter age against the buyer's minimum (NaN when either is unknown; min ≤ 0 → 1). */
export function foundedYearsFit(firmAge: Maybe, minFoundedYears: Maybe): number {
  if (isMissing(minFoundedYears) || isMissing(firmAge)) return NaN;
  const m = minFoundedYears as number;
  if (m <= 0) return 1;
  const a = Math.max(0, firmAge as number);
  return a >= m ? 1 : a / m;
}

export function buyerWish(prefs: BuyerPrefs | null | undefined, exporter: ExporterFacts = {}): number {
  if (!prefs) return NaN;
  if (!isMissing(prefs.minFoundedYears) && (prefs.minFoundedYears as number) < 0) {
    throw new InputError(
      `Buyer min_founded_years must be ≥ 0, got ${String(prefs.minFoundedYears)}.`,
      'bad-value',
    );
  }
  const parts: number[] = [];
  if (prefs.originCountry) {
    const own = (exporter.country ?? 'KR').toUpperCase();
    parts.push(prefs.originCountry.toUpperCase() === own ? 1 : 0);
  }
  if (!isMissing(prefs.minFoundedYears)) parts.push(foundedYearsFit(exporter.firmAge, prefs.minFoundedYears));
  if (prefs.needsCertification === true) {
    parts.push(isMissing(exporter.certifications) ? NaN : (exporter.certifications as number) > 0 ? 1 : 0);
  }
  return meanOfPresent(parts);
}

/**
 * Columnar form of buyerWish for one row (the shape SQL returns): each criterion already reduced to a number.
 * originMatch: 1/0, NaN = no origin preference; minFoundedYears: NaN = none; needsCertification: 1 = required,
 * 0/NaN = not required; certifications: count, NaN = unknown.
 */
export function buyerWishFromColumns(
  originMatch: number,
  minFoundedYears: number,
  firmAge: number,
  needsCertification: number,
  certifications: number,
): number {
  let sum = 0;
  let n = 0;
  if (!Number.isNaN(originMatch)) {
    sum += originMatch > 0 ? 1 : 0;
    n++;
  }
  const age = foundedYearsFit(firmAge, minFoundedYears);
  if (!Number.isNaN(age)) {
    sum += age;
    n++;
  }
  if (needsCertification === 1 && !Number.isNaN(certifications)) {
    sum += certifications > 0 ? 1 : 0;
    n++;
  }
  return n > 0 ? sum / n : NaN;
}
