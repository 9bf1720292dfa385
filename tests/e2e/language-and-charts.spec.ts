/**
 * Every main screen, in Korean and in English, read the way a user sees it:
 * - no Hangul in the English UI and no English words in the Korean UI, apart from proper names from the data
 *   (firm, buyer, event and dataset names), codes (HS 330510, E000123, ISO), units and the names of file
 *   formats and methods (Parquet, Pearson) — the allow-list below;
 * - chart text at least 11 px on screen (font size × the SVG's scale) and at least 4.5:1 against the chart
 *   background (WCAG AA), measured on the rendered SVG in Chromium (axe cannot judge SVG text).
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { expect, test, type Page } from '@playwright/test';
import { APP_ORIGIN, blockNonLocal, SAMPLE_DIR } from './helpers.ts';
import { SCREENS } from './screens.ts';

/** Proper names from the sample: they are shown as registered, in whatever script they are written in. */
async function properNames(): Promise<string[]> {
  const db = await DuckDBInstance.create();
  const c = await db.connect();
  const names: string[] = [];
  for (const sql of [
    `SELECT name FROM '${SAMPLE_DIR}/exporters.parquet' UNION SELECT name_en FROM '${SAMPLE_DIR}/exporters.parquet'`,
    `SELECT name FROM '${SAMPLE_DIR}/buyers.parquet'`,
    `SELECT name FROM '${SAMPLE_DIR}/events.parquet' UNION SELECT city FROM '${SAMPLE_DIR}/events.parquet'`,
  ]) {
    const r = await c.runAndReadAll(sql);
    for (const [v] of r.getRows()) if (typeof v === 'string' && v) names.push(v);
  }
  c.closeSync();
  // The dataset's own name (from its manifest) and the language switch, which names each language in itself.
  names.push('export-intel sample (seed 42, 2000 exporters, 1500 buyers, 2015–2024)', 'English', '한국어');
  return names.sort((a, b) => b.length - a.length);
}

/** Words written in Latin letters that belong in a Korean UI: formats, methods, standards, units. */
const LATIN_OK = new Set(
  [
    'Parquet',
    'DuckDB',
    'DuckDB-WASM',
    'WebAssembly',
    'IndexedDB',
    'Natural',
    'Earth',
    'Pearson',
    'Welch',
    'McFadden',
    'Brier',
    'Gini',
    'Lorenz',
    'Gumbel',
    'Wilson',
    'Newton',
    'Snappy',
    'Gzip',
    'Zstd',
    'Access-Control-Allow-Origin',
    'Pretendard',
    'parquet-wasm',
    'wasm',
    'Comtrade',
    'export-intel',
    'out-of-time',
    'ln',
    // the contract's table names, quoted in explanations ("matches 형식")
    'exporters',
    'buyers',
    'exports',
    'events',
    'matches',
    'weblog',
    'ETag',
    'sha256',
    'http',
    'https',
    'px',
    'ms',
    'vs',
  ].map((w) => w.toLowerCase()),
);

function latinWords(text: string): string[] {
  const cleaned = text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\S+\.(parquet|json|csv|pdf|wasm|js|woff2)\b/gi, ' ')
    .replace(/(^|\s)\/\S*/g, ' ')
    .replace(/\b\w+_\w+\b/g, ' ');
  const words = cleaned.match(/[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]/g) ?? [];
  return words.filter((w) => {
    if (/^[A-Z0-9.&'’-]+$/.test(w)) return false; // acronyms and codes: HS, CSV, AUC, SAVE LIST, MAX
    if (/^[A-Za-z]$/.test(w)) return false; // variable letters and units (n, p, r, x, s)
    return !LATIN_OK.has(w.toLowerCase());
  });
}

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]+/g;

/** The text a user can see (plus SVG tooltips and accessible names), outside <code> and [translate=no]. */
async function visibleText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.trim();
      if (!el || !text) continue;
      if (el.closest('script, style, code, kbd, [translate="no"]')) continue;
      // Data in its own language, marked as such (a Korean search term in the English UI: lang="ko").
      const part = el.closest('[lang]');
      if (
        part &&
        part !== document.documentElement &&
        part.getAttribute('lang') !== document.documentElement.lang
      )
        continue;
      const inTitle = el.closest('svg title');
      const shown = inTitle ? inTitle.parentElement : el;
      if (!shown?.checkVisibility({ visibilityProperty: true })) continue;
      out.push(text);
    }
    for (const el of document.querySelectorAll<HTMLElement>('[aria-label]')) {
      if (el.checkVisibility({ visibilityProperty: true })) out.push(el.getAttribute('aria-label') ?? '');
    }
    return out;
  });
}

/** Leaks of the other language on the current screen (proper names removed first). */
async function leaks(page: Page, lang: 'ko' | 'en', names: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for (let text of await visibleText(page)) {
    for (const n of names) if (text.includes(n)) text = text.split(n).join(' ');
    if (lang === 'en') for (const m of text.match(HANGUL) ?? []) found.add(`${m}  ⟵ "${text.slice(0, 80)}"`);
    else for (const w of latinWords(text)) found.add(`${w}  ⟵ "${text.slice(0, 80)}"`);
  }
  return [...found];
}

interface ChartTextProblem {
  text: string;
  px: number;
  contrast: number;
}

/** Chart text smaller than 11 px on screen or under 4.5:1 against white (the chart background). */
async function chartTextProblems(page: Page): Promise<ChartTextProblem[]> {
  return page.evaluate(() => {
    const lum = (rgb: number[]) => {
      const [r, g, b] = rgb.map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const parse = (css: string) => {
      if (css.startsWith('#')) return [1, 3, 5].map((i) => parseInt(css.slice(i, i + 2), 16));
      return (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    };
    const out: { text: string; px: number; contrast: number }[] = [];
    for (const t of document.querySelectorAll<SVGTextElement>('figure.chart svg text, .chart svg text')) {
      if (!t.checkVisibility() || !t.textContent?.trim()) continue;
      const style = getComputedStyle(t);
      // The length of the transformed x unit vector: rotated axis titles scale by 1, not by cos(90°) = 0.
      const m = t.getScreenCTM();
      const scale = m ? Math.hypot(m.a, m.b) : 1;
      const px = parseFloat(style.fontSize) * scale;
      // Text drawn on a coloured cell says so (data-on); everything else sits on the white chart surface.
      const bgCss = t.closest('[data-on]')?.getAttribute('data-on') ?? 'rgb(255,255,255)';
      const fg = lum(parse(style.fill));
      const bg = lum(parse(bgCss));
      const contrast = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      if (px < 10.95 || contrast < 4.5) out.push({ text: t.textContent.trim(), px, contrast });
    }
    return out;
  });
}

/** Axes whose tick labels repeat ("0, 0, 1, 1" on a small count axis). */
async function repeatedTicks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const axis of document.querySelectorAll('.chart svg g')) {
      const ticks = [...axis.querySelectorAll(':scope > .tick text')].map((t) => t.textContent ?? '');
      if (new Set(ticks).size < ticks.length) out.push(ticks.join(', '));
    }
    return out;
  });
}

for (const lang of ['ko', 'en'] as const) {
  test(`every screen reads in ${lang === 'ko' ? 'Korean' : 'English'} only, with readable chart text`, async ({
    page,
  }) => {
    test.setTimeout(600_000);
    const names = await properNames();
    await blockNonLocal(page);
    await page.addInitScript((l) => localStorage.setItem('export-intel.locale', l), lang);
    await page.goto('/#/overview');
    await page.locator('.stats').waitFor({ timeout: 120_000 });
    const language: Record<string, string[]> = {};
    const charts: Record<string, ChartTextProblem[]> = {};
    const ticks: Record<string, string[]> = {};
    for (const s of SCREENS) {
      await s.open(page);
      const l = await leaks(page, lang, names);
      if (l.length) language[s.name] = l;
      const c = await chartTextProblems(page);
      if (c.length) charts[s.name] = c.slice(0, 8);
      const r = await repeatedTicks(page);
      if (r.length) ticks[s.name] = r;
    }
    expect.soft(language, 'text in the other language').toEqual({});
    expect.soft(charts, 'chart text under 11 px or under 4.5:1').toEqual({});
    expect.soft(ticks, 'axes with repeated tick labels').toEqual({});
  });
}

test('a dataset URL that fails is explained in Korean in the Korean UI', async ({ page }) => {
  await blockNonLocal(page);
  await page.goto('/#/start');
  await page.getByText(/현재 데이터셋/).waitFor({ timeout: 120_000 });
  await page.getByLabel('데이터셋 주소').fill(`${APP_ORIGIN}/no-such-dataset/`);
  await page.getByRole('button', { name: '불러오기' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('불러오지 못했습니다');
  // The visible explanation is Korean; the server's English text is only under 기술 정보.
  const shown = await alert.evaluate((el) => (el as HTMLElement).innerText);
  expect(latinWords(shown.replace(/기술 정보[\s\S]*/, ''))).toEqual([]);
  await expect(alert.getByText('기술 정보')).toBeVisible();
});
