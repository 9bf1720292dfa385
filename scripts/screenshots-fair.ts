/**
 * Screenshots of the fair-booth screens in Korean and English, plus the printed schedule and consulting report
 * as PDF pages (page.pdf() in Chromium; turn them into PNGs with `pdftoppm -png`), for a person to look at.
 * Run with a preview serving the build: `npx vite preview --outDir /tmp/dist-fair --port 4183 --host 127.0.0.1 &`
 * then `BASE_URL=http://127.0.0.1:4183 npx tsx scripts/screenshots-fair.ts`. Writes screenshots/fair-*.png|pdf.
 */
import { type Page } from '@playwright/test';
import { launchChromium } from './chromium.ts';
import { mkdirSync } from 'node:fs';

const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:4183';
const OUT = process.env.OUT_DIR ?? 'screenshots';
mkdirSync(OUT, { recursive: true });

const browser = await launchChromium();

async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(600);
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, { timeout: 180_000 });
  await page.waitForTimeout(400);
}

for (const lang of ['ko', 'en']) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  await context.addInitScript((l) => localStorage.setItem('export-intel.locale', l), lang);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[${lang}] page error: ${e.message}`));
  await page.goto(`${BASE}/#/overview`);
  await page.locator('.stats').waitFor({ timeout: 120_000 });

  await page.goto(`${BASE}/#/fair/live`);
  await page.getByTestId('live-stats').waitFor({ timeout: 120_000 });
  await settle(page);
  await page.screenshot({ path: `${OUT}/fair-live-${lang}.png`, fullPage: true });

  await page.goto(`${BASE}/#/fair/schedule`);
  await settle(page);
  await page.screenshot({ path: `${OUT}/fair-schedule-empty-${lang}.png`, fullPage: true });
  await page.getByRole('button', { name: lang === 'ko' ? '일정표 만들기' : 'Build schedule' }).click();
  await page.getByTestId('schedule-grid').waitFor();
  await settle(page);
  await page.screenshot({ path: `${OUT}/fair-schedule-${lang}.png`, fullPage: true });
  // One firm's printed schedule, then every exporter's (first pages), as A4 PDFs.
  await page.evaluate(() => (window.print = () => undefined));
  await page
    .getByTestId('schedule-grid')
    .getByRole('button', { name: lang === 'ko' ? '인쇄' : 'Print' })
    .first()
    .click();
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: `${OUT}/fair-schedule-firm-${lang}.pdf`, format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });

  await page.goto(`${BASE}/#/fair/weblog`);
  await page.getByTestId('weblog-conversion').waitFor({ timeout: 120_000 });
  await settle(page);
  await page.screenshot({ path: `${OUT}/fair-weblog-${lang}.png`, fullPage: true });

  await page.goto(`${BASE}/#/fair/consulting`);
  await page.getByTestId('beginners').waitFor({ timeout: 120_000 });
  await settle(page);
  await page.screenshot({ path: `${OUT}/fair-consulting-list-${lang}.png`, fullPage: true });
  await page.getByTestId('beginners').getByRole('link').first().click();
  await page.getByTestId('consulting-report').waitFor({ timeout: 120_000 });
  await page.waitForFunction(
    () => !document.querySelector('[data-testid="consulting-report"] [aria-busy="true"]'),
    null,
    {
      timeout: 300_000,
    },
  );
  await settle(page);
  await page.screenshot({ path: `${OUT}/fair-consulting-report-${lang}.png`, fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: `${OUT}/fair-consulting-report-${lang}.pdf`, format: 'A4', printBackground: true });
  await context.close();
  console.log(`${lang} done`);
}
await browser.close();
