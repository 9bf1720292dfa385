/**
 * Calibration by decile: mean predicted probability (x) against the observed rate (y) per group, with the
 * diagonal of perfect calibration; dot area grows with the group's size.
 */
import { axisBottom, axisLeft, max, scaleLinear, scaleSqrt } from 'd3';
import {
  axisTitle,
  bottomAxis,
  frame,
  layoutWidth,
  leftAxis,
  PALETTE,
  referenceLine,
} from './chart-frame.ts';

export interface CalibrationDatum {
  predicted: number;
  observed: number;
  n: number;
}

/** Options for {@link calibrationChart}. */
export interface CalibrationChartOptions {
  /**
   * The accessible name read by screen readers (role="img") and written as the SVG's <title>, in the reader's
   * language.
   */
  label: string;
  /** The title under the x axis (the mean predicted probability). */
  xLabel: string;
  /** The title up the y axis (the observed rate). */
  yLabel: string;
  /**
   * Formats a value for the axis, the labels and the tooltips (the locale's number format). If not specified,
   * defaults to a whole percentage (`0.31` → "31%").
   */
  format?: (v: number) => string;
  /**
   * The drawing's width in px. If not specified, the width the SVG is laid out at (so text is drawn at its
   * size), or 420 when it is not laid out (hidden, in tests).
   */
  width?: number;
  /** The drawing's height in px; if not specified, defaults to 360. */
  height?: number;
}

export function calibrationChart(
  svg: SVGSVGElement,
  data: readonly CalibrationDatum[],
  o: CalibrationChartOptions,
): void {
  const width = o.width ?? layoutWidth(svg, 420);
  const height = o.height ?? 360;
  const margin = { top: 14, right: 16, bottom: 46, left: 58 };
  const s = frame(svg, { width, height, label: o.label });
  const fmt = o.format ?? ((v: number) => `${Math.round(v * 100)}%`);
  const x = scaleLinear()
    .domain([0, 1])
    .range([margin.left, width - margin.right]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([height - margin.bottom, margin.top]);
  const r = scaleSqrt()
    .domain([0, max(data, (d) => d.n) || 1])
    .range([0, 9]);
  bottomAxis(
    s,
    axisBottom(x)
      .ticks(5)
      .tickFormat((v) => fmt(Number(v))),
    { at: height - margin.bottom },
  );
  leftAxis(
    s,
    axisLeft(y)
      .ticks(5)
      .tickFormat((v) => fmt(Number(v))),
    { at: margin.left },
  );
  axisTitle(s, (margin.left + width - margin.right) / 2, height - 8, o.xLabel);
  axisTitle(s, 14, (margin.top + height - margin.bottom) / 2, o.yLabel, true);
  referenceLine(s, { x1: x(0), y1: y(0), x2: x(1), y2: y(1) });
  s.append('g')
    .selectAll('circle')
    .data(data)
    .join('circle')
    .attr('cx', (d) => x(d.predicted))
    .attr('cy', (d) => y(d.observed))
    .attr('r', (d) => Math.max(3, r(d.n)))
    .attr('fill', PALETTE.primary)
    .attr('fill-opacity', 0.75)
    .append('title')
    .text((d) => `${fmt(d.predicted)} → ${fmt(d.observed)} (n = ${d.n})`);
}
