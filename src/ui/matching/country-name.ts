/** Country names in the reader's language for the matching screens (ISO alpha-2 → 대한민국 / South Korea). */
import countries from 'i18n-iso-countries';
import koNames from 'i18n-iso-countries/langs/ko.json';
import enNames from 'i18n-iso-countries/langs/en.json';

countries.registerLocale(koNames);
countries.registerLocale(enNames);

export function countryName(iso2: string | null | undefined, locale: 'ko' | 'en'): string {
  if (!iso2) return '–';
  return countries.getName(iso2, locale) ?? iso2;
}

/** Distinct country codes sorted by their name in the reader's language. */
export function countriesByName(codes: Iterable<string | null>, locale: 'ko' | 'en'): string[] {
  const set = new Set<string>();
  for (const c of codes) if (c) set.add(c);
  return [...set].sort((a, b) => countryName(a, locale).localeCompare(countryName(b, locale), locale));
}
