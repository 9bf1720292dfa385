/**
 * The continuity index in a real Chromium on the production build and the bundled sample: the overview
 * (statuses, distribution, risk group), a refit with one variable switched off (the difference is shown and
 * a failing refit keeps the last good model), a firm's page, and the watchlist surviving a reload (IndexedDB).
 */
import { test, expect, type Page } from '@playwright/test';
import { blockNonLocal, collectErrors } from './helpers.ts';

async function openDashboard(page: Page): Promise<void> {
  await page.goto('/#/continuity');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('수출지속지수');
  // The pipeline has run when the risk list is there.
  await expect(page.getByRole('table', { name: /2024년 위험군 기업/ })).toBeVisible({ timeout: 90_000 });
}

test('overview, refit without a variable, firm page, watchlist across a reload', async ({ page }) => {
  test.setTimeout(180_000);
  const blocked = await blockNonLocal(page);
  const errors = collectErrors(page);
  await openDashboard(page);
  await expect(page.locator('.ci-cards')).toContainText('740'); // continuing firms in 2024 (docs/sample-data.md)
  await expect(page.getByRole('img', { name: '연도별 수출 상태 (기업 수)' })).toBeVisible();
  await expect(page.getByRole('img', { name: '2024년 수출지속지수 분포' })).toBeVisible();

  // Model card: switch one variable off and refit.
  await page.getByRole('link', { name: '모델 카드' }).click();
  const tradeShow = page.getByRole('checkbox', { name: '해외 전시 출품' });
  await expect(tradeShow).toBeChecked();
  const coefficients = page.locator('table.coefficients');
  await expect(coefficients).toContainText('해외 전시 출품');
  await tradeShow.uncheck();
  await expect(page.getByText('변수 선택이 바뀌었습니다')).toBeVisible();
  await page.getByRole('button', { name: '다시 적합' }).click();
  const done = page.locator('p.ci-note[role="status"]');
  await expect(done).toContainText(/변수 20개 → 19개, 검증 AUC 0\.\d{4} → 0\.\d{4}/);
  await expect(coefficients.locator('th', { hasText: '이전 모델 β' })).toBeVisible();
  await expect(coefficients.locator('tr.removed')).toContainText('해외 전시 출품');
  await expect(page.locator('table.stats th', { hasText: '이전 모델' })).toBeVisible();

  // A refit that cannot work (no variable) says why and keeps the model.
  for (const box of await page.locator('table.screening input[type="checkbox"]').all()) await box.uncheck();
  await page.getByRole('button', { name: '다시 적합' }).click();
  await expect(page.getByRole('alert')).toContainText('이전 모델을 유지합니다');
  await expect(coefficients.locator('tbody tr').first()).toContainText('상수항');
  await expect(coefficients.locator('tbody tr:not(.removed)')).toHaveCount(20); // intercept + 19 variables

  // Open a firm from the risk list and watch it.
  await page.getByRole('link', { name: '현황' }).click();
  const firstFirm = page
    .getByRole('table', { name: /2024년 위험군 기업/ })
    .locator('tbody a')
    .first();
  const name = (await firstFirm.textContent())?.trim() ?? '';
  expect(name).not.toBe('');
  await firstFirm.click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  await expect(page.getByRole('img', { name: '연도별 수출지속지수와 수출 상태' })).toBeVisible();
  await expect(page.getByRole('img', { name: /지수를 낮추거나 높이는 요인/ })).toBeVisible();
  await expect(page.locator('table.raw')).toBeVisible();
  // The shared Korean-aware search (core/search/firm-search.ts): the name without its legal form and with a
  // space in the middle still finds the firm first.
  const bare = name.replace(/\(주\)|주식회사|㈜/g, '').trim();
  await page.getByLabel('기업 검색 (이름 또는 ID)').fill(`${bare.slice(0, 2)} ${bare.slice(2)}`);
  await expect(page.locator('.results li').first()).toContainText(name);
  await page.getByLabel('기업 검색 (이름 또는 ID)').fill('');
  await page.getByRole('button', { name: `관심기업 추가: ${name}` }).click();
  await expect(page.getByRole('button', { name: `관심기업 해제: ${name}` })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // Reload: the watchlist comes back from IndexedDB.
  await page.reload();
  await page.goto('/#/continuity/watchlist');
  const watch = page.locator('table.watch');
  await expect(watch).toContainText(name, { timeout: 90_000 });
  await expect(watch.locator('tbody tr')).toHaveCount(1);

  // Group comparison and risk factors render for the same data.
  await page.getByRole('link', { name: '집단 비교' }).click();
  await expect(page.locator('table.compare tbody tr')).toHaveCount(28);
  await page.getByRole('link', { name: '위험요인' }).click();
  await expect(page.getByRole('img', { name: '전체 기업 (2024년)' })).toBeVisible();

  expect(blocked).toEqual([]);
  expect(errors).toEqual([]);
});

test('downloads the index table as CSV and Parquet under the app CSP', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  await openDashboard(page);
  for (const [name, magic] of [
    ['CSV', 'exporter_id'],
    ['Parquet', 'PAR1'],
  ] as const) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: new RegExp(`^\\W*${name}`) }).click(),
    ]);
    const path = await download.path();
    const head = (await import('node:fs')).readFileSync(path).subarray(0, 64).toString('utf8');
    expect(head).toContain(magic);
  }
  expect(errors).toEqual([]);
});
