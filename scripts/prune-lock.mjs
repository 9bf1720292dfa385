#!/usr/bin/env node
/**
 * Removes optional dependencies that the lock file cannot resolve (e.g. @duckdb/node-bindings for
 * macOS/Windows when the registry in use only serves the linux-x64 build). npm records them without
 * an entry, and `npm ci` then refuses the lock ("Missing: … from lock file"). Run after `npm install`:
 *   npm install && node scripts/prune-lock.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';

const path = 'package-lock.json';
const lock = JSON.parse(readFileSync(path, 'utf8'));
const removed = [];
for (const [key, pkg] of Object.entries(lock.packages)) {
  if (!pkg.optionalDependencies) continue;
  for (const dep of Object.keys(pkg.optionalDependencies)) {
    // npm resolves a dependency from the package's own node_modules upwards.
    const base = key ? `${key}/node_modules/` : 'node_modules/';
    const found = [base + dep, `node_modules/${dep}`].some((k) => k in lock.packages);
    if (!found) {
      delete pkg.optionalDependencies[dep];
      removed.push(`${key || '(root)'} → ${dep}`);
    }
  }
}
writeFileSync(path, JSON.stringify(lock, null, 2) + '\n');
console.error(
  removed.length
    ? `pruned unresolvable optional dependencies:\n  ${removed.join('\n  ')}`
    : 'nothing to prune',
);
