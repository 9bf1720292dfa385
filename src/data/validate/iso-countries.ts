/**
 * ISO 3166-1 alpha-2 codes accepted by the contract, taken from i18n-iso-countries (maintained list)
 * plus XK (Kosovo, user-assigned but used by customs and the World Bank).
 */
import countries from 'i18n-iso-countries';

export const ISO2_CODES: readonly string[] = [...Object.keys(countries.getAlpha2Codes()), 'XK'].sort();
