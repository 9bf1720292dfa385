/**
 * The conjugate-gradient ALS solver (issue 9 scope 1) against the exact Cholesky solve, and the WebAssembly CG
 * kernel against the TypeScript one: CG with as many steps as factors is the exact solve (CG on an f × f SPD
 * system terminates in f steps), a few steps still never increase the objective, parties without interactions
 * cost nothing and get the zero vector, and the wasm twin agrees to single precision on awkward shapes (factors not
 * a multiple of 4, a party with one huge interaction, empty rows and columns, a single-buyer market).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.ts';
import {
  buildInteractionMatrix,
  fitAls,
  tsAlsCgKernel,
  type AlsCgKernel,
  type AlsModel,
  type InteractionMatrix,
} from '../../src/core/matching/index.ts';
import { createRng } from '../../src/core/random.ts';
import { loadWasmAlsKernel } from '../../wasm/als-kernel.ts';

let wasm: AlsCgKernel;
beforeAll(async () => {
  wasm = await loadWasmAlsKernel();
});

/** A random sparse panel: ~density of the pairs, heavy-tailed weights, some parties with nothing. */
function randomPanel(nRows: number, nCols: number, density: number, seed: number): InteractionMatrix {
  const rng = createRng(seed);
  const rows: number[] = [];
  const cols: number[] = [];
  const weights: number[] = [];
  for (let r = 0; r < nRows; r++) {
    if (r % 7 === 3) continue; // no interactions at all
    for (let c = 0; c < nCols; c++) {
      if (c % 5 === 4 || rng.next() > density) continue;
      rows.push(r);
      cols.push(c);
      weights.push(rng.next() < 0.1 ? 20 * rng.next() : 0.5 + rng.next());
    }
  }
  return buildInteractionMatrix(nRows, nCols, { rows, cols, weights });
}

function maxAbsDiff(a: Float64Array, b: Float64Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

function maxAbs(a: Float64Array): number {
  let m = 0;
  for (const v of a) m = Math.max(m, Math.abs(v));
  return m;
}

/** x_u·y_i of every pair, row-major. */
function predictions(model: AlsModel): Float64Array {
  const out = new Float64Array(model.nRows * model.nCols);
  for (let r = 0; r < model.nRows; r++) out.set(model.scoreRow(r), r * model.nCols);
  return out;
}

describe('ALS by conjugate gradient', () => {
  const m = randomPanel(40, 30, 0.15, 3);
  const common = { factors: 6, regularization: 0.1, alpha: 2, iterations: 6, seed: 11 } as const;

  it('equals the exact Cholesky fit when it takes as many steps as there are factors', () => {
    const exact = fitAls(m, { ...common, solver: 'cholesky' });
    // 2·f steps: f would be exact in exact arithmetic; the rest mops up rounding on the ill-conditioned parties.
    const cg = fitAls(m, { ...common, solver: 'cg', cgSteps: 2 * common.factors });
    expect(maxAbsDiff(cg.rowFactors, exact.rowFactors)).toBeLessThan(1e-6 * maxAbs(exact.rowFactors));
    expect(maxAbsDiff(cg.colFactors, exact.colFactors)).toBeLessThan(1e-6 * maxAbs(exact.colFactors));
  });

  it('with 3 steps never increases the objective and ends near the exact fit', () => {
    const exact = fitAls(m, { ...common, iterations: 15, solver: 'cholesky', trackLoss: true });
    const cg = fitAls(m, { ...common, iterations: 15, solver: 'cg', cgSteps: 3, trackLoss: true });
    for (let i = 1; i < cg.loss.length; i++) expect(cg.loss[i]).toBeLessThanOrEqual(cg.loss[i - 1] + 1e-9);
    const last = (l: readonly number[]) => l[l.length - 1];
    expect(last(cg.loss)).toBeGreaterThanOrEqual(last(exact.loss) - 1e-9);
    expect(last(cg.loss)).toBeLessThan(last(exact.loss) * 1.02);
  });

  it('gives parties without interactions the zero vector', () => {
    const cg = fitAls(m, { ...common, solver: 'cg' });
    for (const r of [3, 10, 17]) {
      expect(Array.from(cg.rowFactors.subarray(r * 6, r * 6 + 6))).toEqual([0, 0, 0, 0, 0, 0]);
      expect(Array.from(cg.scoreRow(r)).every((v) => v === 0)).toBe(true);
    }
    for (const c of [4, 9, 14])
      expect(Array.from(cg.colFactors.subarray(c * 6, c * 6 + 6))).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('is the default solver, and rejects bad solver settings', () => {
    const byDefault = fitAls(m, common);
    const cg = fitAls(m, { ...common, solver: 'cg', cgSteps: 3 });
    expect(byDefault.rowFactors).toEqual(cg.rowFactors);
    expect(() => fitAls(m, { ...common, cgSteps: 0 })).toThrow(InputError);
    expect(() => fitAls(m, { ...common, cgSteps: 2.5 })).toThrow(InputError);
    expect(() => fitAls(m, { ...common, solver: 'lu' as 'cg' })).toThrow(InputError);
  });
});

describe('WebAssembly CG kernel', () => {
  const cases: [string, InteractionMatrix, number][] = [
    ['random panel, f = 6 (padded to 8)', randomPanel(50, 35, 0.12, 5), 6],
    ['random panel, f = 32', randomPanel(60, 80, 0.08, 6), 32],
    ['a market of one buyer, f = 4', randomPanel(30, 1, 0.9, 7), 4],
  ];
  for (const [name, matrix, f] of cases) {
    it(`agrees with the TypeScript kernel: ${name}`, () => {
      const o = { factors: f, regularization: 0.1, alpha: 2, iterations: 8, seed: 2, trackLoss: true };
      const ts = fitAls(matrix, { ...o, kernel: tsAlsCgKernel });
      const w = fitAls(matrix, { ...o, kernel: wasm });
      // Single precision, on what the product uses: the predicted preference x·y of every pair.
      const pw = predictions(w);
      const pt = predictions(ts);
      expect(maxAbsDiff(pw, pt)).toBeLessThan(1e-3 * Math.max(1, maxAbs(pt)));
      expect(w.loss).toHaveLength(8);
      for (let i = 0; i < 8; i++) expect(w.loss[i]).toBeCloseTo(ts.loss[i], 1);
    });
  }

  it('stays sound on one huge interaction (confidence 20,001) with empty rows and columns', () => {
    // So ill-conditioned that single and double precision part ways after the first sweep (both are valid
    // descents of a non-convex objective); what must hold is the descent itself and the structure.
    const matrix = buildInteractionMatrix(5, 4, {
      rows: [0, 1, 1, 2, 4],
      cols: [0, 0, 0, 0, 2],
      weights: [1e4, 1, 2, 0.5, 3],
    });
    const w = fitAls(matrix, { factors: 3, alpha: 2, iterations: 8, seed: 2, kernel: wasm, trackLoss: true });
    for (const v of w.loss) expect(Number.isFinite(v)).toBe(true);
    for (let i = 1; i < w.loss.length; i++) expect(w.loss[i]).toBeLessThanOrEqual(w.loss[i - 1] * (1 + 1e-4));
    expect(Array.from(w.rowFactors.subarray(9, 12))).toEqual([0, 0, 0]); // exporter 3: nothing
    expect(Array.from(w.colFactors.subarray(3, 6))).toEqual([0, 0, 0]); // buyer 1: nothing
    expect(Array.from(w.colFactors.subarray(9, 12))).toEqual([0, 0, 0]); // buyer 3: nothing
    const s = w.scoreRow(0);
    expect(s[0]).toBeGreaterThan(s[2]);
  });

  it('runs one fit per instance: a second, larger fit after a first is unaffected by it', () => {
    const small = randomPanel(10, 10, 0.3, 8);
    const big = randomPanel(70, 90, 0.1, 9);
    const o = { factors: 5, iterations: 4, seed: 1, alpha: 2 };
    fitAls(small, { ...o, kernel: wasm });
    const a = fitAls(big, { ...o, kernel: wasm });
    const b = fitAls(big, { ...o, kernel: tsAlsCgKernel });
    expect(maxAbsDiff(predictions(a), predictions(b))).toBeLessThan(
      1e-3 * Math.max(1, maxAbs(predictions(b))),
    );
  });
});
