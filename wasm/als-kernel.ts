/**
 * Loads the WebAssembly ALS kernel (wasm/assembly/als-kernel.ts) and adapts it to the core's AlsCgKernel, so that
 * `fitAls(matrix, { kernel: await loadWasmAlsKernel() })` runs its conjugate-gradient sweeps in wasm (f32x4 SIMD,
 * single precision). Bytes come from wasm/build/als-kernel.bytes.ts (scripts/build-wasm.mjs, run by postinstall),
 * compiled by wasm/compile-kernel.ts like the logit kernel's. Instantiation needs CSP
 * 'wasm-unsafe-eval', which the app's policy allows.
 *
 * Each fit instantiates the compiled module afresh, so memory grown for a large fit is freed with it.
 */
import { InputError } from '../src/core/errors.ts';
import { kernelModule } from './compile-kernel.ts';
import type { AlsCgKernel, AlsCgProblem, SparseMatrix } from '../src/core/matching/index.ts';

interface KernelExports {
  memory: WebAssembly.Memory;
  setup(rows: number, cols: number, stride: number, nnz: number): number;
  xOffset(): number;
  yOffset(): number;
  rowOffsetsOffset(): number;
  rowIndicesOffset(): number;
  rowConfidenceOffset(): number;
  colOffsetsOffset(): number;
  colIndicesOffset(): number;
  colConfidenceOffset(): number;
  halfSweep(side: number, lambda: number, steps: number): void;
}

const compiledModule = kernelModule('ALS', () => import('./build/als-kernel.bytes.ts'));

/** Compiles the kernel (once per process); each fit gets its own instance. */
export async function loadWasmAlsKernel(): Promise<AlsCgKernel> {
  const module = await compiledModule();
  return {
    name: 'wasm',
    fit(p: AlsCgProblem): void {
      const instance = new WebAssembly.Instance(module, {});
      runFit(instance.exports as unknown as KernelExports, p);
    },
  };
}

function runFit(w: KernelExports, p: AlsCgProblem): void {
  const { matrix: m, factors: f } = p;
  const s = (f + 3) & ~3;
  if ((m.nRows + m.nCols) * s + 4 * m.nnz > 2 ** 28 || w.setup(m.nRows, m.nCols, s, m.nnz) !== 1) {
    throw new InputError(
      `${m.nRows} × ${m.nCols} parties with ${m.nnz} interactions and ${f} factors do not fit in the WebAssembly ALS kernel's memory; fit with the TypeScript solver (no kernel)`,
      'too-large',
    );
  }
  // Offsets are read after setup (memory.grow detaches old views); exported usize arrive as signed i32.
  const f32 = (offset: number, n: number) => new Float32Array(w.memory.buffer, offset >>> 0, n);
  const i32 = (offset: number, n: number) => new Int32Array(w.memory.buffer, offset >>> 0, n);
  const put = (src: Float64Array, offset: number, rows: number) => {
    const dst = f32(offset, rows * s);
    for (let r = 0; r < rows; r++) for (let i = 0; i < f; i++) dst[r * s + i] = src[r * f + i];
  };
  const get = (dst: Float64Array, offset: number, rows: number) => {
    const src = f32(offset, rows * s);
    for (let r = 0; r < rows; r++) for (let i = 0; i < f; i++) dst[r * f + i] = src[r * s + i];
  };
  const sparse = (sm: SparseMatrix, conf: Float64Array, off: number, idx: number, cf: number) => {
    i32(off, sm.offsets.length).set(sm.offsets);
    i32(idx, sm.indices.length).set(sm.indices);
    f32(cf, conf.length).set(conf);
  };
  // A fresh instance's memory is zero, so the padding lanes start (and stay) zero.
  put(p.x, w.xOffset(), m.nRows);
  put(p.y, w.yOffset(), m.nCols);
  sparse(m.byRow, p.rowConfidence, w.rowOffsetsOffset(), w.rowIndicesOffset(), w.rowConfidenceOffset());
  sparse(m.byCol, p.colConfidence, w.colOffsetsOffset(), w.colIndicesOffset(), w.colConfidenceOffset());
  for (let it = 0; it < p.iterations; it++) {
    w.halfSweep(0, p.regularization, p.cgSteps);
    w.halfSweep(1, p.regularization, p.cgSteps);
    if (p.afterSweep) {
      get(p.x, w.xOffset(), m.nRows);
      get(p.y, w.yOffset(), m.nCols);
      p.afterSweep();
    }
  }
  get(p.x, w.xOffset(), m.nRows);
  get(p.y, w.yOffset(), m.nCols);
}
