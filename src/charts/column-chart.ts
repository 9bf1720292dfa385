/** Vertical columns over an ordered axis (years). Used for exporters per year. */
import { axisBottom, max, scaleBand, scaleLinear } from 'd3';
import { bottomAxis, frame, layoutWidth, PALETTE, valueAxisWithGrid } from './chart-frame.ts';

export interface ColumnDatum {
  x: string;
  value: number;
}

/** Options for {@link columnChart}. */
export interface ColumnChartOptions {
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
  /** The drawing's height in px; if not specified, defaults to 240. */
  height?: number;
  /**
   * Formats a value for the axis, the labels and the tooltips (the locale's number format). If not specified,
   * defaults to `String(v)`.
   */
  format?: (v: number) => string;
  /** The fill of every column; if not specified, defaults to PALETTE.primary. */
  color?: string;
  /** The values are counts: whole-number ticks only. */
  integer?: boolean;
}

export function columnChart(svg: SVGSVGElement, data: readonly ColumnDatum[], o: ColumnChartOptions): void {
  const width = o.width ?? layoutWidth(svg, 560);
  const height = o.height ?? 240;
  const margin = { top: 16, right: 12, bottom: 28, left: 52 };
  const s = frame(svg, { width, height, label: o.label });
  const fmt = o.format ?? ((v: number) => String(v));
  const x = scaleBand()
    .domain(data.map((d) => d.x))
    .range([margin.left, width - margin.right])
    .padding(0.2);
  const y = scaleLinear()
    .domain([0, max(data, (d) => d.value) || 1])
    .nice()
    .range([height - margin.bottom, margin.top]);
  bottomAxis(s, axisBottom(x).tickSizeOuter(0), { at: height - margin.bottom });
  valueAxisWithGrid(s, y, {
    left: margin.left,
    plotWidth: width - margin.left - margin.right,
    format: fmt,
    integer: o.integer,
  });
  s.append('g')
    .selectAll('rect')
    .data(data)
    .join('rect')
    .attr('x', (d) => x(d.x) ?? 0)
    .attr('y', (d) => y(d.value))
    .attr('width', x.bandwidth())
    .attr('height', (d) => y(0) - y(d.value))
    .attr('fill', o.color ?? PALETTE.primary)
    .append('title')
    .text((d) => `${d.x}: ${fmt(d.value)}`);
}
