/**
 * Errors caused by the user's input (a file, a column, an argument), as opposed to bugs.
 * The CLI maps them to exit code 2 and prints only the message; the UI shows the message as it is.
 * Messages must say what is wrong and what to do, and name the file / table / column / row where known.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    message: string,
    /** Machine-readable reason, e.g. 'not-parquet', 'sha256-mismatch'. */
    readonly code: string = 'bad-input',
  ) {
    super(message);
  }
}

/** Thrown when the user cancels a long step; callers treat it as "nothing happened". */
export class CancelledError extends Error {
  override readonly name = 'CancelledError';
  constructor() {
    super('cancelled');
  }
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof Error && e.name === 'InputError';
}

/** The message of anything thrown (an Error's message, else its text): for notes, logs and worker replies. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
