/**
 * Words for the continuity screens that depend on data values: variable, group, status and category names
 * (i18n keys built from the value), the screening verdict of a candidate, and country / industry / region
 * names (from the shared names module). Unknown values
 * fall back to the raw value, so a dataset with extra candidates or statuses still renders.
 */
import { i18n } from '../i18n/i18n.svelte.ts';
import { countryName, industryName, regionName } from '../i18n/names.ts';
import { ko, type MessageKey } from '../i18n/messages-ko.ts';
import { compactCurrency, fixedNumber, pValue, signedChange } from './number-format.ts';

function lookup(key: string, fallback: string): string {
  return key in ko ? i18n.t(key as MessageKey) : fallback;
}

export const variableLabel = (name: string): string => lookup(`cvar.${name}`, name);
export const variableDefinition = (name: string): string => lookup(`cvar.${name}.def`, '');
export const variableMissingRule = (name: string): string => lookup(`cvar.${name}.missing`, '');
export const groupLabel = (group: string): string => lookup(`cgroup.${group}`, group);
export const statusLabel = (status: string): string => lookup(`ci.status.${status}`, status);
export const statusShort = (status: string): string => lookup(`ci.statusShort.${status}`, status);
export const categoryLabel = (name: string): string => lookup(`ci.cat.${name}`, name);

export { countryName, industryName, regionName };

/** A categorical value as shown: statuses and countries translated, others as they are. */
export function categoryValue(category: string, value: string | null): string {
  if (value === null) return '–';
  if (category === 'status') return statusLabel(value);
  if (category === 'main_destination') return countryName(value);
  if (category === 'industry') return industryName(value);
  if (category === 'region') return regionName(value);
  return value;
}

export { screeningVerdict, type ScreeningVerdict } from './number-format.ts';

/** A change in index points with its sign (never −0). */
export const formatChange = (v: number | null): string => signedChange(i18n.locale, v);

/** A p-value for tables. */
export const formatP = (p: number): string => pValue(i18n.locale, p);

/** Exactly `digits` decimals, never −0. */
export const fixed = (v: number, digits: number): string => fixedNumber(i18n.locale, v, digits);

/** Compact ₩ / US$ amounts for wide tables. */
export const krwCompact = (v: number | null): string => compactCurrency(i18n.locale, v, 'KRW');
export const usdCompact = (v: number | null): string => compactCurrency(i18n.locale, v, 'USD');
