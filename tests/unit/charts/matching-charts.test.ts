// @vitest-environment happy-dom
/**
 * Snapshots of the matching charts (a match card's sub-scores, a profile's export history and match outcomes,
 * the evaluation metrics, the exposure Lorenz curves) in Korean and English, with fixed hand-made data: a
 * variable without data, a year without exports inside the span, a model scoring zero.
 */
import { describe, it } from 'vitest';
import { exportHistory } from '../../../src/charts/export-history.ts';
import { lorenzChart } from '../../../src/charts/lorenz-curve.ts';
import { matchOutcomes } from '../../../src/charts/match-outcomes.ts';
import { metricsChart } from '../../../src/charts/metrics-chart.ts';
import { scoreParts } from '../../../src/charts/score-parts.ts';
import type { MessageKey } from '../../../src/app/i18n/messages-ko.ts';
import { expectSvgSnapshot, LOCALES, localeKit, newSvg } from './svg-snapshot.ts';

describe.each(LOCALES)('matching charts (%s)', (locale) => {
  const { t, fmt } = localeKit(locale);

  it('score parts: sub-scores, the collaborative signal in the accent colour, a hatched no-data bar', async () => {
    const svg = newSvg();
    scoreParts(
      svg,
      [
        { id: 'product', value: 0.92 },
        { id: 'price', value: 0.41 },
        { id: 'buyer_history', value: 0.5, missing: true },
        { id: 'external', value: 0 },
        { id: 'collaborative', value: 0.67 },
      ].map((p) => ({
        ...p,
        label: p.id === 'collaborative' ? t('matching.model.cf') : t(`matching.var.${p.id}` as MessageKey),
      })),
      {
        label: t('matching.card.partsLabel', { name: '한빛소재' }),
        format: (v) => fmt.percent(v, 0),
        missingText: t('matching.card.noData'),
      },
    );
    await expectSvgSnapshot(svg, `score-parts-${locale}`);
  });

  it('export history: columns per year with markets above, an empty year kept as a gap', async () => {
    const svg = newSvg();
    exportHistory(
      svg,
      [
        { year: 2019, value: 1_200_000, markets: 2 },
        { year: 2020, value: 2_450_000, markets: 3 },
        { year: 2022, value: 900_000, markets: 1 },
        { year: 2023, value: 3_100_000, markets: 5 },
      ],
      {
        label: t('matching.profile.exports'),
        format: (v) => fmt.usd(v, true),
        marketsText: (n) => t('matching.profile.markets', { n }),
      },
    );
    await expectSvgSnapshot(svg, `export-history-${locale}`);
  });

  it('match outcomes: a single year of matches gets one column, not a wall', async () => {
    const svg = newSvg();
    matchOutcomes(svg, [{ year: 2024, contracted: 1, met: 2, accepted: 1, declined: 3, requested: 1 }], {
      label: t('matching.profile.history'),
      outcomeLabel: (k) => t(`matching.status.${k}` as MessageKey),
    });
    await expectSvgSnapshot(svg, `match-outcomes-${locale}`);
  });

  it('metrics chart: one group per metric, the hybrid highlighted, a model at zero', async () => {
    const svg = newSvg();
    const models = ['hybrid', 'content', 'cf', 'popularity', 'random'];
    const scores: Record<string, number[]> = {
      ndcg: [0.412, 0.355, 0.301, 0.12, 0.018],
      precision: [0.21, 0.18, 0.16, 0.05, 0],
    };
    metricsChart(
      svg,
      Object.entries(scores).map(([metric, values]) => ({
        metric,
        label: t(`matching.metric.${metric}` as MessageKey),
        values: models.map((m, i) => ({
          model: m,
          label: t(`matching.model.${m}` as MessageKey),
          value: values[i],
        })),
      })),
      { label: t('matching.eval.forward'), highlight: 'hybrid', format: (v) => fmt.number(v, 3) },
    );
    await expectSvgSnapshot(svg, `metrics-chart-${locale}`);
  });

  it('lorenz curve: with and without the exposure boost against the equality line', async () => {
    const svg = newSvg();
    const curve = (p: number) =>
      [0, 0.2, 0.4, 0.6, 0.8, 1].map((x) => ({ population: x, share: Math.pow(x, p) }));
    lorenzChart(
      svg,
      [
        { label: t('matching.exposure.withBoost'), points: curve(1.6) },
        { label: t('matching.exposure.withoutBoost'), points: curve(3) },
      ],
      {
        label: t('matching.exposure.simChart'),
        xLabel: t('matching.exposure.xLabel'),
        yLabel: t('matching.exposure.yLabel'),
        equalityLabel: t('matching.exposure.equality'),
        format: (v) => fmt.percent(v, 0),
      },
    );
    await expectSvgSnapshot(svg, `lorenz-curve-${locale}`);
  });
});
