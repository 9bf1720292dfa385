/**
 * Screenshots of every matching screen in Korean and English, for a person to look at
 * (`BASE_URL=http://127.0.0.1:4182 npx tsx scripts/screenshots-matching.ts`, with a preview of the build running).
 * Unlike scripts/screenshots.ts it drives the screens into their interesting states: the search dropdown, a list,
 * the profile panel, the SAVE LIST with two entries, an empty list with its reason, the evaluation, the exposure
 * simulation. Writes screenshots/matching-<screen>-<lang>.png.
 */
import { type Page } from '@playwright/test';
import { launchChromium } from './chromium.ts';
import { mkdirSync } from 'node:fs';

const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
mkdirSync('screenshots', { recursive: true });

const browser = await launchChromium();

async function shot(page: Page, name: string, lang: string, fullPage = true): Promise<void> {
  await page.waitForTimeout(400);
  const path = `screenshots/matching-${name}-${lang}.png`;
  await page.screenshot({ path, fullPage });
  console.log(path);
}

for (const lang of ['ko', 'en']) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  await context.addInitScript((l) => localStorage.setItem('export-intel.locale', l), lang);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[${lang}] page error: ${e.message}`));
  await page.goto(`${BASE}/#/matching/exporter`);
  const search = page.getByRole('combobox', { name: /수출기업 찾기|Find an exporter/ });
  await search.waitFor({ timeout: 120_000 });
  await search.fill(lang === 'ko' ? '코스메틱' : 'cosmetic');
  await page.getByRole('listbox').waitFor();
  await shot(page, 'search', lang, false);
  await page.goto(`${BASE}/#/matching/exporter/E000001?seed=7`);
  await page.locator('ol.cards > li').nth(9).waitFor({ timeout: 60_000 });
  await shot(page, 'exporter', lang);
  await page
    .locator('ol.cards > li')
    .nth(0)
    .getByRole('button', { name: /프로필|profile/i })
    .click();
  await page.locator('dialog[open] table').first().waitFor();
  await shot(page, 'profile', lang, false);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /이 기업 프로필|Profile of this firm/ }).click();
  await page.locator('dialog[open] svg path, dialog[open] svg rect').first().waitFor();
  await page.locator('dialog[open]').evaluate((d) => d.scrollTo(0, 400));
  await shot(page, 'profile-exporter', lang, false);
  await page.keyboard.press('Escape');
  for (const i of [0, 1]) {
    const b = page.locator('ol.cards > li').nth(i).locator('button[aria-pressed]');
    if ((await b.getAttribute('aria-pressed')) !== 'true') await b.click();
  }
  await page.goto(`${BASE}/#/matching/buyer/B000001?seed=7`);
  await page.locator('ol.cards > li').first().waitFor({ timeout: 60_000 });
  await shot(page, 'buyer', lang);
  await page.goto(`${BASE}/#/matching/buyer/B000002`);
  await page.locator('.empty').first().waitFor({ timeout: 60_000 });
  await shot(page, 'empty', lang, false);
  await page.goto(`${BASE}/#/matching/saved`);
  await page.locator('table').first().waitFor({ timeout: 30_000 });
  await shot(page, 'saved', lang);
  await page.goto(`${BASE}/#/matching/evaluation`);
  await page.locator('table.metrics').first().waitFor({ timeout: 180_000 });
  await shot(page, 'evaluation', lang);
  await page.goto(`${BASE}/#/matching/exposure`);
  await page.getByRole('button', { name: /시뮬레이션 실행|Run simulation/ }).click();
  await page.locator('.sim-chart svg path').first().waitFor({ timeout: 120_000 });
  await shot(page, 'exposure', lang);
  await context.close();
}
await browser.close();
