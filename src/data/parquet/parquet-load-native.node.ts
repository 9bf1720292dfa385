/**
 * Native DuckDB's Parquet load with the same checks as the browser path (Node only: CLI, tests).
 *
 * Native DuckDB reads Parquet itself, but it too must not be handed a decompression bomb: it reads
 * large_string_map.brotli.parquet in ~45 s and 6–10 GB of RAM (corpus README). So the bytes go through
 * the same sniff + footer + size limits first, and DuckDB's errors come back as InputErrors naming the file.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { QualifiedName } from '../engine/engine.ts';
import type { NodeEngine } from '../engine/engine-native.node.ts';
import { translateNativeReadError } from './parquet-errors.ts';
import type { ParquetLimits } from './parquet-limits.ts';
import { inspectParquet } from './parquet-plan.ts';

export interface NativeLoadReport {
  fileName: string;
  /** Rows the footer declares (the loaded table's count is the caller's to check, e.g. in tests). */
  rows: number;
  columns: string[];
}

export async function loadParquetFileNative(
  engine: NodeEngine,
  target: QualifiedName,
  path: string,
  options: { fileName?: string; limits?: Partial<ParquetLimits>; bytes?: Uint8Array } = {},
): Promise<NativeLoadReport> {
  const fileName = options.fileName ?? basename(path);
  // `bytes`: the file's content when the caller already read it (the dataset loader does).
  const bytes = options.bytes ?? new Uint8Array(await readFile(path));
  const footer = inspectParquet(bytes, fileName, options.limits);
  try {
    await engine.loadParquetFile(target, path);
  } catch (e) {
    throw translateNativeReadError(e, fileName, path);
  }
  return { fileName, rows: footer.rowGroups.reduce((s, rg) => s + rg.rows, 0), columns: footer.columns };
}
