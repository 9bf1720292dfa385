/**
 * Country names in the reader's language, from ISO 3166-1 alpha-2 codes. The base is i18n-iso-countries; the
 * overrides are the names Korean readers know from the trade statistics (관세청·한국무역협회 수출입통계:
 * 대만, 러시아, 체코, 튀르키예 …) and the short English names people use (Taiwan, Russia, South Korea …)
 * where the ISO list gives a formal or politically worded one ("중화민국", "Taiwan, Province of China").
 */
import countries from 'i18n-iso-countries';
import enNames from 'i18n-iso-countries/langs/en.json';
import koNames from 'i18n-iso-countries/langs/ko.json';
import type { NameLocale } from './name-locale.ts';

countries.registerLocale(koNames);
countries.registerLocale(enNames);

// prettier-ignore
const KO: Readonly<Record<string, string>> = {
  TW: '대만', RU: '러시아', CZ: '체코', AE: '아랍에미리트', TR: '튀르키예', CY: '키프로스', ET: '에티오피아',
  GE: '조지아', PL: '폴란드', PT: '포르투갈', TN: '튀니지', TM: '투르크메니스탄', KG: '키르기스스탄',
  KI: '키리바시', TV: '투발루', GW: '기니비사우', AQ: '남극', GL: '그린란드', ZA: '남아프리카공화국',
  CF: '중앙아프리카공화국', ZW: '짐바브웨', MK: '북마케도니아', SZ: '에스와티니', CV: '카보베르데',
  SL: '시에라리온', SB: '솔로몬제도', MH: '마셜제도', PG: '파푸아뉴기니', GI: '지브롤터', AG: '앤티가바부다',
  DO: '도미니카공화국', DM: '도미니카연방', CD: '콩고민주공화국', TC: '터크스케이커스제도', PM: '생피에르미클롱',
  SJ: '스발바르얀마옌', WF: '왈리스푸투나', BL: '생바르텔레미', MF: '생마르탱', TK: '토켈라우',
  BA: '보스니아헤르체고비나', LC: '세인트루시아', KN: '세인트키츠네비스', VC: '세인트빈센트그레나딘',
  ST: '상투메프린시페', SM: '산마리노', SH: '세인트헬레나', IO: '영국령인도양지역', AS: '미국령사모아',
  GS: '사우스조지아사우스샌드위치제도', HM: '허드맥도널드제도', TF: '프랑스령남방지역', MP: '북마리아나제도',
  PN: '핏케언제도', FO: '페로제도', CK: '쿡제도', CC: '코코스제도', FK: '포클랜드제도', KY: '케이맨제도',
  AX: '올란드제도', BQ: '보네르·신트외스타티위스·사바', CW: '퀴라소', GQ: '적도기니', PW: '팔라우',
  UM: '미국령군소제도', VG: '영국령버진아일랜드', VI: '미국령버진아일랜드', PF: '프랑스령폴리네시아',
  GF: '프랑스령기아나', BV: '부베섬', YT: '마요트', TL: '동티모르', LK: '스리랑카', SS: '남수단',
  ZM: '잠비아', GN: '기니', KM: '코모로', XK: '코소보',
};

// prettier-ignore
const EN: Readonly<Record<string, string>> = {
  US: 'United States', GB: 'United Kingdom', CN: 'China', KR: 'South Korea', KP: 'North Korea', TW: 'Taiwan',
  RU: 'Russia', VN: 'Vietnam', IR: 'Iran', SY: 'Syria', LA: 'Laos', BN: 'Brunei', MD: 'Moldova',
  FM: 'Micronesia', TZ: 'Tanzania', CZ: 'Czechia', CG: 'Congo', CD: 'DR Congo', CI: "Côte d'Ivoire",
  GM: 'Gambia', MK: 'North Macedonia', PS: 'Palestine', NL: 'Netherlands', AE: 'United Arab Emirates',
  TR: 'Türkiye', VA: 'Vatican City', MO: 'Macao', FK: 'Falkland Islands', CC: 'Cocos Islands',
  VG: 'British Virgin Islands', VI: 'U.S. Virgin Islands', BQ: 'Caribbean Netherlands', MF: 'Saint Martin',
  SX: 'Sint Maarten', UM: 'U.S. Outlying Islands', PN: 'Pitcairn Islands', AX: 'Åland Islands', CV: 'Cabo Verde',
  BO: 'Bolivia', VE: 'Venezuela', XK: 'Kosovo',
};

/** Map areas without an ISO code in Natural Earth (world-atlas), by their English name there. */
// prettier-ignore
const UNCODED: Readonly<Record<string, { ko: string; en: string }>> = {
  'N. Cyprus': { ko: '북키프로스', en: 'Northern Cyprus' },
  Somaliland: { ko: '소말릴란드', en: 'Somaliland' },
  Kosovo: { ko: '코소보', en: 'Kosovo' },
};

/** The country's name, or the code itself when it is not an ISO code (so bad data stays visible). */
export function countryName(iso2: string, locale: NameLocale): string {
  const code = iso2.toUpperCase();
  const override = (locale === 'ko' ? KO : EN)[code];
  if (override) return override;
  return countries.getName(code, locale, { select: 'official' }) ?? iso2;
}

/** Name of a map area that has no ISO code (Natural Earth's "Somaliland"), in the reader's language. */
export function uncodedAreaName(naturalEarthName: string, locale: NameLocale): string {
  return UNCODED[naturalEarthName]?.[locale] ?? naturalEarthName;
}

/** ISO alpha-2 code of an ISO 3166-1 numeric code ("410" → "KR"), as map features carry. */
export function alpha2OfNumeric(numeric: string): string | undefined {
  return countries.numericToAlpha2(numeric);
}

/** ISO numeric code of an alpha-2 code ("KR" → "410"). */
export function numericOfAlpha2(iso2: string): string | undefined {
  return countries.alpha2ToNumeric(iso2);
}

/** Distinct country codes sorted by their name in the reader's language. */
export function countriesByName(codes: Iterable<string | null>, locale: NameLocale): string[] {
  const set = new Set<string>();
  for (const c of codes) if (c) set.add(c);
  return [...set].sort((a, b) => countryName(a, locale).localeCompare(countryName(b, locale), locale));
}
