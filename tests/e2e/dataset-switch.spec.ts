/**
 * Detail views across a dataset switch (issue 11 scope 7): a company profile left open in matching, a firm's
 * continuity page and a consulting report do not come back showing the previous dataset once another dataset
 * is loaded — the profile is closed and the firm views reload for the new dataset.
 */
import { test, expect } from '@playwright/test';
import { blockNonLocal, collectErrors, expectOverview, sampleFiles } from './helpers.ts';

test.use({ serviceWorkers: 'block' });

test('a company profile open before another dataset is loaded is closed afterwards', async ({ page }) => {
  await blockNonLocal(page);
  const errors = collectErrors(page);
  await page.goto('/#/matching/exporter/E000001?seed=42');
  const cards = page.getByRole('list', { name: '추천 목록' }).locator(':scope > li');
  await expect(cards).toHaveCount(10, { timeout: 120_000 });
  await cards.first().getByRole('button', { name: '기업 프로필' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('dialog').getByRole('heading', { name: '기업 정보' })).toBeVisible();

  // The address moves on without closing the panel (the back button, a link): the page goes, its state stays.
  await page.goto('/#/start');
  await expect(page.getByRole('dialog')).toBeHidden();
  // The sample's tables without its manifest: another dataset as far as the app is concerned ("파일 N개").
  const files = sampleFiles().filter((f) => f.name !== 'manifest.json');
  await page.locator('#dataset-files').setInputFiles(files.map((f) => f.path));
  await expectOverview(page);
  await expect(page.locator('.dataset')).toContainText(`파일 ${files.length}개`);

  await page.goto('/#/matching/exporter/E000001?seed=42');
  await expect(cards).toHaveCount(10, { timeout: 120_000 });
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(errors).toEqual([]);
});
