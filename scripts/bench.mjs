#!/usr/bin/env node
/**
 * `npm run bench`: runs every bench/*.bench.ts in turn (each prints its table and writes
 * bench/results/<name>.json), then lists the result files. Benchmarks are not tests: they report
 * numbers and ratios against a reference measured in the same run; they never fail on a threshold.
 * `npm run bench -- logit` runs only the benchmarks whose file name contains "logit".
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const filter = process.argv[2] ?? '';
const benches = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();
let failed = 0;
for (const b of benches) {
  console.log(`\n### ${b}`);
  const r = spawnSync('npx', ['tsx', `bench/${b}`], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.log(`(${b} exited with ${r.status})`);
  }
}
console.log(
  `\nresults: ${readdirSync('bench/results')
    .filter((f) => f.endsWith('.json'))
    .join(', ')}`,
);
process.exit(failed ? 1 : 0);
