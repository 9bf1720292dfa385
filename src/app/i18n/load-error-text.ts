/**
 * A failed load said in the reader's language: a message per InputError code (load-errors.ko.ts /
 * load-errors.en.ts; any HTTP status without its own message gets the general one). Null when there is no
 * message for the code, so the screen shows the error's own text. A dataset too large for the browser
 * also gets the CLI command that handles it, shown apart from the prose so that it can be copied whole.
 */
import { BROWSER_CAPACITY, cliCommand, isTooLargeForBrowser } from '../../data/dataset/browser-capacity.ts';
import { i18n } from './i18n.svelte.ts';
import { loadErrorsKo } from './load-errors.ko.ts';
import type { MessageKey } from './messages-ko.ts';

export function loadErrorText(code: string | undefined): string | null {
  if (!code) return null;
  const key = `load.err.${code}`;
  if (key in loadErrorsKo)
    return i18n.t(key as MessageKey, {
      maxExporters: i18n.fmt.number(BROWSER_CAPACITY.maxExporters),
      maxRows: i18n.fmt.number(BROWSER_CAPACITY.maxTotalRows),
    });
  if (code.startsWith('http-')) return i18n.t('load.err.http');
  return null;
}

/** The command to run instead, for a refusal that has one; null otherwise. */
export function loadErrorCommand(code: string | undefined): string | null {
  return isTooLargeForBrowser(code) ? cliCommand(i18n.t('load.cli.folder')) : null;
}
