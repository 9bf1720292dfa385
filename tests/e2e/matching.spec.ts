/**
 * Exporter–buyer matching in a real Chromium on the production build, offline: find a firm by its Korean name,
 * get its random top 10 as cards, open a company profile (Escape closes it), save two candidates to the SAVE LIST,
 * reload, find them there, and export the list as CSV. Also: the same seed in the address gives the same list.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { blockNonLocal, collectErrors } from './helpers.ts';

// The app's service worker would answer from its cache, out of reach of the test's routes.
test.use({ serviceWorkers: 'block' });

async function cardNames(page: Page): Promise<string[]> {
  return page.getByRole('list', { name: '추천 목록' }).locator(':scope > li h3').allTextContents();
}

test('find a firm by its Korean name, get 10 cards, profile, SAVE LIST survives a reload, CSV export', async ({
  page,
}) => {
  const blocked = await blockNonLocal(page);
  const errors = collectErrors(page);
  await page.goto('/#/matching/exporter');
  const search = page.getByRole('combobox', { name: '수출기업 찾기' });
  await expect(search).toBeVisible({ timeout: 120_000 });
  await search.fill('에이치엠코스메틱');
  const option = page.getByRole('option').filter({ hasText: '에이치엠코스메틱(주)' });
  await expect(option).toBeVisible();
  await option.click();

  await expect(page.getByRole('heading', { name: '에이치엠코스메틱(주)에 추천하는 바이어' })).toBeVisible({
    timeout: 60_000,
  });
  const cards = page.getByRole('list', { name: '추천 목록' }).locator(':scope > li');
  await expect(cards).toHaveCount(10, { timeout: 60_000 });
  // Every card explains its score with a bar per variable.
  await expect(cards.first().locator('svg[role="img"] > g rect').first()).toBeVisible();
  await expect(cards.first()).toContainText('품목(HS) 적합도');
  expect(page.url()).toMatch(/#\/matching\/exporter\/E000001\?seed=\d+/);

  // Company profile: a modal panel with the facts and past matches; Escape closes it and focus returns.
  const profileButton = cards.first().getByRole('button', { name: '기업 프로필' });
  await profileButton.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: '기업 정보' })).toBeVisible();
  await expect(dialog.getByRole('heading', { name: '관심 품목' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(profileButton).toBeFocused();

  // Save two candidates.
  const names = (await cardNames(page)).slice(0, 2);
  for (const i of [0, 1]) {
    const save = cards.nth(i).getByRole('button', { name: /SAVE LIST에 저장/ });
    await save.click();
    await expect(cards.nth(i).locator('button[aria-pressed="true"]')).toBeVisible();
  }

  // Reload: the SAVE LIST is in IndexedDB, and shows at once — not after the matching model is rebuilt. The
  // model's fit is held back (its worker script arrives late) so the list must appear while the model is busy.
  let releaseFit: () => void = () => undefined;
  const fitHeld = new Promise<void>((resolve) => (releaseFit = resolve));
  await page.route(/cf\.worker[^/]*\.js/, async (route) => {
    await fitHeld;
    await route.continue();
  });
  await page.goto('/#/matching/saved');
  await page.reload();
  const table = page.getByRole('table');
  await expect(table).toBeVisible({ timeout: 120_000 });
  for (const n of names) await expect(table).toContainText(n);
  await expect(page.getByRole('heading', { name: 'SAVE LIST (2건)' })).toBeVisible();
  // The model is still being built (its stages are shown on the recommendation tab).
  await page.getByRole('link', { name: '수출기업 → 바이어 추천' }).click();
  await expect(page.getByTestId('matching-model-stages')).toContainText('협업 필터링(ALS) 학습');
  await expect(page.getByTestId('matching-model-stages').locator('li[data-state="done"]')).toHaveCount(4);
  releaseFit();
  await page.goto('/#/matching/saved');

  // A note edit says it was saved.
  const note = page.getByRole('textbox', { name: /메모/ }).first();
  await note.fill('첫 상담 후보');
  await note.press('Enter');
  await expect(page.getByTestId('note-state')).toHaveText('메모를 저장했습니다');

  // Export as CSV (UTF-8 with BOM, a header, one row per saved candidate).
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'CSV로 내보내기' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^save-list-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await download.path()) as string, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trim().split('\r\n');
  expect(lines[0]).toBe('대상 기업,대상 기업 ID,추천 기업,추천 기업 ID,국가,점수,메모,저장일');
  expect(lines).toHaveLength(3);
  for (const n of names) expect(csv).toContain(n.includes(',') ? `"${n}"` : n);
  expect(csv).toContain('에이치엠코스메틱(주),E000001,');

  expect(blocked).toEqual([]);
  expect(errors).toEqual([]);
});

test('the same seed in the address gives the same list; the buyer side works too', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/#/matching/buyer/B000001?seed=42');
  const cards = page.getByRole('list', { name: '추천 목록' }).locator(':scope > li');
  await expect(cards).toHaveCount(10, { timeout: 120_000 });
  await expect(page.getByText(/시드 42(?!\d)/)).toBeVisible();
  const first = await cardNames(page);
  await page.getByRole('button', { name: '새로 뽑기' }).click();
  await expect.poll(async () => (await cardNames(page)).join('|')).not.toBe(first.join('|'));
  await page.goto('/#/overview');
  await page.goto('/#/matching/buyer/B000001?seed=42');
  await expect(page.getByText(/시드 42(?!\d)/)).toBeVisible({ timeout: 60_000 });
  await expect(cards).toHaveCount(10, { timeout: 60_000 });
  expect(await cardNames(page)).toEqual(first);
  expect(errors).toEqual([]);
});

test('an empty list says why and offers the fix', async ({ page }) => {
  await page.goto('/#/matching/buyer/B000002');
  await expect(page.getByText('신용불량으로 표시되어 있어')).toBeVisible({ timeout: 120_000 });
  await page.getByRole('button', { name: '신용불량은 표시만 하기' }).click();
  await expect(page.getByRole('list', { name: '추천 목록' }).locator(':scope > li').first()).toBeVisible({
    timeout: 60_000,
  });
});
