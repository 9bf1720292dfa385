/**
 * The WebAssembly logit kernel against its TypeScript twin, and both against the textbook definitions computed
 * naively here (ℓ = Σ y log p + (1 − y) log(1 − p), g = Xᵀ(y − p), H = XᵀWX): random designs of awkward sizes
 * (odd n, n around the 256-row block, many columns), extreme linear predictors, and the wasm memory life cycle
 * (growing between problems, views after dispose).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '../../src/core/random.ts';
import { fitLogit } from '../../src/core/stats/logit.ts';
import type { LogitKernel, LogitProblem } from '../../src/core/stats/logit-kernel.ts';
import { tsLogitKernel } from '../../src/core/stats/logit-kernel-ts.ts';
import { loadWasmLogitKernel } from '../../wasm/logit-kernel.ts';

let wasm: LogitKernel;
beforeAll(async () => {
  wasm = await loadWasmLogitKernel();
});

interface Design {
  n: number;
  k: number;
  columns: Float64Array[];
  y: Float64Array;
  beta: Float64Array;
}

function randomDesign(n: number, k: number, seed: number, betaScale = 0.5): Design {
  const rng = createRng(seed);
  const columns = Array.from({ length: k }, (_, j) =>
    Float64Array.from({ length: n }, () => (j === 0 ? 1 : rng.normal())),
  );
  const y = Float64Array.from({ length: n }, () => (rng.next() < 0.35 ? 1 : 0));
  const beta = Float64Array.from({ length: k }, () => betaScale * rng.normal());
  return { n, k, columns, y, beta };
}

function load(kernel: LogitKernel, d: Design): LogitProblem {
  const problem = kernel.create(d.n, d.k);
  for (let j = 0; j < d.k; j++) problem.column(j).set(d.columns[j]);
  problem.labels().set(d.y);
  return problem;
}

function evaluate(kernel: LogitKernel, d: Design) {
  const problem = load(kernel, d);
  try {
    const out = { hessian: new Float64Array(d.k * d.k), gradient: new Float64Array(d.k) };
    const ll = problem.evaluate(d.beta, out);
    const llOnly = problem.evaluate(d.beta);
    const p = new Float64Array(d.n);
    problem.probabilities(d.beta, p);
    return { ll, llOnly, ...out, p };
  } finally {
    problem.dispose();
  }
}

/** The definitions, computed naively (log of p and 1 − p directly), for moderate η only. */
function naive(d: Design) {
  const { n, k, columns, y, beta } = d;
  let ll = 0;
  const gradient = new Float64Array(k);
  const hessian = new Float64Array(k * k);
  for (let i = 0; i < n; i++) {
    let eta = 0;
    for (let j = 0; j < k; j++) eta += beta[j] * columns[j][i];
    const p = 1 / (1 + Math.exp(-eta));
    ll += y[i] * Math.log(p) + (1 - y[i]) * Math.log(1 - p);
    for (let a = 0; a < k; a++) {
      gradient[a] += (y[i] - p) * columns[a][i];
      for (let b = 0; b < k; b++) hessian[a * k + b] += p * (1 - p) * columns[a][i] * columns[b][i];
    }
  }
  return { ll, gradient, hessian };
}

/** Largest |a − b| relative to the largest |b| (entries near 0 are compared on the array's scale). */
function scaledError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let scale = 0;
  let err = 0;
  for (let i = 0; i < b.length; i++) scale = Math.max(scale, Math.abs(b[i]));
  for (let i = 0; i < b.length; i++) err = Math.max(err, Math.abs(a[i] - b[i]));
  return scale === 0 ? err : err / scale;
}

const SIZES: [number, number][] = [
  [1, 1],
  [2, 2],
  [7, 3],
  [255, 4],
  [256, 5],
  [257, 2],
  [513, 8],
  [1000, 21],
  [3001, 12],
];

describe('wasm kernel = TypeScript twin = definition', () => {
  for (const [n, k] of SIZES) {
    it(`n = ${n}, k = ${k}`, () => {
      const d = randomDesign(n, k, n * 100 + k);
      const w = evaluate(wasm, d);
      const t = evaluate(tsLogitKernel, d);
      const ref = naive(d);
      expect(Math.abs(w.ll - t.ll) / Math.abs(t.ll)).toBeLessThan(1e-13);
      expect(w.llOnly).toBe(w.ll);
      expect(t.llOnly).toBe(t.ll);
      expect(scaledError(w.hessian, t.hessian)).toBeLessThan(1e-13);
      expect(scaledError(w.gradient, t.gradient)).toBeLessThan(1e-12);
      expect(scaledError(w.p, t.p)).toBeLessThan(1e-15);
      // Both against the definitions.
      expect(Math.abs(t.ll - ref.ll) / Math.abs(ref.ll)).toBeLessThan(1e-12);
      expect(scaledError(t.hessian, ref.hessian)).toBeLessThan(1e-12);
      expect(scaledError(t.gradient, ref.gradient)).toBeLessThan(1e-11);
      // XᵀWX is symmetric, both triangles filled.
      for (let a = 0; a < k; a++)
        for (let b = 0; b < a; b++) expect(w.hessian[a * k + b]).toBe(w.hessian[b * k + a]);
    });
  }

  it('extreme linear predictors (|η| up to ~800): finite, stable, identical', () => {
    const d = randomDesign(600, 4, 9, 150);
    const w = evaluate(wasm, d);
    const t = evaluate(tsLogitKernel, d);
    expect(Number.isFinite(w.ll)).toBe(true);
    expect(w.hessian.every(Number.isFinite) && w.gradient.every(Number.isFinite)).toBe(true);
    expect(Math.abs(w.ll - t.ll) / Math.abs(t.ll)).toBeLessThan(1e-13);
    expect(scaledError(w.hessian, t.hessian)).toBeLessThan(1e-12);
    expect(scaledError(w.gradient, t.gradient)).toBeLessThan(1e-12);
    expect(w.p.every((p) => p >= 0 && p <= 1)).toBe(true);
    // Stable log-likelihood: for η = −800 and y = 1 the contribution is −800, not −Infinity.
    const one = {
      n: 1,
      k: 1,
      columns: [new Float64Array([1])],
      y: new Float64Array([1]),
      beta: new Float64Array([-800]),
    };
    expect(evaluate(wasm, one).ll).toBe(-800);
    expect(evaluate(tsLogitKernel, one).ll).toBe(-800);
  });

  it('a full fit gives the same estimates with either kernel', () => {
    const d = randomDesign(5000, 6, 77);
    const cols = d.columns.slice(1).map((c, j) => c.map((v) => v * 10 ** j + j));
    const y = d.y;
    const a = fitLogit(cols, y, { kernel: wasm });
    const b = fitLogit(cols, y, { kernel: tsLogitKernel });
    expect(a.iterations).toBe(b.iterations);
    a.coefficients.forEach((c, j) => {
      expect(Math.abs(c.estimate - b.coefficients[j].estimate)).toBeLessThan(
        1e-12 * (1 + Math.abs(b.coefficients[j].estimate)),
      );
      expect(Math.abs(c.stdError - b.coefficients[j].stdError) / b.coefficients[j].stdError).toBeLessThan(
        1e-12,
      );
    });
  });
});

describe('wasm kernel memory life cycle', () => {
  it('grows memory for a larger problem after a smaller one, with fresh zero padding', () => {
    const kernel = wasm;
    const small = load(kernel, randomDesign(11, 3, 1));
    small.dispose();
    const big = randomDesign(20_001, 7, 2); // odd n: the padding row must contribute nothing
    const w = evaluate(kernel, big);
    const t = evaluate(tsLogitKernel, big);
    expect(Math.abs(w.ll - t.ll) / Math.abs(t.ll)).toBeLessThan(1e-13);
    expect(scaledError(w.hessian, t.hessian)).toBeLessThan(1e-13);
    // Back to a small odd problem in the now larger memory (stale data beyond n must not leak in).
    const again = randomDesign(9, 7, 3);
    expect(scaledError(evaluate(kernel, again).hessian, evaluate(tsLogitKernel, again).hessian)).toBeLessThan(
      1e-13,
    );
  });

  it('holds one problem at a time and refuses use after dispose', () => {
    const p1 = wasm.create(10, 2);
    expect(() => wasm.create(10, 2)).toThrow(/already holds a problem/);
    p1.dispose();
    expect(() => p1.column(0)).toThrow(/after dispose/);
    const p2 = wasm.create(10, 2);
    expect(p2.column(1)).toHaveLength(10);
    expect(() => p2.column(2)).toThrow(RangeError);
    p2.dispose();
  });

  it('says clearly when a problem cannot fit in wasm memory', () => {
    expect(() => wasm.create(100_000_000, 21)).toThrow(/do not fit in the 4 GiB memory/);
  });
});
