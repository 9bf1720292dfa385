/**
 * One firm's candidates, scored: the sub-score columns from the pair features (core computeSubScoreColumns), the
 * collaborative score of each candidate scaled to [0, 1] within this list, and its blend weight
 * α = n_e/(n_e+κ) · n_b/(n_b+κ) (new firms on either side fall back to content: cold start). Two rankers share the
 * columns: the hybrid and the content-only one (the evaluation's baseline). Built once per chosen firm; weights
 * can then change freely (rank.ts rescored in milliseconds).
 */
import {
  computeSubScoreColumns,
  createRanker,
  pairBlendWeight,
  prepareScoreColumns,
  toUnitInterval,
  type CollaborativeModel,
  type Ranker,
  type RawScoreColumns,
  type ScoreColumns,
} from '../../core/matching/index.ts';
import type { CandidateRows } from './candidate-rows.ts';
import type { PartyType } from './matching-types.ts';
import type { FeatureBlock } from './pair-feature-columns.ts';

export interface CandidateList {
  readonly focusType: PartyType;
  readonly focusId: string;
  /** Directory index of the focus firm. */
  readonly focusIndex: number;
  readonly candidates: CandidateRows;
  /** Directory index of each candidate (other side). */
  readonly candidateIndex: Int32Array;
  /** Collaborative score per candidate in [0, 1] (0 when the model knows nothing). */
  readonly cf: Float32Array;
  /** α per candidate. */
  readonly alpha: Float32Array;
  /** Sub-scores as computed (NaN = missing), kept to re-blend with another collaborative model. */
  readonly subScores: RawScoreColumns['subScores'];
  readonly hybrid: ScoreColumns;
  readonly content: ScoreColumns;
  readonly ranker: Ranker;
  readonly contentRanker: Ranker;
}

export interface CollaborativeContext {
  readonly model: CollaborativeModel | null;
  /** Distinct counterparts per exporter (rows) and per buyer (cols) in the training interactions. */
  readonly counts: { readonly rows: Int32Array; readonly cols: Int32Array };
  readonly kappa: number;
}

export function buildCandidateList(
  block: FeatureBlock,
  focusIndex: number,
  ctx: CollaborativeContext,
): CandidateList {
  const raw = computeSubScoreColumns(block.features);
  return blendCandidateList(
    {
      focusType: block.focusType,
      focusId: block.focusId,
      focusIndex,
      candidates: block.candidates,
      candidateIndex: block.candidateIndex,
      subScores: raw.subScores,
    },
    ctx,
  );
}

type ListBase = Pick<
  CandidateList,
  'focusType' | 'focusId' | 'focusIndex' | 'candidates' | 'candidateIndex' | 'subScores'
>;

/** The filled sub-score columns and their missing masks (prepareScoreColumns of the list's subScores). */
export type FilledSubScores = Pick<ScoreColumns, 'subScores' | 'missing'>;

/**
 * Adds (or replaces) the collaborative column and α of a list: used to compare CF models on the same features.
 * `filled` = prepareScoreColumns of base.subScores when already made (whole-fair-lists.ts fills a fair's rows
 * at once and gives each list its slice); else they are filled here.
 */
export function blendCandidateList(
  base: ListBase,
  ctx: CollaborativeContext,
  filled?: FilledSubScores,
): CandidateList {
  const n = base.candidates.length;
  // Raw collaborative scores, then scaled to [0, 1] in the same (own) buffer.
  const cf = new Float32Array(n);
  const alpha = new Float32Array(n);
  const f = base.focusIndex;
  if (ctx.model && n > 0) {
    if (base.focusType === 'exporter') ctx.model.scoreRowAt(f, base.candidateIndex, cf);
    else ctx.model.scoreColAt(f, base.candidateIndex, cf);
    for (let i = 0; i < n; i++) {
      const j = base.candidateIndex[i];
      alpha[i] =
        j < 0
          ? 0
          : base.focusType === 'exporter'
            ? pairBlendWeight(ctx.counts.rows[f], ctx.counts.cols[j], ctx.kappa)
            : pairBlendWeight(ctx.counts.rows[j], ctx.counts.cols[f], ctx.kappa);
    }
  }
  toUnitInterval(cf, cf);
  const sub = filled ?? prepareScoreColumns({ subScores: base.subScores, length: n });
  const blend = prepareScoreColumns({ subScores: {}, collaborative: cf, blendWeight: alpha, length: n });
  const hybrid: ScoreColumns = {
    length: n,
    subScores: sub.subScores,
    missing: sub.missing,
    collaborative: blend.collaborative,
    blendWeight: blend.blendWeight,
  };
  const content: ScoreColumns = {
    length: hybrid.length,
    subScores: hybrid.subScores,
    missing: hybrid.missing,
  };
  return {
    focusType: base.focusType,
    focusId: base.focusId,
    focusIndex: f,
    candidates: base.candidates,
    candidateIndex: base.candidateIndex,
    subScores: base.subScores,
    cf,
    alpha,
    hybrid,
    content,
    ranker: createRanker(hybrid),
    contentRanker: createRanker(content),
  };
}
