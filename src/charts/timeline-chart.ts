/**
 * A day as lines over time buckets (x: 'HH:MM'), one line per series — e.g. requests, accepted, met and
 * contracted during a fair day — optionally cumulative so the booth sees the day's totals build up.
 * A legend above the plot names the series in their colours.
 */
import { axisBottom, line, max, scalePoint, scaleLinear } from 'd3';
import { bottomAxis, frame, layoutWidth, swatchLegend, valueAxisWithGrid } from './chart-frame.ts';

export interface TimelineSeries {
  key: string;
  label: string;
  color: string;
}

export interface TimelinePoint {
  time: string;
  values: Readonly<Record<string, number>>;
}

/** Options for {@link timelineChart}. */
export interface TimelineChartOptions {
  /**
   * The accessible name read by screen readers (role="img") and written as the SVG's <title>, in the reader's
   * language.
   */
  label: string;
  /**
   * One line per series, each with its key in a point's `values`, its name and its colour; the legend lists
   * them in this order.
   */
  series: readonly TimelineSeries[];
  /**
   * If true, each line is the running total over the day (the booth sees the totals build up); if not
   * specified, the count per time bucket.
   */
  cumulative?: boolean;
  /**
   * The drawing's width in px. If not specified, the width the SVG is laid out at (so text is drawn at its
   * size), or 720 when it is not laid out (hidden, in tests).
   */
  width?: number;
  /** The drawing's height in px; if not specified, defaults to 260. */
  height?: number;
  /**
   * Formats a value for the axis, the labels and the tooltips (the locale's number format). If not specified,
   * defaults to `String(v)`.
   */
  format?: (v: number) => string;
}

export function timelineChart(
  svg: SVGSVGElement,
  data: readonly TimelinePoint[],
  o: TimelineChartOptions,
): void {
  const width = o.width ?? layoutWidth(svg, 720);
  const height = o.height ?? 260;
  const margin = { top: 34, right: 16, bottom: 28, left: 48 };
  const s = frame(svg, { width, height, label: o.label });
  const fmt = o.format ?? ((v: number) => String(v));
  const lines = o.series.map((ser) => {
    let acc = 0;
    return {
      ser,
      points: data.map((d) => {
        const v = d.values[ser.key] ?? 0;
        acc = o.cumulative ? acc + v : v;
        return { time: d.time, v: acc };
      }),
    };
  });
  const x = scalePoint()
    .domain(data.map((d) => d.time))
    .range([margin.left + 6, width - margin.right - 6]);
  const y = scaleLinear()
    .domain([0, max(lines, (l) => max(l.points, (p) => p.v)) || 1])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const every = Math.max(1, Math.ceil(data.length / Math.floor((width - margin.left) / 48)));
  bottomAxis(
    s,
    axisBottom(x)
      .tickValues(data.map((d) => d.time).filter((_, i) => i % every === 0))
      .tickSizeOuter(0),
    { at: height - margin.bottom, domain: 'light' },
  );
  // Counts of requests and meetings: whole-number ticks only.
  valueAxisWithGrid(s, y, {
    left: margin.left,
    plotWidth: width - margin.left - margin.right,
    format: fmt,
    integer: true,
  });
  const path = line<{ time: string; v: number }>()
    .x((p) => x(p.time) ?? 0)
    .y((p) => y(p.v));
  for (const l of lines) {
    s.append('path')
      .attr('d', path(l.points))
      .attr('fill', 'none')
      .attr('stroke', l.ser.color)
      .attr('stroke-width', 2.2);
    s.append('g')
      .selectAll('circle')
      .data(l.points)
      .join('circle')
      .attr('cx', (p) => x(p.time) ?? 0)
      .attr('cy', (p) => y(p.v))
      .attr('r', 2.6)
      .attr('fill', l.ser.color)
      .append('title')
      .text((p) => `${l.ser.label} ${p.time}: ${fmt(p.v)}`);
  }
  swatchLegend(s, o.series, { x: margin.left, y: 12, swatch: [14, 4] });
}
