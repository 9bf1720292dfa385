/**
 * axe-core (@axe-core/playwright) on every main screen in Korean and in English, in the state a user sees it
 * (loaded, nothing busy): zero violations of WCAG 2.x A/AA and axe's best-practice rules. SVG chart text is
 * left to language-and-charts.spec.ts (axe cannot judge text drawn in SVG).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { blockNonLocal } from './helpers.ts';
import { SCREENS } from './screens.ts';

/**
 * Rules switched off, each with the reason. Empty means every rule runs; add a rule here only with the
 * screen and the unlanded change it waits for.
 */
const DISABLED: readonly string[] = [];

for (const lang of ['ko', 'en'] as const) {
  test(`every main screen passes axe in ${lang === 'ko' ? 'Korean' : 'English'}`, async ({ page }) => {
    test.setTimeout(600_000);
    await blockNonLocal(page);
    await page.addInitScript((l) => localStorage.setItem('export-intel.locale', l), lang);
    await page.goto('/#/overview');
    await page.locator('.stats').waitFor({ timeout: 120_000 });
    const found: Record<string, string[]> = {};
    for (const s of SCREENS) {
      await s.open(page);
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .disableRules([...DISABLED])
        .analyze();
      const v = result.violations.map(
        (x) =>
          `${x.id} (${x.impact}): ${x.nodes
            .slice(0, 4)
            .map((n) => n.target.join(' '))
            .join(' | ')}${x.nodes.length > 4 ? ` … ${x.nodes.length} in all` : ''}`,
      );
      if (v.length) found[s.name] = v;
    }
    expect(found, 'axe violations per screen').toEqual({});
  });
}
