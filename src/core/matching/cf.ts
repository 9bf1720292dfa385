/**
 * Collaborative filtering behind one interface, so the two candidates (implicit ALS, item-kNN) can be swapped and
 * compared on the same evaluation (metrics.ts / evaluate.ts), and the winner chosen by numbers, not taste.
 *
 * Rows are exporters and columns buyers (cf-interactions.ts). `scoreRow(r)` gives every buyer a raw score for
 * exporter r (buyers recommended to an exporter); `scoreCol(c)` every exporter for buyer c (the reverse list).
 * Raw scores are model-specific (ALS: predicted preference ≈ 0..1, may be slightly negative or above 1; kNN: sum of
 * similarities); `toUnitInterval` maps one list to [0, 1] (divide by the list's largest positive score) before it is
 * blended with the content score.
 */
import { InputError } from '../errors.ts';
import { fitAls, type AlsOptions } from './cf-als.ts';
import type { InteractionMatrix } from './cf-interactions.ts';
import { fitItemKnn, type ItemKnnOptions } from './cf-item-knn.ts';

export interface CollaborativeModel {
  readonly kind: 'als' | 'item-knn';
  readonly nRows: number;
  readonly nCols: number;
  /** Raw score of every column (buyer) for row `row` (an exporter). */
  scoreRow(row: number, out?: Float32Array): Float32Array;
  /** Raw score of every row (exporter) for column `col` (a buyer). */
  scoreCol(col: number, out?: Float32Array): Float32Array;
  /** Raw scores of the given columns only (one list's candidates; index −1 → 0). */
  scoreRowAt(row: number, cols: ArrayLike<number>, out?: Float32Array): Float32Array;
  /** Raw scores of the given rows only, for column `col`. */
  scoreColAt(col: number, rows: ArrayLike<number>, out?: Float32Array): Float32Array;
}

export type CfOptions =
  ({ readonly kind: 'als' } & AlsOptions) | ({ readonly kind: 'item-knn' } & ItemKnnOptions);

export function fitCollaborative(matrix: InteractionMatrix, options: CfOptions): CollaborativeModel {
  switch (options.kind) {
    case 'als':
      return fitAls(matrix, options);
    case 'item-knn':
      return fitItemKnn(matrix, options);
    default:
      throw new InputError(
        `Unknown collaborative model '${String((options as { kind: unknown }).kind)}' (use 'als' or 'item-knn').`,
        'bad-parameter',
      );
  }
}

/** Divides by the largest positive value; negatives and NaN → 0; all ≤ 0 → all 0. Writes into `out`. */
export function toUnitInterval(
  raw: ArrayLike<number>,
  out: Float32Array = new Float32Array(raw.length),
): Float32Array {
  let max = 0;
  for (let i = 0; i < raw.length; i++) if (raw[i] > max) max = raw[i];
  const inv = max > 0 ? 1 / max : 0;
  for (let i = 0; i < raw.length; i++) {
    const v = raw[i];
    out[i] = v > 0 ? Math.min(1, v * inv) : 0;
  }
  return out;
}

/** Picks `idx` out of a full score vector (index −1 → 0): the generic scoreRowAt / scoreColAt. */
export function gatherScores(
  full: ArrayLike<number>,
  idx: ArrayLike<number>,
  out: Float32Array = new Float32Array(idx.length),
): Float32Array {
  if (out.length !== idx.length)
    throw new InputError(`Output buffer has ${out.length} entries, expected ${idx.length}.`, 'bad-shape');
  for (let i = 0; i < idx.length; i++) out[i] = idx[i] >= 0 ? full[idx[i]] : 0;
  return out;
}

export function checkIndex(i: number, n: number, what: string): void {
  if (!Number.isInteger(i) || i < 0 || i >= n) {
    throw new InputError(`${what} index ${i} is outside 0..${n - 1}.`, 'bad-parameter');
  }
}

export function outBuffer(out: Float32Array | undefined, n: number): Float32Array {
  if (!out) return new Float32Array(n);
  if (out.length !== n)
    throw new InputError(`Output buffer has ${out.length} entries, expected ${n}.`, 'bad-shape');
  return out;
}
