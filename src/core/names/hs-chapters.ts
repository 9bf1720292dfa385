/** Names of the HS chapters (2-digit) that consumer-goods exports fall into, in Korean and English. */
export const HS_CHAPTER_NAMES: Record<string, { ko: string; en: string }> = {
  '04': { ko: '낙농품·조란', en: 'Dairy, eggs' },
  '09': { ko: '커피·차', en: 'Coffee, tea' },
  '16': { ko: '육·어류 조제품', en: 'Meat/fish preparations' },
  '17': { ko: '당류·과자', en: 'Sugars, confectionery' },
  '18': { ko: '코코아 조제품', en: 'Cocoa preparations' },
  '19': { ko: '곡물·빵류 조제품', en: 'Cereal preparations' },
  '20': { ko: '채소·과실 조제품', en: 'Vegetable/fruit preparations' },
  '21': { ko: '각종 조제 식료품', en: 'Misc. food preparations' },
  '22': { ko: '음료·주류', en: 'Beverages' },
  '33': { ko: '화장품·향료', en: 'Cosmetics, perfumery' },
  '34': { ko: '비누·세제', en: 'Soap, detergents' },
  '39': { ko: '플라스틱 제품', en: 'Plastics' },
  '42': { ko: '가죽 제품·가방', en: 'Leather goods, bags' },
  '61': { ko: '편직 의류', en: 'Knitted apparel' },
  '62': { ko: '비편직 의류', en: 'Woven apparel' },
  '63': { ko: '기타 섬유제품', en: 'Other textile articles' },
  '64': { ko: '신발류', en: 'Footwear' },
  '69': { ko: '도자제품', en: 'Ceramic products' },
  '71': { ko: '귀금속·장신구', en: 'Jewellery' },
  '73': { ko: '철강 제품', en: 'Articles of iron or steel' },
  '82': { ko: '공구·칼붙이', en: 'Tools, cutlery' },
  '84': { ko: '기계류', en: 'Machinery' },
  '85': { ko: '전기기기', en: 'Electrical equipment' },
  '90': { ko: '광학·의료기기', en: 'Optical, medical instruments' },
  '94': { ko: '가구·조명', en: 'Furniture, lighting' },
  '95': { ko: '완구·운동용품', en: 'Toys, sports goods' },
  '96': { ko: '잡품', en: 'Miscellaneous articles' },
};

/** "33 화장품·향료" for a known chapter, "HS 33" otherwise. */
export function hsChapterName(chapter: string, locale: 'ko' | 'en'): string {
  const name = HS_CHAPTER_NAMES[chapter]?.[locale];
  return name ? `${chapter} ${name}` : `HS ${chapter}`;
}
