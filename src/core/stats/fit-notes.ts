/**
 * A warning or refusal of a model fit as data: a message code and the values it names, plus the English
 * sentence. The CLI prints the sentence; the app looks the code up in its dictionaries (Korean or English)
 * and fills in the same parameters, as it does for validation findings and fair errors.
 */
import { CodedInputError, errorParams, type ErrorParams } from '../coded-error.ts';
import { isInputError } from '../errors.ts';

export type NoteParams = ErrorParams;

export interface FitNote {
  code: string;
  params: NoteParams;
  /** The English sentence (CLI, logs). */
  message: string;
}

export function fitNote(code: string, params: NoteParams, message: string): FitNote {
  return { code, params, message };
}

/** A refusal (InputError) as a note; errors without a code of their own keep their English message. */
export function noteOfError(e: unknown): FitNote {
  if (isInputError(e)) return { code: e.code, params: errorParams(e), message: e.message };
  return { code: 'internal', params: { message: String(e) }, message: String(e) };
}

/** The InputError that carries a note (thrown by fit steps so that the app can say it in the reader's language). */
export function noteError(n: FitNote): CodedInputError {
  return new CodedInputError(n.message, n.code, n.params);
}
