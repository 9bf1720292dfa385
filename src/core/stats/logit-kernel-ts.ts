/**
 * TypeScript twin of the WebAssembly logit kernel (wasm/assembly/logit-kernel.ts): the same blocked algorithm
 * in plain TS, used where wasm is unavailable and as the reference in the parity test.
 *
 * Per block of BLOCK rows (small enough that the block of every column stays in cache):
 *   1. η = Σ_j β_j X_j over the block (column by column, streaming);
 *   2. per row: q = e^(−|η|), p and 1 − p without cancellation, w = p(1 − p), r = y − p, and
 *      ℓ += yη − max(η, 0) − log1p(q)   (log(1 + e^η) computed stably);
 *   3. g_j += Σ r X_j;  H_ab += Σ (w X_a) X_b for b ≤ a only (symmetry), mirrored at the end.
 * Dot products use four accumulators so that the loop is not latency-bound.
 */
import type { LogitDerivatives, LogitKernel, LogitProblem } from './logit-kernel.ts';

const BLOCK = 256;

class TsLogitProblem implements LogitProblem {
  private readonly x: Float64Array;
  private readonly y: Float64Array;
  private readonly eta = new Float64Array(BLOCK);
  private readonly w = new Float64Array(BLOCK);
  private readonly r = new Float64Array(BLOCK);
  private readonly wa = new Float64Array(BLOCK);
  private disposed = false;

  constructor(
    readonly n: number,
    readonly k: number,
  ) {
    this.x = new Float64Array(n * k);
    this.y = new Float64Array(n);
  }

  column(j: number): Float64Array {
    this.check();
    if (!(j >= 0 && j < this.k)) throw new RangeError(`column ${j} out of range 0..${this.k - 1}`);
    return this.x.subarray(j * this.n, (j + 1) * this.n);
  }

  labels(): Float64Array {
    this.check();
    return this.y;
  }

  evaluate(beta: ArrayLike<number>, out?: LogitDerivatives): number {
    this.check();
    const { n, k, x, y, eta, w, r, wa } = this;
    const h = out?.hessian;
    const g = out?.gradient;
    h?.fill(0);
    g?.fill(0);
    let ll = 0;
    for (let r0 = 0; r0 < n; r0 += BLOCK) {
      const len = Math.min(BLOCK, n - r0);
      this.linearPredictor(beta, r0, len);
      for (let i = 0; i < len; i++) {
        const e = eta[i];
        const yi = y[r0 + i];
        const q = Math.exp(-Math.abs(e));
        const t = 1 / (1 + q);
        const p = e >= 0 ? t : q * t;
        ll += yi * e - (e > 0 ? e : 0) - Math.log1p(q);
        w[i] = q * t * t; // p(1 − p)
        r[i] = yi - p;
      }
      if (!h || !g) continue;
      for (let j = 0; j < k; j++) g[j] += dot(r, x, j * n + r0, len);
      for (let a = 0; a < k; a++) {
        const offA = a * n + r0;
        for (let i = 0; i < len; i++) wa[i] = w[i] * x[offA + i];
        for (let b = 0; b <= a; b++) h[a * k + b] += dot(wa, x, b * n + r0, len);
      }
    }
    if (h) for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) h[b * k + a] = h[a * k + b];
    return ll;
  }

  probabilities(beta: ArrayLike<number>, out: Float64Array): void {
    this.check();
    const { n, eta } = this;
    for (let r0 = 0; r0 < n; r0 += BLOCK) {
      const len = Math.min(BLOCK, n - r0);
      this.linearPredictor(beta, r0, len);
      for (let i = 0; i < len; i++) {
        const e = eta[i];
        const q = Math.exp(-Math.abs(e));
        out[r0 + i] = e >= 0 ? 1 / (1 + q) : q / (1 + q);
      }
    }
  }

  dispose(): void {
    this.disposed = true;
  }

  private linearPredictor(beta: ArrayLike<number>, r0: number, len: number): void {
    const { n, k, x, eta } = this;
    const b0 = beta[0];
    for (let i = 0; i < len; i++) eta[i] = b0 * x[r0 + i];
    for (let j = 1; j < k; j++) {
      const bj = beta[j];
      const off = j * n + r0;
      for (let i = 0; i < len; i++) eta[i] += bj * x[off + i];
    }
  }

  private check(): void {
    if (this.disposed) throw new Error('logit problem used after dispose()');
  }
}

/** Σ_i a[i] · x[off + i] for i < len, with four accumulators. */
function dot(a: Float64Array, x: Float64Array, off: number, len: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let i = 0;
  for (; i + 3 < len; i += 4) {
    s0 += a[i] * x[off + i];
    s1 += a[i + 1] * x[off + i + 1];
    s2 += a[i + 2] * x[off + i + 2];
    s3 += a[i + 3] * x[off + i + 3];
  }
  for (; i < len; i++) s0 += a[i] * x[off + i];
  return s0 + s1 + (s2 + s3);
}

/** The TypeScript kernel (default of fitLogit). */
export const tsLogitKernel: LogitKernel = {
  name: 'ts',
  create: (n, k) => new TsLogitProblem(n, k),
};
