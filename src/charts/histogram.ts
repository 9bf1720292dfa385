/**
 * Distribution of values on a fixed domain (the continuity index, 0–100) as equal-width bins, with an optional
 * threshold: bins below it are drawn in the warning colour and a labelled line marks it (the risk group).
 */
import { axisBottom, bin, max, scaleLinear } from 'd3';
import {
  axisTitle,
  bottomAxis,
  frame,
  layoutWidth,
  PALETTE,
  referenceLine,
  valueAxisWithGrid,
} from './chart-frame.ts';

/** Options for {@link histogram}. */
export interface HistogramOptions {
  /**
   * The accessible name read by screen readers (role="img") and written as the SVG's <title>, in the reader's
   * language.
   */
  label: string;
  /** The value range the bins cover; if not specified, defaults to [0, 100] (the continuity index). */
  domain?: [number, number];
  /** The width of one bin in value units; if not specified, defaults to 5. */
  binWidth?: number;
  /**
   * The value below which a firm is in the risk group: bins wholly below it are drawn in PALETTE.danger, and a
   * dashed line marks it. If not specified, none.
   */
  threshold?: number;
  /** Text beside the threshold line at its top; if not specified, none. */
  thresholdLabel?: string;
  /** Formats counts (y axis, tooltips). */
  format?: (v: number) => string;
  /** The title under the x axis; if not specified, none. */
  xLabel?: string;
  /**
   * The drawing's width in px. If not specified, the width the SVG is laid out at (so text is drawn at its
   * size), or 640 when it is not laid out (hidden, in tests).
   */
  width?: number;
  /** The drawing's height in px; if not specified, defaults to 260. */
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
  bottomAxis(s, axisBottom(x).ticks(10), { at: height - margin.bottom });
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
    referenceLine(s, {
      x1: x(t),
      y1: margin.top - 6,
      x2: x(t),
      y2: height - margin.bottom,
      kind: 'threshold',
      label: o.thresholdLabel ? { text: o.thresholdLabel, x: x(t) + 4, y: margin.top - 8 } : undefined,
    });
  }
}
