/** Shared e2e helpers: block the outside world, wait for the overview, read sample files. */
import { expect, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SAMPLE_DIR = 'data-samples/sample';
export const APP_ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;

/** Aborts every request that does not go to the app's own origin (or an allowed extra origin). */
export async function blockNonLocal(page: Page, allowed: string[] = []): Promise<string[]> {
  const blocked: string[] = [];
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    const origin = new URL(url).origin;
    if (
      origin === APP_ORIGIN ||
      allowed.includes(origin) ||
      url.startsWith('data:') ||
      url.startsWith('blob:')
    ) {
      return route.continue();
    }
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  return blocked;
}

export async function expectOverview(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/개요|Overview/, { timeout: 60_000 });
  await expect(page.locator('.stats')).toBeVisible({ timeout: 60_000 });
}

export function sampleFiles(): { name: string; path: string; bytes: Buffer }[] {
  return readdirSync(SAMPLE_DIR)
    .filter((f) => f.endsWith('.parquet') || f === 'manifest.json')
    .filter((f) => !f.startsWith('truth'))
    .map((name) => ({ name, path: join(SAMPLE_DIR, name), bytes: readFileSync(join(SAMPLE_DIR, name)) }));
}

/** Collects console errors and uncaught page errors, to assert a flow ran clean. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}
