/**
 * A malformed link (`#/matching/exporter/%`) used to throw in the router before the app mounted, leaving a blank
 * page. It now shows the not-found page inside the shell, with a way back that works.
 */
import { test, expect } from '@playwright/test';
import { blockNonLocal, collectErrors, expectOverview } from './helpers.ts';

test('a malformed hash shows the not-found page with a way back', async ({ page }) => {
  await blockNonLocal(page);
  const errors = collectErrors(page);
  await page.goto('/#/matching/exporter/%');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('페이지를 찾을 수 없습니다');
  await expect(page.getByText('받은 주소: #/matching/exporter/%')).toBeVisible();
  await expect(page.getByRole('navigation', { name: '주 메뉴' })).toBeVisible();
  await page.getByRole('link', { name: '개요로 돌아가기' }).click();
  await expectOverview(page);
  expect(errors).toEqual([]);
});
