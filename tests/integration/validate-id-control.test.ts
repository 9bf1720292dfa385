/**
 * An id with a control character (U+001F is matching's key separator) is refused at validation, naming the
 * table, column and row, instead of passing and then failing inside matching with a raw message.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { copySample, removeDir, rewriteTable } from './helpers/dataset-fixtures.ts';
import { runCliSync } from './helpers/cli-runner.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map(removeDir)));

describe('validate: control characters in ids', () => {
  it('refuses a buyer_id containing U+001F with rule id-control', async () => {
    const dir = await copySample();
    dirs.push(dir);
    await rewriteTable(
      dir,
      'buyers',
      `SELECT * REPLACE (CASE WHEN buyer_id = (SELECT min(buyer_id) FROM t) THEN buyer_id || chr(31) || 'x' ELSE buyer_id END AS buyer_id) FROM t`,
    );
    const r = runCliSync(['validate', dir, '--json']);
    expect(r.code).toBe(2);
    const j = JSON.parse(r.stdout) as {
      errors: { rule: string; table: string; column: string; count: number }[];
    };
    const f = j.errors.find((e) => e.rule === 'id-control');
    expect(f).toMatchObject({ table: 'buyers', column: 'buyer_id', count: 1 });
    expect(r.stderr).toMatch(/buyers\.buyer_id \[id-control\] 1 row: ids may not contain control characters/);
  }, 180_000);
});
