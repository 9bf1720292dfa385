/**
 * Screenshots of the continuity model card when the default selection had to leave variables out, in Korean
 * and English: a panel where every firm exports to one market and one HS code (so n_markets and hs_diversity
 * equal exported_now), generated into a temporary folder and served with CORS on port 4570 (the data origin
 * the e2e build allows). With a preview serving a build made with EXPORT_INTEL_DATA_ORIGINS=http://127.0.0.1:4570:
 *   flock /tmp/e2e.lock npx tsx scripts/screenshots-continuity-dropped.ts
 * Writes screenshots/continuity_model_dropped-<lang>.png (whole page) and continuity_model_dropped_list-<lang>.png
 * (the coefficients section with the dropped variables).
 */
import { launchChromium } from './chromium.ts';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { generateDataset } from '../src/data/generate/write-dataset.node.ts';

const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const PORT = 4570;
const dir = mkdtempSync(join(tmpdir(), 'single-market-'));
await generateDataset({
  out: dir,
  seed: 11,
  exporters: 1200,
  buyers: 40,
  startYear: 2014,
  endYear: 2023,
  singleMarket: true,
});
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
    /^\/+/,
    '',
  );
  res.setHeader('Access-Control-Allow-Origin', '*');
  try {
    const body = readFileSync(join(dir, path));
    res.setHeader('Content-Type', path.endsWith('.json') ? 'application/json' : 'application/octet-stream');
    res.end(body);
  } catch {
    res.statusCode = 404;
    res.end();
  }
});
await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
mkdirSync('screenshots', { recursive: true });
const browser = await launchChromium();
try {
  for (const lang of ['ko', 'en']) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript((l) => localStorage.setItem('export-intel.locale', l), lang);
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`[${lang}] page error: ${e.message}`));
    await page.goto(`${BASE}/?data=${encodeURIComponent(`http://127.0.0.1:${PORT}`)}#/continuity/model`);
    await page.locator('#ci-dropped-title').waitFor({ timeout: 180_000 });
    await page.locator('#ci-dropped-title').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `screenshots/continuity_model_dropped-${lang}.png`, fullPage: true });
    // The coefficients with the list of dropped variables under them, at readable size.
    await page
      .locator('section[aria-labelledby="ci-coef-title"]')
      .screenshot({ path: `screenshots/continuity_model_dropped_list-${lang}.png` });
    console.log(`screenshots/continuity_model_dropped{,_list}-${lang}.png`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
