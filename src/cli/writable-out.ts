/**
 * The CLI checks an output folder before it computes anything: `generate --out /proc/nope` used to run (and
 * spin) before the first write failed. Creating the folder and one probe file proves it is writable. The
 * folders are made one level at a time, not with `mkdir -p`: Node's recursive mkdir loops forever under /proc
 * (it sees ENOENT, makes the parent that exists, and tries again).
 */
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { InputError } from '../core/errors.ts';

export async function requireWritableDir(dir: string, option = '--out'): Promise<void> {
  const probe = join(dir, `.export-intel-write-check-${process.pid}`);
  try {
    const missing: string[] = [];
    let at = resolve(dir);
    while (!(await stat(at).catch(() => null)) && dirname(at) !== at) {
      missing.unshift(at);
      at = dirname(at);
    }
    for (const d of missing) await mkdir(d);
    await writeFile(probe, '');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why =
      err.code === 'EACCES' || err.code === 'EPERM' || err.code === 'EROFS'
        ? 'permission denied or read-only'
        : err.code === 'ENOTDIR' || err.code === 'EEXIST'
          ? 'a file is in the way, not a folder'
          : err.code === 'ENOENT'
            ? 'it cannot be created there'
            : (err.code ?? err.message);
    throw new InputError(
      `${option} ${dir}: cannot write to that folder (${why}); choose a folder you can write to`,
      'out-not-writable',
    );
  }
  await rm(probe, { force: true });
}
