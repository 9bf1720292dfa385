/**
 * Shared helpers for the matching sub-scores (docs/matching-method.md#3-sub-scores).
 *
 * Convention used by every sub-score: a function returns a number in [0, 1], or NaN when the data needed for
 * it are missing ("no data", not "bad"). NaN is the missing flag; the fusion step replaces it by the variable's
 * neutral value and remembers that it was missing so the UI can say "no data" next to the bar.
 */
import { InputError } from '../../errors.ts';

/** A raw input value: a finite number, or null/undefined/NaN for "not known". */
export type Maybe = number | null | undefined;

/** True when a value carries no information (null, undefined, NaN, ±Infinity). */
export function isMissing(x: Maybe): boolean {
  return x === null || x === undefined || !Number.isFinite(x);
}

/** The value as a finite number, or NaN when missing. */
export function orNaN(x: Maybe): number {
  return x === null || x === undefined || !Number.isFinite(x) ? NaN : x;
}

/** Clamps into [0, 1]; NaN stays NaN (missing stays missing). */
export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/** Logistic function 1 / (1 + e^(−x)), in (0, 1); 0.5 at 0. */
export function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/**
 * Weighted mean of the components that are present (NaN components are skipped, and so is their weight).
 * Returns NaN when no component with a positive weight is present.
 */
export function meanOfPresent(values: readonly number[], weights?: readonly number[]): number {
  let sum = 0;
  let wsum = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const w = weights ? weights[i] : 1;
    if (Number.isNaN(v) || !(w > 0)) continue;
    sum += w * v;
    wsum += w;
  }
  return wsum > 0 ? sum / wsum : NaN;
}

/** Throws an InputError unless `x` is missing or a finite number > 0 (prices, quantities). */
export function checkPositiveOrMissing(x: Maybe, what: string): void {
  if (x === null || x === undefined || Number.isNaN(x)) return;
  if (!Number.isFinite(x) || x <= 0) {
    throw new InputError(`${what} must be a positive number or missing, got ${String(x)}.`, 'bad-value');
  }
}

/** Throws an InputError unless `x` is a finite number > 0 (a tuning parameter). */
export function checkPositiveParameter(x: number, what: string): void {
  if (!Number.isFinite(x) || x <= 0) {
    throw new InputError(`${what} must be a finite number > 0, got ${String(x)}.`, 'bad-parameter');
  }
}
