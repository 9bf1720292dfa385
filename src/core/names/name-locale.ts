/** The two languages names are kept in (the UI's locales). */
export type NameLocale = 'ko' | 'en';
