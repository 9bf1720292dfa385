/**
 * What web-log users type into the search box: Korean product words (and "<country> … 바이어") from
 * exporters, mostly English ones ("korean skincare") from buyers, by the user's industry.
 */
import type { Buyer } from './buyers.ts';
import { HS_BY_CODE } from './hs-codes.ts';
import { INDUSTRY_BY_KEY, type Industry } from './industries.ts';
import type { Rng } from './rng.ts';

// prettier-ignore
const COUNTRY_KO: Readonly<Record<string, string>> = {
  US: '미국', CN: '중국', JP: '일본', VN: '베트남', HK: '홍콩', TW: '대만', TH: '태국', ID: '인도네시아', MY: '말레이시아',
  PH: '필리핀', SG: '싱가포르', AU: '호주', DE: '독일', FR: '프랑스', GB: '영국', AE: '아랍에미리트', SA: '사우디아라비아',
  RU: '러시아', MX: '멕시코', BR: '브라질', IN: '인도', CA: '캐나다', KZ: '카자흐스탄', MN: '몽골', UZ: '우즈베키스탄',
};

export function industryOfBuyer(b: Buyer): Industry {
  const code = b.interests[0]?.prefix ?? '33';
  for (const p of HS_BY_CODE.values()) if (p.code.startsWith(code)) return INDUSTRY_BY_KEY[p.industry];
  return INDUSTRY_BY_KEY.cosmetics;
}

export function searchTerm(
  rng: Rng,
  userType: 'exporter' | 'buyer',
  industry: Industry,
  country: string | null,
): string {
  if (userType === 'exporter') {
    const u = rng.next();
    if (u < 0.15 && country && COUNTRY_KO[country])
      return `${COUNTRY_KO[country]} ${industry.searchKo[0]} 바이어`;
    if (u < 0.8) return industry.searchKo[rng.int(industry.searchKo.length)];
    return industry.searchEn[rng.int(industry.searchEn.length)];
  }
  if (rng.next() < 0.15) return industry.searchKo[rng.int(industry.searchKo.length)];
  const term = industry.searchEn[rng.int(industry.searchEn.length)];
  return rng.next() < 0.3 ? `korean ${term}` : term;
}
