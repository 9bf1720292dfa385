/**
 * Node only (CLI, tests, benchmarks): plans a dataset from a path — a dataset folder, its manifest.json,
 * or a single .parquet file (one table named by the file name). Only regular files are read: a FIFO named
 * `x.parquet` (or a device, or a socket) would block the read forever.
 */
import { readFile, stat, readdir } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../../core/errors.ts';
import { tableNameFromFile, type DatasetFile, type DatasetPlan } from './dataset-plan.ts';
import { checkManifestSize, parseManifest } from './manifest.ts';
import { quoteForMessage } from '../../core/message-value.ts';

export async function planFromPath(path: string): Promise<DatasetPlan> {
  const abs = resolve(path);
  const info = await stat(abs).catch(() => {
    throw new InputError(`${path}: no such file or folder`, 'not-found');
  });
  if (!info.isDirectory()) requireRegularFile(info, path);
  if (info.isDirectory()) {
    const manifestPath = join(abs, 'manifest.json');
    if (await exists(manifestPath)) return planFromManifest(manifestPath);
    const names = (await readdir(abs)).filter((n) => n.toLowerCase().endsWith('.parquet')).sort();
    if (names.length === 0)
      throw new InputError(`${path}: the folder has neither manifest.json nor .parquet files`, 'no-files');
    return {
      name: basename(abs),
      source: 'dir',
      location: abs,
      files: names.map((n) => diskFile(join(abs, n), tableNameFromFile(n))),
      skipped: [],
    };
  }
  if (basename(abs).toLowerCase() === 'manifest.json') return planFromManifest(abs);
  if (abs.toLowerCase().endsWith('.parquet')) {
    return {
      name: basename(abs),
      source: 'dir',
      location: abs,
      files: [diskFile(abs, tableNameFromFile(abs))],
      skipped: [],
    };
  }
  throw new InputError(`${path}: expected a dataset folder, a manifest.json or a .parquet file`, 'usage');
}

async function planFromManifest(manifestPath: string): Promise<DatasetPlan> {
  const info = await stat(manifestPath);
  requireRegularFile(info, manifestPath);
  checkManifestSize(info.size, manifestPath);
  const manifest = parseManifest(await readFile(manifestPath, 'utf8'), manifestPath);
  const dir = dirname(manifestPath);
  return {
    name: manifest.name,
    source: 'dir',
    location: dir,
    files: Object.entries(manifest.tables).map(([table, t]) => ({
      ...diskFile(resolveInsideDir(dir, t.path), table),
      fileName: t.path,
      expectedRows: t.rows,
      sha256: t.sha256,
    })),
    skipped: [],
  };
}

/** The CLI twin of `resolveInsidePrefix`: the resolved file must lie inside the manifest's folder. */
function resolveInsideDir(dir: string, path: string): string {
  const target = resolve(dir, path);
  const rel = relative(dir, target);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || resolve(dir, rel) !== target) {
    throw new InputError(
      `manifest.json: table path ${quoteForMessage(path)} resolves to ${target}, outside the dataset folder ${dir}`,
      'manifest-path',
    );
  }
  return target;
}

function diskFile(path: string, table: string): DatasetFile {
  return {
    table,
    fileName: basename(path),
    path,
    read: async (_signal, onBytes) => {
      const info = await stat(path).catch(() => null);
      if (info) requireRegularFile(info, path);
      const buf = await readFile(path).catch((e: NodeJS.ErrnoException) => {
        throw new InputError(
          e.code === 'ENOENT'
            ? `${basename(path)}: file not found at ${path}`
            : `${basename(path)}: ${e.message}`,
          'file-read',
        );
      });
      const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
      onBytes({ loaded: bytes.byteLength, total: bytes.byteLength });
      return bytes;
    },
  };
}

function requireRegularFile(info: Stats, path: string): void {
  if (!info.isFile()) {
    throw new InputError(
      `${path}: not a regular file (a FIFO, device or socket cannot be read as a dataset); give a dataset folder, a manifest.json or a .parquet file`,
      'not-a-file',
    );
  }
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}
