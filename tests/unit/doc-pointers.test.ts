/**
 * Comments and documents point at facts that live in this repository, and every pointer resolves: a
 * `docs/<file>.md#<anchor>` (or a relative `<file>.md#<anchor>` link inside docs/) names a file and a heading
 * that exist, and the paths in docs/architecture.md's tables are real files or folders. The design guide the
 * code used to cite by section number is not in the repository, so no such citation may come back.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const SCANNED = ['src', 'tests', 'scripts', 'bench', 'docs', 'wasm/assembly'];
const ROOT_FILES = [
  'README.md',
  'eslint.config.js',
  'security-policy.ts',
  'vite.config.ts',
  'vitest.config.ts',
];
const SKIP = new Set(['node_modules', 'fixtures', 'results', '__snapshots__', 'build']);
const TEXT = /\.(ts|js|mjs|svelte|md|css|html)$/;

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    if (SKIP.has(name)) continue;
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...filesUnder(path));
    else if (TEXT.test(name)) out.push(path);
  }
  return out;
}

const FILES = [...SCANNED.flatMap(filesUnder), ...ROOT_FILES.filter((f) => existsSync(join(ROOT, f)))];

/** GitHub's heading anchors: lower case, punctuation dropped, each space a hyphen, repeats numbered. */
function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const m = fenced ? null : /^#{1,6}\s+(.*)$/.exec(line);
    if (!m) continue;
    const base = m[1]!
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

describe('pointers to documentation', () => {
  it('no file cites the design guide that is not in the repository', () => {
    const citation = ['DESIGN', '§'].join(' ');
    const citing = FILES.filter((f) => readFileSync(join(ROOT, f), 'utf8').includes(citation));
    expect(citing).toEqual([]);
  });

  it('every docs/<file>.md#<anchor> pointer names a heading that exists', () => {
    const broken: string[] = [];
    for (const file of FILES) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      const inDocs = file.startsWith('docs/');
      // A docs/… path with an anchor anywhere; inside docs/, markdown links to a sibling file or the same file.
      const pattern = inDocs ? /\(([\w-]+\.md)?#([^)\s]+)\)/g : /docs\/([\w-]+\.md)#([^\s)`'",]+)/g;
      for (const m of text.matchAll(pattern)) {
        const target = m[1] ? join('docs', m[1]) : file;
        const anchor = decodeURIComponent(m[2]!).replace(/[.:;]+$/, '');
        const path = join(ROOT, target);
        if (!existsSync(path) || !anchorsOf(readFileSync(path, 'utf8')).has(anchor))
          broken.push(`${file}: ${target}#${anchor}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("docs/architecture.md's tables name files and folders that exist", () => {
    const doc = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');
    const missing: string[] = [];
    for (const line of doc.split('\n').filter((l) => l.startsWith('|'))) {
      for (const [, token] of line.matchAll(/`([^`]+)`/g)) {
        // A path from the repository root (src/…, tests/…), from src/ (core/…, ui/…), or a root file.
        const [first] = token!.split('/');
        const fromRoot =
          !token!.includes('/') || ['src', 'tests', 'wasm', 'bench', 'scripts', 'docs'].includes(first!);
        const path = fromRoot ? token! : join('src', token!);
        if (!exists(path)) missing.push(token!);
      }
    }
    expect(missing).toEqual([]);
  });
});

/**
 * A path that exists; or, in its last segment, a glob (`parquet-*`) or a file name without its extensions
 * (`tests/e2e/startup` for startup.spec.ts) that matches at least one entry of its folder.
 */
function exists(path: string): boolean {
  if (existsSync(join(ROOT, path))) return true;
  const dir = join(ROOT, path.slice(0, path.lastIndexOf('/')));
  const last = path.slice(path.lastIndexOf('/') + 1);
  const escaped = last.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  const glob = new RegExp(`^${escaped}(\\..+)?$`);
  return existsSync(dir) && readdirSync(dir).some((n) => glob.test(n));
}
