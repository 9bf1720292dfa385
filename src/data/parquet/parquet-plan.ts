/**
 * Everything decided about a Parquet file before decoding it: the cheap sniff, the footer, the size limits,
 * the column types the browser cannot load, and how to cut the file into chunks of row groups.
 *
 * Chunks exist because decoding one row group at a time and inserting it while the next one decodes is
 * what makes the browser path fast and light (see parquet-decode.ts for the measurement): cold loads were
 * 3× faster and peak memory 3× lower than decoding the whole file into one Arrow table.
 */
import { InputError } from '../../core/errors.ts';
import {
  LOGICAL_TYPE,
  isKnownLogicalType,
  readParquetFooter,
  totalUncompressedBytes,
  type ParquetFooter,
  type ParquetLeaf,
} from './parquet-footer.ts';
import { DEFAULT_PARQUET_LIMITS, checkParquetLimits, type ParquetLimits } from './parquet-limits.ts';
import { sniffParquet } from './parquet-sniff.ts';

/** Rows per chunk to aim for: DuckDB writes row groups of 122,880 rows, so one of them per chunk. */
export const DEFAULT_CHUNK_ROWS = 122_880;
/**
 * Each chunk's `readParquet` call copies the whole file into wasm memory, so the copying grows with
 * chunks × file size; capping the count keeps it linear-ish for big files (chunks just get larger).
 */
export const MAX_CHUNKS = 32;

export interface ParquetChunkPlan {
  rowGroups: number[];
  /** Rows the footer promises for these row groups; the decoder must produce exactly this many. */
  rows: number;
}

export interface ParquetPlan {
  fileName: string;
  bytes: number;
  /** Sum of the row groups' row counts (what DuckDB's count(*) reports). */
  rows: number;
  columns: string[];
  uncompressedBytes: number;
  chunks: ParquetChunkPlan[];
  createdBy?: string;
}

export interface PlanOptions {
  fileName: string;
  limits?: Partial<ParquetLimits>;
  chunkRows?: number;
}

/** Throws InputError (with a code from parquet-errors.ts) if the file must not or cannot be decoded. */
export function planParquet(bytes: Uint8Array, options: PlanOptions): ParquetPlan {
  const { fileName } = options;
  const footer = inspectParquet(bytes, fileName, options.limits);
  for (const leaf of footer.leaves) checkLoadableType(leaf, fileName);
  return {
    fileName,
    bytes: bytes.length,
    rows: footer.rowGroups.reduce((s, rg) => s + rg.rows, 0),
    columns: footer.columns,
    uncompressedBytes: totalUncompressedBytes(footer),
    chunks: chunkRowGroups(footer, options.chunkRows ?? DEFAULT_CHUNK_ROWS, MAX_CHUNKS),
    createdBy: footer.createdBy,
  };
}

/**
 * The checks every reader needs, the native one included: magic bytes, a readable footer, the size limits
 * and the codecs. Returns the footer.
 */
export function inspectParquet(
  bytes: Uint8Array,
  fileName: string,
  limits?: Partial<ParquetLimits>,
): ParquetFooter {
  sniffParquet(bytes, fileName);
  const footer = readParquetFooter(bytes, fileName);
  checkParquetLimits(bytes, footer, fileName, resolveLimits(limits));
  return footer;
}

/** Consecutive row groups are merged until a chunk holds `chunkRows` rows (more if needed to stay ≤ maxChunks). */
export function chunkRowGroups(
  footer: ParquetFooter,
  minRows: number,
  maxChunks = Infinity,
): ParquetChunkPlan[] {
  const total = footer.rowGroups.reduce((s, rg) => s + rg.rows, 0);
  const chunkRows = Math.max(minRows, Math.ceil(total / maxChunks));
  const chunks: ParquetChunkPlan[] = [];
  let current: ParquetChunkPlan | undefined;
  footer.rowGroups.forEach((rg, i) => {
    if (!current || current.rows >= chunkRows) {
      current = { rowGroups: [], rows: 0 };
      chunks.push(current);
    }
    current.rowGroups.push(i);
    current.rows += rg.rows;
  });
  return chunks;
}

function checkLoadableType(leaf: ParquetLeaf, fileName: string): void {
  const refuse = (what: string, todo: string): never => {
    throw new InputError(`${fileName}: column '${leaf.path}' ${what}. ${todo}`, 'unsupported-type');
  };
  switch (leaf.logicalType) {
    case LOGICAL_TYPE.FLOAT16:
      // parquet-wasm decodes it, but DuckDB-WASM's Arrow insert has no Float16 ("Unsupported Internal Arrow Type e").
      return refuse(
        'holds 16-bit floats (FLOAT16), which the in-browser database cannot store',
        'Export the column as FLOAT or DOUBLE.',
      );
    case LOGICAL_TYPE.GEOMETRY:
    case LOGICAL_TYPE.GEOGRAPHY:
      return refuse(
        'has the Parquet GEOMETRY/GEOGRAPHY type, which the browser decoder does not support',
        'Drop the column, or export it as plain binary (WKB) without the geospatial type.',
      );
    case LOGICAL_TYPE.VARIANT:
      return refuse(
        'has the Parquet VARIANT type, which the browser decoder does not support',
        'Export it as JSON text.',
      );
    default:
      if (!isKnownLogicalType(leaf.logicalType)) {
        refuse(
          `has a logical type this app does not know (type #${leaf.logicalType}, probably from a newer writer)`,
          'Export the column with a standard type (string, integer, double, date, timestamp).',
        );
      }
  }
}

/** Limits with defaults filled in; exported so every path (worker, Node, native) uses the same numbers. */
export function resolveLimits(limits?: Partial<ParquetLimits>): ParquetLimits {
  return { ...DEFAULT_PARQUET_LIMITS, ...limits };
}
