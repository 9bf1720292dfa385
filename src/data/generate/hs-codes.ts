/**
 * Real HS6 consumer-goods codes (HS 2017/2022 nomenclature) with Korean and English product names (from the
 * shared names module, which the screens use too) and a plausible export unit price (US$ per unit of `unit`). Exporters' products, export rows and buyers'
 * interests are all drawn from this list, so HS fit between the two sides is meaningful.
 */
import { HS6_NAMES } from '../../core/names/hs-products.ts';
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

type HsRow = Omit<HsProduct, 'ko' | 'en'>;

// prettier-ignore
const HS_ROWS: readonly HsRow[] = [
  // 화장품 (HS 33, 34)
  { code: '330499', industry: 'cosmetics', price: 8.5, unit: 'pcs', weight: 5 },
  { code: '330410', industry: 'cosmetics', price: 6, unit: 'pcs', weight: 1.5 },
  { code: '330420', industry: 'cosmetics', price: 7, unit: 'pcs', weight: 1.2 },
  { code: '330510', industry: 'cosmetics', price: 4.5, unit: 'pcs', weight: 1.2 },
  { code: '340130', industry: 'cosmetics', price: 3.8, unit: 'pcs', weight: 1.3 },
  // 의류·패션 (HS 61, 62, 64)
  { code: '610910', industry: 'apparel', price: 6.5, unit: 'pcs', weight: 2 },
  { code: '611030', industry: 'apparel', price: 14, unit: 'pcs', weight: 1.5 },
  { code: '620462', industry: 'apparel', price: 16, unit: 'pcs', weight: 1.2 },
  { code: '640399', industry: 'apparel', price: 38, unit: 'pair', weight: 1 },
  // 식품 (HS 19, 20, 21, 22)
  { code: '190230', industry: 'food', price: 0.9, unit: 'pcs', weight: 2.5 },
  { code: '210690', industry: 'food', price: 12, unit: 'box', weight: 1.6 },
  { code: '200599', industry: 'food', price: 4.2, unit: 'kg', weight: 1.4 },
  { code: '190590', industry: 'food', price: 2.4, unit: 'pcs', weight: 1.5 },
  { code: '220299', industry: 'food', price: 1.1, unit: 'pcs', weight: 1.3 },
  { code: '210390', industry: 'food', price: 3.2, unit: 'kg', weight: 1.4 },
  // 생활용품 (HS 39, 73, 69, 94)
  { code: '392410', industry: 'household', price: 3.5, unit: 'pcs', weight: 2 },
  { code: '732393', industry: 'household', price: 9.5, unit: 'pcs', weight: 1.5 },
  { code: '691200', industry: 'household', price: 5.5, unit: 'pcs', weight: 1 },
  { code: '940490', industry: 'household', price: 26, unit: 'pcs', weight: 1.2 },
  // 전자제품 (HS 85)
  { code: '850940', industry: 'electronics', price: 45, unit: 'pcs', weight: 1.3 },
  { code: '851610', industry: 'electronics', price: 120, unit: 'pcs', weight: 0.8 },
  { code: '851631', industry: 'electronics', price: 24, unit: 'pcs', weight: 1.2 },
  { code: '851821', industry: 'electronics', price: 32, unit: 'pcs', weight: 1 },
  { code: '851830', industry: 'electronics', price: 19, unit: 'pcs', weight: 1.3 },
  { code: '852872', industry: 'electronics', price: 310, unit: 'pcs', weight: 0.7 },
  // 완구·스포츠 (HS 95)
  { code: '950300', industry: 'toys', price: 8, unit: 'pcs', weight: 2.5 },
  { code: '950450', industry: 'toys', price: 150, unit: 'pcs', weight: 0.7 },
  { code: '950691', industry: 'toys', price: 21, unit: 'pcs', weight: 1.2 },
];

export const HS_PRODUCTS: readonly HsProduct[] = HS_ROWS.map((r) => ({ ...r, ...HS6_NAMES[r.code] }));

export const HS_BY_CODE: ReadonlyMap<string, HsProduct> = new Map(HS_PRODUCTS.map((p) => [p.code, p]));

export function productsOf(industry: IndustryKey): HsProduct[] {
  return HS_PRODUCTS.filter((p) => p.industry === industry);
}
