/**
 * `ParquetDecoder`: the one way app code turns Parquet bytes into Arrow IPC chunks, whichever thread does it.
 *
 *   - `WorkerParquetDecoder` (worker-decoder.ts): the browser's; decodes in a Web Worker, off the main
 *     thread, and can be cancelled or timed out at any moment by terminating the worker.
 *   - `InlineParquetDecoder` (here): decodes in the calling thread. Node (tests, bench, CLI) uses it with
 *     parquet-wasm.node.ts; it can only stop between chunks.
 *
 * Both run the same planParquet → decodeParquetChunks code, so Node tests exercise the browser's decoder.
 */
import { CancelledError } from '../../core/errors.ts';
import { decodeParquetChunks, type DecodedChunk } from './parquet-decode.ts';
import { isDecoderCrash } from './parquet-errors.ts';
import type { ParquetLimits } from './parquet-limits.ts';
import { planParquet, resolveLimits, type ParquetPlan } from './parquet-plan.ts';
import type { ParquetWasmSource } from './parquet-wasm-types.ts';

export interface DecodeRequest {
  /** Shown in every message; the user's file name or the URL's last segment. */
  fileName: string;
  limits?: Partial<ParquetLimits>;
  batchSize?: number;
  chunkRows?: number;
  /** Abort → the promise rejects with CancelledError (or the signal's reason if it is an Error). */
  signal?: AbortSignal;
  /** Called once the file passed every check, before the first chunk (rows and columns are known). */
  onPlan?(plan: ParquetPlan): void;
  /** Receives each chunk in order; the next chunk is handed over only after the returned promise settles. */
  onChunk(chunk: DecodedChunk): void | Promise<void>;
}

export interface DecodeSummary {
  fileName: string;
  rows: number;
  columns: string[];
  chunks: number;
  /** Bytes of Arrow IPC produced. */
  decodedBytes: number;
}

export interface ParquetDecoder {
  decode(bytes: Uint8Array, request: DecodeRequest): Promise<DecodeSummary>;
  /** Frees the decoder's memory (a WebAssembly memory never shrinks: close after a dataset load). */
  close(): void;
}

export class InlineParquetDecoder implements ParquetDecoder {
  constructor(private readonly source: ParquetWasmSource) {}

  async decode(bytes: Uint8Array, request: DecodeRequest): Promise<DecodeSummary> {
    const wasm = await this.source.get();
    throwIfAborted(request.signal);
    const limits = resolveLimits(request.limits);
    const plan = planParquet(bytes, { fileName: request.fileName, limits, chunkRows: request.chunkRows });
    request.onPlan?.(plan);
    let chunks = 0;
    let decodedBytes = 0;
    try {
      const it = decodeParquetChunks(wasm, bytes, plan, {
        batchSize: request.batchSize,
        maxDecodedBytes: limits.maxDecodedBytes,
      });
      for (const chunk of it) {
        throwIfAborted(request.signal);
        chunks++;
        decodedBytes += chunk.ipc.byteLength;
        await request.onChunk(chunk);
      }
    } catch (e) {
      if (isDecoderCrash(e)) this.source.discard();
      throw e;
    }
    return { fileName: plan.fileName, rows: plan.rows, columns: plan.columns, chunks, decodedBytes };
  }

  /** Nothing to free: the shared instance lives as long as the process (a discarded one would leak in Node). */
  close(): void {}
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (!signal?.aborted) return;
  throw signal.reason instanceof Error && signal.reason.name !== 'AbortError'
    ? signal.reason
    : new CancelledError();
}

/** Collects every chunk in memory: for callers that want the whole file at once (tests, small files). */
export async function decodeAll(
  decoder: ParquetDecoder,
  bytes: Uint8Array,
  request: Omit<DecodeRequest, 'onChunk'>,
): Promise<DecodeSummary & { ipcChunks: Uint8Array[] }> {
  const ipcChunks: Uint8Array[] = [];
  const summary = await decoder.decode(bytes, { ...request, onChunk: (c) => void ipcChunks.push(c.ipc) });
  return { ...summary, ipcChunks };
}
