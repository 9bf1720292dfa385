/**
 * Colours live in two places only: the screens' CSS variables (src/ui/app.css) and the chart palette
 * (src/charts/chart-frame.ts). A hex or rgb() colour anywhere else in src/ui or src/charts is a copy that
 * drifts (issue 12 scope 5): this test names the file and line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const ALLOWED = new Set(['src/ui/app.css', 'src/charts/chart-frame.ts']);
// #rgb, #rgba, #rrggbb, #rrggbbaa not followed by more of a name (so `url(#hatch-1)` and `#/route` pass).
const COLOUR = /#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})(?![\w-])|\b(?:rgba?|hsla?)\(\s*\d/gi;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(svelte|css|ts)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** `file:line: text` for every literal colour outside the two allowed files. */
function literalColours(paths: readonly string[]): string[] {
  const found: string[] = [];
  for (const path of paths) {
    const rel = relative(ROOT, path).replaceAll('\\', '/');
    if (ALLOWED.has(rel)) continue;
    readFileSync(path, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (line.match(COLOUR)) found.push(`${rel}:${i + 1}: ${line.trim()}`);
      });
  }
  return found;
}

describe('colours', () => {
  it('the pattern finds colours and skips ids and routes', () => {
    const hits = (s: string) => s.match(COLOUR) ?? [];
    expect(hits('color: #fff; background: #fdecea; border: 1px solid #0F3B7A80')).toHaveLength(3);
    expect(hits("fill: 'rgb(255, 255, 255)'; box-shadow: 0 0 4px rgba(0, 0, 0, 0.2)")).toHaveLength(2);
    expect(hits("fill: url(#hatch-1); href='#/overview'; id: '#header'")).toEqual([]);
  });

  it('appear only in src/ui/app.css (CSS variables) and src/charts/chart-frame.ts (PALETTE)', () => {
    const paths = [...files(join(ROOT, 'src', 'ui')), ...files(join(ROOT, 'src', 'charts'))];
    expect(paths.length).toBeGreaterThan(40);
    expect(literalColours(paths)).toEqual([]);
  });
});
