/**
 * Screenshots of the continuity screens in states the plain route screenshots cannot reach, in Korean and
 * English: the model card after a refit without one variable (previous estimates shown), and the watchlist
 * with firms whose index dropped sharply. With a preview serving the build:
 *   BASE_URL=http://127.0.0.1:4181 npx tsx scripts/screenshots-continuity.ts
 * Writes screenshots/continuity_model_refit-<lang>.png and screenshots/continuity_watchlist_alerts-<lang>.png.
 */
import { launchChromium } from './chromium.ts';
import { mkdirSync } from 'node:fs';

const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
mkdirSync('screenshots', { recursive: true });
const browser = await launchChromium();
for (const lang of ['ko', 'en']) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript((l) => localStorage.setItem('export-intel.locale', l), lang);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[${lang}] page error: ${e.message}`));
  await page.goto(`${BASE}/#/continuity`);
  const risk = page.locator('table[aria-label] tbody tr');
  await risk.first().waitFor({ timeout: 120_000 });
  // Watch three firms whose index fell sharply, and one more.
  const dropped = page.locator('table[aria-label] tbody tr:has(td.ci-down)');
  for (let i = 0; i < 3; i++) await dropped.nth(i).locator('button[aria-pressed="false"]').click();
  await risk.first().locator('button[aria-pressed="false"]').click();
  await page.goto(`${BASE}/#/continuity/watchlist`);
  await page.locator('table.watch').waitFor();
  await page.screenshot({ path: `screenshots/continuity_watchlist_alerts-${lang}.png`, fullPage: true });
  await page.goto(`${BASE}/#/continuity/model`);
  await page.locator('#ci-use-trade_show').uncheck();
  await page.locator('.actions button').first().click();
  await page.locator('p.ci-note[role="status"]').waitFor();
  await page.screenshot({ path: `screenshots/continuity_model_refit-${lang}.png`, fullPage: true });
  console.log(`screenshots/continuity_{watchlist_alerts,model_refit}-${lang}.png`);
  await context.close();
}
await browser.close();
