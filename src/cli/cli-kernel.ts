/**
 * The logit kernel the CLI fits with: the WebAssembly kernel when it is built, else the TypeScript twin
 * (with a note on stderr), so a missing wasm build never stops a command.
 */
import { tsLogitKernel, type LogitKernel } from '../core/stats/index.ts';
import type { CliIO } from './cli-command.ts';

export async function wasmOrTs(io: CliIO): Promise<LogitKernel> {
  try {
    const { loadWasmLogitKernel } = await import('../../wasm/logit-kernel.ts');
    return await loadWasmLogitKernel();
  } catch (e) {
    io.err(`note: ${(e as Error).message}; using the TypeScript kernel`);
    return tsLogitKernel;
  }
}

/** JSON has no NaN or Infinity: such numbers are printed as null. */
export function finite(v: number): number | null {
  return Number.isFinite(v) ? v : null;
}
