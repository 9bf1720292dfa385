/**
 * `cli validate` as users call it (a child process): exit codes 0 / 2, the JSON shape, and messages that
 * name table, column and rule — never a stack trace for bad input.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { copySample, removeDir, rewriteTable, SAMPLE_DIR } from './helpers/dataset-fixtures.ts';
import { runCliSync } from './helpers/cli-runner.ts';

function cli(...args: string[]) {
  return runCliSync(['validate', ...args]);
}

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map(removeDir)));

describe('cli validate', () => {
  it('accepts the bundled sample (exit 0) and prints one JSON object with --json', () => {
    const r = cli(SAMPLE_DIR, '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(['ok', 'dataset', 'tables', 'errors', 'warnings']);
    expect(j.ok).toBe(true);
    expect(j.tables).toHaveLength(14);
  });

  it('rejects a contract error with exit 2 and a line naming file, table, column and rule', async () => {
    const dir = await copySample();
    dirs.push(dir);
    await rewriteTable(dir, 'exports', `SELECT * REPLACE ('ZZ' AS country) FROM t`);
    const r = cli(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/error exports\.parquet: exports\.country \[iso-country\] \d+ rows/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a decompression bomb by its declared size, quickly', () => {
    const t0 = Date.now();
    const r = cli('tests/fixtures/parquet-testing/data/large_string_map.brotli.parquet');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/size limit/);
    expect(Date.now() - t0).toBeLessThan(60_000);
  });

  it('says what is wrong with a missing path or bad arguments, without a stack trace', () => {
    const missing = cli('no/such/folder');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such file or folder/);
    const usage = cli();
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/usage: validate PATH/);
    for (const r of [missing, usage]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
