/**
 * Every focus party's candidate list from one whole-fair statement (whole-fair-pairs.ts), scored once over all
 * its rows instead of list by list (issue 9 scope 2): the pair features and sub-scores are the per-firm path's own
 * functions (pairFeatures, computeSubScoreColumns, prepareScoreColumns) run over windows of the fair's rows into
 * columns as long as the fair, and each list takes zero-copy slices of them. Only what depends on the focus
 * party — the collaborative scores scaled within the list, α, the rankers — is made per list.
 *
 * Why: at 5,000 × 5,000 the lists hold 3.35 M candidates; building ~40 feature columns and 36 score columns per
 * list (plus their garbage) was ≈ 20 s of the 30 s `match --all`. Every sub-score depends only on its own row, so
 * slices of the fair-wide columns hold exactly the numbers a per-list build gives (the identity tests in
 * tests/integration/matching-whole-fair.test.ts compare both, draws included).
 */
import {
  computeSubScoreColumns,
  prepareScoreColumns,
  type ScoreColumns,
  type VariableId,
} from '../../core/matching/index.ts';
import {
  blendCandidateList,
  buildCandidateList,
  type CandidateList,
  type CollaborativeContext,
} from './candidate-list.ts';
import { CandidateRows } from './candidate-rows.ts';
import type { PartyType } from './matching-types.ts';
import { pairFeatures, type FeatureContext } from './pair-feature-columns.ts';
import type { WholeFairColumns } from './whole-fair-pairs.ts';

/** Rows per feature window: the ~40 transient feature columns of a window stay ≈ 20 MB. */
const WINDOW = 65_536;

type Columns<T> = Partial<Record<VariableId, T>>;

/** Raw sub-scores (NaN = missing) of every row of the fair, one window of features at a time. */
function fairSubScores(cols: WholeFairColumns, ctx: FeatureContext, window: number): Columns<Float32Array> {
  const n = cols.length;
  const out: Columns<Float32Array> = {};
  for (let a = 0; a < n; a += window) {
    const b = Math.min(n, a + window);
    const features = pairFeatures(
      cols,
      a,
      cols.exporterIndex.subarray(a, b),
      cols.buyerIndex.subarray(a, b),
      ctx,
    );
    const raw = computeSubScoreColumns(features).subScores;
    for (const [id, col] of Object.entries(raw) as [VariableId, Float32Array][]) {
      (out[id] ??= new Float32Array(n)).set(col, a);
    }
  }
  return out;
}

function slices<T extends Float32Array | Uint8Array>(cols: Columns<T>, s: number, e: number): Columns<T> {
  const out: Columns<T> = {};
  for (const [id, col] of Object.entries(cols) as [VariableId, T][]) out[id] = col.subarray(s, e) as T;
  return out;
}

/**
 * The lists of `focusIds` (directory indices `focusIndices`), in that order, from the rows of one whole-fair
 * statement for exactly these parties. A party without rows gets the empty list the per-firm path gives it.
 */
export function wholeFairLists(
  cols: WholeFairColumns,
  focusType: PartyType,
  focusIds: readonly string[],
  focusIndices: readonly number[],
  ctx: FeatureContext & { readonly cf: CollaborativeContext },
  /** Rows per feature window (tests use tiny windows that cut through lists). */
  window = WINDOW,
): CandidateList[] {
  const d = ctx.directory;
  const focusOf = focusType === 'exporter' ? cols.exporterIndex : cols.buyerIndex;
  const candidateOf = focusType === 'exporter' ? cols.buyerIndex : cols.exporterIndex;
  // Rows come grouped by focus party: its first row and one past its last.
  const range = new Map<number, [number, number]>();
  for (let s = 0, r = 1; r <= cols.length; r++) {
    if (r < cols.length && focusOf[r] === focusOf[s]) continue;
    range.set(focusOf[s], [s, r]);
    s = r;
  }
  const raw = fairSubScores(cols, ctx, window);
  const filled: ScoreColumns = prepareScoreColumns({ subScores: raw, length: cols.length });
  return focusIds.map((focusId, k) => {
    const focusIndex = focusIndices[k];
    const at = range.get(focusIndex);
    if (!at) {
      const candidates = CandidateRows.empty(d, focusType);
      const block = {
        focusType,
        focusId,
        candidates,
        candidateIndex: new Int32Array(0),
        features: { length: 0 },
      };
      return buildCandidateList(block, focusIndex, ctx.cf);
    }
    const [s, e] = at;
    const eIdx = cols.exporterIndex.subarray(s, e);
    const bIdx = cols.buyerIndex.subarray(s, e);
    return blendCandidateList(
      {
        focusType,
        focusId,
        focusIndex,
        candidates: new CandidateRows(d, focusType, eIdx, bIdx, cols.text, s),
        candidateIndex: candidateOf.subarray(s, e),
        subScores: slices(raw, s, e),
      },
      ctx.cf,
      { subScores: slices(filled.subScores, s, e), missing: slices(filled.missing, s, e) },
    );
  });
}
