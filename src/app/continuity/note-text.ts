/**
 * Says a continuity fit note (a warning or refusal with a message code, core/stats/fit-notes.ts) in a language:
 * the text comes from `cnote.<code>`, variable names become their labels (`cvar.<name>`), a nested reason
 * (`no-model`, `no-validation`, `validation-…`) is said in the same language, and numbers are formatted for the
 * locale. A code without a text falls back to the English sentence, which always names what to fix.
 * Pure (no Svelte state), so the UI passes the current locale.
 */
import type { FitNote } from '../../core/stats/fit-notes.ts';
import { ko, type MessageKey } from '../i18n/messages-ko.ts';
import { makeFmt, translate, type Locale, type Params } from '../i18n/translate.ts';

const NAME_PARAMS = new Set(['variable', 'other']);
const LIST_PARAMS = new Set(['variables', 'basis']);
/** Numbers that are years or identifiers: shown as they are (no thousands separator). */
const PLAIN_NUMBERS = new Set(['year', 'from', 'to', 'row', 'found', 'first']);

const hasKey = (key: string): key is MessageKey => key in ko;

function label(locale: Locale, name: string): string {
  const key = `cvar.${name}`;
  return hasKey(key) ? translate(locale, key) : name;
}

function localParams(locale: Locale, params: FitNote['params']): Params {
  const fmt = makeFmt(locale);
  const out: Params = {};
  for (const [k, v] of Object.entries(params)) {
    if (NAME_PARAMS.has(k) && typeof v === 'string') out[k] = label(locale, v);
    else if (LIST_PARAMS.has(k) && typeof v === 'string')
      out[k] = v
        .split(', ')
        .map((name) => `“${label(locale, name)}”`)
        .join(', ');
    else if (k === 'kind' && typeof v === 'string' && hasKey(`cnote.kind.${v}`))
      out[k] = translate(locale, `cnote.kind.${v}` as MessageKey);
    else if (k === 'outcome' && typeof v === 'string' && hasKey(`ci.status.${v}`))
      out[k] = translate(locale, `ci.status.${v}` as MessageKey);
    else if (typeof v === 'number' && !PLAIN_NUMBERS.has(k)) out[k] = fmt.number(v, 4);
    else out[k] = v;
  }
  return out;
}

export function describeNote(note: FitNote, locale: Locale): string {
  const { code, params } = note;
  if (code === 'no-model' || code === 'no-validation' || code === 'no-monitoring') {
    const { reason, ...rest } = params;
    const inner =
      typeof reason === 'string' && hasKey(`cnote.${reason}`)
        ? describeNote({ code: reason, params: rest, message: note.message }, locale)
        : note.message;
    return translate(locale, `cnote.${code}`, { text: inner });
  }
  const inner = code.slice('validation-'.length);
  if (code.startsWith('validation-') && hasKey(`cnote.${inner}`)) {
    const text = describeNote({ code: inner, params, message: note.message }, locale);
    return translate(locale, 'cnote.validation', { text });
  }
  const key = `cnote.${code}`;
  return hasKey(key) ? translate(locale, key, localParams(locale, params)) : note.message;
}
