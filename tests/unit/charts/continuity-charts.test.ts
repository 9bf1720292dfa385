// @vitest-environment happy-dom
/**
 * Snapshots of the continuity charts (status by year, index distribution, one firm's index and drivers, risk
 * factors, coefficients, calibration) in Korean and English, with fixed hand-made data: a missing index, a
 * non-finite interval, a coefficient with an earlier estimate, a single-year firm.
 */
import { describe, it } from 'vitest';
import { calibrationChart } from '../../../src/charts/calibration-chart.ts';
import { coefficientPlot } from '../../../src/charts/coefficient-plot.ts';
import { divergingBars } from '../../../src/charts/diverging-bars.ts';
import { histogram } from '../../../src/charts/histogram.ts';
import { indexSeries } from '../../../src/charts/index-series.ts';
import { statusBars } from '../../../src/charts/status-bars.ts';
import { STATUS_COLORS } from '../../../src/charts/chart-frame.ts';
import type { MessageKey } from '../../../src/app/i18n/messages-ko.ts';
import { expectSvgSnapshot, LOCALES, localeKit, newSvg } from './svg-snapshot.ts';

const STATUSES = ['continuing', 'stopped', 'pending', 'beginner'] as const;

describe.each(LOCALES)('continuity charts (%s)', (locale) => {
  const { t, fmt } = localeKit(locale);
  const status = (s: string) => t(`ci.status.${s}` as MessageKey);
  const short = (s: string) => t(`ci.statusShort.${s}` as MessageKey);
  const variable = (v: string) => t(`cvar.${v}` as MessageKey);

  it('status bars: stacked statuses per year, the shown year highlighted', async () => {
    const svg = newSvg();
    statusBars(
      svg,
      [
        { x: '2021', values: { continuing: 120, stopped: 14, pending: 0, beginner: 30 } },
        { x: '2022', values: { continuing: 131, stopped: 22, pending: 5, beginner: 18 } },
        { x: '2023', values: { continuing: 128, stopped: 9, pending: 41, beginner: 0 } },
      ],
      {
        label: t('ci.chart.statusByYear'),
        series: STATUSES.map((s) => ({ key: s, label: status(s), color: STATUS_COLORS[s] })),
        format: (v) => fmt.number(v),
        highlight: '2022',
      },
    );
    await expectSvgSnapshot(svg, `status-bars-${locale}`);
  });

  it('histogram: bins below the threshold in the warning colour, labelled threshold line', async () => {
    const svg = newSvg();
    const values = [
      3, 8, 12, 18, 22, 27, 31, 33, 35, 41, 44, 48, 52, 55, 61, 64, 67, 72, 78, 85, 91, 99, 100,
    ];
    histogram(svg, [...values, Number.NaN], {
      label: t('ci.chart.distribution', { year: 2023 }),
      threshold: 30,
      thresholdLabel: t('ci.chart.thresholdLine', { t: 30 }),
      xLabel: t('ci.chart.indexAxis'),
      format: (v) => fmt.number(v),
    });
    await expectSvgSnapshot(svg, `histogram-${locale}`);
  });

  it('index series: a gap year without an index still gets its status cell', async () => {
    const svg = newSvg();
    indexSeries(
      svg,
      [
        { year: 2020, index: 71 },
        { year: 2021, index: 54 },
        { year: 2023, index: 22 },
      ],
      [
        { year: 2020, status: 'continuing' },
        { year: 2021, status: 'continuing' },
        { year: 2022, status: 'pending' },
        { year: 2023, status: 'stopped' },
      ].map((m) => ({
        year: m.year,
        short: short(m.status),
        label: status(m.status),
        color: STATUS_COLORS[m.status as (typeof STATUSES)[number]],
      })),
      {
        label: t('ci.firm.series'),
        threshold: 30,
        thresholdLabel: t('ci.chart.thresholdLine', { t: 30 }),
        statusLabel: t('ci.firm.statusStrip'),
        format: (v) => fmt.number(v),
      },
    );
    await expectSvgSnapshot(svg, `index-series-${locale}`);
  });

  it('diverging bars: a firm’s drivers, negative red and positive green', async () => {
    const svg = newSvg();
    divergingBars(
      svg,
      [
        { name: 'years_exported', value: -0.84 },
        { name: 'credit_grade', value: -0.31 },
        { name: 'trade_show', value: 0.12 },
        { name: 'raw_material_change', value: 0.47 },
      ].map((d) => ({ label: variable(d.name), value: d.value, detail: fmt.number(d.value, 3) })),
      {
        label: t('ci.firm.drivers', { year: 2023 }),
        xLabel: t('ci.firm.driversAxis'),
        format: (v) => v.toFixed(2),
        labelWidth: 230,
      },
    );
    await expectSvgSnapshot(svg, `diverging-bars-drivers-${locale}`);
  });

  it('diverging bars: risk factors coloured by tone, with the tone legend', async () => {
    const svg = newSvg();
    divergingBars(
      svg,
      [
        { label: variable('credit_grade'), value: 0.62, tone: 'worse' as const },
        { label: variable('years_exported'), value: -0.55, tone: 'worse' as const },
        { label: variable('firm_age'), value: 0.18, tone: 'better' as const },
        { label: variable('fx_change'), value: -0.04, tone: 'neutral' as const },
      ],
      {
        label: t('ci.riskf.axis'),
        xLabel: t('ci.riskf.axis'),
        format: (v) => v.toFixed(2),
        labelWidth: 240,
        toneLegend: {
          worse: t('chart.tone.worse'),
          better: t('chart.tone.better'),
          neutral: t('chart.tone.neutral'),
        },
      },
    );
    await expectSvgSnapshot(svg, `diverging-bars-risk-${locale}`);
  });

  it('coefficient plot: intervals, a non-finite interval, the earlier estimate as a ring', async () => {
    const svg = newSvg();
    coefficientPlot(
      svg,
      [
        { label: variable('years_exported'), estimate: 0.91, lower: 0.62, upper: 1.2, previous: 0.8 },
        { label: variable('credit_grade'), estimate: -0.42, lower: -0.7, upper: -0.14, previous: -0.5 },
        { label: variable('trade_show'), estimate: 0.05, lower: -0.2, upper: 0.3, previous: null },
        { label: variable('oil_change'), estimate: 0.3, lower: Number.NaN, upper: Number.NaN },
      ],
      {
        label: t('ci.coef.plot'),
        xLabel: t('ci.coef.plotAxis'),
        previousLabel: t('ci.coef.previousLegend'),
        format: (v) => v.toFixed(2),
        labelWidth: 230,
      },
    );
    await expectSvgSnapshot(svg, `coefficient-plot-${locale}`);
  });

  it('calibration chart: deciles against the diagonal, dot area by group size', async () => {
    const svg = newSvg();
    calibrationChart(
      svg,
      [
        { predicted: 0.08, observed: 0.05, n: 40 },
        { predicted: 0.31, observed: 0.36, n: 120 },
        { predicted: 0.55, observed: 0.49, n: 300 },
        { predicted: 0.93, observed: 0.97, n: 12 },
      ],
      {
        label: t('ci.cal.title'),
        xLabel: t('ci.cal.x'),
        yLabel: t('ci.cal.y'),
        format: (v) => fmt.percent(v, 0),
      },
    );
    await expectSvgSnapshot(svg, `calibration-chart-${locale}`);
  });
});
