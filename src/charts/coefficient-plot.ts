/**
 * Coefficients with confidence intervals as dots and whiskers around a zero line (one row per variable), with
 * an optional earlier estimate as a hollow ring, so a refit's changes are visible at a glance.
 */
import { max, min, scaleBand, scaleLinear } from 'd3';
import {
  fitLabel,
  frame,
  layoutWidth,
  PALETTE,
  referenceLine,
  swatchLegend,
  valueAxisBottom,
} from './chart-frame.ts';

export interface CoefficientDatum {
  label: string;
  estimate: number;
  lower: number;
  upper: number;
  /** Estimate of the same variable in an earlier model, if any. */
  previous?: number | null;
}

/** Options for {@link coefficientPlot}. */
export interface CoefficientPlotOptions {
  /**
   * The accessible name read by screen readers (role="img") and written as the SVG's <title>, in the reader's
   * language.
   */
  label: string;
  /** The title under the value axis; if not specified, none. */
  xLabel?: string;
  /**
   * Formats a value for the axis, the labels and the tooltips (the locale's number format). If not specified,
   * defaults to two decimals.
   */
  format?: (v: number) => string;
  /** Legend text for the hollow ring (earlier model). */
  previousLabel?: string;
  /**
   * The drawing's width in px. If not specified, the width the SVG is laid out at (so text is drawn at its
   * size), or 640 when it is not laid out (hidden, in tests).
   */
  width?: number;
  /**
   * The height of one row in px; if not specified, defaults to 22. The drawing's height follows from the number
   * of rows.
   */
  rowHeight?: number;
  /**
   * The width of the left margin that holds the row labels, in px; a longer label is shortened with an ellipsis
   * and keeps its full text in a <title>. If not specified, defaults to 190.
   */
  labelWidth?: number;
}

export function coefficientPlot(
  svg: SVGSVGElement,
  data: readonly CoefficientDatum[],
  o: CoefficientPlotOptions,
): void {
  const width = o.width ?? layoutWidth(svg, 640);
  const rowHeight = o.rowHeight ?? 22;
  const hasPrevious = data.some((d) => d.previous !== undefined && d.previous !== null);
  const margin = { top: hasPrevious ? 26 : 8, right: 20, bottom: 44, left: o.labelWidth ?? 190 };
  const height = margin.top + margin.bottom + Math.max(1, data.length) * rowHeight;
  const s = frame(svg, { width, height, label: o.label });
  const fmt = o.format ?? ((v: number) => v.toFixed(2));
  const finite = data.filter((d) => Number.isFinite(d.estimate));
  const lo = Math.min(
    0,
    min(finite, (d) => (Number.isFinite(d.lower) ? d.lower : d.estimate)) ?? 0,
    min(finite, (d) => d.previous ?? 0) ?? 0,
  );
  const hi = Math.max(
    0,
    max(finite, (d) => (Number.isFinite(d.upper) ? d.upper : d.estimate)) ?? 0,
    max(finite, (d) => d.previous ?? 0) ?? 0,
  );
  const x = scaleLinear()
    .domain([lo, hi === lo ? lo + 1 : hi])
    .nice()
    .range([margin.left, width - margin.right]);
  const y = scaleBand()
    .domain(data.map((d) => d.label))
    .range([margin.top, height - margin.bottom])
    .padding(0.3);
  valueAxisBottom(s, x, { width, height, margin, format: fmt, label: o.xLabel });
  referenceLine(s, { x1: x(0), y1: margin.top, x2: x(0), y2: height - margin.bottom, dash: '3 3' });
  const row = s
    .append('g')
    .selectAll('g')
    .data(data)
    .join('g')
    .attr('transform', (d) => `translate(0,${(y(d.label) ?? 0) + y.bandwidth() / 2})`);
  row
    .append('text')
    .attr('x', margin.left - 8)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'end')
    .attr('fill', PALETTE.text)
    .call(fitLabel, (d: CoefficientDatum) => d.label, margin.left - 12);
  row
    .filter((d) => Number.isFinite(d.lower) && Number.isFinite(d.upper))
    .append('line')
    .attr('x1', (d) => x(d.lower))
    .attr('x2', (d) => x(d.upper))
    .attr('stroke', PALETTE.primaryLight)
    .attr('stroke-width', 3);
  row
    .filter((d) => d.previous !== undefined && d.previous !== null && Number.isFinite(d.previous))
    .append('circle')
    .attr('cx', (d) => x(d.previous ?? 0))
    .attr('r', 6)
    .attr('fill', 'none')
    .attr('stroke', PALETTE.accent)
    .attr('stroke-width', 2);
  row
    .filter((d) => Number.isFinite(d.estimate))
    .append('circle')
    .attr('cx', (d) => x(d.estimate))
    .attr('r', 4.5)
    .attr('fill', (d) => (d.lower > 0 || d.upper < 0 ? PALETTE.primary : PALETTE.muted))
    .append('title')
    .text((d) => `${d.label}: ${fmt(d.estimate)} [${fmt(d.lower)}, ${fmt(d.upper)}]`);
  if (hasPrevious && o.previousLabel) {
    swatchLegend(s, [{ label: o.previousLabel, color: PALETTE.accent }], {
      x: margin.left - 5,
      y: 16,
      mark: 'ring',
      swatch: [10, 10],
    });
  }
}
