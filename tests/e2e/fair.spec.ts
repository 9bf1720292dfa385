/**
 * The fair-booth screens in a real Chromium on the production build: the live status file served by a local
 * HTTP server (CORS + ETag) that changes the file mid-test — the dashboard updates, a broken file is refused
 * without losing the status, and a stopped server shows as stale; a journal entry survives a reload and an
 * unknown pair is refused; a schedule is built and shown; the usage-pattern and consulting screens render.
 */
import { test, expect, type Page } from '@playwright/test';
import { DuckDBInstance } from '@duckdb/node-api';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { collectErrors, SAMPLE_DIR } from './helpers.ts';

const EV = 'EV2024-CGF';
const PORT = 4570; // an origin the preview's CSP allows (playwright.config.ts: EXPORT_INTEL_DATA_ORIGINS)
const LIVE_URL = `http://127.0.0.1:${PORT}/fair/matches-live.parquet`;

async function query<T>(sql: string): Promise<T[]> {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  try {
    return (await c.runAndReadAll(sql)).getRowObjectsJson() as T[];
  } finally {
    c.closeSync();
  }
}

/** The warehouse's status file: the fair's unanswered requests, the first `n` answered at `at` with `status`. */
async function statusFile(
  dir: string,
  name: string,
  changes: { n: number; status: string; at: string }[],
): Promise<Buffer> {
  const file = join(dir, name);
  const matches = join(SAMPLE_DIR, 'matches.parquet');
  const parts = changes.map(
    (c, i) => `SELECT * REPLACE ('${c.status}' AS status, TIMESTAMP '${c.at}' AS updated_at) FROM pending
               WHERE rn > ${changes.slice(0, i).reduce((s, x) => s + x.n, 0)}
                 AND rn <= ${changes.slice(0, i + 1).reduce((s, x) => s + x.n, 0)}`,
  );
  await query(
    `COPY (WITH pending AS (
             SELECT * , row_number() OVER (ORDER BY match_id) AS rn FROM '${matches}'
             WHERE event_id = '${EV}' AND status = 'requested')
           SELECT * EXCLUDE (rn) FROM (${parts.join(' UNION ALL ')})) TO '${file}' (FORMAT parquet)`,
  );
  return readFileSync(file);
}

/** The value shown on a stat card of the live dashboard. */
function stat(page: Page, label: RegExp) {
  return page.getByTestId('live-stats').locator('.stat', { hasText: label }).locator('.value');
}

test.describe('live status file over HTTP', () => {
  let server: Server;
  let dir: string;
  let body: Buffer = Buffer.alloc(0);
  let contentType = 'application/vnd.apache.parquet';
  let requests = 0;
  let notModified = 0;

  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fair-live-'));
    server = createServer((req, res) => {
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Access-Control-Allow-Headers', 'If-None-Match, If-Modified-Since');
      res.setHeader('Access-Control-Expose-Headers', 'ETag, Last-Modified');
      if (req.method === 'OPTIONS') {
        res.writeHead(204).end();
        return;
      }
      requests++;
      const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
      if (req.headers['if-none-match'] === etag) {
        notModified++;
        res.writeHead(304, { ETag: etag }).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': contentType, ETag: etag, 'Cache-Control': 'no-cache' }).end(body);
    });
    await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
  });
  test.afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  test('updates when the file changes, refuses a broken one, and shows stale when the server stops', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const errors = collectErrors(page);
    body = await statusFile(dir, 'v1.parquet', [{ n: 10, status: 'accepted', at: '2024-06-21 18:10:00' }]);
    await page.goto('/#/fair/live');
    await expect(stat(page, /응답 대기/)).toHaveText('71', { timeout: 90_000 });
    await expect(stat(page, /^수락/)).toHaveText('961');

    await page.getByLabel(/상태 파일 주소/).fill(LIVE_URL);
    await page.getByLabel(/확인 간격/).fill('2');
    await page.getByRole('button', { name: '실시간 연결' }).click();
    await expect(stat(page, /응답 대기/)).toHaveText('61', { timeout: 30_000 });
    await expect(stat(page, /^수락/)).toHaveText('971');
    await expect(page.getByTestId('feed-status')).toHaveAttribute('data-state', 'live');
    await expect(page.getByTestId('feed-status')).toContainText('matches-live.parquet: 10건');

    // Unchanged file: conditional requests answered 304.
    const before = notModified;
    await expect.poll(() => notModified, { timeout: 15_000 }).toBeGreaterThan(before);

    // The agency's system rewrites the file: 20 more answers (declined) — the dashboard follows.
    body = await statusFile(dir, 'v2.parquet', [
      { n: 10, status: 'accepted', at: '2024-06-21 18:10:00' },
      { n: 20, status: 'declined', at: '2024-06-21 18:20:00' },
    ]);
    await expect(stat(page, /응답 대기/)).toHaveText('41', { timeout: 30_000 });
    await expect(page.getByTestId('live-asof')).toContainText('실시간 파일 30건');

    // A broken upload (an HTML error page) is refused with a message; the numbers stay.
    const good = body;
    body = Buffer.from('<html><body>502 Bad Gateway</body></html>');
    contentType = 'text/html';
    await expect(page.getByTestId('feed-stale')).toContainText('HTML', { timeout: 30_000 });
    await expect(stat(page, /응답 대기/)).toHaveText('41');
    // Garbage bytes with a data content type: refused as not Parquet.
    body = Buffer.from('this is not a parquet file at all');
    contentType = 'application/octet-stream';
    await expect(page.getByTestId('feed-stale')).toContainText('Parquet 파일이 아닙니다', {
      timeout: 30_000,
    });
    // An older copy of the file is refused too.
    body = await statusFile(dir, 'old.parquet', [{ n: 5, status: 'accepted', at: '2024-06-21 18:05:00' }]);
    contentType = 'application/vnd.apache.parquet';
    await expect(page.getByTestId('feed-stale')).toContainText('오래된 파일', { timeout: 30_000 });
    await expect(stat(page, /응답 대기/)).toHaveText('41');
    body = good;
    await expect(page.getByTestId('feed-status')).toHaveAttribute('data-state', 'live', { timeout: 30_000 });

    // The network drops: the server stops answering.
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await expect(page.getByTestId('feed-status')).toHaveAttribute('data-state', 'stale', { timeout: 30_000 });
    await expect(page.getByTestId('feed-stale')).toContainText('화면이 최신이 아닐 수 있습니다');
    await expect(stat(page, /응답 대기/)).toHaveText('41');
    expect(requests).toBeGreaterThan(3);
    // Failed polls of a stopped server are expected console noise; nothing else may fail.
    expect(errors.filter((e) => !/Failed to load resource|ERR_CONNECTION_REFUSED|net::/.test(e))).toEqual([]);
    await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve)); // for afterAll
  });
});

test('a recorded status survives a reload; an unknown pair is refused', async ({ page }) => {
  const [pair] = await query<{ exporter_id: string; buyer_id: string }>(
    `SELECT exporter_id, buyer_id FROM '${SAMPLE_DIR}/matches.parquet'
     WHERE event_id = '${EV}' AND status = 'accepted' ORDER BY match_id LIMIT 1`,
  );
  const [outsider] = await query<{ id: string }>(
    `SELECT exporter_id AS id FROM '${SAMPLE_DIR}/exporters.parquet' WHERE exporter_id NOT IN
       (SELECT party_id FROM '${SAMPLE_DIR}/event_participants.parquet' WHERE event_id = '${EV}') ORDER BY 1 LIMIT 1`,
  );
  await page.goto('/#/fair/live');
  await expect(stat(page, /상담 완료/)).toHaveText('763', { timeout: 90_000 });
  const journal = page.getByTestId('journal');
  await journal.getByLabel('수출기업').fill(pair.exporter_id);
  await journal.getByLabel('바이어').fill(pair.buyer_id);
  await journal.getByLabel('새 상태').selectOption('met');
  await journal.getByRole('button', { name: '기록', exact: true }).click();
  await expect(page.getByTestId('journal-notice')).toContainText('상담 완료');
  await expect(stat(page, /상담 완료/)).toHaveText('764');

  await page.reload();
  await expect(stat(page, /상담 완료/)).toHaveText('764', { timeout: 90_000 });
  await expect(page.getByTestId('journal-entries')).toContainText(pair.exporter_id);
  await expect(page.getByTestId('journal-entries')).toContainText('수락 → 상담 완료');

  await journal.getByLabel('수출기업').fill(outsider.id);
  await journal.getByLabel('바이어').fill(pair.buyer_id);
  await journal.getByRole('button', { name: '기록', exact: true }).click();
  await expect(page.getByTestId('journal-notice')).toContainText('참가사가 아닙니다');
  await expect(stat(page, /상담 완료/)).toHaveText('764');

  // The journal exports as a Parquet file in the contract's matches shape (written in the page, under the CSP).
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    journal.getByRole('button', { name: /Parquet으로 내보내기/ }).click(),
  ]);
  const file = join(mkdtempSync(join(tmpdir(), 'fair-journal-')), download.suggestedFilename());
  await download.saveAs(file);
  const exported = await query<{ match_id: string; status: string; exporter_id: string; t: string }>(
    `SELECT match_id, status, exporter_id, typeof(updated_at) AS t FROM '${file}'`,
  );
  expect(exported).toHaveLength(1);
  expect(exported[0]).toMatchObject({ status: 'met', exporter_id: pair.exporter_id, t: 'TIMESTAMP' });

  await journal.getByRole('button', { name: '마지막 기록 되돌리기' }).click();
  await expect(stat(page, /상담 완료/)).toHaveText('763');
  await page.reload();
  await expect(stat(page, /상담 완료/)).toHaveText('763', { timeout: 90_000 });
});

test('builds a meeting schedule and shows the grid', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/#/fair/schedule');
  await page.getByRole('button', { name: '일정표 만들기' }).click({ timeout: 90_000 });
  const grid = page.getByTestId('schedule-grid');
  await expect(grid).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('schedule-stats')).toContainText('수락된 매칭 198건 중');
  await expect(grid.locator('td.cell.busy').first()).toBeVisible();
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'CSV로 내보내기' }).click(),
  ]);
  const csvFile = join(mkdtempSync(join(tmpdir(), 'fair-csv-')), csv.suggestedFilename());
  await csv.saveAs(csvFile);
  const text = readFileSync(csvFile, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true); // so Excel reads the Korean names as UTF-8
  const lines = text.slice(1).trim().split(/\r\n/);
  expect(lines[0]).toBe(
    'event_id,day,start,end,slot,exporter_id,exporter_name,buyer_id,buyer_name,buyer_country,match_id,scheduled,reason',
  );
  expect(lines).toHaveLength(199);
  // One day, 10:00–10:30: a single slot, fewer than some firms' accepted meetings.
  for (const day of ['2024년 6월 20일', '2024년 6월 21일'])
    await page.getByRole('checkbox', { name: day }).uncheck();
  await page.getByLabel('종료', { exact: true }).fill('10:30');
  await page.getByRole('button', { name: '일정표 다시 만들기' }).click();
  await expect(page.getByTestId('schedule-stats').locator('.stat', { hasText: '슬롯 수' })).toContainText(
    '1',
  );
  await expect(page.getByTestId('unscheduled')).toContainText('모든 슬롯(1) 사용');
  // A plan with no room for a slot says so and builds nothing.
  await page.getByLabel('종료', { exact: true }).fill('10:10');
  await expect(page.getByRole('alert')).toContainText('30분 상담 슬롯이 하나도 들어가지 않습니다');
  await expect(page.getByRole('button', { name: '일정표 다시 만들기' })).toBeDisabled();
  expect(errors).toEqual([]);
});

test('usage patterns and first-time exporter consulting render', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  await page.goto('/#/fair/weblog');
  await expect(page.getByTestId('weblog-conversion')).toContainText('수출기업', { timeout: 90_000 });
  await page.getByText('표로 보기').first().click();
  await expect(page.getByTestId('weblog-terms')).toContainText('선크림');
  await page.goto('/#/fair/consulting');
  const first = page.getByTestId('beginners').getByRole('link').first();
  await first.click({ timeout: 90_000 });
  await expect(page.getByTestId('consulting-markets')).toContainText('비교 기업');
  await expect(page.getByTestId('consulting-buyers').locator('tbody tr').first()).toBeVisible({
    timeout: 120_000,
  });
  await expect(page.getByTestId('consulting-risks')).toContainText('수출지속지수', { timeout: 120_000 });
  expect(errors).toEqual([]);
});
