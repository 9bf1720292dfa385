#!/usr/bin/env node
/**
 * npm lifecycle hook, run by `npm ci` / `npm install` in this repository: builds the WebAssembly kernels so that
 * a fresh clone works with no separate build step (docs/architecture.md#command-line-contract). It stays fast (the
 * build skips up-to-date modules) and robust: without the compiler (assemblyscript is a devDependency, absent from a
 * production-only install) it says so and exits 0; callers then fall back to the TypeScript twins. A compile error
 * fails the install on purpose: a silently missing kernel would only show up later as slow fits.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

if (!existsSync(join(root, 'node_modules', 'assemblyscript', 'package.json'))) {
  console.error(
    'postinstall: assemblyscript is not installed (production install?); skipping the wasm build',
  );
  process.exit(0);
}
const result = spawnSync(process.execPath, [join(root, 'scripts', 'build-wasm.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
if (result.error) {
  console.error(`postinstall: could not run the wasm build: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
