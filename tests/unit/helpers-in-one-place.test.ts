/**
 * Helpers that once existed in several hand-made copies, and drifted, have one home each: a new copy would
 * drift again. Each case names the one file allowed to hold the code, found by a marker only that code uses.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else if (/\.(ts|svelte|mjs)$/.test(name)) out.push(path);
  }
  return out;
}

function filesContaining(dirs: readonly string[], marker: string): string[] {
  return dirs.flatMap(filesUnder).filter((f) => readFileSync(f, 'utf8').includes(marker));
}

describe('one place per helper', () => {
  it('saving a file from the browser: src/app/download.ts (continuity index, SAVE LIST, journal, schedule)', () => {
    expect(filesContaining(['src'], 'URL.createObjectURL(')).toEqual(['src/app/download.ts']);
  });

  it('starting Chromium for scripts and benchmarks: scripts/chromium.ts', () => {
    expect(filesContaining(['scripts', 'bench'], 'chromium.launch(')).toEqual(['scripts/chromium.ts']);
    expect(filesContaining(['scripts', 'bench'], "'/usr/bin/chromium'")).toEqual(['scripts/chromium.ts']);
  });

  it('running the command line from a test: tests/integration/helpers/cli-runner.ts', () => {
    const marker = "'ts" + "x'"; // spelled in pieces so that this file does not match
    expect(filesContaining(['tests'], marker)).toEqual(['tests/integration/helpers/cli-runner.ts']);
  });
});
