/**
 * Takes headless-Chromium screenshots of every screen in Korean and English, for a person to look at
 * (`npx tsx scripts/screenshots.ts [route ...]`, with `npm run preview` or `npm start` serving the build
 * at :4173). Writes screenshots/<route>-<lang>.png (slashes in sub-routes become underscores).
 */
import { launchChromium } from './chromium.ts';
import { mkdirSync } from 'node:fs';

const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const routes = process.argv.slice(2).length ? process.argv.slice(2) : ['start', 'overview', 'validation'];
mkdirSync('screenshots', { recursive: true });

const browser = await launchChromium();
for (const lang of ['ko', 'en']) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  await context.addInitScript((l) => localStorage.setItem('export-intel.locale', l), lang);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[${lang}] page error: ${e.message}`));
  await page.goto(`${BASE}/#/overview`);
  await page.locator('.stats').waitFor({ timeout: 120_000 });
  for (const route of routes) {
    await page.goto(`${BASE}/#/${route}`);
    await page.waitForTimeout(800);
    // Pages that compute (e.g. the continuity pipeline) mark themselves aria-busy until they are done.
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, {
      timeout: 120_000,
    });
    await page.waitForTimeout(300);
    // Sub-routes (continuity/model) become file names without slashes (continuity_model-ko.png).
    const file = `screenshots/${route.replaceAll('/', '_')}-${lang}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await context.close();
}
await browser.close();
