/**
 * Remote datasets kept on this device for booth use (Origin Private File System): a copy of the
 * manifest and Parquet files of a URL dataset, listed with its size, reopened offline as local files
 * (so it goes through the same checks and validation), and deleted on request.
 */
import type { DatasetPlan } from '../data/dataset/dataset-plan.ts';
import { planFromFiles, type PickedFile } from '../data/dataset/plan-files.ts';
import { planFromUrl } from '../data/dataset/plan-url.ts';
import { opfsAvailable } from '../data/opfs-files.ts';

const ROOT = 'kept-datasets';
const INFO = 'kept.json';

export interface KeptDataset {
  id: string;
  name: string;
  location: string;
  bytes: number;
  keptAt: string;
}

/** Whether this browser can keep a dataset (the screens ask here; the one test is the OPFS stores'). */
export { opfsAvailable };

async function rootDir(): Promise<FileSystemDirectoryHandle> {
  const root = await navigator.storage.getDirectory();
  return root.getDirectoryHandle(ROOT, { create: true });
}

/** A stable folder name for a dataset URL (FNV-1a of the URL, hex). */
function idFor(location: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < location.length; i++) h = Math.imul(h ^ location.charCodeAt(i), 0x01000193) >>> 0;
  return `ds-${h.toString(16).padStart(8, '0')}`;
}

async function writeFile(
  dir: FileSystemDirectoryHandle,
  name: string,
  bytes: Uint8Array | string,
): Promise<void> {
  const handle = await dir.getFileHandle(name, { create: true });
  const w = await handle.createWritable();
  await w.write(typeof bytes === 'string' ? bytes : (bytes as Uint8Array<ArrayBuffer>));
  await w.close();
}

/** Copies every file of the URL dataset at `location` to this device. Needs the network once. */
export async function keepDataset(location: string, signal?: AbortSignal): Promise<KeptDataset> {
  const plan = await planFromUrl(location, { signal });
  const id = idFor(location);
  const root = await rootDir();
  await root.removeEntry(id, { recursive: true }).catch(() => undefined);
  const dir = await root.getDirectoryHandle(id, { create: true });
  const tables: Record<string, { path: string; rows?: number; sha256?: string }> = {};
  let bytes = 0;
  for (const f of plan.files) {
    const data = await f.read(signal, () => undefined);
    const fileName = f.fileName.replace(/^.*\//, '');
    await writeFile(dir, fileName, data);
    tables[f.table] = { path: fileName, rows: f.expectedRows, sha256: f.sha256 };
    bytes += data.byteLength;
  }
  const manifest = {
    contract: 'export-intel/1',
    name: plan.name,
    created: new Date(0).toISOString(),
    tables,
  };
  await writeFile(dir, 'manifest.json', JSON.stringify(manifest));
  const info: KeptDataset = { id, name: plan.name, location, bytes, keptAt: new Date().toISOString() };
  await writeFile(dir, INFO, JSON.stringify(info));
  return info;
}

export async function listKeptDatasets(): Promise<KeptDataset[]> {
  if (!opfsAvailable()) return [];
  const root = await rootDir();
  const out: KeptDataset[] = [];
  for await (const [name, handle] of root.entries()) {
    if (handle.kind !== 'directory') continue;
    try {
      const file = await (await (handle as FileSystemDirectoryHandle).getFileHandle(INFO)).getFile();
      out.push(JSON.parse(await file.text()) as KeptDataset);
    } catch {
      // an interrupted copy: no info file yet; it is cleaned up when the same dataset is kept again
      void name;
    }
  }
  return out.sort((a, b) => b.keptAt.localeCompare(a.keptAt));
}

/** A plan that reads the kept copy as local files (manifest included). */
export async function planFromKept(id: string): Promise<DatasetPlan> {
  const dir = await (await rootDir()).getDirectoryHandle(id);
  const files: PickedFile[] = [];
  for await (const [name, handle] of dir.entries()) {
    if (handle.kind === 'file' && name !== INFO) files.push(await (handle as FileSystemFileHandle).getFile());
  }
  const plan = await planFromFiles(files);
  const info = (await listKeptDatasets()).find((k) => k.id === id);
  return { ...plan, location: info?.location ?? plan.location, fileCount: undefined };
}

export async function deleteKeptDataset(id: string): Promise<void> {
  await (await rootDir()).removeEntry(id, { recursive: true });
}
