/**
 * Real HS6 consumer-goods codes (HS 2017/2022 nomenclature) with Korean and English product names and a
 * plausible export unit price (US$ per unit of `unit`). Exporters' products, export rows and buyers'
 * interests are all drawn from this list, so HS fit between the two sides is meaningful.
 */
import type { IndustryKey } from './industries.ts';

export interface HsProduct {
  code: string;
  industry: IndustryKey;
  ko: string;
  en: string;
  /** Typical FOB unit price (US$). */
  price: number;
  unit: 'pcs' | 'kg' | 'box' | 'set' | 'pair';
  /** How common the code is within its industry. */
  weight: number;
}

// prettier-ignore
export const HS_PRODUCTS: readonly HsProduct[] = [
  // 화장품 (HS 33, 34)
  { code: '330499', industry: 'cosmetics', ko: '기초화장품(스킨케어)', en: 'Skin-care preparations', price: 8.5, unit: 'pcs', weight: 5 },
  { code: '330410', industry: 'cosmetics', ko: '립 메이크업 제품', en: 'Lip make-up preparations', price: 6, unit: 'pcs', weight: 1.5 },
  { code: '330420', industry: 'cosmetics', ko: '아이 메이크업 제품', en: 'Eye make-up preparations', price: 7, unit: 'pcs', weight: 1.2 },
  { code: '330510', industry: 'cosmetics', ko: '샴푸', en: 'Shampoos', price: 4.5, unit: 'pcs', weight: 1.2 },
  { code: '340130', industry: 'cosmetics', ko: '세안용 클렌저', en: 'Facial cleansers (liquid or cream)', price: 3.8, unit: 'pcs', weight: 1.3 },
  // 의류·패션 (HS 61, 62, 64)
  { code: '610910', industry: 'apparel', ko: '면 티셔츠', en: 'T-shirts, knitted, of cotton', price: 6.5, unit: 'pcs', weight: 2 },
  { code: '611030', industry: 'apparel', ko: '합성섬유 스웨터·풀오버', en: 'Jerseys and pullovers, of man-made fibres', price: 14, unit: 'pcs', weight: 1.5 },
  { code: '620462', industry: 'apparel', ko: '여성용 면 바지', en: "Women's trousers, of cotton", price: 16, unit: 'pcs', weight: 1.2 },
  { code: '640399', industry: 'apparel', ko: '가죽 갑피 신발', en: 'Footwear with leather uppers', price: 38, unit: 'pair', weight: 1 },
  // 식품 (HS 19, 20, 21, 22)
  { code: '190230', industry: 'food', ko: '라면(즉석면)', en: 'Instant noodles', price: 0.9, unit: 'pcs', weight: 2.5 },
  { code: '210690', industry: 'food', ko: '기타 조제식료품(홍삼 등)', en: 'Food preparations n.e.s. (e.g. red ginseng)', price: 12, unit: 'box', weight: 1.6 },
  { code: '200599', industry: 'food', ko: '김치 등 조제 채소', en: 'Prepared vegetables (e.g. kimchi)', price: 4.2, unit: 'kg', weight: 1.4 },
  { code: '190590', industry: 'food', ko: '과자·베이커리 제품', en: 'Biscuits, pastry and bakery products', price: 2.4, unit: 'pcs', weight: 1.5 },
  { code: '220299', industry: 'food', ko: '음료(비알코올)', en: 'Non-alcoholic beverages', price: 1.1, unit: 'pcs', weight: 1.3 },
  { code: '210390', industry: 'food', ko: '소스류(고추장 등)', en: 'Sauces and condiments (e.g. gochujang)', price: 3.2, unit: 'kg', weight: 1.4 },
  // 생활용품 (HS 39, 73, 69, 94)
  { code: '392410', industry: 'household', ko: '플라스틱 식기·주방용품', en: 'Plastic tableware and kitchenware', price: 3.5, unit: 'pcs', weight: 2 },
  { code: '732393', industry: 'household', ko: '스테인리스 주방용품', en: 'Stainless-steel kitchen articles', price: 9.5, unit: 'pcs', weight: 1.5 },
  { code: '691200', industry: 'household', ko: '도자기 식기', en: 'Ceramic tableware', price: 5.5, unit: 'pcs', weight: 1 },
  { code: '940490', industry: 'household', ko: '침구류(이불·베개)', en: 'Bedding (quilts, pillows)', price: 26, unit: 'pcs', weight: 1.2 },
  // 전자제품 (HS 85)
  { code: '850940', industry: 'electronics', ko: '믹서·주서기', en: 'Food grinders, mixers and juicers', price: 45, unit: 'pcs', weight: 1.3 },
  { code: '851610', industry: 'electronics', ko: '전기 온수기', en: 'Electric water heaters', price: 120, unit: 'pcs', weight: 0.8 },
  { code: '851631', industry: 'electronics', ko: '헤어드라이어', en: 'Hair dryers', price: 24, unit: 'pcs', weight: 1.2 },
  { code: '851821', industry: 'electronics', ko: '스피커', en: 'Single loudspeakers, mounted', price: 32, unit: 'pcs', weight: 1 },
  { code: '851830', industry: 'electronics', ko: '이어폰·헤드폰', en: 'Headphones and earphones', price: 19, unit: 'pcs', weight: 1.3 },
  { code: '852872', industry: 'electronics', ko: '컬러 TV', en: 'Colour television receivers', price: 310, unit: 'pcs', weight: 0.7 },
  // 완구·스포츠 (HS 95)
  { code: '950300', industry: 'toys', ko: '완구(교육완구·인형 등)', en: 'Toys (educational toys, dolls, puzzles)', price: 8, unit: 'pcs', weight: 2.5 },
  { code: '950450', industry: 'toys', ko: '비디오 게임기', en: 'Video game consoles', price: 150, unit: 'pcs', weight: 0.7 },
  { code: '950691', industry: 'toys', ko: '운동·체조 용품', en: 'Articles for physical exercise', price: 21, unit: 'pcs', weight: 1.2 },
];

export const HS_BY_CODE: ReadonlyMap<string, HsProduct> = new Map(HS_PRODUCTS.map((p) => [p.code, p]));

export function productsOf(industry: IndustryKey): HsProduct[] {
  return HS_PRODUCTS.filter((p) => p.industry === industry);
}
