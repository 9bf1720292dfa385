/**
 * What every CLI command module exports. Commands write JSON (when --json) to `io.out` and human
 * messages to `io.err`; they throw InputError for bad input (exit 2) and anything else is a bug (exit 1).
 */
export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  /** Returns the exit code (0 success, 2 bad input). */
  run(argv: string[], io: CliIO): Promise<number>;
}

export function printJson(io: CliIO, value: unknown): void {
  io.out(JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v)) + '\n');
}
