/**
 * Nothing half-computed leaves the app: the continuity index download waits for the model (it used to write
 * every index and risk flag empty while the pipeline ran), the consulting report's print waits for its buyers
 * and risk factors, and a refit on the continuity screen is announced in the report that uses its index.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { blockNonLocal, collectErrors } from './helpers.ts';

// The app's service worker would answer from its cache, out of reach of the test's routes.
test.use({ serviceWorkers: 'block' });

test('the index download is disabled, with the reason, until the model has run', async ({ page }) => {
  test.setTimeout(150_000);
  await blockNonLocal(page);
  const errors = collectErrors(page);
  let downloads = 0;
  page.on('download', () => downloads++);
  // Every render is checked: a download button enabled while the pipeline is still busy is a violation.
  await page.addInitScript(() => {
    const seen = { busyRenders: 0, enabledWhileBusy: 0 };
    (window as unknown as { exportCheck: typeof seen }).exportCheck = seen;
    new MutationObserver(() => {
      if (!document.querySelector('details.progress[aria-busy="true"]')) return;
      const buttons = [...document.querySelectorAll<HTMLButtonElement>('.ci-toolbar .export button')];
      if (!buttons.length) return;
      seen.busyRenders++;
      if (buttons.some((b) => !b.disabled)) seen.enabledWhileBusy++;
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  // The model worker's script arrives late, so the window between statuses and index is wide enough to look at.
  await page.route(/model\.worker[^/]*\.js/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    await route.continue();
  });
  await page.goto('/#/continuity');
  const csv = page.getByRole('button', { name: /CSV/ });
  await expect(csv).toBeVisible({ timeout: 90_000 });
  await expect(page.locator('details.progress[aria-busy="true"]')).toBeVisible();
  await expect(csv).toBeDisabled();
  await expect(page.getByRole('button', { name: /Parquet/ })).toBeDisabled();
  await expect(page.getByTestId('export-wait')).toContainText('모델 계산이 끝나면');
  await expect(csv).toHaveAccessibleDescription(/모델 계산이 끝나면/);
  // No number before it is computed: the model's cards say so instead of 0.
  await expect(page.locator('.ci-cards .stat', { hasText: '위험군' }).locator('.value')).toHaveText('…');
  await csv.click({ force: true, timeout: 2_000 }).catch(() => undefined);

  await expect(page.getByRole('table', { name: /2024년 위험군 기업/ })).toBeVisible({ timeout: 90_000 });
  const check = await page.evaluate(
    () =>
      (window as unknown as { exportCheck: { busyRenders: number; enabledWhileBusy: number } }).exportCheck,
  );
  expect(check.busyRenders).toBeGreaterThan(0);
  expect(check.enabledWhileBusy).toBe(0);
  expect(downloads).toBe(0);
  await expect(page.getByTestId('export-wait')).toHaveCount(0);
  const [download] = await Promise.all([page.waitForEvent('download'), csv.click()]);
  const lines = readFileSync(await download.path(), 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  const header = lines[0].split(',');
  const index = header.indexOf('index');
  expect(index).toBeGreaterThan(-1);
  const withIndex = lines.slice(1).filter((l) => l.split(',')[index] !== '').length;
  expect(withIndex).toBeGreaterThan(lines.length / 2); // the index is there for most firms, not empty
  expect(errors).toEqual([]);
});

test('the consulting report prints only when complete and says when a refit changed its index', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await blockNonLocal(page);
  const errors = collectErrors(page);
  await page.goto('/#/fair/consulting');
  const first = page.getByTestId('beginners').getByRole('link').first();
  await first.click({ timeout: 90_000 });
  const print = page.getByRole('button', { name: '보고서 인쇄' });
  await expect(page.getByTestId('consulting-markets')).toBeVisible({ timeout: 90_000 });
  // Buyers (matching model) and risks (continuity model) are still being computed: no print yet.
  await expect(page.getByTestId('consulting-buyers')).toContainText('매칭 모델을 준비하는 중');
  await expect(print).toBeDisabled();
  await expect(page.getByTestId('print-wait')).toContainText('끝나면 인쇄할 수 있습니다');
  await expect(page.getByTestId('consulting-buyers').locator('tbody tr').first()).toBeVisible({
    timeout: 150_000,
  });
  await expect(page.getByTestId('consulting-risks')).toContainText('수출지속지수', { timeout: 150_000 });
  await expect(print).toBeEnabled();
  await expect(page.getByTestId('consulting-refit')).toHaveCount(0);
  const reportUrl = page.url();

  // Refit the continuity model without one variable; the report that uses its index says so.
  await page.goto('/#/continuity/model');
  await page.getByRole('checkbox', { name: '해외 전시 출품' }).uncheck({ timeout: 90_000 });
  await page.getByRole('button', { name: '다시 적합' }).click();
  await expect(page.locator('p.ci-note[role="status"]')).toContainText('변수 20개 → 19개');
  await page.goto(reportUrl);
  await expect(page.getByTestId('consulting-refit')).toContainText(/지수가 바뀌었습니다: \d+ → \d+/, {
    timeout: 60_000,
  });
  await expect(print).toBeEnabled();
  expect(errors).toEqual([]);
});
