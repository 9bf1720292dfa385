/**
 * The kernel the conjugate-gradient ALS fit runs on: the WebAssembly one (wasm/als-kernel.ts, SIMD, ~10× the
 * TypeScript solver at 20,000 × 100,000) when it can be instantiated, else the TypeScript reference, so a missing
 * wasm build or a browser without SIMD never stops a fit. Shared by the CLI/tests (fitInProcess) and the app's
 * worker (src/app/matching/cf.worker.ts).
 */
import { tsAlsCgKernel, type AlsCgKernel } from '../../core/matching/index.ts';

let kernel: Promise<AlsCgKernel> | undefined;

export function loadAlsKernel(): Promise<AlsCgKernel> {
  kernel ??= import('../../../wasm/als-kernel.ts')
    .then((m) => m.loadWasmAlsKernel())
    .catch(() => tsAlsCgKernel);
  return kernel;
}
