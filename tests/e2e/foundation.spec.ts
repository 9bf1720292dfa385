/**
 * The foundation in a real Chromium on the production build: the bundled sample offline, an S3 bucket
 * by URL (s3rver started here), dropped and picked local files, a broken file, and the language switch.
 */
import { test, expect } from '@playwright/test';
import S3rver from 's3rver';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blockNonLocal, collectErrors, expectOverview, sampleFiles } from './helpers.ts';

test('opens on the bundled sample with every non-local request blocked', async ({ page }) => {
  const blocked = await blockNonLocal(page);
  const errors = collectErrors(page);
  await page.goto('/');
  await expectOverview(page);
  await expect(page.locator('.dataset')).toContainText('export-intel sample');
  await expect(page.locator('.stats')).toContainText('2,000');
  await expect(page.locator('.validation-summary')).toContainText(/오류 없음/);
  await expect(page.locator('svg[aria-label="국가별 수출액 지도"] path').first()).toBeVisible();
  expect(blocked).toEqual([]);
  expect(errors).toEqual([]);
});

test.describe('S3 bucket by URL', () => {
  const port = 4570;
  let server: S3rver;
  let dir: string;
  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 's3rver-'));
    const cors = `<CORSConfiguration><CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>GET</AllowedMethod><AllowedMethod>HEAD</AllowedMethod><AllowedHeader>*</AllowedHeader><ExposeHeader>ETag</ExposeHeader></CORSRule></CORSConfiguration>`;
    server = new S3rver({
      port,
      address: '127.0.0.1',
      silent: true,
      directory: dir,
      configureBuckets: [{ name: 'exports', configs: [Buffer.from(cors)] }, { name: 'nocors' }],
    });
    await server.run();
    for (const f of sampleFiles()) {
      const res = await fetch(`http://127.0.0.1:${port}/exports/2024/${f.name}`, {
        method: 'PUT',
        body: new Uint8Array(f.bytes),
      });
      expect(res.ok).toBe(true);
    }
  });
  test.afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('loads a dataset from ?data=<bucket prefix>', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(`/?data=${encodeURIComponent(`http://127.0.0.1:${port}/exports/2024/`)}#/overview`);
    await expectOverview(page);
    await expect(page.locator('.dataset')).toContainText(`127.0.0.1:${port}/exports/2024/`);
    expect(errors).toEqual([]);
  });

  test('explains a URL with no dataset (404) and keeps the current data', async ({ page }) => {
    await page.goto('/#/start');
    await expect(page.getByText(/현재 데이터셋/)).toBeVisible({ timeout: 60_000 });
    await page.getByLabel('데이터셋 주소').fill(`http://127.0.0.1:${port}/exports/nothing-here/`);
    await page.getByRole('button', { name: '불러오기' }).click();
    await expect(page.getByRole('alert')).toContainText('HTTP 404');
    await expect(page.getByRole('alert')).toContainText(/이전에 불러온 데이터셋/);
  });

  test('keeps a bucket dataset on the device and reopens it with the bucket unreachable', async ({
    page,
  }) => {
    const prefix = `http://127.0.0.1:${port}/exports/2024/`;
    await page.goto(`/?data=${encodeURIComponent(prefix)}#/start`);
    await expect(page.getByText(/현재 데이터셋/)).toContainText('export-intel sample', { timeout: 60_000 });
    await page.getByRole('button', { name: /기기에 보관/ }).click();
    await expect(page.getByText(/이 기기에 보관했습니다/)).toBeVisible({ timeout: 60_000 });
    // From now on the bucket cannot be reached: the kept copy must be read from the device.
    await page.context().route(`http://127.0.0.1:${port}/**`, (route) => route.abort('internetdisconnected'));
    await page.goto('/#/booth');
    const row = page.locator('table.kept tr', { hasText: prefix });
    await expect(row).toBeVisible();
    await row.getByRole('button', { name: '열기' }).click();
    await expectOverview(page);
    await expect(page.locator('.dataset')).toContainText(prefix);
    await page.goto('/#/booth');
    await page.once('dialog', (d) => d.accept());
    await page.locator('table.kept tr', { hasText: prefix }).getByRole('button', { name: '삭제' }).click();
    await expect(page.getByText(/보관한 데이터셋이 없습니다/)).toBeVisible();
  });

  test('explains a bucket without a CORS rule', async ({ page }) => {
    await page.goto('/#/start');
    await expect(page.getByText(/현재 데이터셋/)).toBeVisible({ timeout: 60_000 });
    await page.getByLabel('데이터셋 주소').fill(`http://127.0.0.1:${port}/nocors/2024/`);
    await page.getByRole('button', { name: '불러오기' }).click();
    await expect(page.getByRole('alert')).toContainText('Access-Control-Allow-Origin');
    await expect(page.getByRole('alert')).toContainText(/이전에 불러온 데이터셋/);
  });
});

test('loads files chosen with the file picker', async ({ page }) => {
  await page.goto('/#/start');
  await expect(page.getByText(/현재 데이터셋/)).toBeVisible({ timeout: 60_000 });
  await page.locator('#dataset-files').setInputFiles(sampleFiles().map((f) => f.path));
  await expectOverview(page);
});

test('loads files dropped onto the page', async ({ page }) => {
  await page.goto('/#/start');
  await expect(page.getByText(/현재 데이터셋/)).toBeVisible({ timeout: 60_000 });
  const files = sampleFiles().filter((f) => f.name !== 'manifest.json');
  const dataTransfer = await page.evaluateHandle(
    (payload) => {
      const dt = new DataTransfer();
      for (const f of payload)
        dt.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name));
      return dt;
    },
    files.map((f) => ({ name: f.name, b64: f.bytes.toString('base64') })),
  );
  await page.locator('.drop').dispatchEvent('drop', { dataTransfer });
  await expectOverview(page);
  await expect(page.locator('.dataset')).toContainText(/파일 \d+개/);
});

test('a broken file is refused with an error naming it, and the sample stays loaded', async ({ page }) => {
  await page.goto('/#/start');
  await expect(page.getByText(/현재 데이터셋/)).toBeVisible({ timeout: 60_000 });
  const good = sampleFiles().filter((f) => f.name !== 'manifest.json' && f.name !== 'exports.parquet');
  await page.locator('#dataset-files').setInputFiles([
    ...good.map((f) => ({ name: f.name, mimeType: 'application/octet-stream', buffer: f.bytes })),
    {
      name: 'exports.parquet',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('id,value\n1,2\n'),
    },
  ]);
  await expect(page.getByRole('alert')).toContainText('검증 결과', { timeout: 60_000 });
  await page.getByRole('button', { name: '검증 결과 보기' }).click();
  await expect(page.locator('table.findings')).toContainText('exports.parquet');
  await expect(page.locator('table.findings')).toContainText('파일을 읽을 수 없음');
  await page.getByRole('link', { name: '개요' }).click();
  await expect(page.locator('.stats')).toContainText('2,000');
});

test('switches to English and back, and remembers the choice', async ({ page }) => {
  await page.goto('/');
  await expectOverview(page);
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview', { timeout: 60_000 });
  await page.getByRole('button', { name: /한국어/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('개요');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
});
