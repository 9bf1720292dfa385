/**
 * Keep-on-device in a real Chromium with its real OPFS (issue 11 scope 6): a URL dataset whose tables sit at
 * paths that collide once flattened (`a/data.parquet`, `b/data.parquet`) and at the names the store uses for
 * itself (`kept.json`, `files/record.json`) is kept, then reopened from the booth page with the server gone,
 * with every table; the copy's folder holds the tables under their own names.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectOverview, SAMPLE_DIR } from './helpers.ts';

// The origin the e2e CSP allows for data besides the app's own; requests to it are answered here.
const ORIGIN = 'http://127.0.0.1:4570';
const PREFIX = `${ORIGIN}/kept-colliding/2024/`;
const PATHS: Record<string, string> = {
  exporters: 'a/data.parquet',
  buyers: 'b/data.parquet',
  exports: 'kept.json',
  firm_years: 'files/record.json',
};

test('a kept dataset with colliding table paths reopens offline with every table', async ({ page }) => {
  const sample = JSON.parse(readFileSync(join(SAMPLE_DIR, 'manifest.json'), 'utf8')) as {
    tables: Record<string, { path: string; rows: number; sha256: string }>;
  };
  const served = new Map<string, Buffer>();
  const tables: typeof sample.tables = {};
  for (const [table, t] of Object.entries(sample.tables)) {
    const path = PATHS[table] ?? t.path;
    tables[table] = { ...t, path };
    served.set(`${PREFIX}${path}`, readFileSync(join(SAMPLE_DIR, t.path)));
  }
  const manifest = JSON.stringify({
    contract: 'export-intel/1',
    name: 'colliding paths',
    created: '',
    tables,
  });
  let online = true;
  await page.context().route(`${ORIGIN}/**`, (route) => {
    const url = route.request().url();
    if (!online) return route.abort('internetdisconnected');
    const headers = { 'access-control-allow-origin': '*' };
    if (url === `${PREFIX}manifest.json`)
      return route.fulfill({ status: 200, headers, contentType: 'application/json', body: manifest });
    const body = served.get(url);
    return body
      ? route.fulfill({ status: 200, headers, contentType: 'application/octet-stream', body })
      : route.fulfill({ status: 404, headers });
  });

  await page.goto(`/?data=${encodeURIComponent(PREFIX)}#/start`);
  await expect(page.getByText(/현재 데이터셋/)).toContainText('colliding paths', { timeout: 60_000 });
  await page.getByRole('button', { name: /기기에 보관/ }).click();
  await expect(page.getByText(/이 기기에 보관했습니다/)).toBeVisible({ timeout: 60_000 });

  // The copy holds one file per table under its own name, and its record outside the tables' folder.
  const entries = await page.evaluate(async () => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('kept-datasets');
    const out: string[] = [];
    const walk = async (d: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [name, h] of d.entries()) {
        if (h.kind === 'directory') await walk(h as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else out.push(`${prefix}${name}`);
      }
    };
    await walk(root, '');
    return out.map((p) => p.replace(/^[^/]+\//, '')).sort();
  });
  expect(entries.filter((p) => p.endsWith('.parquet'))).toHaveLength(Object.keys(tables).length);
  expect(entries).toContain('record.json');
  expect(entries).toContain('files/manifest.json');

  online = false;
  await page.goto('/#/booth');
  const row = page.locator('table.kept tr', { hasText: PREFIX });
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: '열기' }).click();
  await expectOverview(page);
  await expect(page.locator('.dataset')).toContainText(PREFIX);
  await expect(page.locator('.stats')).toContainText('2,000');
  await expect(page.locator('.validation-summary')).toContainText(/오류 없음/);

  await page.goto('/#/booth');
  page.once('dialog', (d) => d.accept());
  await page.locator('table.kept tr', { hasText: PREFIX }).getByRole('button', { name: '삭제' }).click();
  await expect(page.getByText(/보관한 데이터셋이 없습니다/)).toBeVisible();
});
