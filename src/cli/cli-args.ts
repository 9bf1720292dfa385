/**
 * Argument parsing for the CLI on Node's util.parseArgs, turning its errors into InputError so the
 * user sees one clear line (and exit code 2) instead of a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../core/errors.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCliArgs<O extends Options>(
  argv: string[],
  options: O,
  usage: string,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (e) {
    throw new InputError(`${(e as Error).message}\nusage: ${usage}`, 'usage');
  }
}

export function intOption(value: string | undefined, name: string, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new InputError(`--${name} must be an integer ≥ ${min}, got "${value}"`, 'usage');
  return n;
}

export function requireOption(value: string | undefined, name: string, usage: string): string {
  if (value === undefined || value === '')
    throw new InputError(`--${name} is required\nusage: ${usage}`, 'usage');
  return value;
}
