/**
 * Validation reports kept in the browser's origin-private file system (OPFS), one JSON file per key
 * (validation-cache.ts). At most `maxEntries` are kept, the oldest removed first. Every failure (no OPFS,
 * quota, a damaged or foreign file) is a miss, never an error.
 */
import { isValidationReport, type ValidationStore } from './validation-cache.ts';
import type { ValidationReport } from '../validate/validation-report.ts';

const DIR = 'validation-reports';

export class OpfsValidationStore implements ValidationStore {
  #dir: Promise<FileSystemDirectoryHandle> | null = null;

  constructor(private readonly maxEntries = 32) {}

  private dir(): Promise<FileSystemDirectoryHandle> {
    this.#dir ??= navigator.storage
      .getDirectory()
      .then((root) => root.getDirectoryHandle(DIR, { create: true }));
    return this.#dir;
  }

  async get(key: string): Promise<ValidationReport | null> {
    try {
      const handle = await (await this.dir()).getFileHandle(`${key}.json`);
      const parsed: unknown = JSON.parse(await (await handle.getFile()).text());
      return isValidationReport(parsed) ? parsed : null;
    } catch {
      return null;
    }
  }

  async put(key: string, report: ValidationReport): Promise<void> {
    const dir = await this.dir();
    const handle = await dir.getFileHandle(`${key}.json`, { create: true });
    const w = await handle.createWritable();
    try {
      await w.write(JSON.stringify(report));
      await w.close();
    } catch (e) {
      await w.abort().catch(() => undefined);
      throw e;
    }
    await this.evict(dir);
  }

  private async evict(dir: FileSystemDirectoryHandle): Promise<void> {
    const files: { name: string; at: number }[] = [];
    for await (const [name, h] of dir as unknown as AsyncIterable<[string, FileSystemHandle]>) {
      if (h.kind === 'file')
        files.push({ name, at: (await (h as FileSystemFileHandle).getFile()).lastModified });
    }
    const old = files.sort((a, b) => b.at - a.at).slice(this.maxEntries);
    for (const f of old) await dir.removeEntry(f.name).catch(() => undefined);
  }
}
