/**
 * `logit --csv` says what is wrong with the file instead of echoing it: a Parquet file is named as such (not
 * dumped as a binary "header"), a 2 MB cell is cut to about 80 characters in the message, and a FIFO is
 * refused instead of blocking the read.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliSync } from './helpers/cli-runner.ts';

function logit(file: string) {
  return runCliSync(['logit', '--csv', file, '--y', 'y', '--x', 'x'], { timeoutMs: 60_000 });
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'export-intel-logit-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('logit --csv messages', () => {
  it('a Parquet file: says so, without binary in the message', () => {
    const r = logit('data-samples/sample/exporters.parquet');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('this is a Parquet file; --csv expects CSV');
    expect(r.stderr.length).toBeLessThan(400);
  }, 90_000);

  it('a 2 MB cell: the message shows about 80 characters of it', async () => {
    const file = join(dir, 'big-cell.csv');
    await writeFile(file, `y,x\n0,1\n1,${'9'.repeat(2_000_000)}\n`);
    const r = logit(file);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"9{80}…" in column "x" at row 2/);
    expect(r.stderr.length).toBeLessThan(400);
  }, 90_000);

  it('a FIFO named .csv is refused instead of blocking', () => {
    const fifo = join(dir, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    const r = logit(fifo);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a regular file');
  }, 90_000);
});
