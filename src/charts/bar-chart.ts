/**
 * Horizontal bar chart: one labelled bar per category, sorted as given. Used for exports by destination,
 * top HS chapters and rows per table.
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
} from './chart-frame.ts';

export interface BarDatum {
  label: string;
  value: number;
  /** Language of the label when it is data in its own language (a search term), for screen readers. */
  lang?: string;
}

/** Options for {@link barChart}. */
export interface BarChartOptions {
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
  /** The height of one bar row in px; if not specified, defaults to 24. */
  rowHeight?: number;
  /** Formats a value at the bar end and in its tooltip; if not specified, defaults to `String(v)`. */
  format?: (v: number) => string;
  /** Formats the x axis ticks (a unit-less number where the bar ends say "12초"); defaults to `format`. */
  tickFormat?: (v: number) => string;
  /**
   * The width of the left margin that holds the row labels, in px; a longer label is shortened with an ellipsis
   * and keeps its full text in a <title>. If not specified, defaults to 130.
   */
  labelWidth?: number;
  /** The fill of every bar; if not specified, defaults to PALETTE.primary. */
  color?: string;
}

export function barChart(svg: SVGSVGElement, data: readonly BarDatum[], o: BarChartOptions): void {
  const width = o.width ?? layoutWidth(svg, 560);
  const rowHeight = o.rowHeight ?? 24;
  const margin = { top: 8, right: 80, bottom: 28, left: o.labelWidth ?? 130 };
  const height = margin.top + margin.bottom + Math.max(1, data.length) * rowHeight;
  const s = frame(svg, { width, height, label: o.label });
  const fmt = o.format ?? ((v: number) => String(v));
  const x = scaleLinear()
    .domain([0, max(data, (d) => d.value) || 1])
    .nice()
    .range([margin.left, width - margin.right]);
  const y = scaleBand()
    .domain(data.map((d) => d.label))
    .range([margin.top, height - margin.bottom])
    .padding(0.2);
  const tickCount = Math.max(2, Math.floor((width - margin.left - margin.right) / 90));
  // Whole-number values (counts) get whole-number ticks: no "0, 1, 1, 2" on a small scale.
  const counts = data.every((d) => Number.isInteger(d.value));
  bottomAxis(
    s,
    (counts
      ? axisBottom(x).tickValues(integerTicks(x, tickCount))
      : axisBottom(x).ticks(tickCount)
    ).tickFormat((v) => (o.tickFormat ?? fmt)(Number(v))),
    { at: height - margin.bottom, domain: 'light' },
  );
  const row = s
    .append('g')
    .selectAll('g')
    .data(data)
    .join('g')
    .attr('lang', (d) => d.lang ?? null);
  row
    .append('rect')
    .attr('x', x(0))
    .attr('y', (d) => y(d.label) ?? 0)
    .attr('width', (d) => Math.max(0, x(d.value) - x(0)))
    .attr('height', y.bandwidth())
    .attr('fill', o.color ?? PALETTE.primary)
    .append('title')
    .text((d) => `${d.label}: ${fmt(d.value)}`);
  row
    .append('text')
    .attr('x', margin.left - 6)
    .attr('y', (d) => (y(d.label) ?? 0) + y.bandwidth() / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'end')
    .attr('fill', PALETTE.text)
    .call(fitLabel, (d: BarDatum) => d.label, margin.left - 10);
  row
    .append('text')
    .attr('x', (d) => x(d.value) + 4)
    .attr('y', (d) => (y(d.label) ?? 0) + y.bandwidth() / 2)
    .attr('dy', '0.35em')
    .call(secondaryText)
    .text((d) => fmt(d.value));
}
