/** Display names for the fair screens: countries, HS chapters and the sample's industries in the UI language. */
import countries from 'i18n-iso-countries';
import koNames from 'i18n-iso-countries/langs/ko.json';
import enNames from 'i18n-iso-countries/langs/en.json';
import { i18n } from '../../app/app-context.ts';
import type { MessageKey } from '../../app/i18n/messages-ko.ts';
import { HS_CHAPTER_NAMES } from '../../data/hs-chapters.ts';

countries.registerLocale(koNames);
countries.registerLocale(enNames);

export function countryName(iso2: string | null): string {
  if (!iso2) return i18n.t('fair.unknown');
  return countries.getName(iso2, i18n.locale) ?? iso2;
}

export function chapterName(chapter: string | null): string {
  if (!chapter) return i18n.t('fair.unknown');
  const name = HS_CHAPTER_NAMES[chapter]?.[i18n.locale];
  return name ? `${chapter} ${name}` : `HS ${chapter}`;
}

const INDUSTRY_KEYS: Record<string, MessageKey> = {
  화장품: 'fair.industry.cosmetics',
  '의류·패션': 'fair.industry.apparel',
  식품: 'fair.industry.food',
  전자제품: 'fair.industry.electronics',
  생활용품: 'fair.industry.household',
  '완구·스포츠': 'fair.industry.toys',
};

export function industryName(industry: string | null): string {
  if (!industry) return i18n.t('fair.unknown');
  const key = INDUSTRY_KEYS[industry];
  return key ? i18n.t(key) : industry;
}
