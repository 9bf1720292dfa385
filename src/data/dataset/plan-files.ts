/**
 * Plans a dataset from files the user picked or dropped: `.parquet` files become tables named by file
 * name; an optional `manifest.json` among them maps tables to files and supplies row counts and hashes.
 */
import { CancelledError, InputError } from '../../core/errors.ts';
import type { Manifest } from '../contract.ts';
import { tableNameFromFile, type DatasetFile, type DatasetPlan } from './dataset-plan.ts';
import { checkManifestSize, parseManifest } from './manifest.ts';

/** The part of the DOM File interface we use (Node 20 has a compatible global File for tests). */
export interface PickedFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export async function planFromFiles(picked: readonly PickedFile[]): Promise<DatasetPlan> {
  const manifestFile = picked.find((f) => f.name.toLowerCase() === 'manifest.json');
  let manifest: Manifest | undefined;
  if (manifestFile) {
    checkManifestSize(manifestFile.size, manifestFile.name);
    manifest = parseManifest(new TextDecoder().decode(await manifestFile.arrayBuffer()), manifestFile.name);
  }
  const byPath = new Map<string, { table: string; rows?: number; sha256?: string }>();
  for (const [table, t] of Object.entries(manifest?.tables ?? {})) {
    byPath.set(t.path.replace(/^.*\//, ''), { table, rows: t.rows, sha256: t.sha256 });
  }
  const files: DatasetFile[] = [];
  const skipped: DatasetPlan['skipped'] = [];
  const seen = new Set<string>();
  for (const f of picked) {
    if (f === manifestFile) continue;
    if (!/\.parquet$/i.test(f.name)) {
      skipped.push({ fileName: f.name, reason: 'not a .parquet file' });
      continue;
    }
    const m = byPath.get(f.name);
    const table = m?.table ?? tableNameFromFile(f.name);
    if (seen.has(table)) {
      skipped.push({ fileName: f.name, reason: `another file already provides table ${table}` });
      continue;
    }
    seen.add(table);
    files.push({
      table,
      fileName: f.name,
      expectedRows: m?.rows,
      sha256: m?.sha256,
      size: f.size,
      read: async (signal, onBytes) => {
        if (signal?.aborted) throw new CancelledError();
        try {
          const buf = new Uint8Array(await f.arrayBuffer());
          onBytes({ loaded: buf.byteLength, total: buf.byteLength });
          return buf;
        } catch (e) {
          throw new InputError(
            `${f.name}: the file could not be read (${(e as Error).message})`,
            'file-read',
          );
        }
      },
    });
  }
  if (files.length === 0) {
    throw new InputError(
      'no .parquet files were given: choose or drop the Parquet files of a dataset',
      'no-files',
    );
  }
  return {
    name: manifest?.name ?? (files.length === 1 ? files[0].fileName : `${files.length} files`),
    source: 'files',
    location: files.map((f) => f.fileName).join(', '),
    fileCount: manifest ? undefined : files.length,
    files,
    skipped,
  };
}
