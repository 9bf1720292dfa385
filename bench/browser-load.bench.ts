/**
 * Bundled sample → overview in headless Chromium on the production build (`npm run build` first):
 * cold (a fresh browser context: empty HTTP cache, DuckDB-WASM compiled from scratch) and warm (a reload
 * in the same context: the 34 MB duckdb-eh.wasm and the data come from the HTTP cache). Reported from
 * the app's own performance marks, and booth mode (network off, everything from the service worker): engine ready, dataset active (fetched + decoded + inserted +
 * validated), overview ready (queries done), plus the time until the overview is on screen.
 * Writes bench/results/browser-load.json.
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

const PORT = 4195; // not 4190: that is on the Fetch standard's list of blocked ports (sieve)
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = 3;

if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(2);
}
const server = spawn(
  'node_modules/.bin/vite',
  ['preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  {
    stdio: 'ignore',
    detached: true,
  },
);
await waitFor(BASE);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});

type Sample = { engine: number; dataset: number; overview: number; visible: number };
async function measure(page: import('@playwright/test').Page, reload: boolean): Promise<Sample> {
  const t0 = Date.now();
  if (reload) await page.reload();
  else await page.goto(`${BASE}/#/overview`);
  await page.locator('.stats').waitFor({ timeout: 120_000 });
  const visible = Date.now() - t0;
  const marks = await page.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
  );
  return {
    engine: marks['export-intel:engine-ready'],
    dataset: marks['export-intel:dataset-active'],
    overview: marks['export-intel:overview-ready'],
    visible,
  };
}

const cold: Sample[] = [];
const warm: Sample[] = [];
const offline: Sample[] = [];
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  cold.push(await measure(page, false));
  warm.push(await measure(page, true));
  // Booth mode: the service worker has precached everything; cut the network and start again.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.locator('.stats').waitFor({ timeout: 120_000 });
  await context.setOffline(true);
  offline.push(await measure(page, true));
  await context.close();
}
await browser.close();
process.kill(-server.pid!);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const row = (name: string, s: Sample[]) => ({
  case: name,
  engine_ready_ms: Math.round(median(s.map((x) => x.engine))),
  dataset_active_ms: Math.round(median(s.map((x) => x.dataset))),
  overview_ready_ms: Math.round(median(s.map((x) => x.overview))),
  on_screen_ms: Math.round(median(s.map((x) => x.visible))),
});
const rows = [
  row('cold (empty cache)', cold),
  row('warm (reload, cached)', warm),
  row('booth: network off (service worker)', offline),
];
console.table(rows);
console.log(`warm/cold ratio (on screen): ${(rows[1].on_screen_ms / rows[0].on_screen_ms).toFixed(2)}`);
mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/browser-load.json',
  JSON.stringify(
    {
      name: 'browser-load',
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, node: process.version, browser: browser.version() },
      runs: RUNS,
      note: 'times from navigation start (performance marks) and wall time until .stats is visible; medians',
      rows,
    },
    null,
    2,
  ) + '\n',
);

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not start`);
}
