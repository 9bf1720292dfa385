/** Finding a firm by its Korean or English name, its id or its industry / region (every screen's firm search). */
import { describe, expect, it } from 'vitest';
import { createFirmSearch, normaliseName } from '../../src/core/search/firm-search.ts';

const firms = [
  { id: 'E000001', name: '에이치엠코스메틱(주)', nameEn: 'HM Cosmetic Co., Ltd.' },
  { id: 'E000002', name: '그린전자(주)', nameEn: 'Green Electronics Co., Ltd.' },
  { id: 'E000003', name: '청운월드뷰티', nameEn: 'Cheongun World Beauty' },
  { id: 'E000004', name: '주식회사 코스메틱랩', nameEn: 'Cosmetic Lab Inc.' },
  { id: 'B000010', name: 'Kapadokya Ticaret A.Ş.' },
];
const search = createFirmSearch(firms);
const found = (q: string) => search.search(q).map((h) => firms[h.index].id);

describe('firm search', () => {
  it('normalises legal forms, spaces, punctuation and case', () => {
    expect(normaliseName('(주)에이치엠 코스메틱')).toBe('에이치엠코스메틱');
    expect(normaliseName('주식회사 코스메틱랩')).toBe('코스메틱랩');
    expect(normaliseName('HM Cosmetic Co., Ltd.')).toBe('hmcosmetic');
  });
  it('finds a firm by its Korean name, with or without spaces and legal form', () => {
    expect(found('에이치엠코스메틱')[0]).toBe('E000001');
    expect(found('에이치엠 코스메틱(주)')[0]).toBe('E000001');
    expect(found('청운')).toEqual(['E000003']);
  });
  it('finds a firm by its English name or a word of it', () => {
    expect(found('hm cosmetic')[0]).toBe('E000001');
    expect(found('beauty')).toEqual(['E000003']);
    expect(found('kapadokya')).toEqual(['B000010']);
  });
  it('ranks exact and prefix matches above substrings; ids match exactly or by prefix', () => {
    // "코스메틱" is the start of 코스메틱랩 (prefix) and inside 에이치엠코스메틱 (substring).
    expect(found('코스메틱')).toEqual(['E000004', 'E000001']);
    expect(found('e000002')).toEqual(['E000002']);
    expect(found('E00000').length).toBe(4);
  });
  it('returns nothing for an empty query or no match, and honours the limit', () => {
    expect(found('   ')).toEqual([]);
    expect(found('없는회사')).toEqual([]);
    expect(search.search('e', 2)).toHaveLength(2);
  });
  it('finds an id by a part of it, below every name match', () => {
    expect(found('0010')).toEqual(['B000010']);
  });
  it('finds by the extra words (industry, region as shown) only when nothing else matches', () => {
    const withExtra = createFirmSearch([
      { id: 'E1', name: '한빛식품', extra: ['식품', '부산'] },
      { id: 'E2', name: '부산물산', extra: ['생활용품', '서울'] },
      { id: 'E3', name: '청담화장품', extra: [null, '서울'] },
    ]);
    expect(withExtra.search('부산').map((h) => h.index)).toEqual([1, 0]);
    expect(withExtra.search('서울').map((h) => h.index)).toEqual([1, 2]);
  });
  it("filters in the caller's order and keeps everything for an empty query", () => {
    const order = createFirmSearch([
      { id: 'E9', name: '코스메틱랩' },
      { id: 'E1', name: '대한상사' },
      { id: 'E5', name: '에이치엠코스메틱' },
    ]);
    expect(order.filter('코스메틱')).toEqual([0, 2]);
    expect(order.filter('  ')).toEqual([0, 1, 2]);
    expect(order.filter('없는회사')).toEqual([]);
  });
});
