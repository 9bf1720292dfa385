/**
 * Korean firm names and regions: the 17 시·도 weighted like the agency's exporter base (수도권 first), and
 * firm names built from common name words, an industry ending and a legal form ((주), 주식회사 or none),
 * each with its romanised English name.
 */
import type { Industry } from './industries.ts';
import { WeightedPicker, bernoulli, type Rng } from './rng.ts';

// prettier-ignore
const REGIONS: readonly (readonly [string, number])[] = [
  ['경기도', 27], ['서울특별시', 22], ['인천광역시', 7], ['부산광역시', 7], ['경상남도', 6], ['대구광역시', 5],
  ['경상북도', 4], ['충청남도', 4], ['충청북도', 3.5], ['광주광역시', 2.5], ['대전광역시', 2.5], ['전북특별자치도', 2],
  ['울산광역시', 1.5], ['전라남도', 1.5], ['강원특별자치도', 1.2], ['제주특별자치도', 1], ['세종특별자치시', 0.5],
];

export const REGION_NAMES: readonly string[] = REGIONS.map((r) => r[0]);

/** Short region words used in firm names ("부산한빛식품"), [Korean, romanised], by region name. */
// prettier-ignore
export const REGION_SHORT: Readonly<Record<string, readonly [string, string]>> = {
  경기도: ['경기', 'Gyeonggi'], 서울특별시: ['서울', 'Seoul'], 인천광역시: ['인천', 'Incheon'], 부산광역시: ['부산', 'Busan'],
  경상남도: ['경남', 'Gyeongnam'], 대구광역시: ['대구', 'Daegu'], 경상북도: ['경북', 'Gyeongbuk'], 충청남도: ['충남', 'Chungnam'],
  충청북도: ['충북', 'Chungbuk'], 광주광역시: ['광주', 'Gwangju'], 대전광역시: ['대전', 'Daejeon'], 전북특별자치도: ['전북', 'Jeonbuk'],
  울산광역시: ['울산', 'Ulsan'], 전라남도: ['전남', 'Jeonnam'], 강원특별자치도: ['강원', 'Gangwon'], 제주특별자치도: ['제주', 'Jeju'],
  세종특별자치시: ['세종', 'Sejong'],
};
export const REGION_PICKER = new WeightedPicker(
  REGIONS.map((r) => r[0]),
  REGIONS.map((r) => r[1]),
);

/** First name words [Korean, romanised] (generic words, not real company names). */
// prettier-ignore
const FIRST: readonly (readonly [string, string])[] = [
  ['한빛', 'Hanbit'], ['대성', 'Daeseong'], ['세진', 'Sejin'], ['미래', 'Mirae'], ['새한', 'Saehan'], ['청솔', 'Cheongsol'],
  ['해온', 'Haeon'], ['다온', 'Daon'], ['라온', 'Raon'], ['한결', 'Hangyeol'], ['가온', 'Gaon'], ['누리', 'Nuri'],
  ['푸른', 'Pureun'], ['하늘', 'Haneul'], ['별빛', 'Byeolbit'], ['솔빛', 'Solbit'], ['온누리', 'Onnuri'], ['한마음', 'Hanmaeum'],
  ['금강', 'Geumgang'], ['백두', 'Baekdu'], ['태평', 'Taepyeong'], ['동방', 'Dongbang'], ['서광', 'Seogwang'], ['신일', 'Shinil'],
  ['일신', 'Ilshin'], ['우성', 'Useong'], ['진성', 'Jinseong'], ['영진', 'Yeongjin'], ['성원', 'Seongwon'], ['한성', 'Hanseong'],
  ['경원', 'Gyeongwon'], ['유니', 'Uni'], ['에이스', 'Ace'], ['제이엠', 'JM'], ['지엘', 'GL'], ['디에스', 'DS'],
  ['에이치엠', 'HM'], ['제이케이', 'JK'], ['에스엔', 'SN'], ['티에스', 'TS'], ['비앤씨', 'B&C'], ['엠앤케이', 'M&K'],
  ['그린', 'Green'], ['블루', 'Blue'], ['참', 'Cham'], ['바른', 'Bareun'], ['정담', 'Jeongdam'], ['소담', 'Sodam'],
  ['해뜰', 'Haetteul'], ['아름', 'Areum'], ['나래', 'Narae'], ['초록', 'Chorok'], ['늘봄', 'Neulbom'], ['봄날', 'Bomnal'],
  ['다솜', 'Dasom'], ['이음', 'Ieum'], ['모아', 'Moa'], ['새롬', 'Saerom'], ['한울', 'Hanul'], ['산들', 'Sandeul'],
  ['보람', 'Boram'], ['단비', 'Danbi'], ['미소', 'Miso'], ['하람', 'Haram'], ['예담', 'Yedam'], ['청운', 'Cheongun'],
  ['동진', 'Dongjin'], ['삼화', 'Samhwa'], ['대원', 'Daewon'], ['광명', 'Gwangmyeong'], ['중앙', 'Jungang'], ['화신', 'Hwasin'],
];

/** Optional middle words. */
// prettier-ignore
const MIDDLE: readonly (readonly [string, string])[] = [
  ['글로벌', 'Global'], ['코리아', 'Korea'], ['인터내셔널', 'International'], ['월드', 'World'],
];

export interface KoreanFirmName {
  name: string;
  nameEn: string;
  /** Romanised stem without the legal form, for web addresses. */
  slug: string;
}

/**
 * One firm name; about 75% carry a legal form ((주) before or after, or 주식회사). `prefix` (a region word)
 * is put in front, as firms do to tell themselves apart from a namesake.
 */
export function koreanFirmName(
  rng: Rng,
  industry: Industry,
  prefix?: readonly [string, string],
): KoreanFirmName {
  let [fk, fe] = FIRST[rng.int(FIRST.length)];
  if (prefix) {
    fk = prefix[0] + fk;
    fe = `${prefix[1]} ${fe}`;
  }
  const mid = bernoulli(rng, 0.15) ? MIDDLE[rng.int(MIDDLE.length)] : null;
  const [ik, ie] = industry.nameParts[rng.int(industry.nameParts.length)];
  const stemKo = fk + (mid ? mid[0] : '') + ik;
  const stemEn = [fe, mid ? mid[1] : null, ie].filter((x) => x !== null).join(' ');
  const u = rng.next();
  let name: string;
  let nameEn: string;
  if (u < 0.4) {
    name = `(주)${stemKo}`;
    nameEn = `${stemEn} Co., Ltd.`;
  } else if (u < 0.6) {
    name = `${stemKo}(주)`;
    nameEn = `${stemEn} Co., Ltd.`;
  } else if (u < 0.75) {
    name = `주식회사 ${stemKo}`;
    nameEn = `${stemEn} Corp.`;
  } else {
    name = stemKo;
    nameEn = stemEn;
  }
  return { name, nameEn, slug: stemEn.toLowerCase().replace(/[^a-z0-9]/g, '') };
}
