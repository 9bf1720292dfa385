/**
 * Distribution of values on a fixed domain (the continuity index, 0–100) as equal-width bins, with an optional
 * threshold: bins below it are drawn in the warning colour and a labelled line marks it (the risk group).
 */
import { axisBottom, bin, max, scaleLinear } from 'd3';
import { axisTitle, frame, layoutWidth, PALETTE, styleAxis, TYPE, valueAxisWithGrid } from './chart-frame.ts';

export interface HistogramOptions {
  label: string;
  domain?: [number, number];
  binWidth?: number;
  threshold?: number;
  thresholdLabel?: string;
  /** Formats counts (y axis, tooltips). */
  format?: (v: number) => string;
  xLabel?: string;
  width?: number;
  height?: number;
}

export function histogram(svg: SVGSVGElement, values: readonly number[], o: HistogramOptions): void {
  const width = o.width ?? layoutWidth(svg, 640);
  const height = o.height ?? 260;
  const margin = { top: 22, right: 16, bottom: 42, left: 52 };
  const [lo, hi] = o.domain ?? [0, 100];
  const step = o.binWidth ?? 5;
  const s = frame(svg, { width, height, label: o.label });
  const fmt = o.format ?? ((v: number) => String(v));
  const thresholds: number[] = [];
  for (let t = lo + step; t < hi; t += step) thresholds.push(t);
  const bins = bin().domain([lo, hi]).thresholds(thresholds)(values.filter((v) => Number.isFinite(v)));
  const x = scaleLinear()
    .domain([lo, hi])
    .range([margin.left, width - margin.right]);
  const y = scaleLinear()
    .domain([0, max(bins, (b) => b.length) || 1])
    .nice()
    .range([height - margin.bottom, margin.top]);
  valueAxisWithGrid(s, y, {
    left: margin.left,
    plotWidth: width - margin.left - margin.right,
    format: fmt,
    integer: true,
  });
  s.append('g')
    .attr('transform', `translate(0,${height - margin.bottom})`)
    .call(axisBottom(x).ticks(10))
    .call(styleAxis);
  if (o.xLabel) axisTitle(s, (margin.left + width - margin.right) / 2, height - 6, o.xLabel);
  const t = o.threshold;
  s.append('g')
    .selectAll('rect')
    .data(bins)
    .join('rect')
    .attr('x', (b) => x(b.x0 ?? lo) + 1)
    .attr('width', (b) => Math.max(0, x(b.x1 ?? hi) - x(b.x0 ?? lo) - 2))
    .attr('y', (b) => y(b.length))
    .attr('height', (b) => y(0) - y(b.length))
    .attr('fill', (b) => (t !== undefined && (b.x1 ?? hi) <= t ? PALETTE.danger : PALETTE.primary))
    .attr('opacity', 0.85)
    .append('title')
    .text((b) => `${b.x0}–${b.x1}: ${fmt(b.length)}`);
  if (t !== undefined) {
    s.append('line')
      .attr('x1', x(t))
      .attr('x2', x(t))
      .attr('y1', margin.top - 6)
      .attr('y2', height - margin.bottom)
      .attr('stroke', PALETTE.text)
      .attr('stroke-dasharray', '4 3');
    if (o.thresholdLabel) {
      s.append('text')
        .attr('x', x(t) + 4)
        .attr('y', margin.top - 8)
        .attr('font-size', TYPE.body)
        .attr('fill', PALETTE.text)
        .text(o.thresholdLabel);
    }
  }
}
