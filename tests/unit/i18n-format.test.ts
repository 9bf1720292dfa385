import { describe, expect, it } from 'vitest';
import { en } from '../../src/app/i18n/messages-en.ts';
import { ko } from '../../src/app/i18n/messages-ko.ts';
import { makeFmt, translate } from '../../src/app/i18n/translate.ts';

describe('catalogues', () => {
  it('have the same keys and no empty text', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ko).sort());
    for (const text of [...Object.values(ko), ...Object.values(en)]) expect(text.trim()).not.toBe('');
  });
  it('use the same placeholders in both languages', () => {
    // `{n|one|other}` (a plural choice) names the same parameter as `{n}`.
    const ph = (s: string) => [...s.matchAll(/\{(\w+)(?:\|[^{}]*)?\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(ko) as (keyof typeof ko)[]) expect(ph(en[key]), key).toEqual(ph(ko[key]));
  });
  it('fills placeholders', () => {
    expect(translate('ko', 'start.current', { name: '샘플' })).toBe('현재 데이터셋: 샘플');
    expect(translate('en', 'unit.rows', { n: '1,024' })).toBe('1,024 rows');
  });
});

describe('number formats for Korean and English readers', () => {
  const ko = makeFmt('ko');
  const en = makeFmt('en');
  it('formats won, dollars and thousands separators', () => {
    expect(ko.krw(1234567890)).toBe('₩1,234,567,890');
    expect(ko.usd(1234567)).toBe('US$1,234,567');
    expect(en.usd(1234567)).toBe('$1,234,567');
    expect(ko.number(1234567.891, 1)).toBe('1,234,567.9');
  });
  it('uses Korean units for compact numbers', () => {
    expect(ko.compact(1234567)).toBe('123.5만');
    expect(ko.compact(95_404_000)).toBe('9,540.4만');
    expect(ko.usd(95_404_000, true)).toBe('US$9,540.4만');
    expect(en.compact(1234567)).toBe('1.2M');
  });
  it('shows a dash for missing or non-finite numbers', () => {
    expect(ko.number(null)).toBe('–');
    expect(ko.krw(Number.NaN)).toBe('–');
  });
  it('formats dates in the reader language', () => {
    expect(ko.date('2024-03-05')).toBe('2024년 3월 5일');
    expect(en.date('2024-03-05')).toBe('Mar 5, 2024');
  });
});
