/**
 * The names module (src/core/names) bound to the current UI language, for every screen: country, HS chapter,
 * industry and region names. A missing value is "–" unless the caller gives its own word (e.g. 미상).
 */
import * as names from '../../core/names/index.ts';
import { i18n } from './i18n.svelte.ts';

type Missing = string | null | undefined;
const DASH = '–';

export function countryName(iso2: Missing, missing = DASH): string {
  return iso2 ? names.countryName(iso2, i18n.locale) : missing;
}

export function chapterName(chapter: Missing, missing = DASH): string {
  return chapter ? names.hsChapterName(chapter, i18n.locale) : missing;
}

export function industryName(industry: Missing, missing = DASH): string {
  return industry ? names.industryName(industry, i18n.locale) : missing;
}

export function regionName(region: Missing, missing = DASH): string {
  return region ? names.regionName(region, i18n.locale) : missing;
}

/** Distinct country codes sorted by name in the UI language (for pickers). */
export function countriesByName(codes: Iterable<string | null>): string[] {
  return names.countriesByName(codes, i18n.locale);
}

/**
 * A firm's name for the reader: the English name in the English UI when the data has one, else the name as
 * registered. `other` is the name in the other language, to show beside it (null when there is none).
 */
export function firmName(
  name: string,
  nameEn: string | null | undefined,
): { shown: string; other: string | null } {
  if (i18n.locale === 'en' && nameEn) return { shown: nameEn, other: name };
  return { shown: name, other: nameEn || null };
}

/** A product by its HS code in the UI language (the sample's codes), else the name the data gives. */
export function productName(hsCode: string, dataName: string): string {
  return names.productName(hsCode, dataName, i18n.locale);
}

/** An HS code with its name when one is known: "330510 샴푸", "33 화장품·향료", else "HS 3305". */
export function hsLabel(code: string): string {
  const product = names.HS6_NAMES[code]?.[i18n.locale];
  if (product) return `${code} ${product}`;
  if (code.length === 2) return names.hsChapterName(code, i18n.locale);
  return `HS ${code}`;
}

/** A map area without an ISO code (Natural Earth's "Somaliland") in the UI language. */
export function uncodedAreaName(naturalEarthName: string): string {
  return names.uncodedAreaName(naturalEarthName, i18n.locale);
}
