/**
 * Validation reports kept in the browser's origin-private file system (OPFS), one JSON file per key
 * (validation-cache.ts). At most `maxEntries` are kept, the oldest removed first. Every failure (no OPFS,
 * quota, a damaged or foreign file) is a miss, never an error.
 */
import { opfsDirectory, opfsFilesOldestFirst, writeOpfsFile } from '../opfs-files.ts';
import { isValidationReport, type ValidationStore } from './validation-cache.ts';
import type { ValidationReport } from '../validate/validation-report.ts';

export class OpfsValidationStore implements ValidationStore {
  private readonly dir = opfsDirectory('validation-reports');

  constructor(private readonly maxEntries = 32) {}

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
    await writeOpfsFile(dir, `${key}.json`, JSON.stringify(report));
    const files = await opfsFilesOldestFirst(dir);
    for (const f of files.slice(0, Math.max(0, files.length - this.maxEntries)))
      await dir.removeEntry(f.name).catch(() => undefined);
  }
}
