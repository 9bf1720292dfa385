/**
 * Korean provinces and metropolitan cities (시·도, exporters.region) in the reader's language. Korean UI shows the
 * value as written; the English UI shows the romanised name (Revised Romanization, as the provinces write
 * themselves). Full, short and former names (경기도 / 경기, 전라북도 → 전북특별자치도) are all recognised.
 */
import type { NameLocale } from './name-locale.ts';

// [full Korean name, short Korean name, English name, former full names…]
// prettier-ignore
const REGIONS: readonly (readonly string[])[] = [
  ['서울특별시', '서울', 'Seoul'], ['부산광역시', '부산', 'Busan'], ['대구광역시', '대구', 'Daegu'],
  ['인천광역시', '인천', 'Incheon'], ['광주광역시', '광주', 'Gwangju'], ['대전광역시', '대전', 'Daejeon'],
  ['울산광역시', '울산', 'Ulsan'], ['세종특별자치시', '세종', 'Sejong'], ['경기도', '경기', 'Gyeonggi'],
  ['강원특별자치도', '강원', 'Gangwon', '강원도'], ['충청북도', '충북', 'North Chungcheong'],
  ['충청남도', '충남', 'South Chungcheong'], ['전북특별자치도', '전북', 'North Jeolla', '전라북도'],
  ['전라남도', '전남', 'South Jeolla'], ['경상북도', '경북', 'North Gyeongsang'],
  ['경상남도', '경남', 'South Gyeongsang'], ['제주특별자치도', '제주', 'Jeju', '제주도'],
];

const BY_NAME = new Map<string, readonly string[]>();
for (const r of REGIONS) for (const [i, n] of r.entries()) if (i !== 2) BY_NAME.set(n, r);

/** The region in the reader's language; an unknown value is shown as it is. */
export function regionName(region: string, locale: NameLocale): string {
  const r = BY_NAME.get(region.trim());
  if (!r) return region;
  return locale === 'en' ? r[2] : region;
}
