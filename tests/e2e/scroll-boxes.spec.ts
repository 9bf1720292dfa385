/**
 * Scroll boxes and counts at 1280×720: a scroll box ends on a row boundary (오래 기다리는 요청 showed 8 rows with
 * the last cut in half) and can be scrolled from the keyboard; "더 보기" says how many are shown of how many
 * (it said "118곳 더 보기" next to 168 firms); the schedule's per-row 인쇄 stays on screen.
 */
import { test, expect, type Locator } from '@playwright/test';
import { blockNonLocal, collectErrors } from './helpers.ts';

test.use({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });

/** Rows of the box cut by its bottom edge (at rest, scrolled to the top). */
async function cutRows(box: Locator): Promise<number> {
  return box.evaluate((el) => {
    const bottom = el.getBoundingClientRect().bottom - el.clientTop;
    return [...el.querySelectorAll('tbody tr')].filter((r) => {
      const b = r.getBoundingClientRect();
      return b.top < bottom - 1 && b.bottom > bottom + 1;
    }).length;
  });
}

test('the waiting list shows whole rows and scrolls from the keyboard', async ({ page }) => {
  await blockNonLocal(page);
  const errors = collectErrors(page);
  await page.goto('/#/fair/live');
  const waiting = page.getByTestId('waiting');
  await expect(waiting.getByRole('heading', { level: 2 })).toHaveText('오래 기다리는 요청 (71건)', {
    timeout: 90_000,
  });
  const box = waiting.locator('.scroll');
  await expect(box.locator('tbody tr')).toHaveCount(71);
  expect(await box.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  expect(await cutRows(box)).toBe(0);
  // The participants without a meeting: a box with no control inside is focusable and named.
  const unmet = page.locator('section[aria-labelledby="unmet-title"] .scroll').first();
  if (await unmet.evaluate((el) => el.scrollHeight > el.clientHeight)) {
    await expect(unmet).toHaveAttribute('tabindex', '0');
    await expect(unmet).toHaveAttribute('role', 'group');
    expect(await cutRows(unmet)).toBe(0);
  }
  expect(errors).toEqual([]);
});

test('the consulting list says how many it shows of how many', async ({ page }) => {
  await blockNonLocal(page);
  await page.goto('/#/fair/consulting');
  const heading = page.getByRole('heading', { name: /수출초보기업 [1-9][\d,]*곳/ });
  await expect(heading).toBeVisible({ timeout: 90_000 });
  const total = Number((await heading.textContent())?.match(/([\d,]+)곳/)?.[1].replace(/,/g, ''));
  expect(total).toBeGreaterThan(50);
  const fmt = (n: number) => n.toLocaleString('ko-KR');
  await expect(page.getByTestId('shown-of')).toContainText(`전체 ${fmt(total)}곳 중 50곳 표시`);
  await expect(page.getByTestId('shown-of').getByRole('button')).toHaveText(
    `${fmt(Math.min(100, total - 50))}곳 더 보기`,
  );
  await expect(page.getByTestId('beginners').locator('tbody tr')).toHaveCount(50);
  expect(await cutRows(page.locator('.scroll.tall'))).toBe(0);
});

test('the schedule grid keeps each row’s print button on screen', async ({ page }) => {
  await blockNonLocal(page);
  await page.goto('/#/fair/schedule');
  await page.getByRole('button', { name: '일정표 만들기' }).click({ timeout: 90_000 });
  const grid = page.getByTestId('schedule-grid');
  await expect(grid).toBeVisible({ timeout: 60_000 });
  const print = grid.getByRole('button', { name: /일정표 인쇄$/ }).first();
  // Bring its row into view vertically only: the grid's sideways scroll stays at its start, as a user sees it.
  const y = (await print.boundingBox())?.y ?? 0;
  await page.evaluate((dy) => window.scrollBy(0, dy), y - 300);
  const box = await print.boundingBox();
  expect(box).not.toBeNull();
  if (!box) return;
  expect(box.x + box.width).toBeLessThanOrEqual(1280);
  expect(await grid.locator('.wrap').evaluate((el) => el.scrollLeft)).toBe(0);
  // Not covered by the slots scrolled under it: the button is what is at its centre.
  const hit = await page.evaluate(
    ([x, yy]) => document.elementFromPoint(x, yy)?.closest('button')?.getAttribute('aria-label') ?? null,
    [box.x + box.width / 2, box.y + box.height / 2],
  );
  expect(hit).toMatch(/일정표 인쇄$/);
});
