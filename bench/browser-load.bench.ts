/**
 * Bundled sample → overview in headless Chromium on the production build (`npm run build` first):
 * cold (a fresh browser context: empty HTTP cache, DuckDB-WASM compiled from scratch) and warm (a reload
 * in the same context: the 34 MB duckdb-eh.wasm and the data come from the HTTP cache). Reported from
 * the app's own performance marks, and booth mode (network off, everything from the service worker): engine ready, dataset active (fetched + decoded + inserted +
 * validated), overview ready (queries done), plus the time until the overview is on screen.
 * With BEFORE_DIST=<dir> (a production build of an earlier commit) the same runs are made on that build
 * too, interleaved with this one's, so before and after share the machine's state; the table then has a
 * row per build and case and the after/before ratios.
 * Writes bench/results/browser-load.json.
 */
import { launchChromium } from '../scripts/chromium.ts';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

const PORT = 4195; // not 4190: that is on the Fetch standard's list of blocked ports (sieve)
const RUNS = 3;

if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(2);
}
const builds = [{ label: 'this build', dir: 'dist', port: PORT }];
const beforeDir = process.env.BEFORE_DIST;
if (beforeDir) {
  if (!existsSync(`${beforeDir}/index.html`)) {
    console.error(`BEFORE_DIST=${beforeDir} has no index.html`);
    process.exit(2);
  }
  builds.unshift({ label: 'before', dir: beforeDir, port: PORT + 1 });
}
const servers = builds.map((b) =>
  spawn(
    'node_modules/.bin/vite',
    ['preview', '--outDir', b.dir, '--port', String(b.port), '--strictPort', '--host', '127.0.0.1'],
    { stdio: 'ignore', detached: true },
  ),
);
for (const b of builds) await waitFor(`http://127.0.0.1:${b.port}`);
const browser = await launchChromium();

/** Marks from navigation start; `inserted` / `checked` are absent in builds older than those marks. */
type Sample = {
  engine: number;
  inserted?: number;
  checked?: number;
  dataset: number;
  overview: number;
  visible: number;
  checksReused: boolean;
};
async function measure(
  page: import('@playwright/test').Page,
  base: string,
  reload: boolean,
): Promise<Sample> {
  const t0 = Date.now();
  if (reload) await page.reload();
  else await page.goto(`${base}/#/overview`);
  await page.locator('.stats').waitFor({ timeout: 120_000 });
  const visible = Date.now() - t0;
  const marks = await page.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
  );
  return {
    engine: marks['export-intel:engine-ready'],
    inserted: marks['export-intel:files-inserted'],
    checked: marks['export-intel:validated'],
    checksReused: 'export-intel:validation-reused' in marks,
    dataset: marks['export-intel:dataset-active'],
    overview: marks['export-intel:overview-ready'],
    visible,
  };
}

const samples = builds.map(() => ({ cold: [] as Sample[], warm: [] as Sample[], offline: [] as Sample[] }));
for (let i = 0; i < RUNS; i++) {
  for (const [k, b] of builds.entries()) {
    const base = `http://127.0.0.1:${b.port}`;
    const context = await browser.newContext();
    const page = await context.newPage();
    samples[k].cold.push(await measure(page, base, false));
    samples[k].warm.push(await measure(page, base, true));
    // Booth mode: the service worker has precached everything; cut the network and start again.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.locator('.stats').waitFor({ timeout: 120_000 });
    await context.setOffline(true);
    samples[k].offline.push(await measure(page, base, true));
    await context.close();
  }
}
await browser.close();
for (const s of servers) {
  try {
    process.kill(-s.pid!);
  } catch {
    s.kill(); // not a group leader: end the server itself
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const row = (build: string, name: string, s: Sample[]) => ({
  build,
  case: name,
  engine_ready_ms: Math.round(median(s.map((x) => x.engine))),
  files_inserted_ms: s[0].inserted === undefined ? null : Math.round(median(s.map((x) => x.inserted ?? 0))),
  checks_ms:
    s[0].checked === undefined
      ? null
      : Math.round(median(s.map((x) => (x.checked ?? 0) - (x.inserted ?? 0)))),
  checks_reused: s.filter((x) => x.checksReused).length,
  dataset_active_ms: Math.round(median(s.map((x) => x.dataset))),
  overview_ready_ms: Math.round(median(s.map((x) => x.overview))),
  on_screen_ms: Math.round(median(s.map((x) => x.visible))),
});
const rows = builds.flatMap((b, k) => [
  row(b.label, 'cold (empty cache)', samples[k].cold),
  row(b.label, 'warm (reload, cached)', samples[k].warm),
  row(b.label, 'booth: network off (service worker)', samples[k].offline),
]);
console.table(rows);
const mine = rows.filter((r) => r.build === 'this build');
console.log(`warm/cold ratio (on screen): ${(mine[1].on_screen_ms / mine[0].on_screen_ms).toFixed(2)}`);
const before = rows.filter((r) => r.build === 'before');
const ratios = before.map((r, j) => ({
  case: r.case,
  after_over_before: +(mine[j].on_screen_ms / r.on_screen_ms).toFixed(2),
}));
if (ratios.length) console.table(ratios);
mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/browser-load.json',
  JSON.stringify(
    {
      name: 'browser-load',
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, node: process.version, browser: browser.version() },
      runs: RUNS,
      before: beforeDir ?? null,
      note: 'times from navigation start (performance marks) and wall time until .stats is visible; medians',
      rows,
      ratios,
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
