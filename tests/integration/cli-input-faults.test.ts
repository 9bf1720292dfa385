/**
 * CLI inputs that used to hang or run for minutes end at once with exit 2 and a message: `validate` on a FIFO
 * named `.parquet`, a manifest listing 3,000 tables, a manifest over the 1 MiB limit (the browser's limit too),
 * and `generate --out` into a folder that cannot be written.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copySample, removeDir } from './helpers/dataset-fixtures.ts';
import { runCliSync } from './helpers/cli-runner.ts';

function cli(...args: string[]): { code: number; stderr: string; ms: number } {
  const started = Date.now();
  const r = runCliSync(args, { timeoutMs: 60_000 });
  return { code: r.code, stderr: r.stderr, ms: Date.now() - started };
}

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map(removeDir)));

async function tempDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'export-intel-faults-'));
  dirs.push(d);
  return d;
}

describe('cli inputs that used to hang', () => {
  it('validate refuses a FIFO named .parquet instead of blocking on it', async () => {
    const fifo = join(await tempDir(), 'exporters.parquet');
    execFileSync('mkfifo', [fifo]);
    const r = cli('validate', fifo);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a regular file');
  }, 90_000);

  it('validate refuses a FIFO among a folder’s .parquet files', async () => {
    const dir = await copySample();
    dirs.push(dir);
    await removeDir(join(dir, 'manifest.json'));
    await removeDir(join(dir, 'weblog.parquet'));
    execFileSync('mkfifo', [join(dir, 'weblog.parquet')]);
    const r = cli('validate', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/weblog\.parquet: not a regular file/);
  }, 90_000);

  it('a manifest listing 3,000 tables is refused, naming the cap', async () => {
    const dir = await copySample();
    dirs.push(dir);
    const m = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { tables: object };
    const tables: Record<string, { path: string }> = {};
    for (let i = 0; i < 3000; i++) tables[`t${i}`] = { path: `t${i}.parquet` };
    await writeFile(join(dir, 'manifest.json'), JSON.stringify({ ...m, tables: { ...m.tables, ...tables } }));
    const r = cli('validate', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/lists 3014 tables; a dataset may have at most 64/);
  }, 90_000);

  it('a manifest over 1 MiB is refused as in the browser', async () => {
    const dir = await copySample();
    dirs.push(dir);
    const text = await readFile(join(dir, 'manifest.json'), 'utf8');
    await writeFile(join(dir, 'manifest.json'), text + ' '.repeat(2 << 20));
    const r = cli('validate', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/2\.0 MiB is larger than the 1 MiB limit for manifest\.json/);
  }, 90_000);

  it('generate --out into /proc refuses before generating instead of spinning', () => {
    const r = cli('generate', '--out', '/proc/nope');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--out /proc/nope: cannot write to that folder');
    expect(r.stderr).not.toContain('generating:');
  }, 90_000);

  it('generate --out under a file refuses with the reason', async () => {
    const file = join(await tempDir(), 'a-file');
    await writeFile(file, 'x');
    const r = cli('generate', '--out', join(file, 'out'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('a file is in the way');
  }, 90_000);
});
