/**
 * One firm's continuity index over the years: a line with dots on a 0–100 scale, the risk zone below the
 * threshold shaded, and a strip of status markers under the plot (one coloured cell per year with a status,
 * also for years without an index), so the index can be read against what actually happened.
 */
import { axisBottom, line, scaleBand, scaleLinear } from 'd3';
import { frame, layoutWidth, PALETTE, styleAxis, TYPE, valueAxisWithGrid } from './chart-frame.ts';

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

export interface IndexSeriesOptions {
  label: string;
  threshold: number;
  thresholdLabel: string;
  statusLabel: string;
  format?: (v: number) => string;
  width?: number;
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
  s.append('line')
    .attr('x1', margin.left)
    .attr('x2', width - margin.right)
    .attr('y1', y(o.threshold))
    .attr('y2', y(o.threshold))
    .attr('stroke', PALETTE.danger)
    .attr('stroke-dasharray', '5 3');
  s.append('text')
    .attr('x', width - margin.right - 4)
    .attr('y', y(o.threshold) + 14)
    .attr('text-anchor', 'end')
    .attr('font-size', TYPE.body)
    .attr('fill', PALETTE.danger)
    .text(o.thresholdLabel);
  valueAxisWithGrid(s, y, { left: margin.left, plotWidth: width - margin.left - margin.right, format: fmt });
  s.append('g')
    .attr('transform', `translate(0,${height - 30})`)
    .call(axisBottom(x).tickSizeOuter(0))
    .call(styleAxis)
    .call((g) => g.select('.domain').remove());
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
    .attr('font-size', TYPE.small)
    .attr('fill', PALETTE.textMuted)
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
