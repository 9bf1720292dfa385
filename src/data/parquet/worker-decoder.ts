/**
 * The browser's ParquetDecoder: runs decode.worker.ts in a Web Worker and hands its Arrow IPC chunks to the
 * caller in order, acknowledging each once the caller is done with it (so decoding of chunk n+1 overlaps
 * the caller's insert of chunk n, with at most `window` chunks in flight).
 *
 * Cancel and time limits work at any moment, even in the middle of a chunk: the worker is terminated and a
 * new one is spawned for the next file. The same happens after a decoder crash (a wasm trap), since the
 * crashed instance cannot be trusted. Files are decoded one at a time per decoder.
 */
import { CancelledError, InputError } from '../../core/errors.ts';
import type { FromWorker, SerializedError, ToWorker } from './decode-protocol.ts';
import type { DecodeRequest, DecodeSummary, ParquetDecoder } from './decoder.ts';
import { throwIfAborted } from './decoder.ts';
import { resolveLimits } from './parquet-plan.ts';

/** The little the decoder needs from a worker; a Web Worker and a Node worker thread both fit. */
export interface DecodeWorkerPort {
  postMessage(msg: ToWorker, transfer?: ArrayBuffer[]): void;
  /** Subscribes; returns the unsubscribe function. */
  onMessage(listener: (msg: FromWorker) => void): () => void;
  /** The worker died or could not start (script missing, uncaught error). */
  onError(listener: (message: string) => void): () => void;
  terminate(): void;
}

export interface WorkerDecoderOptions {
  /** How to start a worker; the default is the Vite-bundled decode.worker.ts from our own origin. */
  spawn?: () => DecodeWorkerPort;
  /** Chunks decoded ahead of the caller. Default 2 (one inserting, one decoding, on 2 cores). */
  window?: number;
  /** Transfer (detach) the caller's bytes to the worker instead of copying them. Default false. */
  transferInput?: boolean;
}

/** Spawns decode.worker.ts as a module Web Worker (Vite bundles it and serves it from our origin). */
export function spawnDecodeWorker(): DecodeWorkerPort {
  const worker = new Worker(new URL('./decode.worker.ts', import.meta.url), {
    type: 'module',
    name: 'parquet-decode',
  });
  return webWorkerPort(worker);
}

export function webWorkerPort(worker: Worker): DecodeWorkerPort {
  return {
    postMessage: (msg, transfer = []) => worker.postMessage(msg, transfer),
    onMessage(listener) {
      const l = (event: MessageEvent<FromWorker>): void => listener(event.data);
      worker.addEventListener('message', l);
      return () => worker.removeEventListener('message', l);
    },
    onError(listener) {
      const l = (event: ErrorEvent): void => {
        event.preventDefault();
        listener(event.message || 'it could not start');
      };
      worker.addEventListener('error', l);
      return () => worker.removeEventListener('error', l);
    },
    terminate: () => worker.terminate(),
  };
}

export class WorkerParquetDecoder implements ParquetDecoder {
  private worker: DecodeWorkerPort | undefined;
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: WorkerDecoderOptions = {}) {}

  decode(bytes: Uint8Array, request: DecodeRequest): Promise<DecodeSummary> {
    const result = this.queue.then(() => this.run(bytes, request));
    this.queue = result.catch(() => undefined);
    return result;
  }

  close(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }

  private run(bytes: Uint8Array, request: DecodeRequest): Promise<DecodeSummary> {
    throwIfAborted(request.signal);
    const worker = (this.worker ??= (this.options.spawn ?? spawnDecodeWorker)());
    const id = this.nextId++;
    const limits = resolveLimits(request.limits);
    return new Promise<DecodeSummary>((resolve, reject) => {
      let settled = false;
      let chain: Promise<void> = Promise.resolve();
      let summary: DecodeSummary | undefined;
      let chunks = 0;
      const unsubscribe: (() => void)[] = [];
      const finish = (error?: unknown, kill = false): void => {
        if (settled) return;
        settled = true;
        for (const off of unsubscribe) off();
        request.signal?.removeEventListener('abort', onAbort);
        if (kill && this.worker === worker) this.close();
        if (error === undefined && summary) resolve(summary);
        else reject(error);
      };
      const onAbort = (): void => {
        const reason: unknown = request.signal?.reason;
        finish(reason instanceof Error && reason.name !== 'AbortError' ? reason : new CancelledError(), true);
      };
      const onError = (message: string): void => {
        finish(new Error(`The Parquet decode worker failed: ${message}`), true);
      };
      const send = (msg: ToWorker): void => worker.postMessage(msg);
      const onMessage = (msg: FromWorker): void => {
        if (msg.id !== id || settled) return;
        switch (msg.type) {
          case 'plan':
            try {
              request.onPlan?.(msg.plan);
              summary = {
                fileName: msg.plan.fileName,
                rows: msg.plan.rows,
                columns: msg.plan.columns,
                chunks: 0,
                decodedBytes: 0,
              };
            } catch (e) {
              send({ type: 'cancel', id });
              finish(e);
            }
            return;
          case 'chunk':
            // Sequential: chunk n+1 is handed over only after the caller's promise for chunk n settled.
            chain = chain
              .then(async () => {
                if (settled) return;
                await request.onChunk({ index: msg.index, rows: msg.rows, ipc: msg.ipc });
                chunks++;
                send({ type: 'ack', id });
              })
              .catch((e: unknown) => {
                send({ type: 'cancel', id });
                finish(e);
              });
            return;
          case 'done':
            void chain.then(() => {
              if (summary) summary = { ...summary, chunks, decodedBytes: msg.decodedBytes };
              finish();
            });
            return;
          case 'error':
            finish(deserialize(msg.error), msg.fatal);
            return;
        }
      };
      unsubscribe.push(worker.onMessage(onMessage), worker.onError(onError));
      request.signal?.addEventListener('abort', onAbort, { once: true });
      const start: ToWorker = {
        type: 'decode',
        id,
        bytes,
        fileName: request.fileName,
        limits,
        batchSize: request.batchSize,
        chunkRows: request.chunkRows,
        window: Math.max(1, this.options.window ?? 2),
      };
      worker.postMessage(start, this.options.transferInput ? [bytes.buffer as ArrayBuffer] : []);
    });
  }
}

function deserialize(e: SerializedError): Error {
  if (e.name === 'InputError') return new InputError(e.message, e.code);
  const err = new Error(e.message);
  err.name = e.name;
  return err;
}
