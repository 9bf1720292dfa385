/**
 * The current UI language as Svelte state, remembered in localStorage. Korean is the default;
 * `<html lang>` follows so screen readers pronounce the text correctly.
 */
import type { MessageKey } from './messages-ko.ts';
import { LOCALES, makeFmt, translate, type Fmt, type Locale, type Params } from './translate.ts';

const STORAGE_KEY = 'export-intel.locale';

function initialLocale(): Locale {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (saved && (LOCALES as readonly string[]).includes(saved)) return saved as Locale;
  } catch {
    // storage can be blocked (private mode, file://); fall back to the default
  }
  return 'ko';
}

export class I18n {
  locale = $state<Locale>(initialLocale());
  fmt: Fmt = $derived(makeFmt(this.locale));

  constructor() {
    $effect.root(() => {
      $effect(() => {
        if (typeof document !== 'undefined') document.documentElement.lang = this.locale;
      });
    });
  }

  t = (key: MessageKey, params?: Params): string => translate(this.locale, key, params);

  set(locale: Locale): void {
    this.locale = locale;
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, locale);
    } catch {
      // not remembered, but the switch still works for this visit
    }
  }

  toggle(): void {
    this.set(this.locale === 'ko' ? 'en' : 'ko');
  }
}

export const i18n = new I18n();
