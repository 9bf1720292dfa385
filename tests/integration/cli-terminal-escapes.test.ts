/**
 * Text from the data never reaches the terminal as control characters: `match` in text mode prints a buyer
 * named with an ANSI colour code, a BEL and a C1 CSI as `\u001b…` escapes (as `--json` does), and a message on
 * stderr that repeats an id does the same.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySample, removeDir, rewriteTable } from './helpers/dataset-fixtures.ts';
import { runCliSync } from './helpers/cli-runner.ts';

const cli = (...args: string[]) => runCliSync(args);

// C0 controls except the newline, DEL, and C1 controls.
// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

let dir = '';
beforeAll(async () => {
  dir = await copySample();
  await rewriteTable(
    dir,
    'buyers',
    `SELECT * REPLACE (chr(27) || '[31m' || name || chr(27) || ']0;pwned' || chr(7) || chr(155) || '2J' AS name) FROM t`,
  );
}, 120_000);
afterAll(() => removeDir(dir));

describe('cli text output escapes control characters', () => {
  it('match in text mode prints the names with \\u escapes, as --json does', () => {
    const text = cli('match', '--data', dir, '--exporter', 'E000001');
    expect(text.code).toBe(0);
    expect(text.stdout).not.toMatch(RAW_CONTROL);
    expect(text.stdout).toContain('\\u001b[31m');
    expect(text.stdout).toContain('\\u0007\\u009b2J');
    const json = cli('match', '--data', dir, '--exporter', 'E000001', '--json');
    expect(json.stdout).not.toMatch(RAW_CONTROL);
    const names = (JSON.parse(json.stdout) as { items: { name: string }[] }).items.map((i) => i.name);
    expect(names[0].startsWith('\u001b[31m')).toBe(true);
  }, 240_000);

  it('an error on stderr that repeats an id escapes it', () => {
    const r = cli('match', '--data', dir, '--exporter', 'E\u001b]0;pwned\u0007X');
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toContain('E\\u001b]0;pwned\\u0007X');
  }, 120_000);
});
