/**
 * Columnar sub-scores for one list: every candidate of one exporter (or one buyer) as one Float32Array per
 * variable, so that re-weighting is a few linear passes over typed memory (rank.ts) instead of a walk over
 * objects. Built once after data load; the weights can then change freely.
 *
 * prepareScoreColumns copies the raw columns (NaN = missing) into Float32Arrays, replaces missing values by the
 * variable's neutral value and keeps a 0/1 mask of what was missing, validates ranges, and turns a missing
 * collaborative score into α = 0 for that candidate.
 */
import { InputError } from '../errors.ts';
import { checkSubScore } from './fusion.ts';
import { isVariableId, variableById, type VariableId } from './variables.ts';

export interface RawScoreColumns {
  /** Sub-score per variable and candidate, in [0, 1]; NaN = missing. Absent variable = not used. */
  readonly subScores: Readonly<Partial<Record<VariableId, ArrayLike<number>>>>;
  /** Collaborative score per candidate in [0, 1] (NaN = none). */
  readonly collaborative?: ArrayLike<number>;
  /** α per candidate (pairBlendWeight), or one α for all; required with `collaborative`. */
  readonly blendWeight?: ArrayLike<number> | number;
  /** Number of candidates (checked against every column; needed when there is no column). */
  readonly length?: number;
}

export interface ScoreColumns {
  readonly length: number;
  /** Filled sub-scores (no NaN). */
  readonly subScores: Readonly<Partial<Record<VariableId, Float32Array>>>;
  /** 1 where the sub-score was missing and the neutral value was used. */
  readonly missing: Readonly<Partial<Record<VariableId, Uint8Array>>>;
  /** Collaborative score (0 where none). */
  readonly collaborative?: Float32Array;
  /** α per candidate (0 where no collaborative score). */
  readonly blendWeight?: Float32Array;
}

export function prepareScoreColumns(raw: RawScoreColumns): ScoreColumns {
  let n = raw.length ?? -1;
  const setLength = (len: number, what: string): void => {
    if (n === -1) n = len;
    else if (len !== n) {
      throw new InputError(`Column '${what}' has ${len} candidates, expected ${n}.`, 'bad-shape');
    }
  };
  const subScores: Partial<Record<VariableId, Float32Array>> = {};
  const missing: Partial<Record<VariableId, Uint8Array>> = {};
  for (const [key, col] of Object.entries(raw.subScores)) {
    if (col === undefined) continue;
    if (!isVariableId(key)) throw new InputError(`Unknown matching variable '${key}'.`, 'bad-parameter');
    setLength(col.length, key);
    const neutral = variableById(key).neutral;
    const out = new Float32Array(col.length);
    const miss = new Uint8Array(col.length);
    for (let i = 0; i < col.length; i++) {
      const v = col[i];
      if (v === null || v === undefined || Number.isNaN(v)) {
        out[i] = neutral;
        miss[i] = 1;
      } else {
        checkSubScore(key, v, ` (candidate ${i})`);
        out[i] = v;
      }
    }
    subScores[key] = out;
    missing[key] = miss;
  }
  let collaborative: Float32Array | undefined;
  let blendWeight: Float32Array | undefined;
  if (raw.collaborative) {
    const cf = raw.collaborative;
    setLength(cf.length, 'collaborative');
    if (raw.blendWeight === undefined) {
      throw new InputError(
        'A collaborative column needs blendWeight (α per candidate or one number).',
        'bad-shape',
      );
    }
    const bw = raw.blendWeight;
    if (typeof bw !== 'number') setLength(bw.length, 'blendWeight');
    collaborative = new Float32Array(cf.length);
    blendWeight = new Float32Array(cf.length);
    for (let i = 0; i < cf.length; i++) {
      const a = typeof bw === 'number' ? bw : bw[i];
      if (!(a >= 0 && a <= 1)) {
        throw new InputError(
          `blendWeight (candidate ${i}) must be within [0, 1], got ${String(a)}.`,
          'bad-value',
        );
      }
      const c = cf[i];
      if (Number.isNaN(c)) continue; // α stays 0
      checkSubScore('collaborative', c, ` (candidate ${i})`);
      collaborative[i] = c;
      blendWeight[i] = a;
    }
  }
  return { length: Math.max(n, 0), subScores, missing, collaborative, blendWeight };
}
