/**
 * Past matches of a firm by year, stacked by outcome (거절 · 수락 · 상담 · 계약 · 요청 중), so the profile shows
 * at a glance how often the firm's meetings went somewhere.
 */
import { axisBottom, axisLeft, max, scaleBand, scaleLinear, stack } from 'd3';
import {
  bottomAxis,
  frame,
  integerTicks,
  layoutWidth,
  leftAxis,
  OUTCOME_COLORS,
  swatchLegend,
  TYPE,
} from './chart-frame.ts';

export const OUTCOME_KEYS = ['contracted', 'met', 'accepted', 'declined', 'requested'] as const;
export type OutcomeKey = (typeof OUTCOME_KEYS)[number];

export type OutcomeYear = { readonly year: number } & Readonly<Record<OutcomeKey, number>>;

/** Options for {@link matchOutcomes}. */
export interface MatchOutcomesOptions {
  /**
   * The accessible name read by screen readers (role="img") and written as the SVG's <title>, in the reader's
   * language.
   */
  readonly label: string;
  /**
   * The drawing's width in px. If not specified, the width the SVG is laid out at (so text is drawn at its
   * size), or 560 when it is not laid out (hidden, in tests).
   */
  readonly width?: number;
  /** The drawing's height in px; if not specified, defaults to 220. */
  readonly height?: number;
  /** The name of an outcome in the reader's language, for the legend and the tooltips. */
  readonly outcomeLabel: (k: OutcomeKey) => string;
}

export function matchOutcomes(
  svg: SVGSVGElement,
  data: readonly OutcomeYear[],
  o: MatchOutcomesOptions,
): void {
  const width = o.width ?? layoutWidth(svg, 560);
  const height = o.height ?? 220;
  const margin = { top: 28, right: 12, bottom: 26, left: 36 };
  const s = frame(svg, { width, height, label: o.label });
  if (data.length === 0) return;
  const series = stack<OutcomeYear, OutcomeKey>().keys(OUTCOME_KEYS)(data as OutcomeYear[]);
  // At most ~70 px per year, so a firm with one year of matches gets a column, not a wall.
  const span = Math.min(width - margin.left - margin.right, data.length * 70);
  const x = scaleBand<number>()
    .domain(data.map((d) => d.year))
    .range([margin.left, margin.left + span])
    .padding(0.25);
  const y = scaleLinear()
    .domain([0, max(series[series.length - 1], (d) => d[1]) || 1])
    .nice()
    .range([height - margin.bottom, margin.top]);
  bottomAxis(
    s,
    axisBottom(x).tickFormat((v) => String(v)),
    { at: height - margin.bottom, domain: 'light' },
  );
  // Counts of matches: whole-number ticks only (a 0–1 scale would otherwise read "0, 0, 0, 1, 1").
  leftAxis(
    s,
    axisLeft(y)
      .tickValues(integerTicks(y, 4))
      .tickFormat((v) => String(v)),
    { at: margin.left, domain: 'hidden' },
  );
  s.append('g')
    .selectAll('g')
    .data(series)
    .join('g')
    .attr('fill', (d) => OUTCOME_COLORS[d.key])
    .selectAll('rect')
    .data((d) => d.map((v) => ({ key: d.key, v })))
    .join('rect')
    .attr('x', (d) => x(d.v.data.year) ?? 0)
    .attr('y', (d) => y(d.v[1]))
    .attr('height', (d) => y(d.v[0]) - y(d.v[1]))
    .attr('width', x.bandwidth())
    .append('title')
    .text((d) => `${d.v.data.year} · ${o.outcomeLabel(d.key)}: ${d.v.data[d.key]}`);
  const legend = OUTCOME_KEYS.map((k) => ({ label: o.outcomeLabel(k), color: OUTCOME_COLORS[k] }));
  swatchLegend(s, legend, { x: margin.left, y: 15, size: TYPE.small, swatch: [10, 10] });
}
