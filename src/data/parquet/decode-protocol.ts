/**
 * Messages between WorkerParquetDecoder (page) and decode.worker.ts. Plain data only: they are structured
 * clones, with the IPC chunk buffers transferred rather than copied.
 *
 * Flow control: the worker decodes at most `window` chunks ahead of the page's acks, so a slow insert never
 * piles decoded chunks up in memory, while the next chunk still decodes during the current insert.
 */
import type { ParquetLimits } from './parquet-limits.ts';
import type { ParquetPlan } from './parquet-plan.ts';

export interface DecodeStart {
  type: 'decode';
  id: number;
  bytes: Uint8Array;
  fileName: string;
  limits: ParquetLimits;
  batchSize?: number;
  chunkRows?: number;
  window: number;
}

export type ToWorker = DecodeStart | { type: 'ack'; id: number } | { type: 'cancel'; id: number };

export interface SerializedError {
  name: string;
  message: string;
  code?: string;
}

export type FromWorker =
  | { type: 'plan'; id: number; plan: ParquetPlan }
  | { type: 'chunk'; id: number; index: number; rows: number; ipc: Uint8Array }
  | { type: 'done'; id: number; chunks: number; decodedBytes: number }
  /** `fatal`: the worker's decoder crashed and the worker must be replaced. */
  | { type: 'error'; id: number; error: SerializedError; fatal: boolean };
