/**
 * App pieces of the continuity screens: every message key built from data exists in both languages, number
 * formatting never prints −0, the watchlist store keeps entries across connections (fake-indexeddb here; the
 * e2e suite checks a real reload in Chromium), and the watchlist view raises drop alerts.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  fixedNumber,
  pValue,
  screeningVerdict,
  signedChange,
} from '../../src/app/continuity/number-format.ts';
import { watchRows } from '../../src/app/continuity/watch-view.ts';
import { WatchlistStore, type WatchEntry } from '../../src/app/continuity/watchlist-store.ts';
import { LOAD_STEPS } from '../../src/app/continuity/load-steps.ts';
import { en } from '../../src/app/i18n/messages-en.ts';
import { ko } from '../../src/app/i18n/messages-ko.ts';
import { CANDIDATES, VARIABLE_GROUPS } from '../../src/data/continuity/candidates.ts';
import { STATUSES } from '../../src/data/continuity/status-rules.ts';

describe('continuity message keys built from data', () => {
  it('exist in Korean and English', () => {
    const keys = [
      ...CANDIDATES.flatMap((c) => [`cvar.${c.name}`, `cvar.${c.name}.def`, `cvar.${c.name}.missing`]),
      ...VARIABLE_GROUPS.map((g) => `cgroup.${g}`),
      ...STATUSES.flatMap((s) => [`ci.status.${s}`, `ci.statusShort.${s}`]),
      ...LOAD_STEPS.map((s) => `ci.step.${s}`),
      ...['kept', 'constant', 'weak', 'insignificant', 'few'].map((v) => `ci.screen.${v}`),
      ...['region', 'industry', 'main_destination', 'status'].map((c) => `ci.cat.${c}`),
    ];
    for (const key of keys) {
      expect(ko, key).toHaveProperty([key]);
      expect(en, key).toHaveProperty([key]);
    }
  });
  it('Korean is the language of the Korean catalogue', () => {
    for (const c of CANDIDATES) expect(ko[`cvar.${c.name}` as keyof typeof ko]).toMatch(/[가-힣]/);
  });
});

describe('formatting', () => {
  it('never prints −0 and keeps fixed decimals', () => {
    expect(signedChange('ko', -0.04)).toBe('0');
    expect(signedChange('ko', -13.44)).toBe('−13.4');
    expect(signedChange('en', 2)).toBe('+2');
    expect(fixedNumber('ko', -0.0004, 3)).toBe('0.000');
    expect(fixedNumber('en', 0.5, 3)).toBe('0.500');
    expect(fixedNumber('en', 12345.678, 1)).toBe('12,345.7');
    expect(fixedNumber('ko', NaN, 2)).toBe('–');
    expect(pValue('ko', 0)).toBe('< 1e-300');
    expect(pValue('en', 2e-7)).toBe('2.0e-7');
    expect(pValue('en', 0.01234)).toBe('0.0123');
  });
  it('names the screening verdict as the rule does', () => {
    const row = { name: 'x', n: 100, r: 0.2, p: 0.001, keep: true, reason: '', vif: 1 };
    expect(screeningVerdict(row)).toBe('kept');
    expect(screeningVerdict({ ...row, r: 0.01 })).toBe('weak');
    expect(screeningVerdict({ ...row, p: 0.2 })).toBe('insignificant');
    expect(screeningVerdict({ ...row, r: NaN })).toBe('constant');
  });
});

describe('watchlist', () => {
  const entry = (id: string, addedIndex: number | null): WatchEntry => ({
    exporterId: id,
    name: `회사 ${id}`,
    addedAt: `2025-01-0${id.length}T00:00:00.000Z`,
    addedYear: 2023,
    addedIndex,
    dataset: 'sample',
  });

  it('survives a new connection, replaces an entry of the same firm, removes', async () => {
    await new WatchlistStore().put(entry('E1', 70));
    await new WatchlistStore().put(entry('E22', null));
    await new WatchlistStore().put({ ...entry('E1', 71), note: '재방문' });
    const all = await new WatchlistStore().all();
    expect(all.map((e) => [e.exporterId, e.addedIndex, e.note])).toEqual([
      ['E1', 71, '재방문'],
      ['E22', null, undefined],
    ]);
    await new WatchlistStore().remove('E1');
    expect((await new WatchlistStore().all()).map((e) => e.exporterId)).toEqual(['E22']);
  });

  it('shows the current index and alerts for drops of 10 points or more', () => {
    const series = (id: string) =>
      id === 'E1'
        ? [
            { row: 0, year: 2023, status: 'continuing' as const, index: 70 },
            { row: 1, year: 2024, status: 'continuing' as const, index: 58 },
          ]
        : [];
    const rows = watchRows([entry('E1', 70), entry('E22', 40)], series, (id) => id === 'E1');
    expect(rows[0].latest?.index).toBe(58);
    expect(rows[0].alerts.map((a) => a.kind)).toEqual(['yearly', 'since-added']);
    expect(rows[1]).toMatchObject({ inData: false, status: null, latest: null, alerts: [] });
  });

  it('shows a firm not reported in the chosen year as pending there, with its last index from before', () => {
    const series = () => [
      { year: 2022, index: 71, row: 0, status: 'continuing' as const },
      { year: 2023, index: 66, row: 1, status: 'continuing' as const },
    ];
    const [row] = watchRows(
      [entry('E7', 70)],
      series,
      () => true,
      (id) => (id === 'E7' ? 'pending' : null),
    );
    expect(row.status).toBe('pending');
    expect(row.latest?.year).toBe(2023);
  });
});

describe('compact money', () => {
  it('uses 억/만 in Korean and K/M/B in English, US$ for dollars in Korean', async () => {
    const { compactCurrency } = await import('../../src/app/continuity/number-format.ts');
    expect(compactCurrency('ko', 12_108_000_000, 'KRW')).toBe('₩121.1억');
    expect(compactCurrency('en', 12_108_000_000, 'KRW')).toBe('₩12.1B');
    expect(compactCurrency('ko', 1_042_270, 'USD')).toBe('US$104.2만');
    expect(compactCurrency('en', null, 'USD')).toBe('–');
  });
});
