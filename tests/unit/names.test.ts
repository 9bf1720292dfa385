import { describe, expect, it } from 'vitest';
import {
  countryName,
  hsChapterName,
  industryName,
  productName,
  regionName,
  uncodedAreaName,
} from '../../src/core/names/index.ts';
import { compactCurrency } from '../../src/app/continuity/number-format.ts';
import { HS_PRODUCTS } from '../../src/data/generate/hs-codes.ts';

describe('country names as Korean trade statistics and English readers use them', () => {
  it.each([
    ['TW', '대만', 'Taiwan'],
    ['HK', '홍콩', 'Hong Kong'],
    ['RU', '러시아', 'Russia'],
    ['VN', '베트남', 'Vietnam'],
    ['KR', '대한민국', 'South Korea'],
    ['US', '미국', 'United States'],
    ['GB', '영국', 'United Kingdom'],
    ['CN', '중국', 'China'],
    ['TR', '튀르키예', 'Türkiye'],
    ['AE', '아랍에미리트', 'United Arab Emirates'],
    ['CZ', '체코', 'Czechia'],
    ['IR', '이란', 'Iran'],
  ])('%s → %s / %s', (code, ko, en) => {
    expect(countryName(code, 'ko')).toBe(ko);
    expect(countryName(code, 'en')).toBe(en);
  });
  it('reads lower-case codes and keeps an unknown code visible', () => {
    expect(countryName('tw', 'ko')).toBe('대만');
    expect(countryName('ZZ', 'ko')).toBe('ZZ');
  });
  it('gives every ISO country a Korean name without a comma or Latin letters', () => {
    for (const code of ['BO', 'VE', 'TZ', 'MD', 'KP', 'LA', 'SY', 'MO', 'PS', 'VA', 'CI', 'CD', 'CG']) {
      expect(countryName(code, 'ko')).toMatch(/^[가-힣·\s]+$/);
      expect(countryName(code, 'en')).not.toMatch(/,|Republic of|Province/);
    }
  });
  it('names the map areas that have no ISO code', () => {
    expect(uncodedAreaName('Somaliland', 'ko')).toBe('소말릴란드');
    expect(uncodedAreaName('N. Cyprus', 'en')).toBe('Northern Cyprus');
  });
});

describe('industry, region, HS names', () => {
  it('translates buyer industries (English in the data) for Korean readers and back', () => {
    expect(industryName('Food & beverage', 'ko')).toBe('식품·음료');
    expect(industryName('food & beverage', 'ko')).toBe('식품·음료');
    expect(industryName('Food & beverage', 'en')).toBe('Food & beverage');
    expect(industryName('화장품', 'en')).toBe('Cosmetics');
    expect(industryName('화장품', 'ko')).toBe('화장품');
    expect(industryName('Aerospace', 'ko')).toBe('Aerospace');
  });
  it('romanises Korean regions, full, short and former names', () => {
    expect(regionName('경기도', 'en')).toBe('Gyeonggi');
    expect(regionName('서울', 'en')).toBe('Seoul');
    expect(regionName('전라북도', 'en')).toBe('North Jeolla');
    expect(regionName('전북특별자치도', 'en')).toBe('North Jeolla');
    expect(regionName('경기도', 'ko')).toBe('경기도');
    expect(regionName('Ontario', 'en')).toBe('Ontario');
  });
  it('names HS chapters and the sample products in both languages', () => {
    expect(hsChapterName('33', 'ko')).toBe('33 화장품·향료');
    expect(hsChapterName('01', 'en')).toBe('HS 01');
    expect(productName('330510', 'Shampoos', 'ko')).toBe('샴푸');
    expect(productName('330510', '샴푸', 'en')).toBe('Shampoos');
    expect(productName('999999', 'Widgets', 'ko')).toBe('Widgets');
  });
  it('gives the generator the same product names the screens show', () => {
    for (const p of HS_PRODUCTS) {
      expect(productName(p.code, '', 'ko')).toBe(p.ko);
      expect(productName(p.code, '', 'en')).toBe(p.en);
    }
  });
});

describe('won amounts', () => {
  it('keep the thousands separator in compact form (₩3,800만)', () => {
    expect(compactCurrency('ko', 38_000_000, 'KRW')).toBe('₩3,800만');
    expect(compactCurrency('en', 3_800_000_000_000, 'KRW')).toBe('₩3.8T');
  });
});
