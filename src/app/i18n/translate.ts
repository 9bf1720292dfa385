/**
 * Message lookup and number/date formatting through Intl, for one locale. Pure functions (no Svelte),
 * so they are unit-tested and usable from chart code via the `Fmt` object passed in.
 */
import { en } from './messages-en.ts';
import { ko, type MessageKey } from './messages-ko.ts';

export type Locale = 'ko' | 'en';
export const LOCALES: readonly Locale[] = ['ko', 'en'];
const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { ko, en };
const INTL: Record<Locale, string> = { ko: 'ko-KR', en: 'en-US' };

export type Params = Record<string, string | number>;

const PLURALS = new Map<Locale, Intl.PluralRules>();

/** The plural category of a parameter that may arrive formatted ("1,234", "1.5"). */
function pluralOf(locale: Locale, value: string | number): Intl.LDMLPluralRule {
  let rules = PLURALS.get(locale);
  if (!rules) PLURALS.set(locale, (rules = new Intl.PluralRules(INTL[locale])));
  const n = typeof value === 'number' ? value : Number(value.replace(/[^\d.-]/g, ''));
  return rules.select(Number.isFinite(n) ? n : 0);
}

/**
 * Fills `{name}` with a parameter, and `{name|one form|other form}` with the form for the parameter's plural
 * category (`#` stands for the value): "{n|# past match|# past matches}" → "1 past match", "3 past matches".
 */
export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const text: string = CATALOGUES[locale][key] ?? key;
  if (!params) return text;
  return text.replace(
    /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g,
    (m, name: string, one?: string, other?: string) => {
      if (!(name in params)) return m;
      const value = params[name];
      if (one === undefined || other === undefined) return String(value);
      return (pluralOf(locale, value) === 'one' ? one : other).replaceAll('#', String(value));
    },
  );
}

export interface Fmt {
  locale: Locale;
  /** Integer or decimal with thousands separators. */
  number(n: number | null | undefined, digits?: number): string;
  /** Compact (e.g. 1.2만 / 12K) for axes. */
  compact(n: number): string;
  krw(n: number | null | undefined): string;
  usd(n: number | null | undefined, compact?: boolean): string;
  percent(fraction: number | null | undefined, digits?: number): string;
  date(iso: string | Date): string;
  bytes(n: number): string;
}

const DASH = '–';

export function makeFmt(locale: Locale): Fmt {
  const tag = INTL[locale];
  const nf = new Map<number, Intl.NumberFormat>();
  const num = (digits: number) => {
    let f = nf.get(digits);
    if (!f)
      nf.set(
        digits,
        (f = new Intl.NumberFormat(tag, { maximumFractionDigits: digits, minimumFractionDigits: 0 })),
      );
    return f;
  };
  // Compact notation drops the thousands separator below 10,000 units by default ("9540만"); Korean readers
  // expect "9,540만".
  const compactF = new Intl.NumberFormat(tag, {
    notation: 'compact',
    maximumFractionDigits: 1,
    useGrouping: true,
  });
  const krwF = new Intl.NumberFormat(tag, { style: 'currency', currency: 'KRW', maximumFractionDigits: 0 });
  const usdF = new Intl.NumberFormat(tag, {
    style: 'currency',
    currency: 'USD',
    currencyDisplay: 'symbol',
    maximumFractionDigits: 0,
  });
  const usdCompactF = new Intl.NumberFormat(tag, {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    maximumFractionDigits: 1,
    useGrouping: true,
  });
  const pctF = new Map<number, Intl.NumberFormat>();
  const dateF = new Intl.DateTimeFormat(tag, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const ok = (n: number | null | undefined): n is number =>
    n !== null && n !== undefined && Number.isFinite(n);
  // In Korean, a bare "$" is ambiguous; "US$" is what Korean trade statistics print.
  const usPrefix = (s: string) => (locale === 'ko' ? s.replace(/^(-?)\$/, '$1US$') : s);
  return {
    locale,
    number: (n, digits = 0) => (ok(n) ? num(digits).format(n) : DASH),
    compact: (n) => (ok(n) ? compactF.format(n) : DASH),
    krw: (n) => (ok(n) ? krwF.format(n) : DASH),
    usd: (n, compact = false) => (ok(n) ? usPrefix((compact ? usdCompactF : usdF).format(n)) : DASH),
    percent: (f, digits = 1) => {
      if (!ok(f)) return DASH;
      let p = pctF.get(digits);
      if (!p)
        pctF.set(
          digits,
          (p = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: digits })),
        );
      return p.format(f);
    },
    date: (d) => dateF.format(typeof d === 'string' ? new Date(d) : d),
    bytes: (n) =>
      n < 1024
        ? `${num(0).format(n)} B`
        : n < 1 << 20
          ? `${num(1).format(n / 1024)} KB`
          : `${num(1).format(n / (1 << 20))} MB`,
  };
}
