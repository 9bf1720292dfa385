/**
 * Start-up that tells the truth (issue 10.3, issue 9.4): a cold start shows its real stages — engine,
 * files, checks, first screen — each with its own state; the files download while the engine starts;
 * no "no dataset" message sits beside a load in progress; and the files bar is neither stuck at 0 %
 * while the engine starts nor shown full while the checks run.
 *
 * Every state the page renders is recorded by a MutationObserver installed before the app starts, so a
 * short stage cannot slip between two polls. The engine's 34 MB wasm is held back for 1.5 s (and each
 * data file for 150 ms) so that the stages overlap the way they do on a slow laptop.
 */
import { test, expect, type Page } from '@playwright/test';
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_ORIGIN, blockNonLocal, collectErrors, expectOverview, SAMPLE_DIR } from './helpers.ts';

interface Snapshot {
  stages: Record<string, string>;
  files: number | null;
  loading: boolean;
  noDataset: boolean;
}

async function recordStates(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __snaps: unknown[] };
    w.__snaps = [];
    const take = () => {
      const stages: Record<string, string> = {};
      for (const li of document.querySelectorAll<HTMLElement>('[data-stage]'))
        stages[li.dataset.stage ?? ''] = li.dataset.state ?? '';
      const bar = document.querySelector<HTMLProgressElement>('[data-stage="files"] progress');
      const text = document.body?.innerText ?? '';
      w.__snaps.push({
        stages,
        files: bar ? bar.value : null,
        loading: !!document.querySelector('section.progress[aria-busy="true"]'),
        noDataset: /불러온 데이터셋이 없습니다|No dataset (is )?loaded/.test(text),
      });
    };
    new MutationObserver(take).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
}

async function slowDown(page: Page): Promise<void> {
  await page.context().route(/duckdb-eh.*\.wasm$/, async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.context().route(/\.parquet$/, async (route) => {
    await new Promise((r) => setTimeout(r, 150));
    await route.continue();
  });
}

test('a cold start shows each real stage and downloads the files while the engine starts', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await blockNonLocal(page);
  await slowDown(page);
  await recordStates(page);
  await page.goto('/#/overview');
  await expectOverview(page);
  const snaps = await page.evaluate(() => (window as unknown as { __snaps: Snapshot[] }).__snaps);
  const loading = snaps.filter((s) => s.loading && Object.keys(s.stages).length === 4);
  expect(loading.length).toBeGreaterThan(0);

  // No "no dataset" message while a dataset is loading.
  expect(snaps.filter((s) => s.loading && s.noDataset)).toEqual([]);

  // The engine stage is shown as running, and the files make progress meanwhile (not stuck at 0 %).
  expect(loading.some((s) => s.stages.engine === 'active')).toBe(true);
  expect(loading.some((s) => s.stages.engine === 'active' && (s.files ?? 0) > 0)).toBe(true);

  // Each stage goes waiting → active → done, never back.
  const order = { waiting: 0, active: 1, done: 2 } as Record<string, number>;
  for (const stage of ['engine', 'files', 'checks', 'screen']) {
    const seq = loading.map((s) => order[s.stages[stage]]);
    expect(
      seq.every((v, i) => i === 0 || v >= seq[i - 1]),
      stage,
    ).toBe(true);
  }
  // The checks and the first screen are shown as their own running stages, after the files are done.
  const checking = loading.filter((s) => s.stages.checks === 'active');
  expect(checking.length).toBeGreaterThan(0);
  expect(checking.every((s) => s.stages.files === 'done' && s.stages.engine === 'done')).toBe(true);
  expect(checking.every((s) => s.files === null)).toBe(true); // no full bar standing in for the checks
  expect(loading.some((s) => s.stages.screen === 'active' && s.stages.checks === 'done')).toBe(true);
  expect(errors).toEqual([]);
});

test('the start screen says nothing about a missing dataset while the sample loads', async ({ page }) => {
  await blockNonLocal(page);
  await slowDown(page);
  await recordStates(page);
  await page.goto('/#/start');
  await expect(page.locator('[data-stage="engine"]')).toBeVisible();
  await expect(page.getByText(/현재 데이터셋: export-intel sample/)).toBeVisible({ timeout: 60_000 });
  const snaps = await page.evaluate(() => (window as unknown as { __snaps: Snapshot[] }).__snaps);
  expect(snaps.some((s) => s.loading)).toBe(true);
  expect(snaps.filter((s) => s.noDataset && (s.loading || Object.keys(s.stages).length === 0))).toEqual([]);
});

test('a warm start replays the decoded files kept in OPFS and the kept contract-check report instead of decoding and checking again', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await blockNonLocal(page);
  const reused = () =>
    page.evaluate(() => performance.getEntriesByName('export-intel:decoded-reused').length);
  // Entries in one of the app's OPFS stores.
  const entriesIn = (store: string) =>
    page.evaluate(async (name) => {
      const root = await navigator.storage.getDirectory();
      const dir = await root.getDirectoryHandle(name, { create: true });
      let n = 0;
      for await (const _ of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) n++;
      return n;
    }, store);
  const kept = () => entriesIn('decoded-parquet');
  const checksReused = () =>
    page.evaluate(() => performance.getEntriesByName('export-intel:validation-reused').length);
  const keptReports = () => entriesIn('validation-reports');
  await page.goto('/#/overview');
  await expectOverview(page);
  expect(await reused()).toBe(0);
  const files = await page.evaluate(
    () => performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.parquet')).length,
  );
  expect(files).toBeGreaterThan(10);
  await expect.poll(kept, { timeout: 30_000 }).toBe(files);
  // The contract checks ran once; their report is kept for the same bytes.
  expect(await checksReused()).toBe(0);
  await expect.poll(keptReports, { timeout: 30_000 }).toBe(1);

  await page.reload();
  await expectOverview(page);
  expect(await reused()).toBe(files);
  expect(await checksReused()).toBe(1);
  expect(errors).toEqual([]);
});

test('a dataset too large for the browser is refused before its files download, with the CLI command', async ({
  page,
  context,
}) => {
  await blockNonLocal(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const manifest = JSON.parse(readFileSync(join(SAMPLE_DIR, 'manifest.json'), 'utf8')) as {
    tables: Record<string, { rows?: number }>;
  };
  manifest.tables.exporters.rows = 300_000;
  const dataRequests: string[] = [];
  await page.route('**/big/**', async (route) => {
    const url = route.request().url();
    if (url.endsWith('/big/manifest.json')) return route.fulfill({ json: manifest });
    dataRequests.push(url);
    return route.fulfill({ status: 404 });
  });
  await page.goto('/#/start');
  await expect(page.getByText(/현재 데이터셋/)).toBeVisible({ timeout: 60_000 });
  await page.getByLabel('데이터셋 주소').fill(`${APP_ORIGIN}/big/`);
  await page.getByRole('button', { name: '불러오기' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('브라우저에서 분석하기에 너무 큽니다');
  await expect(alert).toContainText('150,000');
  await expect(alert).toContainText('데이터 파일을 하나도 받기 전에 멈췄습니다');
  await expect(alert).toContainText(/이전에 불러온 데이터셋/);
  await expectCopyableCommand(page);
  expect(dataRequests).toEqual([]);
});

test('a too-large table found from its Parquet footer is refused before decoding, saying the file was downloaded', async ({
  page,
}) => {
  await blockNonLocal(page);
  // 150,001 exporters (one over the limit), and a manifest that gives no row count for them.
  const exporters = await parquetOfRows(150_001);
  const manifest = JSON.parse(readFileSync(join(SAMPLE_DIR, 'manifest.json'), 'utf8')) as {
    tables: Record<string, { rows?: number; sha256?: string }>;
  };
  delete manifest.tables.exporters.rows;
  delete manifest.tables.exporters.sha256;
  await page.route('**/big-footer/**', async (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    if (name === 'manifest.json') return route.fulfill({ json: manifest });
    if (name === 'exporters.parquet') return route.fulfill({ body: exporters });
    return route.fulfill({ body: readFileSync(join(SAMPLE_DIR, name)) });
  });
  await page.goto('/#/start');
  await expect(page.getByText(/현재 데이터셋/)).toBeVisible({ timeout: 60_000 });
  await page.getByLabel('데이터셋 주소').fill(`${APP_ORIGIN}/big-footer/`);
  await page.getByRole('button', { name: '불러오기' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('브라우저에서 분석하기에 너무 큽니다');
  await expect(alert).toContainText('해독하기 전에 멈췄습니다');
  await expect(alert).not.toContainText('받기 전에');
  await expect(alert.locator('code')).toHaveText('npm run --silent cli -- continuity --data <데이터셋 폴더>');
  await expect(alert).toContainText(/이전에 불러온 데이터셋/);
});

/** The command sits in its own one-line code block (never wrapped mid-flag) and its button copies it whole. */
async function expectCopyableCommand(page: Page): Promise<void> {
  const command = 'npm run --silent cli -- continuity --data <데이터셋 폴더>';
  const code = page.getByRole('alert').locator('pre code');
  await expect(code).toHaveText(command);
  const lines = await code.evaluate((el) => {
    const pre = el.parentElement as HTMLElement;
    return {
      whiteSpace: getComputedStyle(pre).whiteSpace,
      lines: Math.round(
        el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight || '0'),
      ),
    };
  });
  expect(lines.whiteSpace).toBe('pre');
  expect(lines.lines).toBe(1);
  await page.getByRole('button', { name: '명령 복사' }).click();
  await expect(page.getByRole('status').filter({ hasText: '명령을 복사했습니다' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(command);
}

async function parquetOfRows(n: number): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'too-large-'));
  const file = join(dir, 'exporters.parquet');
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  try {
    await c.run(
      `COPY (SELECT 'E' || i::VARCHAR AS exporter_id FROM range(${n}) t(i)) TO '${file}' (FORMAT parquet)`,
    );
    return readFileSync(file);
  } finally {
    c.closeSync();
    rmSync(dir, { recursive: true, force: true });
  }
}
