/**
 * Reciprocal fusion (상호 만족): a score for each direction, combined by the harmonic mean
 * (docs/matching-method.md#4-reciprocal-fusion--fusionts-rankts), so that a pair ranks high only when both the
 * exporter and the buyer gain.
 *
 *   content_E = Σ_{j ∈ E} w_j s_j / Σ_{j ∈ E} w_j     E = variables that count for the exporter (variables.ts)
 *   content_B = Σ_{j ∈ B} w_j s_j / Σ_{j ∈ B} w_j
 *   S_E = (1 − α) content_E + α cf,   S_B = (1 − α) content_B + α cf          (blend.ts)
 *   score = 2 S_E S_B / (S_E + S_B)   (0 when either side is 0)
 *
 * A missing sub-score (NaN/null) takes the variable's neutral value and is listed in `missing`; a variable that is
 * absent from the input (key not present) is left out of both sums, as if its weight were 0. The per-variable
 * `contributions` are (1 − α) w_j s_j / Σ w: they add up, with α·cf, to the side score, so the UI can draw a
 * stacked bar per direction. Weights are the analyst's sliders (≥ 0, relative).
 */
import { InputError } from '../errors.ts';
import { blendScores } from './blend.ts';
import {
  countsForBuyer,
  countsForExporter,
  DEFAULT_WEIGHTS,
  isVariableId,
  VARIABLES,
  type MatchWeights,
  type VariableId,
} from './variables.ts';

/** Sub-scores of one pair: a number in [0, 1], NaN/null = missing, key absent = variable not used. */
export type SubScores = Readonly<Partial<Record<VariableId, number | null>>>;

export interface FuseOptions {
  readonly weights?: MatchWeights;
  /** Collaborative-filtering score in [0, 1] (NaN/null/undefined = none). */
  readonly collaborative?: number | null;
  /** α = pairBlendWeight(...) in [0, 1]; default 0. */
  readonly blendWeight?: number;
}

export interface FusedScore {
  /** Harmonic mean of the two sides, in [0, 1]. */
  readonly score: number;
  /** S_E: the exporter's gain from the buyer (after blending). */
  readonly exporterSide: number;
  /** S_B: the buyer's gain from the exporter (after blending). */
  readonly buyerSide: number;
  readonly contentExporter: number;
  readonly contentBuyer: number;
  readonly collaborative: number | null;
  readonly blendWeight: number;
  /** Sub-score per used variable (missing ones show their neutral value). */
  readonly parts: Partial<Record<VariableId, number>>;
  /** Variables whose value was missing and replaced by the neutral value. */
  readonly missing: readonly VariableId[];
  readonly contributions: {
    readonly exporter: Partial<Record<VariableId, number>>;
    readonly buyer: Partial<Record<VariableId, number>>;
  };
}

/** Validated weights with defaults filled in; negative / non-finite weights → InputError. */
export function resolveWeights(weights: MatchWeights = {}): Record<VariableId, number> {
  const out = { ...DEFAULT_WEIGHTS };
  for (const [key, w] of Object.entries(weights)) {
    if (!isVariableId(key)) {
      throw new InputError(`Unknown matching variable '${key}' in weights.`, 'bad-parameter');
    }
    if (w === undefined) continue;
    if (!Number.isFinite(w) || w < 0) {
      throw new InputError(
        `Weight of '${key}' must be a finite number ≥ 0, got ${String(w)}.`,
        'bad-parameter',
      );
    }
    out[key] = w;
  }
  return out;
}

/** 2ab / (a + b); 0 when a + b = 0. */
export function harmonicMean(a: number, b: number): number {
  const s = a + b;
  return s > 0 ? (2 * a * b) / s : 0;
}

export function checkSubScore(id: string, v: number, where = ''): void {
  if (!(v >= 0 && v <= 1)) {
    throw new InputError(
      `Sub-score '${id}'${where} must be within [0, 1] or missing, got ${String(v)}.`,
      'bad-value',
    );
  }
}

export function sideWeightError(side: 'exporter' | 'buyer'): InputError {
  return new InputError(
    `No variable with a positive weight counts for the ${side}'s side: give at least one ${side}-side or shared ` +
      'variable a weight above 0.',
    'zero-weights',
  );
}

export function fuseReciprocal(subScores: SubScores, options: FuseOptions = {}): FusedScore {
  const w = resolveWeights(options.weights);
  const alphaIn = options.blendWeight ?? 0;
  if (!(alphaIn >= 0 && alphaIn <= 1)) {
    throw new InputError(`blendWeight must be within [0, 1], got ${String(alphaIn)}.`, 'bad-parameter');
  }
  const cfIn = options.collaborative;
  const cf = cfIn === null || cfIn === undefined || Number.isNaN(cfIn) ? NaN : cfIn;
  if (!Number.isNaN(cf)) checkSubScore('collaborative', cf);
  const alpha = Number.isNaN(cf) ? 0 : alphaIn;

  const parts: Partial<Record<VariableId, number>> = {};
  const missing: VariableId[] = [];
  let eSum = 0;
  let eW = 0;
  let bSum = 0;
  let bW = 0;
  for (const def of VARIABLES) {
    if (!(def.id in subScores)) continue;
    const raw = subScores[def.id];
    let v: number;
    if (raw === null || raw === undefined || Number.isNaN(raw)) {
      v = def.neutral;
      missing.push(def.id);
    } else {
      checkSubScore(def.id, raw);
      v = raw;
    }
    parts[def.id] = v;
    const wj = w[def.id];
    if (countsForExporter(def)) {
      eSum += wj * v;
      eW += wj;
    }
    if (countsForBuyer(def)) {
      bSum += wj * v;
      bW += wj;
    }
  }
  if (!(eW > 0)) throw sideWeightError('exporter');
  if (!(bW > 0)) throw sideWeightError('buyer');

  const contentExporter = eSum / eW;
  const contentBuyer = bSum / bW;
  const exporterSide = blendScores(contentExporter, cf, alpha);
  const buyerSide = blendScores(contentBuyer, cf, alpha);
  const contributions = {
    exporter: {} as Partial<Record<VariableId, number>>,
    buyer: {} as Partial<Record<VariableId, number>>,
  };
  for (const def of VARIABLES) {
    const v = parts[def.id];
    if (v === undefined) continue;
    if (countsForExporter(def)) contributions.exporter[def.id] = ((1 - alpha) * w[def.id] * v) / eW;
    if (countsForBuyer(def)) contributions.buyer[def.id] = ((1 - alpha) * w[def.id] * v) / bW;
  }
  return {
    score: harmonicMean(exporterSide, buyerSide),
    exporterSide,
    buyerSide,
    contentExporter,
    contentBuyer,
    collaborative: Number.isNaN(cf) ? null : cf,
    blendWeight: alpha,
    parts,
    missing,
    contributions,
  };
}
