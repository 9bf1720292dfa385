/**
 * Number formats of the continuity tables, pure (locale in, text out) so they are unit-tested without Svelte:
 * fixed decimals that never print −0, signed index changes, p-values, and the screening rule's verdict.
 */
import type { ScreeningRow } from '../../core/stats/screening.ts';
import type { Locale } from '../i18n/translate.ts';

const formats = new Map<string, Intl.NumberFormat>();

function format(locale: Locale, min: number, max: number): Intl.NumberFormat {
  const key = `${locale}:${min}:${max}`;
  let nf = formats.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(locale === 'ko' ? 'ko-KR' : 'en-US', {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
    });
    formats.set(key, nf);
  }
  return nf;
}

/** Exactly `digits` decimals (aligned columns); a value that rounds to zero prints as 0, never −0. */
export function fixedNumber(locale: Locale, v: number, digits: number): string {
  if (!Number.isFinite(v)) return '–';
  const f = 10 ** digits;
  const r = Math.round(v * f) / f;
  return format(locale, digits, digits).format(r === 0 ? 0 : r);
}

/** A change in index points with its sign and at most one decimal; 0 when it rounds to zero. */
export function signedChange(locale: Locale, v: number | null): string {
  if (v === null || !Number.isFinite(v)) return '–';
  const r = Math.round(v * 10) / 10;
  if (r === 0) return '0';
  return `${r > 0 ? '+' : '−'}${format(locale, 0, 1).format(Math.abs(r))}`;
}

/** A p-value: four decimals, scientific below 1e-4, "< 1e-300" when it underflows to 0. */
export function pValue(locale: Locale, p: number): string {
  if (!Number.isFinite(p)) return '–';
  if (p === 0) return '< 1e-300';
  return p < 1e-4 ? p.toExponential(1) : format(locale, 0, 4).format(p);
}

export type ScreeningVerdict = 'kept' | 'constant' | 'weak' | 'insignificant' | 'few';

/** Why the default rule kept or dropped a candidate (mirrors core/stats/screening.ts). */
export function screeningVerdict(row: ScreeningRow, minAbsR = 0.05, alpha = 0.05): ScreeningVerdict {
  if (row.n < 3) return 'few';
  if (Number.isNaN(row.r)) return 'constant';
  if (Math.abs(row.r) < minAbsR) return 'weak';
  if (!(row.p < alpha)) return 'insignificant';
  return 'kept';
}

const compactMoney = new Map<string, Intl.NumberFormat>();

/** Money in compact form for wide tables (₩121억 in Korean, ₩12.1B in English); '–' when missing. */
export function compactCurrency(locale: Locale, v: number | null, currency: 'KRW' | 'USD'): string {
  if (v === null || !Number.isFinite(v)) return '–';
  const key = `${locale}:${currency}`;
  let nf = compactMoney.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(locale === 'ko' ? 'ko-KR' : 'en-US', {
      style: 'currency',
      currency,
      notation: 'compact',
      maximumFractionDigits: 1,
      // Compact notation drops the thousands separator by default ("₩3800만"); keep it ("₩3,800만").
      useGrouping: true,
    });
    compactMoney.set(key, nf);
  }
  const s = nf.format(v);
  // Korean trade statistics write US$, not a bare $.
  return locale === 'ko' && currency === 'USD' ? s.replace(/^(-?)(US)?\$/, '$1US$') : s;
}
