/**
 * The decode worker's logic, free of any thread API so that the browser's Web Worker (decode.worker.ts)
 * and Node's worker_threads twin (decode-worker.node.ts, for the benchmark and tests) run the same code.
 *
 * For each 'decode' request: planParquet (checks) → post the plan → decode chunk by chunk, posting each
 * Arrow IPC chunk as a transferable and staying at most `window` chunks ahead of the host's acks.
 */
import type { DecodeStart, FromWorker, SerializedError, ToWorker } from './decode-protocol.ts';
import { decodeParquetChunks } from './parquet-decode.ts';
import { isDecoderCrash } from './parquet-errors.ts';
import { planParquet } from './parquet-plan.ts';
import type { ParquetWasm } from './parquet-wasm-types.ts';

type Post = (msg: FromWorker, transfer?: ArrayBuffer[]) => void;

interface RunState {
  acked: number;
  cancelled: boolean;
  wake?: () => void;
}

/** Returns the worker's message handler. */
export function createDecodeHandler(
  post: Post,
  loadWasm: () => Promise<ParquetWasm>,
): (msg: ToWorker) => void {
  const runs = new Map<number, RunState>();

  async function run(req: DecodeStart): Promise<void> {
    const state: RunState = { acked: 0, cancelled: false };
    runs.set(req.id, state);
    try {
      const wasm = await loadWasm();
      const plan = planParquet(req.bytes, {
        fileName: req.fileName,
        limits: req.limits,
        chunkRows: req.chunkRows,
      });
      post({ type: 'plan', id: req.id, plan });
      let sent = 0;
      let decodedBytes = 0;
      const chunks = decodeParquetChunks(wasm, req.bytes, plan, {
        batchSize: req.batchSize,
        maxDecodedBytes: req.limits.maxDecodedBytes,
      });
      for (const chunk of chunks) {
        if (state.cancelled) return;
        decodedBytes += chunk.ipc.byteLength;
        const buffer = chunk.ipc.buffer as ArrayBuffer; // a fresh copy out of wasm memory: ours to transfer
        post({ type: 'chunk', id: req.id, index: chunk.index, rows: chunk.rows, ipc: chunk.ipc }, [buffer]);
        sent++;
        while (sent - state.acked >= req.window && !state.cancelled) {
          await new Promise<void>((resolve) => (state.wake = resolve));
        }
      }
      if (!state.cancelled) post({ type: 'done', id: req.id, chunks: sent, decodedBytes });
    } catch (e) {
      post({ type: 'error', id: req.id, error: serialize(e), fatal: isDecoderCrash(e) });
    } finally {
      runs.delete(req.id);
    }
  }

  return (msg) => {
    if (msg.type === 'decode') {
      void run(msg);
      return;
    }
    const state = runs.get(msg.id);
    if (!state) return;
    if (msg.type === 'ack') state.acked++;
    else state.cancelled = true;
    state.wake?.();
  };
}

function serialize(e: unknown): SerializedError {
  if (e instanceof Error) {
    const code = (e as Error & { code?: unknown }).code;
    return { name: e.name, message: e.message, code: typeof code === 'string' ? code : undefined };
  }
  return { name: 'Error', message: String(e) };
}
