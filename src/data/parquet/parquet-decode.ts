/**
 * Parquet bytes → Arrow IPC *stream* chunks (one per group of row groups), with parquet-wasm.
 *
 * Why parquet-wasm and not hyparquet — measured on this 2-core box, Node 20 (bench/parquet-load.bench.ts,
 * results in bench/results/parquet-load.json): on the generated exports table (2.5M rows × 5 columns,
 * 23 MB zstd) parquet-wasm decodes to Arrow IPC in 0.35 s warm (decode 0.33 + IPC 0.02); hyparquet takes
 * 2.0–2.7 s just to produce JS arrays, before any Arrow building or insert (docs/architecture.md#stack-facts:
 * measured 4–17 s with Arrow building), so hyparquet alone would already be ~7× native DuckDB. Also: parquet-wasm
 * reads every codec (snappy, gzip, zstd, brotli, lz4, lz4_raw) with no extra package, and on the test corpus
 * hyparquet threw an unhandled rejection for one corrupt file, which would escape our error handling. hyparquet does
 * read more metadata variants (geospatial types, dictionary_page_offset=0); those files get a clear error here
 * instead. It stays a devDependency: tests use it to cross-check the footer reader.
 *
 * Why per row group and not `readParquet(wholeFile)` (3M rows, 25 MB, into DuckDB-WASM): whole file took
 * 5.8 s cold / 1.2 s warm at 1.8 GB RSS; row group by row group 1.8 s cold / 1.05 s warm at 0.55 GB; and
 * chunks let the next one decode (in the worker) while DuckDB-WASM inserts the previous one. On the bench
 * dataset that overlap gives 1.12 s vs 1.21 s sequential: DuckDB-WASM's own table building is the floor
 * (copying the same tables inside DuckDB-WASM takes 0.50 s, 1.7× native DuckDB's whole read).
 * `batchSize: 122880` (not the 1,024 default) keeps batch counts and cold-load overhead low
 * (docs/architecture.md#stack-facts).
 *
 * The async `ParquetFile` reader (which would avoid copying the file into wasm memory for every chunk) was
 * rejected: a Rust panic inside it escapes as an uncaught exception from a callback (it crashed Node on
 * bad_data/ARROW-GH-41321), where the sync `readParquet` throws a catchable RuntimeError. The copies are
 * bounded by MAX_CHUNKS (parquet-plan.ts).
 */
import { InputError } from '../../core/errors.ts';
import { rowCountMismatch, translateDecodeError } from './parquet-errors.ts';
import { mib } from './parquet-limits.ts';
import type { ParquetPlan } from './parquet-plan.ts';
import type { ParquetWasm } from './parquet-wasm-types.ts';

export const DEFAULT_BATCH_SIZE = 122_880;

export interface DecodedChunk {
  /** 0-based position; chunks come in file order. */
  index: number;
  /** A complete Arrow IPC stream (schema + batches + end marker), ready for `insertArrowFromIPCStream`. */
  ipc: Uint8Array;
  rows: number;
}

export interface ChunkDecodeOptions {
  batchSize?: number;
  /** Stop once the decoded Arrow data exceeds this many bytes (a dictionary bomb expands only here). */
  maxDecodedBytes: number;
}

/**
 * Decodes `plan`'s chunks one at a time (lazily: nothing is decoded before the consumer asks).
 * Throws InputError; a 'decoder-crashed' one means `wasm` must be discarded.
 */
export function* decodeParquetChunks(
  wasm: ParquetWasm,
  bytes: Uint8Array,
  plan: ParquetPlan,
  options: ChunkDecodeOptions,
): Generator<DecodedChunk> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (plan.chunks.length === 0) {
    // No row groups: decode the (empty) file once so the table still gets its columns.
    yield { index: 0, ipc: decodeRowGroups(wasm, bytes, plan, undefined, 0, batchSize), rows: 0 };
    return;
  }
  let decodedBytes = 0;
  for (const [index, chunk] of plan.chunks.entries()) {
    const ipc = decodeRowGroups(wasm, bytes, plan, chunk.rowGroups, chunk.rows, batchSize);
    decodedBytes += ipc.byteLength;
    if (decodedBytes > options.maxDecodedBytes) {
      throw new InputError(
        `${plan.fileName}: refused by the size limit: its data grows past ${mib(options.maxDecodedBytes)} ` +
          'once decoded (repeated values are stored once in the file but expanded in memory). Split the ' +
          'export into smaller files or raise the limit.',
        'too-large',
      );
    }
    yield { index, ipc, rows: chunk.rows };
  }
}

function decodeRowGroups(
  wasm: ParquetWasm,
  bytes: Uint8Array,
  plan: ParquetPlan,
  rowGroups: number[] | undefined,
  expectedRows: number,
  batchSize: number,
): Uint8Array {
  let table: ReturnType<ParquetWasm['readParquet']> | undefined;
  try {
    table = wasm.readParquet(bytes, rowGroups ? { batchSize, rowGroups } : { batchSize });
    let rows = 0;
    for (let b = 0; b < table.numBatches; b++) {
      const batch = table.recordBatch(b);
      rows += batch?.numRows ?? 0;
      batch?.free();
    }
    if (rows !== expectedRows) throw rowCountMismatch(plan.fileName, rows, expectedRows, rowGroups ?? []);
    const t = table;
    table = undefined; // intoIPCStream consumes the table: it must not be freed again
    return t.intoIPCStream();
  } catch (e) {
    throw translateDecodeError(e, plan.fileName);
  } finally {
    try {
      table?.free();
    } catch {
      // freeing after a trap can trap again; the instance is being discarded anyway
    }
  }
}
