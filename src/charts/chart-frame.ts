/**
 * Shared set-up for every chart: clears the SVG, sets its viewBox (charts scale with their container),
 * and gives it an accessible name. Charts are (svg, data, options) → void functions, as in Observable Plot.
 */
import { axisBottom, axisLeft, select, type AxisScale, type NumberValue, type Selection } from 'd3';

export interface FrameOptions {
  width: number;
  height: number;
  /** Accessible name read by screen readers (role="img"). */
  label: string;
}

export type Svg = Selection<SVGSVGElement, unknown, null, undefined>;

export function frame(svg: SVGSVGElement, o: FrameOptions): Svg {
  const s = select(svg);
  s.selectAll('*').remove();
  s.attr('viewBox', `0 0 ${o.width} ${o.height}`)
    .attr('preserveAspectRatio', 'xMidYMid meet')
    .attr('role', 'img')
    .attr('aria-label', o.label);
  s.append('title').text(o.label);
  return s;
}

export const PALETTE = {
  primary: '#1f5fbf',
  primaryLight: '#9bbcf0',
  accent: '#e07b00',
  danger: '#c62828',
  ok: '#2e7d32',
  muted: '#8a94a6',
  grid: '#e3e7ee',
  text: '#1d2330',
} as const;

/**
 * The value axis on the left with light grid lines across the plot, as every vertical chart draws it.
 * `x2` is the plot width (from the axis to the right margin).
 */
export function valueAxisWithGrid(
  s: Svg,
  y: AxisScale<NumberValue>,
  o: { left: number; plotWidth: number; format: (v: number) => string; ticks?: number },
): void {
  s.append('g')
    .attr('transform', `translate(${o.left},0)`)
    .call(
      axisLeft(y)
        .ticks(o.ticks ?? 5)
        .tickFormat((v) => o.format(Number(v))),
    )
    .call((g) => g.select('.domain').remove())
    .call((g) => g.selectAll('.tick line').clone().attr('x2', o.plotWidth).attr('stroke', PALETTE.grid));
}

/**
 * The value axis along the bottom of a horizontal chart, with an optional centred title under it.
 */
export function valueAxisBottom(
  s: Svg,
  x: AxisScale<NumberValue>,
  o: {
    width: number;
    height: number;
    margin: { left: number; right: number; bottom: number };
    format: (v: number) => string;
    label?: string;
  },
): void {
  s.append('g')
    .attr('transform', `translate(0,${o.height - o.margin.bottom})`)
    .call(
      axisBottom(x)
        .ticks(6)
        .tickFormat((v) => o.format(Number(v))),
    );
  if (o.label) {
    s.append('text')
      .attr('x', (o.margin.left + o.width - o.margin.right) / 2)
      .attr('y', o.height - 8)
      .attr('text-anchor', 'middle')
      .attr('font-size', 12)
      .attr('fill', PALETTE.muted)
      .text(o.label);
  }
}
