/**
 * The main screens of the app, each with how to open it from the one before and wait until it has settled
 * (nothing aria-busy): the walk the language, chart-text and accessibility specs take, in both languages.
 */
import type { Page } from '@playwright/test';

export async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(300);
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, { timeout: 120_000 });
  await page.waitForTimeout(300);
}

export interface Screen {
  name: string;
  open: (page: Page) => Promise<void>;
}

const go = (hash: string, ready?: string) => async (page: Page) => {
  await page.goto(`/#/${hash}`);
  if (ready) await page.locator(ready).first().waitFor({ timeout: 120_000 });
  await settle(page);
};

export const SCREENS: Screen[] = [
  { name: 'start', open: go('start') },
  { name: 'overview', open: go('overview', '.stats') },
  { name: 'validation', open: go('validation', 'table') },
  { name: 'continuity', open: go('continuity', 'table[aria-label] tbody tr') },
  { name: 'continuity/model', open: go('continuity/model', 'table') },
  { name: 'continuity/firm', open: go('continuity/firm/E000001', 'figure.chart svg') },
  { name: 'continuity/groups', open: go('continuity/groups', 'table') },
  { name: 'continuity/risk', open: go('continuity/risk', 'figure.chart svg') },
  { name: 'continuity/watchlist', open: go('continuity/watchlist') },
  { name: 'matching/exporter', open: go('matching/exporter/E000001?seed=7', 'ol.cards > li') },
  {
    name: 'matching/profile',
    open: async (page) => {
      await page
        .locator('ol.cards > li')
        .first()
        .getByRole('button', { name: /프로필|profile/i })
        .click();
      await page.locator('dialog[open] table').first().waitFor();
      await settle(page);
    },
  },
  {
    name: 'matching/profile of the exporter',
    open: async (page) => {
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: /이 기업 프로필|Profile of this firm/ }).click();
      await page.locator('dialog[open] svg rect').first().waitFor();
      await settle(page);
    },
  },
  { name: 'matching/buyer', open: go('matching/buyer/B000001?seed=7', 'ol.cards > li') },
  { name: 'matching/saved', open: go('matching/saved') },
  { name: 'matching/evaluation', open: go('matching/evaluation', 'table.metrics') },
  { name: 'matching/exposure', open: go('matching/exposure', 'figure.chart svg') },
  { name: 'fair/live', open: go('fair/live', '[data-testid="live-stats"]') },
  {
    name: 'fair/schedule',
    open: async (page) => {
      await go('fair/schedule')(page);
      await page.getByRole('button', { name: /일정표 만들기|Build schedule/ }).click();
      await page.getByTestId('schedule-grid').waitFor({ timeout: 120_000 });
      await settle(page);
    },
  },
  { name: 'fair/weblog', open: go('fair/weblog', '[data-testid="weblog-conversion"]') },
  { name: 'fair/consulting', open: go('fair/consulting', '[data-testid="beginners"] a') },
  {
    name: 'fair/consulting report',
    open: async (page) => {
      await page.getByTestId('beginners').getByRole('link').first().click();
      await page.getByTestId('consulting-report').waitFor({ timeout: 120_000 });
      await settle(page);
    },
  },
  { name: 'booth', open: go('booth') },
];
