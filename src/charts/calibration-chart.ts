/**
 * Calibration by decile: mean predicted probability (x) against the observed rate (y) per group, with the
 * diagonal of perfect calibration; dot area grows with the group's size.
 */
import { axisBottom, axisLeft, max, scaleLinear, scaleSqrt } from 'd3';
import { axisTitle, frame, layoutWidth, PALETTE, styleAxis } from './chart-frame.ts';

export interface CalibrationDatum {
  predicted: number;
  observed: number;
  n: number;
}

export interface CalibrationChartOptions {
  label: string;
  xLabel: string;
  yLabel: string;
  format?: (v: number) => string;
  width?: number;
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
  s.append('g')
    .attr('transform', `translate(0,${height - margin.bottom})`)
    .call(
      axisBottom(x)
        .ticks(5)
        .tickFormat((v) => fmt(Number(v))),
    )
    .call(styleAxis);
  s.append('g')
    .attr('transform', `translate(${margin.left},0)`)
    .call(
      axisLeft(y)
        .ticks(5)
        .tickFormat((v) => fmt(Number(v))),
    )
    .call(styleAxis);
  axisTitle(s, (margin.left + width - margin.right) / 2, height - 8, o.xLabel);
  axisTitle(s, 14, (margin.top + height - margin.bottom) / 2, o.yLabel, true);
  s.append('line')
    .attr('x1', x(0))
    .attr('y1', y(0))
    .attr('x2', x(1))
    .attr('y2', y(1))
    .attr('stroke', PALETTE.muted)
    .attr('stroke-dasharray', '4 3');
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
