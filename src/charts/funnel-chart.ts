/**
 * Step funnel: one centred bar per stage (e.g. requested → accepted → met → contracted, or search → profile →
 * save → request), width proportional to the count, with the count and the share kept from the previous step
 * written beside it. Used by the live matching status and the web-log funnel.
 */
import { scaleLinear } from 'd3';
import { FUNNEL_COLORS, fitLabel, frame, layoutWidth, PALETTE, secondaryText, TYPE } from './chart-frame.ts';

export interface FunnelStage {
  label: string;
  value: number;
}

/** Options for {@link funnelChart}. */
export interface FunnelChartOptions {
  /**
   * The accessible name read by screen readers (role="img") and written as the SVG's <title>, in the reader's
   * language.
   */
  label: string;
  /**
   * The drawing's width in px. If not specified, the width the SVG is laid out at (so text is drawn at its
   * size), or 560 when it is not laid out (hidden, in tests).
   */
  width?: number;
  /** The height of one stage in px; if not specified, defaults to 40. */
  rowHeight?: number;
  /**
   * Formats a value for the axis, the labels and the tooltips (the locale's number format). If not specified,
   * defaults to `String(v)`.
   */
  format?: (v: number) => string;
  /** Formats the step conversion (a fraction), e.g. "72%". */
  percent?: (f: number) => string;
  /** Text before the conversion, e.g. "of previous". */
  stepLabel?: string;
  /**
   * The stages' fills, first stage first (repeated when there are more stages); if not specified, defaults to
   * FUNNEL_COLORS (pale to deep blue).
   */
  colors?: readonly string[];
}

export function funnelChart(svg: SVGSVGElement, data: readonly FunnelStage[], o: FunnelChartOptions): void {
  const width = o.width ?? layoutWidth(svg, 560);
  const rowHeight = o.rowHeight ?? 40;
  const labelWidth = 130;
  const valueWidth = 150;
  const height = Math.max(1, data.length) * rowHeight + 8;
  const s = frame(svg, { width, height, label: o.label });
  const fmt = o.format ?? ((v: number) => String(v));
  const pct = o.percent ?? ((f: number) => `${Math.round(f * 100)}%`);
  const top = data[0]?.value || 1;
  const barArea = width - labelWidth - valueWidth;
  const w = scaleLinear().domain([0, top]).range([0, barArea]);
  const cx = labelWidth + barArea / 2;
  const colors = o.colors ?? FUNNEL_COLORS;
  const row = s
    .append('g')
    .selectAll('g')
    .data(data)
    .join('g')
    .attr('transform', (_, i) => `translate(0,${4 + i * rowHeight})`);
  row
    .append('rect')
    .attr('x', (d) => cx - Math.max(1, w(d.value)) / 2)
    .attr('y', 3)
    .attr('width', (d) => Math.max(1, w(d.value)))
    .attr('height', rowHeight - 8)
    .attr('rx', 3)
    .attr('fill', (_, i) => colors[i % colors.length])
    .append('title')
    .text((d) => `${d.label}: ${fmt(d.value)}`);
  row
    .append('text')
    .attr('x', labelWidth - 8)
    .attr('y', rowHeight / 2)
    .attr('dy', '0.1em')
    .attr('text-anchor', 'end')
    .attr('fill', PALETTE.text)
    .call(fitLabel, (d: FunnelStage) => d.label, labelWidth - 12, TYPE.large);
  const value = row
    .append('text')
    .attr('x', width - valueWidth + 8)
    .attr('y', rowHeight / 2)
    .attr('dy', '0.1em')
    .attr('font-size', TYPE.large);
  value
    .append('tspan')
    .attr('font-weight', 600)
    .attr('fill', PALETTE.text)
    .text((d) => fmt(d.value));
  value
    .append('tspan')
    .attr('dx', 6)
    .call(secondaryText)
    .text((d, i) => {
      if (i === 0) return '';
      const prev = data[i - 1].value;
      return prev > 0 ? `${o.stepLabel ? `${o.stepLabel} ` : ''}${pct(d.value / prev)}` : '';
    });
}
