import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.ts';
import {
  buildInteractionMatrix,
  choleskySolve,
  fitAls,
  fitCollaborative,
  fitItemKnn,
  interactionCounts,
  toUnitInterval,
  transposeInteractions,
  type InteractionMatrix,
} from '../../src/core/matching/index.ts';

/** Two communities: exporters 0–2 with buyers 0–2, exporters 3–5 with buyers 3–5; (0,2) and (3,5) held out. */
function blocks(): InteractionMatrix {
  const rows: number[] = [];
  const cols: number[] = [];
  for (const [lo, hi] of [
    [0, 3],
    [3, 6],
  ]) {
    for (let r = lo; r < hi; r++) {
      for (let c = lo; c < hi; c++) {
        if ((r === 0 && c === 2) || (r === 3 && c === 5)) continue;
        rows.push(r);
        cols.push(c);
      }
    }
  }
  return buildInteractionMatrix(6, 6, { rows, cols, weights: rows.map(() => 1) });
}

describe('interaction matrix', () => {
  it('sums duplicates, drops zeros, and stores both orientations', () => {
    const m = buildInteractionMatrix(2, 3, {
      rows: [0, 0, 1, 1, 0],
      cols: [2, 0, 1, 1, 1],
      weights: [1, 2, 0.5, 3, 0],
    });
    expect(m.nnz).toBe(3);
    expect(Array.from(m.byRow.offsets)).toEqual([0, 2, 3]);
    expect(Array.from(m.byRow.indices)).toEqual([0, 2, 1]);
    expect(Array.from(m.byRow.values)).toEqual([2, 1, 3.5]);
    expect(Array.from(m.byCol.offsets)).toEqual([0, 1, 2, 3]);
    expect(Array.from(m.byCol.indices)).toEqual([0, 1, 0]);
    const counts = interactionCounts(m);
    expect(Array.from(counts.rows)).toEqual([2, 1]);
    expect(Array.from(counts.cols)).toEqual([1, 1, 1]);
    expect(transposeInteractions(m).nRows).toBe(3);
  });
  it('rejects out-of-range indices and negative weights', () => {
    expect(() => buildInteractionMatrix(2, 2, { rows: [2], cols: [0], weights: [1] })).toThrow(/row 2/);
    expect(() => buildInteractionMatrix(2, 2, { rows: [0], cols: [0], weights: [-1] })).toThrow(InputError);
    expect(() => buildInteractionMatrix(2, 2, { rows: [0], cols: [0, 1], weights: [1] })).toThrow(InputError);
  });
});

describe('implicit ALS (Hu–Koren–Volinsky)', () => {
  it('solves a small SPD system (Cholesky)', () => {
    const a = Float64Array.from([4, 2, 2, 3]);
    const b = Float64Array.from([2, 1]);
    choleskySolve(a, b, 2); // [[4,2],[2,3]] x = [2,1] → x = [0.5, 0]
    expect(b[0]).toBeCloseTo(0.5, 12);
    expect(b[1]).toBeCloseTo(0, 12);
  });
  it('recommends the held-out pair of the community above the other community', () => {
    const model = fitAls(blocks(), { factors: 4, iterations: 10, seed: 1 });
    const s = model.scoreRow(0);
    for (const other of [3, 4, 5]) expect(s[2]).toBeGreaterThan(s[other]);
    const b = model.scoreCol(5); // exporters for buyer 5: exporter 3 (held out) above 0–2
    for (const other of [0, 1, 2]) expect(b[3]).toBeGreaterThan(b[other]);
  });
  it('never increases the objective, and the last half-step satisfies its normal equations', () => {
    const m = blocks();
    const f = 3;
    const lambda = 0.1;
    const alpha = 10;
    const model = fitAls(m, {
      factors: f,
      iterations: 8,
      regularization: lambda,
      alpha,
      seed: 5,
      trackLoss: true,
    });
    for (let i = 1; i < model.loss.length; i++)
      expect(model.loss[i]).toBeLessThanOrEqual(model.loss[i - 1] + 1e-9);
    // For every buyer i: (Σ_u c_ui x_u x_uᵀ + λI) y_i = Σ_u c_ui p_ui x_u, computed densely here.
    const x = model.rowFactors;
    const y = model.colFactors;
    for (let i = 0; i < m.nCols; i++) {
      const mat = new Float64Array(f * f);
      const rhs = new Float64Array(f);
      for (let u = 0; u < m.nRows; u++) {
        let r = 0;
        for (let p = m.byRow.offsets[u]; p < m.byRow.offsets[u + 1]; p++)
          if (m.byRow.indices[p] === i) r = m.byRow.values[p];
        const c = 1 + alpha * r;
        for (let a = 0; a < f; a++) {
          for (let b = 0; b < f; b++) mat[a * f + b] += c * x[u * f + a] * x[u * f + b];
          if (r > 0) rhs[a] += c * x[u * f + a];
        }
      }
      for (let a = 0; a < f; a++) {
        let lhs = lambda * y[i * f + a];
        for (let b = 0; b < f; b++) lhs += mat[a * f + b] * y[i * f + b];
        expect(lhs).toBeCloseTo(rhs[a], 8);
      }
    }
  });
  it('is reproducible from its seed and gives new parties the zero vector', () => {
    const m = buildInteractionMatrix(3, 3, { rows: [0, 1], cols: [0, 1], weights: [1, 1] });
    const a = fitAls(m, { factors: 2, iterations: 3, seed: 9 });
    const b = fitAls(m, { factors: 2, iterations: 3, seed: 9 });
    const c = fitAls(m, { factors: 2, iterations: 3, seed: 10 });
    expect(a.rowFactors).toEqual(b.rowFactors);
    expect(a.rowFactors).not.toEqual(c.rowFactors);
    expect(Array.from(a.scoreRow(2))).toEqual([0, 0, 0]); // exporter 2 has no interaction
    expect(() => a.scoreRow(3)).toThrow(InputError);
    expect(() => fitAls(m, { factors: 0 })).toThrow(InputError);
  });
});

describe('item-kNN (cosine with shrinkage)', () => {
  // exporters u0 {b0, b1}, u1 {b0, b1, b2}, u2 {b2}
  const m = buildInteractionMatrix(3, 3, {
    rows: [0, 0, 1, 1, 1, 2],
    cols: [0, 1, 0, 1, 2, 2],
    weights: [1, 1, 1, 1, 1, 1],
  });

  it('computes cosine similarities by hand (no shrinkage)', () => {
    const model = fitItemKnn(m, { transform: 'binary', shrink: 0 });
    // ‖b0‖ = ‖b1‖ = ‖b2‖ = √2; b0·b1 = 2, b0·b2 = b1·b2 = 1 → sims 1, 0.5, 0.5
    expect(Array.from(model.scoreRow(2))).toEqual([0.5, 0.5, 0]);
    expect(Array.from(model.scoreRow(0))).toEqual([1, 1, 1]);
    // reverse: exporters as items: u0·u1 = 2/√6, u1·u2 = 1/√3, u0·u2 = 0
    const rev = model.scoreCol(2); // buyer 2 was used by u1 and u2
    expect(rev[0]).toBeCloseTo(2 / Math.sqrt(6), 6);
    expect(rev[1]).toBeCloseTo(1 / Math.sqrt(3), 6);
    expect(rev[2]).toBeCloseTo(1 / Math.sqrt(3), 6);
  });
  it('shrinks rarely co-occurring pairs and keeps only K neighbours', () => {
    const model = fitItemKnn(m, { transform: 'binary', shrink: 1 });
    const s = model.scoreRow(2);
    expect(s[0]).toBeCloseTo(1 / 3, 6); // 1 / (2 + 1)
    const nb = fitItemKnn(m, { transform: 'binary', shrink: 0, neighbours: 1 }).columnNeighbours();
    expect(Array.from(nb.indices.subarray(nb.offsets[0], nb.offsets[1]))).toEqual([1]);
    expect(Array.from(nb.indices.subarray(nb.offsets[2], nb.offsets[3]))).toEqual([0]); // tie 0.5/0.5 → lower index
  });
  it('recommends within the community', () => {
    const model = fitCollaborative(blocks(), { kind: 'item-knn', shrink: 1 });
    const s = model.scoreRow(0);
    for (const other of [3, 4, 5]) expect(s[2]).toBeGreaterThan(s[other]);
    expect(() => fitCollaborative(blocks(), { kind: 'svd' } as never)).toThrow(InputError);
  });
});

describe('toUnitInterval', () => {
  it('divides by the largest positive score and clips negatives', () => {
    expect(Array.from(toUnitInterval([2, -1, 1, NaN]))).toEqual([1, 0, 0.5, 0]);
    expect(Array.from(toUnitInterval([-1, 0]))).toEqual([0, 0]);
  });
});

describe('scores of one list only (scoreRowAt / scoreColAt)', () => {
  it('equal the full score vectors at those indices, for both models (−1 → 0)', async () => {
    const { alsModelFromFactors } = await import('../../src/core/matching/index.ts');
    const m = blocks();
    const als = fitAls(m, { factors: 3, iterations: 5, seed: 1 });
    const rebuilt = alsModelFromFactors(6, 6, 3, als.rowFactors, als.colFactors);
    for (const model of [als, rebuilt, fitItemKnn(m)]) {
      const idx = [4, 0, -1, 2];
      const row = model.scoreRow(1);
      expect(Array.from(model.scoreRowAt(1, idx))).toEqual([row[4], row[0], 0, row[2]]);
      const col = model.scoreCol(5);
      expect(Array.from(model.scoreColAt(5, idx))).toEqual([col[4], col[0], 0, col[2]]);
    }
    expect(() => alsModelFromFactors(6, 6, 2, als.rowFactors, als.colFactors)).toThrow(InputError);
  });
});
