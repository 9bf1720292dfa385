/**
 * An InputError that also carries the values its message names, so that a UI can say the same thing in the
 * reader's language (look up a message by `code`, fill in `params`) while the CLI and logs keep the English
 * `message`.
 */
import { InputError } from './errors.ts';

export type ErrorParams = Record<string, string | number>;

export class CodedInputError extends InputError {
  constructor(
    message: string,
    code: string,
    readonly params: ErrorParams = {},
  ) {
    super(message, code);
  }
}

export function errorParams(e: unknown): ErrorParams {
  return e instanceof CodedInputError ? e.params : {};
}
