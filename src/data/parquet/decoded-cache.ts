/**
 * A ParquetDecoder that remembers what it decoded, keyed by the SHA-256 of the Parquet bytes (plus the
 * limits and chunking that shaped the result): a second load of the same bytes replays the stored Arrow IPC
 * chunks instead of decoding again, and any change to the bytes gives another key, so it decodes afresh.
 * The browser keeps the entries in OPFS (decoded-store-opfs.ts), so a warm start of the bundled sample
 * skips the decode; tests use the in-memory store.
 *
 * Only files whose decoded chunks fit `maxEntryBytes` are kept: a large file's chunks are not all held in
 * memory just to be written out, and the store's own cap evicts the oldest entries.
 */
import { sha256Hex } from '../dataset/sha256.ts';
import { throwIfAborted, type DecodeRequest, type DecodeSummary, type ParquetDecoder } from './decoder.ts';
import { resolveLimits, type ParquetPlan } from './parquet-plan.ts';

/** Bump when the decoder's output for the same bytes changes (parquet-wasm upgrade, new conversions). */
export const DECODED_FORMAT = 1;

export interface DecodedEntry {
  plan: ParquetPlan;
  summary: Omit<DecodeSummary, 'fileName'>;
  chunks: { rows: number; ipc: Uint8Array }[];
}

export interface DecodedStore {
  get(key: string): Promise<DecodedEntry | null>;
  /** Best effort: a full or unavailable store just does not keep the entry. */
  put(key: string, entry: DecodedEntry): Promise<void>;
}

export interface CacheStats {
  hits: number;
  misses: number;
}

export class CachingParquetDecoder implements ParquetDecoder {
  readonly stats: CacheStats = { hits: 0, misses: 0 };

  constructor(
    private readonly inner: ParquetDecoder,
    private readonly store: DecodedStore,
    private readonly maxEntryBytes = 64 * 1024 * 1024,
  ) {}

  async decode(bytes: Uint8Array, request: DecodeRequest): Promise<DecodeSummary> {
    const key = await cacheKey(bytes, request);
    const hit = await this.store.get(key).catch(() => null);
    if (hit) {
      this.stats.hits++;
      performance.mark('export-intel:decoded-reused', { detail: request.fileName });
      return replay(hit, request);
    }
    this.stats.misses++;
    let kept: DecodedEntry['chunks'] | null = [];
    let keptBytes = 0;
    let plan: ParquetPlan | null = null;
    const summary = await this.inner.decode(bytes, {
      ...request,
      onPlan: (p) => {
        plan = p;
        request.onPlan?.(p);
      },
      onChunk: (chunk) => {
        if (kept) {
          keptBytes += chunk.ipc.byteLength;
          // A copy: the insert may transfer the chunk's buffer to the engine's worker.
          if (keptBytes <= this.maxEntryBytes) kept.push({ rows: chunk.rows, ipc: chunk.ipc.slice() });
          else kept = null;
        }
        return request.onChunk(chunk);
      },
    });
    if (kept && plan) {
      const { rows, columns, chunks, decodedBytes } = summary;
      const entry = { plan, summary: { rows, columns, chunks, decodedBytes }, chunks: kept };
      // Not awaited: writing the entry out must not delay this load.
      void this.store.put(key, entry).catch(() => undefined);
    }
    return summary;
  }

  close(): void {
    this.inner.close();
  }
}

async function cacheKey(bytes: Uint8Array, request: DecodeRequest): Promise<string> {
  const shape = JSON.stringify([
    DECODED_FORMAT,
    resolveLimits(request.limits),
    request.batchSize ?? null,
    request.chunkRows ?? null,
  ]);
  const shapeHash = (await sha256Hex(new TextEncoder().encode(shape))).slice(0, 16);
  return `${await sha256Hex(bytes)}-${shapeHash}`;
}

async function replay(entry: DecodedEntry, request: DecodeRequest): Promise<DecodeSummary> {
  request.onPlan?.({ ...entry.plan, fileName: request.fileName });
  for (const [index, c] of entry.chunks.entries()) {
    if (request.signal?.aborted) break;
    await request.onChunk({ index, rows: c.rows, ipc: c.ipc });
  }
  throwIfAborted(request.signal);
  return { fileName: request.fileName, ...entry.summary };
}

/** Entries in memory, for tests and for a browser without OPFS (kept for the page's lifetime only). */
export class MemoryDecodedStore implements DecodedStore {
  readonly entries = new Map<string, DecodedEntry>();
  async get(key: string): Promise<DecodedEntry | null> {
    const e = this.entries.get(key);
    // Copies, as a store read from disk would give: an insert may transfer (detach) the buffers it gets.
    return e ? { ...e, chunks: e.chunks.map((c) => ({ rows: c.rows, ipc: c.ipc.slice() })) } : null;
  }
  async put(key: string, entry: DecodedEntry): Promise<void> {
    this.entries.set(key, entry);
  }
}
