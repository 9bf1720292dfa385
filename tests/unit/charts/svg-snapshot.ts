/**
 * SVG snapshot tests for the charts, in the manner of Observable Plot's test/plots + test/output: a chart is
 * drawn into a real (happy-dom) SVG element with fixed data, serialised, and compared with a committed file under
 * tests/unit/charts/__snapshots__/. A missing file is written (and fails under CI=true, where nothing is
 * written); a difference fails with a diff. To accept an intended change, look at the new drawing, then run
 * `npx vitest run tests/unit/charts -u` (or set UPDATE_SVG_SNAPSHOTS=1) and commit the files.
 *
 * The serialisation is made stable across machines: numbers are rounded to 2 decimals (trigonometry in the map
 * projection may differ in the last bits between engines), and generated ids (`map-ramp-3`) are renumbered in
 * the order they appear, so a test run alone gives the same file as the whole suite.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { makeFmt, translate, type Fmt, type Locale } from '../../../src/app/i18n/translate.ts';
import type { MessageKey } from '../../../src/app/i18n/messages-ko.ts';

const SNAPSHOTS = join(dirname(fileURLToPath(import.meta.url)), '__snapshots__');
const SVG_NS = 'http://www.w3.org/2000/svg';

export const LOCALES: readonly Locale[] = ['ko', 'en'];

/** What a chart test needs in one UI language: the real dictionaries and number formats (ko-KR, en-US). */
export interface LocaleKit {
  locale: Locale;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  fmt: Fmt;
}

export function localeKit(locale: Locale): LocaleKit {
  return { locale, t: (key, params) => translate(locale, key, params), fmt: makeFmt(locale) };
}

/** A fresh <svg> in the document, as `Chart.svelte` gives each chart (not laid out: charts use their fallback width). */
export function newSvg(): SVGSVGElement {
  document.body.replaceChildren();
  const svg = document.createElementNS(SVG_NS, 'svg');
  document.body.append(svg);
  return svg;
}

/** The SVG as stable, diffable text: one element per line (empty ones self-closed), numbers to 2 decimals, ids renumbered. */
export function serializeSvg(svg: SVGSVGElement): string {
  let text = svg.outerHTML;
  if (!/^<svg[^>]* xmlns=/.test(text)) text = text.replace(/^<svg/, `<svg xmlns="${SVG_NS}"`);
  text = text.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));
  const ids = [...text.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
  ids.forEach((id, i) => {
    const stable = `${id.replace(/-[^-]*$/, '')}-${i + 1}`;
    text = text.replaceAll(`"${id}"`, `"${stable}"`).replaceAll(`#${id})`, `#${stable})`);
  });
  // Empty elements as <rect … />, then one element per line.
  text = text.replace(/<([\w-]+)([^<>]*)><\/\1>/g, '<$1$2/>');
  return text.replace(/></g, '>\n<') + '\n';
}

/** Compares the chart drawn in `svg` with `__snapshots__/<name>.svg`. */
export async function expectSvgSnapshot(svg: SVGSVGElement, name: string): Promise<void> {
  const text = serializeSvg(svg);
  const file = join(SNAPSHOTS, `${name}.svg`);
  if (process.env.UPDATE_SVG_SNAPSHOTS) {
    mkdirSync(SNAPSHOTS, { recursive: true });
    writeFileSync(file, text);
  }
  await expect(text).toMatchFileSnapshot(file);
}
