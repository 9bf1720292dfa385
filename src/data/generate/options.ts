/**
 * Arguments of the sample generator, their defaults and checks. Bad values are the user's input (CLI flags),
 * so they raise InputError with one clear line (exit 2), never a stack trace.
 */
import { InputError } from '../../core/errors.ts';

export interface GenerateArgs {
  seed: number;
  exporters: number;
  buyers: number;
  startYear: number;
  endYear: number;
  /** Every firm exports to exactly one market and one HS code (the small-exporter case; default false). */
  singleMarket?: boolean;
  /**
   * The planted continuation process: 'standard' (continuation.ts, default) or 'history' (exporting next year
   * depends on exported at t and at t−1 with different weights, plus capability and destination crisis).
   */
  continuation?: 'standard' | 'history';
}

/** The committed sample (data-samples/sample) is exactly these arguments. */
export const DEFAULT_ARGS: Readonly<GenerateArgs> = {
  seed: 42,
  exporters: 2000,
  buyers: 1500,
  startYear: 2015,
  endYear: 2024,
};

export const LIMITS = {
  minExporters: 20,
  maxExporters: 1_000_000,
  minBuyers: 20,
  maxBuyers: 200_000,
  minYear: 1990,
  maxYear: 2100,
  /** Three years: the continuity status window (t−2, t−1, t) and the three events. */
  minSpan: 3,
  maxSpan: 40,
  maxSeed: 0xffffffff,
} as const;

/** Parses `FROM-TO`, e.g. "2015-2024". */
export function parseYearRange(text: string): { startYear: number; endYear: number } {
  const m = /^\s*(\d{4})\s*-\s*(\d{4})\s*$/.exec(text);
  if (!m) throw new InputError(`--years must look like 2015-2024 (FROM-TO), got "${text}"`, 'usage');
  const startYear = Number(m[1]);
  const endYear = Number(m[2]);
  if (startYear > endYear) {
    throw new InputError(
      `--years must be FROM-TO with FROM ≤ TO, got "${text}" (did you mean ${endYear}-${startYear}?)`,
      'usage',
    );
  }
  return { startYear, endYear };
}

/** Checks a complete set of arguments; returns them unchanged when valid. */
export function checkArgs(args: GenerateArgs): GenerateArgs {
  const { seed, exporters, buyers, startYear, endYear } = args;
  const intIn = (v: number, lo: number, hi: number) => Number.isInteger(v) && v >= lo && v <= hi;
  if (!intIn(seed, 0, LIMITS.maxSeed))
    throw new InputError(`--seed must be an integer 0…${LIMITS.maxSeed}, got ${seed}`, 'usage');
  if (!intIn(exporters, LIMITS.minExporters, LIMITS.maxExporters)) {
    throw new InputError(
      `--exporters must be an integer ${LIMITS.minExporters}…${LIMITS.maxExporters}, got ${exporters}`,
      'usage',
    );
  }
  if (!intIn(buyers, LIMITS.minBuyers, LIMITS.maxBuyers)) {
    throw new InputError(
      `--buyers must be an integer ${LIMITS.minBuyers}…${LIMITS.maxBuyers}, got ${buyers}`,
      'usage',
    );
  }
  if (!intIn(startYear, LIMITS.minYear, LIMITS.maxYear) || !intIn(endYear, LIMITS.minYear, LIMITS.maxYear)) {
    throw new InputError(
      `--years must lie within ${LIMITS.minYear}-${LIMITS.maxYear}, got ${startYear}-${endYear}`,
      'usage',
    );
  }
  if (startYear > endYear) {
    throw new InputError(`--years must be FROM-TO with FROM ≤ TO, got ${startYear}-${endYear}`, 'usage');
  }
  const span = endYear - startYear + 1;
  if (span < LIMITS.minSpan || span > LIMITS.maxSpan) {
    throw new InputError(
      `--years must span ${LIMITS.minSpan} to ${LIMITS.maxSpan} years (the status window needs three), got ${startYear}-${endYear}`,
      'usage',
    );
  }
  return args;
}

/**
 * The manifest's `created` timestamp. It is derived from the arguments (the first instant after the last
 * data year), never from the clock: the same arguments must give byte-identical files, manifest included.
 */
export function createdTimestamp(args: GenerateArgs): string {
  return `${args.endYear + 1}-01-01T00:00:00Z`;
}

export function datasetName(args: GenerateArgs): string {
  return (
    `export-intel sample (seed ${args.seed}, ${args.exporters} exporters, ${args.buyers} buyers, ` +
    `${args.startYear}–${args.endYear})`
  );
}
