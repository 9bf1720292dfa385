/**
 * Small dense linear algebra used by the fit: Cholesky, solve, inverse (checked by multiplying back), and the
 * dependent-column search that names collinear variables.
 */
import { describe, expect, it } from 'vitest';
import {
  cholesky,
  choleskyInverse,
  choleskySolve,
  findDependentColumns,
} from '../../src/core/stats/linalg.ts';

describe('cholesky', () => {
  it('factors a 3×3 SPD matrix by hand: [[4,2,2],[2,5,3],[2,3,6]] → L = [[2],[1,2],[1,1,2]]', () => {
    const a = new Float64Array([4, 2, 2, 2, 5, 3, 2, 3, 6]);
    expect(cholesky(a, 3)).toBe(-1);
    expect(Array.from(a)).toEqual([2, 0, 0, 1, 2, 0, 1, 1, 2]);
    expect(Array.from(choleskySolve(a, 3, [8, 10, 11]))).toEqual([1, 1, 1]);
    const inv = choleskyInverse(a, 3);
    const m = [4, 2, 2, 2, 5, 3, 2, 3, 6];
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        let s = 0;
        for (let q = 0; q < 3; q++) s += m[i * 3 + q] * inv[q * 3 + j];
        expect(s).toBeCloseTo(i === j ? 1 : 0, 14);
      }
    }
  });
  it('reports the first non-positive pivot of a singular or indefinite matrix', () => {
    expect(cholesky(new Float64Array([1, 1, 1, 1]), 2)).toBe(1);
    expect(cholesky(new Float64Array([1, 2, 2, 1]), 2)).toBe(1);
    expect(cholesky(new Float64Array([0, 0, 0, 1]), 2)).toBe(0);
  });
});

describe('findDependentColumns', () => {
  it('finds c = a + 2b with its coefficients', () => {
    const a = [1, 0, 2, 1];
    const b = [0, 1, 1, 3];
    const c = a.map((v, i) => v + 2 * b[i]);
    const cols = [a, b, c];
    const g = new Float64Array(9);
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++) g[i * 3 + j] = cols[i].reduce((s, v, r) => s + v * cols[j][r], 0);
    const { dependent } = findDependentColumns(g, 3, 1e-10);
    expect(dependent).toHaveLength(1);
    expect(dependent[0].index).toBe(2);
    expect(dependent[0].basis).toEqual([0, 1]);
    expect(dependent[0].coefficients[0]).toBeCloseTo(1, 12);
    expect(dependent[0].coefficients[1]).toBeCloseTo(2, 12);
  });
  it('independent columns: residual shares in (0, 1], nothing dependent', () => {
    const g = new Float64Array([2, 1, 1, 2]);
    const r = findDependentColumns(g, 2, 1e-10);
    expect(r.dependent).toEqual([]);
    expect(r.residualShares[0]).toBe(1);
    expect(r.residualShares[1]).toBeCloseTo(0.75, 15); // 1 − ρ², ρ = ½
  });
});
