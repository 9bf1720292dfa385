/** The shared names (src/app/i18n/names.ts) as the fair screens show them: a missing value reads 미상 / Unknown. */
import { i18n } from '../../app/app-context.ts';
import * as names from '../../app/i18n/names.ts';

const unknown = () => i18n.t('fair.unknown');

export const countryName = (iso2: string | null): string => names.countryName(iso2, unknown());
export const chapterName = (chapter: string | null): string => names.chapterName(chapter, unknown());
export const industryName = (industry: string | null): string => names.industryName(industry, unknown());
export const regionName = (region: string | null): string => names.regionName(region, unknown());
