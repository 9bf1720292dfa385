/**
 * Names of the HS 6-digit consumer-goods products the sample uses (HS 2017/2022 headings, shortened as Korean
 * trade statistics and the agency's catalogues write them), in Korean and English. The generator writes these
 * names into exporter_products; the screens show a product in the reader's language by its code.
 */
import type { NameLocale } from './name-locale.ts';

// prettier-ignore
export const HS6_NAMES: Readonly<Record<string, { ko: string; en: string }>> = {
  '330499': { ko: '기초화장품(스킨케어)', en: 'Skin-care preparations' },
  '330410': { ko: '립 메이크업 제품', en: 'Lip make-up preparations' },
  '330420': { ko: '아이 메이크업 제품', en: 'Eye make-up preparations' },
  '330510': { ko: '샴푸', en: 'Shampoos' },
  '340130': { ko: '세안용 클렌저', en: 'Facial cleansers (liquid or cream)' },
  '610910': { ko: '면 티셔츠', en: 'T-shirts, knitted, of cotton' },
  '611030': { ko: '합성섬유 스웨터·풀오버', en: 'Jerseys and pullovers, of man-made fibres' },
  '620462': { ko: '여성용 면 바지', en: "Women's trousers, of cotton" },
  '640399': { ko: '가죽 갑피 신발', en: 'Footwear with leather uppers' },
  '190230': { ko: '라면(즉석면)', en: 'Instant noodles' },
  '210690': { ko: '기타 조제식료품(홍삼 등)', en: 'Food preparations n.e.s. (e.g. red ginseng)' },
  '200599': { ko: '김치 등 조제 채소', en: 'Prepared vegetables (e.g. kimchi)' },
  '190590': { ko: '과자·베이커리 제품', en: 'Biscuits, pastry and bakery products' },
  '220299': { ko: '음료(비알코올)', en: 'Non-alcoholic beverages' },
  '210390': { ko: '소스류(고추장 등)', en: 'Sauces and condiments (e.g. gochujang)' },
  '392410': { ko: '플라스틱 식기·주방용품', en: 'Plastic tableware and kitchenware' },
  '732393': { ko: '스테인리스 주방용품', en: 'Stainless-steel kitchen articles' },
  '691200': { ko: '도자기 식기', en: 'Ceramic tableware' },
  '940490': { ko: '침구류(이불·베개)', en: 'Bedding (quilts, pillows)' },
  '850940': { ko: '믹서·주서기', en: 'Food grinders, mixers and juicers' },
  '851610': { ko: '전기 온수기', en: 'Electric water heaters' },
  '851631': { ko: '헤어드라이어', en: 'Hair dryers' },
  '851821': { ko: '스피커', en: 'Single loudspeakers, mounted' },
  '851830': { ko: '이어폰·헤드폰', en: 'Headphones and earphones' },
  '852872': { ko: '컬러 TV', en: 'Colour television receivers' },
  '950300': { ko: '완구(교육완구·인형 등)', en: 'Toys (educational toys, dolls, puzzles)' },
  '950450': { ko: '비디오 게임기', en: 'Video game consoles' },
  '950691': { ko: '운동·체조 용품', en: 'Articles for physical exercise' },
};

/** The product's name in the reader's language by its HS code, else the name the data gives. */
export function productName(hsCode: string, dataName: string, locale: NameLocale): string {
  return HS6_NAMES[hsCode]?.[locale] ?? dataName;
}
