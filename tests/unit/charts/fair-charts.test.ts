// @vitest-environment happy-dom
/**
 * Snapshots of the fair's charts (live funnel, the day's timeline, stage bars by group, the web-log path flow
 * and search terms) in Korean and English, with fixed hand-made data: a stage with no requests, a step with
 * zero sessions, search terms in both scripts.
 */
import { describe, it } from 'vitest';
import { barChart } from '../../../src/charts/bar-chart.ts';
import { PALETTE, STAGE_COLORS, WEBLOG_STEP_COLORS } from '../../../src/charts/chart-frame.ts';
import { funnelChart } from '../../../src/charts/funnel-chart.ts';
import { pathFlowChart } from '../../../src/charts/path-flow-chart.ts';
import { stageBars } from '../../../src/charts/stage-bars.ts';
import { timelineChart } from '../../../src/charts/timeline-chart.ts';
import { countryName } from '../../../src/core/names/index.ts';
import type { MessageKey } from '../../../src/app/i18n/messages-ko.ts';
import { expectSvgSnapshot, LOCALES, localeKit, newSvg } from './svg-snapshot.ts';

const STAGES = ['requested', 'accepted', 'met', 'contracted'] as const;
const STEPS = ['home', 'search', 'click', 'profile', 'save', 'request', 'other', 'end'] as const;

describe.each(LOCALES)('fair charts (%s)', (locale) => {
  const { t, fmt } = localeKit(locale);

  it('funnel: counts and the share kept from the previous stage', async () => {
    const svg = newSvg();
    funnelChart(
      svg,
      STAGES.map((s, i) => ({ label: t(`fair.stage.${s}`), value: [412, 260, 181, 0][i] })),
      {
        label: t('fair.live.funnel'),
        format: (n) => fmt.number(n),
        percent: (f) => fmt.percent(f),
        stepLabel: t('fair.live.ofPrevious'),
      },
    );
    await expectSvgSnapshot(svg, `funnel-chart-${locale}`);
  });

  it('timeline: cumulative series over the day with the legend above', async () => {
    const svg = newSvg();
    const times = ['09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00', '17:00'];
    timelineChart(
      svg,
      times.map((time, i) => ({
        time,
        values: { requested: (i * 7) % 11, accepted: (i * 5) % 7, met: i % 4, contracted: i === 6 ? 2 : 0 },
      })),
      {
        label: t('fair.live.timelineLabel'),
        cumulative: true,
        series: [
          { key: 'requested', label: t('fair.stage.requested'), color: PALETTE.primaryLight },
          { key: 'accepted', label: t('fair.status.accepted'), color: PALETTE.primary },
          { key: 'met', label: t('fair.status.met'), color: PALETTE.ok },
          { key: 'contracted', label: t('fair.status.contracted'), color: PALETTE.accent },
        ],
        format: (n) => fmt.number(n),
      },
    );
    await expectSvgSnapshot(svg, `timeline-chart-${locale}`);
  });

  it('stage bars: nested stages per buyer country, one country without requests', async () => {
    const svg = newSvg();
    stageBars(
      svg,
      [
        { country: 'US', values: [120, 80, 51, 9] },
        { country: 'VN', values: [64, 30, 22, 4] },
        { country: 'DE', values: [7, 3, 1, 0] },
        { country: 'BR', values: [0, 0, 0, 0] },
      ].map((r) => ({ label: countryName(r.country, locale), values: r.values })),
      {
        label: t('fair.live.by.country'),
        stages: STAGES.map((s, i) => ({ label: t(`fair.stage.${s}`), color: STAGE_COLORS[i] })),
        labelWidth: 140,
        format: (n) => fmt.number(n),
      },
    );
    await expectSvgSnapshot(svg, `stage-bars-${locale}`);
  });

  it('path flow: sessions from step to step in a fixed node order', async () => {
    const svg = newSvg();
    pathFlowChart(
      svg,
      [
        { depth: 1, source: 'home', target: 'search', value: 60 },
        { depth: 1, source: 'search', target: 'click', value: 35 },
        { depth: 1, source: 'home', target: 'end', value: 5 },
        { depth: 2, source: 'search', target: 'click', value: 40 },
        { depth: 2, source: 'click', target: 'profile', value: 30 },
        { depth: 2, source: 'search', target: 'end', value: 20 },
        { depth: 3, source: 'click', target: 'profile', value: 25 },
        { depth: 3, source: 'profile', target: 'save', value: 18 },
        { depth: 3, source: 'profile', target: 'request', value: 7 },
      ],
      {
        label: t('fair.weblog.paths'),
        order: STEPS,
        name: (s) => t(`fair.weblog.path.${s}` as MessageKey),
        color: (s) => WEBLOG_STEP_COLORS[s as (typeof STEPS)[number]] ?? PALETTE.muted,
        format: (n) => fmt.number(n),
        height: 380,
        columnLabel: (d) => t('fair.weblog.stepN', { n: d }),
      },
    );
    await expectSvgSnapshot(svg, `path-flow-chart-${locale}`);
  });

  it('bar chart: search terms in both scripts, each marked with its language', async () => {
    const svg = newSvg();
    barChart(
      svg,
      [
        { label: '화장품', value: 31, lang: 'ko' },
        { label: 'EV battery', value: 22, lang: 'en' },
        { label: '전기차 배터리 셀 모듈 팩 공급업체', value: 9, lang: 'ko' },
        { label: 'kimchi', value: 1, lang: 'en' },
      ],
      { label: t('fair.weblog.terms'), format: (n) => fmt.number(n), labelWidth: 140, rowHeight: 22 },
    );
    await expectSvgSnapshot(svg, `bar-chart-terms-${locale}`);
  });
});
