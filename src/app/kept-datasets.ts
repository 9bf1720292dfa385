/**
 * Remote datasets kept on this device for booth use (Origin Private File System): a copy of the
 * manifest and Parquet files of a URL dataset, listed with its size, reopened offline as local files
 * (so it goes through the same checks and validation), and deleted on request.
 *
 * Layout, one folder per copy: `<ds-hash>-<time>/record.json` (what the list shows) beside `files/`, which
 * holds only the copy's own `manifest.json` and `NN-<table>.parquet`. The record lives outside `files/` and
 * the table files are named by position, so no table path of the original (`a/data.parquet` and
 * `b/data.parquet`, or a table file called `record.json`) can collide with another file of the copy.
 * A copy is called kept only after it has been reopened from the device the way the booth will open it
 * (its manifest planned, every table present, every file's SHA-256 as downloaded); a copy that fails
 * that check, or an interrupted one, is removed. Folders from before this layout (`kept.json` beside the
 * files) are still listed and opened.
 */
import { InputError } from '../core/errors.ts';
import { CONTRACT_ID } from '../data/contract.ts';
import type { DatasetPlan } from '../data/dataset/dataset-plan.ts';
import type { FetchLike } from '../data/dataset/fetch-bytes.ts';
import { planFromFiles, type PickedFile } from '../data/dataset/plan-files.ts';
import { planFromUrl } from '../data/dataset/plan-url.ts';
import { sha256Hex } from '../data/dataset/sha256.ts';
import { opfsAvailable, writeOpfsFile } from '../data/opfs-files.ts';

const ROOT = 'kept-datasets';
const RECORD = 'record.json';
const FILES = 'files';
/** The record of copies made before `files/` existed; it sat beside the table files. */
const LEGACY_RECORD = 'kept.json';

export interface KeptDataset {
  id: string;
  name: string;
  location: string;
  bytes: number;
  keptAt: string;
}

export interface KeepProgress {
  /** Files copied so far, of `total` (the manifest's tables). */
  done: number;
  total: number;
}

/** Where the copies live: the OPFS folder by default; tests pass an in-memory directory. */
export type KeptRoot = () => Promise<FileSystemDirectoryHandle>;

export interface KeepOptions {
  signal?: AbortSignal;
  onProgress?: (p: KeepProgress) => void;
  root?: KeptRoot;
  fetchImpl?: FetchLike;
}

/** Whether this browser can keep a dataset (the screens ask here; the one test is the OPFS stores'). */
export { opfsAvailable };

const opfsRoot: KeptRoot = async () =>
  (await navigator.storage.getDirectory()).getDirectoryHandle(ROOT, { create: true });

/** A stable name for a dataset URL (FNV-1a of the URL, hex): the prefix of every copy of that address. */
function addressKey(location: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < location.length; i++) h = Math.imul(h ^ location.charCodeAt(i), 0x01000193) >>> 0;
  return `ds-${h.toString(16).padStart(8, '0')}`;
}

/**
 * The copy's name for a table's file: its position keeps names apart whatever the original paths were (table
 * names are snake_case already: parseManifest refuses others).
 */
function keptFileName(index: number, table: string): string {
  return `${String(index + 1).padStart(2, '0')}-${table}.parquet`;
}

async function filesOf(dir: FileSystemDirectoryHandle, except: string[] = []): Promise<PickedFile[]> {
  const files: PickedFile[] = [];
  for await (const [name, handle] of dir.entries()) {
    if (handle.kind === 'file' && !except.includes(name))
      files.push(await (handle as FileSystemFileHandle).getFile());
  }
  return files;
}

interface Expected {
  table: string;
  fileName: string;
  sha256: string;
  rows?: number;
}

/**
 * Reopens the copy from the device the way `planFromKept` will and compares it with what was downloaded:
 * every table planned from the kept manifest, and every file's bytes hashing as they did on arrival.
 */
async function verifyCopy(files: FileSystemDirectoryHandle, expected: Expected[]): Promise<void> {
  const plan = await planFromFiles(await filesOf(files));
  const byTable = new Map(plan.files.map((f) => [f.table, f]));
  for (const e of expected) {
    const f = byTable.get(e.table);
    if (!f)
      throw new InputError(
        `kept copy: table ${e.table} (${e.fileName}) did not reopen`,
        'kept-verify-failed',
      );
    const actual = await sha256Hex(await f.read(undefined, () => undefined));
    if (actual !== e.sha256 || f.sha256 !== e.sha256 || f.expectedRows !== e.rows) {
      throw new InputError(
        `kept copy: ${e.fileName} reads back differently from what was downloaded`,
        'kept-verify-failed',
      );
    }
  }
  if (plan.files.length !== expected.length || plan.skipped.length > 0) {
    throw new InputError('kept copy: it holds files that were not downloaded', 'kept-verify-failed');
  }
}

async function readRecord(dir: FileSystemDirectoryHandle): Promise<Omit<KeptDataset, 'id'> | null> {
  for (const name of [RECORD, LEGACY_RECORD]) {
    try {
      const file = await (await dir.getFileHandle(name)).getFile();
      return JSON.parse(await file.text()) as Omit<KeptDataset, 'id'>;
    } catch {
      // not this layout (or no record yet: an interrupted copy)
    }
  }
  return null;
}

/** Copies every file of the URL dataset at `location` to this device and checks the copy. Needs the network once. */
export async function keepDataset(location: string, opts: KeepOptions = {}): Promise<KeptDataset> {
  const { signal, onProgress } = opts;
  const root = await (opts.root ?? opfsRoot)();
  const plan = await planFromUrl(location, { signal, fetchImpl: opts.fetchImpl });
  const key = addressKey(location);
  const id = `${key}-${Date.now().toString(36)}`;
  const dir = await root.getDirectoryHandle(id, { create: true });
  let record: Omit<KeptDataset, 'id'>;
  try {
    const files = await dir.getDirectoryHandle(FILES, { create: true });
    const tables: Record<string, { path: string; rows?: number; sha256: string }> = {};
    const expected: Expected[] = [];
    let bytes = 0;
    onProgress?.({ done: 0, total: plan.files.length });
    for (const [i, f] of plan.files.entries()) {
      const data = await f.read(signal, () => undefined);
      const sha256 = await sha256Hex(data);
      if (f.sha256 && f.sha256 !== sha256) {
        throw new InputError(
          `${f.fileName}: the downloaded file's SHA-256 does not match the manifest — it changed or was damaged on the way`,
          'sha256-mismatch',
        );
      }
      const name = keptFileName(i, f.table);
      await writeOpfsFile(files, name, new Blob([data as Uint8Array<ArrayBuffer>]));
      tables[f.table] = { path: name, rows: f.expectedRows, sha256 };
      expected.push({ table: f.table, fileName: f.fileName, sha256, rows: f.expectedRows });
      bytes += data.byteLength;
      onProgress?.({ done: i + 1, total: plan.files.length });
    }
    const manifest = {
      contract: CONTRACT_ID,
      name: plan.name,
      created: new Date().toISOString(),
      tables,
    };
    await writeOpfsFile(files, 'manifest.json', JSON.stringify(manifest));
    await verifyCopy(files, expected);
    record = { name: plan.name, location, bytes, keptAt: new Date().toISOString() };
    await writeOpfsFile(dir, RECORD, JSON.stringify(record));
  } catch (e) {
    await root.removeEntry(id, { recursive: true }).catch(() => undefined);
    throw e;
  }
  // Only now that the new copy is whole are older copies of the same address (and interrupted ones) let go.
  for await (const [name, handle] of root.entries()) {
    if (handle.kind !== 'directory' || name === id) continue;
    const rec = await readRecord(handle as FileSystemDirectoryHandle);
    if ((rec === null && name.startsWith(`${key}-`)) || rec?.location === location || name === key)
      await root.removeEntry(name, { recursive: true }).catch(() => undefined);
  }
  return { id, ...record };
}

export async function listKeptDatasets(root: KeptRoot = opfsRoot): Promise<KeptDataset[]> {
  if (root === opfsRoot && !opfsAvailable()) return [];
  const out: KeptDataset[] = [];
  for await (const [name, handle] of (await root()).entries()) {
    if (handle.kind !== 'directory') continue;
    const rec = await readRecord(handle as FileSystemDirectoryHandle);
    if (rec) out.push({ ...rec, id: name });
  }
  return out.sort((a, b) => b.keptAt.localeCompare(a.keptAt));
}

/** A plan that reads the kept copy as local files (manifest included). */
export async function planFromKept(id: string, root: KeptRoot = opfsRoot): Promise<DatasetPlan> {
  const dir = await (await root()).getDirectoryHandle(id);
  const record = await readRecord(dir);
  let files: PickedFile[];
  try {
    files = await filesOf(await dir.getDirectoryHandle(FILES));
  } catch {
    files = await filesOf(dir, [LEGACY_RECORD]);
  }
  const plan = await planFromFiles(files);
  return { ...plan, location: record?.location ?? plan.location, fileCount: undefined };
}

export async function deleteKeptDataset(id: string, root: KeptRoot = opfsRoot): Promise<void> {
  await (await root()).removeEntry(id, { recursive: true });
}
