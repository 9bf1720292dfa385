/**
 * Booth mode: after one online visit the service worker has precached everything, and with the network
 * cut the app starts from the cache, loads the bundled sample and passes its own self-check.
 */
import { test, expect } from '@playwright/test';
import { collectErrors, expectOverview } from './helpers.ts';

test('starts, loads the sample and passes the self-check with the network off', async ({ page, context }) => {
  test.setTimeout(400_000);
  await page.goto('/');
  await expectOverview(page);
  // Wait until the service worker is installed (precache complete) and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 60_000 })
    .toBe(true);

  await context.setOffline(true);
  const errors = collectErrors(page);
  await page.reload();
  await expectOverview(page);
  await expect(page.locator('.stats')).toContainText('2,000');

  await page.goto('/#/booth');
  await expect(page.locator('.verdict')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await expect(page.locator('.verdict')).toContainText('오프라인 준비 완료');

  // Every area works on the cached app and the bundled sample, with the network still off.
  await page.goto('/#/continuity');
  await expect(page.getByRole('table', { name: /2024년 위험군 기업/ })).toBeVisible({ timeout: 90_000 });
  await page.goto('/#/matching');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('수출기업·바이어 매칭');
  await page.goto('/#/fair/live');
  await expect(page.getByTestId('journal')).toBeVisible({ timeout: 90_000 });
  await page.goto('/#/fair/schedule');
  await page.getByRole('button', { name: '일정표 만들기' }).click({ timeout: 90_000 });
  await expect(page.getByRole('button', { name: '일정표 다시 만들기' })).toBeVisible({ timeout: 60_000 });
  await page.goto('/#/fair/weblog');
  await expect(page.getByTestId('weblog-conversion')).toContainText('수출기업', { timeout: 90_000 });
  await page.goto('/#/fair/consulting');
  await page.getByTestId('beginners').getByRole('link').first().click({ timeout: 90_000 });
  await expect(page.getByTestId('consulting-markets')).toContainText('비교 기업', { timeout: 60_000 });
  expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
});
