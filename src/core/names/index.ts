/**
 * Names of things the data refers to by code or in one language — countries, HS chapters and products,
 * industries, Korean regions — in the reader's language. Pure tables and functions, used by every screen
 * (through src/app/i18n/names.ts) and by the charts.
 */
export type { NameLocale } from './name-locale.ts';
export {
  alpha2OfNumeric,
  countriesByName,
  countryName,
  numericOfAlpha2,
  uncodedAreaName,
} from './country-names.ts';
export { HS_CHAPTER_NAMES, hsChapterName } from './hs-chapters.ts';
export { industryName } from './industry-names.ts';
export { regionName } from './region-names.ts';
export { HS6_NAMES, productName } from './hs-products.ts';
