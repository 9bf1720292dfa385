/**
 * Booth mode: after one online visit the service worker has precached everything, and with the network
 * cut the app starts from the cache, loads the bundled sample and passes its own self-check.
 */
import { test, expect } from '@playwright/test';
import { collectErrors, expectOverview } from './helpers.ts';

test('starts, loads the sample and passes the self-check with the network off', async ({ page, context }) => {
  test.setTimeout(180_000);
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
  expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
});
