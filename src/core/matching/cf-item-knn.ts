/**
 * Item-based k-nearest-neighbour collaborative filtering (Sarwar et al. 2001; Deshpande & Karypis 2004) on the
 * implicit interaction matrix. "Items" are the parties being recommended: buyers when recommending to an
 * exporter, exporters when recommending to a buyer (the same code on the transposed matrix).
 *
 *   sim(i, j) = Σ_u v_ui v_uj / (‖v_i‖ ‖v_j‖ + h)     cosine with shrinkage h (default 10): pairs seen together by
 *                                                      few parties are pulled towards 0 (Dacrema et al. 2019)
 *   keep the K most similar neighbours of each item (default 50; ties by lower index)
 *   score(u, i) = Σ_{j ∈ I(u)} v_uj · sim(j, i)       over the items u interacted with, i ∈ neighbours(j)
 *
 * v = transform(r): 'log' ln(1 + r) by default (a contract is worth more than a page view, but not 25 times),
 * 'binary' 1, or 'raw' r. Similarities are built on first use per direction, in O(Σ_u deg(u)²) time and O(K·items)
 * memory. Deterministic (no random numbers).
 *
 * Written here rather than taken from a library: it is the product's core, must run in the browser on typed arrays,
 * and is ~100 lines; keeping both candidates (this and cf-als.ts) in-house lets the evaluation compare them fairly.
 */
import { InputError } from '../errors.ts';
import type { CollaborativeModel } from './cf.ts';
import { checkIndex, gatherScores, outBuffer } from './cf.ts';
import type { InteractionMatrix, SparseMatrix } from './cf-interactions.ts';
import { topKIndices } from './topk.ts';

export interface ItemKnnOptions {
  /** Neighbours kept per item (default 50). */
  readonly neighbours?: number;
  /** Shrinkage h ≥ 0 in the cosine's denominator (default 10). */
  readonly shrink?: number;
  readonly transform?: 'log' | 'binary' | 'raw';
}

export interface ItemKnnModel extends CollaborativeModel {
  readonly kind: 'item-knn';
  /** Neighbour lists (item → most similar items with their similarity), built on demand. */
  columnNeighbours(): SparseMatrix;
  rowNeighbours(): SparseMatrix;
}

function transformValues(m: SparseMatrix, t: 'log' | 'binary' | 'raw'): Float32Array {
  const out = new Float32Array(m.values.length);
  for (let p = 0; p < out.length; p++) {
    const r = m.values[p];
    out[p] = t === 'binary' ? 1 : t === 'log' ? Math.log1p(r) : r;
  }
  return out;
}

/**
 * Top-K cosine neighbours of every item. `items`: item → users (values `iv`); `users`: user → items (values `uv`).
 */
export function itemNeighbours(
  items: SparseMatrix,
  iv: Float32Array,
  users: SparseMatrix,
  uv: Float32Array,
  k: number,
  shrink: number,
): SparseMatrix {
  const n = items.nRows;
  const norms = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let p = items.offsets[i]; p < items.offsets[i + 1]; p++) s += iv[p] * iv[p];
    norms[i] = Math.sqrt(s);
  }
  const acc = new Float64Array(n);
  const mark = new Uint8Array(n);
  const touched = new Int32Array(n);
  const offsets = new Int32Array(n + 1);
  const idx: number[] = [];
  const val: number[] = [];
  for (let i = 0; i < n; i++) {
    let nt = 0;
    for (let p = items.offsets[i]; p < items.offsets[i + 1]; p++) {
      const u = items.indices[p];
      const a = iv[p];
      for (let q = users.offsets[u]; q < users.offsets[u + 1]; q++) {
        const j = users.indices[q];
        if (j === i) continue;
        if (!mark[j]) {
          mark[j] = 1;
          touched[nt++] = j;
        }
        acc[j] += a * uv[q];
      }
    }
    for (let t = 0; t < nt; t++) {
      const j = touched[t];
      const d = norms[i] * norms[j] + shrink;
      acc[j] = d > 0 ? acc[j] / d : 0;
    }
    const best = topKIndices(acc, k, { candidates: touched.subarray(0, nt) });
    for (let t = 0; t < best.indices.length; t++) {
      if (best.scores[t] <= 0) continue;
      idx.push(best.indices[t]);
      val.push(best.scores[t]);
    }
    offsets[i + 1] = idx.length;
    for (let t = 0; t < nt; t++) {
      acc[touched[t]] = 0;
      mark[touched[t]] = 0;
    }
  }
  return { nRows: n, nCols: n, offsets, indices: Int32Array.from(idx), values: Float32Array.from(val) };
}

/** score[i] = Σ_{j ∈ user's items} v_uj · sim(j, i). */
function scoreUser(
  users: SparseMatrix,
  uv: Float32Array,
  u: number,
  nb: SparseMatrix,
  out: Float32Array,
): Float32Array {
  out.fill(0);
  for (let q = users.offsets[u]; q < users.offsets[u + 1]; q++) {
    const j = users.indices[q];
    const v = uv[q];
    for (let p = nb.offsets[j]; p < nb.offsets[j + 1]; p++) out[nb.indices[p]] += v * nb.values[p];
  }
  return out;
}

export function fitItemKnn(matrix: InteractionMatrix, options: ItemKnnOptions = {}): ItemKnnModel {
  const k = options.neighbours ?? 50;
  const shrink = options.shrink ?? 10;
  const transform = options.transform ?? 'log';
  if (!Number.isInteger(k) || k < 1) {
    throw new InputError(`item-kNN neighbours must be an integer ≥ 1, got ${String(k)}.`, 'bad-parameter');
  }
  if (!(shrink >= 0) || !Number.isFinite(shrink)) {
    throw new InputError(`item-kNN shrink must be ≥ 0, got ${String(shrink)}.`, 'bad-parameter');
  }
  if (!['log', 'binary', 'raw'].includes(transform)) {
    throw new InputError(
      `item-kNN transform must be log, binary or raw, got '${String(transform)}'.`,
      'bad-parameter',
    );
  }
  const { nRows, nCols } = matrix;
  const rowVals = transformValues(matrix.byRow, transform);
  const colVals = transformValues(matrix.byCol, transform);
  let colNb: SparseMatrix | null = null;
  let rowNb: SparseMatrix | null = null;
  const columnNeighbours = (): SparseMatrix =>
    (colNb ??= itemNeighbours(matrix.byCol, colVals, matrix.byRow, rowVals, k, shrink));
  const rowNeighbours = (): SparseMatrix =>
    (rowNb ??= itemNeighbours(matrix.byRow, rowVals, matrix.byCol, colVals, k, shrink));
  return {
    kind: 'item-knn',
    nRows,
    nCols,
    columnNeighbours,
    rowNeighbours,
    scoreRow(row, out) {
      checkIndex(row, nRows, 'Exporter (row)');
      return scoreUser(matrix.byRow, rowVals, row, columnNeighbours(), outBuffer(out, nCols));
    },
    scoreCol(col, out) {
      checkIndex(col, nCols, 'Buyer (column)');
      return scoreUser(matrix.byCol, colVals, col, rowNeighbours(), outBuffer(out, nRows));
    },
    scoreRowAt(row, cols, out) {
      return gatherScores(this.scoreRow(row), cols, out);
    },
    scoreColAt(col, rows, out) {
      return gatherScores(this.scoreCol(col), rows, out);
    },
  };
}
