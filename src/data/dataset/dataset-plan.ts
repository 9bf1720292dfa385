/**
 * A dataset plan: which files to read for which tables, independent of where they come from
 * (bundled sample, URL / S3 prefix, dropped files, a folder in the CLI). Loading (load-dataset.ts)
 * works on plans only, so every source gets the same progress, checks and validation.
 */
export type SourceKind = 'bundled' | 'url' | 'files' | 'dir';

export interface ByteProgress {
  loaded: number;
  /** Total bytes when known (Content-Length, File.size). */
  total?: number;
}

export interface DatasetFile {
  table: string;
  fileName: string;
  expectedRows?: number;
  sha256?: string;
  /** Reads the whole file; reports bytes as they arrive; rejects with InputError naming the file. */
  read(signal: AbortSignal | undefined, onBytes: (p: ByteProgress) => void): Promise<Uint8Array>;
  /** Known size in bytes before reading, if any. */
  size?: number;
  /** Native path on disk (CLI only), so native DuckDB can read the file itself. */
  path?: string;
}

export interface DatasetPlan {
  name: string;
  source: SourceKind;
  /** URL prefix, folder or a description of the dropped files, for display. */
  location: string;
  files: DatasetFile[];
  /** Set when the files came without a manifest naming them: the UI then says "N files" in its language. */
  fileCount?: number;
  /** Problems found while planning (e.g. a dropped file that is not Parquet); reported, never fatal. */
  skipped: { fileName: string; reason: string }[];
}

/** Table name for a file without a manifest: the file name without `.parquet`, in snake_case. */
export function tableNameFromFile(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.parquet$/i, '');
  const name = base
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return /^[a-z]/.test(name) ? name : `t_${name}`;
}
