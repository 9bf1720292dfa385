/**
 * Node only: the InsertFile step for native DuckDB, which reads Parquet itself. Native error messages
 * are prefixed with the file name so the CLI says which file is broken.
 */
import { InputError } from '../../core/errors.ts';
import type { NodeEngine } from '../engine-node.ts';
import type { InsertFile } from './load-dataset.ts';

export function nativeInsert(engine: NodeEngine): InsertFile {
  return async (file, bytes, target, ctx) => {
    if (!file.path) throw new Error(`native insert needs a file on disk (${file.fileName})`);
    if (bytes.byteLength < 12 || !hasMagic(bytes)) {
      throw new InputError(
        bytes.byteLength === 0
          ? `${file.fileName}: the file is empty`
          : `${file.fileName}: not a Parquet file (no "PAR1" marker at its start and end) — is it truncated, or another format renamed .parquet?`,
        'not-parquet',
      );
    }
    ctx.onStep('inserting');
    try {
      await engine.loadParquetFile(target, file.path);
    } catch (e) {
      const msg = (e as Error).message.split('\n')[0].replaceAll(file.path, file.fileName);
      throw new InputError(`${file.fileName}: could not be read as Parquet (${msg})`, 'parquet-read');
    }
  };
}

function hasMagic(b: Uint8Array): boolean {
  const n = b.byteLength;
  return (
    b[0] === 0x50 &&
    b[1] === 0x41 &&
    b[2] === 0x52 &&
    b[3] === 0x31 &&
    b[n - 4] === 0x50 &&
    b[n - 3] === 0x41 &&
    b[n - 2] === 0x52 &&
    b[n - 1] === 0x31
  );
}
