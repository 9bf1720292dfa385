/**
 * Node only: the InsertFile step for native DuckDB, which reads Parquet itself — behind the same
 * checks as the browser (magic bytes, footer, decompressed-size limit), so the CLI refuses a broken
 * file or a decompression bomb with the same message instead of running out of memory.
 */
import type { NodeEngine } from '../engine/engine-native.node.ts';
import { loadParquetFileNative } from '../parquet/parquet-load-native.node.ts';
import type { InsertFile } from './load-dataset.ts';

export function nativeInsert(engine: NodeEngine): InsertFile {
  return async (file, bytes, target, ctx) => {
    if (!file.path) throw new Error(`native insert needs a file on disk (${file.fileName})`);
    ctx.onStep('inserting');
    const report = await loadParquetFileNative(engine, target, file.path, { fileName: file.fileName, bytes });
    return report.rows;
  };
}
