/**
 * Stacked columns per year, one segment per series (the continuity statuses: continuing, stopped, pending,
 * beginner), with a legend and an optional highlighted year (the year the dashboard is showing).
 */
import { axisBottom, max, scaleBand, scaleLinear, select } from 'd3';
import { bottomAxis, frame, layoutWidth, PALETTE, swatchLegend, valueAxisWithGrid } from './chart-frame.ts';

export interface StackSeries {
  key: string;
  label: string;
  color: string;
}

export interface StackDatum {
  x: string;
  values: Record<string, number>;
}

/** Options for {@link statusBars}. */
export interface StatusBarsOptions {
  /**
   * The accessible name read by screen readers (role="img") and written as the SVG's <title>, in the reader's
   * language.
   */
  label: string;
  /**
   * The stacked series from the bottom up, each with its key in a datum's `values`, its name and its colour
   * (STATUS_COLORS); the legend lists them in this order.
   */
  series: readonly StackSeries[];
  /**
   * The drawing's width in px. If not specified, the width the SVG is laid out at (so text is drawn at its
   * size), or 640 when it is not laid out (hidden, in tests).
   */
  width?: number;
  /** The drawing's height in px; if not specified, defaults to 280. */
  height?: number;
  /**
   * Formats a value for the axis, the labels and the tooltips (the locale's number format). If not specified,
   * defaults to `String(v)`.
   */
  format?: (v: number) => string;
  /** x value drawn with a marker underneath. */
  highlight?: string;
}

export function statusBars(svg: SVGSVGElement, data: readonly StackDatum[], o: StatusBarsOptions): void {
  const width = o.width ?? layoutWidth(svg, 640);
  const height = o.height ?? 280;
  const margin = { top: 34, right: 12, bottom: 30, left: 52 };
  const s = frame(svg, { width, height, label: o.label });
  const fmt = o.format ?? ((v: number) => String(v));
  const total = (d: StackDatum) => o.series.reduce((a, k) => a + (d.values[k.key] ?? 0), 0);
  const x = scaleBand()
    .domain(data.map((d) => d.x))
    .range([margin.left, width - margin.right])
    .padding(0.2);
  const y = scaleLinear()
    .domain([0, max(data, total) || 1])
    .nice()
    .range([height - margin.bottom, margin.top]);
  valueAxisWithGrid(s, y, {
    left: margin.left,
    plotWidth: width - margin.left - margin.right,
    format: fmt,
    integer: true,
  });
  const axis = bottomAxis(s, axisBottom(x).tickSizeOuter(0), { at: height - margin.bottom });
  if (o.highlight !== undefined) {
    axis
      .selectAll<SVGGElement, string>('.tick')
      .filter((d) => d === o.highlight)
      .select('text')
      .attr('font-weight', 700)
      .attr('fill', PALETTE.text);
  }
  const columns = s.append('g').selectAll('g').data(data).join('g');
  columns.each(function (d) {
    let base = 0;
    for (const k of o.series) {
      const v = d.values[k.key] ?? 0;
      if (v <= 0) continue;
      const rect = select(this)
        .append('rect')
        .attr('x', x(d.x) ?? 0)
        .attr('width', x.bandwidth())
        .attr('y', y(base + v))
        .attr('height', y(base) - y(base + v))
        .attr('fill', k.color)
        .attr('opacity', o.highlight === undefined || o.highlight === d.x ? 1 : 0.7);
      rect.append('title').text(`${d.x} ${k.label}: ${fmt(v)}`);
      base += v;
    }
  });
  swatchLegend(s, o.series, { x: margin.left, y: 22, swatch: [12, 12] });
}
