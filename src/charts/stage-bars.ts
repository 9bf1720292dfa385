/**
 * Nested stage bars: for each group (HS chapter, hall, buyer country …) the stages of a funnel drawn as
 * overlapping bars from zero — the longest (requests) palest, each later stage (accepted, met, contracted)
 * darker and narrower inside it — so a group's volume and its conversion read off one row.
 */
import { axisBottom, max, scaleBand, scaleLinear } from 'd3';
import {
  bottomAxis,
  fitLabel,
  frame,
  integerTicks,
  layoutWidth,
  PALETTE,
  secondaryText,
  swatchLegend,
} from './chart-frame.ts';

export interface StageRow {
  label: string;
  /** One value per stage, in stage order (each ≤ the one before). */
  values: readonly number[];
}

/** Options for {@link stageBars}. */
export interface StageBarsOptions {
  /**
   * The accessible name read by screen readers (role="img") and written as the SVG's <title>, in the reader's
   * language.
   */
  label: string;
  /**
   * The funnel's stages in order, each with its name and colour (STAGE_COLORS): one bar per stage from zero,
   * each later one narrower and drawn on top, and a legend above.
   */
  stages: readonly { label: string; color: string }[];
  /**
   * The drawing's width in px. If not specified, the width the SVG is laid out at (so text is drawn at its
   * size), or 560 when it is not laid out (hidden, in tests).
   */
  width?: number;
  /**
   * The height of one row in px; if not specified, defaults to 26. The drawing's height follows from the number
   * of rows.
   */
  rowHeight?: number;
  /**
   * The width of the left margin that holds the row labels, in px; a longer label is shortened with an ellipsis
   * and keeps its full text in a <title>. If not specified, defaults to 150.
   */
  labelWidth?: number;
  /**
   * Formats a value for the axis, the labels and the tooltips (the locale's number format). If not specified,
   * defaults to `String(v)`.
   */
  format?: (v: number) => string;
}

export function stageBars(svg: SVGSVGElement, data: readonly StageRow[], o: StageBarsOptions): void {
  const width = o.width ?? layoutWidth(svg, 560);
  const rowHeight = o.rowHeight ?? 26;
  const margin = { top: 26, right: 56, bottom: 26, left: o.labelWidth ?? 150 };
  const height = margin.top + margin.bottom + Math.max(1, data.length) * rowHeight;
  const s = frame(svg, { width, height, label: o.label });
  const fmt = o.format ?? ((v: number) => String(v));
  const x = scaleLinear()
    .domain([0, max(data, (d) => max(d.values)) || 1])
    .nice()
    .range([margin.left, width - margin.right]);
  const y = scaleBand()
    .domain(data.map((_, i) => String(i)))
    .range([margin.top, height - margin.bottom])
    .padding(0.18);
  // Stage values are counts of requests and meetings: whole-number ticks only.
  bottomAxis(
    s,
    axisBottom(x)
      .tickValues(integerTicks(x, Math.max(2, Math.floor((width - margin.left - margin.right) / 80))))
      .tickFormat((v) => fmt(Number(v))),
    { at: height - margin.bottom, domain: 'light' },
  );
  const row = s
    .append('g')
    .selectAll('g')
    .data(data)
    .join('g')
    .attr('transform', (_, i) => `translate(0,${y(String(i)) ?? 0})`);
  const band = y.bandwidth();
  o.stages.forEach((stage, k) => {
    const inset = (band * 0.5 * k) / Math.max(1, o.stages.length);
    row
      .append('rect')
      .attr('x', x(0))
      .attr('y', inset / 2)
      .attr('width', (d) => Math.max(0, x(d.values[k] ?? 0) - x(0)))
      .attr('height', band - inset)
      .attr('fill', stage.color)
      .append('title')
      .text((d) => `${d.label} — ${stage.label}: ${fmt(d.values[k] ?? 0)}`);
  });
  row
    .append('text')
    .attr('x', margin.left - 6)
    .attr('y', band / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'end')
    .attr('fill', PALETTE.text)
    .call(fitLabel, (d: StageRow) => d.label, margin.left - 10);
  row
    .append('text')
    .attr('x', (d) => x(d.values[0] ?? 0) + 4)
    .attr('y', band / 2)
    .attr('dy', '0.35em')
    .call(secondaryText)
    .text((d) => fmt(d.values[0] ?? 0));
  // The legend starts at the left edge (not the plot's): with long stage names it must fit the whole width.
  swatchLegend(s, o.stages, { x: 4, y: 13 });
}
