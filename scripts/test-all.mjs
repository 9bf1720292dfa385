#!/usr/bin/env node
/**
 * `npm test`: everything that can fail, in order — type checks (tsc, svelte-check), lint (ESLint,
 * Prettier), Vitest (unit + integration on real DuckDB), production build, e2e in headless Chromium —
 * then one summary line "summary: N passed, N failed". Later steps still run after a failure so one
 * run shows every problem; the exit code is non-zero if anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const E2E_DATA_ORIGIN = 'http://127.0.0.1:4570'; // the s3rver bucket the e2e suite starts
mkdirSync('.tmp', { recursive: true });

const steps = [
  { name: 'typecheck: tsc', cmd: 'npx', args: ['tsc', '--noEmit', '-p', 'tsconfig.json'] },
  // src/core with the ECMAScript library only: a DOM or Node type in core fails here.
  {
    name: 'typecheck: tsc (src/core, ES only)',
    cmd: 'npx',
    args: ['tsc', '--noEmit', '-p', 'tsconfig.core.json'],
  },
  {
    name: 'typecheck: svelte-check',
    cmd: 'npx',
    args: ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--threshold', 'warning'],
  },
  { name: 'lint: eslint', cmd: 'npx', args: ['eslint', '.'] },
  { name: 'lint: prettier', cmd: 'npx', args: ['prettier', '--check', '.'] },
  {
    name: 'vitest: unit + integration',
    cmd: 'npx',
    args: ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=.tmp/vitest.json'],
    report: '.tmp/vitest.json',
  },
  { name: 'build', cmd: 'npx', args: ['vite', 'build'], env: { EXPORT_INTEL_DATA_ORIGINS: E2E_DATA_ORIGIN } },
  {
    name: 'e2e: playwright (chromium)',
    cmd: 'npx',
    args: ['playwright', 'test'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: '.tmp/playwright.json' },
    report: '.tmp/playwright.json',
  },
];

let passed = 0;
let failed = 0;
const lines = [];
for (const step of steps) {
  const t0 = Date.now();
  console.log(`\n=== ${step.name} ===`);
  const r = spawnSync(step.cmd, step.args, { stdio: 'inherit', env: { ...process.env, ...step.env } });
  const ok = r.status === 0;
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  const counts = step.report ? readCounts(step.report) : null;
  if (counts) {
    passed += counts.passed;
    failed += counts.failed + (ok || counts.failed ? 0 : 1);
  } else if (ok) passed += 1;
  else failed += 1;
  lines.push(
    `${ok ? 'ok  ' : 'FAIL'} ${step.name} (${secs}s)${counts ? ` — ${counts.passed} passed, ${counts.failed} failed` : ''}`,
  );
}
console.log('\n' + lines.join('\n'));
console.log(`summary: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

function readCounts(file) {
  if (!existsSync(file)) return null;
  try {
    const j = JSON.parse(readFileSync(file, 'utf8'));
    if ('numPassedTests' in j) return { passed: j.numPassedTests, failed: j.numFailedTests };
    if (j.stats) return { passed: j.stats.expected + (j.stats.flaky ?? 0), failed: j.stats.unexpected };
  } catch {
    return null;
  }
  return null;
}
