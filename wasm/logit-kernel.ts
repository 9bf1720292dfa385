/**
 * Loads the WebAssembly logit kernel (wasm/assembly/logit-kernel.ts) and adapts it to the core's LogitKernel
 * interface, so that `fitLogit(columns, y, { kernel: await loadWasmLogitKernel() })` runs its heavy pass in wasm.
 *
 * Bytes: the base64 module in wasm/build/ (see compile-kernel.ts for why). Instantiation needs CSP
 * 'wasm-unsafe-eval', which the app's policy allows.
 *
 * Memory: each loaded kernel is one wasm instance holding one problem at a time. `create(n, k)` lets the module
 * lay out (and grow) its own memory, and the fit fills the design through views on it: nothing is copied
 * across but β in and the k×k Hessian and gradient out. A view is rebuilt from `memory.buffer` on every access,
 * because memory.grow detaches the old ArrayBuffer. Wasm memory never shrinks: drop the kernel object to free
 * a large one (and load a fresh kernel later).
 */
import { InputError } from '../src/core/errors.ts';
import { kernelModule } from './compile-kernel.ts';
import type { LogitDerivatives, LogitKernel, LogitProblem } from '../src/core/stats/logit-kernel.ts';

interface KernelExports {
  memory: WebAssembly.Memory;
  setup(n: number, k: number): number;
  xOffset(): number;
  columnStride(): number;
  yOffset(): number;
  pOffset(): number;
  betaOffset(): number;
  hessianOffset(): number;
  gradientOffset(): number;
  evaluate(derivatives: number): number;
  probabilities(): void;
}

const compiledModule = kernelModule('logit', () => import('./build/logit-kernel.bytes.ts'));

/** Compiles (once per process) and instantiates the wasm kernel. */
export async function loadWasmLogitKernel(): Promise<LogitKernel> {
  const instance = await WebAssembly.instantiate(await compiledModule(), {});
  const exports = instance.exports as unknown as KernelExports;
  let active: WasmLogitProblem | null = null;
  return {
    name: 'wasm',
    create(n: number, k: number): LogitProblem {
      if (active && !active.disposed) {
        throw new Error(
          'this wasm logit kernel already holds a problem: dispose() it first, or load another kernel',
        );
      }
      if (!(Number.isInteger(n) && Number.isInteger(k) && n > 0 && k > 0)) {
        throw new RangeError(`invalid problem size ${n} × ${k}`);
      }
      if (n * k > 2 ** 29 || exports.setup(n, k) !== 1) {
        throw new InputError(
          `${n} rows × ${k} columns do not fit in the 4 GiB memory of the WebAssembly kernel; use fewer rows or the TypeScript kernel`,
          'too-large',
        );
      }
      active = new WasmLogitProblem(exports, n, k);
      return active;
    },
  };
}

class WasmLogitProblem implements LogitProblem {
  disposed = false;
  // Exported usize values arrive as signed i32: >>> 0 keeps offsets above 2 GiB positive.
  private readonly x: number;
  private readonly stride: number;
  private readonly y: number;
  private readonly p: number;
  private readonly beta: number;
  private readonly hessian: number;
  private readonly gradient: number;

  constructor(
    private readonly wasm: KernelExports,
    readonly n: number,
    readonly k: number,
  ) {
    this.x = wasm.xOffset() >>> 0;
    this.stride = wasm.columnStride();
    this.y = wasm.yOffset() >>> 0;
    this.p = wasm.pOffset() >>> 0;
    this.beta = wasm.betaOffset() >>> 0;
    this.hessian = wasm.hessianOffset() >>> 0;
    this.gradient = wasm.gradientOffset() >>> 0;
  }

  column(j: number): Float64Array {
    this.check();
    if (!(j >= 0 && j < this.k)) throw new RangeError(`column ${j} out of range 0..${this.k - 1}`);
    return this.view(this.x + j * this.stride * 8, this.n);
  }

  labels(): Float64Array {
    this.check();
    return this.view(this.y, this.n);
  }

  evaluate(beta: ArrayLike<number>, out?: LogitDerivatives): number {
    this.check();
    this.view(this.beta, this.k).set(beta);
    const ll = this.wasm.evaluate(out ? 1 : 0);
    if (out) {
      out.hessian.set(this.view(this.hessian, this.k * this.k));
      out.gradient.set(this.view(this.gradient, this.k));
    }
    return ll;
  }

  probabilities(beta: ArrayLike<number>, out: Float64Array): void {
    this.check();
    this.view(this.beta, this.k).set(beta);
    this.wasm.probabilities();
    out.set(this.view(this.p, this.n));
  }

  dispose(): void {
    this.disposed = true;
  }

  private view(offset: number, length: number): Float64Array {
    return new Float64Array(this.wasm.memory.buffer, offset, length);
  }

  private check(): void {
    if (this.disposed) throw new Error('logit problem used after dispose()');
  }
}
