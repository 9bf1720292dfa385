/**
 * One firm's continuity index over the years: a line with dots on a 0–100 scale, the risk zone below the
 * threshold shaded, and a strip of status markers under the plot (one coloured cell per year with a status,
 * also for years without an index), so the index can be read against what actually happened.
 */
import { axisBottom, line, scaleBand, scaleLinear } from 'd3';
import {
  bottomAxis,
  frame,
  layoutWidth,
  PALETTE,
  referenceLine,
  secondaryText,
  TYPE,
  valueAxisWithGrid,
} from './chart-frame.ts';

export interface IndexSeriesPoint {
  year: number;
  index: number;
}

export interface StatusMark {
  year: number;
  /** Short label drawn in the cell (e.g. 지속 / C). */
  short: string;
  /** Full label for the tooltip. */
  label: string;
  color: string;
}

/** Options for {@link indexSeries}. */
export interface IndexSeriesOptions {
  /**
   * The accessible name read by screen readers (role="img") and written as the SVG's <title>, in the reader's
   * language.
   */
  label: string;
  /**
   * The index below which a firm is in the risk group: the zone below it is shaded, a dashed red line marks it
   * and dots below it are red.
   */
  threshold: number;
  /** Text on the threshold line, at its right end. */
  thresholdLabel: string;
  /** The name of the status strip, written to its left. */
  statusLabel: string;
  /**
   * Formats a value for the axis, the labels and the tooltips (the locale's number format). If not specified,
   * defaults to a whole number.
   */
  format?: (v: number) => string;
  /**
   * The drawing's width in px. If not specified, the width the SVG is laid out at (so text is drawn at its
   * size), or 680 when it is not laid out (hidden, in tests).
   */
  width?: number;
  /** The drawing's height in px; if not specified, defaults to 300. */
  height?: number;
}

export function indexSeries(
  svg: SVGSVGElement,
  points: readonly IndexSeriesPoint[],
  statuses: readonly StatusMark[],
  o: IndexSeriesOptions,
): void {
  const width = o.width ?? layoutWidth(svg, 680);
  const height = o.height ?? 300;
  const strip = 26;
  const margin = { top: 14, right: 16, bottom: 30 + strip + 8, left: 64 };
  const s = frame(svg, { width, height, label: o.label });
  const fmt = o.format ?? ((v: number) => v.toFixed(0));
  const years = [...new Set([...points.map((p) => p.year), ...statuses.map((m) => m.year)])].sort(
    (a, b) => a - b,
  );
  const x = scaleBand<number>()
    .domain(years)
    .range([margin.left, width - margin.right])
    .padding(0.1);
  const cx = (year: number) => (x(year) ?? 0) + x.bandwidth() / 2;
  const plotBottom = height - margin.bottom;
  const y = scaleLinear().domain([0, 100]).range([plotBottom, margin.top]);
  s.append('rect')
    .attr('x', margin.left)
    .attr('width', width - margin.left - margin.right)
    .attr('y', y(o.threshold))
    .attr('height', y(0) - y(o.threshold))
    .attr('fill', PALETTE.danger)
    .attr('fill-opacity', 0.08);
  referenceLine(s, {
    x1: margin.left,
    y1: y(o.threshold),
    x2: width - margin.right,
    y2: y(o.threshold),
    kind: 'threshold',
    color: PALETTE.danger,
    dash: '5 3',
    label: { text: o.thresholdLabel, x: width - margin.right - 4, y: y(o.threshold) + 14, anchor: 'end' },
  });
  valueAxisWithGrid(s, y, { left: margin.left, plotWidth: width - margin.left - margin.right, format: fmt });
  bottomAxis(s, axisBottom(x).tickSizeOuter(0), { at: height - 30, domain: 'hidden' });
  const pts = points.filter((p) => Number.isFinite(p.index));
  s.append('path')
    .datum(pts)
    .attr('fill', 'none')
    .attr('stroke', PALETTE.primary)
    .attr('stroke-width', 2)
    .attr(
      'd',
      line<IndexSeriesPoint>()
        .x((p) => cx(p.year))
        .y((p) => y(p.index)),
    );
  s.append('g')
    .selectAll('circle')
    .data(pts)
    .join('circle')
    .attr('cx', (p) => cx(p.year))
    .attr('cy', (p) => y(p.index))
    .attr('r', 4.5)
    .attr('fill', (p) => (p.index < o.threshold ? PALETTE.danger : PALETTE.primary))
    .append('title')
    .text((p) => `${p.year}: ${fmt(p.index)}`);
  s.append('text')
    .attr('x', margin.left - 8)
    .attr('y', plotBottom + 8 + strip / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'end')
    .call(secondaryText)
    .text(o.statusLabel);
  const cell = s
    .append('g')
    .selectAll('g')
    .data(statuses)
    .join('g')
    .attr('transform', (m) => `translate(${x(m.year) ?? 0},${plotBottom + 8})`)
    // The cell's colour is the background of its white label (checked for contrast by the e2e suite).
    .attr('data-on', (m) => m.color);
  cell
    .append('rect')
    .attr('width', x.bandwidth())
    .attr('height', strip)
    .attr('rx', 3)
    .attr('fill', (m) => m.color);
  cell
    .append('text')
    .attr('x', x.bandwidth() / 2)
    .attr('y', strip / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'middle')
    .attr('font-size', TYPE.small)
    .attr('fill', PALETTE.background)
    .text((m) => m.short);
  cell.append('title').text((m) => `${m.year}: ${m.label}`);
}
