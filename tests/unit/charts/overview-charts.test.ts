// @vitest-environment happy-dom
/**
 * Snapshots of the overview's charts (exports by destination and HS chapter, exporters per year, the world map)
 * in Korean and English, with fixed hand-made data that includes a label too long for its column.
 */
import { describe, it } from 'vitest';
import { barChart } from '../../../src/charts/bar-chart.ts';
import { columnChart } from '../../../src/charts/column-chart.ts';
import { worldMap } from '../../../src/charts/world-map.ts';
import { countryName, hsChapterName } from '../../../src/core/names/index.ts';
import { expectSvgSnapshot, LOCALES, localeKit, newSvg } from './svg-snapshot.ts';

const EXPORTS = [
  { country: 'US', value: 48_200_000 },
  { country: 'CN', value: 31_750_000 },
  { country: 'VN', value: 9_400_000 },
  { country: 'AE', value: 1_250_000 },
  { country: 'KZ', value: 12_000 },
];

describe.each(LOCALES)('overview charts (%s)', (locale) => {
  const { t, fmt } = localeKit(locale);

  it('bar chart: exports by destination, compact US$ at the bar ends', async () => {
    const svg = newSvg();
    barChart(
      svg,
      EXPORTS.map((d) => ({ label: countryName(d.country, locale), value: d.value })),
      { label: t('overview.byCountry', { year: 2024 }), format: (v) => fmt.usd(v, true) },
    );
    await expectSvgSnapshot(svg, `bar-chart-countries-${locale}`);
  });

  it('bar chart: HS chapters whose names are shortened with an ellipsis and a title', async () => {
    const svg = newSvg();
    barChart(
      svg,
      ['85', '84', '39', '61'].map((c, i) => ({
        label: hsChapterName(c, locale),
        value: 4_000_000 / (i + 1),
      })),
      { label: t('overview.topHs'), format: (v) => fmt.usd(v, true), labelWidth: 170 },
    );
    await expectSvgSnapshot(svg, `bar-chart-chapters-${locale}`);
  });

  it('column chart: exporters per year, whole-number ticks', async () => {
    const svg = newSvg();
    columnChart(
      svg,
      [2019, 2020, 2021, 2022, 2023, 2024].map((y, i) => ({ x: String(y), value: [3, 5, 4, 6, 2, 1][i] })),
      { label: t('overview.perYear'), format: (v) => fmt.number(v), integer: true },
    );
    await expectSvgSnapshot(svg, `column-chart-${locale}`);
  });

  it('world map: log colour ramp, no-data swatch, names in the reader’s language', async () => {
    const svg = newSvg();
    worldMap(
      svg,
      EXPORTS.map((d) => ({ iso2: d.country, value: d.value })),
      {
        label: t('overview.mapLabel'),
        width: 480,
        format: (v) => fmt.usd(v, true),
        name: (iso2) => countryName(iso2, locale),
        legendLabel: t('overview.mapLegend'),
        noData: t('overview.mapNoData'),
      },
    );
    await expectSvgSnapshot(svg, `world-map-${locale}`);
  });
});
