/**
 * The booth's reference time is one rule, shown on screen: outside the event's days it is the event's own last
 * record, and an answer recorded in the journal (stamped with the laptop's clock) leaves it as it was. Before,
 * one 수락 in 오래 기다리는 요청 switched it to the laptop's clock: waits of "21,512.2시간" and a timeline of
 * the laptop's day. The screen also says why the live tab's 수락 and the schedule's 수락된 매칭 differ.
 */
import { test, expect, type Page } from '@playwright/test';
import { blockNonLocal, collectErrors } from './helpers.ts';

test.use({ serviceWorkers: 'block' });

const waitingTitle = (page: Page) => page.getByTestId('waiting').getByRole('heading', { level: 2 });

test('a journal answer leaves the reference time as it was', async ({ page }) => {
  test.setTimeout(150_000);
  await blockNonLocal(page);
  const errors = collectErrors(page);
  await page.goto('/#/fair/live');
  const asOf = page.getByTestId('live-asof-time');
  // The sample's fair ran in June 2024; the machine's clock is later, so the event's last record rules.
  await expect(asOf).toHaveText('기준 시각 2024-06-21 18:00:00', { timeout: 90_000 });
  await expect(page.getByTestId('live-asof')).toContainText(
    '행사 데이터(데이터셋·실시간 파일)의 마지막 기록 시각',
  );
  await expect(page.getByTestId('live-asof')).toContainText('현장 기록은 기준 시각을 바꾸지 않습니다');
  await expect(waitingTitle(page)).toHaveText('오래 기다리는 요청 (71건)');
  const rows = page.getByTestId('waiting').locator('tbody tr');
  const secondWait = await rows.nth(1).locator('td.num').textContent();
  const day = page.getByRole('combobox', { name: /^날짜/ });
  await expect(day).toHaveValue('2024-06-19');
  // 수락 on the live tab counts every match that reached acceptance; the schedule takes those accepted now.
  await expect(page.getByTestId('live-accepted-note')).toContainText('수락 961건');
  await expect(page.getByTestId('live-accepted-note')).toContainText('198건으로 만듭니다');

  await rows.first().getByRole('button', { name: '수락', exact: true }).click();
  await expect(page.getByTestId('journal-notice')).toContainText('수락');
  await expect(waitingTitle(page)).toHaveText('오래 기다리는 요청 (70건)');
  await expect(asOf).toHaveText('기준 시각 2024-06-21 18:00:00');
  // The waits are still measured at the event's time: the longest is now the one that was second.
  await expect(rows.first().locator('td.num')).toHaveText(secondWait ?? '');
  // The timeline stays on the event's day (it used to jump to the laptop's day of the journal entry).
  await expect(day).toHaveValue('2024-06-19');
  await expect(page.getByTestId('live-accepted-note')).toContainText('수락 962건');
  await expect(page.getByTestId('live-accepted-note')).toContainText('199건으로 만듭니다');
  expect(errors).toEqual([]);
});
