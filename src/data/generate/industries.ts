/**
 * The six consumer-goods industries of the sample (the product groups of a 소비재 수출대전), with the
 * labels written into the data, how common each is among exporters, and the search words users type.
 */
export type IndustryKey = 'cosmetics' | 'apparel' | 'food' | 'household' | 'electronics' | 'toys';

export interface Industry {
  key: IndustryKey;
  /** exporters.industry (Korean, as in the agency's firm database). */
  ko: string;
  /** buyers.industry (English, as in overseas buyer databases). */
  buyerLabel: string;
  /** Share of exporters in this industry. */
  weight: number;
  /** Firm-name endings [Korean, romanised]. */
  nameParts: readonly (readonly [string, string])[];
  searchKo: readonly string[];
  searchEn: readonly string[];
  /** Multipliers on the base destination weights (countries.ts) for this industry. */
  marketTilt: Readonly<Record<string, number>>;
}

export const INDUSTRIES: readonly Industry[] = [
  {
    key: 'cosmetics',
    ko: '화장품',
    buyerLabel: 'Beauty & personal care',
    weight: 0.25,
    nameParts: [
      ['코스메틱', 'Cosmetic'],
      ['뷰티', 'Beauty'],
      ['화장품', 'Cosmetics'],
      ['바이오', 'Bio'],
      ['코스메틱스', 'Cosmetics'],
      ['뷰티랩', 'Beauty Lab'],
    ],
    searchKo: [
      '화장품',
      '스킨케어',
      '기초화장품',
      '마스크팩',
      '선크림',
      '립스틱',
      '샴푸',
      '클렌징폼',
      'K뷰티',
    ],
    searchEn: ['cosmetics', 'skincare', 'K-beauty', 'sheet mask', 'lipstick', 'shampoo', 'cleanser'],
    marketTilt: { CN: 1.8, HK: 1.6, JP: 1.4, VN: 1.3, RU: 1.6, TH: 1.2, KZ: 1.4, US: 1.1, DE: 0.6, BR: 0.6 },
  },
  {
    key: 'apparel',
    ko: '의류·패션',
    buyerLabel: 'Apparel & footwear',
    weight: 0.14,
    nameParts: [
      ['패션', 'Fashion'],
      ['어패럴', 'Apparel'],
      ['섬유', 'Textile'],
      ['텍스타일', 'Textile'],
      ['니트', 'Knit'],
      ['슈즈', 'Shoes'],
    ],
    searchKo: ['의류', '티셔츠', '니트', '여성복', '신발', '가죽신발', '패션'],
    searchEn: ['apparel', 't-shirt', 'knitwear', 'womenswear', 'leather shoes', 'fashion'],
    marketTilt: { US: 1.4, JP: 1.5, VN: 1.3, CN: 0.8, DE: 1.2, GB: 1.2, RU: 0.8 },
  },
  {
    key: 'food',
    ko: '식품',
    buyerLabel: 'Food & beverage',
    weight: 0.25,
    nameParts: [
      ['식품', 'Foods'],
      ['푸드', 'Food'],
      ['에프앤비', 'F&B'],
      ['농산', 'Agro'],
      ['제과', 'Confectionery'],
      ['식품산업', 'Food Industry'],
    ],
    searchKo: ['라면', '김치', '소스', '고추장', '과자', '음료', '홍삼', '즉석식품', '김'],
    searchEn: [
      'instant noodles',
      'kimchi',
      'gochujang',
      'snacks',
      'beverage',
      'red ginseng',
      'ramen',
      'sauce',
    ],
    marketTilt: { US: 1.4, JP: 1.4, CN: 1.2, VN: 1.1, PH: 1.3, AU: 1.3, CA: 1.3, MN: 1.4, HK: 1.1, IN: 0.5 },
  },
  {
    key: 'household',
    ko: '생활용품',
    buyerLabel: 'Home & kitchen',
    weight: 0.16,
    nameParts: [
      ['리빙', 'Living'],
      ['생활산업', 'Living Industry'],
      ['홈', 'Home'],
      ['주방', 'Kitchen'],
      ['세라믹', 'Ceramics'],
      ['산업', 'Industrial'],
    ],
    searchKo: ['주방용품', '텀블러', '식기', '밀폐용기', '침구', '냄비', '생활용품'],
    searchEn: ['kitchenware', 'tumbler', 'tableware', 'food container', 'bedding', 'cookware'],
    marketTilt: { US: 1.5, JP: 1.3, AU: 1.3, DE: 1.2, CA: 1.2, SA: 1.2, AE: 1.2 },
  },
  {
    key: 'electronics',
    ko: '전자제품',
    buyerLabel: 'Consumer electronics',
    weight: 0.12,
    nameParts: [
      ['전자', 'Electronics'],
      ['테크', 'Tech'],
      ['일렉트로닉스', 'Electronics'],
      ['디지털', 'Digital'],
      ['전기', 'Electric'],
    ],
    searchKo: ['전자제품', '믹서기', '헤어드라이어', '이어폰', '스피커', '모니터', '소형가전'],
    searchEn: [
      'electronics',
      'blender',
      'hair dryer',
      'earphones',
      'speaker',
      'smart TV',
      'small appliances',
    ],
    marketTilt: { US: 1.5, DE: 1.4, MX: 1.6, IN: 1.5, AE: 1.3, SA: 1.3, BR: 1.4, JP: 0.8 },
  },
  {
    key: 'toys',
    ko: '완구·스포츠',
    buyerLabel: 'Toys & sports',
    weight: 0.08,
    nameParts: [
      ['토이', 'Toy'],
      ['완구', 'Toys'],
      ['키즈', 'Kids'],
      ['에듀', 'Edu'],
      ['스포츠', 'Sports'],
    ],
    searchKo: ['완구', '장난감', '교육완구', '보드게임', '게임기', '운동기구', '캐릭터상품'],
    searchEn: [
      'toys',
      'educational toys',
      'board game',
      'game console',
      'fitness equipment',
      'character goods',
    ],
    marketTilt: { US: 1.5, JP: 1.4, CN: 1.2, TW: 1.3, HK: 1.2, GB: 1.2 },
  },
];

export const INDUSTRY_BY_KEY: Readonly<Record<IndustryKey, Industry>> = Object.fromEntries(
  INDUSTRIES.map((i) => [i.key, i]),
) as Record<IndustryKey, Industry>;
