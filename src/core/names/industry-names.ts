/**
 * Industry names in the reader's language. Exporters' industries come in Korean (the agency's firm database:
 * 화장품, 식품 …) and buyers' in English (overseas buyer databases: "Food & beverage" …); each known value has
 * both names. An unknown value is shown as it is.
 */
import type { NameLocale } from './name-locale.ts';

// prettier-ignore
const INDUSTRIES: readonly { ko: string; en: string }[] = [
  // exporters.industry
  { ko: '화장품', en: 'Cosmetics' },
  { ko: '의류·패션', en: 'Apparel & fashion' },
  { ko: '식품', en: 'Food' },
  { ko: '생활용품', en: 'Household goods' },
  { ko: '전자제품', en: 'Electronics' },
  { ko: '완구·스포츠', en: 'Toys & sports' },
  // buyers.industry
  { ko: '뷰티·퍼스널케어', en: 'Beauty & personal care' },
  { ko: '의류·신발', en: 'Apparel & footwear' },
  { ko: '식품·음료', en: 'Food & beverage' },
  { ko: '가정·주방용품', en: 'Home & kitchen' },
  { ko: '소비자 가전', en: 'Consumer electronics' },
  { ko: '종합 상품', en: 'General merchandise' },
];

const BY_NAME = new Map<string, { ko: string; en: string }>();
for (const i of INDUSTRIES) {
  BY_NAME.set(i.ko, i);
  BY_NAME.set(i.en.toLowerCase(), i);
}

export function industryName(industry: string, locale: NameLocale): string {
  const v = industry.trim();
  return (BY_NAME.get(v) ?? BY_NAME.get(v.toLowerCase()))?.[locale] ?? industry;
}
