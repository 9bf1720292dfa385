/**
 * The skip link: the address's hash is the route, so "#main" must move focus to the main region and leave the
 * page where it is (it used to be read as a route and sent every page back to 개요).
 */
import { test, expect } from '@playwright/test';
import { blockNonLocal } from './helpers.ts';

for (const route of ['#/continuity', '#/fair/live', '#/start']) {
  test(`the skip link on ${route} focuses the main region and keeps the route`, async ({ page }) => {
    await blockNonLocal(page);
    await page.goto(`/${route}`);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).not.toHaveText('');
    const title = await heading.textContent();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '본문으로 건너뛰기' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
    expect(new URL(page.url()).hash).toBe(route);
    await expect(heading).toHaveText(title ?? '');
    // The next Tab goes into the page, not back to the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
  });
}
