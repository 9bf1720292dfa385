import { describe, expect, it } from 'vitest';
import { en } from '../../src/app/i18n/messages-en.ts';
import { translate } from '../../src/app/i18n/translate.ts';

describe('English counts agree in number', () => {
  it('says "1 past match" and "3 past matches"', () => {
    expect(translate('en', 'matching.profile.matches', { n: 1 })).toBe('1 past match');
    expect(translate('en', 'matching.profile.matches', { n: '3' })).toBe('3 past matches');
    expect(translate('en', 'matching.profile.matches', { n: 0 })).toBe('0 past matches');
  });
  it('reads the plural from an already formatted number', () => {
    expect(translate('en', 'unit.rows', { n: '1,024' })).toBe('1,024 rows');
    expect(translate('en', 'unit.rows', { n: '1' })).toBe('1 row');
  });
  it('chooses each parameter on its own', () => {
    expect(translate('en', 'fair.schedule.slots', { n: 12, days: 1 })).toBe('12 meeting slots over 1 day.');
    expect(translate('en', 'ci.groups.sizes', { c: 1, r: 40 })).toBe(
      'Continuing group 1 firm · risk group 40 firms',
    );
  });
  it('leaves Korean counts as they are (no plural forms)', () => {
    expect(translate('ko', 'unit.rows', { n: 1 })).toBe('1행');
  });
  it('has no "(s)" plurals left in the English catalogue', () => {
    const left = Object.entries(en).filter(([, text]) => /\w\(s\)/.test(text) && !/every \(s\)/i.test(text));
    expect(left.map(([k]) => k)).toEqual([]);
  });
});
