/**
 * Labels and formats for the facts on the company profile: contract columns get a translated label and a format
 * by what they hold (won, dollars, fraction, yes/no, year, country / industry / region names); unknown extra columns are shown under their own name.
 */
import type { MessageKey } from '../../app/i18n/messages-ko.ts';
import { countryName, industryName, regionName } from '../../app/i18n/names.ts';
import type { Fmt, Params } from '../../app/i18n/translate.ts';
import type { Value } from '../../data/engine/engine.ts';

type T = (key: MessageKey, params?: Params) => string;

const KNOWN = new Set([
  'exporter_id',
  'buyer_id',
  'name_en',
  'region',
  'industry',
  'founded_year',
  'homepage',
  'country',
  'employees',
  'revenue_usd',
  'bad_credit',
  'year',
  'sales_krw',
  'net_income_krw',
  'operating_profit_krw',
  'capital_krw',
  'sales_growth',
  'lang_staff',
  'overseas_marketing_staff',
  'trade_show',
  'certifications',
  'credit_grade',
  'hs_code',
  'product_name',
  'unit_price_usd',
  'min_order_qty',
  'capacity_qty',
  'target_price_usd',
  'quantity',
]);

export function factLabel(column: string, t: T): string {
  return KNOWN.has(column) ? t(`matching.fact.${column}` as MessageKey) : column;
}

export function formatFact(column: string, value: Value, fmt: Fmt, t: T): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return t(value ? 'matching.yes' : 'matching.no');
  if (typeof value === 'number') {
    if (column.endsWith('_krw')) return fmt.krw(value);
    // Unit prices need cents (US$6.40); amounts do not (US$21,248,000).
    if (column === 'unit_price_usd' || column === 'target_price_usd')
      return (fmt.locale === 'ko' ? 'US$' : '$') + fmt.number(value, 2);
    if (column.endsWith('_usd')) return fmt.usd(value);
    if (column === 'sales_growth') return fmt.percent(value, 1);
    if (column === 'year' || column === 'founded_year') return String(value);
    return fmt.number(value, Number.isInteger(value) ? 0 : 2);
  }
  // Codes and one-language values are named in the reader's language (KR → 대한민국, Food & beverage → 식품·음료).
  if (column === 'country') return countryName(String(value));
  if (column === 'industry') return industryName(String(value));
  if (column === 'region') return regionName(String(value));
  return String(value);
}
