/**
 * Says a fair-booth error in the reader's language: coded errors (CodedInputError) have a message per code in
 * fair.ko.ts / fair.en.ts with the same parameters; other input errors keep their (English) message, which
 * always names the file and what to fix (optionally inside a sentence in the reader's language, `context`);
 * anything else is a bug and says so.
 */
import { errorParams } from '../../core/coded-error.ts';
import { errorMessage, isInputError } from '../../core/errors.ts';
import { fairKo } from '../i18n/fair.ko.ts';
import { i18n } from '../i18n/i18n.svelte.ts';
import type { MessageKey } from '../i18n/messages-ko.ts';

export function fairErrorText(e: unknown, context?: MessageKey): string {
  if (isInputError(e)) {
    const key = `fair.err.${e.code}`;
    if (key in fairKo) return i18n.t(key as MessageKey, errorParams(e));
    return context ? i18n.t(context, { message: e.message }) : e.message;
  }
  return i18n.t('fair.err.internal', { message: errorMessage(e) });
}
