/**
 * The interaction matrix for collaborative filtering: rows = exporters, columns = buyers, value r ≥ 0 = the summed
 * strength of evidence that the pair is of mutual interest (implicit feedback; Hu, Koren & Volinsky 2008).
 * Evidence comes from past matches weighted by how far they got, and from web-log events aimed at the other
 * party. Default weights (an analyst setting, chosen by evaluation on earlier events: docs/matching-method.md §5):
 *
 *   match requested 0.5 (outcome still open), declined 0 (a refusal is not evidence of fit), accepted 2, met 3,
 *   contracted 5
 *   web log page_view 0.4, click 0.6, search 0.3, save 2, request 1
 *
 * Stored twice, as CSR (by row) and CSC (by column), with Int32Array offsets/indices and Float32Array values,
 * so both directions (buyers for an exporter, exporters for a buyer) are cheap. Duplicate (row, col) entries are
 * summed; explicit zeros are dropped.
 */
import { InputError } from '../errors.ts';

export const MATCH_INTERACTION_WEIGHTS = {
  requested: 0.5,
  declined: 0,
  accepted: 2,
  met: 3,
  contracted: 5,
} as const;

export const WEBLOG_INTERACTION_WEIGHTS = {
  page_view: 0.4,
  click: 0.6,
  search: 0.3,
  save: 2,
  request: 1,
} as const;

export interface SparseMatrix {
  readonly nRows: number;
  readonly nCols: number;
  /** Row r's entries are at offsets[r] .. offsets[r+1]−1. */
  readonly offsets: Int32Array;
  readonly indices: Int32Array;
  readonly values: Float32Array;
}

export interface InteractionMatrix {
  readonly nRows: number;
  readonly nCols: number;
  readonly nnz: number;
  /** By row (exporter → buyers). */
  readonly byRow: SparseMatrix;
  /** By column (buyer → exporters). */
  readonly byCol: SparseMatrix;
}

/** Triplets (row, col, weight), e.g. one per match or web-log event; duplicates are summed. */
export interface InteractionTriplets {
  readonly rows: ArrayLike<number>;
  readonly cols: ArrayLike<number>;
  readonly weights: ArrayLike<number>;
}

function compress(
  nMajor: number,
  nMinor: number,
  major: ArrayLike<number>,
  minor: ArrayLike<number>,
  weights: ArrayLike<number>,
): SparseMatrix {
  const m = major.length;
  const counts = new Int32Array(nMajor + 1);
  for (let t = 0; t < m; t++) counts[major[t] + 1]++;
  for (let r = 0; r < nMajor; r++) counts[r + 1] += counts[r];
  const fill = counts.slice(0, nMajor);
  const idx = new Int32Array(m);
  const val = new Float64Array(m);
  for (let t = 0; t < m; t++) {
    const p = fill[major[t]]++;
    idx[p] = minor[t];
    val[p] = weights[t];
  }
  // Sort each row's entries by minor index and merge duplicates.
  const offsets = new Int32Array(nMajor + 1);
  const outIdx = new Int32Array(m);
  const outVal = new Float32Array(m);
  const dense = new Float64Array(nMinor);
  const seen = new Uint8Array(nMinor);
  let nnz = 0;
  for (let r = 0; r < nMajor; r++) {
    const start = counts[r];
    const end = counts[r + 1];
    const cols: number[] = [];
    for (let p = start; p < end; p++) {
      const c = idx[p];
      if (!seen[c]) {
        seen[c] = 1;
        cols.push(c);
      }
      dense[c] += val[p];
    }
    cols.sort((a, b) => a - b);
    for (const c of cols) {
      if (dense[c] > 0) {
        outIdx[nnz] = c;
        outVal[nnz] = dense[c];
        nnz++;
      }
      dense[c] = 0;
      seen[c] = 0;
    }
    offsets[r + 1] = nnz;
  }
  return {
    nRows: nMajor,
    nCols: nMinor,
    offsets,
    indices: outIdx.slice(0, nnz),
    values: outVal.slice(0, nnz),
  };
}

export function buildInteractionMatrix(
  nRows: number,
  nCols: number,
  triplets: InteractionTriplets,
): InteractionMatrix {
  if (!Number.isInteger(nRows) || !Number.isInteger(nCols) || nRows < 0 || nCols < 0) {
    throw new InputError(`Matrix shape must be two integers ≥ 0, got ${nRows} × ${nCols}.`, 'bad-parameter');
  }
  const { rows, cols, weights } = triplets;
  if (rows.length !== cols.length || rows.length !== weights.length) {
    throw new InputError('Interaction rows, cols and weights must have the same length.', 'bad-shape');
  }
  for (let t = 0; t < rows.length; t++) {
    const r = rows[t];
    const c = cols[t];
    const w = weights[t];
    if (!Number.isInteger(r) || r < 0 || r >= nRows) {
      throw new InputError(`Interaction ${t}: row ${r} is outside 0..${nRows - 1}.`, 'bad-value');
    }
    if (!Number.isInteger(c) || c < 0 || c >= nCols) {
      throw new InputError(`Interaction ${t}: column ${c} is outside 0..${nCols - 1}.`, 'bad-value');
    }
    if (!Number.isFinite(w) || w < 0) {
      throw new InputError(`Interaction ${t}: weight must be a finite number ≥ 0, got ${w}.`, 'bad-value');
    }
  }
  const byRow = compress(nRows, nCols, rows, cols, weights);
  const byCol = compress(nCols, nRows, cols, rows, weights);
  return { nRows, nCols, nnz: byRow.indices.length, byRow, byCol };
}

/** Number of distinct counterparts per row (exporter) and per column (buyer): the n of blend.ts. */
export function interactionCounts(m: InteractionMatrix): {
  readonly rows: Int32Array;
  readonly cols: Int32Array;
} {
  const rows = new Int32Array(m.nRows);
  const cols = new Int32Array(m.nCols);
  for (let r = 0; r < m.nRows; r++) rows[r] = m.byRow.offsets[r + 1] - m.byRow.offsets[r];
  for (let c = 0; c < m.nCols; c++) cols[c] = m.byCol.offsets[c + 1] - m.byCol.offsets[c];
  return { rows, cols };
}

/** The same matrix with rows and columns swapped (recommending exporters to buyers with a row-oriented model). */
export function transposeInteractions(m: InteractionMatrix): InteractionMatrix {
  return { nRows: m.nCols, nCols: m.nRows, nnz: m.nnz, byRow: m.byCol, byCol: m.byRow };
}
